"""Indicators: hand-written sentences in the style of park news."""
import json
import pathlib

import pytest

from park_pipeline.extract.article import extract_article
from park_pipeline.extract.indicators import find_indicators
from park_pipeline.extract.sentences import split_sentences
from tests.extract.test_projects import f1, seed_articles


def _rows(text):
    return find_indicators(split_sentences(text))


def _find(rows, value):
    hits = [r for r in rows if r["value"] == value]
    assert hits, [(r["indicator"], r["value"]) for r in rows]
    return hits[0]


CASES = [
    # text, value, unit, name must contain, growth_pct, period
    ("1-10月,开发区完成固定资产投资48.6亿元,同比增长9.2%。", 48.6, "亿元", "固定资产投资", 9.2, "1-10月"),
    ("上半年,园区实现规上工业增加值120.5亿元,同比增长7.1%。", 120.5, "亿元", "规上工业增加值", 7.1, "上半年"),
    ("一季度,高新区税收收入8.3亿元,同比下降2.5%。", 8.3, "亿元", "税收收入", -2.5, "一季度"),
    ("今年以来,全区共签约项目36个,总投资212亿元。", 36, "个", "签约项目", None, "今年以来"),
    ("今年以来,全区共签约项目36个,总投资212亿元。", 212, "亿元", "总投资", None, "今年以来"),
    ("截至目前,园区已入驻企业150余家。", 150, "家", "入驻企业", None, "截至目前"),
    ("2023年,经开区营业收入突破600亿元。", 600, "亿元", "营业收入", None, "2023年"),
    ("一季度重点项目开工率达到92%。", 92, "%", "开工率", None, "一季度"),
    # a size class of projects is a group: its 完成投资 is a figure, not one project's amount
    ("1-5月,亿元以上项目完成投资35.2亿元,同比增长8%。", 35.2, "亿元", "亿元以上项目完成投资", 8, "1-5月"),
    ("前三季度,保税区实际利用外资2.1亿美元。", 2.1, "亿美元", "实际利用外资", None, "前三季度"),
    ("全区市场主体达到3.6万户,较去年底增长12%。", 3.6, "万户", "市场主体", 12, None),
    # discourse openers and trailing adverbs are not part of the name
    ("这是继今年初全区招商项目数达到21个后的又一突破。", 21, "个", "招商项目数", None, None),
    ("特别是近3年,全区高新技术企业数达838家。", 838, "家", "高新技术企业数", None, None),
    # the speaker and the zone's inside are not part of the name
    ("“今年我们新引进亿元以上项目27个。”", 27, "个", "新引进亿元以上项目数", None, None),
    ("截至年底,区内市场主体达到4.6万户。", 4.6, "万户", "市场主体", None, "截至年底"),
    # a stray space after the decimal point, as some sites print numbers
    ("上半年,全区实现规上工业增加值218. 5亿元,同比增长7.2%。", 218.5, "亿元", "规上工业增加值", 7.2, "上半年"),
    # a score in 分
    ("在全省开发区综合考评中,高新区综合得分92.6分,位列第一。", 92.6, "分", "得分", None, None),
    # counts written after the noun
    ("今年以来,高新区新签约项目80个,总投资156亿元。", 80, "个", "签约项目", None, "今年以来"),
    ("全区签约重点项目共计7个,总投资42亿元。", 7, "个", "签约重点项目", None, None),
]


@pytest.mark.parametrize("text,value,unit,name,growth,period", CASES)
def test_figures(text, value, unit, name, growth, period):
    row = _find(_rows(text), value)
    assert row["unit"] == unit
    assert name in row["indicator"]
    assert row["growth_pct"] == growth
    if period is not None:
        assert row["period"] == period


@pytest.mark.parametrize("text,name,growth", [
    ("一季度,开发区固定资产投资同比增长15.3%。", "固定资产投资", 15.3),
    # a rate written as a noun is a growth rate too, not a share
    ("上半年,园区营业收入增长率为12%。", "营业收入", 12),
    ("开发区规上工业总产值同比增长率达18.6%。", "规上工业总产值", 18.6),
    ("园区工业投资下降率为3%。", "工业投资", -3),
    ("一季度,园区进出口总额负增长3.2%。", "进出口总额", -3.2),
])
def test_growth_only_row_has_no_value(text, name, growth):
    (row,) = _rows(text)
    assert row["value"] is None and row["growth_pct"] == growth and name in row["indicator"]


def test_series_of_a_count_and_an_amount_is_not_named_by_the_count():
    rows = _rows("上半年,园区签约项目数量与投资额均创新高,分别达到56个和320亿元。")
    assert all("56" not in r["indicator"] for r in rows)


def test_growth_rate_as_a_noun_after_a_figure():
    (row,) = _rows("园区实现营收120亿元,增长率为15%。")
    assert (row["indicator"], row["value"], row["growth_pct"]) == ("营收", 120, 15)


@pytest.mark.parametrize("text", [
    "华锐新能源电池隔膜项目总投资15亿元,建成后年产值可达30亿元。",  # one project's own figures
    "该项目计划总投资8亿元。",
    # an amount and a size, both attributes of the project named after 的, however the sentence opened
    "当日签约的项目包括拟投资达120亿元,总建筑面积约30万平方米的华瑞科技研发基地项目。",
    "此次签约的项目中,总投资50亿元、占地300亩的恒远新能源电池项目最受关注。",
    "高新区华锐汽车零件产业园二期项目总投资3.86亿元,占地21.6万平方米。",  # a zone before the name places it
    "力争全年规上工业增加值增长10%,完成固定资产投资200亿元的目标。",  # targets
    "全省一季度固定资产投资增长6%。",  # province level
    "园区内亿元以上项目12个中,有3个为10亿元以上项目。",  # size classes are not amounts
    "鸿展精密模具有限公司一季度实现产值8000万元,同比增长20%。",  # one company's figure
    # a goal or forecast set earlier in the sentence covers the figures after it
    "到2030年,储能产业累计完成投资600亿元,规上工业产值达到900亿元。",
    "今年,园区将狠抓招商,预计完成到位资金45亿元、工业项目到位资金预计完成38亿元。",
    "园区力争全年新增规上企业20家,固定资产投资突破150亿元。",
])
def test_left_out(text):
    rows = [r for r in _rows(text) if r["unit"] in ("亿元", "万元") or r["value"] is None]
    assert rows == [], rows


@pytest.mark.parametrize("text,expected", [
    ("经开区签约项目20个。\n会上介绍,经开区签约项目20个。", [("签约项目数", 20, None)]),
    # a headline's figure without its rate, repeated in the body with it: one figure, with the rate
    ("一季度园区实现工业总产值86亿元。园区规上工业总产值达到86亿元,同比增长9%。", [("工业总产值", 86, 9)]),
    # two different rates are two figures
    ("2023年园区税收12亿元,增长5%。2024年园区税收12亿元,增长0.5%。", [("税收", 12, 5), ("税收", 12, 0.5)]),
])
def test_repeated_figure_reported_once(text, expected):
    assert [(r["indicator"], r["value"], r["growth_pct"]) for r in _rows(text) if r["value"] is not None] == expected


def test_offsets():
    text = "导语。\n1-10月,开发区完成固定资产投资48.6亿元。"
    (row,) = _rows(text)
    assert text[row["sent_start"] : row["sent_end"]] == row["sentence"]
    assert text[row["pos"] :].startswith("48.6")


