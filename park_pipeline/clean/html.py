"""HTML page -> the text page the cleaning rules read.

Why: users save pages as HTML. trafilatura finds the main text (menus, footers and sidebars are
markup it can see and the line rules cannot), the headline and the meta publish date and site
name. They are written out as a plain page (breadcrumb, headline, date stamp, text, outlet last so
that a "来源:" line of the text itself wins), and the same boilerplate, story and metadata rules run
on HTML and text copies alike. The outlet is the story's source in a government site's standard
meta tags (ContentSource), else trafilatura's site name, else the site's (SiteName), else the one
the <title> writes after the headline (…推进会_某市人民政府), all of which trafilatura drops; the
breadcrumb (首页 > 某市要闻) is kept, as a local page may name its place nowhere else (class 4).

The date is the page's own stamp line between the headline and the text ("发布日期: 2024年5月6日
来源:…", which trafilatura leaves out of the text); trafilatura's date only where there is none,
and only when the page writes it whole: it fills a date it did not find whole with January 1st or
the month's first day ("2024年5月" -> 2024-05-01, a bare year -> 2024-01-01), and takes one from a
related-links list as readily as the page's.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from park_pipeline.language.vocabulary import NAMELESS_SOURCES

from . import metadata as md
from .decode import UndecodableInput

__all__ = ["html_page"]

_HIDDEN = re.compile(r"<(script|style|noscript|template)\b[\s\S]*?</\1\s*>|<!--[\s\S]*?-->", re.I)
_BLOCK = re.compile(r"<(?:br|hr|/?(?:p|div|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|dd|dt|dl))\b[^>]*>",
                    re.I)
_TAG = re.compile(r"<[^>]*>")
# Table markup, which older government portals lay whole pages out with: trafilatura writes a
# cell's text as one line, running every paragraph of an article kept in one cell together. Read
# as blocks, a cell keeps its paragraphs and a data table gives a line per cell, as it did.
_TABLE_TAG = re.compile(r"<(/?)(?:table|tbody|thead|tfoot|tr|td|th)\b", re.I)
_TOP_LINES = 6  # lines above the main text searched for the stamp when the headline is not found
_HEAD_TITLE = re.compile(r"<title[^>]*>([^<]{1,200})</title>", re.I)
_META_TAG = re.compile(r"<meta\b[^>]*>", re.I)
_ATTRIBUTE = re.compile(r"""([A-Za-z-]+)\s*=\s*(["'])(.*?)\2""")
_PARAGRAPH = 30  # characters of a line that is a paragraph, not a menu, clock or stamp


def html_page(markup: str) -> str:
    """The headline, the date stamp, the main text and a "来源:…" line, each when found."""
    import trafilatura  # local import: lxml and its friends load only when a batch holds HTML

    # fast: trafilatura's own extraction only; its fallbacks (readability, jusText) drop short lines
    # (a later story's headline, a one-sentence lead) and run <section> paragraphs together
    try:
        found = trafilatura.bare_extraction(
            _TABLE_TAG.sub(r"<\1div", markup),
            with_metadata=True, include_comments=False, include_tables=True, deduplicate=False, fast=True)
    except Exception as error:  # any verdict of lxml or trafilatura on hostile markup costs this page only
        raise UndecodableInput(f"html: {type(error).__name__}: {error}") from error
    if found is None or not (found.text or "").strip():
        raise UndecodableInput("html: no article text found")
    lines = _markup_lines(markup)
    stamp = _own_stamp(lines, found.title, found.text)
    if stamp is None and found.date and _written_whole(markup, found.date):
        stamp = f"发布时间:{found.date}"
    head = _HEAD_TITLE.search(markup)
    own = _meta(markup, "ContentSource")
    site = ((own if own not in NAMELESS_SOURCES else None)  # 本网, 原创: no one's name
            or found.sitename or _meta(markup, "SiteName")
            or (md.site_after_headline(html.unescape(head.group(1)).strip(), found.title) if head else None))
    outlet = f"来源:{site}" if site else ""
    crumb = next((line for line in lines if md.breadcrumb_from_line(line)), None)
    return "\n".join(part for part in (crumb, found.title, stamp, found.text, outlet) if part)


def _meta(markup: str, name: str) -> str | None:
    """The content of a <meta name=…> tag (either attribute first), unescaped and stripped."""
    for tag in _META_TAG.findall(markup):
        attrs = {k.lower(): v for k, _, v in _ATTRIBUTE.findall(tag)}
        if attrs.get("name", "").lower() == name.lower() and (content := html.unescape(attrs.get("content", "")).strip()):
            return content
    return None


def _written_whole(markup: str, iso: str) -> bool:
    """Does the page write this date with its day (2024-05-06, 2024/5/6, 2024年5月6日, 20240506)?"""
    try:
        d = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return False
    if f"{d:%Y%m%d}" in markup:
        return True
    return any(found == d for line in markup.splitlines() for found, _, _ in md.find_dates(line))


def _markup_lines(markup: str) -> list[str]:
    """The page's visible lines, its menus and breadcrumb included."""
    lines = [line.strip() for line in html.unescape(_TAG.sub("", _BLOCK.sub("\n", _HIDDEN.sub("", markup)))).split("\n")]
    return [line for line in lines if line]


def _own_stamp(lines: list[str], title: str | None, text: str) -> str | None:
    """The first stamp line between the headline and the main text, as written (its 来源 too)."""
    # the first paragraph (trafilatura's text may start with the page's clock, menu and headline)
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    first = next((line for line in paragraphs if len(line) >= _PARAGRAPH), paragraphs[0] if paragraphs else "")
    end = next((i for i, line in enumerate(lines)
                if first and (line.startswith(first[:20]) or (len(line) >= 10 and first.startswith(line[:20])))), len(lines))
    # the headline written last before the text (the <title> in the head comes first)
    start = max((i + 1 for i, line in enumerate(lines[:end]) if title and line == title.strip()),
                default=max(0, end - _TOP_LINES))
    return next((line for line in lines[start:end] if md.parse_date_line(line)), None)
