"""Industry labels from the keyword lexicon and the n-gram model: one label per project, the name
outweighing its sentence."""
from collections import Counter
from importlib import resources

import pytest

from park_pipeline.extract.industry import (
    CLASSES, FULL_EVIDENCE, INDUSTRIES, MODEL_FLOOR, _lexicon, _model, classify_industry, features,
    industry_confidence, industry_posterior, industry_scores, product_scores, training_examples,
)

# Project names as the news writes them, with the label an analyst gives them.
HAND_LABELLED = [
    ("年产5万吨锂电池隔膜项目", "新材料"),
    ("湖北大闰化学有限公司年产3万吨电子级氢氟酸项目", "新材料"),
    ("华锂新能源隔膜项目", "新材料"),
    ("年产2万吨碳纤维复合材料项目", "新材料"),
    ("12英寸晶圆制造项目", "新一代信息技术"),
    ("Mini LED显示模组项目", "新一代信息技术"),
    ("华中数据中心项目", "新一代信息技术"),
    ("高端数控机床项目", "高端装备制造"),
    ("工业机器人产业化基地", "高端装备制造"),
    ("无人机研发生产项目", "高端装备制造"),
    ("中药饮片生产线项目", "生物医药"),
    ("医疗器械产业园", "生物医药"),
    ("新能源汽车动力电池PACK项目", "新能源汽车"),
    ("新能源汽车零部件项目", "新能源汽车"),
    ("充电桩生产项目", "新能源汽车"),
    ("200MW分布式光伏发电项目", "新能源"),
    ("10GWh储能电池项目", "新能源"),
    ("风电装备制造基地", "高端装备制造"),
    ("生活垃圾焚烧发电项目", "节能环保"),
    ("废旧动力电池回收利用项目", "节能环保"),
    ("动漫产业园项目", "数字创意"),
    ("年产100万套汽车零部件项目", "传统制造"),
    ("年产30万吨特种水泥项目", "传统制造"),
    ("纺织服装产业园", "传统制造"),
    ("高新区标准化厂房建设项目", "基础设施"),
    ("随州大道改造工程", "基础设施"),
    ("雨污分流管网工程", "基础设施"),
    ("高新区第二实验小学项目", "社会民生"),
    ("人才公寓项目", "社会民生"),
    ("冷链物流园项目", "现代服务"),
    ("跨境电商产业园", "现代服务"),
    ("年产2万吨香菇深加工项目", "农业食品"),
    ("万头生猪养殖项目", "农业食品"),
    ("碧桂园住宅小区项目", "房地产"),
    ("恒润项目", "其他"),
]


@pytest.mark.parametrize(("name", "industry"), HAND_LABELLED)
def test_hand_labelled_names(name, industry):
    assert classify_industry(name) == industry


def test_the_name_outweighs_its_sentence():
    sentence = "随州高新区光伏、储能、锂电池产业集群加速成势,年产10万吨饲料项目签约落户。"
    assert classify_industry("年产10万吨饲料项目", sentence) == "农业食品"
    assert classify_industry("金穗项目", "金穗项目主要生产香菇酱等食品。") == "农业食品"  # sentence as a fallback
    assert classify_industry("金穗项目", company="随州金穗食品有限公司") == "农业食品"


def test_lexicon_covers_the_taxonomy_and_names_its_sources():
    text = resources.files("park_pipeline.extract").joinpath("data/industry_lexicon.tsv").read_text("utf-8")
    assert "战略性新兴产业分类(2018)" in text and "GB/T 4754-2017" in text
    _, labels = _lexicon()
    assert {industry for industry, _ in labels} == set(INDUSTRIES) - {"其他"}
    assert all(classify_industry(name) in INDUSTRIES for name, _ in HAND_LABELLED)


# Invented names of products the lexicon has no specific keyword for: the n-gram model, trained on
# the package's own examples, names their industry from pieces of words it has seen.
NO_KEYWORD = [
    ("微型马达项目", "新一代信息技术"),
    ("骨传导听音设备项目", "新一代信息技术"),
    ("云端存储项目", "新一代信息技术"),
    ("螺杆空压机项目", "高端装备制造"),
    ("燕窝加工项目", "农业食品"),
    ("钢琴制造项目", "传统制造"),
]


@pytest.mark.parametrize(("name", "industry"), NO_KEYWORD)
def test_products_without_a_keyword_go_to_the_model(name, industry):
    assert max(industry_scores(name).values(), default=0) < FULL_EVIDENCE  # no specific keyword
    assert classify_industry(name) == industry
    assert industry_posterior(name)[industry] >= MODEL_FLOOR


def test_a_keyword_the_lexicon_knows_keeps_the_model_out():
    for name, _ in HAND_LABELLED:
        if max(industry_scores(name).values(), default=0) >= FULL_EVIDENCE:
            assert product_scores(name) == industry_scores(name)


def test_a_name_with_nothing_to_go_by_is_other_with_no_confidence():
    assert industry_posterior("恒润项目") == {} or max(industry_posterior("恒润项目").values()) < MODEL_FLOOR
    assert classify_industry("恒润项目") == "其他"
    assert industry_confidence(product_scores("恒润项目")) == 0.0


def test_features_drop_figures_and_generic_words():
    grams = features("湖北恒润有限公司年产5万吨锂电池隔膜项目一期")
    assert "隔膜" in grams and "锂电池" in grams
    assert not {"项目", "年产", "5", "一期", "公司"} & set(grams)


def test_training_file_is_written_for_the_package_and_covers_every_industry():
    text = resources.files("park_pipeline.extract").joinpath("data/industry_training.tsv").read_text("utf-8")
    assert "战略性新兴产业分类(2018)" in text and "GB/T 4754-2017" in text and "invented" in text
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    named = Counter(industry for _, industry in rows)
    assert set(named) == set(CLASSES) and min(named.values()) >= 10 and len(rows) >= 400
    assert len({name for name, _ in rows}) == len(rows)  # no name listed twice
    # the model learns from those names and from every lexicon keyword
    assert len(training_examples()) == len(rows) + len(_lexicon()[1])


def test_the_model_is_trained_once_and_deterministic():
    first = industry_posterior.__wrapped__("高纯硅烷气体项目")
    assert industry_posterior.__wrapped__("高纯硅烷气体项目") == first
    assert _model() is _model()
