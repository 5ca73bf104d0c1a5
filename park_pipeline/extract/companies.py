"""Named business enterprises.

Three sources, all cheap: (1) spans ending in a company suffix (有限公司, 集团, 公司 ...) cut back to
where the name starts; (2) public lists of firms that news names without a suffix (A-share short
names, SASAC's central enterprises and their numbered bureaus: data/*.txt, sources in their
headers), matched with Aho-Corasick and kept only where jieba puts a word boundary on both sides;
(3) guesses the rules check: a brand followed by an industry word at the head of a project name
(after the park hosting it: 高新区某某科技…项目; before its site in brackets: 某某凉茶(某市)项目;
not words the model reads as describing the product: 优质粮油, 冷链物流) or in an enumeration of
firms ("峰岭化工年产...项目", "A、B等多家企业", "A、B和C3家企业", "入驻企业有A、B"), a firm
described then named, a firm before its officer's title, a foreign firm after its country (CLDR's
names) or before its China arm (某国某某, 某某在华), a short name (brand and trade) that a cue marks
as a firm (某某科技负责人, 与某某光电签约, A、B与高新区签约, 某某在园区投资, 与某某就…洽谈, 走进A、B,
业主为A) or that opens a clause where the model reads one organisation (某某科技今年营收…), a Latin
brand with the Chinese name after it (ABC天地物流), a brand the model reads as a proper noun before
a product word (某某新型疫苗基地项目), a name before its head office, plant or shop (某某总部, 某某超级
工厂), before an officer's title with the officer named after it (某某董事长张三) or before a stock code
(某某(688123)), a city and a brand before a plant's capacity (株洲某某年产…). A transliterated name the
model reads as a person's (jieba's nrt names against its nr ones) may be a firm; a Chinese one is not.
A listed name that opens with a trade word is the tail of the longer name it is read in (某某 +
电气风电). Where no rule reads a name, the model (LAC) says which words are organisations. A short
name declared after a legal name (以下简称…) is that firm; a person the page names before a trade
word (王某智能化改造) is no firm, nor is an officer listed after a firm's title. Government bodies,
schools, associations, media, classes of firms (专精特新, 瞪羚) and generic phrases are dropped, and so
are places (gazetteer): a city alone or with a suffix (长沙, 长沙公司), a place before an industry
word (合肥新能源), a cooperation's partners heading a park (中德, 东盟), lists of places ("武汉、长沙等
地企业"), list items ending in a place ("产品可供应武汉"), sectors listed like firms ("区块链、石墨烯等
领域企业") and parks or sites the model reads as organisations (某某软件园).
"""
from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from importlib import resources

import ahocorasick_rs
import rjieba

from park_pipeline.extract.project_names import name_spans
from park_pipeline.language.gazetteer import gazetteer, is_place
from park_pipeline.language.lexicon import jieba_dictionary, transliterated
from park_pipeline.language.ner import org_spans, tagged_words
from park_pipeline.language.vocabulary import (
    COOPERATION_PARTNERS, COOPERATION_REGIONS, FIRM_CATEGORIES, GOVERNMENT_BODIES, INSTITUTION_WORDS, LEGAL_SUFFIXES,
    ORGANISATION_WORDS, PROJECT_ROLES,
    SERVICE_TRADE_WORDS, SUB, TITLE_WORDS, TRADE_WORDS, ZONE_TYPES, ZONE_WORDS,
    alternation,
)
from park_pipeline.extract.sentences import Sentence

_HAN = r"\u4e00-\u9fff"
# a bare 股份 is no legal form in 股份制 and 股份合作
_SUFFIX_RE = re.compile(rf"(?:{alternation(s for s in LEGAL_SUFFIXES if s != '股份')}|股份(?![制合]))")
# Parenthesised place inside a name: 厦工机械(焦作)有限公司, 淳华氢能源科技(湖南)有限公司.
_NAME_CHARS = re.compile(rf"[{_HAN}A-Za-z0-9&·（）()]")
_CUT_RE = re.compile(
    r"(?:的|了|在|对|与|和|及|以及|暨|同|向|由|从|将|是|为|把|被|让|据|等|如|(?<!所)有(?!限)|跟|给|请|由于|包括|其中|以来|以|关于|对于|"
    rf"{alternation(PROJECT_ROLES + ('合作方', '签约方'))}|"
    r"现任|担任|曾任|兼任|出任|旗下|下属|所属|(?:平台|运营|上市|子|分|母|总)公司|"
    r"高新区|开发区|经开区|新区|园区|工业园|产业园|示范区|保税区|"
    r"签约|签订|签署|引进|落户|入驻|设立|成立|组建|注册|走访|考察|参观|调研|来到|深入|走进|看望|"
    r"携手|依托|支持|推动|帮助|对接|洽谈|会见|接待|表示|介绍|认为|说|称|获悉|了解到|"
    r"查看|察看|督查|观摩|紧盯|聚焦|围绕|培育|扶持|龙头企业|领军企业|企业(?!管理|服务|发展|咨询|孵化)|行业|全球|世界|国内|"
    rf"国际(?!{alternation(TRADE_WORDS + SERVICE_TRADE_WORDS)})|我国|中国机器人|美国|日本|德国|法国|英国|韩国|"
    r"新加坡|卢森堡|意大利|荷兰|瑞士|瑞典|丹麦|芬兰|奥地利|比利时|西班牙|加拿大|澳大利亚|以色列|"
    r"前\d+强|\d+强|500强|负责人|董事长|总经理|总裁|副总裁)"
)
_LEAD_STRIP = re.compile(
    r"^(?:[“”\"'《》「」『』\-—·.]|[0-9]+[日月年号]|原为|今年|去年|近日|日前|目前|此前|近年来|当天|当日|同时|"
    r"[(（][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]是)+"  # list marks: (一), 二是
)
_GENERIC_HEAD = re.compile(
    r"^(?:该|本|其|这家|那家|一家|两家|多家|\d+家|各|每家|子|分|母|总|上市|龙头|民营|国有|外资|合资|独资|"
    r"科技型|高新技术|骨干|重点|规上|规模以上|中小|小微|平台|城投|投资|控股|运营|管理|建设|开发|物业|"
    r"相关|有关|其他|其它|同类|下属|旗下|全资|参股|关联|跨国|集团|公司|股份|新|老|大|小|几家|数家|全|我|我们|"
    r"有限|有限责任|责任|国企|央企|企业|资本|资产|金融|产业|发展|城市|交通|水务|文旅|科技|实业|劳务|派遣|"
    r"新能源|能源|总部|区域|销售|研发|生产|"
    r"临时工|贸易|商贸|咨询|服务|担保|融资|租赁|供应链|置业|房地产|地产|工程|园区|区属|市属|省属|县属|地方|当地|本地|外地|外省|海外|境外|"
    r"[央国民外港台侨]资|"
    r"[一二三四五六七八九十百千]+家|[市区县省镇])*$"
)
# Bodies that are never firms, whatever follows their name; institutions, media and places are
# not firms unless the name carries a company's legal form (某某研究院有限公司 is a firm).
_NOT_COMPANY_RE = re.compile(alternation(GOVERNMENT_BODIES))
_INSTITUTION_RE = re.compile(rf"局$|厅$|部$|处$|中心$|站$|馆$|{alternation(INSTITUTION_WORDS)}")
_LEGAL_FORM_END = re.compile(r"(?:有限|有限责任|股份|集团)公司$")
_INDUSTRY = alternation(TRADE_WORDS)
_INDUSTRY_RE = re.compile(_INDUSTRY)
# A brand of two to four characters, or a Latin one with a Chinese one after it (ABC恒安医疗): one name
_BRAND = rf"(?:[A-Za-z]{{2,}}+(?!{_INDUSTRY})[{_HAN}]{{2,4}}?|[{_HAN}A-Za-z]{{2,4}}?)"
_BRAND_INDUSTRY_RE = re.compile(rf"^(?P<brand>{_BRAND})(?P<ind>{_INDUSTRY})")
# Words that are not brands ("新能源汽车零部件项目" has no company in it).
_NOT_BRAND = re.compile(
    r"^(?:新能|高性|新材|新一|高新|大型|中型|小型|全自|全产|多功|超高|超级|年产|年处|全国|全省|全市|重要|海工|光电|"
    r"永磁|风电|核电|光热|地热|水电|火电|燃料|时代|高端|高强|智能|绿色|数字|现代|先进|新型|国际|中国|"
    r"全球|综合|产业|工业|汽车|零部|装配|配套|研发|生产|制造|加工|建设|基础|配件|关键|核心|国产|国家|省级|"
    r"市级|区级|城市|生态|文化|旅游|商业|物流|医疗|医药|生物|电子|信息|能源|材料|化工|机械|装备|环保|农业|"
    r"食品|科技|创新|功能|动力|储能|氢能|锂电|光伏|半导|集成|人工|机器|通用|专用|高科|战略|新兴|未来|"
    r"海洋|航空|航天|轨道|交通|电力|水务|燃气|钢铁|有色|稀土|医养|健康|教育|科创|总部|物联|数据|软件|"
    r"网络|互联|云计|算力|第三|单晶|多晶|碳基|碳纤|磷酸|三元|正极|负极|隔膜|电解|铜箔|铝箔|[央国民外港台侨]资|[0-9])"
)
# A cooperation's partners or region heading a park's or project's name (中德智能制造产业园, 中国—东盟
# 电子信息产业园, 长三角某某合作区): the name holds no firm.
_COOPERATION_LEAD = re.compile(
    rf"^(?:中国?[-—–]?(?:{alternation(COOPERATION_REGIONS)})|中[{COOPERATION_PARTNERS}]|{alternation(COOPERATION_REGIONS)})")
