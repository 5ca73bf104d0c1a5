"""Word and character frequencies from jieba's bundled dictionary (dict.txt).

Why: mojibake detection/repair and encoding sniffing need to know which characters
and words are ordinary Chinese.  jieba ships a 349k-word frequency list, so we reuse
it instead of keeping our own.  Loaded once per process, lazily (~0.3 s).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import polars as pl

# Found without importing jieba (its import pulls in pkg_resources, ~0.1 s): rjieba segments.
_JIEBA_DIR = Path(importlib.util.find_spec("jieba").submodule_search_locations[0])


@lru_cache(maxsize=1)
def jieba_dictionary() -> dict[str, tuple[int, str]]:
    """Word -> (frequency, POS tag) of jieba's main dictionary: is a string a known word, of what
    kind, how common. One split of the whole file: a third of the time of splitting line by line."""
    fields = (_JIEBA_DIR / "dict.txt").read_text(encoding="utf-8").split()
    if len(fields) % 3:
        raise ValueError(f"{_JIEBA_DIR / 'dict.txt'}: expected 'word frequency tag' on every line")
    return dict(zip(fields[0::3], zip(map(int, fields[1::3]), fields[2::3])))


def jieba_file(name: str) -> Path:
    """A data file shipped inside the jieba package (dict.txt, analyse/idf.txt)."""
    return _JIEBA_DIR / name


@lru_cache(maxsize=1)
def word_freq() -> dict[str, int]:
    """Frequency of each dictionary word of up to four characters."""
    return {word: freq for word, (freq, _) in jieba_dictionary().items() if len(word) <= 4}


@lru_cache(maxsize=1)
def char_freq() -> dict[str, int]:
    """Each character's frequency summed over the dictionary words that contain it (exploded in
    polars: a Python loop over the 349k words took half a second)."""
    words = jieba_dictionary()
    chars = (
        pl.DataFrame({"char": list(words), "freq": [freq for freq, _ in words.values()]})
        .with_columns(pl.col("char").str.split(""))
        .explode("char")
        .group_by("char")
        .agg(pl.col("freq").sum())
    )
    return dict(zip(chars["char"].to_list(), chars["freq"].to_list()))
