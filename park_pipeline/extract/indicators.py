"""Economic indicators of a park or city: "固定资产投资18.85亿元,同比增长21.6%".

A figure is a number with a unit (money, a count of projects/firms, of jobs or talent in 人/名, of
patents in 件, a share in %; land and capacity are sizes of sites, no figures); its name is
the clause text in front of it with time, place and verb words stripped, or the noun after a
count ("签约5个项目" -> 签约项目). Growth rates that follow a figure go into growth_pct; a growth
rate with no figure becomes a growth-only row (value None). Company-level figures, capacities,
size classes ("10亿元以上项目"), province-level figures, targets (also when the goal is set earlier
in the sentence: "到2030年,…") and single projects' own investments are left out. Counts are also
read where the noun is elsewhere: after a list ("集中开工A、B等项目10个", "X项目为A、B,共计7个") and
in a series ("分别为45个、43个"). Counts are read in digits and, from ten up, in Chinese numerals
("新增规上企业十二家"); firms an action reached or an event drew ("与15家企业洽谈", "320家企业参展")
are activities, not figures of the park.
"""
from __future__ import annotations

import re

from park_pipeline.extract.amounts import COUNT, NUMBER, Amount, find_amounts, to_number
from park_pipeline.extract.sentences import Sentence
from park_pipeline.language.gazetteer import gazetteer
from park_pipeline.language.vocabulary import (
    CAPACITY_VERBS,
    CONDITION_AFTER,
    DONE_WORDS,
    EVENT_ADVERBS,
    EVENT_VERBS,
    FALL_WORDS,
    FULL_OUTPUT_WORDS,
    GRANT_WORDS,
    INDICATOR_ABBREVIATIONS,
    ITEM_NOUNS,
    LIST_EVENT_VERBS,
    MARKET_MEASURES,
    PEOPLE_NOUNS,
    RATE_CHANGE_WORDS,
    REPRESENTATIVE_WORDS,
    RISE_WORDS,
    STAGE_WORDS,
    STATISTICS_MEASURES,
    TAKING_PART_VERBS,
    TARGET_WORDS,
    TITLE_WORDS,
    ZONE_WORDS,
    alternation,
)

_COUNT_RE = re.compile(
    rf"(?P<num>{NUMBER})(?P<fuzz>多|余)?"
    r"(?P<unit>个百分点|万(?:多|余)?户|户|万(?:多|余)?家|万人次|人次|万人|人|名|件|个(?!月|多月|小时|工作日|星期|季度|百分点|亿(?!元(?:及)?以上)|万(?!元(?:及)?以上))|家|项|平方公里|公里|位|[%％]"
    r"|分(?![钟之秒别]))"  # a score: "综合得分92.6分"
)
_GROWTH_VERB = alternation(RISE_WORDS + FALL_WORDS)
# A statistics measure written after its amount, up to the clause end or the growth rate.
_MEASURE_AFTER = re.compile(
    rf"的?(?P<measure>{alternation(STATISTICS_MEASURES)})(?=[，,；;。]|$|(?:同比|比上年|较上年)?(?:{_GROWTH_VERB}))"
)
_GROWTH_RE = re.compile(
    r"(?:同比|较上年同期|较上年|较去年同期|较去年底|较去年|比上年同期|比上年|比去年同期|比去年)?(?:年均|年平均)?"
    rf"(?:(?P<verb>{_GROWTH_VERB})率?(?:了|为|达|达到)?(?:(?P<num>{NUMBER})[%％]|百分之(?P<words>{NUMBER})|(?P<times>{NUMBER})倍)"
    r"|(?:实现)?翻(?P<doublings>[一两二三])?番)"  # "增长1.3倍" is +130 %, "翻一番" +100 %, "翻两番" +300 %
)
_PERIOD_RE = re.compile(  # not the base of a comparison ("较去年底增长12%")
    r"(?<![较比])(?:(?:19|20)\d{2}年?\s*[-—~～至到]\s*(?:19|20)\d{2}年|“?十[一二三四五六七八九]五”?(?:以来|期间|时期)"
    r"|近(?:\d+|[一二三四五六七八九十]+)年(?:来|以来)?|"
    r"截至\S{1,8}?(?:底|末|日)|(?:(?:19|20)\d{2}年(?:度)?|今年|去年)?(?:\d{1,2}\s*[-—~～至到]\s*\d{1,2}月份?|[一二三四]季度|第[一二三四]季度|前三季度|上半年|下半年|"
    r"前(?:[一二三四五六七八九十]+|\d{1,2})个月|1[0-2]月|[1-9]月(?!\d*日)|全年)"
    r"|(?:19|20)\d{2}年(?:度)?|今年以来|今年|去年|过去一年|截至目前|截至\S{2,6}日)"
)
_DIGIT = re.compile(r"\d")
_CLAUSE_SPLIT = re.compile(r"[，,；;。：:！!？?]")
# Words around the name that are not part of it.
_NAME_LEAD = re.compile(
    r"^(?:其中|同时|此外|另外|并且?|而|且|还|共计|共|累计|合计|总计|全年|今年以来|今年初|年初|今年|去年|目前|截至目前|当前|"
    # discourse openers: "这是继…", "特别是近3年…"
    r"这是|这次|这批|这一|这|继|"
    # the means a standing is won by: "以综合得分92.6分位列第一", "凭借营业收入520亿元"
    r"(?:以|凭借|凭|依靠|依托)(?![上下旧])|"
    # list markers: "一是", "——", "◆", "【数据】", "1.", "(一)"
    r"(?:其)?[一二三四五六七八九十]是|——|[•\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf]|【[^【】]{1,8}】|\d{1,2}[.、．](?!\d)|(?:约|大约|近|超)(?=占)|[春夏秋冬]季|特别是|尤其是|近(?:\d+|[一二三四五六七八九十]+)年(?:来)?|"
    r"已经|已|实现|完成(?!投资)|(?:全[省国市])?率先|达到|达成|达|新增加|(?:共)?涉及|有(?!效)|拥有|现有|列入|确定|包括|动态|成立以来|首季度|对比|比(?![重例率])|和|与|及|以及|全市|全区|全县|该区|辖区|我区|我市|我们|区内(?![资需销贸])|"
    r"(?:(?:19|20)\d{2}年(?:度)?)?(?:\d{1,2}[-—~～至]\d{1,2}月份?|[一二三四]季度|第[一二三四]季度|前三季度|上半年|下半年|"
    r"前(?:[一二三四五六七八九十]+|\d{1,2})个月|1[0-2]月|[1-9]月)|(?:19|20)\d{2}年(?:度)?|本次|此次|当天|当日|会上|现场|活动中|仪式上|同比|迈上|跨上|跃上|站上|突破|形成|获得|在(?!建)|主要建设|主要|"
    r"(?:\d+|[一二三四五六七八九十]+)(?:多|余)?(?:个|项|家)|"
    # a bracketed aside or a city named with the period: "(某某区)…", "某某市2019年度一季度…"
    r"[(（][^()（）]{1,12}[)）]|[)）]|[\u4e00-\u9fff]{2,3}市(?=(?:19|20)\d{2}年|[一二三四]季度|今年|上半年|前三季度))+"
)
_NAME_TAIL = re.compile(r"(?:约合|折合|为|达到|达|共有|共计|共|有|(?<!签)约|近|超过|超|逾|(?<![通经])过|突破|实现|完成|累计|合计|总计|是|的|分别|占|由|已|首次|具|将|预计|(?:提升|提高|上升|增长|增加)(?:至|到))+$")
# A verb between a subject and its measure ("生物产业规上工业实现产值" -> …规上工业产值).
_INNER_VERB = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:可)?实现(?=[\u4e00-\u9fff]{2})")
_PARK_LEAD = re.compile(rf"^[\u4e00-\u9fff()（）·]{{0,10}}?(?:{alternation(ZONE_WORDS)})(?:内(?![资需销贸]))?")  # "园区内规上企业"
_CO_NAMED_PLACE = re.compile(r"^[·•・][\u4e00-\u9fff]{1,4}?[区县市](?=[\u4e00-\u9fff]{2})")  # 某某高新区·某某区
_COMPANY_RE = re.compile(r"公司|集团|股份|有限|(?:该|此|这家)企业")
# "企业去年实现营业收入12.6亿元": a sentence opened by a bare 企业 doing or earning is the firm a story is about.
_FIRM_OPENS = re.compile(
    r"^(?:[^，,；;。]{0,8}[，,])?企业(?=(?:今年|去年)?(?:上半年|全年|前三季度|一季度)?(?:实现|完成|产值|营业收入|营收|销售收入|纳税))"
)
# Counts of things officials visited or helped are not indicators ("深入6个项目现场", "帮助15家企业"); projects
# carried out are ("共实施重点项目126个", "计划实施120个项目": 实施 before the count), other things carried out are not.
_ACTION_LEAD = re.compile(r"组建|深入|带队|带领|邀请|帮助|帮扶|拜访|覆盖|协助|由|走访|察看|查看|观摩|拉练|参与|调研|组织|召开|参加|出席|接待|会见|对接了|"
                          r"实施(?![^，,；;。]*?(?:项目|工程))(?!$)|接洽|洽谈了")
