"""jieba segmentation with the project's user dictionary, loaded once per process.

Without the user dictionary jieba splits park names (技术开发区, 区沫|河口) and tags 高新区 as a
person name. The dictionary is built in memory from the gazetteer (full and short place names)
and the zone-type and title words of vocabulary.py, and added to rjieba (the jieba-rs
binding: same algorithm and dictionary as jieba, ~15 times faster), which does the POS tagging
for extraction and the segmentation for keywords.
"""
from __future__ import annotations

import functools

import rjieba

from park_pipeline.language.gazetteer import gazetteer
from park_pipeline.language.lexicon import jieba_dictionary
from park_pipeline.language.vocabulary import TITLE_WORDS, ZONE_WORDS

_FREQ = 200_000  # high enough that a dictionary word beats jieba's own split of it


# Word -> (frequency, POS tag) of jieba's main dictionary (a memory-mapped trie, lexicon.py).
dictionary = jieba_dictionary


@functools.cache
def user_words() -> tuple[tuple[str, str], ...]:
    """(word, POS tag) pairs of the user dictionary."""
    words: dict[str, str] = {name: "ns" for name in gazetteer().names if len(name) >= 2}
    words.update({w: "nz" for w in ZONE_WORDS})
    words.update({w: "n" for w in TITLE_WORDS})
    return tuple(sorted(words.items()))


@functools.cache
def tokenizer() -> rjieba.Jieba:
    """A process-wide rjieba instance with the user dictionary added."""
    tk = rjieba.Jieba()
    for word, tag in user_words():
        tk.add_word(word, _FREQ, tag)
    return tk


def tag_spans(text: str, offset: int = 0) -> list[tuple[str, str, int, int]]:
    """POS-tagged tokens of text with absolute character spans: (word, tag, start, end)."""
    out = []
    pos = offset
    for word, tag in tokenizer().tag(text):
        out.append((word, tag, pos, pos + len(word)))
        pos += len(word)
    return out
