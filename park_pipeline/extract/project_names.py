"""Where a sentence names projects: "X项目", "X产业园(一期)", "X工程", and the items of
enumerations the text calls projects ("A、B等项目", "分别是A、B").

A name runs back from its suffix to the clause start, then loses the verbs and phrases in front
of it ("此次签约的", "全力推进"); names that are a class of projects ("重点项目", "5个新材料项目")
rather than one are dropped. The project finder (projects.py) adds amounts and stages to these
spans; the company finder (companies.py) reads firm names at their head.
"""
from __future__ import annotations

import re
from functools import lru_cache

from park_pipeline.extract.amounts import COUNT
from park_pipeline.language.gazetteer import is_place
from park_pipeline.language.vocabulary import TITLE_WORDS, TRADE_WORDS, alternation

_SUFFIX_RE = re.compile(
    r"(?:产业园|基地|工程|园区|中心|综合体)?(?:建设)?项目(?:[（(][一二三四1-4]期[）)])?"
    r"|(?:产业园|基地)(?:[（(][^（）()]{1,12}[）)]|[一二三四]期)?"
    r"|工程(?![师院学技机设队局处部车量质股有公集科])"  # 生物工程股份有限公司 is a firm's name
    r"|(?:综合体|中心|广场|产业园|园|城|厂|电站|站|港|线|医院|学校|小镇)(?=(?:计划|拟|预计)?(?:总投资|投资总额))"
)


# Characters that end a clause (a project name never spans them); 、 separates list items.
_CLAUSE_END = re.compile(r"[，,。；;：:！!？?、\s…—]")


# Words and phrases in front of a name that are not part of it ("此次签约的", "全力推进", "位于X的").
_CUT_AFTER = re.compile(
    r"(?:在[^，,。；;]{1,12}?(?:投资|投建|建设|新建|兴建|打造)|拟(?:新建|建设|建)|的|了|在|对|关于|于|将|是|为|把|由|从|(?<![东南西北靶导定双纵横])向|等|对接|围绕|推进|推动|加快|启动|实施|开工|签约|投产|竣工|引进|"
    r"落户|深入|走进|来到|察看|查看|考察|参观|观摩|调研|督查|包括|分别是|分别为|主要有|主要为|还有|其中|紧盯|"
    r"聚焦|全力|先后|目前|今年|当天|同日|此外|同时|随着|作为|参加|举行|开展|视察|了解|听取|汇报|加速|抓好|"
    r"打造|布局|谋划|承接|签订|签署|形成|拥有|依托|借助|通过|支持|带动|助推|助力|加强|以及|暨|争取|抓牢|"
    r"抓住|抓|确保|坚持|解决|跟进|梳理|摸清|破解|挖掘|督办|协调|召开|展示|进行|实现|扭住|感受|跑出|创造|刷新|"
    r"宣布|举办|迎来|掀起|发挥|列入|纳入|确定|大上|谋|盯|攻|啃|(?<!所)有(?!限)|"
    # officialese whose object is the projects themselves: 做好项目, 包联重点项目, 招商上项目
    r"做好|做实|做优|抓好|抓实|包联|分包|继续|依然|获评|荣获|夺得|[上跑争](?=(?:资)?(?:重点|重大)?项目)|[\d亿万]元(?:用于|来)?(?:建设|新建|打造|实施|兴建|建)?)"
)


# Weaker joiners that also occur inside names ("研发与产业化基地"); cut only at the very start.
_LEAD_WORDS = re.compile(r"^(?:和|与|及|以及|暨|并|同时|还|也|又|拟建设|拟建|新建|续建|扩建|建设|集中|重点|积极|加快|全力|一批)+")


_TRADE_RE = re.compile(alternation(TRADE_WORDS))


def firm_head(name: str) -> bool:
    """Does the name start with a firm's short form, a brand of two to four characters and then a
    trade word (和盛新能源项目, 同创新材料项目)? Its brand may begin with a character that is also a
    joiner or a preposition (和, 同, 按), which must not cut it or drop the name."""
    trade = _TRADE_RE.search(name)
    return bool(trade and 2 <= trade.start() <= 4)