# A market's size, or a figure of the industry as a whole ("行业总产值突破1.4万亿元"), is the sector's.
_SECTOR_FIGURE = re.compile(rf"{alternation(MARKET_MEASURES)}|^(?:全|整个)?行业")
# "最高可获得1000万元", "给予一次性奖励30万元": a policy's cap or grant to each recipient.
_POLICY_TERM = re.compile(
    rf"(?<!历史)(?:最高|最多|不超过|上限)(?:可|为|达)?(?:获得|享受|给予)?(?:{alternation(GRANT_WORDS)})?$"
    rf"|(?:可获得|可享受|一次性)[^，,；;。]{{0,6}}?(?:{alternation(GRANT_WORDS)})(?:资金)?$"
)
# "建成后可容纳企业50家": what a site can take is a capacity.
_CAPACITY = re.compile(rf"(?:可以|能够|可|能)(?:{alternation(CAPACITY_VERBS)})")
# "与15家企业开展合作", "为120家企业兑现奖补": the count names whom an action was for or with.
_PARTNER_LEAD = re.compile(r"(?:与|同|为|向|给|对)$")
# "320家企业参展", "12家企业入选…名单": firms that took part in or were picked by an event.
_TAKING_PART = re.compile(rf"(?:{alternation(EVENT_ADVERBS)})?(?:{alternation(TAKING_PART_VERBS)})")
# "84个项目负责人", "30家企业的代表": the people of the counted things.
_PEOPLE_OF = re.compile(rf"的?(?:{alternation(REPRESENTATIVE_WORDS + TITLE_WORDS)})")
# "数量从838家增加到1552家": a change between two levels, not a figure of its own.
_FROM_TO = re.compile(r"从$|从[^，,；;。]*(?:增加|增长|提高|提升|扩大|上升)(?:到|至)$")
_RATE_CHANGE = re.compile(
    rf"(?:较|比)[^，,；;。]{{0,12}}?(?:{alternation(RATE_CHANGE_WORDS)})了?$"
    r"|(?:高于|低于|快于|慢于|超过|领先)[^，,；;。]{0,12}$"  # "高于全市平均水平2.3个百分点"
)
# "…项目共21个,包括7个A项目和14个B项目": counts of the parts of a count before them.
_PARTS_LEAD = re.compile(r"(?:其中)?(?:包括|包含)")
_SIBLING_COUNT = re.compile(rf"{COUNT}(?:多|余)?(?:个|家|项)[^，,；;。]{{0,16}}?(?:项目|企业)(?:和|及|与|以及|、)$")
_NOT_THINGS = r"(?!月|多月|小时|工作日|星期|季度)"  # "3个月" is a span of time, not a count of things
_COUNT_ONLY = re.compile(rf"(?<!第){COUNT}(?:多|余)?(?:个{_NOT_THINGS}|项|家|批)")
# Verbs after which "签约3个" means projects.
_PROJECT_VERB_END = re.compile(r"(?:签约|开工|投产|落地|引进|入驻|竣工|开复工|新开工|招引|储备|谋划|落户|落实|实施|推进|新建|续建)$")
_EVENT = rf"(?P<verb>(?:集中)?(?:{alternation(EVENT_VERBS)}))"
# "12个项目现场签约", "8个项目顺利开工": how or where it happened is not part of the event's name
_VERB_AFTER = re.compile(rf"(?:{alternation(EVENT_ADVERBS)})?{_EVENT}")
_VERB_AT_CLAUSE_END = re.compile(
    rf"(?:将|拟|计划)?在[^，,；;。、]{{2,20}}?{_EVENT}(?=[，,；;。]|$)"
)
# "集中开工的31个项目", "集中签约和开工的84个项目": events joined by 和/、 name one set
_VERB_BEFORE_DE = re.compile(
    rf"(?P<verb>(?:集中)?(?:{alternation(EVENT_VERBS)})(?:(?:和|、|及|与)(?:{alternation(EVENT_VERBS)}))*)的$"
)
# Words in a figure's clause that make it a goal, or a figure of a wider scope than a park or city.
_GOAL_CONTEXT = re.compile(r"目标|力争|争取|确保|预计到|到20\d\d年|未来(?!产业)")  # 未来产业 is a class of industries
# A share of or a place in the wider scope ("占全省的12%", "居全国第三", "排名全省第3位", "在全省率先", "全省首个"),
# a ranking list ("全国500强企业") and where guests came from or a reach ("来自全国各地的客商", "面向全球招商") are
# the park's own figure; 我省 and 我国 are the wider scope in the reporter's words.
_SCOPE_CONTEXT = re.compile(
    r"(?<!占)(?<!居)(?<!位居)(?<!高于)(?<!低于)(?<!快于)(?<!排名)(?<!位列)(?<!来自)(?<!面向)(?<!辐射)(?<!遍布)"
    r"(?:全省|全国|全球|省内|我省|我国)"
    r"(?!率先|首[个家批位]|第[一二三四五六七八九十\d]|[\d百千]+强)"
)
# A sentence that opens with the province or nation as its subject ("上半年,全省规上工业增加值增长8%,固定
# 资产投资完成3200亿元") keeps it for every clause until a narrower place is named ("在全省考评中,高新区…").
_SENTENCE_OPENING = re.compile(r"^[^，,；;。]{0,8}?[，,]?$")  # a period or a connective before the subject
# The province by its name, and all the zones of the wider scope ("全国高新区", "全省省级以上开发区"), are the
# wider scope (a province-level city, 北京市, is a city).
_WIDER_SUBJECT = alternation(tuple(p for p in gazetteer().provinces if not p.endswith("市")))
_SUBJECT_PLACE = re.compile(
    rf"(?P<wide>(?:{_SCOPE_CONTEXT.pattern}|{_WIDER_SUBJECT})(?:(?:共有|共|各类|各)?(?:国家级|省级以上|省级)?(?:{alternation(ZONE_WORDS)}))?)"
    rf"|全市|全区|全县|园区|{alternation(ZONE_WORDS)}"
)
# A goal set earlier in the sentence covers the figures after it ("到2025年,…累计完成投资1000亿元").
_TARGET_BEFORE = re.compile(rf"{alternation(TARGET_WORDS)}|(?:^|[，,：:])(?:预计|计划|力争|争取)?到20\d\d年")
_DONE = re.compile(alternation(DONE_WORDS))
_SIZE_CLASS_NOUN = re.compile(r"(?:大|重大|重点|工业|产业)?(?:项目|企业)")
_SIZE_CLASS_AFTER = re.compile(r"(?:（含）|\(含\))?(?:以上|以下|及以上)")
_NOUN_AFTER = re.compile(r"[^，,；;。：:、\d]{0,16}?(?:项目|企业|单位|产业链|园区|平台)")
# "贡献了全市30%的税收", "占全区15%的工业产值": a share named by the measure after it and its whole.
_SHARE_OF = re.compile(r"(?:以上|左右)?的(?P<measure>[\u4e00-\u9fffA-Za-z&]{2,10}?)(?=[，,；;。]|$|(?:和|及|、)\d)")
_SHARE_SCOPE = re.compile(r"全市|全区|全县|全省|全国|全州")
_SHARE_MEANS = re.compile(rf"以(?:占)?(?:{_SHARE_SCOPE.pattern})")
# "两家企业产值均超过10亿元": a mark each of several passed (人均, 亩均 and 平均 are measures).
_EACH_OVER = re.compile(r"(?:(?<![人亩平年日月户地])均|都|皆)(?:已)?(?:超过|超|达到|达|突破|过|逾|在|为)?$")
_RATIO_WORDS = re.compile(r"率|比重|占比|比例|占|贡献|拉动|份额|强度")
# "该项目是全市单体投资最大的工业项目,总投资达120亿元", "该基地将引进配套企业30家": a sentence opened by one
# project (after a period or a connective) is about it, whatever its clauses name.
_ONE_PROJECT_OPENS = re.compile(r"^(?:[^，,；;。]{0,8}[，,])?(?:该|此|这个|这一)(?:项目|基地|工程)")
# "12个项目中,投资最大的是X项目,总投资达30亿元": one project singled out of a group; the figures after it are its own.
_SINGLED_OUT = re.compile(r"最(?:大|高|多)的(?:是|为|当属|要数)?[^，,；;。]{2,30}?(?:项目|基地|工程)")
# Projects named by their stage or rank alone, with no name of their own, are a group ("在建项目", "重点项目").
_GROUP_OF_PROJECTS = re.compile(
    r"(?:重点|重大|在建|续建|新建|新开工|开工|竣工|投产|入驻|落地|落户|引进|招引|储备|签约)(?:产业|工业)?项目"
)
_PROJECT_OWN = re.compile(r"(?:该|此|本)(?:项目|产业园|基地|工程)|项目(?:一期|二期)?(?:计划)?总?投资")
_AGGREGATE = re.compile(
    rf"(?<!第){COUNT}(?:个{_NOT_THINGS}|项|家|批)|[共合累总]计|一批|多个|这些|集中|签约|全区|全市|开发区|高新区|经开区"
    r"|平均|人均"  # an average is over many projects
    r"|项目数量|项目个数"  # "项目数量同比增长…,总投资…": the projects counted before
    r"|[亿万]元(?:及)?以上(?:的)?项目"  # a size class is a group of projects
)
# Keys that, with no count or total in front of them, describe one project ("计划总投资2.9亿元").
_OWN_KEY = re.compile(
    r"^(?:其中)?(?:项目)?(?:[一二三]期)?(?:项目)?(?:计划|拟|预计)?(?:总投资|投资总额|投资)(?:额)?(?:约|达|为|超|近)?$"
)
# "项目全部投产后,预计实现年产值…", "签约项目达产后…": the outlook of a group of projects, not of one
_ALL_PROJECTS = re.compile(r"(?<![该此本])项目(?:全部|均)(?:建成|投产|达产|竣工)|(?:这些|上述|所有|签约)项目")
_COUNTED_PROJECTS = re.compile(r"(?<!第)\d+(?:多|余)?个[^，,。；;]{0,6}项目")
# "年纳税", "年产值" are a project's yearly outlook; "上半年税收", "2023年产值" are a period's figure.
_OUTPUT_OWN = re.compile(r"(?<![半全今去明\d度])年(?:产值|营收|营业收入|销售收入|(?:创|纳)?税)|达产|建成后|投产后|\d年内|利税|每年")
# "项目建成后,可实现产值8亿元,新增税收6000万元": a project finished or producing is the condition of
# every figure after it in the clause chain, not only of the clause that names it.
_OUTLOOK = re.compile(
    rf"(?:{alternation((*STAGE_WORDS['竣工'].split(), *STAGE_WORDS['投产'].split(), *FULL_OUTPUT_WORDS))})+"
    rf"(?:{alternation(CONDITION_AFTER)})"
)
# A share in tenths right after a rate: "复工率超九成", "入驻率达8成" (value 9, unit 成).
_TENTHS_RE = re.compile(r"(?:超过|超|近|逾|达到|达|约|为|已达|突破)?(?P<num>[一二三四五六七八九]|\d(?:\.\d)?)成(?:以上|左右)?(?![\u4e00-\u9fff])")
_RANK_BEFORE = re.compile(r"(?P<word>排名|位次|位列|位居)第$")
_BARE_NOUNS = ("项目", "企业", "单位", "园区", "平台")
# "X项目为A、B、C,共计7个": a total with no noun counts the subject that opened the list.
_TOTAL_ONLY = re.compile(r"(?:共计|共有|共|合计|总计|累计)")
# What a bare total counts: the things a clause before it lists ("X项目为A、B", "X项目涉及A、B等领域")
# or names as a whole clause ("当天集中开工重点项目,共十二个").
_LISTED_SUBJECT = re.compile(
    r"(?:^|[，,；;。：:])(?P<subject>[^，,；;。：:]{2,24}?(?:项目|企业))"
    r"(?:(?:主要)?(?:为|是|有|包括|分别是|分别为|涵盖|涉及|覆盖|分布在)|(?=[，,]))"
)
_COUNTED_BEFORE = re.compile(r"(?P<what>[^，,；;。]*(?:项目|企业))(?:个数|数量|数)?[^，,；;。项企]*$")
_EVENT_THINGS = re.compile(rf"(?P<verb>(?:集中)?(?:{alternation(LIST_EVENT_VERBS)}))的?(?P<what>[^，,；;。、\d]{{0,6}}?(?P<noun>项目|企业))")
_INTO_PLACE = re.compile(r"(?:其中)?(?P<verb>(?:拟|将|计划)?(?:入驻|落户|落地|进驻))[^，,；;。、\d]{2,24}?(?:园区|园|区|基地|中心)")
_LEVEL_AFTER_NEW = re.compile(r"(?:总数|总量|数量|累计|共计|总计|合计)?(?:达到|达|为|突破|超过|升至|增至|增加到|增加至)")
_NEW_WORDS = re.compile(r"^(?:新增|新引进|新认定|新)")
_LIST_VERB = re.compile(rf"(?P<verb>(?:集中)?(?:{alternation(LIST_EVENT_VERBS)}))[^，,；;。、]{{2,40}}?[、等]")
_COUNT_UNITS_NEED_NOUN = {"个", "家", "项", "户", "万户", "万家"}
# Units of counts of people and items, with what they must count (written before them or right after).
_PEOPLE = re.compile(rf"(?:{alternation(PEOPLE_NOUNS)})")
_OTHER_UNITS = {"人": _PEOPLE, "名": _PEOPLE, "万人": _PEOPLE, "人次": _PEOPLE, "万人次": _PEOPLE,
                "件": re.compile(rf"(?:{alternation(ITEM_NOUNS)})")}
