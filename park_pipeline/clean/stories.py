"""Find the article region of a page, split it into stories, attach metadata.

Why: a page is header (navigation, headline, date/source stamp), one or more stories,
then trailing chrome (related links, comments, footers).  We classify lines
(boilerplate.py), take the span from the first to the last strong body line (cut at
a trailing-block heading such as 相关阅读), and treat the lines above it as the
header that holds the headline and stamp.  Newspaper pages carry several stories,
each opening with a "本报讯(记者…)" lead; a headline sits before its story, or after
it when the page printed it there.  Photo captions are dropped, bylines move to
metadata; an interview's questions and its "——访…" subtitle are text (they name the park the
answers speak of).  Paragraphs cut in two by the page layout (a long line ending mid-sentence)
are joined.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from park_pipeline.language.gazetteer import gazetteer
from park_pipeline.language.vocabulary import PAPER_EDITION_WORDS, WECHAT_ACCOUNT_SUFFIXES, ZONE_WORDS, alternation

from . import metadata as md
from .boilerplate import (Kind, caption_text, chrome_hits, classify_line, ends_sentence, is_interview_subtitle,
                          is_menu_path)

__all__ = ["Story", "StoryDraft", "extract_stories"]


@dataclass(frozen=True)
class Story:
    story_no: int
    title: str | None
    published_date: dt.date | None
    source_name: str | None
    author: str | None
    text: str
    repairs: tuple[str, ...] = ()


@dataclass
class StoryDraft:
    title: str | None
    lines: list[str]
    source_name: str | None = None
    authors: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    # an interview's "——访…" subtitle, printed between the headline and the lead: it opens the
    # text once the lead's byline is taken off
    subtitles: list[str] = field(default_factory=list)


_STORY_LEAD = re.compile(
    r"^([【\[]?[\u4e00-\u9fffA-Za-z]{0,12}讯[】\]]?\s*[(（][^()（）]{0,40}(记者|通讯员)|本报讯|[\u4e00-\u9fff]{1,10}?(?:社|网|台|报)[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日电)"
)
_ONLY_NAMES = re.compile(
    r"^(?:[(（]|作者\s*[:：]\s*|文(?:/图|图)?\s*[/|:：]\s*)([\u4e00-\u9fff]{2,4}(?:[\s、,，][\u4e00-\u9fff]{2,4}){0,3})[)）]?$"
)
# "...发展。(记者 唐翀 通讯员 王晓光)" / "...介绍。(杨正林)" / "(完)" closing a story
_TRAILING_BYLINE = re.compile(
    r"(?<=[。!！?？”…])\s*[(（]((?:[\u4e00-\u9fff]{0,12}(?:记者|通讯员))?[\s:：]*[\u4e00-\u9fff]{2,4}(?:[\s、,，]+(?:记者|通讯员)?[\s:：]*[\u4e00-\u9fff]{2,4}){0,4}|完)[)）]$"
)
# "…集中开工-世界播报", "…出圈_看热讯", "…| 某某网": a site tag after an ASCII separator
# (not "——", which joins a headline to its second half)
_TITLE_SUFFIX = re.compile(r"\s*(?<![-—])[-_|]\s*[\u4e00-\u9fffA-Za-z]{2,8}$")
# a bullet, or a forum thread's category tag "[本地资讯] "
_TITLE_PREFIX = re.compile(r"^([•·●◆■▪>»*\-\s]+|\[[^\[\]]{1,8}\]\s*)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_INNER = re.compile(r"[，,、；;]")
_SITE_WORDS = re.compile(r"(网|报|台|频道|客户端|手机版|门户|官网|政府|正文|首页|新闻中心|社区|论坛)$")
# an e-paper's masthead, the paper's name and its edition: "滁州日报 电子版", "某某晚报数字报刊", "某某日报 第A3版"
_MASTHEAD = re.compile(
    rf"^[\u4e00-\u9fff]{{1,12}}?报社?[\s·|:：_\-—]*(?:{alternation(PAPER_EDITION_WORDS)}|第\s*[A-Za-z]?\d{{1,3}}\s*版)")


_DASHES = ("——", "—")  # what opens a subtitle under a headline (——某某高新区项目建设见闻)


def _clean_title(line: str) -> str:
    t = _TITLE_PREFIX.sub("", line).strip()
    m = _TITLE_SUFFIX.search(t)
    if m and len(t) - len(m.group(0)) >= 8:
        suffix = m.group(0).strip(" -_|")
        if not re.search(r"\d", suffix):
            t = t[: m.start()].rstrip()
    return t


_ACCOUNT = re.compile(rf"^[\u4e00-\u9fff·]{{2,12}}?(?:{alternation(WECHAT_ACCOUNT_SUFFIXES)})$")
# what may follow the place in an account's name (某市高新发布, 某某经开区微报)
_ACCOUNT_BODY = re.compile(rf"(?:{alternation(ZONE_WORDS + ('高新', '经开', '新区', '园区'))})?")


def _is_account_name(title: str) -> bool:
    """A WeChat account's name (衡阳发布, 衡阳高新发布, 经开区微报): a place or a zone or both, and an
    account suffix. "某某规划正式发布" says what was published, so it is a headline."""
    if not _ACCOUNT.match(title):
        return False
    stem = re.sub(rf"(?:{alternation(WECHAT_ACCOUNT_SUFFIXES)})$", "", title)
    places = gazetteer().find(stem)
    if places and places[0][0] != 0:
        return False
    end = max((e for _, e, _ in places), default=0)
    zone = _ACCOUNT_BODY.fullmatch(stem, end)
    return zone is not None and (bool(places) or zone.end() > end)


def _site_after_title(header: list[str], title: str | None) -> str | None:
    """The site's name the page wrote after its headline (…推进会_某某高新区, …推进会 - 某某新闻网)."""
    return next((site for line in header if (site := md.site_after_headline(_TITLE_PREFIX.sub("", line).strip(), title))),
                None)


