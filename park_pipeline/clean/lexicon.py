"""Word and character frequencies from jieba's bundled dictionary (dict.txt).

Why: mojibake detection/repair and encoding sniffing need to know which characters
and words are ordinary Chinese.  jieba ships a 349k-word frequency list, so we reuse
it instead of keeping our own.  Loaded once per process, lazily (~0.3 s).
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import jieba

_DICT = Path(jieba.__file__).with_name("dict.txt")


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, int], dict[str, int], float]:
    words: dict[str, int] = {}
    chars: dict[str, int] = {}
    total = 0
    with open(_DICT, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split(" ", 2)
            if len(parts) < 2:
                continue
            w = parts[0]
            f = int(parts[1])
            total += f
            if len(w) <= 4:
                words[w] = words.get(w, 0) + f
            for ch in w:
                chars[ch] = chars.get(ch, 0) + f
    return words, chars, float(total)


def word_freq() -> dict[str, int]:
    return _load()[0]


def char_freq() -> dict[str, int]:
    return _load()[1]


def char_logp(ch: str) -> float:
    """Log-probability-like score of a simplified character (floor for unknowns)."""
    f = _load()[1].get(ch, 0)
    return math.log(f + 1)