# "A、B等多家企业", "A、B等行业龙头" list firms; "长沙、武汉等地企业" / "等城市的企业" lists places.
# "A、B和C3家企业" counts the list it closes (the caller checks that a list is there).
_LIST_OF_FIRMS_RE = re.compile(
    r"等(?!地|城市|省|市|国|周边|区县|县|区域|地区|乡镇|片区)[^，,。；;、：:等]{0,14}?(?:企业|公司|集团|单位|龙头|巨头)(?!家)"
    r"|(?P<count>(?<=[\u4e00-\u9fffA-Za-z])[0-9一二两三四五六七八九十]+家(?:企业|公司))")
# A class of firms listed like a firm ("国家级专精特新“小巨人”、瞪羚等企业").
_FIRM_CATEGORY_RE = re.compile(rf"(?:[国省市区县]级|[“”\"])*(?:(?:{alternation(FIRM_CATEGORIES)})[“”\"]?)+")
# "上市企业3家,分别为A、B、C", "签约企业为A、B和C": the list follows.
_FIRMS_HEAD_RE = re.compile(
    r"(?:企业|公司)[^，,。；;]{0,8}[，,]?\s*(?:分别为|分别是|包括|主要有)[:：]?"
    r"|(?:签约|入驻|落户|落地|引进|招引|新增|投产|参展|合作|重点|龙头|骨干|上市)(?:企业|公司)(?:有|为)(?=[^，,。；;]{2,20}[、和])")
_PROJECT_WORD_RE = re.compile(r"项目|基地|产业园|工程|生产线")


# Public lists of firms that news names without a legal form: A-share short names (证券简称) and
# SASAC's central enterprises; each file's header names its source.
_PUBLIC_FIRM_LISTS = ("data/listed_companies.txt", "data/central_enterprises.txt")
# CLDR's Chinese names of the other countries (header of the file): news names a foreign firm
# after its country.
_COUNTRIES = "data/countries.txt"
# A listed short name that jieba knows as a frequent ordinary word (生态, 机器人) or as a place
# (中关村) reads as that word far more often than as the firm; organisations (nt) stay.
_COMMON_WORD_FREQ = 300
_GENERIC_PART = frozenset(TRADE_WORDS + SERVICE_TRADE_WORDS + ORGANISATION_WORDS + ("新", "信息", "科技"))


def _read_list(path: str) -> set[str]:
    text = resources.files("park_pipeline.extract").joinpath(path).read_text(encoding="utf-8")
    return {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}


@lru_cache(maxsize=1)
def _known() -> ahocorasick_rs.AhoCorasick:
    """Matcher over the public firm lists, less the names that read as ordinary words; built once
    per process."""
    names = set().union(*map(_read_list, _PUBLIC_FIRM_LISTS))
    return ahocorasick_rs.AhoCorasick(sorted(n for n in names if _reads_as_firm(n)),
                                      matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST)


def _reads_as_firm(name: str) -> bool:
    """False for short names that are ordinary words or places (生态, 中关村), or made only of
    trade and organisation words and places (中国动力, 海南发展, 新产业)."""
    if _common_word(name) or (name[0] == "新" and _common_word(name[1:])):  # 新天地, 新动力 read as phrases
        return False
    return not all(part in _GENERIC_PART or is_place(part) for part in rjieba.cut(name))


def _common_word(word: str) -> bool:
    """A word jieba lists as a place or as frequent and no organisation: it reads as that word."""
    entry = jieba_dictionary().get(word)
    return bool(entry) and (entry[1] == "ns" or (entry[0] >= _COMMON_WORD_FREQ and entry[1] != "nt"))


def find_companies(sentences: list[Sentence], people: Collection[str] = ()) -> list[dict]:
    """Companies named in the sentences, one dict per distinct company (first mention). `people`
    are the persons the page names: a guessed firm that is one of them before a trade word
    (王某 | 智能化改造) is the person in a phrase."""
    cands = []  # (priority, pos, name, sentence); known names beat suffix names beat brand guesses
    aliases = set()
    for sent in sentences:
        suffixed = _suffix_names(sent.text)
        aliases.update(_aliases(sent.text, suffixed))
        spans = [(s, s + len(n)) for s, n in suffixed]
        # 中国某某集团 inside 中国某某集团材料研究院有限公司 is the parent's name, not a second firm
        suffixed = [(s, n) for s, n in suffixed if not _inside(s, s + len(n), spans)]
        guesses = (_brand_names(sent.text) + _described_names(sent.text) + _titled_firms(sent.text)
                   + _foreign_firms(sent.text) + _cued_firms(sent.text) + _subject_firms(sent.text)
                   + _coded_firms(sent.text))
        known = [(s, n) for s, n in _known_names(sent.text) + _bureau_names(sent.text)
                 if not _inside(s, s + len(n), spans)]
        tails = [(s, n) for s, n in known if _TRADE_HEAD_RE.match(n)]
        if tails:
            guesses = [_with_tail(s, n, tails) for s, n in guesses]
            known = [k for k in known if not _tail_of(*k, guesses)]
        guesses = [(s, n) for s, n in guesses if not _person_before_trade(n, people)]
        for prio, found in enumerate((known, suffixed, guesses)):
            for start, name in found:
                name = _normalize(name)
                if name:
                    cands.append((prio, sent.start + start, name, sent))
    out: list[dict] = []
    for prio, pos, name, sent in sorted(cands, key=lambda c: (c[0], c[1])):
        if name in aliases or any(_same(name, prev["name"], prio) for prev in out):
            continue
        out.append({"name": name, "sentence": sent.text, "sent_start": sent.start, "sent_end": sent.end, "pos": pos})
    names = [r["name"] for r in out]
    out = [r for r in out if not (len(r["name"]) <= 3 and any(n != r["name"] and n.startswith(r["name"]) for n in names))
           and not (_TRADE_HEAD_RE.match(r["name"]) and any(n.find(r["name"]) > 0 for n in names))]
    out.sort(key=lambda r: r["pos"])
    return out


def _person_before_trade(name: str, people: Collection[str]) -> bool:
    """A person the page names, then trade words: no brand (王某智能 in 王某智能化改造项目)."""
    return any(len(p) >= 2 and name.startswith(p) and _TRADES_RE.fullmatch(name[len(p):]) for p in people)


