"""Industrial parks named in an article: zone-type patterns + gazetteer + jieba boundaries.

A mention is a zone-type word (ZONE_TYPES) plus the name prefix before it. The prefix is read
backwards over jieba tokens up to a clean boundary (punctuation, a preposition, a cue verb, another
zone) and split into leading places (gazetteer) and a modifier: 大连市|旅顺|经济技术开发区,
稀土|高新区, 株洲高新区|青峰金谷|工业园. Mentions with the same family and core (modifier, else
place) are one park; bare mentions (高新区, 经开区) join the article's park of that family (the
title may name it; not a park named as a trip's goal or a model, nor one in another city than the
page's own), or take the article's place (its publisher's or local dateline's, else the one it
names most); plural or class mentions (各开发区, 国家级经开区, 湖北省高新区) name no park. Weak types
(新区, 示范区) need a place in the name; sub-parks (工业园, 产业园, 产业基地) need the text to place
something in them, and a company's 产业园项目 is a project. A bonded zone written right after its host (某某高新区综合保税区) is a park
of its own; an experimental zone's short form (某市航空港经济综合实验区 -> 航空港区) is a mention of
it once the page names it in full.
"""
from __future__ import annotations

import collections
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import ahocorasick_rs

from park_pipeline.language.gazetteer import COUNTY_UNITS, RARE_FREQ, Place, gazetteer, short_name
from park_pipeline.language.vocabulary import (COMPARISON_VERBS, COOPERATION_PARTNERS, COOPERATION_REGIONS,
                                               DELEGATION_WORDS, FOUNDING_VERBS, LEGAL_SUFFIXES, NATIONAL_NEW_AREAS,
                                               PARK_OBJECT_VERBS, PUBLIC_FIRM_WORDS, SUB, TRADE_WORDS, WEAK, ZONE_TYPES,
                                               ZONE_WORDS, alternation)
from park_pipeline.language.ner import tagged_words
from park_pipeline.language.segment import dictionary, tag_spans

# a bare mention may stand for a named park of these families (开发区 also names 经开区 and 高新区)
_COMPATIBLE = {"开发": ("开发", "经开", "高新"), "经开": ("经开", "开发")}
_MERGE_FAMILY = {"开发": "经开"}  # 西宁开发区 and 西宁经济技术开发区 are one park
# a bare 高新区/经开区/开发区 with no named park is the article's own (its place inferred); bare
# 综合保税区, 新区, 产业集聚区, 临空经济区 are as often generic ("综合保税区是...开放层次最高的")
_INFER_FAMILIES = frozenset({"高新", "经开", "开发"})
_LEVELS = {"国家级": "national", "国家": "national", "省级": "provincial", "市级": None, "县级": None, "区级": None}
# tokens that end a name prefix when read backwards; the page's own unit (我市, 本县) names no park
# but points at the page's own one (class 1: 我县经开区 is the page's county's)
_BOUNDARY_WORDS = frozenset(
    "在 于 自 位于 走进 来到 前往 赴 到 至 以 从 与 和 及 同 对 向 为 将 把 由 是 的 了 等 并 或 暨 即 经 使 让 被 据 "
    "全市 全区 全省 全国 全县 该 该区 我区 本区 该市 我市 本市 该县 我县 本县 各 其 这 那 此 首个 首家 依托 围绕 入驻 落户 进驻 落地 推动 助力 "
    "打造 建设 举行 召开 获悉 参观 考察 调研 实施 推进 加快 支持 服务 支撑 带动 引领 聚焦 发挥 成为 作为 包括 "
    "主要 分别 其中 目前 今年 去年 近年来 今年以来 年度 季度 月份 年底 年初 省 市 县 区 片区 以上".split()) \
    | set(PARK_OBJECT_VERBS) | set(FOUNDING_VERBS)
_ONE_CHAR_BOUNDARY = frozenset(w for w in _BOUNDARY_WORDS if len(w) == 1)
# words right before a zone word that make it a class of zones: plural, counted, levels (省级及以上), or the
# zone sought by a founding verb (class 3: 创建高新区)
_GENERIC_BEFORE = frozenset("各 各类 各级 全省 全国 全市 我省 本省 各地 所有 其他 其它 多个 多家 一批 家 个 座 重点 国内 省内 全球 "
                            "以上".split()) | set(FOUNDING_VERBS)
# counted or joined units before a zone word make it plural (三市高新区, 两区一县开发区, 各市高新区, 市县开发区)
_COUNTED_UNITS = re.compile(r"(?:[一二两三四五六七八九十几多数各]+[省市县区州])+|[省市县区]{2,3}")
_LEADING_DROP_TAGS = ("v", "d", "p", "c", "r", "m", "q", "t", "f", "u")
# modifiers that describe rather than name (依托专业园区, 辽宁省特色产业园区)
_GENERIC_MOD = re.compile(r"^(?:专业|特色|重点|相关|有关|各类|现代|主要|周边|其他|整个|省级|市级|国家级|"
                          r"工业|产业|配套|新建|现有|示范|生态|综合|科技|智慧|新型|一批|多个|省|市|区|县)+$")
_SUB_CUE_BEFORE = frozenset("在 于 位于 走进 来到 前往 赴 到 至 以 入驻 落户 进驻 依托 落地".split())
_SUB_CUE_AFTER = re.compile(r"^(?:共|已|内|获评|投资|完成|入驻|签约|拟|现有|引进|落户|新(?:签约|引进|落户|入驻|开工|增))")
# what follows a sub-park word that makes it a project (恒达智慧产业园项目), a list item (not of parks:
# 某某工业园区等3个园区), an office (府南园区办) or a modifier of another noun (发挥产业园优势)
_SUB_REJECT_AFTER = re.compile(r"^(?:(?:建设|基础设施|配套|[一二三四]期)?(?:项目|工程)|等(?!(?:[\d一二三四五六七八九十]+[个家])?园区)|"
                               r"办|[（(“”\"]|[一二三四]期|建设|优势|企业|发展|经济|政策|规划|管理|平台|模式)")
# a sub-park given an investment, built or run by a firm, or called a project is a firm's project
# (某集团投资30亿元的某某产业园区, 由某公司打造的某某信创产业园区, 某集团规划建设…, 某集团旗下的…, 某某产业园区总投资30亿元,
# 某某产业园区是某集团投资建设的项目), wherever else it is named (class 3)
_PROJECT_BEFORE = re.compile(rf"(?:投资[^，。；,;]{{0,12}}?[亿万]元|投资(?:建设|兴建|新建)|"
                             rf"(?:{alternation(LEGAL_SUFFIXES)})[^，。；,;的]{{0,4}}?(?:建设|打造|兴建|新建|开发|运营|投建|旗下))的?$")
