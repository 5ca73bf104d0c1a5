"""Numbers and money amounts in Chinese news text.

Written by hand rather than with jionlp's money extractor because that one joins an amount to
the words after it ("总投资28亿元,分别是", "10亿元,分两期") and loses the figure. Everything here
works on one span of text and reports offsets so callers can look at the words around it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_CN_DIGITS = "零〇一二两三四五六七八九十百千"
# A count of things as written ("12个", "十几家", "多批"): the indicator and project rules share it.
COUNT = r"(?:\d+|[一二三四五六七八九十两几多]+)"
# A number as written: Arabic (with thousands separators, a comma or a space as some sites group
# digits: "1,236.8", "5 000"; decimals, a stray space after the point: "218. 5亿元") or Chinese numerals.
NUMBER = (
    r"(?:\d+(?:[,，]\d{3})+(?:[.．]\d+)?|(?<![\d.．])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)(?:[.．]\d+)?"
    r"|\d+(?:[.．] ?\d+)?"
    rf"|[{_CN_DIGITS}]*[一二两三四五六七八九十][{_CN_DIGITS}]*(?:点[零〇一二三四五六七八九]+)?)"
)
# 40多 / 50余 / 2000多 are recorded at the stated number.
_FUZZ = r"(?P<fuzz>多|余)?"
_MAGNITUDES = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3, "": 1.0}
_FOLD = {"千亿": (1000, "亿"), "百亿": (100, "亿"), "千万": (1000, "万"), "百万": (100, "万"), "千": (1000, "")}
_CURRENCIES = {
    "元": "CNY", "元人民币": "CNY", "人民币": "CNY", "美元": "USD", "美金": "USD", "欧元": "EUR",
    "日元": "JPY", "港元": "HKD", "港币": "HKD", "英镑": "GBP", "韩元": "KRW",
}
_MAG = r"(?P<mag>万亿|千亿|百亿|亿|千万|百万|万|千)"
_CUR = r"元人民币|元|人民币|美元|美金|欧元|日元|港元|港币|英镑|韩元"
_BEFORE = r"(?P<pre>(?<![签合节制预契公大])约|近|超过|超|逾|不低于|不少于|不超过|大约|将近|高达|达)?"
# "1亿2000万元", "二十五亿五千万元": 亿 and 万 in one amount, read as 亿 with the 万 as its fraction.
_YI_WAN = rf"亿(?P<wan>\d{{1,4}}|[{_CN_DIGITS}]+)万(?=(?:多|余)?(?:{_CUR}))"
# "10亿元", "3000万美元", "1.2万亿元", "人民币5亿元", "十亿元"; a bare "10亿" counts as yuan when
# it is not followed by another unit (亿吨, 亿度, 亿只 ...).
MONEY_RE = re.compile(
    rf"{_BEFORE}(?:人民币)?(?P<num>{NUMBER})?{_FUZZ} ?(?:(?:{_YI_WAN}|{_MAG})(?P<fuzz2>多|余)?(?P<cur>{_CUR})?|(?P<cur2>{_CUR}))"
    r"(?P<post>以上|左右|多|余)?"
)
_WAN_AFTER = re.compile(rf"(?:\d{{1,4}}|[{_CN_DIGITS}]+)万")
_NOT_MONEY_AFTER = re.compile(r"[吨度只件台套辆个人次户平方千米公里瓦伏株棵头亩罐盒瓶支片粒张册级立千kKmMgGwW㎡]")


@dataclass(frozen=True, slots=True)
class Amount:
    """One money amount: `number` and `unit` as written, `value` in units of `currency`."""

    number: float
    unit: str
    value: float
    currency: str
    qualifier: str | None
    start: int
    end: int

    @property
    def yuan(self) -> float | None:
        """Value in yuan, or None when the amount is in another currency."""
        return self.value if self.currency == "CNY" else None


@lru_cache(maxsize=1 << 14)
def to_number(text: str) -> float | None:
    """Arabic or Chinese numeral -> float ("1,200" -> 1200, "三十五" -> 35, "两" -> 2). Memoized:
    cn2an parses in Python, and pages repeat their numerals (一, 两, 十余)."""
    text = re.sub(r"[,，\s\u2009\u202f]", "", text).replace("．", ".")
    try:
        return float(text)
    except ValueError:
        pass
    import cn2an  # here, not at the top: only Chinese numerals need it, and it takes 0.1 s to import

    try:
        return float(cn2an.cn2an(text.replace("〇", "零"), "smart"))
    except (ValueError, KeyError, IndexError):
        return None


def find_amounts(text: str) -> list[Amount]:
    """All money amounts in `text`, left to right."""
    return list(_find_amounts(text)) if _MONEY_HINT.search(text) else []


_MONEY_HINT = re.compile(r"[元亿币金]")


@lru_cache(maxsize=8192)
def _find_amounts(text: str) -> tuple[Amount, ...]:
    """Cached: projects and indicators both read every sentence's amounts."""
    out = []
    for m in MONEY_RE.finditer(text):
        if _is_money(m, text):
            amount = _build(m)
            if amount is not None:
                out.append(amount)
    return tuple(out)


def _is_money(m: re.Match, text: str) -> bool:
    num, mag, cur = m.group("num"), m.group("mag") or ("亿" if m.group("wan") else None), m.group("cur") or m.group("cur2")
    if not num:
        # "投资百亿元" and "突破千亿大关" are amounts; "亿元以上项目" is a size class, "千亿级" a scale.
        return mag in ("百亿", "千亿", "百万", "千万") and bool(cur or text.startswith("大关", m.end()))
    if cur:
        return True
    # A bare "10亿" or "1.2万亿" is yuan; a bare "2万" is too often something else (2万株, 2万平方米), and so is
    # "1亿2000万只", the 亿 of a count in another unit.
    return mag in ("亿", "万亿") and not _NOT_MONEY_AFTER.match(text, m.end()) and not _WAN_AFTER.match(text, m.end())


def parse_amount(text: str) -> Amount | None:
    """The first money amount in `text` ("总投资约28亿元" -> 2.8e9 CNY, qualifier 约), or None."""
    found = find_amounts(text)
    return found[0] if found else None


def _build(m: re.Match) -> Amount | None:
    number = to_number(m.group("num")) if m.group("num") else 1.0
    wan = to_number(m.group("wan")) if m.group("wan") else 0.0
    if number is None or wan is None:
        return None
    number, mag = (round(number + wan / 1e4, 6), "亿") if m.group("wan") else (number, m.group("mag") or "")
    if mag in _FOLD:  # 3千万元 -> 3000万元, 百亿元 -> 100亿元: keep the units annotators use
        number, mag = number * _FOLD[mag][0], _FOLD[mag][1]
    cur = m.group("cur") or m.group("cur2") or "元"
    qualifier = m.group("pre") or m.group("post") or m.group("fuzz") or m.group("fuzz2")
    if qualifier in ("达", "高达"):
        qualifier = None
    if m.group("post") in ("多", "余") and not mag:
        return None
    return Amount(
        number=number,
        unit=mag + ("元" if cur in ("元人民币", "人民币") else cur),
        value=round(number * _MAGNITUDES[mag], 2),  # 76.32 x 1e8 is 7631999999.999999 in floats
        currency=_CURRENCIES[cur],
        qualifier=qualifier,
        start=m.end("pre") if m.group("pre") in ("达", "高达") else m.start(),
        end=m.end(),
    )
