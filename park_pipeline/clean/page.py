"""clean_page: the order the rule families run in.

Why this order: a page saved after a wrong decoding is decoded again first (every character of it
is wrong); lines hard-wrapped at one width are joined next (a wrap cuts the pinyin glosses and
mojibake runs that the later repairs read within a line); mojibake repair works on the original
bytes' script, so it runs before pinyin glosses are stripped, and those go before
traditional->simplified conversion (OpenCC must see 經濟, not 經(jīng)濟); fullwidth digits and
letters are narrowed after the repair (GBK mojibake is full of them); boilerplate and metadata
rules are written for simplified text, so they run last.
"""

from __future__ import annotations

import re
import unicodedata

from .misdecoded import redecode_page
from .mojibake import repair_mojibake
from .pinyin import strip_pinyin
from .script import simplify_page
from .boilerplate import split_run_on
from .stories import Story, extract_stories
from .wrap import unwrap_lines

__all__ = ["clean_page", "normalize_page"]

_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,9}(\s[^<>\n]{0,80})?/?>")
_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003\u2009\u3000\u200b\ufeff]+")
# Fullwidth digits, Latin letters and ％ (１２．５％, ＴＣＬ) as ASCII, so figures, names and searches
# read the same however the page typed them; fullwidth Chinese punctuation (，：（）) stays.
_NARROW = {code: code - 0xFEE0 for first, last in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
           for code in range(first, last + 1)} | {0xFF05: ord("%")}
_FULLWIDTH = re.compile("[\uff05\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_FULLWIDTH_DECIMAL_POINT = re.compile(r"(?<=\d)．(?=\d)")


def _narrow_alphanumerics(text: str) -> str:
    """Fullwidth digits, letters, ％ and a ． between digits as their ASCII forms."""
    if not _FULLWIDTH.search(text):  # most pages: one scan, no copy
        return text
    return _FULLWIDTH_DECIMAL_POINT.sub(".", text.translate(_NARROW))


def normalize_page(text: str) -> tuple[str, int]:
    """NFC, one newline style, collapsed spaces, stripped lines, no stray HTML tags.

    Returns (text, number of HTML tags removed)."""
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    tags = 0
    if "<" in text:
        text, tags = _HTML_TAG.subn("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", l).strip() for l in text.split("\n")]
    return "\n".join(lines), tags


def clean_page(text: str, recurring: frozenset[str] = frozenset()) -> list[Story]:
    """Decoded page text -> its stories (possibly none), every field simplified Chinese.

    `recurring`: lines (as normalize_page gives them) that the page's source repeats on many
    pages, chrome wherever they stand (repetition.py)."""
    page_repairs: list[str] = []
    text, mixup = redecode_page(text)  # before normalizing: the wrong decoding's bytes include spaces
    if mixup:
        page_repairs.append(mixup)
    text, tags = normalize_page(text)
    if tags:
        page_repairs.append(f"html_tags_removed:{tags}")
    lines = text.split("\n")
    flags = [line in recurring for line in lines]
    joined = unwrap_lines(lines)  # before the repairs that work within lines: a wrap cuts glosses and runs
    if len(joined) < len(lines):
        page_repairs.append("hard_wrap_joined")
        text, flags = "\n".join(joined), [False] * len(joined)  # a joined line is no line the source repeats
    text, fixed, lost = repair_mojibake(text)
    if fixed:
        page_repairs.append(f"mojibake_repaired:{fixed}")
    if lost:
        page_repairs.append(f"mojibake_unrecoverable:{lost}")
    text, n_pinyin = strip_pinyin(text)
    if n_pinyin:
        page_repairs.append(f"pinyin_stripped:{n_pinyin}")
    simplified = simplify_page(text)
    if simplified != text:
        page_repairs.insert(0, "t2s")
    simplified = _narrow_alphanumerics(simplified)  # after mojibake repair: GBK mojibake holds fullwidth forms
    lines = simplified.split("\n")
    if len(flags) != len(lines):  # the repairs work within lines; should one ever join lines, the flags are dropped
        flags = [False] * len(lines)
    pieces = [(piece, flag) for line, flag in zip(lines, flags) for piece in split_run_on(line)]
    if len(pieces) > len(lines):
        page_repairs.append("run_on_lines_split")
    drafts, date = extract_stories([piece for piece, _ in pieces], [flag for _, flag in pieces])
    stories = []
    for no, d in enumerate(drafts, start=1):
        authors = d.authors or d.correspondents
        stories.append(
            Story(
                story_no=no,
                title=d.title,
                published_date=date,
                source_name=d.source_name,
                author="、".join(authors) if authors else None,
                text="\n".join(d.lines),
                repairs=tuple(page_repairs + d.repairs),
            )
        )
    return stories