# the next item of a list is a zone (…工业园区、某某高新区…), or a sub-park written as a zone's area
# (…工业园区、某某工业园区分别…), not as a firm's (…产业园、某某产业园等项目)
_ZONE_ITEM = re.compile(rf"、[^、，。；,;]{{0,10}}?(?:{alternation(w for w, t in ZONE_TYPES.items() if t[3] != SUB or w.endswith('区'))})")
# ... or an item of a list of projects (引进建设某某产业园、某某产业园等项目)
_PROJECT_AFTER = re.compile(r"(?:项目)?(?:计划|预计)?总投资|是[^，。；,;]{0,24}项目|"
                            r"(?:、[^，。；,;、]{2,20}?)*等(?:[\d一二三四五六七八九十]+个|一批|重点|重大)*项目")
# the rest of a list of bare zone words closed by 等 (、经开区和综保区等): the list names zone types
_TYPE_LIST_AFTER = re.compile(rf"(?:[、和及与](?:{alternation(ZONE_WORDS)}))+等")
_CO_NAME = re.compile(r"[(（][\u4e00-\u9fff]{1,8}")  # an opening bracket, then the start of a park's other name
_DIRECTIONS = "东西南北"
_MAX_PREFIX = 10  # characters of name prefix read before a zone word
_MOD_TAGS = ("n", "j", "s", "eng")  # a park's own name (稀土, 大龙, 西海岸), not a verb phrase
_PROPER_TAGS = ("ns", "nr", "nz", "nt", "j")
_FAMILY_MODS = frozenset({"高新", "经开"})  # 成都高新综合保税区
# zones whose short form drops the long type for 区 (某市航空港经济综合实验区 -> 某市航空港区)
_SHORTENED_FAMILIES = frozenset({"实验区"})
_HOSTED_FAMILIES = frozenset({"综保", "保税"})  # zones a park hosts, written after its name (某某高新区综合保税区)
_NAME_BOUNDARY = frozenset("位于 走进 来到 前往 今年 去年 近年来 今年以来 年度 季度 月份 年底 年初 目前 其中 片区".split())
_COMPANY_ENDS = LEGAL_SUFFIXES  # a firm's name ends the prefix: 某某集团|产业园区, 某某股份|某市产业园
_JOINING_DOTS = frozenset("·•・")
_AREA_WORD_TAILS = ("域", "块")  # 区域, 区块: the 区 of a zone word read into another word
# a place in brackets in a park's name (中国(驻马店)…产业园), after what names a cooperation (class 2):
# China and a partner (中德(某市)…产业园, 中国—东盟(某市)…) or a partner city (东莞(韶关)产业转移工业园)
_QUOTED_NAME = re.compile(r"“([\u4e00-\u9fff]{2,6})”$")
_BRACKET_PLACE = re.compile(r"[(（]([\u4e00-\u9fff]{2,6})[)）]$")
_BRACKET_PARTNER = re.compile(
    rf"(?:中国?[-—–]?(?:{alternation(COOPERATION_REGIONS)})|中[{COOPERATION_PARTNERS}]{{1,2}}|中国)$")


def _place_short(name: str) -> str:
    """Short form of a place name as written (随州市 -> 随州, 沛县 stays)."""
    return short_name(name, gazetteer().places(name)[0].level)


def park_id(name: str) -> str:
    """Stable id of a park from its canonical name."""
    return "P" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


@dataclass
class Mention:
    start: int
    end: int
    zone: str
    places: list[str]
    mod: str
    level: str | None
    name_start: int  # where the written name (prefix included) begins
    sub_ok: bool = False
    generic: bool = False  # 全省各开发区, 多个国家级经开区: zones in general, not one park
    in_title: bool = False  # in the title or source: names the park; provenance comes from the text
    proper: bool = False  # the modifier is a proper name (长春|松原 -> 某某示范区), not a common noun (生态, 农业)
    project: bool = False  # a sub-park written as a firm's project
    bracket: str = ""  # a place in brackets that the name starts with, as written (中德(某市))

    @property
    def family(self) -> str:
        return ZONE_TYPES[self.zone][0]

    @property
    def kind(self) -> str:
        return ZONE_TYPES[self.zone][3]

    @property
    def core(self) -> str | None:
        if self.mod:
            return self.mod
        return _place_short(self.places[-1]) if self.places else None


@dataclass
class Park:
    name: str
    short_name: str
    province: str | None
    city: str | None
    level: str | None
    surface: str
    start: int
    end: int
    mentions: list[Mention] = field(default_factory=list)

    @property
    def park_id(self) -> str:
        return park_id(self.name)