_LEAD_JUNK = re.compile(r"^(?:[“”\"'《》「」『』\-—·.、]|[0-9]+[日月年号]|[一二三四五六七八九十]+是)+")


_GENERIC_WORDS = (
    "我|重点|重大|产业|招商|新建|续建|在建|签约|开工|投产|竣工|集中|基础设施|民生|社会事业|配套|工业|"
    "服务业|亿元以上|亿元|以上|新动能|高质量|优质|大|好|新|优势|龙头|引领|带动|示范|制造|制造业|工业化|"
    "实体|外资|内资|省|市|区|县|级|省级|市级|区级|国家级|全省|全市|全区|这些|该|此|本|各|其他|其它|"
    "有关|相关|已|未|的|和|与|及|等|个|项|批|一批|多个|系列|类|型|性|化|建设|生产|投资|合作|发展|"
    "科技|创新|产业化|储备|前期|谋划|拟|计划|预计|实施|推进|观摩|拉练|单体|首批|技改|改造|升级|民营|"
    "外向型|世界|500强|强|链|主导|特色|绿色|智能|数字|文旅|农业|城建|城市|交通|水利|能源|政府|"
    "投资类|功能|完善|保障|园区|基地|产业园|工程|中心|综合体|首|批次|这个|那个|一个|一些|部分|大型|"
    "中型|小型|领域|行业|主体|土建|附属|完成|已完成"
)


_GENERIC_RE = re.compile(rf"^(?:{_GENERIC_WORDS}|[0-9０-９.]+|[一二三四五六七八九十百千万]+)*$")


# Modifiers that make "X重点项目" a class of projects rather than one ("西宁开发区重点项目").
_GENERIC_TAIL_RE = re.compile(
    r"(?:重点|重大|招商引资|招商|开工|签约|引进|新引进|产业|工业|优质|在建|续建|新建|拟建|储备|在谈|落地|入驻|意向|"
    r"已选址|运营|配套|基础设施|民生|社会事业|教育|合同|协议|增资|台资|外资|投资|关键|首个|示范|系列|服务|涉奥|"
    r"高科技|优势|高端|集中|拟开工|计划开工|开复工|投产|季度|一季度|二季度|三季度|四季度|上半年|下半年|全年|春季|"
    r"年度|第|年|月|份|[0-9]+|[一二三四五六七八九十]+|和|及|、|的|其中|本次|此次|全部|上述|所有|每个|各|更多|部分|"
    r"大规模|老|大|新|首批|省级|市级|区级|全省|全市|全区|建设|头号|一号|民心|惠民|形象|希望|系统|龙头|牛鼻子)+$"
)


_REGION_END_RE = re.compile(r"(?:区|市|县|省|镇|乡|州|我|园)$")


# Of those modifiers, the ones that rank or sort projects: "X重点项目", "Y重大招商项目", "Z本次项目" name a
# class or a selection whatever X is, never one project.
_CLASS_MARK_RE = re.compile(r"重点|重大|招商|优质|储备|在谈|意向|开复工|本次|此次|全部|上述|所有|部分|首批")


_BAD_NAME_RE = re.compile(r"^(?:全[区市县省镇])?各|\d+(?:个|项|家|批|条|名)|[一二三四五六七八九十两几多]+(?:个|项|家|批|条|名)|等|以上|以下|[\d亿万]元|[%％]|我们|他们|[他她]|这些|那些|各类|所有|哪些|有关|什么|[？?]")


_ANAPHOR_RE = re.compile(r"^(?:该|此|这个|这一|本)?(?:项目|产业园|基地|工程)?(?:[一二三四]期)?(?:工程|项目)?$")


# Enumerations the text calls projects.
# "新材料、光芯片等产业项目" lists industries, not projects; "A、B等一批产业项目" is a batch of projects.
_LIST_TAIL_RE = re.compile(
    r"等(?:(?:一|大)?批|(?:\d+|[一二三四五六七八九十百两多几]+)?(?:个|项|批|条)?(?![^，,。；;、]{0,6}?(?:产业|行业|领域|类)))"
    r"[^，,。；;、]{0,12}?(?:项目|工程|基础设施|道路)"
)


