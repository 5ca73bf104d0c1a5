"""Articles frame -> one frame per entity table, every row keeping its article and sentence."""
from __future__ import annotations

from typing import Sequence

import polars as pl

from park_pipeline.errors import failure_reason
from park_pipeline.extract import extract_article
from park_pipeline.extract.indicators import drop_page_repeats
from park_pipeline.parallel import MapChunks, map_in_process
from park_pipeline.storage.schema import ENTITY_TABLES, frame


QUARANTINED = "quarantine"  # key of extract_articles' result holding the stories it failed on


def extract_articles(
    articles: Sequence[tuple[str, str, str, str | None, str | None, str]],
) -> dict[str, list[dict]]:
    """Entity rows for (article_id, doc_id, text, title, source_name, source_path) tuples, and
    under QUARANTINED a row for each story whose extraction raised (its entities are left out,
    the other stories keep theirs).

    The title and the outlet name help place a park the body only calls 高新区.
    """
    rows: dict[str, list[dict]] = {table: [] for table in (*ENTITY_TABLES, QUARANTINED)}
    for aid, doc_id, text, title, source_name, source_path in articles:
        try:
            found = extract_article(text, title, source=source_name)
        except Exception as error:
            rows[QUARANTINED].append({"doc_id": doc_id, "source_path": source_path,
                                      "reason": f"{failure_reason('extract', error)} (story {aid})"})
            continue
        for table, table_rows in found.items():
            rows[table] += [{**row, "article_id": aid, "doc_id": doc_id} for row in table_rows]
    return rows


def extract_entities(articles: pl.DataFrame, map_chunks: MapChunks = map_in_process) -> dict[str, pl.DataFrame]:
    """One frame per entity table for an articles frame, and the quarantine rows of the stories
    that failed (under QUARANTINED); `map_chunks` spreads the work (parallel.py)."""
    items = list(articles.select("article_id", "doc_id", "text", "title", "source_name", "source_path").iter_rows())
    rows: dict[str, list[dict]] = {table: [] for table in (*ENTITY_TABLES, QUARANTINED)}
    for chunk in map_chunks(extract_articles, items):
        for table, found in chunk.items():
            rows[table] += found
    # after the chunks are joined: two stories of one page may have gone to different workers
    rows["indicators"] = drop_page_repeats(rows["indicators"])
    return {table: frame(table, rows[table]) for table in ENTITY_TABLES} | {
        QUARANTINED: frame("quarantine", rows[QUARANTINED])}
