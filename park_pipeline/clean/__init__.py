"""CLEAN stage: bytes of a messy Chinese news page -> clean simplified stories.

Plain functions, no Dagster: decode (HTML: main text) -> mojibake repair -> pinyin strip -> t2s ->
boilerplate/story split/metadata; plus MinHash near-duplicate detection.
"""

from .decode import DecodedText, UndecodableInput, decode_bytes, decode_markup
from .duplicates import NUM_PERM, assign_duplicates, assign_new_duplicates, story_signature, text_hash, update_duplicates
from .html import html_page
from .page import clean_page
from .stories import Story

__all__ = [
    "DecodedText",
    "UndecodableInput",
    "decode_bytes",
    "decode_markup",
    "html_page",
    "clean_page",
    "Story",
    "NUM_PERM",
    "story_signature",
    "assign_duplicates",
    "assign_new_duplicates",
    "text_hash",
    "update_duplicates",
]