_MIN_WORDED_COUNT = 10
# "在签约的9个项目中,有…", "85个项目已开工78个": the counted things named again as the base of a part of them.
_BREAKDOWN_AFTER = re.compile(rf"中|[^，,；;。\d]{{0,6}}?{COUNT}(?:多|余)?(?:个|家|项)")
_COUNT_NOUNS = re.compile(r"项目|企业|单位|主体|平台|园区|产业链|工程|批次|户|家|专利|人才|团队|机构|基地")


def find_indicators(sentences: list[Sentence], firms: frozenset[str] = frozenset()) -> list[dict]:
    """Economic figures in the sentences, in text order; `firms` are the article's company names, whose
    own figures ("星河新材实现营收12亿元") are left out like those of a name with a company suffix."""
    out: list[dict] = []
    period = None
    prev_end = 0
    before = ""  # the paragraph's previous sentence
    goals: set[str] = set()  # measures of the goals set by the last sentence with figures
    for sent in sentences:
        text = sent.text
        if sent.start > prev_end:  # a line break between sentences: new paragraph, no carried period
            period = None
            before = ""
        prev_end = sent.end
        found = _PERIOD_RE.search(text)
        if found:
            period = found.group(0)
        rows, before = _sentence_figures(text, before, firms), text
        measures = {_measure(r["indicator"]) for r in rows if r["value"] is not None}
        parallel = len(measures & goals) >= 2 and not found and not _DONE.search(text)
        if measures:
            goals = set()
        for row in rows:
            start = row.pop("_start")
            row.pop("_part", None)
            if row.pop("_among", False) and any(p["value"] == row["value"] and p["unit"] == row["unit"] for p in out):
                continue
            if (parallel and _measure(row["indicator"]) in measures) or _GOAL_CONTEXT.search(_clause(text, start)) \
                    or _under_target(text, start):
                if row["value"] is not None:
                    goals.add(_measure(row["indicator"]))
                continue
            if _SCOPE_CONTEXT.search(_clause(text, start)) or _wider_subject(text, start):
                continue
            local = _last(_PERIOD_RE.finditer(_clause_chain(text, start)))
            row.update(
                period=local.group(0) if local else period,
                sentence=text, sent_start=sent.start, sent_end=sent.end, pos=sent.start + start,
            )
            first = next((prev for prev in out if _same(row, prev)), None)
            if first is None:
                out.append(row)
            elif first["growth_pct"] is None:
                first["growth_pct"] = row["growth_pct"]  # the body gives the rate the headline left out
    return out


