"""Articles frame -> one frame per entity table, every row keeping its article and sentence."""
from __future__ import annotations

import re
from typing import Sequence

import polars as pl

from park_pipeline.errors import failure_reason
from park_pipeline.extract import extract_article
from park_pipeline.extract.indicators import drop_page_repeats
from park_pipeline.language.vocabulary import STRONG, ZONE_TYPES, alternation
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


# A story that names a zone but no place for it ("高新区召开推进会") is about a park of its page.
_STRONG_ZONE_RE = re.compile(alternation(w for w, (*_, kind) in ZONE_TYPES.items() if kind == STRONG))
_PLACED_ON_PAGE = ("projects", "people", "companies")  # indicators keep their own scope rule


def place_on_page(rows: dict[str, list[dict]], texts: dict[str, str]) -> None:
    """Rows of a story that found no park but names a zone (高新区) take the page's park, when the
    page's other stories name exactly one: a newspaper page's second story on "高新区" is about
    the zone its first story placed."""
    page_parks: dict[str, set[str]] = {}
    stories_with_parks = set()
    for mention in rows["park_mentions"]:
        page_parks.setdefault(mention["doc_id"], set()).add(mention["park_id"])
        stories_with_parks.add(mention["article_id"])
    for table in _PLACED_ON_PAGE:
        for row in rows[table]:
            parks = page_parks.get(row["doc_id"], set())
            if (row["park_id"] is None and len(parks) == 1 and row["article_id"] not in stories_with_parks
                    and _STRONG_ZONE_RE.search(texts.get(row["article_id"], ""))):
                row["park_id"] = next(iter(parks))


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
    place_on_page(rows, {aid: text for aid, _, text, *_ in items})
    return {table: frame(table, rows[table]) for table in ENTITY_TABLES} | {
        QUARANTINED: frame("quarantine", rows[QUARANTINED])}
