"""Bytes -> text.

Why: pages arrive as UTF-8 (with or without BOM), GBK/GB18030, Big5 or UTF-16, and
sometimes cut off mid-character.  Strict UTF-8 is the common case and is tried first
(it is fast and practically never wrong on CJK text); everything else goes through
charset-normalizer, whose candidates are re-ranked by how much of the decoded text
is ordinary Chinese, so GBK-vs-Big5 ties on short pages resolve the right way.
A page cut mid-character still decodes: we keep what decodes.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

__all__ = ["DecodedText", "UndecodableInput", "decode_bytes", "decode_markup"]


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


class UndecodableInput(ValueError):
    """Raised for empty, whitespace-only, binary or undecodable input."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf_32_le"),
    (codecs.BOM_UTF32_BE, "utf_32_be"),
    (codecs.BOM_UTF8, "utf_8"),
    (codecs.BOM_UTF16_LE, "utf_16_le"),
    (codecs.BOM_UTF16_BE, "utf_16_be"),
)

# Control characters that never occur in a text page (all but tab, LF, VT, FF, CR), and DEL.
_BAD_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:20000]
    if not _BAD_CONTROLS.search(sample):  # nearly every page: one scan in C, not a Python loop
        return False
    return len(_BAD_CONTROLS.findall(sample)) / len(sample) > 0.01 or "\x00" in sample


def _decode_utf(data: bytes, encoding: str) -> str | None:
    """Strict decode; if the only error is a character cut at the very end, drop it."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        tail = len(data) - err.start
        if err.reason == "unexpected end of data" or (tail <= 3 and err.end == len(data)):
            try:
                return data[: err.start].decode(encoding)
            except UnicodeDecodeError:
                return None
        return None


def _lenient(data: bytes, encoding: str) -> str:
    """Strict if possible; a character cut at the very end is dropped; other bad bytes
    become U+FFFD."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        if err.start >= len(data) - 3:
            try:
                return data[: err.start].decode(encoding)
            except UnicodeDecodeError:
                pass
        return data.decode(encoding, errors="replace")


def _sniff_utf16(data: bytes) -> str | None:
    """BOM-less UTF-16: ASCII characters (newlines, digits, punctuation) leave NUL bytes
    on one side only."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    # CJK code units have a zero low byte now and then (U+4E00 ...): compare, don't require none
    if odd >= max(4, 0.05 * half) and even * 4 <= odd:
        return "utf_16_le"
    if even >= max(4, 0.05 * half) and odd * 4 <= even:
        return "utf_16_be"
    return None


def _cjk_quality(text: str) -> float:
    """Share of characters that are ASCII, common punctuation or common CJK."""
    from park_pipeline.language.lexicon import char_freq  # local import: lexicon is loaded lazily
    from .script import to_simplified

    freq = char_freq()
    sample = to_simplified(text[:5000])  # the dictionary is simplified; judge Big5 pages fairly
    if not sample:
        return 0.0
    good = 0
    for ch in sample:
        o = ord(ch)
        if o < 0x80 or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or ch in "“”‘’—…·":
            good += 1
        elif freq.get(ch, 0) >= 50:
            good += 1
    return good / len(sample)


def decode_bytes(data: bytes) -> DecodedText:
    if not data or not data.strip():
        raise UndecodableInput("empty")

    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = _decode_utf(data[len(bom):], enc)
            if text is None:
                raise UndecodableInput(f"invalid {enc} after BOM")
            if not text.strip():
                raise UndecodableInput("whitespace only")
            return DecodedText(text, enc)

    # Fast path: strict UTF-8 (tolerating a character cut at the end).
    if b"\x00" not in data:
        text = _decode_utf(data, "utf_8")
        if text is not None:
            if _looks_binary(text):
                raise UndecodableInput("binary")
            return DecodedText(text, "utf_8")

    utf16 = _sniff_utf16(data)
    if utf16:
        text = _decode_utf(data[: len(data) - len(data) % 2], utf16)
        if text is not None and text.strip() and not _looks_binary(text):
            return DecodedText(text, utf16)

    results = charset_normalizer.from_bytes(data)
    candidates: list[tuple[float, str, str]] = []
    for match in list(results)[:6]:
        text = str(match)
        if not text.strip() or _looks_binary(text):
            continue
        candidates.append((_cjk_quality(text), match.encoding, text))
    # UTF-8 and the legacy CJK code pages, which charset-normalizer may rank below a
    # near-tie or reject for a single bad byte: a few damaged bytes must not lose the page.
    for enc in ("utf_8", "gb18030", "big5"):
        if any(c[1] == enc for c in candidates):
            continue
        text = _lenient(data, enc)
        bad = text.count("\ufffd")
        if bad > max(2, len(text) // 200) or not text.strip() or _looks_binary(text):
            continue
        candidates.append((_cjk_quality(text) - 0.001 - bad / max(len(text), 1), enc, text))
    if not candidates:
        raise UndecodableInput("binary or unknown encoding")
    score, enc, text = max(candidates, key=lambda c: c[0])
    if score < 0.5:
        raise UndecodableInput("binary or unknown encoding")
    return DecodedText(text, enc)


_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,30})""", re.IGNORECASE)
_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)


def decode_markup(data: bytes) -> DecodedText:
    """Bytes of an HTML page -> text. The charset a page declares (<meta charset>) is a hint,
    not the truth: saved and mirrored pages keep a declaration their bytes no longer match. The
    declared decoding wins over the detected one only when it decodes strictly and its visible
    text (tags left out, which are ASCII either way) reads as better Chinese."""
    found = decode_bytes(data)
    declared = _DECLARED.search(data[:4096])
    if not declared:
        return found
    try:
        encoding = codecs.lookup(declared.group(1).decode("ascii")).name
        if encoding == codecs.lookup(found.encoding).name:
            return found
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return found
    if _cjk_quality(_TAGS.sub("", text)) > _cjk_quality(_TAGS.sub("", found.text)):
        return DecodedText(text, encoding)
    return found