def drop_page_repeats(rows: list[dict]) -> list[dict]:
    """Indicator rows of many articles without the figures a page repeats in a second story.

    A newspaper page (one doc_id) often reports "21个项目开工建设" in two stories; the figure is
    counted once per page, like a headline repeated in the body. Rows need doc_id and park_id; a
    repeat is the same figure (see _same) on the same page whose parks do not differ (a story that
    names no park has park_id None); the first is kept, with the park the repeat names if it had none.
    """
    kept: list[dict] = []
    seen: dict[str, list[dict]] = {}
    for row in rows:
        doc, park = row.get("doc_id"), row.get("park_id")
        earlier = seen.get(doc, []) if doc is not None and row.get("value") is not None else []
        first = next((prev for prev in earlier
                      if _same(row, prev) and (park is None or prev.get("park_id") in (None, park))), None)
        if first is not None:
            if first.get("park_id") is None:
                first["park_id"] = park  # the story that names the park tells whose figure it is
            if first.get("growth_pct") is None:
                first["growth_pct"] = row.get("growth_pct")
            continue
        seen.setdefault(doc, []).append(row)
        kept.append(row)
    return kept


def _same(a: dict, b: dict) -> bool:
    """The same figure repeated (headline and body): equal value and unit, overlapping names, and no
    two different growth rates (a headline often leaves the rate out: "产值86亿元" … "产值86亿元,增长9%")."""
    return (
        a["value"] == b["value"] and a["unit"] == b["unit"]
        and (a["growth_pct"] == b["growth_pct"] or None in (a["growth_pct"], b["growth_pct"]))
        and ((x := _short(a["indicator"]))[:2] in (y := _short(b["indicator"])) or y[:2] in x)
        and not _other_events(a["indicator"], b["indicator"])
    )


def _short(name: str) -> str:
    """A name with its terms abbreviated, so "规模以上工业总产值" repeats "规上工业产值"."""
    for full, short in INDICATOR_ABBREVIATIONS:
        name = name.replace(full, short)
    return name


_EVENT_IN_NAME = re.compile(alternation(LIST_EVENT_VERBS))
# "集中开工、竣工项目": events joined by 、 name one set of projects, not a list of things.
_JOINED_EVENTS = re.compile(rf"(?<={'|'.join(v for v in LIST_EVENT_VERBS if len(v) == 2)})、(?=(?:{alternation(LIST_EVENT_VERBS)}))")


def _other_events(a: str, b: str) -> bool:
    """Names of counts of different events (集中开工项目数, 集中竣工项目数) are different figures."""
    ea, eb = set(_EVENT_IN_NAME.findall(a)), set(_EVENT_IN_NAME.findall(b))
    return bool(ea and eb) and not any(x in y or y in x for x in ea for y in eb)


def _last(matches):
    """The last of the matches, or None."""
    found = None
    for found in matches:
        pass
    return found


def _clause(text: str, pos: int) -> str:
    start = pos
    while start > 0 and not _CLAUSE_SPLIT.match(text[start - 1]):
        start -= 1
    end = pos
    while end < len(text) and not _CLAUSE_SPLIT.match(text[end]):
        end += 1
    return text[start:end]


def _measure(name: str) -> str:
    """The measure a name ends with ("新材料产业累计完成投资" -> 完成投资): how parallel goals are told apart."""
    return name[-4:]


def _under_target(text: str, pos: int) -> bool:
    """A goal set earlier in the sentence covers the figure, unless its own clause says it is done."""
    chain = _clause_chain(text, pos)
    goal = _TARGET_BEFORE.search(chain)
    if not goal:
        return False
    own = _lead(text, pos)
    return goal.start() >= len(chain) - len(own) or not _DONE.search(own)


def _wider_subject(text: str, pos: int) -> bool:
    """The last place named before the figure is the province or nation that opened the sentence."""
    chain = _clause_chain(text, pos)
    place = _last(_SUBJECT_PLACE.finditer(chain))
    return bool(place and place.group("wide") and _SENTENCE_OPENING.match(chain[: place.start()]))


def _clause_chain(text: str, pos: int) -> str:
    """Text from the sentence start (or last ；) to pos: where a period word for this figure sits."""
    start = max(text.rfind("；", 0, pos), text.rfind(";", 0, pos), 0)
    return text[start:pos]