_zone_ac = ahocorasick_rs.AhoCorasick(ZONE_WORDS, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
_SENT_BREAK = re.compile(r"[。！？!?；;\n]")


@dataclass
class _Prefix:
    places: list[str]
    mod_tokens: list[tuple[str, str]]  # (word, POS) of the modifier
    level: str | None
    boundary: str | None
    start: int  # where the written name begins
    generic: bool = False  # the word before the zone makes it plural or general (各, 多个, 229家)
    level_word: str | None = None  # the level written right before the zone word (贵阳国家|高新区)
    bracket: str = ""  # 中国(驻马店), 中德(沈阳): the name's bracketed place as written, brackets made ASCII

    @property
    def mod(self) -> str:
        return "".join(w for w, _ in self.mod_tokens)


def _prefix(text: str, start: int, prev_end: int, names: Mapping[str, list[Place]]) -> _Prefix:
    """Read the name prefix before a zone word, backwards to a clean boundary.

    Leading places must nest (四川|宜宾 yes, 宜宾|三江 -> 三江 is part of the modifier). Without a
    clean boundary within _MAX_PREFIX characters the prefix is empty (the mention is bare)."""
    lo = max(prev_end, start - _MAX_PREFIX - 6)
    brk = [m.end() for m in _SENT_BREAK.finditer(text, lo, start)]
    lo = brk[-1] if brk else lo
    toks = _split_glued(text, tag_spans(text[lo:start], lo), start, names)
    taken: list[tuple[str, str, int]] = []
    level = boundary = None
    clean = lo == prev_end or bool(brk) or lo == 0
    adjacent = None
    class_word = False  # 国家级经开区 with no name is the class of zones
    level_word = None
    for word, tag, ws, _ in reversed(toks):
        if adjacent is None and word not in _LEVELS:
            adjacent = (word, tag)
        if word in _LEVELS:  # 国家级拉萨经开区 (ends the name), 贵阳国家高新区 (inside it)
            level = level or _LEVELS[word]
            if taken:
                boundary, clean = word, True
                break
            class_word, level_word = True, word
            continue
        if (tag == "x" or not _is_han(word) or word in _BOUNDARY_WORDS or word in ZONE_TYPES
                or word.endswith(_COMPANY_ENDS) or (len(word) == 1 and tag[0] in "pcuyrmq")
                or _COUNTED_UNITS.fullmatch(word)):
            boundary, clean = word, True
            if word in _JOINING_DOTS and taken and ws > lo:  # 南宁·中关村科技园: a place joined by a dot leads the name
                before = tag_spans(text[max(lo, ws - 6):ws], max(lo, ws - 6))
                if before and before[-1][0] in names:
                    taken.reverse()
                    b = before[-2][0] if len(before) > 1 else _boundary_before(text, before[-1][2])
                    return _split(taken, names, level, b, before[-1][2], [before[-1][0]])
            if word == "”" and not taken and ws + 1 == start:  # class 2, “芯谷”产业园: a quoted name before the zone word
                m = _QUOTED_NAME.search(text, max(lo - 8, 0), start)
                if m:
                    quoted = [(w, t, qs) for w, t, qs, _ in tag_spans(m.group(1), m.start(1))]
                    return _split(quoted, names, level, _boundary_before(text, m.start()), m.start(), [])
            if word in ")）":  # 中国(驻马店)国际农产品加工产业园: a bracketed place is part of the name
                m = _BRACKET_PLACE.search(text, max(lo - 8, 0), ws + 1)
                if m and m.group(1) in names:
                    taken.reverse()
                    start = m.start()
                    partner = _BRACKET_PARTNER.search(text, max(0, start - 6), start)
                    lead = text[max(0, start - 4):start]  # a partner city right before the bracket
                    city = next((s for s, e, _ in gazetteer().find(lead) if e == len(lead)), None)
                    if partner or city is not None:
                        start = partner.start() if partner else start - len(lead) + city
                    pre = _split(taken, names, level, _boundary_before(text, start), start, [m.group(1)])
                    if start < m.start():
                        pre.bracket = text[start:m.end()].replace("（", "(").replace("）", ")")
                    return pre
            break
        if word not in names and sum(len(w) for w, _, _ in taken if w not in names) + len(word) > _MAX_PREFIX:
            clean = False
            break
        taken.append((word, tag, ws))
    generic = class_word or (adjacent is not None and (adjacent[0] in _GENERIC_BEFORE or adjacent[1][0] in "mq"
                                                       or bool(_COUNTED_UNITS.fullmatch(adjacent[0]))))
    anchors = [i for i, (w, _, _) in enumerate(taken) if w in names]
    if not clean and anchors:  # a place starts the name whatever precedes it
        boundary, clean = taken[anchors[-1] + 1][0] if anchors[-1] + 1 < len(taken) else None, True
        taken = taken[:anchors[-1] + 1]
    if not clean:
        return _Prefix([], [], level, None, start, generic)
    taken.reverse()
    while taken and taken[0][0] not in names and taken[0][1].startswith(_LEADING_DROP_TAGS):
        taken.pop(0)
    pre = _split(taken, names, level, boundary, taken[0][2] if taken else start, [])
    pre.generic = generic and not (pre.places or pre.mod)
    pre.level_word = level_word
    return pre


def _split_glued(text: str, toks, end: int, names) -> list[tuple[str, str, int, int]]:
    """jieba's HMM glues a preposition to the next unknown word (据县, 在县, 自长|吉): split it off
    and segment what follows it again (长吉); a verb of our own lists (对标) stays whole."""
    for i, (word, tag, ws, we) in enumerate(toks):
        if (len(word) > 1 and word[0] in _ONE_CHAR_BOUNDARY and word not in dictionary() and word not in names
                and word not in _BOUNDARY_WORDS):
            rest = tag_spans(text[ws + 1:end], ws + 1)
            return toks[:i] + [(word[0], "p", ws, ws + 1)] + _split_glued(text, rest, end, names)
    return toks


def _split(taken, names, level, boundary, pstart, places) -> _Prefix:
    """Split prefix tokens into nested leading places and the modifier."""
    g = gazetteer()
    i = 0
    while i < len(taken) and taken[i][0] in names:
        if places and not _nests(g.places(places[-1]), g.places(taken[i][0])):
            break
        places.append(taken[i][0])
        i += 1
    rest = taken[i:]
    inner = None if places else next((k for k in range(1, len(taken)) if taken[k][0] in names), None)
    # a place starts the name inside a prefix too long to be one (观摩团赴|西平县|产业集聚区) or after
    # words that cannot name a park (力争早日|随州|工业园区)
    if inner is not None and (sum(len(w) for w, _, _ in rest) > _MAX_PREFIX
                              or not all(_name_like(w, t) for w, t, _ in taken[:inner])):
        return _split(taken[inner:], names, level, taken[inner - 1][0], taken[inner][2], [])
    if sum(len(w) for w, _, _ in rest) > _MAX_PREFIX:  # too long to be a name
        return _Prefix([], [], level, None, pstart)
    return _Prefix(places, [(w, t) for w, t, _ in rest], level, boundary, pstart)


def _nests(outer: list[Place], inner: list[Place]) -> bool:
    return any(i.province == o.province and (o.level == "province" or i.city == o.city) and i.level != o.level
               for o in outer for i in inner)


def _boundary_before(text: str, pos: int) -> str | None:
    toks = tag_spans(text[max(0, pos - 4):pos])
    return toks[-1][0] if toks else None


def _is_han(word: str) -> bool:
    return all('\u4e00' <= ch <= '\u9fff' for ch in word) and word != "丨"


def _mentions(text: str, names: Mapping[str, list[Place]]) -> list[Mention]:
    out: list[Mention] = []
    prev_end = 0
    for idx, s, e in _zone_ac.find_matches_as_indexes(text):
        zone = ZONE_WORDS[idx]
        if zone.endswith("区") and text[e:e + 1] in _AREA_WORD_TAILS:
            continue  # class 4, 区 starts another word: 重点开发|区域, 优化开发|区块布局
        kind = ZONE_TYPES[zone][3]
        # 焦作高新区(示范区): a parenthesized zone word right after a mention is the same body, and so
        # is a sub-park's name (class 2: 某县经开区(某某工业园区), its other or former name)
        if out and text[e:e + 1] in ")）" and (
                (out[-1].end == s - 1 and text[s - 1] in "(（")
                or (kind == SUB and _CO_NAME.fullmatch(text, out[-1].end, s))):
            prev_end = e + 1
            continue
        host = out[-1] if out and out[-1].end == s and out[-1].kind != SUB and not out[-1].generic else None
        if host and ZONE_TYPES[zone][0] in _HOSTED_FAMILIES:
            out.append(_hosted(host, zone))
            prev_end = e
            continue
        pre = _prefix(text, s, prev_end, names)
        if kind != SUB and not pre.mod and _province_only(pre.places) and pre.level_word != "国家":
            pre = _Prefix([], [], pre.level, None, s, True)
        elif pre.mod and pre.mod + zone not in NATIONAL_NEW_AREAS and (
                (kind != SUB and (not _own_name(pre) or text[s - 1] == "”"))
                or (not pre.bracket and _verb_before(text, s - len(pre.level_word or ""), pre))):
            # a descriptive prefix, a quoted epithet (“动力谷”高新区; a sub-park's quoted name is its
            # name) or a verb (申报开发区, and before a level: 申报国家高新区): a bare mention; a
            # national new area's name is one however jieba splits it (滇|中)
            pre = _Prefix([], [], pre.level, None, s, pre.generic)
        m = Mention(s, e, zone, pre.places, pre.mod, pre.level, pre.start if pre.places or pre.mod else s,
                    generic=pre.generic or (not (pre.places or pre.mod) and _listed_type(text, pre.start, e)),
                    proper=all(t.startswith(_PROPER_TAGS) or w not in dictionary() for w, t in pre.mod_tokens),
                    bracket=pre.bracket)
        if kind == SUB:
            m.sub_ok = _sub_ok(text, m, pre, prev_end)
            m.project = bool(_PROJECT_BEFORE.search(text, max(0, m.name_start - 16), m.name_start)
                             or _PROJECT_AFTER.match(text, m.end, m.end + 40)
                             or (pre.boundary or "").endswith(_COMPANY_ENDS)  # 某某股份|某市产业园: the firm's
                             or _firm_named(pre, names))
        out.append(m)
        prev_end = e
    return out


def _hosted(host: Mention, zone: str) -> Mention:
    """A bonded zone written right after the park that hosts it (某某高新区综合保税区) is a park of
    its own, named by its host: the host's place, name and short type are its name."""
    place = _place_short(_naming_place(host)) if host.places else ""
    return Mention(host.end, host.end + len(zone), zone, [], place + host.mod + ZONE_TYPES[host.zone][2], host.level,
                   host.name_start, proper=True)


def _short_forms(text: str, ms: list[Mention], names: Mapping[str, list[Place]]) -> list[Mention]:
    """Mentions of a zone by its short form, its own name and 区 (某市航空港经济综合实验区 -> 航空港区,
    某市航空港区), once the page (title included) names it in full: a short form is read as the
    zone's only then, as 港区 alone names nothing."""
    spans = sorted((m.name_start, m.end) for m in ms if not m.in_title)
    out: list[Mention] = []
    for full in {m.mod: m for m in ms if m.family in _SHORTENED_FAMILIES and len(m.mod) >= 2}.values():
        for hit in re.finditer(re.escape(full.mod) + "区(?!域)", text):  # not 空港区域
            s, e = hit.span()
            if any(a < e and s < b for a, b in spans):
                continue
            pre = _prefix(text, s, max((b for _, b in spans if b <= s), default=0), names)
            out.append(Mention(s, e, full.zone, pre.places, full.mod, pre.level, pre.start if pre.places else s,
                               proper=full.proper))
    return out


def _name_like(word: str, tag: str) -> bool:
    """A token that can name a park: a noun, or a word jieba does not know (小蓝, tagged a by its
    HMM) but not a known adjective or verb (壮大), nor a phrase jieba lists as a noun that ends in
    a common verb (大力发展)."""
    if len(word) >= 4 and (end := dictionary().get(word[-2:])) and end[1] in ("v", "vn") and end[0] >= _COMMON_FREQ:
        return False
    return tag.startswith(_MOD_TAGS) or (tag == "a" and word not in dictionary())


def _verb_before(text: str, start: int, pre: _Prefix) -> bool:
    """Class 4, a verb before the zone word (深化开发区改革, 规范开发区管理): is the modifier's last word a
    common word that jieba lists as a noun (or a name: 申报 nz) but the tagging model reads as a verb
    in this sentence?
    Both must agree: the model alone calls names verbs too (富民, 腾飞), and jieba knows few of
    those as common words."""
    word, tag = pre.mod_tokens[-1]
    entry = dictionary().get(word)
    if entry is None or entry[0] < RARE_FREQ or not _name_like(word, tag):
        return False
    lo = max(0, start - _MAX_PREFIX - len(word))
    pos = lo
    for w, t in tagged_words(text[lo:start + 6]):
        pos += len(w)
        if pos == start:
            return w.endswith(word) and t in ("v", "vd")
    return False


def _listed_type(text: str, start: int, end: int) -> bool:
    """A bare zone word in a list of zone types (工业园区、高新技术产业开发区等; the first item too, when
    only bare zone words follow it up to 等: 高新区、经开区等各类园区, class 3) or plural (开发区们)."""
    return text[start - 1:start] == "、" or text[end:end + 1] in ("等", "们") or bool(_TYPE_LIST_AFTER.match(text, end))


def _province_only(places: list[str]) -> bool:
    """湖北省高新区 is the province's zones in general; 北京经开区 names one (北京 is also a city), and
    so does a province's national zone written 国家 (not 国家级) before the zone word (山南国家高新区)."""
    return bool(places) and all(p.level == "province" for n in places for p in gazetteer().places(n))


def _own_name(pre: _Prefix) -> bool:
    """Is the modifier of a zone's prefix a name (稀土, 小蓝, 西海岸, 成都|高新) rather than words
    describing it (项目建设主战场, 壮大, 美丽繁荣和谐)? Without a place before it, it must also
    follow punctuation or a preposition."""
    if pre.mod in _FAMILY_MODS:
        return True
    if len(pre.mod) > 4:
        return False
    if pre.places:  # after a place the words are the name (广州|知识城, jieba tags 知识 v); only the last is checked
        return bool(pre.bracket) or _name_like(*pre.mod_tokens[-1])  # all of them after 中韩(某市)
    if not all(_name_like(w, t) for w, t in pre.mod_tokens):
        return False
    b = pre.boundary
    return bool(pre.places) or b is None or len(b) == 1 or b in _NAME_BOUNDARY or not _is_han(b)


def _sub_ok(text: str, m: Mention, pre: _Prefix, prev_end: int) -> bool:
    """A named sub-park counts when the text places something in it (see module doc)."""
    g = gazetteer()
    if m.mod:
        if len(m.mod) < 2 or _GENERIC_MOD.match(m.mod) or (pre.boundary in _LEVELS and not m.places):
            return False  # 国家级绿色工业园区: a level before a sub-park's words makes it a class or an honour
        if m.zone == "园区" and prev_end != pre.start and not all(t.startswith(_PROPER_TAGS) for _, t in pre.mod_tokens):
            return False  # 园区 alone is generic: only proper names (官桥园区)
    elif not m.places or (m.places[-1].endswith(("市", "省"))
                          and any(p.level != "county" for p in g.places(m.places[-1]))):
        return False  # 银川市工业园区 is the city's parks taken together; 苏州工业园区 is one park
    after = text[m.end:m.end + 12]
    if _SUB_REJECT_AFTER.match(after):
        return False
    clause = re.split(r"[，。；,;！？]", text[m.end:m.end + 80], maxsplit=1)[0]
    if after.startswith("、") and "项目" in clause and not _ZONE_ITEM.match(after):
        return False  # one item of a list of projects, not of zones (某某工业园区、某某高新区共签约项目)
    if pre.start > 0 and text[pre.start - 1] in "“\"":
        return False
    if m.zone == "产业基地":  # mostly a project's or a plan's (打造新材料产业基地)
        return pre.boundary in _SUB_CUE_BEFORE
    return (pre.boundary in _SUB_CUE_BEFORE or prev_end == pre.start or m.zone.endswith("区")
            or bool(_SUB_CUE_AFTER.match(after)))


_STREET_AFTER = re.compile(r"^(?:路|街|大道|大街|道|桥|村|社区|小学|中学)")
# a place that starts a private firm's name (深圳市|恒达电子科技有限公司) is the firm's home, not the
# page's: the words after it are a brand (a word jieba does not know as common) and then nouns
_FIRM_AFTER = re.compile(rf"[\u4e00-\u9fffA-Za-z0-9]{{1,14}}?(?:{alternation(LEGAL_SUFFIXES)})")
_COMMON_FREQ = 1000  # jieba frequency of a common word, which no brand is
# a firm written without its legal form: a brand jieba takes for a name, then its trade (深圳|恒达科技、)
_BRANDED_TRADE = re.compile(rf"([\u4e00-\u9fff]{{2,3}}?)(?:{alternation(TRADE_WORDS)})(?=[、，。；,;和与及等的\s])")
_BRAND_TAGS = ("nz", "nr", "nrt")
_SENTENCE_TAGS = ("v", "p", "c", "d", "u", "r")  # a verb, preposition, ... makes a sentence of a name
# a place that starts the name of a university, an institute or an exchange (北京大学, 深圳证券交易所)
_INSTITUTION_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:大学|学院|研究院|研究所|交易所)")
# the reporter's own place: a dateline (衡阳讯, 衡阳5月6日电, 衡阳报道) or where the reporter learnt
# the news (记者从衡阳市获悉, 记者近日在衡阳看到)
_DATELINE_AFTER = re.compile(r"\d{1,2}月\d{1,2}日[讯电]|讯|报道")
_LOCAL_DATELINE_AFTER = re.compile(r"(?:\d{1,2}月\d{1,2}日)?讯|报道")  # not a wire's bureau (新华社南昌…电)
_REPORTER_BEFORE = re.compile(r"记者[^，。；,;\n]{0,6}?(?:从|在|来到|走进|深入)$")
_OWN_WEIGHT = 3  # the reporter's place counts as the title's
_INSTITUTION_WEIGHT = 0.1  # an institution's home only breaks ties
# where a park's team travels to court investors or learn (赴深圳、东莞开展招商, 到苏州学习考察): elsewhere
_TRIP_BEFORE = re.compile(r"(?:赴|前往|奔赴|远赴|飞赴|到)[^，。；,;！？\n]{0,12}$")
_TRIP_AFTER = re.compile(r"[^，。；,;！？\n]{0,16}?(?:招商|对接|推介|洽谈|拜访|取经|学习|参展|引才|招才|招引)")
# ... or the city a park holds a promotion in (在上海举行的招商推介会上, 在深圳举办项目对接会): the city
# itself, not a park or venue of the page's (在某某高新区举行…)
_VENUE_AFTER = re.compile(r"市?(?:举行|举办|召开)[^，。；,;！？\n]{0,14}?(?:招商|推介|洽谈|对接)")
_ORIGIN_WORDS = ("来自", "来自于")  # 来自深圳的企业: where firms or people come from
# what a park is held up against (学习借鉴苏州工业园区, 比肩某某, 与某某高新区相比, 以某某为标杆)
_COMPARISON_BEFORE = re.compile(rf"(?:{alternation(COMPARISON_VERBS)})[^，。；,;！？\n]{{0,3}}$")
_COMPARISON_AFTER = re.compile(r"[^，。；,;！？\n]{0,12}?(?:相比|相较|看齐|为标杆|为榜样)")
# a delegation from its place coming to the page's (某市考察团一行来高新区, 某某代表团莅临)
_VISITORS_AFTER = re.compile(rf"[^，。；,;！？\n]{{0,10}}?(?:{alternation(DELEGATION_WORDS)})(?:一行)?"
                             r"[^，。；,;！？\n赴]{0,6}?(?:来|莅临|到访|走进|抵达)")


