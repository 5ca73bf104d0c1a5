"""Money amounts: table of hand-written phrases in the style of park news."""
import pytest

from park_pipeline.extract.amounts import find_amounts, parse_amount, to_number

CASES = [
    # text, yuan value (None = not CNY), currency, qualifier
    ("该项目总投资12亿元,分三期建设", 1.2e9, "CNY", None),
    ("签约项目5个,总投资36亿元,分别是", 3.6e9, "CNY", None),
    ("计划投资约8.5亿元", 8.5e8, "CNY", "约"),
    ("总投资超过100亿元以上", 1e10, "CNY", "超过"),
    ("投资近3000万元", 3e7, "CNY", "近"),
    ("投资60余亿元", 6e9, "CNY", "余"),
    ("一期投资二十亿元", 2e9, "CNY", None),
    ("合同金额1,250万元", 1.25e7, "CNY", None),
    ("投资百亿元的电池项目", 1e10, "CNY", None),
    ("项目投资5千万元", 5e7, "CNY", None),
    ("年产值15亿,税收1亿", 1.5e9, "CNY", None),
    ("实际利用外资2.6亿美元", None, "USD", None),
    ("协议外资800万美元", None, "USD", None),
    ("总投资达1.5万亿元", 1.5e12, "CNY", None),
    ("双方签约12亿元", 1.2e9, "CNY", None),
    ("总投资１２．５亿元", 1.25e9, "CNY", None),
    ("投资 12 亿元建设", 1.2e9, "CNY", None),
    ("突破千亿大关", 1e11, "CNY", None),
    # digits grouped by a space, as some sites print them
    ("总投资5 000万元", 5e7, "CNY", None),
    ("营业收入1 235.6亿元", 1.2356e11, "CNY", None),
    # 亿 and 万 in one amount, in digits or words
    ("总投资1亿2000万元", 1.2e8, "CNY", None),
    ("计划投资二十五亿五千万元", 2.55e9, "CNY", None),
    ("投资3亿500万美元", None, "USD", None),
]


@pytest.mark.parametrize("text,yuan,currency,qualifier", CASES)
def test_parse_amount(text, yuan, currency, qualifier):
    a = parse_amount(text)
    assert a is not None
    assert a.currency == currency
    assert a.qualifier == qualifier
    if yuan is None:
        assert a.yuan is None
    else:
        assert a.yuan == pytest.approx(yuan)


def test_usd_value_and_unit():
    a = parse_amount("协议外资800万美元")
    assert (a.number, a.unit, a.value) == (800, "万美元", 8e6)


@pytest.mark.parametrize("text", ["年产10亿只口罩", "亿元以上项目12个", "增长12.5%", "2023年3月", "年产5万吨", "打造千亿级产业集群", "种植苗木2万株", "年产1亿2000万只"])
def test_not_money(text):
    assert find_amounts(text) == []


def test_offsets_point_at_the_amount():
    text = "其中一期投资3亿元,二期投资5亿元"
    found = find_amounts(text)
    assert [text[a.start : a.end] for a in found] == ["3亿元", "5亿元"]


@pytest.mark.parametrize("text,value", [("1,200", 1200), ("三十五", 35), ("两", 2), ("12.5", 12.5), ("一百零八", 108), ("5 000", 5000),
                                        ("若干", None)])
def test_to_number(text, value):
    assert to_number(text) == value == to_number(text)  # the second answer is the memoized one


def test_values_are_whole_cents_not_float_noise():
    assert parse_amount("固定资产投资76.32亿元").yuan == 7_632_000_000


def test_bare_wan_yi_is_yuan():
    a = parse_amount("规上工业产值达1.2万亿,同比增长8%")
    assert (a.number, a.unit, a.yuan) == (1.2, "万亿元", 1.2e12)