def _breadcrumb_place(lines: list[str]) -> str | None:
    """The last section of the page's breadcrumb that starts with a place (首页 > 新闻中心 > 某市要闻):
    a local site's section for its own place's news (class 4)."""
    for line in lines:
        for section in reversed(md.breadcrumb_from_line(line)):
            found = gazetteer().find(section)
            if found and found[0][0] == 0:
                return section
    return None


def _site_owner(lines: list[str], header: list[str], title: str | None, region: set[int], first: int) -> str | None:
    """Who publishes the page, to stand in for a source line that is missing or names no place
    (来源:高新区办公室): a page on a park's own site often names no place at all. A WeChat repost's
    account (衡阳高新发布, above the headline or in its 原创 line), else the site's name after the
    headline, else its owner in a footer (主办:…, 版权所有:…) or a header line that is only an
    organisation's name."""
    return next((w for line in header for w in line.split() if _is_account_name(w)), None) or _site_after_title(
        header, title) or next((owner for i, line in enumerate(lines) if i not in region
                                and (owner := md.site_owner_from_line(line, header=i < first))), None)


def _title_candidate(line: str, kind: Kind) -> bool:
    if kind not in (Kind.TEXT, Kind.LIST, Kind.CHROME):
        return False
    t = _clean_title(line)
    n = len(t)
    if n < 5 or n > 80:
        return False
    if kind is Kind.CHROME and chrome_hits(t) > 0:
        return False
    if kind is Kind.CHROME and (is_menu_path(t) or t.count(">") >= 1 or t.count("-") >= 3):
        return False
    if kind is Kind.LIST and not _TITLE_PREFIX.match(line):
        return False
    if md.find_dates(t) and md.is_date_line(t):
        return False
    if t.endswith(("。", "——", "—", ":", "：", ",", "，")) or line.startswith(_DASHES):
        return False
    if len(_CJK.findall(t)) < 0.4 * n:
        return False
    if t.count(",") + t.count("，") > 3:
        return False
    if _SITE_WORDS.search(t) and n <= 10 or _MASTHEAD.match(t) or _is_account_name(t):
        return False
    return True


