"""Traditional -> simplified Chinese with OpenCC.

Why: pages come in both scripts; later stages (dictionaries, dedupe, gold) work on
simplified text.  OpenCC's phrase-aware 't2s' table is used rather than a char map.
On a page that is already simplified, a lone character OpenCC would change is often
a legitimate simplified character (上海寰宇乾堃 is a company name, not 干), so there we
only convert characters outside GB2312, the simplified standard set.  The converter
is built once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import opencc

__all__ = ["to_simplified", "simplify_page", "has_traditional"]

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
TRADITIONAL_SHARE = 0.08  # share of CJK characters OpenCC changes above which a page is traditional


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    if not text:
        return text
    return _converter().convert(text)


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def simplify_page(text: str) -> str:
    """Whole-page conversion: full OpenCC on traditional pages, conservative otherwise."""
    converted = to_simplified(text)
    if converted == text:
        return text
    if len(converted) != len(text):
        return converted
    changed = np.flatnonzero(_code_points(text) != _code_points(converted)).tolist()
    cjk = len(_CJK.findall(text)) or 1
    if len(changed) / cjk >= TRADITIONAL_SHARE:
        return converted
    out = list(text)
    for i in changed:
        if not _in_gb2312(text[i]):
            out[i] = converted[i]
    return "".join(out)


def _code_points(text: str) -> np.ndarray:
    """The text's characters as numbers, to compare two texts of one length in one step (a
    Python loop over a page's characters cost ~1 % of a page's CPU)."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def has_traditional(text: str) -> bool:
    return to_simplified(text) != text