def test_respectively_gives_each_figure_its_name():
    rows = _rows("前两个月,智能制造、生物医药、现代物流三大产业分别完成投资12.4亿元、6.1亿元、2.5亿元。")
    assert [(r["indicator"], r["value"]) for r in rows] == [("智能制造投资", 12.4), ("生物医药投资", 6.1), ("现代物流投资", 2.5)]


def test_respectively_splits_names_joined_by_he():
    rows = _rows("一季度,工业和服务业分别完成投资22亿元、13亿元。")
    assert [(r["indicator"], r["value"]) for r in rows] == [("工业投资", 22), ("服务业投资", 13)]


def test_respectively_over_measures_joined_by_he():
    rows = _rows("一季度,园区完成规上工业产值和增加值分别为186亿元、52亿元。")
    assert [(r["indicator"], r["value"]) for r in rows] == [("规上工业产值", 186), ("增加值", 52)]


def test_seed_floor():
    arts = seed_articles()
    if not arts:
        pytest.skip("gold annotations not available")

    def same(a, b):
        return a[0] == b[0] and abs(a[2] - b[2]) <= 0.01 * max(abs(a[2]), abs(b[2])) and (
            a[1][:2] in b[1] or b[1][:2] in a[1])

    gold, pred = [], []
    for i, (text, g) in enumerate(arts):
        gold += [(i, x["indicator"], x["value"]) for x in g["indicators"] if x.get("value") is not None]
        pred += [(i, r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None]
    assert f1(gold, pred, same) >= 0.7


def test_level_after_growth_joins_the_growth_row():
    rows = _rows("前三季度,园区营业收入同比增长15%,达到820亿元。")
    assert [(r["indicator"], r["value"], r["growth_pct"]) for r in rows] == [("营业收入", 820, 15)]


def test_period_does_not_cross_paragraphs():
    rows = _rows("2022年,园区税收增长8%。\n签约项目12个,协议总投资98.6亿元。")
    assert all(r["period"] is None for r in rows if r["value"] in (12, 98.6))


@pytest.mark.parametrize("text,expected", [
    # a count of projects or firms is "<what>数"; a bare measure takes the subject of that count
    ("今年以来,某某经开区签约项目24个,总投资136亿元。", [("签约项目数", 24), ("签约项目总投资", 136)]),
    ("其中合同项目9个,投资总额3.2亿美元,协议外资1.1亿美元。",
     [("合同项目数", 9), ("合同项目投资总额", 3.2), ("合同项目协议外资", 1.1)]),
    ("园区新落户企业35家,计划总投资48亿元。", [("新落户企业数", 35), ("新落户企业计划总投资", 48)]),
    # the event is part of the name, written after the count or before it
    ("3月6日,共有42个项目集中开工,总投资210亿元。", [("集中开工项目数", 42), ("集中开工项目总投资", 210)]),
    ("据悉,此次集中签约的16个产业项目涵盖新能源、新材料等领域,项目总投资近90亿元。",
     [("集中签约产业项目数", 16), ("集中签约产业项目总投资", 90)]),
    ("上午,某某大道改造工程等31个重点项目在某某新区集中开工,总投资156.2亿元。",
     [("集中开工重点项目数", 31), ("集中开工重点项目总投资", 156.2)]),
    # a quoted part stays quoted; 签约 keeps its 约
    ("储备“三新”项目18个。", [("储备“三新”项目数", 18)]),
    ("园区重点工业项目集中签约5个。", [("重点工业项目集中签约数", 5)]),
    # every zone of a city is a scope, not one park
    ("今年,全市工业园区共谋划标准厂房项目12个,总投资30.5亿元。",
     [("工业园区谋划标准厂房项目数", 12), ("工业园区谋划标准厂房项目总投资", 30.5)]),
])
def test_names_built_from_context(text, expected):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == expected


@pytest.mark.parametrize("text,expected", [
    # the event before 的 stays in the name; parts after 包括 are named alone and leave the total to the whole
    ("据了解,集中开工的建设项目共18个,包括6个产业投资项目和12个政府投资项目,计划总投资85亿元。",
     [("集中开工建设项目数", 18), ("产业投资项目数", 6), ("政府投资项目数", 12), ("集中开工建设项目计划总投资", 85)]),
    ("集中签约的产业投资项目共8个,计划总投资20亿元。", [("集中签约产业投资项目数", 8), ("集中签约产业投资项目计划总投资", 20)]),
])
def test_whole_and_parts(text, expected):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == expected


def test_set_named_again_before_its_breakdown_is_not_a_new_figure():
    rows = _rows("昨日,某某新区23个重大项目集中开工。在集中开工的23个项目中,有产业类项目15个,总投资88亿元。")
    assert [(r["indicator"], r["value"]) for r in rows] == [
        ("集中开工重大项目数", 23), ("产业类项目数", 15), ("产业类项目总投资", 88)]


@pytest.mark.parametrize("text,expected", [
    ("某某经开区(某某区)开复工项目46个,总投资320亿元。", [("开复工项目数", 46), ("开复工项目总投资", 320)]),
    ("某某市2022年度第二季度集中开工项目38个。", [("集中开工项目数", 38)]),
    ("今年新引进项目16个,新引进项目开工率100%,投产率60%。",
     [("新引进项目数", 16), ("新引进项目开工率", 100), ("新引进项目投产率", 60)]),
    ("今年落地项目30个,落地率85%。", [("落地项目数", 30), ("落地率", 85)]),
    ("某某科创产业园共签约项目9个,总投资26亿元。", [("签约项目数", 9), ("签约项目总投资", 26)]),
])
def test_name_asides_and_rates(text, expected):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == expected


@pytest.mark.parametrize("text,expected", [
    # "X的项目有N项": the words before 的 say which projects are counted; the share is theirs
    ("本届洽谈会上,百亿级的项目有3项,占全部项目的25%。", [("百亿级项目数", 3), ("百亿级项目占全部项目", 25)]),
    # an average is over many projects, not one project's own investment
    ("本次共签约项目12个,项目平均投资额达2.6亿元。", [("签约项目数", 12), ("项目平均投资额", 2.6)]),
    # a class of the projects listed before, counted with no noun after it
    ("其中产业类项目有某某物流园、某某商业中心项目等。基础设施类5个,总投资8.2亿元。",
     [("基础设施类项目数", 5), ("基础设施类项目总投资", 8.2)]),
    # the event written after "将在…"
    ("截至目前,开发区已开复工项目40个,还有15个项目将在下月开复工。", [("开复工项目数", 40), ("开复工项目数", 15)]),
])
def test_counts_without_a_plain_noun(text, expected):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == expected


@pytest.mark.parametrize("text,expected", [
    # a place at the start of the name is the row's park or city, not part of the name
    ("这是继今年初江津区招商15个项目后的又一突破。", [("招商项目数", 15)]),
    ("今年,鹤壁市共开复工各类项目120个。", [("开复工各类项目数", 120)]),
    ("一季度,遂宁市规模以上工业增加值达到210亿元。", [("规模以上工业增加值", 210)]),
    ("今年新建续建项目56个。", [("新建续建项目数", 56)]),  # a place name that is also a word stays
    # nor is a verb between the subject and its measure
    ("上半年,新材料产业规上工业实现产值45.2亿元。", [("新材料产业规上工业产值", 45.2)]),
    # 达成 is one verb, not 达 and a name starting 成
    ("园区组织企业参加展会,达成意向订单3.2亿元。", [("意向订单", 3.2)]),
])
def test_name_without_place_or_verb(text, expected):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == expected


@pytest.mark.parametrize("text,expected", [
    # a series after 分别: every count is kept, each with its own name
    ("今年以来,全区签约项目和开工项目分别为45个、43个。", [("签约项目数", 45), ("开工项目数", 43)]),
    ("园区入驻企业、规上企业分别有120家、35家。", [("入驻企业数", 120), ("规上企业数", 35)]),
    # a bare measure after them is split over the same items
    ("一季度,新签约项目、新开工项目分别达到45个、43个,总投资分别为120亿元、98亿元。",
     [("新签约项目数", 45), ("新开工项目数", 43), ("新签约项目总投资", 120), ("新开工项目总投资", 98)]),
    # what is counted sits in the clause before 分别
    ("从各区来看,甲乙市、某某高新区·丙丁区开工项目个数居全市前列,分别为31个、27个。",
     [("开工项目数", 31), ("开工项目数", 27)]),
    # a change from one level to another is no series of figures
    ("近3年,园区科技型、专精特新企业数量分别从120家、35家增加到260家、71家。", []),
])
def test_respectively_series_of_counts(text, expected):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == expected


@pytest.mark.parametrize("text,expected", [
    # "超N亿元(大)项目" is a size class: its amount is no total, the count keeps it in its name
    ("园区新引进项目40个,其中购地建厂项目22个,总投资超20亿元大项目3个。",
     [("新引进项目数", 40), ("购地建厂项目数", 22), ("总投资超20亿元大项目数", 3)]),
    ("新签约亿元以上项目12个,其中超5亿元项目4个。", [("新签约亿元以上项目数", 12), ("超5亿元项目数", 4)]),
    # "N个亿元以上项目" counts projects of a size class; "3个亿" alone is money
    ("此次全市共有180个亿元以上项目集中开工,总投资860.5亿元。",
     [("集中开工亿元以上项目数", 180), ("集中开工亿元以上项目总投资", 860.5)]),
])
def test_size_class_with_over(text, expected):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == expected


@pytest.mark.parametrize("text,expected", [
    # a total with no noun counts the subject that opened the list, firms inside the list or not
    ("据悉,这批集中开工项目为甲乙科技有限公司年产3万吨材料项目、丙丁大道改造工程、戊己产业园项目,共计6个,"
     "总投资18.4亿元,今年计划投资3.2亿元。",
     [("集中开工项目数", 6), ("集中开工项目总投资", 18.4), ("集中开工项目计划投资", 3.2)]),
    ("今年秋季签约项目有甲乙智能装备、丙丁医药、戊己新材料,合计3个。", [("签约项目数", 3)]),
])
def test_total_counts_the_listed_subject(text, expected):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == expected


@pytest.mark.parametrize("text,expected", [
    # the verb written before a list of projects names what the count closes
    ("其中,集中开工甲乙科技二期、丙丁生物等项目10个;集中竣工戊己电路等项目10个。",
     [("集中开工项目数", 10), ("集中竣工项目数", 10)]),
    ("其中某某高新区签约甲乙医药等9个项目,计划总投资近20亿元。", [("签约项目数", 9), ("签约项目计划总投资", 20)]),
    ("园区引进甲乙新材料、丙丁智能装备等企业12家。", [("引进企业数", 12)]),
])
def test_counts_closing_a_list(text, expected):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == expected


def test_ranking_is_a_figure():
    rows = _rows("在华中地区参评的38家国家级经开区中排名第6位,较上年前移2位。")
    row = _find(rows, 6)
    assert row["unit"] == "位" and "国家级经开区排名" in row["indicator"]


def test_share_with_at_least_at_clause_end_is_a_figure():
    row = _find(_rows("一季度,新区工业投资占全市的30%以上,增速居首位。"), 30)
    assert row["unit"] == "%" and "占全市" in row["indicator"]


@pytest.mark.parametrize("text", [
    "一期投产后3个月内订单已突破1.5亿元,预计5年内产值达到30亿元。",  # one project's outlook
    "该项目占地300亩,项目达产后,每年实现产值60亿元。",
    "新生产线投用后,这将为企业每年增加3个亿的收入。",  # "3个亿" is money, not a count
    "会议期间,先后接洽了20个项目单位。",  # contacts made, not a figure of the park
    "引进10个以上项目的园区可获奖励。",  # a size class
    "上半年,园区规上工业增加值同比增长8.8%,较一季度加快2.1个百分点。",  # how a rate moved
    "前三季度,工业投资增速比上半年回落1.5个百分点。",
    "今年以来,园区税收增长9%,增幅比全市高出4.5个百分点。",  # how a rate stands against another place
    "一季度,规上工业增加值增速比全区快2.6个百分点。",
    "园区税收收入比去年同期多出3.2亿元。",  # how much a figure moved
    "项目投产后年纳税3000万元,对延长本地产业链具有十分重要的意义。",  # 十分 is an adverb, not a score
    # what is counted ends the words before the count: a zone as the subject is not it
    "园区成立了5个工作专班,为企业提供全程服务。",
    "今年以来,园区为企业解决困难问题126个。",
    # a market's size and the industry as a whole are the sector's
    "据测算,目前国内储能市场规模已达到3000亿元。",
    "行业协会数据显示,去年行业总产值突破1.4万亿元。",
    # what a policy grants each firm or person: a cap, a one-off grant
    "对新认定的高新技术企业,给予一次性奖励30万元。",
    "符合条件的企业最高可获得1000万元补贴。",
    "入选人才可享受购房补贴50万元。",
])
def test_more_left_out(text):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == []


def test_page_repeat_across_stories_counted_once():
    from park_pipeline.extract.indicators import drop_page_repeats

    def row(doc, park, name, value):
        return {"doc_id": doc, "park_id": park, "indicator": name, "value": value, "unit": "个", "growth_pct": None}

    rows = [row("d1", None, "开工建设项目数", 21), row("d1", "P1", "开工建设项目数", 21),  # same page: once
            row("d2", "P1", "开工建设项目数", 21),  # another page
            row("d1", "P2", "“两新”项目数", 21),  # another figure with the same value
            row("d3", "P1", "签约项目数", 8), row("d3", "P2", "签约项目数", 8),  # two parks' figures
            row("d4", "P1", "集中开工项目数", 10), row("d4", "P1", "集中竣工项目数", 10),  # two events
            row("d5", "P1", "工业总产值", 86), {**row("d5", "P1", "规上工业总产值", 86), "growth_pct": 9.0}]  # the rate
    kept = drop_page_repeats(rows)
    assert kept[-1]["growth_pct"] == 9.0
    assert [(r["doc_id"], r["park_id"], r["value"]) for r in kept] == [
        ("d1", "P1", 21), ("d2", "P1", 21), ("d1", "P2", 21), ("d3", "P1", 8), ("d3", "P2", 8),
        ("d4", "P1", 10), ("d4", "P1", 10), ("d5", "P1", 86)]


@pytest.mark.parametrize("text,value,name", [
    ("目前,园区规上工业企业复工率超八成,预计下周全部复工。", 8, "规上工业企业复工率"),
    ("园区标准厂房出租率达7成以上。", 7, "标准厂房出租率"),
])
def test_share_in_tenths(text, value, name):
    row = _find(_rows(text), value)
    assert row["unit"] == "成" and row["indicator"] == name


def test_tenths_without_a_rate_left_out():
    assert _rows("八成企业已复工,完成投资计划。") == []


@pytest.mark.parametrize("text", [
    # a bare measure after one project's own figure is the project's too
    "某某大道改造PPP项目上半年完成投资3.2亿元,累计完成投资9.6亿元。",
    # a sentence opened by one project is about it, also where a clause names the city or counts firms
    "该项目是今年全市单体投资最大的工业项目,总投资达120亿元。",
    "据介绍,该基地将引进上下游配套企业30家,形成百亿级产业集群。",
])
def test_one_projects_measures_left_out(text):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == []


@pytest.mark.parametrize("text,expected", [
    # one project singled out of a group: the figures after it are its own
    ("集中开工的12个项目中,投资最大的是星河新材料项目,总投资达30亿元,投产后可实现产值45亿元。",
     [("集中开工项目数", 12)]),
    ("签约项目中,规模最大的为青禾储能基地,总投资25亿元。", []),
])
def test_one_project_singled_out(text, expected):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == expected


@pytest.mark.parametrize("text,expected", [
    # many projects' investment is a figure, also where a zone word heads the counted projects
    ("园区12个重点项目上半年完成投资32亿元,累计完成投资96亿元。",
     [("重点项目数", 12), ("重点项目上半年完成投资", 32), ("重点项目完成投资", 96)]),
])
def test_many_projects_measures_kept(text, expected):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == expected


@pytest.mark.parametrize("text,expected", [
    # how or where the event happened, written between the counted things and it, stays out of the name
    ("签约仪式上,共有12个项目现场签约,签约金额达45亿元。", [("签约项目数", 12), ("签约金额", 45)]),
    ("3月8日,园区9个项目顺利开工,总投资27亿元。", [("开工项目数", 9), ("开工项目总投资", 27)]),
    # 比 opens a comparison (比上年), but 比重 and 比例 are the measure
    ("园区工业投资完成82亿元,增长21%,占固定资产投资的比重达65%。", [("工业投资", 82), ("工业投资占固定资产投资比重", 65)]),
])
def test_events_with_adverbs_and_shares(text, expected):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == expected


@pytest.mark.parametrize("text,expected", [
    # the outlook of a group of projects is a figure; one project's (or one site's) is not
    ("本次集中签约项目涉及多个领域。项目全部投产后,预计实现年产值260亿元。", [("预计年产值", 260)]),
    ("签约项目达产后,预计年纳税8.5亿元。", [("预计年纳税", 8.5)]),
    ("该产业园全部投产后,年产值可达80亿元。", []),
    # a project's condition covers every figure after it, not only the clause that names it
    ("青木智能装备项目计划投资8亿元,建成后预计实现产值15亿元,新增税收6000万元。", []),
    ("项目建成投产后,预计可实现营业收入18亿元,利税3亿元。", []),
    ("项目投产运营后,可新增产值30亿元,新增就业岗位600个。", []),
    ("星岚光伏组件项目预计年底投产,达效后年产值将超过50亿元,税收3亿元。", []),
    ("据悉,该项目全部达产后,可实现年产值20亿元,年上缴税收1.2亿元。", []),
    ("本次集中开工项目28个,全部建成投产后,预计实现年产值150亿元,新增税收9亿元。",
     [("集中开工项目数", 28), ("预计年产值", 150), ("新增税收", 9)]),
])
def test_outlook_of_a_group_of_projects(text, expected):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == expected


@pytest.mark.parametrize("text,expected", [
    # statistics written in Chinese numerals, with and without 余/多
    ("前三季度,青溪经开区新增规上企业十二家,新增高新技术企业二十八家。", [("新增规上企业数", 12), ("新增高新技术企业数", 28)]),
    ("今年以来,云岭高新区引进项目三十余个,总投资超过120亿元。", [("引进项目数", 30), ("引进项目总投资", 120)]),
    ("当天,松川新区集中开工重大项目三十二个。", [("集中开工重大项目数", 32)]),
    ("目前,园区入驻企业两百余家。", [("入驻企业数", 200)]),
    # small counts in words tell a story; slogans and adverbs are no counts
    ("会上,两个项目现场签约。", []),
    ("三家企业负责人作了交流发言,园区服务十分周到。", []),
    ("要坚持“两个毫不动摇”,落实“三个一批”要求。", []),
])
def test_counts_in_chinese_numerals(text, expected):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == expected


@pytest.mark.parametrize("text", [
    # firms an event drew or picked
    "本届博览会吸引320家企业参展。",
    "展会期间共有56家企业报名参加。",
    "园区内12家企业入选省级专精特新企业名单。",
    # firms an action was with or for
    "该区先后与15家企业开展合作洽谈。",
    "开发区为120家企业办理了审批手续。",
    # teams formed and firms helped or called on in a campaign
    "该区组建6个产业链招商小分队,赴长三角开展招商。",
    "一季度,服务专员累计帮扶企业230家。",
    "招商小组先后拜访企业50余家。",
    "开展政策宣讲活动12场,覆盖企业300余家。",
    # the people who stood for counted projects or firms at an event
    "会上,共有56个项目负责人参加了签约仪式。",
    "活动吸引了来自各地的200余家企业代表参会。",
    "园区邀请30家企业的董事长座谈。",
    # what a site can take is a capacity
    "标准厂房建成后可容纳企业50家。",
    "孵化器可入驻企业80家。",
])
def test_activity_counts_left_out(text):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["unit"] in ("个", "家")] == []


