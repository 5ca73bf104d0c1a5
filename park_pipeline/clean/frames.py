"""Decoded documents frame -> articles frame (one row per story) and story signatures."""
from __future__ import annotations

from typing import Mapping, Sequence

import polars as pl

from park_pipeline.clean import clean_page, story_signature, text_hash
from park_pipeline.clean.repetition import source_of
from park_pipeline.errors import failure_reason
from park_pipeline.language.keywords import top_keywords
from park_pipeline.parallel import MapChunks, map_in_process
from park_pipeline.storage.schema import frame


NO_STORY = "clean: no article text found (every line read as a menu, link list, footer or byline)"


def article_id(doc_id: str, story_no: int) -> str:
    return f"{doc_id}-{story_no}"


def clean_documents(
    documents: Sequence[tuple[str, str, str, frozenset[str]]],
) -> tuple[list[dict], list[dict], list[dict]]:
    """(doc_id, source_path, raw_text, lines its source repeats) -> article rows, their
    near-duplicate signatures, and a quarantine row for each page whose cleaning raised or found
    no story (that page alone is left out, and the user sees why)."""
    articles, signatures, failures = [], [], []
    for doc_id, source_path, raw_text, recurring in documents:
        try:
            page_articles, page_signatures = _clean_document(doc_id, source_path, raw_text, recurring)
        except Exception as error:
            failures.append({"doc_id": doc_id, "source_path": source_path, "reason": failure_reason("clean", error)})
            continue
        if not page_articles:
            failures.append({"doc_id": doc_id, "source_path": source_path, "reason": NO_STORY})
        articles += page_articles
        signatures += page_signatures
    return articles, signatures, failures


def _clean_document(doc_id: str, source_path: str, raw_text: str,
                    recurring: frozenset[str]) -> tuple[list[dict], list[dict]]:
    articles, signatures = [], []
    for story in clean_page(raw_text, recurring):
        aid = article_id(doc_id, story.story_no)
        articles.append({
            "article_id": aid, "doc_id": doc_id, "source_path": source_path,
            "story_no": story.story_no, "title": story.title,
            "published_date": story.published_date, "source_name": story.source_name,
            "author": story.author, "text": story.text, "n_chars": len(story.text),
            "duplicate_of": None, "repairs": list(story.repairs),
            "keywords": top_keywords(story.text),
        })
        signatures.append({"article_id": aid, "doc_id": doc_id, "text_hash": text_hash(story.text),
                           "signature": story_signature(story.text)})
    return articles, signatures


def build_articles(
    documents: pl.DataFrame, map_chunks: MapChunks = map_in_process,
    recurring: Mapping[str, frozenset[str]] | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Articles, signatures and quarantine rows (pages whose cleaning failed) of a documents
    frame; `recurring` holds the lines each source repeats (source -> lines), `map_chunks`
    spreads the work (parallel.py)."""
    recurring = recurring or {}
    rows = [(doc_id, path, text, recurring.get(source_of(path), frozenset()))
            for doc_id, path, text in documents.select("doc_id", "source_path", "raw_text").iter_rows()]
    articles, signatures, failures = [], [], []
    for chunk_articles, chunk_signatures, chunk_failures in map_chunks(clean_documents, rows):
        articles += chunk_articles
        signatures += chunk_signatures
        failures += chunk_failures
    return frame("articles", articles), frame("story_signatures", signatures), frame("quarantine", failures)
