"""The asset graph. Each asset is a thin wrapper: read its inputs from the warehouse, call the
stage's plain functions, write one table per transaction, report row counts.

raw_documents -> articles -> {park_mentions, companies, projects, people, indicators}   (per batch)
story_duplicates, parks, park_summary                                                  (whole warehouse)

The project lifecycle (lifecycle.py) and the charts (report.py) have modules of their own;
graph.py lists every asset.
"""

import dagster as dg
import polars as pl

from park_pipeline.aggregate.registry import industry_mix
from park_pipeline.aggregate.summary import build_park_summary, build_parks
from park_pipeline.clean import NUM_PERM, update_duplicates
from park_pipeline.clean.frames import build_articles
from park_pipeline.extract.frames import QUARANTINED, extract_entities
from park_pipeline.ingest.read import read_batch
from park_pipeline.orchestration.checks import ARTICLE_TEXT, MENTION_PARK, POSITIVE_AMOUNTS
from park_pipeline.orchestration.common import AGGREGATE, PER_BATCH, detected_now, markdown_table, row_count
from park_pipeline.orchestration.resources import ParkStorage
from park_pipeline.parallel import slices, text_workers
from park_pipeline.storage import queries
from park_pipeline.storage.schema import ENTITY_TABLES


def _owned_batches(context: dg.AssetExecutionContext, storage: ParkStorage) -> dict[str, str]:
    """doc_id -> batch_id of every document these partitions own."""
    return {f.doc_id: f.batch_id for f in storage.ledger().owned_files(context.partition_keys)}


def _stamped(failures: pl.DataFrame, batch_of: dict[str, str]) -> pl.DataFrame:
    """Quarantine rows of pages that failed in a stage, with their batch and the time."""
    return detected_now(failures.with_columns(
        batch_id=pl.col("doc_id").replace_strict(batch_of, default=None, return_dtype=pl.String)))


@dg.asset(group_name="ingest", **PER_BATCH)
def raw_documents(context: dg.AssetExecutionContext, storage: ParkStorage) -> dg.MaterializeResult:
    """Decoded text of each file in the batch; undecodable files go to park.quarantine."""
    files = storage.ledger().owned_files(context.partition_keys)
    read = quarantined = 0
    with storage.warehouse().session() as warehouse:
        for batch_id in context.partition_keys:
            warehouse.clear_raw_texts(batch_id)
        for number, part in enumerate(slices(files)):
            batch = read_batch(storage.seeds, part)
            for (batch_id,), texts in batch.texts.group_by("batch_id"):
                warehouse.write_raw_texts(batch_id, number, texts)
            doc_ids = [f.doc_id for f in part]
            warehouse.replace_documents("documents", doc_ids, batch.documents)
            warehouse.replace_quarantine("read", doc_ids, batch.quarantine)
            read, quarantined = read + batch.documents.height, quarantined + batch.quarantine.height
    deleted = sum(f.change == "deleted" for f in files)
    return dg.MaterializeResult(metadata=row_count(read, quarantined=quarantined, deleted=deleted))


@dg.asset(group_name="clean", deps=[raw_documents], **PER_BATCH)
def articles(context: dg.AssetExecutionContext, storage: ParkStorage) -> dg.MaterializeResult:
    """Clean simplified-Chinese stories, one row per story on a page; a page whose cleaning
    fails goes to park.quarantine and the rest of the batch lands."""
    batch_of = _owned_batches(context, storage)
    doc_ids = list(batch_of)
    n_stories = n_documents = n_failed = 0
    with storage.warehouse().session() as warehouse, text_workers(len(doc_ids)) as map_chunks:
        for part in slices(doc_ids):
            documents = warehouse.read_documents_with_text(part)
            stories, signatures, failures = build_articles(documents, map_chunks)
            warehouse.replace_documents("articles", part, stories)
            warehouse.replace_documents("story_signatures", part, signatures)
            warehouse.replace_quarantine("clean", documents["doc_id"].to_list(), _stamped(failures, batch_of))
            n_stories, n_documents = n_stories + stories.height, n_documents + documents.height
            n_failed += failures.height
    return dg.MaterializeResult(metadata=row_count(n_stories, documents=n_documents, quarantined=n_failed))