def _is_brand(word: str) -> bool:
    """A word that can be a private firm's brand: one jieba does not know, or knows as a name
    (恒达, 华为 nr), and not a public firm's word (城投, 高新)."""
    entry = dictionary().get(word)
    return (entry is None or entry[1] in _BRAND_TAGS) and not word.startswith(PUBLIC_FIRM_WORDS)


def _firm_named(pre: _Prefix, names: Mapping[str, list[Place]]) -> bool:
    """Class 3, a sub-park named by a firm, its brand and trade (恒达科技信创产业园, 某某新能源汽车产业园):
    the firm's project, not a park. A place's name (泰安化工产业园) or a common word (光谷) is no brand."""
    toks = pre.mod_tokens
    return (not pre.places and len(toks) >= 2 and 2 <= len(toks[0][0]) <= 3 and toks[0][0] not in names
            and _is_brand(toks[0][0]) and toks[1][0] in TRADE_WORDS)


def _organisation_homes(text: str) -> dict[tuple[str, str], float]:
    """(place, first two characters after it) -> weight, for the places a page writes as the home
    of an organisation rather than its own: a private firm's (深圳市恒达电子科技有限公司, and so its
    short name 深圳恒达) counts nothing, a university's, institute's or exchange's (与北京大学合作,
    在深圳证券交易所上市) a tenth, as the local college is as likely as one elsewhere. A city's or
    zone's own state firm (某市城市建设投资集团, 某某高新投资公司) is no brand and counts in full, and
    a verb (某市引进恒达集团) shows a sentence, not a name."""
    g = gazetteer()
    homes: dict[tuple[str, str], float] = {}
    for _, e, name in g.find(text):
        inst = _INSTITUTION_AFTER.match(text, e)
        if inst and not any(t in _SENTENCE_TAGS for _, t, _, _ in tag_spans(inst.group())):
            homes.setdefault((_place_short(name), inst.group()[:2]), _INSTITUTION_WEIGHT)
            continue
        branded = _BRANDED_TRADE.match(text, e)
        if branded and _is_brand(branded.group(1)):
            homes[(_place_short(name), branded.group(1)[:2])] = 0
            continue
        m = _FIRM_AFTER.match(text, e)
        if not m:
            continue
        toks = tag_spans(m.group())
        brand = toks[0][0]
        entry = dictionary().get(brand)
        if (brand.startswith(PUBLIC_FIRM_WORDS) or (entry is not None and entry[0] >= _COMMON_FREQ)
                or _zone_ac.find_matches_as_indexes(m.group())
                or any(t in _SENTENCE_TAGS for _, t, _, _ in toks)):
            continue
        homes[(_place_short(name), m.group()[:2])] = 0
    return homes


