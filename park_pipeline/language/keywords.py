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

from park_pipeline.language.lexicon import LOOKUP_CACHE, idf_table
from park_pipeline.language.segment import tokenizer

_NOT_KEYWORD = re.compile(r"^(?:[\d.,%％]+|.|\s+)$")


def top_keywords(text: str, k: int = 10) -> list[str]:
    """The k words of text with the highest TF-IDF weight (jieba's IDF, its median for words it
    does not list, as jieba.analyse does)."""
    if not text or k <= 0:
        return []
    counts = Counter(tokenizer().cut(text))
    weight = {word: n * w for word, n in counts.items() if (w := _keyword_idf(word)) is not None}
    return sorted(weight, key=lambda word: (-weight[word], word))[:k]


@functools.lru_cache(maxsize=LOOKUP_CACHE)
def _keyword_idf(word: str) -> float | None:
    """The word's IDF (the table's median for words it does not list), None for what is no keyword
    (numbers, one character, spaces). Memoized: a trie lookup costs ten times a cached answer, and
    a page's words recur on the next."""
    if _NOT_KEYWORD.match(word):
        return None
    table, median_idf = idf_table()
    return hit[0][0] if (hit := table.get(word)) else median_idf
