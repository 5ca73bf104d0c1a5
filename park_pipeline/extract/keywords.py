"""Top keywords of a text: jieba TF-IDF with the project's user dictionary loaded.

With the dictionary, park and place names stay whole (高新区, 掇刀区, not 高新 / 区) and can rank as
keywords. Numbers and one-character tokens are not keywords.
"""
from __future__ import annotations

import re

from .segment import jieba_with_user_dict

_NOT_KEYWORD = re.compile(r"^(?:[\d.,%％]+|.)$")


def top_keywords(text: str, k: int = 10) -> list[str]:
    """The k words of text with the highest TF-IDF weight (jieba's IDF table)."""
    if not text or k <= 0:
        return []
    jieba_with_user_dict()
    import jieba.analyse

    words = jieba.analyse.extract_tags(text, topK=k * 2)
    return [w for w in words if not _NOT_KEYWORD.match(w)][:k]
