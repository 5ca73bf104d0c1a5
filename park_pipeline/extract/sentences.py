"""Sentence spans of an article's text.

Every fact row points back at the sentence it came from with 0-based character offsets, so an
analyst can check `text[sent_start:sent_end] == sentence`. Everything downstream works on these
spans rather than on re-split copies, which keeps the offsets honest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at Chinese or ASCII terminal punctuation (plus any closing quotes/brackets that
# follow it) or at a line break. Commas do not end sentences: amounts and their projects are
# usually in the same clause chain.
_SENTENCE_END = re.compile(r"[。！？!?；;]+[”’\"』」)）]*|\n+")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: `text == article_text[start:end]`."""

    start: int
    end: int
    text: str


# A line a print page wrapped mid-sentence ("…新签约项目\n58个,总投资…"): long, ending in a word or a
# number, the next line going on with one.
_WRAPPED = re.compile(r"[^\n]{30}(?<=[\u4e00-\u9fff\d、，,])\n(?=[\u4e00-\u9fff\d])")


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences, trimming surrounding whitespace but keeping exact offsets."""
    sentences: list[Sentence] = []
    pos = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group(0) == "\n" and _WRAPPED.match(text, match.start() - 30):
            continue
        _append_trimmed(text, pos, match.end(), sentences)
        pos = match.end()
    _append_trimmed(text, pos, len(text), sentences)
    return sentences


def _append_trimmed(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