def _mask_homes(text: str, homes: dict[tuple[str, str], float]) -> str:
    """The text without the places that are only a firm's home (they place nothing of the page's)."""
    for s, e, name in gazetteer().find(text):
        if homes.get((_place_short(name), text[e:e + 2])) == 0:
            text = text[:s] + "□" * (e - s) + text[e:]
    return text


def _elsewhere(part: str, s: int, e: int) -> bool:
    """Is the place at part[s:e] another's: the goal of a trip (赴深圳开展招商) or where a promotion is
    held (在上海举行的招商推介会), what a park is held up against (对标苏州工业园区, 向某某高新区看齐), a
    visiting delegation's home (某市考察团来高新区), or where firms or people come from (来自深圳的企业)?"""
    return bool((_TRIP_BEFORE.search(part, max(0, s - 14), s) and _TRIP_AFTER.match(part, e))
                or (part[s - 1:s] == "在" and _VENUE_AFTER.match(part, e))
                or part.endswith(_ORIGIN_WORDS, max(0, s - 3), s)
                or _COMPARISON_BEFORE.search(part, max(0, s - 8), s) or _COMPARISON_AFTER.match(part, e)
                or _VISITORS_AFTER.match(part, e))


def _main_place(text: str, title: str | None, source: str | None, ctx: collections.Counter,
                homes: dict[tuple[str, str], float]) -> tuple[Place | None, float, bool]:
    """The city (or, when it is named more, one of its counties) the article is about, its city's
    score, and whether the page's own place gave it.

    The page's own place wins: the place its publisher is named after (来源:某市人民政府网, 某某日报),
    else a local dateline's (衡阳讯, 记者从衡阳获悉), when one city holds that rank (a title may name
    a visitor's city as readily as the page's: it only weighs).
    Otherwise a city scores its own mentions plus half of its counties'; a place in the title or
    source or in a dateline counts three times, a university's a tenth; a firm's home (深圳市恒达…公司
    invests in a park elsewhere), another's place (_elsewhere), street names (玉溪路) and short county
    names outside park names and datelines (新建, 路桥) do not count.
    Class 1, a county (县, 县级市) that is the publisher's (某县融媒体中心) or a local dateline's, also
    written right after its city (郴州资兴讯, 记者从郴州资兴获悉), is the page's place within that city,
    however often the city is named (its leaders visit): the page's bare 经开区 is the county's."""
    g = gazetteer()
    counts: collections.Counter = collections.Counter()
    rank: dict[str, int] = {}  # city -> its best own rank: 2 publisher, 1 local dateline
    own_county: set[Place] = set()  # counties that are the publisher's or a local dateline's (某县融媒体中心, 郴州资兴讯)
    parts = [(1, text, False)] + [(_OWN_WEIGHT, h, h is source) for h in (title, source) if h]
    for weight, part, publisher in parts:
        other_end = -1  # where the last place of another's ends: the next item of its list is another's too
        prev: tuple[int, Place, bool] | None = None  # (end, place, local) of the last place counted
        for s, e, name in g.find(part, nested=True):
            if _elsewhere(part, s, e) or (s == other_end + 1 and part[other_end] in "、和及与"):
                other_end = e
                continue
            if _STREET_AFTER.match(part[e:e + 2]):
                continue
            nested = _county_in(name, prev[1]) if prev and prev[0] == s else None
            p = nested or g.resolve(name, ctx, prefer_city=True)
            if p is None or p.level == "province":
                continue
            local = bool(_LOCAL_DATELINE_AFTER.match(part, e) or _REPORTER_BEFORE.search(part, max(0, s - 12), s)
                         or (nested and prev[2]))
            if (p.level == "county" and name != p.name and not nested and not local
                    and not _zone_ac.find_matches_as_indexes(part[e:e + 9])):
                continue
            home = homes.get((_place_short(name), part[e:e + 2]))
            if home == 0:
                continue
            prev = (e, p, local)
            if home is not None:
                counts[p] += weight * home
            elif _DATELINE_AFTER.match(part, e) or local:
                counts[p] += _OWN_WEIGHT
            else:
                counts[p] += weight
            own = 2 if publisher and s == 0 else 1 if local else 0
            if own and home is None:
                rank[p.city] = max(rank.get(p.city, 0), own)
                if p.level == "county" and p.name.endswith(COUNTY_UNITS):
                    own_county.add(p)
    if not counts:
        return None, 0.0, False
    score: collections.Counter = collections.Counter()
    for p, n in counts.items():
        score[p.city] += n if p.level == "city" else n / 2
    top = max(rank.values(), default=0)
    owned = [c for c, r in rank.items() if r == top]
    city = owned[0] if len(owned) == 1 else max(score, key=lambda c: score[c])
    own = max((p for p in counts if p.city == city), key=lambda p: (p in own_county, counts[p], p.level == "city"))
    return own, score[city], len(owned) == 1