def _pick_title(header: list[tuple[str, Kind]], page_lines: list[str]) -> str | None:
    best: tuple[float, int, str] | None = None
    seen = Counter(_clean_title(l) for l in page_lines if len(l) <= 90)
    date_idx = [i for i, (l, _) in enumerate(header) if md.is_date_line(l) or md.source_from_line(l)]
    for i, (line, kind) in enumerate(header):
        if not _title_candidate(line, kind):
            continue
        t = _clean_title(line)
        score = min(len(t), 40) / 4.0
        if kind is not Kind.TEXT:
            score -= 3
        # the headline sits right above (or just below) the stamp line
        if any(0 < d - i <= 3 for d in date_idx):
            score += 6
        elif any(0 < i - d <= 2 for d in date_idx):
            score += 3
        if seen[t] >= 2:
            score += 3
        if len(header) - i <= 8:
            score += 2  # near the body
        score += i * 0.01  # ties: the later (closer to the body) line
        if best is None or score > best[0]:
            best = (score, i, t)
    return best[2] if best else None


def _page_date(header: list[str], body: list[str], tail: list[str], title: str | None, page_lines: list[str]) -> dt.date | None:
    # the stamp nearest below the headline, else the nearest above it
    t_idx = min((i for i, l in enumerate(header) if title and _clean_title(l) == title), default=-1)
    order = list(range(t_idx + 1, len(header))) + list(range(t_idx, -1, -1))
    for i in order:
        line = header[i]
        d = md.parse_date_line(line)
        if d:
            return d
        if i + 1 < len(header):
            d = md.two_line_date(line, header[i + 1])
            if d:
                return d
    for line in body[:2]:
        d = md.dateline_date(line)
        if d:
            return d
    for line in tail[:8]:
        d = md.parse_date_line(line)
        if d and len(line) <= 40:
            return d
    if title and len(title) >= 8:
        # the page's own entry in a "latest updates" list: "<title>2023-03-17"
        for line in page_lines:
            if title in line and len(line) <= len(title) + 40:
                found = md.find_dates(line[line.index(title) + len(title):])
                if found:
                    return found[0][0]
    return None


def _join_broken(lines: list[str]) -> tuple[list[str], int]:
    """Join a long paragraph that ends mid-sentence with the line that continues it."""
    out: list[str] = []
    joined = 0
    for line in lines:
        if (
            out
            and len(out[-1]) >= 40
            and _INNER.search(out[-1])
            and not ends_sentence(out[-1])
            and not out[-1].endswith(("”", "」", ")", "）", ":", "：", "——"))
            and _CJK.match(line[:1] or "a")
            and (len(line) >= 10 or (len(line) >= 3 and ends_sentence(line)))
            and not _STORY_LEAD.match(line)
        ):
            out[-1] = out[-1] + line
            joined += 1
        else:
            out.append(line)
    return out, joined


def _cut_paragraph(line: str) -> bool:
    """A text line that is a paragraph the page cut off mid-sentence, not a headline or link."""
    return (
        len(line) >= 15
        and len(_INNER.findall(line)) >= 1
        and not ends_sentence(line)
        and chrome_hits(line) == 0
        and not md.find_dates(line)
        and len(_CJK.findall(line)) >= 0.6 * len(line)
    )


def _take_byline(d: StoryDraft, by: str) -> None:
    d.authors = md.authors_from_text(by)
    d.correspondents = md.correspondents_from_text(by)
    if not d.authors and not d.correspondents:
        inner = by.strip("()（）").strip()
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}([\s、][\u4e00-\u9fff]{2,4}){0,3}", inner):
            d.authors = re.split(r"[\s、]+", inner)


_BULLET_SYMBOL = re.compile(r"^[•·●◆■□▪>»*\-]")


def _mark_bullet_runs(lines: list[str], kinds: list[Kind]) -> None:
    """Three or more consecutive lines opening with the same bullet symbol are a link list,
    even when an item carries a long excerpt."""
    i = 0
    n = len(lines)
    while i < n:
        m = _BULLET_SYMBOL.match(lines[i])
        if not m:
            i += 1
            continue
        j = i
        while j < n and lines[j][:1] == m.group(0):
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                if kinds[k] in (Kind.BODY, Kind.TEXT):
                    kinds[k] = Kind.LIST
        i = max(j, i + 1)


