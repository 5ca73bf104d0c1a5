"""The warehouse's tables: one declaration that DDL, Polars frames and tests all derive from.

Every fact table carries `doc_id` so a batch can replace exactly its documents' rows, and
`sentence`/`sent_start`/`sent_end` so every fact points back at its evidence.
"""
from __future__ import annotations

import polars as pl

SCHEMA = "park"

_PROVENANCE = {"sentence": "VARCHAR", "sent_start": "INTEGER", "sent_end": "INTEGER"}

TABLES: dict[str, dict[str, str]] = {
    "documents": {
        "doc_id": "VARCHAR", "source_path": "VARCHAR", "batch_id": "VARCHAR", "sha256": "VARCHAR",
        "n_bytes": "BIGINT", "encoding": "VARCHAR", "ingested_at": "TIMESTAMP",
    },
    # The decoded text of each page is not a table: Warehouse.write_raw_texts keeps it as Parquet.
    "raw_texts": {"doc_id": "VARCHAR", "batch_id": "VARCHAR", "raw_text": "VARCHAR"},
    "quarantine": {
        "doc_id": "VARCHAR", "source_path": "VARCHAR", "batch_id": "VARCHAR", "reason": "VARCHAR",
        "detected_at": "TIMESTAMP", "stage": "VARCHAR",
    },
    "articles": {
        "article_id": "VARCHAR", "doc_id": "VARCHAR", "source_path": "VARCHAR", "story_no": "INTEGER",
        "title": "VARCHAR", "published_date": "DATE", "source_name": "VARCHAR", "author": "VARCHAR",
        "text": "VARCHAR", "n_chars": "INTEGER", "duplicate_of": "VARCHAR", "repairs": "VARCHAR[]",
        "keywords": "VARCHAR[]",
    },
    # Each page's distinct short lines under its source (folder): a line on many pages of one
    # source is chrome (clean/repetition.py). Counts: SELECT source, line, count(*) ... GROUP BY ALL.
    "source_lines": {"doc_id": "VARCHAR", "source": "VARCHAR", "line": "VARCHAR"},
    "story_signatures": {
        "article_id": "VARCHAR", "doc_id": "VARCHAR", "text_hash": "VARCHAR", "signature": "UBIGINT[]",
    },
    # the last duplicate assignment, so the next run only checks new stories
    "story_dedup": {"article_id": "VARCHAR", "text_hash": "VARCHAR", "duplicate_of": "VARCHAR"},
    "park_mentions": {
        "article_id": "VARCHAR", "doc_id": "VARCHAR", "park_id": "VARCHAR", "surface": "VARCHAR",
        "name": "VARCHAR", "short_name": "VARCHAR", "province": "VARCHAR", "city": "VARCHAR",
        "level": "VARCHAR", **_PROVENANCE,
    },
    "companies": {
        "article_id": "VARCHAR", "doc_id": "VARCHAR", "name": "VARCHAR", "park_id": "VARCHAR",
        **_PROVENANCE, "company_id": "VARCHAR", "industry": "VARCHAR",
    },
    "projects": {
        "article_id": "VARCHAR", "doc_id": "VARCHAR", "park_id": "VARCHAR", "name": "VARCHAR",
        "investment_cny": "DOUBLE", "investment_usd": "DOUBLE", "output_value_cny": "DOUBLE",
        "status": "VARCHAR", **_PROVENANCE, "project_id": "VARCHAR", "industry": "VARCHAR",
    },
    "people": {
        "article_id": "VARCHAR", "doc_id": "VARCHAR", "name": "VARCHAR", "title": "VARCHAR",
        "park_id": "VARCHAR", **_PROVENANCE,
    },
    "indicators": {
        "article_id": "VARCHAR", "doc_id": "VARCHAR", "park_id": "VARCHAR", "indicator": "VARCHAR",
        "value": "DOUBLE", "unit": "VARCHAR", "growth_pct": "DOUBLE", "period": "VARCHAR",
        **_PROVENANCE,
    },
    "parks": {
        "park_id": "VARCHAR", "name": "VARCHAR", "short_name": "VARCHAR", "province": "VARCHAR",
        "city": "VARCHAR", "level": "VARCHAR", "n_mentions": "INTEGER",
    },
    "park_summary": {
        "park_id": "VARCHAR", "name": "VARCHAR", "province": "VARCHAR", "city": "VARCHAR",
        "n_articles": "INTEGER", "n_projects": "INTEGER", "total_investment_cny": "DOUBLE",
        "n_companies": "INTEGER", "first_published": "DATE", "last_published": "DATE",
        "top_keywords": "VARCHAR[]", "industry_mix": "VARCHAR", "stated_investment_cny": "DOUBLE",
    },
    # Projects linked across stories (aggregate/linking.py, registry.py): one row per project, one per mention.
    "project_registry": {
        "project_id": "VARCHAR", "name": "VARCHAR", "park_id": "VARCHAR", "company": "VARCHAR",
        "company_id": "VARCHAR", "industry": "VARCHAR", "investment_cny": "DOUBLE", "first_seen": "DATE",
        "last_seen": "DATE", "latest_status": "VARCHAR", "n_events": "INTEGER", "industry_confidence": "DOUBLE",
    },
    "project_events": {
        "project_id": "VARCHAR", "article_id": "VARCHAR", "doc_id": "VARCHAR", "surface": "VARCHAR",
        "company": "VARCHAR", "park_id": "VARCHAR", "published_date": "DATE", "status": "VARCHAR",
        "investment_cny": "DOUBLE", **_PROVENANCE,
        # what linking compared when the mention joined its project: product core, company brand
        "product": "VARCHAR", "company_brand": "VARCHAR",
        # the phase named with the mention (一期, 二期 …) and why it joined its project (or started one)
        "phase": "VARCHAR", "link_reason": "VARCHAR",
    },
    # Every company name as written, with the company it resolves to across stories.
    "company_registry": {
        "name": "VARCHAR", "company_id": "VARCHAR", "company": "VARCHAR", "industry": "VARCHAR",
    },
}