def _county_in(name: str, city: Place) -> Place | None:
    """The county (县, 县级市: not a district, 株洲天元 is 株洲) of that name in a city, when the
    name follows the city's (郴州|资兴)."""
    if city.level != "city":
        return None
    return next((p for p in gazetteer().places(name)
                 if p.level == "county" and p.city == city.city and p.name.endswith(COUNTY_UNITS)), None)


def _locate(places: list[str], ctx: collections.Counter, main: Place | None, dominant: bool,
            text: str) -> tuple[str | None, str | None]:
    """Province and prefecture city of a park from its leading places, else the article's place.

    A lone county name from another province than the article's is trusted when that province is
    named elsewhere in the text, or when the name is unambiguous and the article is not clearly
    about one city: 北湖 in a story full of 长春 is not 郴州's 北湖区, 江北新区 in a 南京 story not
    宁波's, but 江宁经开区 in a national list is 南京's."""
    g = gazetteer()
    resolved = [p for p in (g.resolve(n, ctx, prefer_city=True) for n in places) if p]
    if resolved:
        p = resolved[-1]
        lone_foreign = p.level == "county" and len(resolved) == 1 and main is not None and p.province != main.province
        if (not lone_foreign or g.context(text.replace(places[-1], ""))[p.province] >= 1
                or (len(g.places(places[-1])) == 1 and not dominant)):
            city = p.city
            if city is None and main and main.province == p.province:
                city = main.city
            return p.province, city
    if main:
        return main.province, main.city
    return None, None