def _main_block(kinds: list[Kind], lines: list[str]) -> tuple[int, int, int] | None:
    """(first body line, last body line, end boundary) of the block with the most body text.

    Blocks are separated by a trailing-block heading (相关阅读 ...) or by a link list
    (three or more list lines, chrome lines in between allowed).  Chrome alone does not
    split: a run of picture placeholders inside an article must not cut it in two."""
    blocks: list[tuple[int, int, int, int]] = []  # chars, first, last, end
    first = last = None
    chars = 0
    listed = 0
    list_start = 0
    n = len(kinds)
    for i, k in enumerate(kinds):
        boundary = None
        if k is Kind.END:
            boundary = i
        elif k is Kind.LIST:
            if listed == 0:
                list_start = i
            listed += 1
            if listed == 3:
                boundary = list_start
        elif k is not Kind.CHROME:
            listed = 0
        if boundary is not None and first is not None and last is not None and last < boundary:
            blocks.append((chars, first, last, boundary))
            first = last = None
            chars = 0
        if k is Kind.BODY:
            if first is None:
                first = i
            last = i
            chars += len(lines[i])
    if first is not None:
        blocks.append((chars, first, last, n))
    if not blocks:
        return None
    best = max(blocks, key=lambda b: (b[0], -b[1]))
    return best[1], best[2], best[3]