_TRADES_RE = re.compile(rf"(?:{_INDUSTRY}|{alternation(SERVICE_TRADE_WORDS)})+")


# "某某股份有限公司(以下简称“某某股份”)": the short name the text goes on to use for the firm.
_ALIAS_RE = re.compile(r"\s*[(（](?:以下简称|以下称|下称|简称)[:：]?\s*[“\"「『]?(?P<alias>[^)）“”\"「」『』]{2,12})[”\"」』]?[)）]")


def _aliases(text: str, suffixed: list[tuple[int, str]]) -> set[str]:
    """Short names declared right after a firm's legal name: the same firm, not a second one."""
    return {m.group("alias") for start, name in suffixed
            if (m := _ALIAS_RE.match(text, start + len(name)))}


def _tail_of(start: int, name: str, found: list[tuple[int, str]]) -> bool:
    """A listed name that opens with a trade word, read inside a longer name that starts before it:
    the tail of a subsidiary's name (某某 + 电气风电 is the firm 某某电气风电, not 电气风电)."""
    return bool(_TRADE_HEAD_RE.match(name)) and any(
        s < start and start + len(name) <= s + len(n) for s, n in found)


def _with_tail(start: int, name: str, tails: list[tuple[int, str]]) -> tuple[int, str]:
    """A guessed name (brand and trade) that ends inside a listed name opening with a trade word
    runs on to that name's end (某某电气 | 电气风电 -> 某某电气风电)."""
    for s, n in tails:
        if start < s < start + len(name) < s + len(n):
            return start, name + n[start + len(name) - s:]
    return start, name


_TRADE_HEAD_RE = re.compile(rf"^(?:{_INDUSTRY}|{alternation(SERVICE_TRADE_WORDS)})")


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """A known short name inside a longer suffixed name (娃哈哈 in 西藏娃哈哈食品有限公司)."""
    return any(a <= start and end <= b and (a, b) != (start, end) for a, b in spans)


def _same(a: str, b: str, prio: int) -> bool:
    """Same firm written again: equal names, the same brand with another suffix (恒嘉公司/恒嘉集团),
    or a brand guess that overlaps a firm already found. A short name and a longer legal name
    (中粮 / 吉林中粮生物材料有限公司) are different entries, as annotators list both."""
    if a == b:
        return True
    core_a, core_b = _core(a), _core(b)
    if _brand_part(a) == _brand_part(b) and len(core_a) >= 2 and _SUFFIX_RE.search(a) and _SUFFIX_RE.search(b):
        return True  # 恒嘉公司 / 恒嘉集团; a group and its trade's subsidiary (恒嘉集团 / 恒嘉化工公司) are two
    if _TRADE_HEAD_RE.match(b) and a.find(b) > 0:
        return False  # 某某电气风电 is not the listed 电气风电 it ends in (which is dropped)
    return prio == 2 and (a in b or b in a or (len(core_a) >= 2 and core_a == core_b))


@lru_cache(maxsize=1 << 14)
def _core(name: str) -> str:
    """Brand part of a name: no place in front, no suffix or industry words behind. Memoized with
    _brand_part: _same compares every candidate of a page with every firm kept."""
    return re.sub(rf"(?:{_INDUSTRY})+$", "", _brand_part(name))


@lru_cache(maxsize=1 << 14)
def _brand_part(name: str) -> str:
    """A name without the place in front and the legal form behind: brand and trade."""
    name = re.sub(r"[(（][^)）]*[)）]", "", name)
    return _SUFFIX_RE.sub("", _PROVINCE_LEAD.sub("", name))


def _normalize(name: str) -> str:
    name = name.strip("“”\"'《》「」『』 ·")
    name = name.replace("（", "(").replace("）", ")")
    if name.count("(") != name.count(")"):
        name = name.split("(")[0] if name.find("(") > 0 else name.replace("(", "").replace(")", "")
    if len(name) < 2 or len(name) > 40 or _NOT_COMPANY_RE.search(name) or _local_branch(name):
        return ""
    if _INSTITUTION_RE.search(name) and not _LEGAL_FORM_END.search(name) and not _bureau().fullmatch(name):
        return ""
    return name


_TRAILING_SUFFIX_RE = re.compile(rf"(?:{_SUFFIX_RE.pattern})$")


def _local_branch(name: str) -> bool:
    """A place alone, or a firm's local branch named by its place (长沙公司); a group named by its
    home county (某县名集团) is a firm of its own."""
    place = _TRAILING_SUFFIX_RE.sub("", name)
    if not is_place(place):
        return False
    return not (name.endswith("集团") and all(p.level == "county" for p in gazetteer().places(place)))


def _ends_with_place(text: str) -> bool:
    """Firm names end in a brand or trade word, never in a place: "产品可供应武汉" is a clause."""
    return any(e == len(text) for _, e, _ in gazetteer().find(text))


def _suffix_names(text: str) -> list[tuple[int, str]]:
    out = []
    for m in _SUFFIX_RE.finditer(text):
        start, depth = m.start(), 0
        while start > 0 and _NAME_CHARS.match(text[start - 1]) and m.start() - start < 30:
            ch = text[start - 1]
            depth += ch in ")）"
            depth -= ch in "(（"
            if depth < 0:
                break
            start -= 1
        span = text[start : m.end()]
        cut = 0
        for c in _CUT_RE.finditer(span):
            if c.end() <= m.start() - start - 2:  # keep at least two characters before the suffix
                cut = c.end()
        lead = _LEAD_STRIP.match(span[cut:])  # ^ anchors at the slice, not at a pos
        if lead:
            cut += lead.end()
        name = span[cut:]
        head = name[: len(name) - len(m.group(0))]
        if re.search(r"的|该|本|其|此|这|那|某", head):
            continue
        if len(head) < 2 or _GENERIC_HEAD.match(head) or re.search(r"\d+(?:个|家|项)|等|(?:系列|旗下|下属|所属)[子分孙]?$|(?:全资|控股)[子分孙]$", head):
            continue
        if m.group(0) == "股份" and len(head) > 6:
            continue
        out.append((start + cut, name))
    return out


def _known_names(text: str) -> list[tuple[int, str]]:
    ac = _known()
    hits = ac.find_matches_as_indexes(text)
    if not hits:
        return []
    bounds = _token_bounds(text)
    out = []
    for _, start, end in hits:
        if start in bounds and end in bounds:
            ext = _EXTEND_RE.match(text, end)
            if not ext and end - start == 2:  # 峰岭化工: a two-character brand with a specific industry word
                ext = _INDUSTRY_RE.match(text, end)
                ext = None if ext and _BROAD_INDUSTRY.fullmatch(ext.group(0)) else ext
            if ext and ext.end() - start <= 12:
                end = ext.end()
            out.append((start, text[start:end]))
    return out


@lru_cache(maxsize=1)
def _bureau() -> re.Pattern:
    """A central enterprise's numbered engineering bureau, a firm of its own (中建八局, 中铁十一局,
    中交二航局): a short name from SASAC's list, an ordinal, 局."""
    short = [name for name in _read_list(_PUBLIC_FIRM_LISTS[1]) if len(name) <= 3 and name.startswith("中")]
    return re.compile(rf"(?:{alternation(short)})[一二三四五六七八九十]{{1,3}}(?:航务|航|公|工程)?局(?:集团)?")


def _bureau_names(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in _bureau().finditer(text)]


# A known short name followed by a place and 所/公司/电机: 中车株洲所, 中车株洲电机.
_EXTEND_RE = re.compile(
    rf"(?:[(（][{_HAN}]{{2,3}}[)）]|(?!系列|旗下|下属|相关|有关|多家|两家|等)[{_HAN}]{{2}})?(?:所(?![在属有以])|公司|集团|股份|电机)"
)


def _token_bounds(text: str) -> set[int]:
    bounds = {0}
    pos = 0
    for tok in rjieba.cut(text):
        pos += len(tok)
        bounds.add(pos)
    return bounds


