"""Names reduced to a company and a product core, the keys project linking compares."""
from park_pipeline.aggregate.names import name_core


def test_names_reduce_to_company_and_product_core():
    assert name_core("湖北恒润新材料有限公司年产5万吨锂电池隔膜项目一期") == ("锂电池隔膜", "湖北恒润新材料有限公司")
    assert name_core("“恒润隔膜”项目（二期）")[0] == "恒润隔膜"
    assert name_core("随州高新区恒润新材料电解液生产基地建设项目")[0] == "恒润新材料电解液"
    assert name_core("年产10万辆新能源汽车整车工程") == ("新能源汽车整车", None)
    assert name_core("随州项目")[0] == ""