def _sentence_figures(text: str, before: str = "", firms: frozenset[str] = frozenset()) -> list[dict]:
    """Figures of one sentence; `before` is the sentence in front of it in the paragraph."""
    rows: list[dict] = []
    taken: list[tuple[int, int]] = []
    own = False  # a figure before was one project's own: a bare measure after it is the project's too
    for amount in find_amounts(text):
        measure_after = _MEASURE_AFTER.match(text, amount.end) if not text.endswith(("以上", "以下"), 0, amount.end) else None
        if not measure_after and _is_size_class(text, amount):
            continue
        lead = _figure_lead(text, amount.start)
        end = amount.end
        if measure_after and not _name(lead):
            lead = lead.removesuffix("了") + measure_after.group("measure")  # "完成86.5亿元固定资产投资"
            end = measure_after.end()
        if _is_project_own(text, amount.start, lead):
            own = True
            continue
        if _EACH_OVER.search(text, 0, amount.start):
            continue
        if _COMPANY_RE.search(lead) or _company_subject(text, amount.start, firms) or _RATE_CHANGE.search(lead) \
                or _POLICY_TERM.search(lead):
            continue  # one firm's; "投资较去年同期增加12.6亿元" is how much a figure moved; a policy's grant
        name = _name(lead)
        if own and _BARE_MEASURE.match(name):
            continue  # "X项目上半年完成投资8.3亿元,累计完成投资16.16亿元"
        in_series = text[amount.start - 1 : amount.start] == "、" or (
            text[amount.start - 1 : amount.start] in ("和", "及") and bool(taken) and taken[-1][1] == amount.start - 1)
        if not name and rows and taken and _VERB_ONLY.fullmatch(lead) and _passed_threshold(text, taken[-1], amount.start):
            rows[-1]["value"] = amount.number  # "税收突破10亿元大关,达10.6亿元": the level itself
            continue
        if not name and rows and taken and rows[-1]["unit"] == amount.unit and _PERIOD_ONLY.fullmatch(lead):
            name = rows[-1]["indicator"]  # "去年完成税收28亿元,今年一季度完成9.6亿元": the measure before
        if not name and _VERB_ONLY.fullmatch(lead):
            name = _name(_measure_before(text, amount.start - len(lead)))  # "营业收入排名全省第3,达到520亿元"
        if not name and not in_series and not _VERB_ONLY.fullmatch(lead) and not _RESPECTIVELY.fullmatch(lead):
            continue  # "22.4亿元、1.6亿元", "860亿元和720亿元" and "同比增长15%,达到820亿元" are named later
        rows.append(_row(name, amount.number, amount.unit, amount.start, text, end))
        taken.append((amount.start, end))
    for m in _COUNT_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        unit = m.group("unit").replace("％", "%")
        if not _DIGIT.match(m.group("num")) and not _worded_count(m.group("num"), unit):
            continue
        last = rows[-1] if rows and taken and taken[-1][1] == m.start() - 1 and text[m.start() - 1] in "、和及" else None
        if last and last["unit"] == unit in _COUNT_UNITS_NEED_NOUN and "从" not in _lead(text, m.start()) \
                and (value := to_number(m.group("num"))) is not None:
            # "分别为45个、43个", "32个和18个": the next figure of a series; _distribute names each
            rows.append(_row(last["indicator"], value, unit, m.start(), text, m.end()))
            taken.append((m.start(), m.end()))
            continue
        near = text[max(0, m.start() - 6) : m.start()]
        if unit == "%" and (_GROWTH_RE.match(text, max(0, m.start() - 8)) or re.search(rf"(?:(?:{_GROWTH_VERB})率?|分别)(?:了|为|达|达到)?$", near)):
            continue
        rank = _RANK_BEFORE.search(near) if unit == "位" else None
        if rank:  # "在参评的30家经开区中排名第6位": a ranking, named by what is ranked
            scope = re.sub(r"中$", "", _lead(text, m.start() - len(rank.group(0))))
            scope = _NAME_LEAD.sub("", scope[scope.rfind("的") + 1 :])  # "参评的38家经开区" -> 经开区
            name = (scope if len(scope) <= 20 else "") + rank.group("word")
            value = to_number(m.group("num"))
            if value is not None and not _COMPANY_RE.search(scope):
                rows.append(_row(name, value, unit, m.start(), text, m.end()))
                taken.append((m.start(), m.end()))
            continue
        if re.search(r"(?:第|前|排名第|年产|每)$", near) or re.match(r"[\d.]*[-—~至]", text[m.end() :]):
            continue
        size = _SIZE_CLASS_AFTER.match(text, m.end())
        if size and not (size.end() == len(text) or _CLAUSE_SPLIT.match(text, size.end())):
            continue  # "10个以上项目" is a size class; "占全市的25%以上," is a figure
        lead = _figure_lead(text, m.start())
        if _COMPANY_RE.search(lead) or _ACTION_LEAD.search(lead) or _FROM_TO.search(lead) or _CAPACITY.search(lead) \
                or _one_project_sentence(text, m.start()):
            continue
        if unit == "个百分点" and _RATE_CHANGE.search(lead):
            continue  # "较一季度加快3.3个百分点": how a rate moved, not a figure
        parts = unit in _COUNT_UNITS_NEED_NOUN and bool(rows) and bool(_PARTS_LEAD.match(lead))
        if parts and _SIBLING_COUNT.search(lead):
            lead = ""  # "包括7个A项目和14个B项目": 14 counts the B projects only
        listed = "、" in _JOINED_EVENTS.sub("", lead) and not re.search(r"\d|等|分别", lead)
        if unit in _COUNT_UNITS_NEED_NOUN and (listed or to_number(m.group("num")) == 1):
            continue  # "A、B、C 3个项目" restates a list ("集中开工、竣工项目" does not); "1个项目" is an anecdote
        noun = ""
        if unit[0] == "万" and unit[-1] in "户家":
            unit = "万" + unit[-1]  # "2.3万余家" is 2.3万家
        if unit in _COUNT_UNITS_NEED_NOUN:
            nm = _NOUN_AFTER.match(text, m.end())
            noun = nm.group(0) if nm else ""
            if noun and (_PARTNER_LEAD.search(lead) or _TAKING_PART.match(text, nm.end()) or _PEOPLE_OF.match(text, nm.end())):
                continue  # "与15家企业洽谈", "120家企业参展", "84个项目负责人": whom an action reached, not the park's
            if noun:
                # the event the counted things belong to, written after them ("31个项目集中开工",
                # "64个重点项目在某新区集中开工") or before them ("集中开工的31个项目")
                verb = _VERB_AFTER.match(text, m.end() + len(noun)) or _VERB_AT_CLAUSE_END.match(text, m.end() + len(noun))
                before_de = _VERB_BEFORE_DE.search(lead)
                if verb and not _PROJECT_VERB_END.search(lead):
                    noun = verb.group("verb") + noun
                elif before_de:
                    noun = before_de.group("verb") + noun
            elif lead.endswith("类") and "项目" in before + text[: m.start()]:
                noun = "项目"  # "…等项目;基础设施类5个": a class of the projects listed
            elif _PROJECT_VERB_END.search(lead):
                # "签约3个" counts projects; "重点工业项目集中签约5个" already says what
                noun = "" if re.search(r"项目(?:集中)?[\u4e00-\u9fff]{2,3}$", lead) else "项目"
            elif _RESPECTIVELY.fullmatch(lead) and (counted := _COUNTED_BEFORE.search(_lead(text, m.start() - len(lead) - 1))):
                lead = counted.group("what")  # "A、B开工项目个数居前列,分别为45个、43个"
            elif _TOTAL_ONLY.fullmatch(lead) and (listed := _last(_LISTED_SUBJECT.finditer(text, 0, m.start()))):
                lead = listed.group("subject")  # "集中开工项目为A、B、C,共计7个": the things listed
            elif _LEVEL_AFTER_NEW.fullmatch(lead) and rows and rows[-1]["indicator"] \
                    and rows[-1]["unit"].lstrip("万") == unit.lstrip("万"):
                # "新增规上企业32家,总数达到286家": the level the new ones brought the count to
                lead = _NEW_WORDS.sub("", rows[-1]["indicator"]) + "总数"
            elif (into := _INTO_PLACE.fullmatch(lead)) and (thing := _thing_counted(rows, unit, before + text[: m.start()])):
                lead = into.group("verb") + thing  # "…项目10个。拟入驻某某产业园8个": the things going into a place
            elif _only_place(lead) and (whole := next((r for r in reversed(rows) if r["unit"] == unit), None)):
                lead = whole["indicator"]  # "全市128个项目集中开工,其中经开区16个": the zone's part of the count
            elif (level := _LEVEL_PART.fullmatch(lead.rsplit("、", 1)[-1])) and rows and rows[-1]["unit"] == unit \
                    and rows[-1]["indicator"]:
                # "研发平台86个,其中国家级12个": the part at one level of the things counted before
                lead = level.group("level") + _LEVEL.sub("", rows[-1]["indicator"])
            elif _VERB_ONLY.fullmatch(lead) and (measure := _measure_before(text, m.start() - len(lead))):
                lead = measure  # "高新技术企业数量位列全省第一,达到386家"
            elif not _COUNT_NOUNS.search(_NAME_TAIL.sub("", lead)[-4:]):
                continue  # the counted noun ends the lead ("入驻企业达150家"); "园区成立了5个…" counts something else
        if unit == "%" and (share := _SHARE_OF.match(text, m.end())) and (scope := _SHARE_SCOPE.search(lead)):
            if _SHARE_MEANS.search(lead):
                continue  # "以占全市5%的土地": the means a result is set against
            lead = share.group("measure") + "占" + scope.group(0) + "比重"  # "贡献了全市30%的税收"
        if unit == "%" and not _RATIO_WORDS.search(lead):
            continue
        if unit == "位" and not re.search(r"排名|位次|位列|提升|前移", lead):
            continue
        if unit in _OTHER_UNITS:
            counted = _OTHER_UNITS[unit]
            nm = counted.match(text, m.end())
            if not (counted.search(_NAME_TAIL.sub("", lead)[-6:]) or nm) or _company_subject(text, m.start(), firms) \
                    or _is_project_own(text, m.start(), _clause_chain(text, m.start())):
                continue  # "新增就业3200人", "引进28名博士"; a firm's staff and patents, one project's jobs are not
            noun = nm.group(0) if nm else ""
        name = _name(lead.removesuffix("了") + noun) if noun else _name(lead)  # "签约了32个项目": 签约项目
        if name in _BARE_NOUNS and "的" in lead:
            # "百亿级的项目有3个": the words before 的 say which projects
            i = lead.rfind("的")
            name = _name(lead[:i] + lead[i + 1 :] + noun)
        if name in _BARE_NOUNS:
            listed = _LIST_VERB.search(lead)  # "集中开工A、B等项目10个": the listed things are the verb's
            name = listed.group("verb") + name if listed else name
        if name in _BARE_NOUNS and _TOTAL_ONLY.fullmatch(lead):
            # "本次开工项目数量多、投资规模大,共计20个项目": the total is of the things an event before names
            event = _last(e for e in _EVENT_THINGS.finditer(text, 0, m.start()) if e.group("noun") == name)
            name = event.group("verb") + event.group("what") if event else name
        if name in _BARE_NOUNS and lead.startswith("其中") and rows and rows[-1]["unit"] in _COUNT_UNITS_NEED_NOUN \
                and name not in rows[-1]["indicator"]:
            name += "数"  # "市场主体4.6万户,其中企业1.2万家": the part of a wider kind of things counted before
        if not name or name in _BARE_NOUNS:
            continue
        value = to_number(m.group("num"))
        if value is None:
            continue
        row = _row(name, value, unit, m.start(), text, m.end())
        row["_part"] = parts
        row["_among"] = bool(noun) and bool(_BREAKDOWN_AFTER.match(text, m.end() + len(nm.group(0)) if nm else m.end()))
        rows.append(row)
        taken.append((m.start(), m.end()))
    for m in _TENTHS_RE.finditer(text) if "成" in text else ():
        lead = _lead(text, m.start())
        if any(s <= m.start() < e for s, e in taken) or not re.search(r"率$|比重$|占比$", lead):
            continue
        name, value = _name(lead), to_number(m.group("num"))
        if name and value is not None and not _COMPANY_RE.search(lead):
            rows.append(_row(name, value, "成", m.start(), text, m.end()))
    if re.search(r"[%％倍番]", text):
        rows.extend(_growth_only(text, taken))
    rows.sort(key=lambda r: r["_start"])
    _distribute(text, rows)
    _merge_growth_first(rows)
    _ratio_subject(rows)
    _name_from_context(rows)
    return [r for r in rows if r["indicator"] and not _SECTOR_FIGURE.search(r["indicator"])]