def _brand_names(text: str) -> list[tuple[int, str]]:
    """Brand + industry word at the head of a project name or in a list of firms."""
    out = []
    if _PROJECT_WORD_RE.search(text):
        for start, name in _project_names(text):
            quote = len(name) - len(name.lstrip("“\"「『"))  # “某某西北商业总部”项目: the brand is inside
            quote += _park_lead(name[quote:])
            name = name[quote:]
            brand = "" if _COOPERATION_LEAD.match(name) else (
                _before_site(name) or _brand(name) or _placed_brand(name) or _proposed_brand(name))
            if brand:
                out.append((start + quote, brand))
    spans = []
    for m in _LIST_OF_FIRMS_RE.finditer(text):
        begin = m.start()
        while begin > 0 and text[begin - 1] not in "，,。；;：:！!？?":
            begin -= 1
        if not m.group("count") or re.search("[、和]", text[begin:m.start()]):
            spans.append((begin, m.start()))
    for m in _LIST_OF_PROJECT_FIRMS_RE.finditer(text):
        begin = m.start()
        while begin > 0 and text[begin - 1] not in "，,。；;：:！!？?":
            begin -= 1
        items = re.split(r"、", text[begin:m.start()])
        firms = [_firm_standing_for_project(i) for i in items]
        # every item a firm, or firms beside brand-and-product items (A、B硅碳负极材料、C等项目)
        if len(items) >= 2 and (all(firms) or (sum(map(bool, firms)) >= 2 and not any(
                _WORKS_WORD.search(item) for item, firm in zip(items, firms) if not firm))):
            pos = begin
            for item, firm in zip(items, firms):
                if firm:
                    out.append((pos + item.rfind(firm), firm))
                pos += len(item) + 1
    for m in _FIRMS_HEAD_RE.finditer(text):
        end = m.end()
        while end < len(text) and text[end] not in "，,。；;：:！!？?等":
            end += 1
        spans.append((m.end(), end))
    for begin, end in spans:
        if _sector_list(text[begin:end]):
            continue
        pos = begin
        for part in re.split(r"(、|和|及)", text[begin:end]):
            if part not in ("、", "和", "及") and "等" not in part:  # "A等高校院所及B等企业": a class after 等
                item = _LEAD_STRIP.sub("", _after_cut(part)).strip()
                if pos == begin and not _SUFFIX_RE.search(item):
                    item = _after_verbs(item)
                if len(item) > 8 and not _SUFFIX_RE.search(item):
                    tail = re.search(rf"[{_HAN}]{{2}}(?:{_INDUSTRY})$", item)
                    item = tail.group(0) if tail else ""
                at = pos + part.rfind(item) if item in part else pos
                if (2 <= len(item) <= 20 and not _GENERIC_HEAD.match(item) and not _NOT_BRAND.match(item)
                        and not _FIRM_CATEGORY_RE.fullmatch(item) and not _TITLE_END_RE.search(text, begin, at)
                        and not _ends_with_place(item) and not re.search(r"\d|等|企业|行业|产业$|^[我本全各该]", item)
                        and (_SUFFIX_RE.search(item) or _names_something(item) and not _ordinary_words(item))):
                    out.append((at, item))
            pos += len(part)
    return out


# How the model tags words of ordinary vocabulary: common nouns, verbs, adjectives, terms.
_COMMON_TAGS = frozenset({"n", "vn", "v", "a", "an", "nz"})


def _sector_list(span: str) -> bool:
    """A list of sectors closed like a list of firms ("引进区块链、石墨烯、氢能等领域企业", "冷链仓储、
    跨境电商等企业"): an item reads as ordinary words and none reads as a firm (a legal form, brand
    and trade, a listed name, or an organisation the model reads in the list). In a list that
    names firms, the items reading as ordinary words are dropped one by one."""
    items = [_LEAD_STRIP.sub("", _after_cut(part)).strip() for part in re.split(r"[、和及]", span)]
    items = [_after_verbs(items[0])] + items[1:] if items and items[0] else items
    orgs = {word for word, tag in tagged_words(span) if tag == "ORG"}
    known = {span[s:e] for _, s, e in _known().find_matches_as_indexes(span)}
    if any(_SUFFIX_RE.search(i) or _short_firm(i) or i in known or any(o in i for o in orgs) for i in items if i):
        return False
    return any(i and _ordinary_words(i) for i in items)


def _ordinary_words(item: str) -> bool:
    """Does the model read `item` as common words only, made of dictionary words: a sector or a
    technology listed like a firm (区块链, 卫星导航)? Not when jieba breaks a part of it into single
    characters in a row: an unknown word, as a brand is (星途 | 医药)."""
    pieces = rjieba.cut(item, False)
    return (all(tag in _COMMON_TAGS for _, tag in tagged_words(item))
            and all(p in jieba_dictionary() for p in pieces) and any(len(p) >= 2 for p in pieces)
            and not any(len(a) == len(b) == 1 for a, b in zip(pieces, pieces[1:])))


# A person's title right before a list item: the item is the officer (某某科技董事长张三、…等企业负责人).
_TITLE_END_RE = re.compile(rf"(?:{alternation(TITLE_WORDS)})$")


# The site of a project in brackets after the firm (某某(某市)海洋装备制造中心, 某某凉茶(某市)项目).
_SITE_IN_BRACKETS = re.compile(r"[(（]([^()（）]{2,6})[)）]")


def _before_site(name: str) -> str:
    """The firm before the project's site in brackets, when the model reads a name there."""
    m = _SITE_IN_BRACKETS.search(name)
    if not m or m.start() < 2 or not is_place(m.group(1)):
        return ""
    head = name[:m.start()]
    words = tagged_words(head)
    return head if words[0][1] in _NAME_TAGS and _plausible_brand(head) else ""
# A park written before the firm whose project it hosts (高新区某某科技年产…项目, 某市经开区某某新材料…项目).
_PARK_LEAD_RE = re.compile(
    rf"^(?P<place>[{_HAN}]{{0,6}}?)(?P<zone>{alternation(ZONE_WORDS)})(?:的)?(?=[{_HAN}A-Za-z]{{2}})")


def _park_lead(name: str) -> int:
    """Length of the park that opens a project's name: a zone word alone or after a place (a
    sub-park's own name, 某某科技产业园, is the firm's project, not its host); 0 when a clause
    goes on after it (园区与某某…项目: the park is the subject)."""
    m = _PARK_LEAD_RE.match(name)
    if not m or _CUT_RE.match(name, m.end()) or m.group("place") and not (is_place(m.group("place")) or ZONE_TYPES[m.group("zone")][3] != SUB
                                          and not _INDUSTRY_RE.search(m.group("place"))):
        return 0
    return m.end()


# Two project names joined (某某封测项目和某某产业园项目): each may open with its firm.
_JOINED_PROJECTS_RE = re.compile(r"(?<=项目|基地|工程)(?:和|及|与|以及)")


def _project_names(text: str) -> list[tuple[int, str]]:
    """(start, name) of the project names in `text`, joined ones apart."""
    out = []
    for start, _end, name in name_spans(text):
        pos = 0
        for m in _JOINED_PROJECTS_RE.finditer(name):
            out.append((start + pos, name[pos:m.start()]))
            pos = m.end()
        out.append((start + pos, name[pos:]))
    return out


def _names_something(item: str) -> bool:
    """Does a list item hold a name: a word the model reads as a name (organisation, person,
    place, proper noun), or one that is no common word? Kinds of firms are common words only
    (芯片设计, 纺织服装)."""
    return any(tag in _NAME_TAGS or tag == "LOC" or not _common_word(word) and word not in _GENERIC_PART
               for word, tag in tagged_words(item))


# "A、B、C等一批大项目", "A、B等10个项目": a list of names standing for their projects; when every
# item is a firm's name (or a firm's regional headquarters), the items are firms.
_LIST_OF_PROJECT_FIRMS_RE = re.compile(
    r"等(?:一批|多个|几个|\d+余?个)?(?:[大重好新]|重点|重大|优质|龙头|签约|招商)?(?:产业)?项目")