def _place_inside(name: str, ctx: collections.Counter) -> tuple[str | None, str | None]:
    """Province and city of the first place written inside a name (天津港保税区 -> 天津)."""
    g = gazetteer()
    for _, _, found in g.find(name):
        p = g.resolve(found, ctx)
        if p:
            return p.province, p.city
    return None, None


def find_parks(text: str, title: str | None = None, person_names: tuple[str, ...] = (),
               source: str | None = None) -> tuple[list[Park], list[tuple[int, int, int]]]:
    """Parks of an article and every mention's span with the index of its park.

    Offsets are into `text`. Places inside `person_names` do not count (闫晋中 is not 晋中). The
    title and the source line (来源:岳阳经济技术开发区, or the site's host: www.yueyang.gov.cn, read
    as its place) help to name a park the text calls only 经开区 and to infer the article's place; a
    park named only there has no sentence, so it is not reported."""
    if source:
        source = gazetteer().place_of_host(source) or source
    hints = [h for h in (title, source) if h]
    full = "\n".join(hints + [text])
    plain = _mask(text, person_names)
    homes = _organisation_homes(full)
    ctx = gazetteer().context(_mask_homes(_mask(full, person_names), homes))
    main, main_score, owned = _main_place(plain, title, source, ctx, homes)
    main_short = short_name(main.name, main.level) if main else ""
    groups: dict[tuple[str, str], list[Mention]] = {}
    bare: list[Mention] = []
    # place names of this page: the gazetteer's, and short names it leaves out as ordinary words
    # when the page also writes the full name (正定县 ... 正定高新区) or a zone word follows a rare one
    zone_starts = [s for _, s, _ in _zone_ac.find_matches_as_indexes(full)]
    names = collections.ChainMap(gazetteer().page_words(full, zone_starts), gazetteer().by_name)
    title_ms = [m for h in hints for m in _mentions(h, names)]
    for m in title_ms:
        m.in_title = True
    text_ms = _mentions(text, names)
    text_ms += _short_forms(text, title_ms + text_ms, names)
    for m in title_ms + text_ms:
        if m.in_title and not m.core:
            continue
        if m.core:
            groups.setdefault((_MERGE_FAMILY.get(m.family, m.family), m.core), []).append(m)
        elif m.kind != SUB and not m.generic:
            bare.append(m)
    # weak types need a place in at least one mention or a proper name written twice, sub-parks a
    # placing context and no mention as a project; a park named only inside quoted slogans is not
    # one the text reports on
    keep = {k: ms for k, ms in groups.items()
            if (ms[0].kind != WEAK or any(m.places for m in ms)
                or (len(ms) >= 2 and (ms[0].zone == "新区" or all(m.proper for m in ms)))
                or any(m.mod + m.zone in NATIONAL_NEW_AREAS or _city_abbreviated(m.mod, main_short) for m in ms))
            and (ms[0].kind != SUB or (any(m.sub_ok for m in ms) and not any(m.project for m in ms)))
            and not _only_in_slogans(text, ms)}
    for m in bare:
        fams = _COMPATIBLE.get(m.family, (m.family,))
        cands = [k for k in keep if k[0] in fams and keep[k][0].kind != SUB]
        # not a park the text names only as another's (a trip's goal, a model to follow), nor, when
        # the page's own place is known, one in another city: the page calls neither 高新区
        cands = [k for k in cands if any(m.in_title for m in keep[k]) or (
            not all(_elsewhere(text, m.name_start, m.end) for m in keep[k])
            and (not owned or _group_city(keep[k], ctx) in (None, main.city)))]
        if cands:
            keep[max(cands, key=lambda k: (len(keep[k]), k[1] == main_short, -keep[k][0].start))].append(m)
        elif main and m.family in _INFER_FAMILIES and not m.level:  # 国家级经开区 alone is a class
            keep.setdefault((_MERGE_FAMILY.get(m.family, m.family), main_short), []).append(m)
    keep = {k: ms for k, ms in keep.items() if not all(m.in_title for m in ms)}
    parks: list[Park] = []
    for (_, core), ms in sorted(keep.items(), key=lambda kv: min(m.start for m in kv[1] if not m.in_title)):
        ms.sort(key=lambda m: (not m.in_title, m.start))
        parks.append(_make_park(text, core, ms, main_short))
    hosts = [p for p in parks if p.mentions[0].kind != SUB]
    host = max(hosts, key=lambda p: len(p.mentions)) if hosts else None
    for park in hosts + [p for p in parks if p not in hosts]:
        best = max(park.mentions, key=lambda m: len(m.places))
        # a sub-park lies in the article's park unless its name starts with another place (a study
        # trip to 苏州工业园区); a co-built 无锡连云港…产业园 in a 连云港 story still lies in the host
        if park.mentions[0].kind == SUB and host and (not best.places or _names_city(park.name, host.city)):
            park.province, park.city = host.province, host.city
        else:
            places = best.places or [p for p in [_leading_place(best.mod)] if p]
            if places and places[-1] + best.zone in gazetteer().by_name:  # 滨海新区 is a district itself
                places = places[:-1] + [places[-1] + best.zone]
            park.province, park.city = _locate(places, ctx, main, main_score >= 3, full)
            national = next((NATIONAL_NEW_AREAS[m.mod + m.zone] for m in park.mentions
                             if m.mod + m.zone in NATIONAL_NEW_AREAS), None)
            if national and (not places or (park.province == national[0] and park.city is None)):
                park.province, park.city = national
            if park.province is None:
                park.province, park.city = _place_inside(park.name, ctx)
            if park.province is None:  # no place of its own: the province the page names most
                park.province = max((p for p in ctx if p in gazetteer().provinces), key=lambda p: ctx[p], default=None)
    owner = sorted((m.start, m.end, i) for i, park in enumerate(parks) for m in park.mentions if not m.in_title)
    return parks, owner


