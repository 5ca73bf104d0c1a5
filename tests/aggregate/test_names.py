"""Names reduced to a company and a product core, the keys project linking compares."""
from park_pipeline.aggregate.names import company_of, head_noun, name_core, product_similarity, without_brand


def test_names_reduce_to_company_and_product_core():
    assert name_core("湖北恒润新材料有限公司年产5万吨锂电池隔膜项目一期") == ("锂电池隔膜", "湖北恒润新材料有限公司")
    assert name_core("“恒润隔膜”项目（二期）")[0] == "恒润隔膜"
    assert name_core("随州高新区恒润新材料电解液生产基地建设项目")[0] == "恒润新材料电解液"
    assert name_core("年产10万辆新能源汽车整车工程") == ("新能源汽车整车", None)
    assert name_core("随州项目")[0] == ""


def test_abbreviations_trade_words_and_head_nouns():
    assert product_similarity("高多层PCB", "高多层印制电路板") == 100
    assert without_brand("鸿芯电子印制电路板", company_of("遂宁鸿芯电子有限公司")) == "印制电路板"
    assert head_noun("锂电铜箔", "电解铜箔") == "铜箔"
    assert head_noun("锂电池隔膜", "锂电池电解液") == head_noun("复合材料", "正极材料") == ""


def test_a_shared_modifier_leaves_the_rest_to_decide():
    assert product_similarity("国际未来科技城研发中心", "国际未来科技城孵化中心") < 70
    assert product_similarity("国际未来科技城智能制造", "国际未来科技城智能装备") < 70
    assert product_similarity("电子级氢氟酸", "电子级硫酸") < 70
    assert product_similarity("锂电池隔膜", "锂电池湿法隔膜") >= 80  # the rest still names one product