_LIST_HEAD_RE = re.compile(r"(?:分别是|分别为|主要有|主要为|主要建设|包括|包含)[:：]?")


# A list its count closes after a comma: "开工项目有A交易中心、B工程、C厂房,共计7个" (when it says 项目
# before its first item or one item ends in a project word).
_COUNT_CLOSE_RE = re.compile(rf"[，,](?:共计|合计|总计|共)(?:{COUNT})(?:个|项)")


# A list of names that ends in a project word is one of projects ("A新基础设施建设、B项目、C工程等顺利开工").
_NAME_END_RE = re.compile(rf"(?:{_SUFFIX_RE.pattern})$")


_ITEM_OK_RE = re.compile(r"^[^，,。；;：:]{2,45}$")


_ITEM_NOT_PROJECT_RE = re.compile(
    r"(?:公司|集团|股份|企业|社区|村|镇|街道|政府|委员会|管委会|局|厅|办|部门|大学|学院|领域|行业|产业链|产业|板块|环节|"
    r"材料|设备|技术|能源|方面|工作|活动|服务|水平|能力|体系|机制|平台|企业家|代表|同志|领导|人员)$"
)


@lru_cache(maxsize=4096)
def name_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of project names in one sentence, left to right, no overlaps.
    Cached: the project and the company finders read the same sentences."""
    spans: dict[int, tuple[int, int, str]] = {}
    for m in _SUFFIX_RE.finditer(text):
        start = _clause_start(text, m.start())
        name_start, name = _trim(text[start : m.end()], start)
        end, suffix = m.end(), m.group(0)
        part = _WORKS_PART_RE.search(name)
        if part:  # "某某项目主体工程已完工": the part finished belongs to 某某项目
            end, suffix, name = end - (len(name) - part.start()), "项目", name[:part.start()]
        if name and _is_specific(name, suffix) and not _is_class(text, name_start, end):
            spans[name_start] = (name_start, end, name)
    for start, end, item in _list_items(text) + _invested_names(text):
        if start not in spans and not any(s <= start < e for s, e, _ in spans.values()):
            spans[start] = (start, end, item)
    ordered = sorted(spans.values())
    keep: list[tuple[int, int, str]] = []
    for span in ordered:
        if keep and span[0] < keep[-1][1]:
            if span[1] - span[0] > keep[-1][1] - keep[-1][0]:
                keep[-1] = span
            continue
        keep.append(span)
    return tuple(keep)


# The parts of one project's works, named after it: 主体工程, 土建工程, 配套工程 …
_WORKS_PART_RE = re.compile(r"(?<=项目)(?:主体|土建|基础|配套|附属|装修|钢结构|一期|二期|三期)工程$")


def _clause_start(text: str, end: int) -> int:
    """Back to the clause start, over bracketed parts; a bracket opened and not closed before `end`
    starts the name (A项目(B公司C项目): the second name is B公司C项目)."""
    start = end
    depth = 0
    while start > 0:
        ch = text[start - 1]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            depth -= 1
            if depth < 0:
                break
        elif depth <= 0 and ((_CLAUSE_END.match(ch) and not _SPACED_NUMBER.match(text, start - 2))
                             or text.startswith("..", start - 2)):  # an ellipsis typed as dots
            break
        start -= 1
    return start


# A space some sites put around the numbers inside a name ("年产 15 万吨"): no clause break.
_SPACED_NUMBER = re.compile(r"(?:\d [\u4e00-\u9fff]|[\u4e00-\u9fff] \d)")


# A head noun alone after a cut word means the word was the name's own modifier: 产品展示中心.
_BARE_HEAD_RE = re.compile(r"(?:中心|馆|大厅|平台)$")


def _trim(span: str, offset: int) -> tuple[int, str]:
    """Strip leading verbs/phrases from a clause-to-suffix span; returns (start, name)."""
    cut = 0
    # Cut after the rightmost strong cut word outside brackets (产业园(南昌向塘物流中心)项目); the
    # caller rejects what is left if it is generic.
    for m in _CUT_AFTER.finditer(span):
        if m.end() < len(span) - 1 and not _in_brackets(span, m.start()) and not _BARE_HEAD_RE.match(span, m.end()):
            cut = m.end()
    m = _LEAD_WORDS.match(span[cut:])
    if m and len(span) - cut - m.end() >= 3 and (firm_head(span[cut + m.end():]) or not firm_head(span[cut:])):
        cut += m.end()
    while True:
        m = _LEAD_JUNK.match(span, cut)
        if not m or m.end() == cut:
            break
        cut = m.end()
    raw = span[cut:].strip(" ")
    name = raw.strip("“”\"'《》「」『』 ")
    if name.startswith(("“", "\"")):
        name = name[1:]
    if raw.startswith("“") and "”" in name and "“" not in name:
        name = "“" + name  # a quoted name before its suffix keeps its quotes: “X”项目
    if raw.endswith("”") and "“" in name and "”" not in name:
        name += "”"  # a list item with a quoted part at its end keeps both quotes: A集团“B城”
    return offset + span.find(name, cut) if name else offset, name


def _in_brackets(text: str, pos: int) -> bool:
    """Is text[pos] inside a bracket pair that closes later in text?"""
    opened = max(text.rfind("(", 0, pos), text.rfind("（", 0, pos))
    return opened >= 0 and re.search(r"[)）]", text[opened:pos]) is None and re.search(r"[)）]", text[pos:]) is not None


_PLACE_NOUN_SUFFIX_RE = re.compile(r"(?:中心|综合体|产业园|园区|基地)项目")
_RANK_MARK_RE = re.compile(r"重点|重大|招商|优质|本次|此次|全部|上述|所有|部分|首批")


# A quoted slogan inside a name ("三个中心") counts nothing.
QUOTED_SLOGAN_RE = re.compile(r"“[^“”]{1,12}”")


def _is_specific(name: str, suffix: str) -> bool:
    if len(name) < len(suffix) + 2 or len(name) > 60:
        return False
    unquoted = QUOTED_SLOGAN_RE.sub("", name)  # a quoted slogan may hold counts: X公司“三个中心”基地项目
    if _BAD_NAME_RE.search(unquoted) and not re.search(r"年产|[0-9]+(?:万|千)?(?:吨|GW|MW|吉瓦)", name):
        return False
    if name.count("“") != name.count("”") or name.count("（") != name.count("）"):
        return False
    head = name[: len(name) - len(suffix)]
    if _GENERIC_RE.match(head) or _ANAPHOR_RE.match(name):
        return False
    rest = _GENERIC_TAIL_RE.sub("", head)
    tail = head[len(rest):]
    if rest != head and (_REGION_END_RE.search(rest) or _CLASS_MARK_RE.search(tail)) \
            and not (_PLACE_NOUN_SUFFIX_RE.match(suffix) and not _RANK_MARK_RE.search(tail)):
        return False  # "X重点项目", "X重点基地项目" are a class; "X储备中心项目" one project
    return len(rest) >= 2 and not _GENERIC_RE.match(rest) and not is_place(rest)


# A kind of project, not one: counted right after it ("新材料项目3个", "技改项目入库12个") or naming
# the class of the list in front of it ("A、B等智能装备项目", "A等医药研发、医疗服务项目").
_COUNT_AFTER_RE = re.compile(
    r"(?:入库|签约|开工|落地|投产|竣工|(?:集中)?(?:签约|开工))?(?:共|达|有)?"
    rf"{COUNT}(?:多|余)?(?:个|项|批)(?!月|小时)"
)


# ("A等5条道路、B项目": a list closed by its count, then a new item, is not that)
_AFTER_DENG_RE = re.compile(r"等(?:[^，,。；;、等\d个条项家批座所]{2,12}、){0,3}$")


# "签约的科技金融项目有:A;B": a kind of project heading the list of its members
_HEADS_LIST_RE = re.compile(r"(?:主要)?(?:有|包括|分别是|分别为)[:：]")


def _is_class(text: str, start: int, end: int) -> bool:
    return bool(_COUNT_AFTER_RE.match(text, end) or _AFTER_DENG_RE.search(text, 0, start)
                or _HEADS_LIST_RE.match(text, end))


# "投资6亿元的云途数据中心、投资5亿元的星程智慧车联网": what an amount introduces is a project,
# whatever its last word.
_INVESTED_NAME_RE = re.compile(
    r"(?:总投资|计划投资|投资)(?:约|达|超|近)?[0-9.]+(?:亿|万)元?(?:人民币)?的(?P<name>[^，,。；;、：:“”]{3,30}?)(?=[、，,。；;]|等|$)"
)


# "总投资10亿元的项目今年开工": a clause about "the project", not a name.
_CLAUSE_NOT_NAME_RE = re.compile(r"^(?:项目|企业|工程)|今年|明年|(?:开工|签约|投产|落地|竣工|建成|开业|启动)$")


# "X公司在高新区建设华东研发制造中心": what a building verb with its place introduces, up to the
# clause end, is a project when it ends in a facility's word (打造 a goal's verb: "打造金融中心").
_BUILT_AT_RE = re.compile(
    r"在[^，,。；;、]{1,12}?(?:投资)?(?:建设|新建|兴建|投建)(?P<name>[^，,。；;、：:“”]{2,25}?(?:中心|总部|工厂|基地|产业园))"
    r"(?=[，,。；;]|$)"
)


def _invested_names(text: str) -> list[tuple[int, int, str]]:
    """Names that an investment amount or a building verb with its place introduce, when no suffix
    rule found them."""
    out = []
    for m in [*_INVESTED_NAME_RE.finditer(text), *_BUILT_AT_RE.finditer(text)]:
        name = m.group("name")
        if _is_item(name) and not _ITEM_NOT_PROJECT_RE.search(name) and not _CLAUSE_NOT_NAME_RE.search(name):
            out.append((m.start("name"), m.end("name"), name))
    return out


def _list_items(text: str) -> list[tuple[int, int, str]]:
    """Items of enumerations that the sentence presents as projects."""
    out = []
    bounds = []
    for m in _LIST_TAIL_RE.finditer(text):
        bounds.append((_list_start(text, m.start()), m.start()))
    for m in _COUNT_CLOSE_RE.finditer(text):
        items = text[_list_start(text, m.start()) : m.start()].split("、")
        if len(items) > 1 and ("项目" in items[0] or any(_NAME_END_RE.search(item) for item in items)):
            bounds.append((_list_start(text, m.start()), m.start()))  # a list of projects, not of firms
    for m in re.finditer("等", text):
        start = _list_start(text, m.start())
        if sum(bool(_NAME_END_RE.search(item)) for item in text[start : m.start()].split("、")) >= 2:
            bounds.append((start, m.start()))
    for m in _LIST_HEAD_RE.finditer(text):
        if not re.search(r"项目|工程", text[_clause_start(text, m.start()) : m.start()]):
            continue  # "企业3家,分别为A、B" lists firms; "主要包括厂房、仓库" lists parts
        end = m.end()
        while end < len(text) and text[end] not in "，,。；;：:等":
            end += 1
        bounds.append((m.end(), end))
    for start, end in bounds:
        pos = start
        for part in re.split(r"(、)", text[start:end]):
            if part != "、":
                item_start, item = _trim(part, pos)
                if item and _ITEM_OK_RE.match(item) and not _ITEM_NOT_PROJECT_RE.search(item) and _is_item(item):
                    out.append((item_start, item_start + len(item), item))
            pos += len(part)
    return out


def _list_start(text: str, end: int) -> int:
    """Start of an enumeration ending at `end`: back over 、-separated items to the clause start."""
    start = end
    while start > 0 and text[start - 1] not in "，,。；;：:！!？?":
        start -= 1
    return start


def _is_item(item: str) -> bool:
    """An enumeration item that is a project: not a count, a figure, or a person's title (the
    officials of "书记、主任某某对A、B等项目进行汇报" share the 、 chain)."""
    if _BAD_NAME_RE.search(item) or re.search(r"投资|面积|占地", item) or item.endswith(TITLE_WORDS):
        return False
    return not _GENERIC_RE.match(item) and not _ANAPHOR_RE.match(item) and len(item) >= 3