# What is counted: a name ending in one of these, counted in 个/家/项, is "<name>数".
_COUNTED_THING = re.compile(
    r"(?:项目|企业|单位|主体|平台|工程|基地|园区|产业链|机构|团队)(?:集中)?(?:签约|开工|投产|落地|入驻|竣工|开复工)?$"
)
# A money figure named by its measure alone ("总投资", "投资总额", "协议外资"): whose it is
# comes from the count in front of it ("签约项目12个,投资总额5.8亿美元" -> 签约项目投资总额).
_BARE_MEASURE = re.compile(
    r"^(?:项目)?(?:计划|年度计划|合同|协议|预计|实际)?(?:总投资额?|投资总额|投资额|(?:完成)?投资|外资|利用外资|平均利用外资|总?金额|"
    r"到位资金|注册资本)$"
)
_COUNT_UNIT = {"个", "家", "项"}
_BARE_RATE = re.compile(r"[\u4e00-\u9fff]{2,3}率")


def _name_from_context(rows: list[dict]) -> None:
    """Indicator names built from context, as GOLD-SCHEMA names them: a count of projects or firms
    is "<what>数" (签约项目数), and a bare measure takes the subject of the count before it
    (签约项目12个,总投资… -> 签约项目总投资)."""
    subject = None
    for row in rows:
        name = row["indicator"]
        if not name:
            continue
        if row["unit"] in _COUNT_UNIT and _COUNTED_THING.search(name):
            subject = subject if row.get("_part") and subject else name  # a part's total is its whole's
            row["indicator"] = name + "数"
        elif subject and row["unit"] == "%" and _BARE_RATE.fullmatch(name) and name[:-1] not in subject:
            row["indicator"] = subject + name  # "新引进项目12个,…投产率50%" -> 新引进项目投产率
        elif subject and row["unit"] not in _COUNT_UNIT and row["unit"] != "%" and _BARE_MEASURE.match(name):
            measure = name[2:] if name.startswith("项目") and subject.endswith("项目") else name
            row["indicator"] = subject + measure


def _ratio_subject(rows: list[dict]) -> None:
    """"上市企业3家,在全市占比42.8%": a share with no subject of its own is a share of the figure before it."""
    for prev, row in zip(rows, rows[1:]):
        if row["unit"] == "%" and re.match(r"占|比重|比例", row["indicator"]) and prev["indicator"]:
            row["indicator"] = prev["indicator"] + row["indicator"]


_VERB_ONLY = re.compile(r"(?:达到|达|为|实现|完成|共计|总计|合计|规模|总量)+")
# A clause of a period and a verb alone: "…,今年一季度完成9.6亿元", "其中上半年实现3.2亿元".
_PERIOD_ONLY = re.compile(rf"(?:其中)?(?:{_PERIOD_RE.pattern})(?:已)?(?:{_VERB_ONLY.pattern})")
_THRESHOLD = re.compile(r"(?:突破|超过|超|逾|迈过|跨过|越过|过)$")


# What a clause says of its measure's standing before the level after it: a rank, a record, a first.
_STANDING = re.compile(r"(?:总量|规模|数量)?(?:排名|排在|位列|位居|跃居|稳居|居|列|在全|率先|首次|再创|创|刷新|保持|持续)")


def _measure_before(text: str, clause_start: int) -> str:
    """The measure the clause before names ahead of its standing, when it states no figure of it
    ("营业收入总量排名全省第3位,达到520亿元" -> 营业收入); else ""."""
    if clause_start < 1 or text[clause_start - 1] not in "，,":
        return ""
    before = _lead(text, clause_start - 1)
    standing = _STANDING.search(before)
    if not standing or _DIGIT.search(before, 0, standing.start()):
        return ""
    return before[: standing.start()]


def _passed_threshold(text: str, prev: tuple[int, int], start: int) -> bool:
    """"突破10亿元大关,达10.6亿元": the amount before was a round mark the level passed."""
    between = text[prev[1] : start]
    return bool(re.fullmatch(r"(?:大关|关口|台阶)?[，,][^，,；;。]{0,4}", between)) and (
        bool(_THRESHOLD.search(text, 0, prev[0])) or text.startswith(("超", "逾"), prev[0]))


def _merge_growth_first(rows: list[dict]) -> None:
    """"营业收入同比增长15%,达到820亿元": the level figure belongs to the growth row before it."""
    for prev, row in zip(rows, rows[1:]):
        if not row["indicator"] and prev["value"] is None and prev["indicator"]:
            prev.update(value=row["value"], unit=row["unit"])
            row["indicator"] = ""


