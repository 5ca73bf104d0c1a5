"""Articles frame -> one frame per entity table, every row keeping its article and sentence."""
from __future__ import annotations

from typing import Sequence

import polars as pl

from park_pipeline.extract import extract_article
from park_pipeline.extract.indicators import drop_page_repeats
from park_pipeline.parallel import MapChunks, map_in_process
from park_pipeline.storage.schema import ENTITY_TABLES, frame


def extract_articles(articles: Sequence[tuple[str, str, str, str | None, str | None]]) -> dict[str, list[dict]]:
    """Entity rows for (article_id, doc_id, text, title, source_name) tuples.

    The title and the outlet name help place a park the body only calls 高新区.
    """
    rows: dict[str, list[dict]] = {table: [] for table in ENTITY_TABLES}
    for aid, doc_id, text, title, source_name in articles:
        for table, found in extract_article(text, title, source=source_name).items():
            rows[table] += [{**row, "article_id": aid, "doc_id": doc_id} for row in found]
    return rows


def extract_entities(articles: pl.DataFrame, map_chunks: MapChunks = map_in_process) -> dict[str, pl.DataFrame]:
    """One frame per entity table for an articles frame; `map_chunks` spreads the work (parallel.py)."""
    items = list(articles.select("article_id", "doc_id", "text", "title", "source_name").iter_rows())
    rows: dict[str, list[dict]] = {table: [] for table in ENTITY_TABLES}
    for chunk in map_chunks(extract_articles, items):
        for table, found in chunk.items():
            rows[table] += found
    # after the chunks are joined: two stories of one page may have gone to different workers
    rows["indicators"] = drop_page_repeats(rows["indicators"])
    return {table: frame(table, rows[table]) for table in ENTITY_TABLES}