def _city_abbreviated(mod: str, city_short: str) -> bool:
    """Class 2, a zone named by the first character of the page's city and a direction (郑东新区 on a
    郑州 page): its name holds its place."""
    return len(mod) == 2 and mod[1] in _DIRECTIONS and bool(city_short) and mod[0] == city_short[0]


def _group_city(ms: list[Mention], ctx: collections.Counter) -> str | None:
    """The city a park's mentions name it after (None when they name no place)."""
    best = max(ms, key=lambda m: len(m.places))
    name = best.places[-1] if best.places else _leading_place(best.mod)
    p = gazetteer().resolve(name, ctx, prefer_city=True) if name else None
    return p.city if p else None


def _leading_place(mod: str) -> str | None:
    """A place jieba glued into the first word of a modifier (钦州港 -> 钦州)."""
    found = gazetteer().find(mod)
    return found[0][2] if found and found[0][0] == 0 and found[0][1] < len(mod) else None


def _names_city(name: str, city: str | None) -> bool:
    """Does a park's name contain the city (随州市 or 随州)?"""
    return bool(city) and (city in name or _place_short(city) in name)


def _only_in_slogans(text: str, ms: list[Mention]) -> bool:
    """Is every mention in the text part of a longer quotation (以“宜居宜业马尾新城,开放开发福州新区”
    为主题), not a quoted name alone (“两江新区”)? An unclosed quote or a sentence break in between
    says no. Title mentions do not count either way."""
    in_text = [m for m in ms if not m.in_title]
    for m in in_text:
        opening, closing = text.rfind("“", 0, m.name_start), text.find("”", m.end)
        if opening < 0 or closing < 0 or "”" in text[opening:m.name_start]:
            return False
        quote = text[opening + 1:closing]
        if len(quote) <= m.end - m.name_start or _SENT_BREAK.search(quote):
            return False
    return bool(in_text)


def _mask(text: str, names: tuple[str, ...]) -> str:
    for name in names:
        text = text.replace(name, "□" * len(name))
    return text


def _naming_place(m: Mention) -> str:
    """The place a park's canonical name starts with: the last one written, except that a zone with
    its own name written after its city and district (某市某区空港经开区) is named by the city; a
    sub-park keeps its district (某市某区家具产业园 is the district's)."""
    g = gazetteer()
    if m.mod and m.kind != SUB and len(m.places) >= 2 and all(p.level == "county" for p in g.places(m.places[-1])):
        city = next((n for n in reversed(m.places[:-1]) if any(p.level == "city" for p in g.places(n))), None)
        if city:
            return city
    return m.places[-1]


def _make_park(text: str, core: str, ms: list[Mention], main_short: str) -> Park:
    """Canonical names from the most informative mention: place + modifier + long zone type."""
    best = max(ms, key=lambda m: (bool(m.places), bool(m.mod), m.family != "开发", len(m.zone), -m.start))
    family, long_form, short_form, kind = ZONE_TYPES[best.zone]
    if family == "开发" and any(m.family == "经开" for m in ms):
        long_form, short_form = "经济技术开发区", "经开区"
    place = _place_short(_naming_place(best)) if best.places else core
    if not best.places and best.mod:  # 稀土高新区 in a 包头 story is 包头稀土高新区, 钦州港经开区 names its own
        place = ("" if best.mod.startswith(main_short) or best.mod + best.zone in NATIONAL_NEW_AREAS
                 or _leading_place(best.mod) else main_short)
    if best.bracket:  # the official name as written, its place in brackets; the short name leads with the place
        name = best.bracket + best.mod + (best.zone if kind == SUB else long_form)
        short = place + best.mod + (best.zone if kind == SUB else short_form)
    elif kind == SUB:  # sub-parks keep their written name (青峰金谷工业园, 生物产业园区)
        name = place + best.mod + best.zone if best.places else best.mod + best.zone
        short = (best.mod or place) + best.zone
    else:
        name = place + best.mod + long_form
        short = (best.mod if len(best.mod) >= 2 else place + best.mod) + short_form
    text_ms = [m for m in ms if not m.in_title]
    # the first mention of the park's own family: a bare 开发区 before 新乡高新区 is not its surface
    first = next((m for m in text_ms if m.family == best.family), text_ms[0])
    start = first.name_start
    if not first.core and best.mod and text[start - len(best.mod):start] == best.mod:
        start -= len(best.mod)  # 调研天府新区: the name was there, its prefix only looked descriptive
    return Park(name=name, short_name=short, province=None, city=None,
                level=next((m.level for m in ms if m.level), None),
                surface=text[start:first.end], start=start, end=first.end, mentions=ms)