@dg.multi_asset(
    group_name="extract",
    specs=[dg.AssetSpec(table, deps=[articles],
                        description=f"park.{table}: entities found in the batch's stories")
           for table in ENTITY_TABLES],
    **PER_BATCH,
)
def entities(context: dg.AssetExecutionContext, storage: ParkStorage):
    """All entity tables in one pass: they share sentence splitting and park context. A story
    whose extraction fails goes to park.quarantine; the batch's other stories land."""
    batch_of = _owned_batches(context, storage)
    doc_ids = list(batch_of)
    found = dict.fromkeys(ENTITY_TABLES, 0)
    with storage.warehouse().session() as warehouse, text_workers(len(doc_ids)) as map_chunks:
        for part in slices(doc_ids):
            stories = warehouse.read_documents("articles", part)
            tables = extract_entities(stories, map_chunks)
            warehouse.replace_quarantine("extract", stories["doc_id"].unique().to_list(),
                                         _stamped(tables.pop(QUARANTINED), batch_of))
            for table, rows in tables.items():
                warehouse.replace_documents(table, part, rows)
                found[table] += rows.height
        storage.ledger().mark_done(context.partition_keys)
        for table, n_rows in found.items():
            extra = {"preview": _newest_projects(warehouse)} if table == "projects" else {}
            yield dg.MaterializeResult(asset_key=table, metadata=row_count(n_rows, **extra))


def _newest_projects(warehouse) -> dg.MetadataValue:
    """The whole warehouse's latest projects, not just the batch's: what an analyst looks for."""
    return markdown_table(warehouse.read(queries.NEWEST_PROJECTS))


@dg.asset(deps=[articles], check_specs=[ARTICLE_TEXT.spec], **AGGREGATE)
def story_duplicates(storage: ParkStorage) -> dg.MaterializeResult:
    """Marks each republished story with the article_id of its first-seen copy."""
    with storage.warehouse().session() as warehouse:
        stories = warehouse.read(queries.STORY_SIGNATURES)
        previous = {aid: (digest, dup) for aid, digest, dup in
                    warehouse.read(queries.DEDUP_STATE).iter_rows()}
        signatures = stories["signature"].list.to_array(NUM_PERM).to_numpy()  # one matrix, no Python lists
        first_seen = update_duplicates(
            previous, list(zip(stories["article_id"], stories["text_hash"], signatures, strict=True))
        )
        mapping = pl.DataFrame(
            {"article_id": list(first_seen), "duplicate_of": list(first_seen.values())},
            schema={"article_id": pl.String, "duplicate_of": pl.String},
        )
        state = stories.select("article_id", "text_hash").join(mapping, on="article_id")
        warehouse.set_duplicates(mapping, state)
        n_duplicates = mapping["duplicate_of"].is_not_null().sum()
        return dg.MaterializeResult(metadata=row_count(mapping.height, duplicates=int(n_duplicates)),
                                    check_results=[ARTICLE_TEXT.evaluate(warehouse)])


@dg.asset(deps=["park_mentions"], check_specs=[MENTION_PARK.spec], **AGGREGATE)
def parks(storage: ParkStorage) -> dg.MaterializeResult:
    """One row per distinct park with its canonical name and geography."""
    with storage.warehouse().session() as warehouse:
        rows = build_parks(warehouse.read(queries.PARK_MENTIONS))
        warehouse.replace_table("parks", rows)
        return dg.MaterializeResult(metadata=row_count(rows.height), check_results=[MENTION_PARK.evaluate(warehouse)])


@dg.asset(deps=[parks, story_duplicates, "projects", "companies", "project_registry"],
          check_specs=[POSITIVE_AMOUNTS.spec], **AGGREGATE)
def park_summary(storage: ParkStorage) -> dg.MaterializeResult:
    """Per-park figures; writing it publishes the warehouse to analysts."""
    with storage.warehouse().session() as warehouse:
        ledger = storage.ledger()
        through = ledger.done_through()  # read first: a batch finishing meanwhile is not included
        summary = build_park_summary(
            warehouse.read(queries.PARKS),
            warehouse.read(queries.SUMMARY_ARTICLES),
            warehouse.read(queries.SUMMARY_MENTIONS),
            warehouse.read(queries.SUMMARY_INVESTMENT),
            warehouse.read(queries.SUMMARY_COMPANIES),
            industry_mix(warehouse.read(queries.SUMMARY_INDUSTRIES)),
        )
        warehouse.replace_table("park_summary", summary)
        warehouse.publish()
        ledger.mark_published(through)
        preview = summary.head(10).select(
            "name", "province", "n_articles", "n_projects", "total_investment_cny"
        )
        return dg.MaterializeResult(metadata=row_count(summary.height, preview=markdown_table(preview)),
                                    check_results=[POSITIVE_AMOUNTS.evaluate(warehouse)])
