"""Project and company names reduced to what linking compares: a company (brand, trade, legal
form) and a product core.

"湖北恒润新材料有限公司年产5万吨锂电池隔膜项目一期" -> company 湖北恒润新材料有限公司 (brand 恒润,
trade 新材料) and product 锂电池隔膜: quotes, brackets, phases, capacities, places and the
company's own name stripped. Two products are alike when rapidfuzz says so or when one ends the
other (the head noun of a Chinese product name comes last).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from park_pipeline.language.gazetteer import gazetteer
from park_pipeline.language.vocabulary import (
    LEGAL_SUFFIXES, ORGANISATION_WORDS, PRODUCT_ALIASES, PRODUCT_TAILS, SERVICE_TRADE_WORDS, TRADE_WORDS, ZONE_WORDS, alternation,
)

# A shared ending counts as the same product when it covers this much of the shorter name: the
# head noun of a Chinese product name comes last (锂电池隔膜 / 隔膜, 电子级氢氟酸 / 氢氟酸).
SHARED_HEAD = 0.6


_QUOTES_RE = re.compile(r"[“”\"'‘’《》「」『』]")


_PARENS_RE = re.compile(r"[（(][^（）()]*[）)]")


PHASE_RE = re.compile(r"第?([一二三四五六七八九十1-9])期(?:工程|项目)?")


# A phase written right after a name ("恒润隔膜项目一期", "（二期）").
_PHASE_AFTER_RE = re.compile(r"^[（(]?第?([一二三四五六七八九十1-9])期")


# A core material or stem shared by two names counts when it covers this much of the shorter one
# (磷酸铁锂 / 继磷酸铁锂 / 磷酸铁锂正极材料) and is at least STEM_CHARS long.
SHARED_STEM, STEM_CHARS = 0.75, 3


_PRODUCT_TAIL_RE = re.compile(rf"(?:{alternation(PRODUCT_TAILS)})$")


_ALIAS_OF = {alias: group[0] for group in PRODUCT_ALIASES for alias in group[1:]}


_ALIAS_RE = re.compile(alternation(_ALIAS_OF))


_LEGAL_NAME_RE = re.compile(rf"^.{{2,30}}?(?:{alternation(LEGAL_SUFFIXES)})")


_LEGAL_SUFFIX_RE = re.compile(rf"(?:{alternation(LEGAL_SUFFIXES)})$")


# Words that tell what a company does rather than who it is: 恒润新材料科技 -> brand 恒润.
_TRADE_WORD_RE = re.compile(alternation(TRADE_WORDS + SERVICE_TRADE_WORDS + ORGANISATION_WORDS))


# Trade words that are never a product by themselves, dropped after a brand in a project name
# (恒润新材料电解液 -> 电解液) while 恒润锂电池隔膜 keeps its 锂电池.
_TRADE_HEAD_RE = re.compile(
    r"^(?:新材料|新能源|智能装备|科技|技术|化学|化工|材料|实业|控股|发展|工业|产业|投资|集团|股份|国际|装备|"
    r"智能|食品|动力|新材)+"
)


_PARK_WORD_RE = re.compile(rf"^(?:{alternation(ZONE_WORDS)}|市|省|县|区)")


_CAPACITY_RE = re.compile(
    r"(?:年产(?:能)?|年处理|年加工|年出栏|年吞吐)?[0-9０-９.]+(?:万|千|亿|百)?"
    r"(?:吨|台|套|件|辆|片|平方米|平米|只|个|GWh|GW|MWh|MW|兆瓦|千瓦|瓦|立方米|条|张|双|箱|头|羽|组|吉瓦)"
)


_CAPACITY_NUMBER_RE = re.compile(r"[0-9０-９.]+(?:万|千|亿|百)?(?:吨|台|套|件|辆|片|GWh|GW|MWh|MW|兆瓦|吉瓦|头|只|个|条)")


_LEAD_FILLER_RE = re.compile(r"^(?:新建|扩建|续建|改扩建|建设|投资|年产)+")


_TAIL_FILLER_RE = re.compile(
    r"(?:项目|工程|生产基地|基地|产业园|园区|生产线|建设|生产|新建|扩建|技改|改扩建|及配套(?:设施)?|配套|产业化)+$"
)


@dataclass(frozen=True)
class Company:
    """A company as linking sees it: brand (恒润), trade (新材料), and whether it came from a legal
    name (湖北恒润新材料有限公司) rather than a short form the text used (恒润锂电)."""

    brand: str
    trade: str
    legal: bool

    def agrees(self, other: "Company") -> bool:
        """Same brand; trades count only between legal names (short forms borrow product words)."""
        if not (self.brand and other.brand):
            return False
        same_brand = self.brand == other.brand or (
            min(len(self.brand), len(other.brand)) >= 2 and (self.brand in other.brand or other.brand in self.brand)
        )
        return same_brand and (not (self.legal and other.legal) or trades_agree(self.trade, other.trade))


def trades_agree(a: str, b: str) -> bool:
    """新材料 / 新材料科技 / (none) agree; 化学 / 电子 do not."""
    return not a or not b or a in b or b in a


@lru_cache(maxsize=4096)
def company_of(name: str | None) -> Company:
    """湖北恒润新材料有限公司 -> Company(恒润, 新材料): legal suffix, places and parentheses stripped."""
    if not name:
        return Company("", "", False)
    core = _PARENS_RE.sub("", _QUOTES_RE.sub("", name))
    legal = bool(_LEGAL_SUFFIX_RE.search(core))
    core = _LEGAL_SUFFIX_RE.sub("", core)
    core = _strip_places(core) or core
    trade = _TRADE_WORD_RE.search(core, 2)  # a brand has two characters at least (华电, 中化学)
    brand = core[: trade.start()] if trade else core
    return Company(brand, core[len(brand):], legal)


def _strip_places(text: str) -> str:
    """Leading place and park words: 随州高新区恒润新材料 -> 恒润新材料."""
    while True:
        found = gazetteer().find(text[:12])
        if found and found[0][0] == 0 and len(text) > found[0][1]:
            text = text[found[0][1]:]
            continue
        park = _PARK_WORD_RE.match(text)
        if park and len(text) > park.end():
            text = text[park.end():]
            continue
        return text


@lru_cache(maxsize=16384)
def name_core(surface: str) -> tuple[str, str | None]:
    """(product core, company named in it): "湖北恒润新材料有限公司年产5万吨锂电池隔膜项目一期" ->
    ("锂电池隔膜", "湖北恒润新材料有限公司"); quotes, phases, capacity and filler words go."""
    text = PHASE_RE.sub("", _PARENS_RE.sub("", _QUOTES_RE.sub("", surface)))
    legal = _LEGAL_NAME_RE.match(text)
    company = legal.group(0) if legal and len(text) > legal.end() else None
    if company:
        text = text[legal.end():]
    text = _strip_places(text)
    text = _CAPACITY_RE.sub("", text)
    text = _LEAD_FILLER_RE.sub("", text)
    text = _TAIL_FILLER_RE.sub("", text)
    return text, company


@lru_cache(maxsize=65536)
def without_brand(core: str, company: Company) -> str:
    """The product part of a core that starts with the company: 恒润新材料电解液 -> 电解液."""
    if not company.brand or not core.startswith(company.brand):
        return core
    rest = core[len(company.brand):]
    if company.trade.startswith(rest):
        return ""  # 华能光伏 of 华能光伏科技: the company alone, no product
    if company.trade and rest.startswith(company.trade):
        rest = rest[len(company.trade):]  # the short form and then the product: 鸿芯电子印制电路板 -> 印制电路板
    return rest[_TRADE_HEAD_RE.match(rest).end():] if _TRADE_HEAD_RE.match(rest) else rest


@lru_cache(maxsize=262144)  # linking compares the same cores again and again across a park's projects
def product_similarity(a: str, b: str) -> float | None:
    """0-100, or None when either side names no product. A short name that ends a long one is the
    same product (隔膜 / 锂电池隔膜); sharing only modifiers is not (锂电池隔膜 / 锂电池电解液)."""
    if not a or not b:
        return None
    a, b = _ALIAS_RE.sub(lambda m: _ALIAS_OF[m.group(0)], a), _ALIAS_RE.sub(lambda m: _ALIAS_OF[m.group(0)], b)
    shorter, longer = sorted((a, b), key=len)
    if longer.endswith(shorter) and len(shorter) >= 2:
        return 100.0
    if shorter in longer and len(shorter) >= 3:
        return 85.0
    if len(shorter) >= 3 and _is_subsequence(shorter, longer):
        return 80.0  # an abbreviation: 芯片封测 / 车规级功率芯片封装测试
    prefix = os.path.commonprefix([a, b])
    if len(prefix) >= 2:  # a shared modifier, a park's or a grade's ("X科技城A区" / "X科技城B区"): the rest decides
        return product_similarity(a[len(prefix):], b[len(prefix):]) or 0.0
    stem_short, stem_long = sorted((product_stem(a), product_stem(b)), key=len)
    if len(stem_short) >= 2 and stem_long.endswith(stem_short):
        return 90.0  # the same product under another generic word: 复合调味料 / 调味品
    common = _longest_common(shorter, longer)
    if common >= STEM_CHARS and common / len(shorter) >= SHARED_STEM:
        return 80.0  # the core material: 磷酸铁锂 of 继磷酸铁锂 / 磷酸铁锂正极材料
    shared_head = len(head_noun(shorter, longer))
    head_score = 80.0 if shared_head / len(shorter) >= SHARED_HEAD else 0.0
    return max(fuzz.ratio(a, b), head_score)


def head_noun(a: str, b: str) -> str:
    """The ending two products share, when it is a word (2+ characters) and not a generic tail:
    铜箔 of 锂电铜箔 / 电解铜箔; "" for 锂电池隔膜 / 锂电池电解液 or 复合材料 / 正极材料."""
    head = os.path.commonprefix([a[::-1], b[::-1]])[::-1]
    return head if len(head) >= 2 and head not in PRODUCT_TAILS else ""


def phase_of(surface: str, sentence: str | None = None) -> str | None:
    """"一期", "二期" … of a mention, from its name or the words right after it in its sentence
    ("恒润隔膜项目一期在随州高新区投产"); None when no phase is named."""
    found = PHASE_RE.search(surface)
    if not found and sentence:
        where = sentence.find(surface)
        found = _PHASE_AFTER_RE.match(sentence[where + len(surface):]) if where >= 0 else None
    return f"{found.group(1)}期" if found else None


def capacity_of(surface: str) -> str | None:
    """The capacity a mention states in its name ("年产5万吨锂电池隔膜项目" -> 5万吨), else None."""
    found = _CAPACITY_NUMBER_RE.search(surface)
    return found.group(0) if found else None


def product_stem(core: str) -> str:
    """The product without a generic tail: 复合调味料 -> 复合调味, 调味品 -> 调味."""
    stem = _PRODUCT_TAIL_RE.sub("", core)
    return stem if len(stem) >= 2 else core


def _longest_common(a: str, b: str) -> int:
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] not in b:
                break
            best = j - i
    return best


def _is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(ch in chars for ch in short)

