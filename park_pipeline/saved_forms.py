"""A text page re-saved the ways users save pages, to check that cleaning holds on each
(`park-pipeline eval GOLD --saved-as FORM`).

Why: the gold pages are clean text copies, while the pages users feed arrive as WeChat posts,
table-laid portals, hard-wrapped e-paper text, fullwidth digits or after a wrong decoding. Scoring
the same pages in each form shows what the cleaning loses on it, with the same gold.
"""
from __future__ import annotations

import html
from typing import Callable

_MENU = ("网站首页", "园区概况", "新闻中心", "招商引资", "政务公开", "投资服务")
_TITLE_MAX = 40  # a first line longer than this, or ending a sentence, is text, not a headline


def _title_and_body(page: str) -> tuple[str, str]:
    first, _, rest = page.partition("\n")
    if len(first.strip()) <= _TITLE_MAX and not first.strip().endswith("。"):
        return first.strip(), rest
    return "", page


def _paragraphs(body: str) -> list[str]:
    return [line.strip() for line in body.splitlines() if line.strip()]


def _portal(page: str) -> tuple[str, bytes]:
    title, body = _title_and_body(page)
    menu = "".join(f'<li><a href="/c{i}/">{word}</a></li>' for i, word in enumerate(_MENU))
    text = "".join(f"<p>{html.escape(p)}</p>" for p in _paragraphs(body))
    markup = (f'<html><head><meta charset="utf-8"><title>{html.escape(title)}_新闻中心</title></head><body>'
              f'<nav><ul>{menu}</ul></nav><div class="position">当前位置：<a href="/">首页</a> &gt; 新闻中心</div>'
              f'<article><h1>{html.escape(title)}</h1><div id="content">{text}</div></article>'
              f'<aside><h2>相关阅读</h2><ul><li><a href="/n/1.html">关于开展年度项目申报工作的通知</a></li></ul></aside>'
              '<footer>版权所有：某某管理委员会　备案号：X ICP备00000000号</footer></body></html>')
    return ".html", markup.encode("utf-8")


def _wechat(page: str) -> tuple[str, bytes]:
    title, body = _title_and_body(page)
    text = "".join(f'<section><span style="font-size:15px">{html.escape(p)}</span></section>'
                   for p in _paragraphs(body))
    markup = (f'<html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head><body id="activity-detail">'
              f'<div id="img-content"><h1 class="rich_media_title">{html.escape(title)}</h1>'
              f'<div class="rich_media_content" id="js_content">{text}</div></div>'
              '<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></body></html>')
    return ".html", markup.encode("utf-8")


def _table(page: str) -> tuple[str, bytes]:
    title, body = _title_and_body(page)
    menu = "".join(f'<td><a href="/c{i}/">{word}</a></td>' for i, word in enumerate(_MENU))
    text = "<br>\n".join("　　" + html.escape(p) for p in _paragraphs(body))
    markup = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
              f'<title>{html.escape(title)}</title></head><body><table><tr>{menu}</tr></table>'
              f'<table><tr><td class="title"><b>{html.escape(title)}</b></td></tr>'
              f'<tr><td class="content"><font face="宋体">{text}</font></td></tr></table>'
              '<table><tr><td>主办单位：某某管理委员会　备案号：X ICP备00000000号</td></tr></table></body></html>')
    return ".html", markup.encode("gb18030", errors="replace")


def _one_line(page: str) -> tuple[str, bytes]:
    title, body = _title_and_body(page)
    return ".txt", (title + "\n" + "".join(_paragraphs(body))).encode("utf-8")


_WRAP_COLUMNS = 60


def _wrapped(page: str) -> tuple[str, bytes]:
    from park_pipeline.clean.wrap import display_width  # local: the CLI imports this module's names

    lines: list[str] = []
    for paragraph in page.splitlines():
        lines.append("")
        for ch in paragraph:
            if display_width(lines[-1] + ch) > _WRAP_COLUMNS:
                lines.append("")
            lines[-1] += ch
    return ".txt", "\n".join(lines).encode("utf-8")


_TO_FULLWIDTH = {code: code + 0xFEE0 for code in b"0123456789%"}


def _fullwidth(page: str) -> tuple[str, bytes]:
    return ".txt", page.translate(_TO_FULLWIDTH).encode("utf-8")


def _latin1_mixup(page: str) -> tuple[str, bytes]:
    return ".txt", page.encode("utf-8").decode("latin-1").encode("utf-8")


def _gb18030(page: str) -> tuple[str, bytes]:
    return ".txt", page.encode("gb18030", errors="replace")


# form -> (text page -> file suffix and bytes as saved)
SAVED_FORMS: dict[str, Callable[[str], tuple[str, bytes]]] = {
    "text": lambda page: (".txt", page.encode("utf-8")),
    "gb18030": _gb18030,
    "html-portal": _portal,
    "html-wechat": _wechat,
    "html-table": _table,
    "one-line": _one_line,
    "wrapped": _wrapped,
    "fullwidth": _fullwidth,
    "latin1-mixup": _latin1_mixup,
}