_MEASURES = "(?:投资|产值|增加值|收入|营收|税收)"
_MEASURE_END = re.compile(_MEASURES + "$")
# What a clause says of all its items at once ("双增长", "均创新高", "同步提升"), after the last item.
_SHARED_PREDICATE = re.compile(r"(?:均|都|双|同步|齐|实现|保持|再创|创)[^、和及与]*$")
_RESPECTIVELY = re.compile(r"分别(?:为|是|有|完成|实现|达到|达|增长|占)?")


def _distribute(text: str, rows: list[dict]) -> None:
    """"A、B、C三大产业分别完成22.4亿元、1.6亿元、0.4亿元": give each figure its own name; a
    bare measure after them ("…,总投资分别为120亿元、98亿元") is split over the same items."""
    named: list[str] = []
    for m in _RESPECTIVELY.finditer(text):
        subject = _lead(text, m.start())
        before = _lead(text, m.start() - 1) if not subject and _CLAUSE_SPLIT.match(text[m.start() - 1 : m.start()]) else ""
        if shared := _SHARED_PREDICATE.search(before):
            # "营收、税收双增长,分别达到…": the items are the clause before, without what it says of them all
            subject = before[: shared.start()]
        items = re.split(r"、|和|及|与", subject)
        end = m.end()
        while end < len(text) and not re.match(r"[，,；;。]", text[end]):
            end += 1
        inside = [r for r in rows if m.end() <= r["_start"] < end]
        if len(items) < 2:
            measure = _name(subject)
            # "签约项目11个、开工项目9个,总投资分别为68亿元、42亿元": the counts before are the items
            counted = [r["indicator"] for r in rows if r["_start"] < m.start() and r["unit"] in _COUNT_UNIT and r["indicator"]]
            base = named or (counted[-len(inside) :] if len(inside) >= 2 else [])
            if not (base and measure and _BARE_MEASURE.match(measure)):
                continue
            items = [item + measure for item in base]
            subject = ""
        tail = subject and re.search(rf"([两二三四五六七八九十]+(?:大|个|类|项)[^、]*|{_MEASURES})$", items[-1])
        key = ""
        if tail and tail.start() > 0 and not _MEASURE_END.search(items[0]):
            # "产值和增加值分别为…": a last item that is all measure keeps it; "营业收入、工业总产值" share none
            key = tail.group(1) if not re.match(r"[两二三四五六七八九十]", tail.group(1)) else ""
            items[-1] = items[-1][: tail.start()]
        items[0] = _name(items[0]) or items[0]
        if not key and subject:  # "A、B分别完成投资35.2亿元、28.7亿元": the measure sits after 分别
            first = min((r["_start"] for r in rows if r["_start"] >= m.end()), default=m.end())
            key = re.sub(r"^(?:完成|实现|达到|达|为|是)+", "", text[m.end() : first])
            key = key if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", key) else ""
        if len(inside) == len(items) and all(items):
            for row, item in zip(inside, items):
                row["indicator"] = item + key
            named = [] if subject == "" else [row["indicator"] for row in inside]


# An amount followed by a project's size, both attributes of a project named after 的 ("拟投资250亿元,总建筑
# 面积约30万平方米的X项目", "总投资50亿元、占地300亩的X项目"): the project's own, however the sentence opened.
_ATTRIBUTE_CHAIN = re.compile(
    r"[、，,][^，,；;。、\d]{0,4}?(?:占地|用地|面积|年产|产能)[^，,；;。、元%％]{1,16}?的[^，,；;。、\d]{2,30}?(?:项目|基地|工程|产业园)"
)


# What an amount before 的 can be of the park's own ("以营业收入820亿元的成绩", "突破500亿元的规模"): no size class.
_RECORD = re.compile(r"成绩|业绩|佳绩|总量|规模")


def _is_size_class(text: str, amount: Amount) -> bool:
    """"10亿元以上项目", "投资5000万元的项目": a bracket or attribute, not a figure."""
    nxt = text[amount.end : amount.end + 1]
    if amount.qualifier == "以上" and nxt and not _CLAUSE_SPLIT.match(nxt):
        return True
    if nxt == "的" and (_COUNT_ONLY.match(text, amount.end + 1) or _RECORD.match(text, amount.end + 1)):
        return False  # "总投资560亿元的96个项目": a total; "以营业收入820亿元的成绩": the park's own
    if _SIZE_CLASS_NOUN.match(text, amount.end) or _ATTRIBUTE_CHAIN.match(text, amount.end):
        return True  # "超10亿元大项目5个", "拟投资250亿元、占地300亩的X项目"
    return bool(_SIZE_CLASS_AFTER.match(text, amount.end)) or nxt in ("以", "的", "~", "-", "至", "到", "级", "项")


def _worded_count(num: str, unit: str) -> bool:
    """A count written in Chinese numerals that is a statistic ("新增规上企业十二家", "引进项目三十余个").

    Shares, scores ("十分重要") and ranks are printed in digits; small counts in words ("两个项目",
    "三家企业") tell a story rather than report a figure.
    """
    return unit in _COUNT_UNITS_NEED_NOUN and (to_number(num) or 0) >= _MIN_WORDED_COUNT


def _row(name: str, value: float, unit: str, start: int, text: str, end: int) -> dict:
    g = _GROWTH_RE.match(text, end + 1) or _GROWTH_RE.match(text, end) or _GROWTH_RE.match(text, end + 2)
    growth = _growth(g) if g else None
    return {"indicator": name, "value": value, "unit": unit, "growth_pct": growth, "_start": start}


def _growth_only(text: str, taken: list[tuple[int, int]]) -> list[dict]:
    """"固定资产投资同比增长10.5%": a growth rate with no level figure in front of it."""
    rows = []
    for g in _GROWTH_RE.finditer(text):
        if any(0 <= g.start() - e <= 3 for _, e in taken):
            continue
        lead = _figure_lead(text, g.start())
        if _COMPANY_RE.search(lead) or "分别" in text[g.start() - 2 : g.start()]:
            continue
        name = _name(lead)
        if not name or len(name) < 2:
            continue
        rows.append({"indicator": name, "value": None, "unit": None, "growth_pct": _growth(g), "_start": g.start()})
    return rows


def _growth(g: re.Match) -> float | None:
    """The signed rate of a _GROWTH_RE match in %, in digits or words ("百分之十二"), in times or doublings."""
    if g.group("verb") is None:
        return (2 ** to_number(g.group("doublings") or "一") - 1) * 100
    times = g.group("times")
    value = to_number(times or g.group("num") or g.group("words"))
    if value is not None and times:
        value = round(value * 100, 6)
    return -value if value is not None and g.group("verb") in FALL_WORDS else value


# A space between two words in a headline ("招商引资再传捷报 新引进8个项目") parts its phrases like a comma;
# a space beside a number ("产值 462.74 亿元") is only print.
_PHRASE_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


def _lead(text: str, pos: int) -> str:
    start = pos
    while start > 0 and not _CLAUSE_SPLIT.match(text[start - 1]):
        start -= 1
    return _PHRASE_SPACE.split(text[start:pos].strip())[-1]


# What opens a quote or a report after a colon ("他介绍:…", "据统计:…"), not the name of a figure.
_SPEECH_END = re.compile(r"(?:介绍|说|表示|指出|提出|显示|获悉|了解|透露|称|宣布|通报|发布|强调|统计|如下|数据)$")


def _figure_lead(text: str, pos: int) -> str:
    """The words before a figure; in a list of "name:value" items ("签约项目:23个", "实际利用外资:1.2亿美元",
    "固定资产投资:完成56.3亿元") the name before the colon."""
    lead = _lead(text, pos)
    start = pos - len(lead)
    if (lead and not _VERB_ONLY.fullmatch(lead)) or text[start - 1 : start] not in (":", "："):
        return lead
    named = _lead(text, start - 1)
    return lead if _SPEECH_END.search(named) or not named else named


