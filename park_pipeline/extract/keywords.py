"""Top keywords of a text: TF-IDF over jieba's IDF table, segmented by rjieba with the user dictionary.

jieba.analyse.extract_tags computes exactly this, but segments with jieba's pure-Python cutter:
it was a third of the whole pipeline's time. rjieba is the same algorithm and dictionary at
~15 times the speed, and carries the project's user dictionary, so park and place names stay
whole (高新区, 掇刀区, not 高新 / 区) and can rank as keywords. Numbers and one-character tokens are
not keywords.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from statistics import median

from park_pipeline.clean.lexicon import jieba_file

from .segment import tokenizer

_NOT_KEYWORD = re.compile(r"^(?:[\d.,%％]+|.|\s+)$")


@functools.cache
def _idf() -> tuple[dict[str, float], float]:
    """jieba's IDF table (read without importing jieba.analyse, which loads jieba's tagger), and
    its median for words it does not list (as jieba.analyse does)."""
    fields = jieba_file("analyse/idf.txt").read_text(encoding="utf-8").split()
    table = dict(zip(fields[0::2], map(float, fields[1::2])))
    return table, median(table.values())


def top_keywords(text: str, k: int = 10) -> list[str]:
    """The k words of text with the highest TF-IDF weight."""
    if not text or k <= 0:
        return []
    table, default = _idf()
    counts = Counter(word for word in tokenizer().cut(text) if not _NOT_KEYWORD.match(word))
    ranked = sorted(counts, key=lambda word: (-counts[word] * table.get(word, default), word))
    return ranked[:k]