@pytest.mark.parametrize("text,expected", [
    # a rate's lead over an average is a comparison
    ("园区规上工业增加值增长9.6%,高于全市平均水平2.3个百分点。", []),
    # a share opened by 这一 or an approximator takes the figure before it as its subject
    ("全年完成工业总产值1200亿元,约占全县的70%。", [("工业总产值", 1200), ("工业总产值占全县", 70)]),
    ("这一比例达到65%。", [("比例", 65)]),
    # a series of rates is not named with a percentage inside the name
    ("项目开工率、投产率分别达到85%和60%。", []),
    # "X占Y的比重" names both parts; how the share moved is not part of its name
    ("高新区税收占全区税收总额的比重达38.5%。", [("税收占全区税收总额比重", 38.5)]),
    ("园区高新技术产业产值占比提升至62%。", [("高新技术产业产值占比", 62)]),
    # one figure written with the full and the short term is reported once
    ("园区规上工业产值达到860亿元,规模以上工业总产值860亿元。", [("规上工业产值", 860)]),
])
def test_shares_comparisons_and_repeats(text, expected):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == expected


@pytest.mark.parametrize("text,expected", [
    # events joined by 、 name one set of projects, not a list the count restates
    ("此次集中开工、竣工项目共40个,总投资156亿元。", [("集中开工、竣工项目数", 40), ("集中开工、竣工项目总投资", 156)]),
    # a size range written with 至 is a size class
    ("此次签约的项目中,10亿元以上项目5个,5亿元至10亿元项目6个。", [("10亿元以上项目数", 5), ("5亿元至10亿元项目数", 6)]),
    # the count inside a total's name is not part of the name
    ("此次集中签约的12个项目总投资达65亿元。", [("集中签约项目数", 12), ("集中签约项目总投资", 65)]),
    # events joined by 和 before 的 name one set too
    ("本次集中签约和开工的84个项目,总投资544亿元。", [("集中签约和开工项目数", 84), ("集中签约和开工项目总投资", 544)]),
    # 在建 is a status, not the preposition 在
    ("今年上半年,高新区共有在建项目156个。", [("在建项目数", 156)]),
])
def test_joined_events_ranges_and_counts_in_names(text, expected):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == expected


