"""Repair GBK "out-of-step" mojibake.

Why: some pages were produced from a GBK byte stream in which one lead byte was lost
(replaced by '?').  The decoder then pairs every trail byte with the next lead byte and
emits rare characters (卑倜χ校瑲) until an ASCII-range trail byte re-synchronises it:
    記錄?!卑倜χ校瑲W微時  <-  記錄。”百忙中,歐微時
ftfy does not handle this.  We find such runs cheaply (a '?' followed by rare
characters or a stray latin letter), re-encode the run to GBK (un-folding the ASCII
punctuation the page folded from full width), try every possible lost lead byte and
keep the candidate the dictionary (jieba word/char frequencies) and the page's own
character bigrams score best.  The rest of the run decodes identically for every
lead byte, so only the first character is a guess; the run must re-synchronise on an
ASCII trail byte and everything after the guess must be ordinary text, otherwise the
spot is unrecoverable and is replaced by U+FFFD.  Runs before traditional->simplified
conversion (the bytes are the original script's).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from park_pipeline.language.lexicon import char_freq, word_freq
from .script import to_simplified

__all__ = ["repair_mojibake", "REPLACEMENT"]

REPLACEMENT = "\ufffd"

# ASCII punctuation a page may have folded from full width (！ -> !).
_FOLDABLE = frozenset("!,:;()?\"'%&*+-./<=>[]")
_CJK_PUNCT = frozenset("。，、；：！？“”‘’（）《》")
_RARE = 400          # summed dictionary frequency below which a character is "rare"
_PUNCT_PRIOR = 5000  # a sentence break between two Chinese characters is as likely as a mid-frequency word
_WINDOW = 8000  # characters either side of a spot used for page bigram counts
_PINYIN_FRAGMENT = re.compile(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")
# The scorer converts single characters and pairs, the same few thousand over and over (~200
# times a damaged spot): memoized, as a call into OpenCC costs ten times a cached answer.
_simplified = lru_cache(maxsize=1 << 16)(to_simplified)


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF


@lru_cache(maxsize=1 << 16)
def _rare(ch: str) -> bool:
    """A non-ASCII character that is neither common CJK nor common punctuation."""
    if ord(ch) < 0x80 or ch in _CJK_PUNCT or ch in "—…·" or ch.isspace():
        return False
    if _is_cjk(ch):
        return char_freq().get(_simplified(ch), 0) < _RARE
    o = ord(ch)
    # What GBK rows A6-A9 and out-of-range pairs turn into: Greek, Cyrillic, box
    # drawing, kana, bopomofo, private use.
    return (
        0x370 <= o <= 0x4FF
        or 0x2500 <= o <= 0x257F
        or 0x3040 <= o <= 0x30FF
        or 0x3100 <= o <= 0x312F
        or 0xE000 <= o <= 0xF8FF
    )


def _encode_run(run: str) -> bytes | None:
    out = bytearray()
    for ch in run:
        if ch in _FOLDABLE:
            ch = chr(ord(ch) + 0xFEE0)
        try:
            out += ch.encode("gbk")
        except UnicodeEncodeError:
            return None
    return bytes(out)


class _Scorer:
    def __init__(self, page: str):
        self.page = page
        # most candidates are characters the page never writes: their pairs need no count
        self.present = frozenset(page)
        self.bigrams: dict[str, int] = {}
        self.words = word_freq()
        self.chars = char_freq()

    def page_count(self, pair: str) -> int:
        if pair[0] not in self.present or pair[1] not in self.present:
            return 0
        n = self.bigrams.get(pair)
        if n is None:
            n = self.bigrams[pair] = self.page.count(pair)
        return n

    def pair(self, a: str, b: str) -> float:
        if not a or not b:
            return 0.0
        v = self.words.get(_simplified(a + b), 0) + 100 * self.page_count(a + b)
        if (a in _CJK_PUNCT and (_is_cjk(b) or b in "“”‘’")) or (_is_cjk(a) and b in _CJK_PUNCT and b not in "“‘（《"):
            v += _PUNCT_PRIOR
        return v

    def score(self, prev: str, cand: str, nxt: str) -> float:
        return (
            math.log1p(self.pair(prev, cand))
            + math.log1p(self.pair(cand, nxt))
            + 0.1 * math.log1p(self.chars.get(_simplified(cand), 0))
        )


def _try_repair(prev: str, run: str, scorer: _Scorer) -> str | None:
    """run = characters after the '?' up to and including the ASCII re-sync byte."""
    data = _encode_run(run)
    if data is None or len(data) < 3:
        return None
    try:
        rest = data[1:].decode("gbk")
    except UnicodeDecodeError:
        return None
    if not rest or any(_rare(ch) for ch in rest):
        return None
    best: tuple[float, str] | None = None
    for lead in range(0x81, 0xFF):
        try:
            cand = bytes((lead, data[0])).decode("gbk")
        except UnicodeDecodeError:
            continue
        if _rare(cand):
            continue
        s = scorer.score(prev, cand, rest[0])
        if best is None or s > best[0]:
            best = (s, cand)
    if best is None or best[0] < 2.0:
        return None
    return best[1] + rest


def _collect_run(text: str, i: int) -> tuple[str, bool]:
    """Characters after text[i] == '?' up to the re-sync byte; (run, resynced)."""
    j = i + 1
    n = len(text)
    while j < n and j - i <= 30:
        ch = text[j]
        o = ord(ch)
        if 0x40 <= o <= 0x7E:  # ASCII trail byte: the decoder is back in step
            return text[i + 1 : j + 1], True
        if ch == "(" and _PINYIN_FRAGMENT.match(text, j + 1):
            return text[i + 1 : j], False  # a well-formed gloss: the decoder is in step
        if ch.isspace() or ch.isdigit() or ch == "?" or (o < 0x80 and ch not in _FOLDABLE):
            return text[i + 1 : j], False
        j += 1
    return text[i + 1 : j], False


_NONE, _WEAK, _STRONG = 0, 1, 2


def _suspicion(text: str, i: int, run: str, resynced: bool) -> int:
    """How sure we are that the '?' at text[i] starts an out-of-step run.

    Strong evidence (rare characters, a gloss missing its opening bytes, '?;') means the
    spot is damaged: repair it or mark it.  Weak evidence (an ASCII letter glued between
    Chinese characters, the typical re-sync byte) only allows a repair that reads better
    than what is there; otherwise the text is left alone."""
    body = run[:-1] if resynced else run
    if any(_rare(ch) for ch in body):
        return _STRONG
    if body[:1] in (",", ";", ":"):
        return _STRONG  # '?;' / '?,' never occur in real text: a lost lead byte before a folded ；
    if resynced:
        if run[-1].isalpha() and _PINYIN_FRAGMENT.match(text, i + len(run)):
            return _STRONG  # '?jī)': a gloss whose opening bytes were eaten
        after = text[i + 1 + len(run) : i + 2 + len(run)]
        if after and _is_cjk(after) and body and (_is_cjk(body[-1]) or body[-1] in _CJK_PUNCT):
            return _WEAK
    return _NONE


def _plausibility(s: str) -> float:
    """Mean log dictionary frequency of the Chinese characters in s."""
    cjk = [ch for ch in s if _is_cjk(ch)]
    if not cjk:
        return 0.0
    freq = char_freq()
    return sum(math.log1p(freq.get(_simplified(ch), 0)) for ch in cjk) / len(cjk)


def _damage_end(text: str, start: int) -> int:
    """Extend an unrecoverable spot over the garbage that follows it."""
    j = start
    n = len(text)
    while j < n:
        m = _PINYIN_FRAGMENT.match(text, j)
        if m:
            j = m.end()
            continue
        ch = text[j]
        if ch == "?" or _rare(ch):
            j += 1
            continue
        break
    return j


def _fold_like_page(repaired: str, page: str) -> str:
    out = []
    for ch in repaired:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E and ch not in page and chr(o - 0xFEE0) in page:
            ch = chr(o - 0xFEE0)
        out.append(ch)
    return "".join(out)


def repair_mojibake(text: str) -> tuple[str, int, int]:
    """Return (text, spots repaired exactly, spots unrecoverable -> U+FFFD)."""
    if "?" not in text:
        return text, 0, 0
    out: list[str] = []
    repaired = unrecoverable = 0
    pos = 0
    i = text.find("?")
    while i != -1:
        run, resynced = _collect_run(text, i)
        level = _suspicion(text, i, run, resynced) if run else _NONE
        if level == _NONE:
            i = text.find("?", i + 1)
            continue
        # page-local bigram statistics from a window around the spot (bounded cost on huge pages)
        scorer = _Scorer(text[max(0, i - _WINDOW) : i + _WINDOW])
        fixed = _try_repair(text[i - 1] if i else "", run, scorer) if resynced else None
        if level == _WEAK and (fixed is None or _plausibility(fixed[1:]) < _plausibility(run[:-1]) + 1.0):
            i = text.find("?", i + 1)
            continue
        out.append(text[pos:i])
        if fixed is not None:
            out.append(_fold_like_page(fixed, text))
            repaired += 1
            pos = i + 1 + len(run)
        else:
            end = _damage_end(text, i + 1 + len(run))
            out.append(REPLACEMENT)
            unrecoverable += 1
            pos = end
        i = text.find("?", pos)
    out.append(text[pos:])
    return "".join(out), repaired, unrecoverable
