"""jieba's bundled word lists (dict.txt, analyse/idf.txt) as fast lookups, shared by every stage.

Why: cleaning (mojibake detection, encoding sniffing), extraction (is this a known word, of what
kind) and keywords (IDF) all ask jieba's lists about single words. As Python dicts the two lists
took ~0.4 s to build in every process, most of a one-page run's text work. They are kept instead
as marisa tries in a cache folder (built once, ~0.4 s, then memory-mapped in well under a
millisecond), keyed by the source file, so an upgraded jieba rebuilds them.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import math
import os
import tempfile
import time
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

import marisa_trie
import polars as pl

# Found without importing jieba (its import pulls in pkg_resources, ~0.1 s): rjieba segments.
_JIEBA_DIR = Path(importlib.util.find_spec("jieba").submodule_search_locations[0])
_CACHE_FORMAT = 1  # bump when what a cached trie holds changes
STALE_AFTER = 86_400  # seconds unused after which a cached trie is removed when another is written
_MARK_USE_EVERY = 3_600  # seconds: how often a mapped trie's mtime is refreshed
LOOKUP_CACHE = 1 << 17  # words whose dictionary or IDF entry a process keeps at hand (~30 MB at most)


def jieba_file(name: str) -> Path:
    """A data file shipped inside the jieba package (dict.txt, analyse/idf.txt)."""
    return _JIEBA_DIR / name


class JiebaDictionary:
    """jieba's main dictionary: word -> (frequency, POS tag).

    Answers are memoized: a trie lookup costs ~1 µs, a cached one a tenth of that, and the same
    few thousand words are asked about on every page."""

    def __init__(self, trie: marisa_trie.RecordTrie):
        self._trie = trie
        self._entry = lru_cache(maxsize=LOOKUP_CACHE)(self._read)

    def _read(self, word: str) -> tuple[int, str] | None:
        records = self._trie.get(word)
        if not records:
            return None
        freq, tag = records[-1]  # a word listed twice: the later line wins, as in jieba
        return freq, tag.rstrip(b"\0").decode()

    def get(self, word: str, default=None) -> tuple[int, str] | None:
        entry = self._entry(word)
        return default if entry is None else entry

    def __contains__(self, word: str) -> bool:
        return self._entry(word) is not None


class WordFrequencies:
    """Word -> frequency, 0 for words the dictionary does not list (what the mojibake scorer asks)."""

    def __init__(self, words: JiebaDictionary):
        self._words = words

    def get(self, word: str, default: int = 0) -> int:
        entry = self._words.get(word)
        return entry[0] if entry else default


@lru_cache(maxsize=1)
def jieba_dictionary() -> JiebaDictionary:
    return JiebaDictionary(_cached_trie("jieba-dict", jieba_file("dict.txt"), "<I4s", lambda: (
        (word, (freq, tag.encode())) for word, freq, tag in jieba_words().iter_rows()
    )))


@lru_cache(maxsize=1)
def jieba_words() -> pl.DataFrame:
    """dict.txt as a frame (word, freq, tag), for what is computed over the whole list."""
    return pl.read_csv(jieba_file("dict.txt"), separator=" ", has_header=False, quote_char=None,
                       new_columns=["word", "freq", "tag"],
                       schema_overrides={"word": pl.String, "freq": pl.UInt32, "tag": pl.String})


@lru_cache(maxsize=1)
def idf_table() -> tuple[marisa_trie.RecordTrie, float]:
    """jieba's IDF table (word -> (idf,)), and its median for words it does not list."""
    trie = _cached_trie("jieba-idf", jieba_file("analyse/idf.txt"), "<d", lambda: (
        (word, (idf,)) for word, idf in _idf_frame().iter_rows()
    ))
    return trie, trie[""][0][0]


def _idf_frame() -> pl.DataFrame:
    frame = pl.read_csv(jieba_file("analyse/idf.txt"), separator=" ", has_header=False, quote_char=None,
                        new_columns=["word", "idf"], schema_overrides={"word": pl.String, "idf": pl.Float64})
    # the median rides along under the empty key, which no word has
    return pl.concat([frame, pl.DataFrame({"word": [""], "idf": [frame["idf"].median()]})])