@pytest.mark.parametrize("text,expected", [
    # a series joined by 和 after 分别, each item a measure of its own
    ("园区营业收入、工业总产值分别达到860亿元和720亿元。", [("营业收入", 860), ("工业总产值", 720)]),
    ("一季度,工业和服务业投资分别为22亿元和13亿元。", [("工业投资", 22), ("服务业投资", 13)]),
])
def test_respectively_series_joined_by_he(text, expected):
    assert [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None] == expected


def _values(text):
    return [(r["indicator"], r["value"]) for r in _rows(text) if r["value"] is not None]


@pytest.mark.parametrize("text,expected", [
    # class: a bare total whose counted things a clause before it names (涵盖/涉及 a list, or the whole clause)
    ("本次集中开工的项目涵盖智能制造、生物医药、新材料等领域,共计十六个。", [("集中开工项目数", 16)]),
    ("此次集中签约项目涉及新能源、装备制造等产业,共计9个,总投资85亿元。",
     [("集中签约项目数", 9), ("集中签约项目总投资", 85)]),
    ("当天,青峰高新区集中开工重点项目,共十二个,总投资46亿元。",
     [("集中开工重点项目数", 12), ("集中开工重点项目总投资", 46)]),
    # class: a series of counts joined by 和 after 分别
    ("全区开工项目和竣工项目分别为32个和18个。", [("开工项目数", 32), ("竣工项目数", 18)]),
])
def test_totals_and_series_named_before(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected,growth", [
    # class: growth rates are an attribute of the figure they follow, also 年均 and 增速/增幅 rates
    ("园区地区生产总值年均增长9.8%,达到586亿元。", [("地区生产总值", 586)], 9.8),
    ("1-8月,园区完成固定资产投资42.3亿元,增速为13.6%。", [("固定资产投资", 42.3)], 13.6),
    ("上半年,园区实现营收230亿元,同比增长百分之十二。", [("营收", 230)], 12),
    ("一季度,开发区完成税收收入6.2亿元,同比下滑3.5%。", [("税收收入", 6.2)], -3.5),
    # a growth in points after a figure is how much it grew, not a figure of its own
    ("上半年,经开区完成税收收入18.6亿元,同比增长7.2个百分点。", [("税收收入", 18.6)], None),
])
def test_growth_rates_attach_to_their_figure(text, expected, growth):
    assert _values(text) == expected
    assert _rows(text)[0]["growth_pct"] == growth


