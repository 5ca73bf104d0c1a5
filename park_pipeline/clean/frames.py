"""Decoded documents frame -> articles frame (one row per story) and story signatures."""
from __future__ import annotations

import polars as pl

from park_pipeline.clean import clean_page, story_signature
from park_pipeline.extract.keywords import top_keywords
from park_pipeline.storage.schema import frame


def article_id(doc_id: str, story_no: int) -> str:
    return f"{doc_id}-{story_no}"


def clean_document(doc_id: str, source_path: str, raw_text: str) -> tuple[list[dict], list[dict]]:
    """One document's stories as article rows, plus their near-duplicate signatures."""
    articles, signatures = [], []
    for story in clean_page(raw_text):
        aid = article_id(doc_id, story.story_no)
        articles.append({
            "article_id": aid, "doc_id": doc_id, "source_path": source_path,
            "story_no": story.story_no, "title": story.title,
            "published_date": story.published_date, "source_name": story.source_name,
            "author": story.author, "text": story.text, "n_chars": len(story.text),
            "duplicate_of": None, "repairs": list(story.repairs),
            "keywords": top_keywords(story.text),
        })
        signatures.append({"article_id": aid, "doc_id": doc_id,
                           "signature": story_signature(story.text)})
    return articles, signatures


def build_articles(documents: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    articles, signatures = [], []
    for row in documents.select("doc_id", "source_path", "raw_text").iter_rows():
        doc_articles, doc_signatures = clean_document(*row)
        articles += doc_articles
        signatures += doc_signatures
    return frame("articles", articles), frame("story_signatures", signatures)