@lru_cache(maxsize=1)
def word_freq() -> WordFrequencies:
    return WordFrequencies(jieba_dictionary())


@lru_cache(maxsize=1)
def char_freq() -> dict[str, int]:
    """Each character's frequency summed over the dictionary words that contain it."""
    chars = (
        jieba_words().select(pl.col("word").str.split("").alias("char"), "freq")
        .explode("char")
        .group_by("char")
        .agg(pl.col("freq").sum())
    )
    return dict(zip(chars["char"].to_list(), chars["freq"].to_list()))


def transliterated(name: str) -> bool:
    """Does `name` read as a foreign name written in Chinese (特斯拉, 霍尼韦尔) rather than a Chinese
    person's (王建国)? Its characters are, on average, likelier in jieba's transliterated names (tag
    nrt) than in its Chinese ones (nr): the model tags both as persons, and foreign firms go by
    such names."""
    translit, chinese = _name_char_shares("nrt"), _name_char_shares("nr")
    return bool(name) and sum(translit(ch) - chinese(ch) for ch in name) > 0


@lru_cache(maxsize=2)
def _name_char_shares(tag: str) -> Callable[[str], float]:
    """A character's log share (add-one) among the characters of jieba's names tagged `tag`."""
    chars = (jieba_words().filter(pl.col("tag") == tag).select(pl.col("word").str.split("").alias("char"))
             .explode("char").group_by("char").len())
    total = chars["len"].sum() + len(chars)
    counts = dict(zip(chars["char"].to_list(), chars["len"].to_list()))
    return lambda ch: math.log((counts.get(ch, 0) + 1) / total)


def _cached_trie(name: str, source: Path, fmt: str,
                 records: Callable[[], Iterable[tuple[str, tuple]]]) -> marisa_trie.RecordTrie:
    """The trie of `records` read from `source`, memory-mapped from the cache folder
    (PARK_CACHE_DIR, else ~/.cache/park_pipeline), built and saved there on first use. A cache
    that cannot be written only costs the build.

    Every checkout and every jieba version has its own entry (the key holds the source's path and
    mtime). An entry marks its use in its mtime (at most hourly); writing a new one removes the
    entries of the same name that no process used for STALE_AFTER, so the folder keeps the live
    ones, not one per checkout ever made (1.8 MB each)."""
    stat = source.stat()
    key = hashlib.sha1(f"{source}|{stat.st_size}|{stat.st_mtime_ns}|{fmt}|{_CACHE_FORMAT}|"
                       f"{importlib.metadata.version('marisa-trie')}".encode()).hexdigest()[:16]
    path = _cache_dir() / f"{name}-{key}.marisa"
    try:
        used = path.stat().st_mtime
        trie = marisa_trie.RecordTrie(fmt).mmap(str(path))
        if time.time() - used > _MARK_USE_EVERY:
            os.utime(path)
        return trie
    except (OSError, RuntimeError):  # no entry yet, or pruned meanwhile (marisa raises RuntimeError)
        pass
    trie = marisa_trie.RecordTrie(fmt, records())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{name}-", delete=False) as handle:
            staging = Path(handle.name)
        try:
            trie.save(str(staging))
            os.replace(staging, path)  # two processes building at once: either copy is whole
        finally:
            staging.unlink(missing_ok=True)
        _prune(path.parent, name, keep=path)
    except OSError:
        pass
    return trie


def _prune(folder: Path, name: str, keep: Path) -> None:
    """Remove the entries of `name` other than `keep` unused for STALE_AFTER. A process that
    mapped one keeps its pages (unlinking leaves a mapped file readable); one about to map it
    builds the trie instead."""
    for entry in folder.glob(f"{name}-*.marisa"):
        try:
            if entry != keep and time.time() - entry.stat().st_mtime > STALE_AFTER:
                entry.unlink()
        except OSError:
            pass  # removed by another process meanwhile


def _cache_dir() -> Path:
    configured = os.environ.get("PARK_CACHE_DIR")
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "park_pipeline"