def test_average_growth_only_row_is_named_without_nianjun():
    (row,) = _rows("2019年以来,园区规上工业增加值年均增长11.2%。")
    assert (row["indicator"], row["value"], row["growth_pct"]) == ("规上工业增加值", None, 11.2)


@pytest.mark.parametrize("text,expected", [
    # class: a goal stated with 目标是/目标为, or a forecast for this year, covers the figures after it
    ("园区今年的目标是引进项目50个,总投资200亿元。", []),
    ("高新区今年确定的目标为营业收入突破500亿元、税收20亿元。", []),
    ("预计今年全年可实现营收120亿元。", []),
    ("计划到2026年,园区引进企业500家,产值达到800亿元。", []),
    # what is already done after a goal is a figure
    ("全年力争签约项目100个以上,上半年已签约56个。", [("签约项目数", 56)]),
    # a plan of the year is a figure too
    ("全年计划完成投资85亿元。", [("计划完成投资", 85)]),
])
def test_targets_left_out_and_results_after_them_kept(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: numbers as some sites print them — grouped by spaces, full-width, in words, 亿 with 万
    ("全区规上工业产值5 000亿元。", [("规上工业产值", 5000)]),
    ("园区规上工业产值达到1 235.6亿元。", [("规上工业产值", 1235.6)]),
    ("上半年,园区完成固定资产投资１２.５亿元,同比增长８.６％。", [("固定资产投资", 12.5)]),
    ("高新区规上工业增加值三十二点五亿元。", [("规上工业增加值", 32.5)]),
    ("一季度,园区实现税收收入1亿2000万元。", [("税收收入", 1.2)]),
    # an amount converted into yuan (约合人民币) keeps the measure before it
    ("签约项目12个,总投资约合人民币86亿元。", [("签约项目数", 12), ("签约项目总投资", 86)]),
])
def test_number_formats(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: counts in other units — people who are jobs or talent, items that are patents or standards
    ("上半年,青溪开发区新增就业3200人。", [("新增就业", 3200)]),
    ("园区引进高层次人才156名,其中博士28人。", [("引进高层次人才", 156), ("博士", 28)]),
    ("截至6月底,园区从业人员达到4.2万人。", [("从业人员", 4.2)]),
    ("今年以来,高新区新增发明专利授权326件,同比增长18.2%。", [("新增发明专利授权", 326)]),
    ("截至目前,园区累计拥有有效发明专利1200余件。", [("有效发明专利", 1200)]),
    ("全年共引进28名博士。", [("引进博士", 28)]),
    # people an event drew, and one project's jobs, are not the park's figures
    ("本次招聘会共吸引1200余人参加。", []),
    ("该项目建成后,可带动就业500人。", []),
    # land and capacity are sizes of sites and plants
    ("今年,经开区完成土地征收2300亩,供应工业用地1860亩。", []),
    ("今年以来,园区新增标准厂房42万平方米。", []),
    ("园区新增工业机器人850台(套)。", []),
])
def test_counts_in_other_units(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: a figure whose measure is named earlier in the sentence
    ("园区去年完成税收28亿元,今年一季度完成9.6亿元。", [("税收", 28), ("税收", 9.6)]),
    ("园区上半年税收突破10亿元大关,达10.6亿元。", [("税收", 10.6)]),  # the level, not the round mark
    ("全年新增规上工业企业32家,总数达到286家。", [("新增规上工业企业数", 32), ("规上工业企业总数", 286)]),
    ("今年新认定高新技术企业56家,累计达到412家。", [("新认定高新技术企业数", 56), ("高新技术企业总数", 412)]),
    ("签约仪式上,共签约15个项目,总金额86.3亿元。", [("签约项目数", 15), ("签约项目总金额", 86.3)]),
    # a period's tax is no project's yearly tax; 过 and a bare 万亿 as some reporters write them
    ("上半年,青溪高新区税收收入完成12.5亿元。", [("税收收入", 12.5)]),
    ("今年园区产值过百亿元。", [("产值", 100)]),
    # a forecast for a period still running is left out; one already run is not
    ("园区一季度实现产值45亿元,预计上半年可实现产值100亿元。", [("产值", 45)]),
    ("园区规上工业产值达1.2万亿,同比增长8%。", [("规上工业产值", 1.2)]),
])
def test_measures_named_before(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text", [
    # a plan document's goals, the year set after what announces them
    "《实施方案》提出,到2027年,全市数字经济核心产业增加值占GDP比重达到12%。",
    # one firm's staff and patents
    "该企业拥有专利86件,其中发明专利12件。",
    "该公司现有员工1200人。",
    # a forecast for a period still running
    "青溪高新区今年预计实现产值150亿元。",
    "预计到年底,园区规上工业产值可达200亿元。",
    "年内预计新增规上企业20家。",
    # a span of time set for a plan
    "园区计划用3年时间,引进项目100个,总投资500亿元。",
])
def test_goals_and_firm_counts_left_out(text):
    assert _values(text) == []


