"""HTML page -> the text page the cleaning rules read.

Why: users save pages as HTML. trafilatura finds the main text (menus, footers and sidebars are
markup it can see and the line rules cannot), the headline and the meta publish date and site
name. They are written out as a plain page (headline, date stamp, text, outlet last so that a
"来源:" line of the text itself wins), and the same boilerplate, story and metadata rules run on
HTML and text copies alike.
"""

from __future__ import annotations

from .decode import UndecodableInput

__all__ = ["html_page"]


def html_page(markup: str) -> str:
    """The headline, a "发布时间:…" stamp, the main text and a "来源:…" line, each when found."""
    import trafilatura  # local import: lxml and its friends load only when a batch holds HTML

    try:
        found = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=True, deduplicate=False)
    except Exception as error:  # any verdict of lxml or trafilatura on hostile markup costs this page only
        raise UndecodableInput(f"html: {type(error).__name__}: {error}") from error
    if found is None or not (found.text or "").strip():
        raise UndecodableInput("html: no article text found")
    stamp = f"发布时间:{found.date}" if found.date else ""
    outlet = f"来源:{found.sitename}" if found.sitename else ""
    return "\n".join(part for part in (found.title, stamp, found.text, outlet) if part)