# Columns added to tables after they first shipped: an existing warehouse file gains them on open.
ADDED_COLUMNS: dict[str, tuple[str, ...]] = {
    "companies": ("company_id", "industry"),
    "projects": ("project_id", "industry"),
    "park_summary": ("industry_mix", "stated_investment_cny"),
    "story_signatures": ("text_hash",),
    "project_events": ("product", "company_brand", "phase", "link_reason"),
    "project_registry": ("industry_confidence",),
    "quarantine": ("stage",),
}

# Columns that moved out of a table: an existing warehouse file loses them on open.
REMOVED_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("raw_text",),  # now Parquet files beside the warehouse (Warehouse.write_raw_texts)
}
# Frames with a declared schema that are not warehouse tables.
NOT_IN_WAREHOUSE = ("raw_texts",)

ENTITY_TABLES = ("park_mentions", "companies", "projects", "people", "indicators")

# Where a page can fail, in processing order (park.quarantine.stage). Re-running a stage for a
# page makes that stage's verdict and every later stage's stale: they are replaced together.
QUARANTINE_STAGES = ("read", "clean", "extract", "link")

_POLARS_TYPES = {
    "VARCHAR": pl.String, "INTEGER": pl.Int32, "BIGINT": pl.Int64, "DOUBLE": pl.Float64,
    "DATE": pl.Date, "TIMESTAMP": pl.Datetime("us"), "VARCHAR[]": pl.List(pl.String),
    "UBIGINT[]": pl.List(pl.UInt64),
}


def polars_schema(table: str) -> pl.Schema:
    return pl.Schema({name: _POLARS_TYPES[kind] for name, kind in TABLES[table].items()})


def frame(table: str, rows: list[dict]) -> pl.DataFrame:
    """Rows as a frame with exactly the table's columns and types (missing keys become null)."""
    schema = polars_schema(table)
    if not rows:
        return pl.DataFrame(schema=schema)
    return pl.DataFrame(
        [{name: row.get(name) for name in schema} for row in rows], schema=schema, strict=False
    )


def create_statements() -> list[str]:
    statements = [f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}"]
    for table, columns in TABLES.items():
        if table in NOT_IN_WAREHOUSE:
            continue
        body = ", ".join(f"{name} {kind}" for name, kind in columns.items())
        statements.append(f"CREATE TABLE IF NOT EXISTS {SCHEMA}.{table} ({body})")
    for table, added in ADDED_COLUMNS.items():
        statements += [f"ALTER TABLE {SCHEMA}.{table} ADD COLUMN IF NOT EXISTS {name} {TABLES[table][name]}"
                       for name in added]
    for table, removed in REMOVED_COLUMNS.items():
        statements += [f"ALTER TABLE {SCHEMA}.{table} DROP COLUMN IF EXISTS {name}" for name in removed]
    return statements