def test_period_is_the_nearest_before_the_figure():
    rows = _rows("园区去年完成税收28亿元,今年一季度完成9.6亿元。")
    assert [r["period"] for r in rows] == ["去年", "今年一季度"]


@pytest.mark.parametrize("text,expected", [
    # class: "name:value" list items and list markers before a name
    ("规上工业总产值:125.6亿元,同比增长8.5%。", [("规上工业总产值", 125.6)]),
    ("1.签约项目:23个,总投资156亿元。", [("签约项目数", 23), ("签约项目总投资", 156)]),
    ("实际利用外资：1.2亿美元。", [("实际利用外资", 1.2)]),
    ("1.固定资产投资：完成56.3亿元,同比增长9.8%。", [("固定资产投资", 56.3)]),
    ("营业收入:实现860亿元。", [("营业收入", 860)]),
    ("一是固定资产投资完成52.3亿元,同比增长12%。", [("固定资产投资", 52.3)]),
    ("——规上工业产值完成420亿元,同比增长10.3%。", [("规上工业产值", 420)]),
    ("◆实现营业收入1560亿元,同比增长13.2%。", [("营业收入", 1560)]),
    ("▶全年签约项目68个,总投资415亿元。", [("签约项目数", 68), ("签约项目总投资", 415)]),
    ("☆规上工业产值完成420亿元。", [("规上工业产值", 420)]),
    # a colon after a speech verb opens a quote, not a list of names
    ("他介绍:12亿元的资金已经到位。", []),
])
def test_list_items_and_markers(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: goals listed in parallel sentences after the one that sets the year are goals too
    ("《行动计划》明确了三大产业的发展目标。\n到2027年,新能源产业累计完成投资800亿元,规上工业产值达到1500亿元。\n"
     "新材料产业累计完成投资400亿元,规上工业产值达到900亿元。\n生物医药产业累计完成投资100亿元,规上工业产值达到300亿元。", []),
    # results for the same measures after a goal, with their period, are figures
    ("力争全年完成固定资产投资150亿元,营业收入500亿元。上半年,园区完成固定资产投资82亿元,营业收入260亿元。",
     [("固定资产投资", 82), ("营业收入", 260)]),
    # a wider scope's figures leave the next sentence's alone
    ("全省开发区实现营业收入2.1万亿元。青溪高新区实现营业收入560亿元,税收32亿元。", [("营业收入", 560), ("税收", 32)]),
])
def test_parallel_goals(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: a zone's part of a count, named by the whole it is part of
    ("当天,全市共有128个项目集中开工,总投资达865亿元,其中经开区16个,总投资128.6亿元。",
     [("集中开工项目数", 128), ("集中开工项目总投资", 865), ("集中开工项目数", 16), ("集中开工项目总投资", 128.6)]),
    ("全市签约项目235个,其中青溪高新区48个、云岭经开区36个。",
     [("签约项目数", 235), ("签约项目数", 48), ("签约项目数", 36)]),
    # the event written after the counted things with 进行了; 了 after the verb is not part of the name
    ("活动现场,12个重点项目进行了集中签约,协议投资额86.5亿元。",
     [("集中签约重点项目数", 12), ("集中签约重点项目协议投资额", 86.5)]),
    ("会上集中签约了32个项目,总投资额达到268亿元。", [("集中签约项目数", 32), ("集中签约项目总投资额", 268)]),
    # a size range written 5亿至10亿元
    ("此次签约项目中,10亿元以上项目6个,5亿至10亿元项目8个。", [("10亿元以上项目数", 6), ("5亿至10亿元项目数", 8)]),
])
def test_parts_events_and_ranges(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: a share of the province is the park's own figure; the province's own figures are not
    ("2023年,青溪高新区营收560亿元,占全省的12%。", [("营收", 560), ("营收占全省", 12)]),
    ("园区工业投资占全省比重达到8.5%。", [("工业投资占全省比重", 8.5)]),
    ("全省开发区实现营业收入2.1万亿元。", []),
    # the province or nation opening the sentence is the subject of its later clauses too
    ("上半年,全省规上工业增加值同比增长8.2%,固定资产投资完成3200亿元。", []),
    ("2023年全国高新区实现营业收入48万亿元,上缴税费2.6万亿元,出口总额4.9万亿元。", []),
    ("前三季度,全省开发区营业收入增长6%,其中青溪高新区完成营业收入320亿元。", [("营业收入", 320)]),
    ("青溪高新区综合排名居全省第三,完成固定资产投资85亿元。", [("固定资产投资", 85)]),
    # the province by its name or as 我省, the nation as 我国 (in any clause); a zone the province name opens is the zone
    ("据统计,我国国家级高新区已达178家,实现营业收入超过48万亿元。", []),
    ("据测算,我省数字经济规模达到1.2万亿元,青溪高新区营收达到520亿元。", [("营收", 520)]),
    ("上半年,江西省开发区实现营业收入1.9万亿元,同比增长8.1%。", []),
    ("我省共有省级以上开发区189个,实现营业收入2.3万亿元。", []),
    ("江西省青溪高新区上半年实现营业收入260亿元。", [("营业收入", 260)]),
    # where guests came from or a reach is no scope
    ("大会吸引了来自全国各地的客商,签约项目126个。", [("签约项目数", 126)]),
    ("园区面向全球招商,今年引进项目45个。", [("引进项目数", 45)]),
])
def test_shares_of_a_wider_scope(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: "N%的<measure>" is a share of the measure in the scope before it; the means it is set against is not
    ("园区贡献了全区45%的工业产值和52%的税收。", [("工业产值占全区比重", 45), ("税收占全区比重", 52)]),
    ("青溪高新区以全市3%的面积,创造了全市25%的GDP。", [("GDP占全市比重", 25)]),
    # "园区内" is the zone, not part of the name
    ("园区内规上企业实现产值86亿元。", [("规上企业产值", 86)]),
])
def test_shares_named_by_the_measure_after(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,value,unit,period", [
    # class: counts in 万家; periods as spans of years, plan periods and recent years; a comparison's base is no period
    ("截至目前,园区市场主体达到2.3万余家,同比增长12%。", 2.3, "万家", "截至目前"),
    ("2019年至2023年,园区规上工业增加值累计达到1260亿元。", 1260, "亿元", "2019年至2023年"),
    ("“十四五”以来,园区累计完成固定资产投资860亿元。", 860, "亿元", "“十四五”以来"),
    ("近三年,园区累计引进项目326个。", 326, "个", "近三年"),
    ("全区市场主体达到3.6万户,较去年底增长12%。", 3.6, "万户", None),
])
def test_units_and_periods(text, value, unit, period):
    row = _find(_rows(text), value)
    assert (row["unit"], row["period"]) == (unit, period)