# A count inside a total's name: "集中签约的12个项目总投资" is the 集中签约项目总投资.
_COUNT_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff])\d+(?:多|余)?(?:个|家|项)(?=项目|企业|重点|重大)")
# A size class inside a count's name: "10亿元以上项目", "5亿元~10亿元项目", "超10亿元大项目".
_SIZE_IN_NAME = re.compile(r"[元亿万](?:（含）|\(含\))?(?:以上|以下|~|～|-|至|到)|(?:超过|超|逾)[\d.]+[亿万]元")
_ALL_ZONES = re.compile(r"^(?:[^，,；;。]*?)(?:全市|全省|全县|全州|全盟)(?P<zones>工业园区|产业园区|开发区|园区)")


def _name(lead: str) -> str:
    name = lead
    zones = _ALL_ZONES.match(name)
    # "A、B等新建项目" / "产业项目13个、基础设施类项目" / "总投资10亿元的重大项目": the name is the last part.
    for sep in ("等", "、", "的"):
        i = name.rfind(sep) if sep != "、" else _JOINED_EVENTS.sub("&", name).rfind(sep)  # 开工、竣工项目 is one
        if i >= 0 and len(name) - i - 1 >= 2:
            # "集中开工的建设项目": the event before 的 stays in the name
            event = _VERB_BEFORE_DE.search(name, 0, i + 1) if sep == "的" else None
            rest = name[i + 1 :]
            if sep == "的" and _NAME_TAIL.sub("", rest) in ("比重", "比例") and "占" in name[:i]:
                name = name[:i] + rest  # "税收占全区税收总额的比重": the share names its parts
                continue
            name = event.group("verb") + rest if event and not rest.startswith(event.group("verb")) else rest
    for _ in range(3):
        name = _NAME_LEAD.sub("", name)
        m = _PARK_LEAD.match(name)
        if m and len(name) - m.end() >= 2:
            name = _CO_NAMED_PLACE.sub("", name[m.end() :])
        name = _without_place(name)
    name = _INNER_VERB.sub("", _NAME_TAIL.sub("", name)).strip("\"' ")
    name = _COUNT_IN_NAME.sub("", name)  # "集中签约的12个项目总投资" -> 集中签约项目总投资
    if name.count("“") != name.count("”") or (name.startswith("“") and name.endswith("”")):
        name = name.strip("“”")  # an unbalanced or enclosing quote, not a quoted part ("“三新”项目")
    name = _NAME_LEAD.sub("", name)
    if len(name) < 2 or len(name) > 30 or re.fullmatch(r"[\d.]+", name) or name.endswith("、") or re.search(r"\d[%％]", name):
        return ""
    if re.fullmatch(_GROWTH_VERB, name):
        return ""  # "…18.6亿元,同比增长7.2个百分点": how much a figure grew, named by the figure before
    if zones and zones.group("zones") not in name:
        # "全市工业园区" is every zone of the city, not one park: its figures keep the scope
        name = zones.group("zones") + name
    if re.search(r"\d[亿万]", name) and not _SIZE_IN_NAME.search(name):
        return ""  # an amount inside the name: the clause was cut wrongly
    if re.search(r"\d(?:多|余)?(?:个|家|项|户)(?:和|及|与|、)$", name):
        return ""  # "分别达到56个和320亿元": the figure before in a series, not a name
    return name


_LEVEL = re.compile(r"(?:国家级|国家|省级|省|市级|市|区级)(?:以上)?(?=[\u4e00-\u9fff]{2})")
_LEVEL_PART = re.compile(r"(?:其中)?(?P<level>(?:国家级|省级|市级|区级)(?:以上)?)(?:的)?(?:有|达|达到|为)?")


def _thing_counted(rows: list[dict], unit: str, context: str) -> str:
    """What a count with no noun counts: the projects or firms of the count before it in the unit, else
    projects when the text before speaks of them."""
    whole = next((r["indicator"] for r in reversed(rows) if r["unit"] == unit and r["indicator"]), "")
    if whole:
        return max(("项目", "企业"), key=whole.rfind) if "项目" in whole or "企业" in whole else ""
    return "项目" if unit == "个" and "项目" in context else ""


def _only_place(lead: str) -> bool:
    """"其中经开区", "某某高新区": the words before a count (after a series' 、) name only a zone or a place."""
    lead = _NAME_TAIL.sub("", lead.rsplit("、", 1)[-1].removeprefix("其中"))  # "其中A区48个、B区36个"
    zone = _PARK_LEAD.match(lead)
    places = gazetteer().find(lead) if lead and not zone else []
    return bool(zone and zone.end() == len(lead)) or bool(places and places[0][0] == 0 and places[0][1] == len(lead))


def _without_place(name: str) -> str:
    """"某某区招商项目数", "某某市共开复工项目": the place a figure is of is the row's park, not its name."""
    places = gazetteer().find(name[:8]) if name else []
    # only a place written with its level (某某区, 某某市): a bare one may be a word (新建, 江北)
    if places and places[0][0] == 0 and name[places[0][1] - 1] in "省市区县" and len(name) - places[0][1] >= 4:
        return name[places[0][1] :]
    return name


def _company_subject(text: str, pos: int, firms: frozenset[str] = frozenset()) -> bool:
    """The sentence is about one company (its subject carries a company suffix or is a firm the article
    names) and not a zone."""
    before = text[:pos]
    if not (_COMPANY_RE.search(before) or _FIRM_OPENS.match(before) or any(firm in before for firm in firms)) \
            or _COUNT_ONLY.search(before):  # "A公司X项目、B工程,共计7个": many
        return False
    return not re.search(r"全区|全市|全县|园区|开发区|高新区|经开区|新区|全省", before)


def _one_project_sentence(text: str, pos: int) -> bool:
    """The sentence opens with one project as its subject and counts no projects or firms before pos."""
    return bool(_ONE_PROJECT_OPENS.match(text)) and not _COUNT_ONLY.search(text, 0, pos)


def _is_project_own(text: str, pos: int, lead: str) -> bool:
    """A single project's own figure ("X项目总投资10亿元", "计划总投资2.9亿元", "达产后年产值20亿元")."""
    chain = _clause_chain(text, pos)
    one = _last(_SINGLED_OUT.finditer(chain))
    if _one_project_sentence(text, pos) or (one and not _COUNT_ONLY.search(chain, one.end())):
        return True
    if _GROUP_OF_PROJECTS.match(_name(lead)):
        return False  # "园区在建项目总投资560亿元", "新区重点项目完成投资86亿元": many projects
    if _PROJECT_OWN.search(lead) and not _AGGREGATE.search(text[:pos]):
        return True
    if _OWN_KEY.search(lead) and not _AGGREGATE.search(text[:pos]) and not _COUNTED_PROJECTS.search(text):
        return True
    if (_OUTPUT_OWN.search(lead) or _OUTLOOK.search(chain)) and not _COUNT_ONLY.search(text[:pos]) \
            and not _ALL_PROJECTS.search(text[:pos]):
        return True
    before = text[:pos]
    named = re.search(r"(?:项目|产业园|基地|工程|综合体)[^，,。；;]{0,6}?(?:计划|拟)?(?:总投资|投资总额|投资)[^，,。；;]{0,3}$", before)
    if named and named.group(0).startswith("项目") and (named.start() == 0 or _CLAUSE_SPLIT.match(text[named.start() - 1])) \
            and _COUNTED_PROJECTS.search(before):
        return False  # "…的16个产业项目涵盖…领域,项目总投资90亿元": the counted projects' total
    if not named:
        return False
    # the zone a project's name starts with is where it is (高新区某某产业园二期项目), not a total over the zone
    scope = text[max(0, named.start() - 12) : pos]
    name_head = re.search(rf"(?:{alternation(ZONE_WORDS)})[^，,。；;、]*$", text[max(0, named.start() - 12) : named.start()])
    if name_head and not _COUNT_ONLY.search(name_head.group(0)):  # "园区12个重点项目…" counts, names none
        scope = scope[: len(scope) - (pos - named.start()) - len(name_head.group(0))] + text[named.start():pos]
    return not _AGGREGATE.search(scope)
