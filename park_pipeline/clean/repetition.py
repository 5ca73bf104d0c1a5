"""Cross-page repetition: a short line that recurs on many pages of one source is chrome.

Why: every site has furniture the generic line rules cannot know ("打开某某新闻APP", a column
name, a slogan, the name of a WeChat account), but it is the same on each of the site's pages,
while an article's own lines are not. A page's source is its folder in the seeds folder (users
keep an outlet's pages together). park.source_lines holds each page's distinct short lines, so
the evidence grows as pages arrive and a batch that is read again replaces its own rows.

Only short lines count (long ones are paragraphs, and a template's paragraphs must not vanish),
and only lines that would otherwise be kept as short text become chrome: metadata lines (来源,
记者) stay metadata even when every page carries them.
"""

from __future__ import annotations

import posixpath

from .page import normalize_page

__all__ = ["RECURRING_PAGES", "MAX_LINE_CHARS", "source_of", "page_lines"]

RECURRING_PAGES = 3  # pages of one source a line must appear on to count as chrome
MAX_LINE_CHARS = 60  # longer lines are paragraphs: never judged by repetition


def source_of(source_path: str) -> str:
    """The folder of a page, relative to the seeds folder ("" for the top)."""
    return posixpath.dirname(source_path)


def page_lines(text: str) -> list[str]:
    """The distinct short lines of a decoded page, normalized as cleaning sees them, in order."""
    lines = normalize_page(text)[0].split("\n")
    return list(dict.fromkeys(line for line in lines if 0 < len(line) <= MAX_LINE_CHARS))