@pytest.mark.parametrize("text,expected", [
    # class: a year's plan of projects is a figure (计划实施), unlike an action done to them
    ("全年计划实施项目120个,总投资860亿元。", [("计划实施项目数", 120), ("计划实施项目总投资", 860)]),
])
def test_planned_projects(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: parts of a count at one level (其中国家级12个) take the counted things' name
    ("高新区共有省级以上研发平台86个,其中国家级12个。", [("省级以上研发平台数", 86), ("国家级研发平台数", 12)]),
    ("园区拥有专精特新企业56家,其中国家级18家、省级38家。",
     [("专精特新企业数", 56), ("国家级专精特新企业数", 18), ("省级专精特新企业数", 38)]),
])
def test_parts_at_a_level(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: 涉及 before a bare measure; an amount a figure moved by is no figure
    ("集中开工项目12个,涉及总投资56.8亿元。", [("集中开工项目数", 12), ("集中开工项目总投资", 56.8)]),
    ("园区累计完成投资较去年同期增加12.6亿元。", []),
])
def test_involved_totals_and_changes(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: things counted by the place they go into (拟入驻/落户 + a park), named by the count before
    ("签约仪式上,共签约亿元以上项目10个,总投资158.36亿元。其中,拟入驻青溪国际农产品加工产业园6个,总投资48亿元。",
     [("签约亿元以上项目数", 10), ("签约亿元以上项目总投资", 158.36), ("拟入驻项目数", 6), ("拟入驻项目总投资", 48)]),
    ("今年以来,园区新签约项目20个,其中落户智能制造产业园12个。", [("新签约项目数", 20), ("落户项目数", 12)]),
    ("园区落户企业150家,其中入驻孵化基地56家。", [("落户企业数", 150), ("入驻企业数", 56)]),
])
def test_counts_by_the_place_they_go_into(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,firms,expected", [
    # class: a firm the article names, with no company suffix, is the subject of its own figures
    ("华远科技今年一季度实现产值3.2亿元,同比增长15%。", {"华远科技"}, []),
    ("作为链主企业,星河新材2023年实现营收12.6亿元,纳税8000万元。", {"星河新材"}, []),
    ("星河新材去年新增就业岗位300人。", {"星河新材"}, []),
    # a sentence opened by a bare 企业 earning is the firm the story is about; a count of 企业 is no firm's
    ("企业去年实现营业收入12.6亿元,纳税8600万元。", set(), []),
    ("据介绍,企业今年上半年完成产值3.2亿元,同比增长40%。", set(), []),
    ("目前,企业数量达到500家。", set(), [("企业数量", 500)]),
    # the firms of a zone's figure, or a firm in another sentence, leave the zone's figures alone
    ("青溪高新区引进星河新材、华远科技等企业,上半年实现营业收入260亿元。", {"星河新材", "华远科技"},
     [("营业收入", 260)]),
    ("星河新材落户青溪高新区。上半年完成固定资产投资45亿元。", {"星河新材"}, [("固定资产投资", 45)]),
])
def test_figures_of_a_firm_the_article_names(text, firms, expected):
    rows = find_indicators(split_sentences(text), frozenset(firms))
    assert [(r["indicator"], r["value"]) for r in rows if r["value"] is not None] == expected


@pytest.mark.parametrize("text,expected", [
    # class: a mark each of several things passed (均/都 before the amount) is no figure of theirs
    ("园区内的华远科技、星河新材两家企业产值均超过10亿元。", []),
    ("三个重点项目投资额都在5亿元以上。", []),
    ("这些企业年营收均达1亿元。", []),
    # 人均, 亩均 and 平均 are measures, not "each"
    ("园区亩均税收达到52万元。", [("亩均税收", 52)]),
    ("全区规上企业人均产值达到86万元。", [("规上企业人均产值", 86)]),
])
def test_marks_each_passed(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: a year written before the measure is the figure's period, not a project's yearly outlook
    ("据了解,青溪高新区2023年营业收入为520亿元,2022年为460亿元。", [("营业收入", 520), ("营业收入", 460)]),
    ("云岭经开区2024年产值突破300亿元。", [("产值", 300)]),
    ("项目建成后,预计年产值15亿元,年纳税1.2亿元。", []),
    ("青禾新材料项目投产后可实现年营业收入8亿元。", []),
])
def test_year_before_measure_is_a_period(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: 完成投资 is a measure of its own (the statistics' term), kept whole and given the counted subject
    ("截至6月底,全区共有省市重点项目62个,已完成投资108亿元。", [("省市重点项目数", 62), ("省市重点项目完成投资", 108)]),
    ("去年,云岭经开区累计完成投资213亿元。", [("完成投资", 213)]),
    ("今年一季度,青溪高新区完成固定资产投资18.2亿元。", [("固定资产投资", 18.2)]),
])
def test_completed_investment_keeps_its_verb(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: projects carried out (实施, also planned) are a figure; other things carried out are activities
    ("去年,云岭经开区共实施重点项目126个,完成投资213亿元。", [("实施重点项目数", 126), ("实施重点项目完成投资", 213)]),
    ("今年,园区谋划实施产业项目48个,总投资320亿元。", [("谋划实施产业项目数", 48), ("谋划实施产业项目总投资", 320)]),
    ("全年计划实施120个项目。", [("计划实施项目数", 120)]),
    ("今年以来,园区累计实施惠企政策12项。", []),
])
def test_projects_carried_out(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,values", [
    # class: the counted things named again as the base of their part ("N个项目已开工M个", "N个项目中") are no new figure
    ("今年,园区谋划实施重点项目85个。截至10月底,85个项目已开工78个,开工率91.8%。", [85, 78, 91.8]),
    ("青溪高新区新签约项目40个,40个项目中已有12个开工。", [40, 12]),
])
def test_count_named_again_as_a_base(text, values):
    assert [v for _, v in _values(text)] == values


@pytest.mark.parametrize("text,expected", [
    # class: growth in times and doublings (增长1.3倍, 翻一番, 翻两番); a level after it is the figure that grew
    ("去年,云岭经开区实现规上工业产值翻一番,达到506亿元。", [("规上工业产值", 506, 100)]),
    ("1-2月,园区规上工业产值68.5亿元,同比增长1.3倍。", [("规上工业产值", 68.5, 130)]),
    ("青溪高新区营业收入比上年增长2倍,达到360亿元。", [("营业收入", 360, 200)]),
    ("十年来,园区工业总产值翻两番。", [("工业总产值", None, 300)]),
])
def test_growth_in_times_and_doublings(text, expected):
    assert [(r["indicator"], r["value"], r["growth_pct"]) for r in _rows(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # class: the firms among a wider kind of things counted before (其中企业N家 after 市场主体/经营主体)
    ("截至年底,青溪高新区市场主体达到4.6万户,其中企业1.2万家。", [("市场主体", 4.6), ("企业数", 1.2)]),
    ("全区经营主体2.8万户,其中企业9600家、个体工商户1.8万户。",
     [("经营主体", 2.8), ("企业数", 9600), ("个体工商户", 1.8)]),
])
def test_firms_among_a_wider_count(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: a space between two words parts a headline's phrases; a space beside a number is only print
    ("招商引资再传捷报 青溪经开区新引进8个项目", [("新引进项目数", 8)]),
    ("云岭高新区上半年规上工业产值 462.74 亿元", [("规上工业产值", 462.74)]),
])
def test_spaces_in_headlines(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: projects counted with the place they settled in (落户, like 落地 and 入驻) are that event's
    ("截至目前,已有38个项目落户青溪高新区,总投资超过200亿元。", [("落户项目数", 38), ("落户项目总投资", 200)]),
    ("今年以来,共有12个项目成功落户园区。", [("落户项目数", 12)]),
])
def test_projects_that_settled(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: a total of bare projects or firms (共计N个项目) counts the things an event earlier in the sentence names
    ("本次开工项目数量多、投资规模大,共计20个项目,总投资156亿元。", [("开工项目数", 20), ("开工项目总投资", 156)]),
    ("当天集中签约的重点项目涉及装备制造、新材料等行业,共有15个项目,总投资88亿元。",
     [("集中签约重点项目数", 15), ("集中签约重点项目总投资", 88)]),
    ("云岭经开区引进企业质量高,共计35家企业。", [("引进企业数", 35)]),
])
def test_total_of_bare_things_named_by_an_event_before(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: a bare measure split by 分别 over the counts written before it
    ("当天,青溪经开区集中签约项目11个、开工项目9个,总投资分别为68亿元、42亿元。",
     [("集中签约项目数", 11), ("开工项目数", 9), ("集中签约项目总投资", 68), ("开工项目总投资", 42)]),
    ("园区新签约项目32个,新开工项目25个,计划总投资分别达到186亿元和142亿元。",
     [("新签约项目数", 32), ("新开工项目数", 25), ("新签约项目计划总投资", 186), ("新开工项目计划总投资", 142)]),
])
def test_respectively_over_counts_before(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: an event written after the counted things with 完成/实现 (46个项目完成签约, 18个项目实现开工)
    ("今年1-7月,青溪高新区共有46个项目完成签约,签约金额达到213亿元。", [("签约项目数", 46), ("签约金额", 213)]),
    ("一季度,园区18个项目实现开工,12个项目已完成竣工。", [("开工项目数", 18), ("竣工项目数", 12)]),
])
def test_events_done_after_the_counted_things(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: an amount written before a statistics measure is a figure of it, with the growth after the measure
    ("上半年,青溪高新区完成86.5亿元固定资产投资,同比增长12%。", [("固定资产投资", 86.5, 12)]),
    ("云岭经开区去年实现了1280亿元的营业收入。", [("营业收入", 1280, None)]),
    ("园区上半年实现近300亿元工业产值。", [("工业产值", 300, None)]),
    # a size class before a measure stays a size class
    ("园区10亿元以上工业投资增长较快。", []),
])
def test_amount_before_its_measure(text, expected):
    assert [(r["indicator"], r["value"], r["growth_pct"]) for r in _rows(text) if r["value"] is not None] == expected