# "某某西南总部", "某某华东区域总部", "某某成都总部": a regional headquarters is named by its firm.
_HEADQUARTERS_RE = re.compile(
    r"(?:[川渝湘鄂赣皖苏浙闽粤桂黔滇陕甘宁青藏晋冀鲁豫辽吉黑京津沪琼]?(?:[东西南北中]部|华[东南西北中]|[东西][南北]))?"
    r"(?:区域|地区|大区)?总部(?:基地)?$")


def _firm_standing_for_project(item: str) -> str:
    """The firm an enumerated item names, or "": a bare firm name (the first item may still carry
    the clause's verb, which the model's span leaves out), a legal or listed name, or a firm's
    regional headquarters."""
    item = _LEAD_STRIP.sub("", _after_cut(item)).strip()
    hq = _HEADQUARTERS_RE.search(item)
    if hq and hq.start() >= 2:
        firm = item[:hq.start()]
        places = [start for start, end, _ in gazetteer().find(firm) if end == len(firm) and start >= 2]
        firm = firm[:places[0]] if places else firm
        return firm if 2 <= len(firm) <= _MAX_BARE_BRAND and not is_place(firm) and not _GENERIC_HEAD.match(firm) else ""
    if _SUFFIX_RE.search(item) or _bare_firm(item) or any(s == 0 and e == len(item) for _, s, e in
                                                           _known().find_matches_as_indexes(item)):
        return item
    spans = org_spans(item) if len(item) > 5 else ()
    if spans and spans[-1][1] == len(item) and spans[-1][0] > 0 and _bare_firm(spans[-1][2]):
        return spans[-1][2]
    return ""
# Words of places, facilities and works: an item holding one names a project, not a firm.
_WORKS_WORD = re.compile(
    r"项目|工程|基地|园|中心|路|桥|高速|公路|铁路|隧道|站|厂|馆|院|校|楼|城|港|线|设施|改造|建设|管网|小区|片区|"
    r"供|污水|垃圾|水库|医|学|住房|安置|保障|文化|体育|公园|广场|市场|仓|储|链|谷|街|村|镇|湖|河|江|山|"
    r"数据|网|计算|数字|信息|平台|化$"
)


def _bare_firm(item: str) -> bool:
    """A short bare name in a list standing for its firm: 3-5 characters, no word of works or
    places, not a phrase (江西云朗, 华睿重装 yes; 供水, 北环快速路, 市第三医院 no)."""
    return (
        3 <= len(item) <= 5
        and re.fullmatch(rf"[{_HAN}A-Za-z]+", item) is not None
        and not _WORKS_WORD.search(item)
        and not _GENERIC_HEAD.match(item)
        and not _NOT_BRAND.match(item)
        and not _NOT_COMPANY_RE.search(item) and not _INSTITUTION_RE.search(item)
        and not is_place(item)
        and not _ends_with_place(item)
        and len(rjieba.cut(item, False)) >= 2  # not one dictionary word
    )


# The model's tags of the words that open a clause before its object: verbs, adverbs, particles, times.
_LEAD_TAGS = frozenset({"v", "vd", "d", "ad", "u", "p", "c", "TIME", "f"})


def _after_verbs(item: str) -> str:
    """The first item of a list without the clause's verbs before it ("已集聚恒润", "吸引了凯曜光电"
    -> 恒润, 凯曜光电): the words the model reads as verbs, adverbs and particles, up to 了."""
    words = tagged_words(item)
    cut = 0
    for word, tag in words[:-1]:
        if tag not in _LEAD_TAGS:
            break
        cut += len(word)
        if tag == "u":
            break  # 了 closes the verb: its object follows
    return item[cut:]


def _after_cut(part: str) -> str:
    cut = 0
    for c in _CUT_RE.finditer(part):
        if c.end() < len(part) - 1:
            cut = c.end()
    return part[cut:]


def heads_with_company(name: str) -> bool:
    """True when a project name starts with a firm ("某某汽车襄阳产业园", "XX有限公司...基地")."""
    m = _SUFFIX_RE.search(name)
    return bool((m and m.start() >= 2) or _brand(name))


def _brand(name: str) -> str:
    if _SUFFIX_RE.search(name):
        return ""  # the suffix finder already has it
    hit = _known().find_matches_as_indexes(name)
    if hit and hit[0][1] == 0 and hit[0][2] in _token_bounds(name):
        return name[: hit[0][2]]  # a well-known firm heads the project name, not a park's (东湖高新 | 区)
    if name.count("(") + name.count("（") != name.count(")") + name.count("）"):
        return ""
    name = _country_lead().sub("", _DESCRIBED_LEAD.sub("", name))
    m = _BRAND_INDUSTRY_RE.match(name)
    if not m or _no_brand_before(name, m.end("brand")) or _NOT_BRAND.match(m.group("brand")) or _PLACE_END.search(m.group("brand")) or _PLACE_LEVEL.match(m.group("brand")) or is_place(m.group("brand")):
        return ""
    if _REGION_RE.fullmatch(m.group("brand")):
        return ""  # a region before a trade (华中 | 光电子产业基地) names no firm, as a place does not
    if re.search(r"高端|智能|绿色|新型|先进|现代|重点|重大|综合", m.group("brand")):
        return ""
    if (_BROAD_INDUSTRY.fullmatch(m.group("ind")) and _PARKLIKE_AFTER.match(name, m.end())) or re.search(r"[()（）]", name[: m.end()]):
        return ""
    region = _REGION_RE.search(m.group("brand"), 2)
    if region:
        return name[: region.start()]  # 某某华东物流枢纽: the firm is 某某
    head = org_spans(name)[:1] if len(m.group("brand")) > 2 else ()
    if head and head[0][0] == 0 and 2 <= head[0][1] < m.end("brand") and not _LATIN.fullmatch(head[0][2]):
        return head[0][2]  # 某某燃料电池: the model ends the firm before the product's first word
    return name[: m.end()]


# The model's tags of words that describe a product (优质, 高纯, 再生, 预制): no brand is read so.
_DESCRIBING_TAGS = frozenset({"a", "ad", "an", "v", "vn", "d", "b"})


def _no_brand_before(name: str, end: int) -> bool:
    """Do the words before the trade word at `end` describe the product or name a place rather
    than a firm? Trade words (冷链物流, 精密机械), words the model reads as adjectives, verbs or
    common nouns (优质粮油, 再生资源, 农产品冷链) or as a place jieba knows (a river or region: 某江 |
    新能源); a brand is no dictionary word (恒润科技) or reads as a name."""
    brand = name[:end]
    if all(part in _GENERIC_PART for part in rjieba.cut(brand)):
        return True
    pos, words = 0, []
    for word, tag in tagged_words(name):
        if pos >= end:
            break
        words.append((word, tag))
        pos += len(word)
    return all(tag in _DESCRIBING_TAGS or tag in ("n", "LOC") and word in jieba_dictionary() for word, tag in words)


# What a plant makes a year, written right after the firm at the head of a project's name (年产5万吨…).
_CAPACITY_RE = re.compile(r"年(?:产|生产|处理|加工|回收|出栏|吞吐|屠宰|储存)")


def _placed_brand(name: str) -> str:
    """A firm written as its home city and brand, then the place of the project (深圳某王 in
    "深圳某王陕西省医疗器械服务平台项目") or its plant's capacity (株洲恒润 in "株洲恒润年产5万吨…项目",
    the model reading the brand as no place, the city no province); "" when the name does not open that way."""
    places = gazetteer().find(name)
    if not places or places[0][0] != 0:
        return ""
    if len(places) >= 2 and 2 <= places[1][0] - places[0][1] <= 4:
        end = places[1][0]
    else:
        words = tagged_words(name)
        if (len(words) < 3 or len(words[0][0]) != places[0][1] or not _CAPACITY_RE.match(name, places[0][1] + len(words[1][0]))
                or all(p.level == "province" for p in gazetteer().places(words[0][0]))):
            return ""  # a province before a town (某省 | 某镇年产…): the project's site
        brand, tag = words[1]
        if tag not in _NAME_TAGS and tag != "n" or len(brand) > 4 or gazetteer().places(brand):
            return ""  # 襄阳 | 东津, 株洲 | 天元: a district or town of the city
        end = places[0][1] + len(brand)
    brand = name[places[0][1]:end]
    if (not re.fullmatch(rf"[{_HAN}]+", brand) or _NOT_BRAND.match(brand) or _GENERIC_HEAD.match(brand)
            or _INDUSTRY_RE.search(brand) or _PLACE_LEVEL.search(brand) or _common_word(brand)):
        return ""
    return name[:end]


