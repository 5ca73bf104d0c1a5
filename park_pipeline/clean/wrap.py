"""Pages hard-wrapped at a fixed width, joined back into paragraphs.

Why: text copied out of an e-paper's PDF or a mail client breaks every paragraph into lines of one
display width. Each such line is too short and ends too far from a full stop to read as running
text, so the boilerplate rules would drop most of the article. A page is taken as wrapped only when
most of its lines stop at one width without ending a sentence and carry the commas and full stops
of prose inside them (a list of headlines stops at many widths and holds no commas).
"""
from __future__ import annotations

import unicodedata

from . import metadata as md
from .boilerplate import ends_sentence, is_meta_line

_MIN_LINES = 6  # fewer lines say nothing about a wrap width
_FULL = 0.85  # a line at least this share of the wrap width reached the margin
_WRAPPED_SHARE = 0.4  # of the page's lines, ending at the margin without ending a sentence
_PROSE_SHARE = 0.6  # of those lines, holding prose punctuation inside
_WIDEST_WRAP = 160  # display columns; wider "lines" are paragraphs, not a wrap
_NARROWEST_WRAP = 30
_PROSE_PUNCTUATION = ("，", ",", "。", "、", "；")


def display_width(line: str) -> int:
    """Columns the line takes in a monospaced layout: East Asian wide and fullwidth characters
    (Unicode's W and F) count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def unwrap_lines(lines: list[str]) -> list[str]:
    """The page's lines with each wrapped paragraph joined into one; a page that shows no wrap
    width is returned as it is."""
    lengths = sorted(len(line) for line in lines if line)
    # a line is at least as wide as it is long: most pages' paragraphs already rule a wrap out, and
    # so do too few lines of prose that stop before a sentence ends (checked before any width)
    if len(lengths) < _MIN_LINES or lengths[int(0.9 * (len(lengths) - 1))] > _WIDEST_WRAP:
        return lines
    open_prose = sum(1 for line in lines if line and not ends_sentence(line) and _is_prose(line))
    if open_prose < _PROSE_SHARE * _WRAPPED_SHARE * len(lengths):
        return lines
    widths = sorted(display_width(line) for line in lines if line)
    wrap = widths[int(0.9 * (len(widths) - 1))]
    if not _NARROWEST_WRAP <= wrap <= _WIDEST_WRAP:
        return lines

    def at_margin(line: str) -> bool:
        return bool(line) and display_width(line) >= _FULL * wrap and not ends_sentence(line)

    wrapped = [line for line in lines if at_margin(line)]
    prose = [line for line in wrapped if _is_prose(line)]
    if len(wrapped) < _WRAPPED_SHARE * len(widths) or len(prose) < _PROSE_SHARE * len(wrapped):
        return lines
    joined: list[str] = []
    open_paragraph = False
    for line, after in zip(lines, [*lines[1:], ""]):
        if open_paragraph and line:
            joined[-1] += line
        else:
            joined.append(line)
        # a stamp or byline is never part of a paragraph, and prose on one side of the break
        # tells a paragraph from a headline that happens to reach the margin
        open_paragraph = (at_margin(line) and not _is_meta(line) and not _is_meta(after)
                          and (open_paragraph or _is_prose(line) or _is_prose(after)))
    return joined


def _is_prose(line: str) -> bool:
    return any(mark in line[:-1] for mark in _PROSE_PUNCTUATION)


def _is_meta(line: str) -> bool:
    return is_meta_line(line) or md.parse_date_line(line) is not None