def extract_stories(page_lines: list[str], recurring: list[bool] | None = None) -> tuple[list[StoryDraft], dt.date | None]:
    """Stories and the page date; `recurring` flags the lines its source repeats on many pages
    (repetition.py): text they would have been is chrome, metadata stays metadata."""
    kept = [(l, r) for l, r in zip(page_lines, recurring or [False] * len(page_lines)) if l]
    lines = [l for l, _ in kept]
    kinds = [Kind.CHROME if r and k in (Kind.BODY, Kind.TEXT, Kind.LIST) else k
             for k, (_, r) in zip(map(classify_line, lines), kept)]
    _mark_bullet_runs(lines, kinds)
    block = _main_block(kinds, lines)
    if block is None:
        return [], None
    first, last, end = block
    # short sentences right before the first strong paragraph ("铆足干劲,迎战收官。")
    while first > 0 and kinds[first - 1] is Kind.TEXT and lines[first - 1].endswith(("。", "。”", "……")) and len(lines[first - 1]) >= 6:
        first -= 1
    # a short closing sentence after the last strong paragraph
    while last + 1 < end and kinds[last + 1] is Kind.TEXT and lines[last + 1].endswith(("。", "。”", "！", "!")) and len(lines[last + 1]) >= 6:
        last += 1
    # the last paragraph cut short by the page ("…园区将围绕新材料、生物医"), maybe after a photo
    j = last + 1
    while j < end and kinds[j] is Kind.CAPTION:
        j += 1
    if j < end and kinds[j] is Kind.TEXT and _cut_paragraph(lines[j]):
        last = j
    # photo captions right above the first paragraph or right below the last one
    cap_first, cap_last = first, last
    while cap_first > 0 and kinds[cap_first - 1] is Kind.CAPTION:
        cap_first -= 1
    while cap_last + 1 < end and kinds[cap_last + 1] is Kind.CAPTION:
        cap_last += 1
    captions = [(i, t) for i in range(cap_first, cap_last + 1)
                if kinds[i] is Kind.CAPTION and (t := caption_text(lines[i]))]

    header = lines[:first]
    header_kinds = kinds[:first]
    tail = lines[last + 1 : end]
    region = list(range(first, last + 1))

    title = _pick_title([(l, k) for (l, k), (_, r) in zip(zip(header, header_kinds), kept) if not r], lines)

    # metadata lines anywhere from the top to the end marker (not the story text itself)
    region_set = set(region)
    page_source = None
    page_authors: list[str] = []
    page_corr: list[str] = []
    for i in range(0, end):
        l, k = lines[i], kinds[i]
        if i in region_set and k is not Kind.META:
            continue
        if page_source is None and k in (Kind.META, Kind.CHROME, Kind.TEXT, Kind.CAPTION):
            page_source = md.source_from_line(l)
        if k is Kind.META:
            for a in md.authors_from_text(l):
                if a not in page_authors:
                    page_authors.append(a)
            for a in md.correspondents_from_text(l):
                if a not in page_corr:
                    page_corr.append(a)
            if not page_authors:
                pm = _ONLY_NAMES.match(l)
                if pm:
                    page_authors += re.split(r"[\s、,，]+", pm.group(1))

    owner = _site_owner(lines, header, title, region_set, first)
    if owner and (page_source is None or (not gazetteer().find(page_source) and gazetteer().find(owner))):
        page_source = owner
    # class 4, a page whose outlet names no place: its breadcrumb's section may (某市要闻)
    crumb = _breadcrumb_place(lines[:first])
    if crumb and (page_source is None or not gazetteer().find(page_source)):
        page_source = crumb
    # class 1, a page that names no place: its site's address may (www.zhuzhou.gov.cn)
    site = next((h for i, line in enumerate(lines) if i not in region_set and (h := md.site_from_line(line))), None)
    if site and (page_source is None or not gazetteer().find(page_source)) and gazetteer().place_of_host(site):
        page_source = site

    # text lines of the region, with stories split at leads
    body_idx = [i for i in region if kinds[i] in (Kind.BODY, Kind.TEXT, Kind.LIST)]
    leads = [i for i in body_idx if _STORY_LEAD.match(lines[i])]
    drafts: list[StoryDraft] = []
    spans: list[int] = []  # first page line of each draft
    header_subtitles = [l for l, k in zip(header, header_kinds) if k is Kind.TEXT and is_interview_subtitle(l)]
    if len(leads) >= 2:
        starts = leads if leads[0] == body_idx[0] else [body_idx[0]] + leads
        bounds = starts + [last + 1]
        pending_title, pending_subtitles = title, header_subtitles
        for k, s in enumerate(starts):
            e = bounds[k + 1]
            seg = [i for i in body_idx if s <= i < e]
            # headline block right before the next story's lead
            hb: list[int] = []
            next_subtitles: list[str] = []
            j = len(seg) - 1
            while j >= 0 and k + 1 < len(starts) and kinds[seg[j]] is Kind.TEXT and not ends_sentence(lines[seg[j]]) and len(lines[seg[j]]) <= 60:
                if is_interview_subtitle(lines[seg[j]]):
                    next_subtitles.insert(0, lines[seg[j]])
                elif not lines[seg[j]].startswith(_DASHES):  # another "——…" subtitle is no headline
                    hb.insert(0, seg[j])
                j -= 1
            text_idx = seg[: j + 1]
            story_title = pending_title
            next_title = None
            if hb:
                # the last headline belongs to the next story; a story that had no
                # headline before it had it printed after it (the first of the block);
                # lines in between are kickers/section banners
                next_title = _clean_title(lines[hb[-1]])
                if story_title is None and len(hb) >= 2:
                    story_title = _clean_title(lines[hb[0]])
            drafts.append(StoryDraft(title=story_title, lines=[lines[i] for i in text_idx], subtitles=pending_subtitles))
            spans.append(s)
            pending_title, pending_subtitles = next_title, next_subtitles
    else:
        drafts.append(StoryDraft(title=title, lines=[lines[i] for i in body_idx], subtitles=header_subtitles))
        spans.append(first)

    for d in drafts:
        d.lines, joined = _join_broken(d.lines)
        if joined:
            d.repairs.append(f"lines_joined:{joined}")
        if d.lines:
            rest, src, by, removed = md.split_lead_byline(d.lines[0])
            if removed:
                d.lines[0] = rest
                d.repairs.append("byline_moved")
                if src:
                    d.source_name = src
                if by:
                    _take_byline(d, by)
        if d.lines:
            m = _TRAILING_BYLINE.search(d.lines[-1])
            if m:
                d.lines[-1] = d.lines[-1][: m.start()].rstrip()
                if "byline_moved" not in d.repairs:
                    d.repairs.append("byline_moved")
                if m.group(1) != "完" and not d.authors and not d.correspondents:
                    _take_byline(d, "(" + m.group(1) + ")")
        if d.lines:
            d.lines[:0] = d.subtitles
        if d.source_name is None:
            d.source_name = page_source
        if not d.authors:
            d.authors = list(page_authors)
        if not d.authors and not d.correspondents:
            d.correspondents = list(page_corr)

    # a caption's description (not its photo credit) stays with the story it sits in, after
    # the story's own text so that leads, bylines and cut paragraphs are handled first
    for i, t in captions:
        k = max((n for n, s in enumerate(spans) if s <= i), default=0)
        if drafts and drafts[k].lines and t not in drafts[k].lines:
            drafts[k].lines.append(t)
            drafts[k].repairs.append("caption_kept")

    date = _page_date(header, [lines[i] for i in body_idx], tail, title, lines)
    return [d for d in drafts if d.lines], date