# A firm named without legal form or trade word is a brand of a few characters (蓝鲸, 星河控股,
# 北辰云仓); a longer span runs into the product (镍氢宽温新能源汽车).
_MAX_BARE_BRAND = 6


# Regions a firm names its branches by (某某西北, 某某华东, 某某北方基地, 某某西部总部).
_REGION_RE = re.compile(r"[东西][南北]|华[东南西北中]|[南北]方|[东西南北中]部(?!件)")


def _before_place(head: str) -> str:
    """A firm's name cut before the place or region that follows its brand (某某 | 西北商贸)."""
    cuts = [s for s, _, _ in gazetteer().find(head) if s >= 2] + [m.start() for m in _REGION_RE.finditer(head, 2)]
    return head[:min(cuts)] if cuts else head


def _proposed_brand(name: str) -> str:
    """The organisation the model reads at the head of a project name, cut before the place the
    project is in (华岳集团岳阳卷烟厂技改项目 -> 华岳集团, 蓝鲸长春云计算中心 -> 蓝鲸); "" when the
    head is no firm (a place, a body, a generic word) or the whole name."""
    lead = len(name) - len(_country_lead().sub("", _DESCRIBED_LEAD.sub("", name)))
    if _NOT_BRAND.match(name[lead:]):
        return ""  # a product word heads the name: no need to ask the model
    spans = [span for span in org_spans(name) if span[0] == lead]
    if not spans:
        return _named_before_product(name, lead)
    head = name[lead:_latin_brand_end(name, spans[0][1])] if _LATIN.fullmatch(name, lead, spans[0][1]) else \
        name[lead:spans[0][1]]
    brand = _before_place(head)
    latin = len(_LATIN.match(brand).group(0)) if _LATIN.match(brand) else 0
    if (len(brand) < 2 or len(brand) >= len(name) - 2 or len(brand) - latin > _MAX_BARE_BRAND or re.search(r"\d", brand)
            or is_place(brand) or _NOT_BRAND.match(brand[latin:]) or _NOT_COMPANY_RE.search(brand)
            or _GENERIC_HEAD.match(brand) or _PROJECT_WORD_RE.search(brand) or _PARKLIKE_AFTER.search(brand[-1:])):
        return ""
    return brand


def _named_before_product(name: str, lead: int) -> str:
    """A brand the model reads as a proper noun, or as a person's name of three or more characters
    or a transliterated one (two-character Chinese ones are mostly people), at the head of a
    project name right before a product word (某某新型疫苗基地项目, 维斯特高端轴承项目)."""
    pos = 0
    for word, tag in tagged_words(name):
        if pos == lead and (tag == "nz" or tag == "PER" and (len(word) >= 3 or transliterated(word))) and (
                _NOT_BRAND.match(name[pos + len(word):])):
            return word if _plausible_brand(word) else ""
        pos += len(word)
        if pos > lead:
            break
    return ""


_LATIN = re.compile(r"[A-Za-z]+")


def _latin_brand_end(name: str, end: int) -> int:
    """Where a firm's name ends that opens with a Latin brand the model reads alone (某某 in
    "某某天地物流西南分拨中心"): the Chinese name after it runs on to its trade word, a place or
    a project word; `end` when a product word follows (某某新能源汽车零部件)."""
    pos, stop = 0, end
    for word, tag in tagged_words(name):
        pos += len(word)
        if pos <= end:
            continue
        if tag == "LOC" or _PROJECT_WORD_RE.search(word) or pos == len(name):
            break
        stop = pos
        if _INDUSTRY_RE.search(word):
            break
    return end if _NOT_BRAND.match(name[end:]) else stop


# "引进全国500强企业远景能源", "龙头企业华锂动力投资建设": a firm described, then named.
_DESCRIBED_FIRM_RE = re.compile(
    r"(?:领军|龙头|领先|知名|头部|标杆|骨干|百强|独角兽|\d+强)企业|\d+强(?!企业)|跨国(?:公司|企业)|(?:[外美日德韩法英台港]资|外商独资|合资)企业|"
    r"外企|[美日德韩法英]企")
_FIRM_INTRO_RE = re.compile(rf"^(?:{_DESCRIBED_FIRM_RE.pattern})")
# What a firm does right after its name, which the model may read into it (某某投资建设研发中心).
_FIRM_VERB_RE = re.compile(r"投资|建设|落户|签约|入驻|布局|设立|新建|增资|扩产")


# "全球第二大基板制造商——日本某某硝子增资扩产": a firm named after a dash that closes its description.
_APPOSED_FIRM_RE = re.compile(
    rf"(?:商|企业|龙头|巨头)(?:——|—)(?P<name>[{_HAN}A-Za-z]{{2,10}}?)"
    r"(?=增资|扩产|投资|建设|落户|签约|入驻|布局|在|将|的|[，,。；;（(])")


def _described_names(text: str) -> list[tuple[int, str]]:
    """The firm the model reads right after a description of it, or the one a dash sets after
    its description (the rules then decide)."""
    out = [(m.start("name"), m.group("name")) for m in _APPOSED_FIRM_RE.finditer(text)
           if not is_place(m.group("name")) and not _GENERIC_HEAD.match(m.group("name"))
           and not _NOT_BRAND.match(_country_lead().sub("", m.group("name")))]
    for m in _DESCRIBED_FIRM_RE.finditer(text):
        name = _name_at(_clause_from(text, m.end()))
        if name:
            out.append((m.end(), name))
    return out


# The model's tags of a name: an organisation, a person (a transliterated brand reads as one), a
# proper noun, or a place that runs on from the country before it (某国某某 read as one place).
_NAME_TAGS = frozenset({"ORG", "PER", "nz", "nw"})
_CLAUSE_END = re.compile(r"[，,。；;：:！!？?、（(“”\"]")


def _foreign_firms(text: str) -> list[tuple[int, str]]:
    """A foreign firm written by its short Chinese name right after its country (某国某某汽车零部件
    项目, 世界500强某国某某), or right before its China arm (某某在华第三家工厂, 某某中国区总部):
    the word the model reads there as a name, when it is no place, ordinary word or body."""
    out = []
    hits = list(_foreign_country_re().finditer(text))
    bounds = _token_bounds(text) if hits else set()
    for m in hits:
        if m.start() not in bounds:
            continue  # 内蒙古, 沿海地区: the country's name is part of a word
        brand = _name_at(_clause_from(text, m.start()), m.group(0))
        if brand:
            out.append((m.end(), brand))
    for m in _CHINA_ARM_RE.finditer(text):
        begin = max(m.start() - 10, 0)
        clause = [c.end() for c in _CLAUSE_END.finditer(text, begin, m.start())]
        word, tag = _word_before(text[clause[-1] if clause else begin:m.end()], m.end() - m.start())
        if tag in _NAME_TAGS and not (tag == "PER" and not transliterated(word)):  # 张伟超级工厂: a person's
            word = _FIRM_INTRO_RE.sub("", word)
            brand = _before_place(word)
            if _plausible_brand(brand) and not _ordinary_words(brand):  # not a trade's (跨境电商总部)
                out.append((m.start() - len(word), brand))
    return out


