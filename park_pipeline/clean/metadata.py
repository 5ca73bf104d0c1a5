"""Page metadata: publish dates, outlet (source_name) and reporters (author).

Why: the date must be the page's own stamp ("发表于 2023-12-20 10:08", "时间:2021-07-23",
"2022年08月17日发表", a dateline "2019年4月1日讯"), never a date from a related-links list
or an event date in the body, and never a month+day without a year.  Bylines
("本报讯(记者付凯明)", "华声在线全媒体记者 李永亮", "来源:禹州市融媒体中心") are parsed into
source_name/author and the lead-in is taken out of the text.  Works on simplified text.
"""

from __future__ import annotations

import datetime as dt
import re

from park_pipeline.language.vocabulary import NAMELESS_SOURCES

__all__ = [
    "find_dates",
    "parse_date_line",
    "is_date_line",
    "split_lead_byline",
    "source_from_line",
    "site_owner_from_line",
    "site_from_line",
    "site_after_headline",
    "breadcrumb_from_line",
    "authors_from_text",
]

# "2023-06-16", "2023年6月16日", and an e-paper's path "某某日报/2023年/6月/16日/第003版"
_YMD = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*/?\s*(\d{1,2})\s*月\s*/?\s*(\d{1,2})\s*日?)(?!\d)"
)
_DMY = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?!\d)")
_TIME = re.compile(r"\d{1,2}:\d{2}")
_META_WORDS = re.compile(
    r"(发布|发表|时间|日期|来源|作者|编辑|浏览|点击|阅读|更新|稿源|责编|分享|字号|[日晚早]报|新闻|网|报社|讯|星期|周[一二三四五六日])"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _mk(y: str, m: str, d: str) -> dt.date | None:
    try:
        year, month, day = int(y), int(m), int(d)
        if not 1990 <= year <= 2035:
            return None
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(line: str) -> list[tuple[dt.date, int, int]]:
    out = []
    for m in _YMD.finditer(line):
        d = _mk(m.group(1), m.group(2) or m.group(4), m.group(3) or m.group(5))
        if d:
            out.append((d, m.start(), m.end()))
    for m in _DMY.finditer(line):
        d = _mk(m.group(3), m.group(2), m.group(1))
        if d:
            out.append((d, m.start(), m.end()))
    out.sort(key=lambda x: x[1])
    return out


def is_date_line(line: str) -> bool:
    """A stamp line: the date is what the line is about (not a headline ending in a date)."""
    return parse_date_line(line) is not None


def parse_date_line(line: str) -> dt.date | None:
    if len(line) > 120:
        return None
    found = find_dates(line)
    if not found:
        return None
    d, s, e = found[0]
    rest = (line[:s] + " " + line[e:]).strip()
    rest_cjk = len(_CJK.findall(rest))
    if _TIME.search(line[e : e + 12]) or rest_cjk <= 4 or _META_WORDS.search(rest):
        # a headline with a date glued to its end is a list item, not a stamp
        if rest_cjk >= 8 and s > 0 and not _META_WORDS.search(line[:s][-12:]) and not _TIME.search(line[e : e + 12]):
            return None
        if rest_cjk > 30:
            return None
        return d
    return None


def two_line_date(a: str, b: str) -> dt.date | None:
    """'2022' on one line and '01/17' on the next (mobile news layouts)."""
    if re.fullmatch(r"(19|20)\d{2}", a.strip()):
        m = re.fullmatch(r"(\d{1,2})[/-](\d{1,2})", b.strip())
        if m:
            return _mk(a.strip(), m.group(1), m.group(2))
    return None


# --- bylines and lead-ins -------------------------------------------------------------

_NAME = r"[\u4e00-\u9fff]{2,4}"
_LEAD_PATTERNS = [
    # 本报讯(记者付凯明) / 新疆日报讯(记者傅翔龙 通讯员杜冬玲报道) / 【香港商报网讯】
    re.compile(
        r"^[【\[]?(?P<src>[\u4e00-\u9fffA-Za-z·]{0,14}?)讯[】\]]?\s*"
        r"(?P<by>[(（][^()（）]{1,40}[)）]|(记者|通讯员)\s*[\u4e00-\u9fff]{2,4}(\s+[\u4e00-\u9fff]{2,4})*\s*(报道|报导)[:：])?\s*"
    ),
    # 中新社重庆6月16日电 (记者 刘相琳): the source keeps the dateline's place (中新社重庆), where the
    # story was filed from, as a local lead's does (衡阳讯 -> 衡阳): it tells which city the story is about
    re.compile(r"^(?P<src>[\u4e00-\u9fff]{1,10}?(?:社|网|台|报)[\u4e00-\u9fff]{0,6})\d{1,2}月\d{1,2}日电\s*(?P<by>[(（][^()（）]{1,40}[)）])?\s*"),
    # (大连新闻传媒集团记者祝福) / (记者 吴丹红)
    re.compile(r"^(?P<by>[(（][\u4e00-\u9fff]{0,14}(记者|通讯员)[^()（）]{1,30}[)）])\s*"),
]
_DATELINE = re.compile(r"^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日讯[,，:：\s]*")
_REPORTER_WORD = re.compile(r"(记者|通讯员)[\s:：]*((?:" + _NAME + r")(?:[\s、,，]+" + _NAME + r")*)")
_TRAILING_WORDS = re.compile(r"(报道|报导|摄影|摄|编辑)$")


_WIRE_DATELINE = re.compile(r"^[\u4e00-\u9fff]{1,10}?(?:社|网|台|报)[\u4e00-\u9fff]{0,6}(\d{1,2})月(\d{1,2})日电")


def dateline_date(line: str) -> dt.date | None:
    """'2019年4月1日讯' -> that date.  A wire dateline ('中新社上海2月20日电') has no year;
    it gives a date only when the lead sentence names exactly one year (the event's)."""
    m = _DATELINE.match(line)
    if m:
        return _mk(m.group(1), m.group(2), m.group(3))
    m = _WIRE_DATELINE.match(line)
    if m:
        sentence = re.split(r"[。!！?？]", line[m.end():], maxsplit=1)[0]
        years = set(re.findall(r"(?<!\d)((?:19|20)\d{2})年(?!\d{1,2}月)", sentence))
        if len(years) == 1:
            return _mk(years.pop(), m.group(1), m.group(2))
    return None


_OWN_OUTLET = ("本报", "本台", "本网", "本刊")
_OUTLET = re.compile(r"^(本报|本台|本网|本刊|.{1,12}(报|网|台|社|新闻|客户端|融媒|中心|杂志|电视|广播|在线|头条|号))$")


def split_lead_byline(line: str) -> tuple[str, str | None, str | None, bool]:
    """Split a lead-in ("本报讯(记者付凯明)", "中新社重庆6月16日电 (记者 刘相琳)",
    "2019年4月1日讯,") off the first paragraph of a story.

    Returns (text without the lead-in, outlet or None, byline or None, removed?)."""
    m = _DATELINE.match(line)
    if m and len(line) > m.end() + 10:
        return line[m.end():], None, None, True
    for pat in _LEAD_PATTERNS:
        m = pat.match(line)
        if not m or m.end() == 0 or len(line) <= m.end() + 10:
            continue
        src = m.groupdict().get("src")
        by = m.groupdict().get("by")
        if pat is _LEAD_PATTERNS[0]:
            # "通讯设备…", "喜讯!…": a 讯 that is not an outlet's lead-in
            credited = bool(by and re.search(r"记者|通讯员|报道|报导", by))
            if not src or not (credited or _OUTLET.match(src)):
                continue
            if not by and not re.match(r"[\s,，:：】\]]", line[m.end() - 1 : m.end()] or "x") and line[m.end() - 1] != "讯":
                continue
        if src and src.startswith(_OWN_OUTLET):  # 本报讯 names no outlet; 本报长沙…电 keeps its place
            src = src[2:] or None
        return line[m.end():], src, by, True
    return line, None, None, False


_ROLE = re.compile(r"^(记者|通讯员|编辑|摄影|摄|实习生|见习记者|特约记者)")
_BYLINE_ROLE = re.compile(r"(见习记者|特约记者|实习生|记者|通讯员)")


def _names_after_roles(s: str, role: str) -> list[str]:
    """Names that follow a role word: '记者傅翔龙 通讯员杜冬玲报道' -> {记者: [傅翔龙]}."""
    names: list[str] = []
    for m in _BYLINE_ROLE.finditer(s):
        is_reporter = m.group(1) != "通讯员"
        if is_reporter != (role == "记者"):
            continue
        rest = s[m.end():].lstrip(" :：")
        for tok in re.split(r"[\s、,，]+", rest):
            if not tok or _ROLE.match(tok):
                break
            tok = re.split(r"[)）(（\]】:：]", tok)[0]
            tok = _TRAILING_WORDS.sub("", tok)
            if not tok:
                break
            nm = re.match(r"[\u4e00-\u9fff·]{2,4}", tok)
            if not nm or nm.group(0) != tok:
                if nm and len(nm.group(0)) in (2, 3) and tok.startswith(nm.group(0)):
                    names.append(nm.group(0)) if nm.group(0) not in names else None
                break
            if tok.startswith(("从", "了解", "获悉", "来到", "看到", "在")):
                break
            if tok not in names:
                names.append(tok)
            if re.search(r"[)）]", rest[: rest.find(tok) + len(tok) + 1]):
                break
    return names


def authors_from_text(s: str) -> list[str]:
    """Reporter names from a byline fragment ('(记者付凯明)', '记者 梅超 报导')."""
    return _names_after_roles(s, "记者")


def correspondents_from_text(s: str) -> list[str]:
    return _names_after_roles(s, "通讯员")


# the outlet, or the office that publishes a government page (发布机构:某市商务局, on 政府信息公开 pages)
_SOURCE_AFTER = re.compile(
    r"(?:本文来源|信息来源|稿件来源|稿源|来源|来自|发布机构|发布单位|发文机关)\s*[:：]\s*(?P<src>[^\s:：|,，()（）「」\[\]]{2,30})"
)
_SOURCE_STOP = re.compile(r"(收集|编辑|作者|发布(时间|日期|于)|发表|时间|日期|浏览|点击|记者|责任|责编|审核|\d{4}).*$")
_OUTLET_BEFORE_REPORTER = re.compile(r"^[(（]?(?P<src>[\u4e00-\u9fff]{2,14}?)(全媒体|融媒体)?(记者|通讯员)")
_OUTLET_WITH_DATE = re.compile(r"^(?P<src>[\u4e00-\u9fff]{2,12}(报|网|台|社|新闻|中心))\s+\d{4}")


def source_from_line(line: str) -> str | None:
    m = _SOURCE_AFTER.search(line)
    if m:
        src = _SOURCE_STOP.sub("", m.group("src")).strip("」』】]·- ")
        if len(src) >= 2 and _CJK.search(src) and src not in NAMELESS_SOURCES:
            return src
        return None
    m = _OUTLET_BEFORE_REPORTER.match(line)
    if m and m.group("src") not in _OWN_OUTLET:
        return m.group("src")
    m = _OUTLET_WITH_DATE.match(line)
    if m:
        return m.group("src")
    return None


# a page's address on a line of its own or after a label (原文链接: https://www.某某.gov.cn/…, and the
# 来源:zhuzhou.gov.cn an HTML page's outlet falls back to when it names no site)
_SITE_LINE = re.compile(r"(?:(?:来源|原文链接|本文链接|原文地址|原文网址|本文网址|网址|链接|URL)\s*[:：]\s*)?"
                        r"(?:https?://)?((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6})(?::\d+)?(?:/\S*)?", re.I)


def site_from_line(line: str) -> str | None:
    """The host of the page's address a line gives (www.zhuzhou.gov.cn), lower-cased: government
    sites are named after their place, which a page that names none in its text still has."""
    m = _SITE_LINE.fullmatch(line.strip())
    return m.group(1).lower() if m else None


# the site's owner in its footer ("主办:某某高新区管委会", "版权所有©2024 某某日报社", "某某市人民政府
# 版权所有") or its header (a line that is only an organisation's name)
_OWNER_AFTER = re.compile(
    r"(?:主办单位|网站主办|主办|版权所有|Copyright|©)\s*[:：©]?\s*(?:(?:19|20)\d{2}(?:\s*[-—~]\s*(?:19|20)\d{2})?\s*)?"
    r"(?P<src>[\u4e00-\u9fff()（）]{4,30})")
_OWNER_BEFORE = re.compile(r"^(?P<src>[\u4e00-\u9fff()（）]{4,30})\s*(?:版权所有|主办)")
_OWNER_STOP = re.compile(r"(承办|协办|技术支持|维护|备案|地址|电话|联系|版权所有|主办).*$")
_ORGANISATION_END = re.compile(
    r"(管理委员会|管委会|人民政府|政府|日报社?|晚报社?|报社|新闻网|融媒体中心|新闻中心|门户网站|政府网)$")


def site_owner_from_line(line: str, header: bool = False) -> str | None:
    """The organisation that runs the site, from a footer line ("主办:某某高新技术产业开发区管理委员会")
    or, for a line of the page's `header`, one that is nothing but an organisation's name."""
    line = line.strip()
    m = _OWNER_AFTER.search(line) or _OWNER_BEFORE.match(line)
    if m:
        src = _OWNER_STOP.sub("", m.group("src"))
        return src if len(src) >= 4 else None
    if header and 4 <= len(line) <= 30 and _CJK.search(line) and _ORGANISATION_END.search(line) \
            and re.fullmatch(r"[\u4e00-\u9fff()（）]+", line):
        return line
    return None


def site_after_headline(line: str, headline: str | None) -> str | None:
    """The site's name a page writes after its headline, in a header line or its HTML <title>
    (…推进会_某市人民政府, …推进会 - 某某新闻网, …推进会|某某高新区), or before it when it is plainly an
    organisation's (某市人民政府-…推进会): a page that names no place in its text still has its
    publisher's."""
    if not headline or line == headline:
        return None
    if line.startswith(headline):
        site = line[len(headline):].strip(_TITLE_SEPARATORS)
    elif line.endswith(headline):
        site = line[:-len(headline)].strip(_TITLE_SEPARATORS)
        if not _ORGANISATION_END.search(site):
            return None
    else:
        return None
    return site if _CJK.search(site) and not re.search(r"\d", site) else None


_TITLE_SEPARATORS = " -_|—"
# a site's breadcrumb (当前位置:首页 > 新闻中心 > 某市要闻, 首页>>园区动态): its sections, the page's last
_BREADCRUMB = re.compile(r"^(?:(?:当前位置|您的位置|您现在的位置|现在位置|所在位置)\s*[:：]?\s*|(?=(?:网站)?首页\s*(?:>|»|›|→)))"
                         r"(?P<trail>.+)$")
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>+|»|›|→|/)\s*")


def breadcrumb_from_line(line: str) -> list[str]:
    """The sections a breadcrumb line names, home first (["首页", "新闻中心", "某市要闻"]); [] for
    another line. Class 4: on a local site the section often is the only place the page names."""
    m = _BREADCRUMB.match(line.strip())
    if not m:
        return []
    items = [item for item in _CRUMB_SEPARATOR.split(m.group("trail")) if item]
    return items if len(items) >= 2 else []
