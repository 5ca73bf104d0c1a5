"""Traditional -> simplified."""

import pytest

from park_pipeline.clean.script import has_traditional, simplify_page, to_simplified


@pytest.mark.parametrize(
    "text,expected",
    [
        ("經濟復蘇", "经济复苏"),
        ("稀土高新區開足馬力", "稀土高新区开足马力"),
        ("臺灣", "台湾"),
        ("高新区召开推进会", "高新区召开推进会"),  # simplified stays simplified
        ("", ""),
    ],
)
def test_to_simplified(text, expected):
    assert to_simplified(text) == expected


def test_traditional_page_is_fully_converted():
    page = "株洲高新區召開千名企業家大會,經濟復蘇按下快進鍵。" * 3
    out = simplify_page(page)
    assert not has_traditional(out)
    assert "株洲高新区召开千名企业家大会" in out


def test_simplified_page_keeps_gb2312_characters():
    # a simplified page with a company name written with 乾: not a traditional page
    page = "潍柴(青岛)海洋装备制造中心、上海寰宇乾堃航天装备项目等125个重点项目在青岛西海岸新区集中开工。" * 2
    assert simplify_page(page) == page


def test_simplified_page_still_loses_stray_traditional_characters():
    page = "今年以来,高新区新签约项目二十个,总投资一百亿元,其中經濟类项目五个。" * 2
    out = simplify_page(page)
    assert "經" not in out and "经济" in out


@pytest.mark.parametrize("page,expected", [
    # characters outside the basic plane before the stray one: positions still line up
    ("😀园区𠮷野家今年新签约产业项目二十个,其中經濟类项目五个。" * 2, "😀园区𠮷野家今年新签约产业项目二十个,其中经济类项目五个。" * 2),
    ("今年以来,高新区新签约项目二十个,总投资一百亿元,其中經濟类项目五个。😀",
     "今年以来,高新区新签约项目二十个,总投资一百亿元,其中经济类项目五个。😀"),
])
def test_stray_traditional_characters_are_found_at_their_positions(page, expected):
    assert simplify_page(page) == expected