def _word_before(text: str, cue: int) -> tuple[str, str]:
    """The word the model reads right before the last `cue` characters of `text`, and its tag, read
    with the cue (凯曜 | 总部 is an organisation's, 凯曜 alone a person's); an organisation read
    through the cue (某某旗舰店) ends there."""
    cut, pos, last = len(text) - cue, 0, ("", "")
    for word, tag in tagged_words(text):
        if pos + len(word) == cut or pos < cut < pos + len(word) and tag == "ORG":
            last = (word[:cut - pos], tag)
        pos += len(word)
        if pos >= cut:
            break
    return last


# What follows a firm's name: its operations in China (not 在华东, 在华中), its head office or its
# plants and shops (某某中国研发中心, 某某总部落户, 某某超级工厂, 某某旗舰店).
_CHINA_ARM_RE = re.compile(
    r"在华(?![东南西北中夏为])|(?:中国|大中华|亚太|全球)(?:区|总部|研发中心|运营中心)|总部|超级工厂|旗舰店")


def _clause_from(text: str, start: int) -> str:
    clause = _CLAUSE_END.search(text, start)
    return text[start:clause.start() if clause else len(text)][:24]


def _name_at(window: str, lead: str = "") -> str:
    """The firm the model names at the head of `window`, after `lead` (a country): a word it
    tags as a name, or the rest of a place word that runs on from the lead, or after the lead a
    noun that is no common word (美国某某 read as a rare noun); cut before what the firm does
    (某某投资建设…); "" when none."""
    words = tagged_words(window)
    if lead and words and words[0][0] == lead:
        words = words[1:]
    elif lead and words and words[0][0].startswith(lead) and words[0][1] in ("LOC", "ORG"):
        words = ((words[0][0][len(lead):], "nz"),) + words[1:]  # the country's 代表团 is no firm
    if not words or words[0][1] not in _NAME_TAGS and not (words[0][1] == "n" and (lead or _unknown_word(words[0][0]))):
        return ""
    brand = _PROJECT_WORD_RE.split(words[0][0])[0]
    verb = _FIRM_VERB_RE.search(brand, 2)
    brand = brand[:verb.start()] if verb else brand
    return brand if _plausible_brand(brand) else ""


def _unknown_word(word: str) -> bool:
    """A word jieba's dictionary does not hold, which it breaks into single characters (星途): a
    coined name, where the model guesses a noun."""
    return len(word) >= 2 and rjieba.cut(word, False) == list(word)


def _plausible_brand(brand: str, in_context: bool = False) -> bool:
    """A short name the model proposed that reads as a firm: no place, ordinary word or body. A
    name the model reads as an organisation in context may be an ordinary word elsewhere (小米)."""
    return (2 <= len(brand) <= _MAX_BARE_BRAND and not brand.isdigit() and (in_context or not _common_word(brand))
            and not is_place(brand) and not _NOT_BRAND.match(brand) and not _GENERIC_HEAD.match(brand)
            and not _NOT_COMPANY_RE.search(brand) and not _INSTITUTION_RE.search(brand))


@lru_cache(maxsize=1)
def _foreign_country_re() -> re.Pattern:
    return re.compile(alternation(_countries()))


# A listed firm's stock code in brackets after its name: 凯曜(688123), 凯曜(股票代码:688123.SH), 星途(00700.HK).
_STOCK_CODE = (r"[（(](?:(?:股票|证券)代码|上交所|深交所|港交所|北交所|纳斯达克|NASDAQ|NYSE)?[:：]?\s*"
               r"(?:[A-Z]{2}\.?)?(?:\d{6}(?:\.S[HZ])?|\d{4,5}\.HK)[)）]")
_STOCK_CODE_RE = re.compile(_STOCK_CODE)


def _coded_firms(text: str) -> list[tuple[int, str]]:
    """The name right before a stock code, the model reading it as a name or a rare noun (凯曜, 星途)."""
    out = []
    for m in _STOCK_CODE_RE.finditer(text):
        clause = [c.end() for c in _CLAUSE_END.finditer(text, max(m.start() - 12, 0), m.start())]
        word, tag = _word_before(text[clause[-1] if clause else max(m.start() - 12, 0):m.end()], m.end() - m.start())
        if (tag in _NAME_TAGS or tag == "n") and _plausible_brand(word, in_context=tag != "n"):
            out.append((m.start() - len(word), word))
    return out


# A short firm name is a brand and its trade (凯曜光电, 鼎芯微电子); in running text it needs a cue
# that a firm is meant: its people, plant or moves after it (负责人, 生产车间, 已入驻, 投资10亿元),
# or a visit before a list of them (走进A、B).
_SHORT_FIRM_RE = re.compile(rf"{_BRAND}(?:{_INDUSTRY})+")
_FIRM_CUE_RE = re.compile(
    r"(?:相关)?负责人|(?:的)?(?:生产)?车间|生产线|厂区|(?:已|已经|正式|成功)?(?:入驻|落户|投产|扩产)|投资\d|"
    r"(?:投资|建设)的|投资建设|是一家|成立于|(?:分别|共同|正式|现场)?(?:签订|签署|签约)|分别与|将在|"
    r"达成(?:合作|共识|协议|意向)|就(?=[^，,。；;]{2,20}?(?:进行|开展|展开|交流|洽谈|座谈|磋商))|"
    rf"在[{_HAN}]{{0,8}}?(?:{alternation(ZONE_WORDS)})(?=投资|建设|设立|布局|新建|扩建|落户)|"
    rf"{_STOCK_CODE}")
# The public party a firm signs with, after 与: a park, a government or a place (与江城高新区管委会).
_PUBLIC_PARTY_RE = re.compile(
    rf"与[{_HAN}]{{0,8}}?(?:{alternation(ZONE_WORDS + GOVERNMENT_BODIES)}|[省市县区]|人民政府)(?:管委会)?")
# Before a list of firms: a visit to them (走进A、B), the role a firm has in a project (业主为A), or a
# form's field (签约企业：A、B).
_VISIT_RE = re.compile(
    r"(?:先后|相继|分别|实地)?(?:走进|来到|深入|走访|调研|考察|参观|察看|前往)了?"
    rf"|(?:{alternation(PROJECT_ROLES)})(?:为|是)[:：]?|(?:{alternation(PROJECT_ROLES + ('企业', '企业名称', '公司名称'))})[:：]")


def _cued_firms(text: str) -> list[tuple[int, str]]:
    """Short firm names (brand and trade) that a cue marks as firms: the list of them right before
    a cue after, or right after a visit."""
    out = []
    for m in _FIRM_CUE_RE.finditer(text):
        begin = m.start()
        while begin > 0 and m.start() - begin < 30 and text[begin - 1] not in "，,。；;：:！!？?（(“”\"":
            begin -= 1
        stop = m.start()
        party = _PUBLIC_PARTY_RE.search(text, begin, stop)
        if party and party.end() == stop:
            stop = party.start()  # A、B与高新区签约: the firms come before the park
        end = stop
        for item in reversed(re.split(r"[、和与及]", text[begin:stop])):
            name = _LEAD_STRIP.sub("", _after_cut(item)).strip()
            if not _short_firm(name):
                break
            out.append((end - len(item) + item.rfind(name), name))
            if name != item.strip():
                break  # a word before the name opens the list
            end -= len(item) + 1
        if end == stop and begin < stop and _may_end_name(text[begin:stop]):
            # no brand and trade there: the organisations the model reads
            out.extend(_model_firms_before(text, max(begin, stop - _MAX_BARE_BRAND * 2), stop))
    for m in _VISIT_RE.finditer(text):
        visited = _list_at(text, m.end())
        orgs = {word for word, tag in tagged_words(visited) if tag == "ORG"} if visited else set()
        pos = m.end()
        for item in re.split(r"[、和及]", visited):
            name = item.strip()
            if _short_firm(name) or (name in orgs and _firm_in_context(name)):
                out.append((pos + item.find(name), name))
            pos += len(item) + 1
    return out


# jieba's tags of words that end no name: verbs, adverbs, pronouns, numerals, particles ...
_NO_NAME_TAGS = frozenset({"v", "vn", "vd", "d", "r", "b", "p", "c", "u", "m", "q", "f", "t", "a", "ad", "l", "uj", "ul"})