@pytest.mark.parametrize("text,expected", [
    # class: 分别 opening a clause splits its figures over the items of the clause before, whose shared
    # predicate (双增长, 均创新高, 同步提升) is no part of the last item
    ("前三季度,云岭经开区实现营收、税收双增长,分别达到520亿元、18.6亿元。", [("营收", 520), ("税收", 18.6)]),
    ("青溪高新区一季度签约项目数、签约金额均创历史同期新高,分别达到28个、156亿元。",
     [("签约项目数", 28), ("签约金额", 156)]),
    ("园区规上工业产值和增加值同步提升,分别完成320亿元和86亿元。", [("规上工业产值", 320), ("增加值", 86)]),
])
def test_respectively_over_the_clause_before(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: a print page's line wrapped mid-sentence is no sentence break; a short line (a heading) is one
    ("数据显示,今年以来,柳川经开区坚持项目为王,全力推进招商引资,新签约项目\n58个,总投资312亿元。",
     [("新签约项目数", 58), ("新签约项目总投资", 312)]),
    ("一、项目建设\n58个项目集中开工。", [("集中开工项目数", 58)]),
])
def test_line_wrapped_mid_sentence(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: projects named by their stage or rank alone (在建项目, 重点项目, 入驻项目) are a group, not one project
    ("园区在建项目总投资达560亿元。", [("在建项目总投资", 560)]),
    ("今年以来,云岭新区重点项目完成投资86亿元。", [("重点项目完成投资", 86)]),
    ("目前,青溪高新区入驻项目总投资达1200亿元。", [("入驻项目总投资", 1200)]),
    # a named project, also one that is a key project, keeps its own amount out
    ("星河新材料项目总投资12亿元。", []),
    ("该项目是省重点项目,总投资10亿元。", []),
])
def test_projects_named_by_stage_are_a_group(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: 未来产业 names a class of industries, not the future a goal is set for
    ("园区未来产业营业收入达到120亿元,同比增长25%。", [("未来产业营业收入", 120)]),
    ("未来三年,园区营业收入将突破500亿元。", []),
])
def test_future_industries_are_no_goal(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: a place in the wider scope (排名全省, 在全省率先) and a ranking list (全国500强) are the park's own figures
    ("今年以来,园区引进全国500强企业12家,总投资86亿元。", [("引进全国500强企业数", 12), ("引进全国500强企业总投资", 86)]),
    ("青溪高新区在全省率先实现营业收入超千亿元,达到1036亿元。", [("营业收入", 1036)]),
    ("云岭经开区工业总产值排名全省第3,完成工业总产值680亿元。", [("工业总产值", 680)]),
    # the province's own figures stay out
    ("全省开发区实现营业收入2.1万亿元。", []),
])
def test_places_in_the_wider_scope(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: a level after a clause that names its measure and only its standing (a rank, a record) is that measure's
    ("青溪高新区营业收入总量排名全省高新区第3位,达到520亿元。", [("营业收入", 520)]),
    ("园区高新技术企业数量位列全省开发区第一,达到386家。", [("高新技术企业数", 386)]),
    ("云岭经开区税收收入再创历史新高,达到36亿元。", [("税收收入", 36)]),
    # a clause that states no measure names nothing
    ("一季度,全区经济运行稳中有进,达到预期。", []),
])
def test_level_after_a_clause_of_standing(text, expected):
    assert _values(text) == expected


_PROBES = pathlib.Path(__file__).parent.parent / "data" / "indicator_probes"


def _scored_same(gold, pred):
    """The acceptance check's rule: values within 1 % and the first two characters of one name in the other."""
    (gn, gv), (pn, pv) = gold, pred
    return abs(gv - pv) <= 0.01 * max(abs(gv), abs(pv)) and (gn[:2] in pn or pn[:2] in gn)


@pytest.mark.parametrize("page", sorted(p.stem for p in _PROBES.glob("*.txt")))
def test_invented_pages_in_other_styles(page):
    # whole invented pages (a year-end report, a mid-year bulletin, a signing story, a statistics communiqué,
    # a project feature) with the figures an annotator would keep: every one found, nothing else
    title, _, body = (_PROBES / f"{page}.txt").read_text(encoding="utf-8").partition("\n")
    gold = [tuple(g) for g in json.loads((_PROBES / f"{page}.gold.json").read_text(encoding="utf-8"))]
    pred = [(r["indicator"], r["value"]) for r in extract_article(body, title)["indicators"] if r["value"] is not None]
    missed = [g for g in gold if not any(_scored_same(g, p) for p in pred)]
    extra = [p for p in pred if not any(_scored_same(g, p) for g in gold)]
    assert (missed, extra, len(pred)) == ([], [], len(gold))


@pytest.mark.parametrize("text,expected", [
    # class: the means a standing is won by (以, 凭借, 依托) opens no figure's name
    ("青溪高新区以综合得分92.6分位列全省第一。", [("综合得分", 92.6)]),
    ("凭借营业收入520亿元,云岭经开区跻身全国百强。", [("营业收入", 520)]),
    ("云岭经开区以规上工业产值320亿元位居全市第一。", [("规上工业产值", 320)]),
])
def test_means_open_no_name(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # class: an amount before 的成绩/的总量/的规模 is the park's own record, not a size class of projects
    ("青溪高新区全年以营业收入820亿元的成绩位居全市第一。", [("营业收入", 820)]),
    ("总投资5000万元的星河新材料项目正式开工。", []),
])
def test_amount_of_a_record(text, expected):
    assert _values(text) == expected
