"""Read a batch's files into decoded documents, or quarantine rows saying why not.

One bad file never stops the batch: every failure becomes a quarantine row with its reason.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import polars as pl

from park_pipeline.clean import DecodedText, UndecodableInput, decode_bytes, decode_markup, html_page
from park_pipeline.clean.repetition import page_lines, source_of
from park_pipeline.ingest.scan import refused_link, seed_file
from park_pipeline.storage.ledger import BatchFile
from park_pipeline.storage.schema import frame

MAX_FILE_BYTES = 20 * 1024 * 1024  # a news page is kilobytes; tens of MB is not an article
TEXT_SUFFIX = ".txt"
HTML_SUFFIXES = (".html", ".htm")  # saved pages: their main text is extracted (clean/html.py)
SEED_SUFFIXES = (TEXT_SUFFIX, *HTML_SUFFIXES)


@dataclass(frozen=True)
class ReadBatch:
    documents: pl.DataFrame
    texts: pl.DataFrame  # doc_id, batch_id, raw_text: the decoded page of each document
    lines: pl.DataFrame  # park.source_lines rows: each document's short lines under its source
    quarantine: pl.DataFrame


def read_batch(seeds_dir: Path, files: list[BatchFile]) -> ReadBatch:
    """Decode every present file of the batch; deleted files yield no rows at all."""
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    documents, texts, lines, quarantined = [], [], [], []
    for item in files:
        if item.change == "deleted":
            continue
        base = {"doc_id": item.doc_id, "source_path": item.path, "batch_id": item.batch_id}
        refusal = refused_link(seeds_dir, item.path)
        if refusal:
            quarantined.append({**base, "reason": refusal, "detected_at": now})
            continue
        if not item.path.lower().endswith(SEED_SUFFIXES):
            quarantined.append({**base, "reason": "not a page: only .txt, .html and .htm files are ingested",
                                "detected_at": now})
            continue
        path = seed_file(seeds_dir, item.path)
        if path is None:
            quarantined.append({**base, "reason": "file vanished or is no longer a regular file", "detected_at": now})
            continue
        try:
            data = _read_limited(path)
            decoded = _decode_page(item.path, data)
        except (OSError, UndecodableInput, ValueError) as error:
            quarantined.append({**base, "reason": _reason(error), "detected_at": now})
            continue
        documents.append({
            **base, "sha256": _sha256(data), "n_bytes": len(data), "encoding": decoded.encoding,
            "ingested_at": now,
        })
        texts.append({"doc_id": item.doc_id, "batch_id": item.batch_id, "raw_text": decoded.text})
        source = source_of(item.path)
        lines += [{"doc_id": item.doc_id, "source": source, "line": line} for line in page_lines(decoded.text)]
    return ReadBatch(frame("documents", documents), frame("raw_texts", texts), frame("source_lines", lines),
                     frame("quarantine", quarantined))


def _decode_page(path: str, data: bytes) -> DecodedText:
    """A text page as decoded; an HTML page as the text page of its main text."""
    if not path.lower().endswith(HTML_SUFFIXES):
        return decode_bytes(data)
    decoded = decode_markup(data)
    return DecodedText(html_page(decoded.text), decoded.encoding)


def _read_limited(path: Path) -> bytes:
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ValueError(f"file larger than {MAX_FILE_BYTES // (1024 * 1024)} MB: not a news page")
    return data


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return f"unreadable: {error.strerror or error}"
    return str(error)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