def _may_end_name(text: str) -> bool:
    """Can `text` end in a name? Not when its last word is a verb, an adverb or the like, or a
    frequent noun (总投资, 集中签约, 项目签约): the model need not be asked."""
    words = rjieba.cut(text)
    entry = jieba_dictionary().get(words[-1]) if words else None
    return bool(words) and not (entry and (entry[1] in _NO_NAME_TAGS or entry[1] == "n" and entry[0] >= 1000))


def _model_firms_before(text: str, begin: int, end: int) -> list[tuple[int, str]]:
    """The organisations the model reads in the list that ends at `end` (华为、腾讯分别与...),
    or the foreign names it reads as persons (与特拉维斯签约), less bodies: government, schools,
    institutes, places."""
    out, pos = [], end
    for word, tag in reversed(tagged_words(text[begin:end])):
        pos -= len(word)
        if word in ("、", "和", "与", "及"):
            continue
        if not (tag == "ORG" or tag == "PER" and transliterated(word)) or not _firm_in_context(word):
            break
        if out and out[-1][0] == pos + len(word):
            out[-1] = (pos, word + out[-1][1])  # SK | 海力士: one name the model reads in two
        else:
            out.append((pos, word))
    return out


def _firm_in_context(org: str) -> bool:
    """An organisation the model read where a firm is meant, when its name is no body's."""
    return _plausible_brand(org, in_context=True) and not _BODY_END.search(org) and not _PLACE_LEVEL.match(org)


# How bodies' and sites' names end (发改委, 经信局, 农科院, 招商办, 投促中心; 某某软件园, 某某科技城,
# 某某创业谷, 某某物流港, 某某生产基地): no firm ends so without a legal form.
_BODY_END = re.compile(r"[委办院所局厅部处站校园城谷港]$|中心$|基地$|小镇$")


def _list_at(text: str, start: int) -> str:
    """The 、-list that starts at `start`, up to the clause's end."""
    end = re.search(r"[，,。；;：:！!？?（(“”\"]|等", text[start:])
    return text[start:start + end.start()] if end else text[start:]


_CLAUSE_START = re.compile(r"(?:^|(?<=[，,。；;：:！!？?]))\s*")


def _subject_firms(text: str) -> list[tuple[int, str]]:
    """A short firm name (brand and trade) opening a clause, where the model reads it as one
    organisation: the clause's subject (某某科技今年营收…, 某某电子被认定为…)."""
    out = []
    for m in _CLAUSE_START.finditer(text):
        lead = _LEAD_STRIP.match(text[m.end():])  # ^ anchors at the slice
        start = m.end() + (lead.end() if lead else 0)
        name = _SHORT_FIRM_RE.match(text, start)
        if name and _short_firm(name.group(0)):
            words = tagged_words(_clause_from(text, start)[:len(name.group(0)) + 6])
            if words and words[0] == (name.group(0), "ORG"):
                out.append((start, name.group(0)))
    return out


def _short_firm(name: str) -> bool:
    m = _SHORT_FIRM_RE.fullmatch(name)
    brand = _BRAND_INDUSTRY_RE.match(name)
    return bool(m and brand) and not (
        _NOT_BRAND.match(name) or _GENERIC_HEAD.match(brand.group("brand")) or is_place(brand.group("brand"))
        or _PLACE_END.search(brand.group("brand")) or _PLACE_LEVEL.match(name) or _common_word(brand.group("brand"))
        or re.search(r"高端|智能|绿色|新型|先进|现代|重点|重大|综合|\d", brand.group("brand")))


# A firm's officer named with the firm before the title: "星途科技董事长王强", "云启智能CEO李娜".
_CORPORATE_TITLE_RE = re.compile(
    r"(?:副?董事长|执行董事|副?总经理|副?总裁|首席执行官|CEO|创始人|联合创始人|(?:党委|党总支|党支部)(?:副?书记)|总工程师|副?厂长|"
    r"(?:技术|研发|财务|市场|销售|运营)(?:总监|经理))(?:兼[A-Z\u4e00-\u9fff]{1,6})?")


def _titled_firms(text: str) -> list[tuple[int, str]]:
    """The firm written right before an officer's title, when it reads as a brand with its trade
    (星途科技) or the model reads an organisation ending there (legal names are the suffix
    finder's)."""
    out = []
    for m in _CORPORATE_TITLE_RE.finditer(text):
        begin = m.start()
        while begin > 0 and m.start() - begin < 12 and text[begin - 1] not in "，,。；;：:！!？?、（(“\"":
            begin -= 1
        span = _LEAD_STRIP.sub("", _after_cut(text[begin:m.start()]))
        if len(span) < 2 or _SUFFIX_RE.search(span):
            continue
        brand = _BRAND_INDUSTRY_RE.match(span)
        if brand and brand.end() < len(span) and not _INDUSTRY_RE.fullmatch(span[brand.end():]):
            brand = None  # "…科技园区董事长": the trade word is not where the name ends
        if not brand:
            spans = org_spans(span)
            if spans and spans[-1][1] == len(span):
                span = spans[-1][2]
            elif not (span := _officer_firm(text[begin:m.end() + 4], m.start() - begin, m.end() - begin)):
                continue
        if (not _NOT_BRAND.match(span) and not _GENERIC_HEAD.match(span) and not is_place(span)
                and not _PLACE_END.search(span) and not _NOT_COMPANY_RE.search(span) and not _BODY_END.search(span)):
            out.append((m.start() - len(span), span))  # not a body's officer (市发改委党支部书记)
    return out


def _officer_firm(text: str, title: int, after: int) -> str:
    """The name ending at `title` (an officer's title, ending at `after`) when a person's name
    follows the title (凯曜董事长张三, 特拉维斯总裁马克): the firm, whatever the model reads it as; a
    person before a title (张三董事长一行) has no name after it."""
    pos, name, person = 0, ("", ""), False
    for word, tag in tagged_words(text):
        if pos + len(word) == title and (tag in _NAME_TAGS or tag == "n"):
            name = (word, tag)
        person = person or title < pos <= after and tag == "PER"  # 兼… may run into the name
        pos += len(word)
    # a common noun (项目总经理) is no name; an organisation the model reads may be a common word (小米)
    return name[0] if person and _plausible_brand(name[0], in_context=name[1] != "n") else ""


_PROVINCES = (
    r"北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|"
    r"广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门"
)
_PLACE_END = re.compile(r"[省市县区州]$")
_PLACE_LEVEL = re.compile(r"[省市县区乡镇]")  # "省新材料…研究院": a level word heads a body's name, never a brand


@lru_cache(maxsize=1)
def _countries() -> tuple[str, ...]:
    """Foreign countries by name, less those that are also Chinese places (黑山 is a county)."""
    return tuple(sorted(name for name in _read_list(_COUNTRIES) if not is_place(name)))


@lru_cache(maxsize=1)
def _country_lead() -> re.Pattern:
    """A foreign country, Taiwan or Hong Kong at the head of a name (日本某某汽车零部件项目)."""
    return re.compile(rf"^(?:{alternation(_countries() + ('台湾', '香港'))})")


_PROVINCE_LEAD = re.compile(rf"^(?:{_PROVINCES})(?:省|市|自治区)?")
# "全球领先座椅企业瑞典某某汽车部件项目": a description of the firm ending in 企业 comes
# before its country and brand.
_DESCRIBED_LEAD = re.compile(rf"^[{_HAN}0-9]{{0,10}}?(?:领军|龙头|领先|知名|头部|标杆|骨干|百强|500强|独角兽)[{_HAN}]{{0,8}}?企业")
# "北部湾科技园", "洞庭能源谷": a broad industry word followed by a place word names a park, not a firm.
_PARKLIKE_AFTER = re.compile(r"园|城|谷|港|小镇|产业|基地|示范|创新")
_BROAD_INDUSTRY = re.compile(r"科技|能源|新能源|信息|智能|生物|材料|网络|数字|装备|资源")
