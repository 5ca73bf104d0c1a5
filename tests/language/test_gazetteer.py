"""Gazetteer from cpca's data: names, short names, levels and resolution."""
import collections

import pytest

from park_pipeline.language.gazetteer import gazetteer, short_name


@pytest.mark.parametrize("name,level,short", [
    ("随州市", "city", "随州"), ("黔东南苗族侗族自治州", "city", "黔东南"), ("内蒙古自治区", "province", "内蒙古"),
    ("广西壮族自治区", "province", "广西"), ("新疆维吾尔自治区", "province", "新疆"), ("掇刀区", "county", "掇刀"),
    ("城区", "county", "城区"), ("北京市", "province", "北京"),
    ("浦东新区", "county", "浦东"), ("沈北新区", "county", "沈北"),  # a district named 新区
])
def test_short_name(name, level, short):
    assert short_name(name, level) == short


@pytest.mark.parametrize("name,province,city", [
    ("禹州", "河南省", "许昌市"), ("随州市", "湖北省", "随州市"), ("头屯河区", "新疆维吾尔自治区", "乌鲁木齐市"),
    ("永川", "重庆市", "重庆市"), ("黔南", "贵州省", "黔南布依族苗族自治州"),
    ("渝北区", "重庆市", "重庆市"), ("渝北", "重庆市", "重庆市"),  # a district merged in 2025, still in the news
])
def test_resolve(name, province, city):
    place = gazetteer().resolve(name)
    assert (place.province, place.city) == (province, city)


def test_context_picks_the_article_province():
    g = gazetteer()
    assert g.resolve("朝阳", collections.Counter({"北京市": 3})).province == "北京市"
    assert g.resolve("朝阳", collections.Counter({"辽宁省": 3})).province == "辽宁省"


def test_common_words_are_not_places():
    names = gazetteer().by_name
    assert "光明" not in names and "前进" not in names and "光明区" in names


def test_find_is_leftmost_longest():
    assert [n for _, _, n in gazetteer().find("大连市旅顺口区和随州")] == ["大连市", "旅顺口区", "随州"]


@pytest.mark.parametrize("text,expected", [
    # class 1, a county's short name jieba seldom meets, right after its city's, is a place with it
    ("郴州资兴讯 经开区签约", ["郴州", "资兴"]),
    ("苏州常熟讯", ["苏州", "常熟"]),
    ("株洲天元讯", ["株洲"]),  # a district is not looked for
    ("长沙资兴讯", ["长沙"]),  # another city's county
])
def test_find_nested_counties_after_their_city(text, expected):
    assert [n for _, _, n in gazetteer().find(text, nested=True)] == expected


@pytest.mark.parametrize("text,expected", [
    ("深圳市光明区今年签约项目12个", {"光明": "光明区"}),  # the page writes the full name
    ("光明的前途", {}),  # an ordinary word: not a place
])
def test_page_words_are_left_out_short_names_whose_full_name_the_page_writes(text, expected):
    assert {short: places[0].name for short, places in gazetteer().page_words(text).items()} == expected


@pytest.mark.parametrize("text,expected", [
    # a short name jieba seldom meets, right before a zone word (offset 2 or 3 here), is the place
    ("常熟经开区签约", {"常熟": "常熟市"}),
    ("顺义综保区签约", {"顺义": "顺义区"}),
    ("门头沟园区签约", {"门头沟": "门头沟区"}),
    # a common word (光明), a direction (市北, 城北) and a Taiwan district (三民) are not
    ("光明高新区签约", {}),
    ("市北高新区签约", {}),
    ("城北工业园签约", {}),
    ("三民园区签约", {}),
])
def test_page_words_before_a_zone_word(text, expected):
    ends = [2, 3]
    found = gazetteer().page_words(text, ends)
    assert {short: places[0].name for short, places in found.items()} == expected


@pytest.mark.parametrize("host,place", [
    ("www.zhuzhou.gov.cn", "株洲市"), ("gxq.zhuzhou.gov.cn", "株洲市"),  # a city's site and its park's
    ("www.liling.gov.cn", "醴陵市"),  # a county-level city
    ("www.lishui.gov.cn", "丽水市"),  # a city and another city's district: the city's
    ("www.changsha.gov.cn", "长沙市"),  # a city and its own county
    ("www.yichun.gov.cn", None),  # two cities (宜春, 伊春)
    ("www.hunan.gov.cn", None), ("www.xinhuanet.com", None), ("www.zz.gov.cn", None),  # a province, no place, initials
    ("株洲市人民政府网", None),  # no host
])
def test_place_of_host(host, place):
    assert gazetteer().place_of_host(host) == place


@pytest.mark.parametrize("text,expected", [
    # every left-out short name the page backs, each with the places of the full name it writes
    ("和平区与光明区签约", {"和平": ["和平区"] * 3, "光明": ["光明区"]}),
    ("某市和平县新建产业园", {"和平": ["和平县"]}),
    ("和平县与和平区", {"和平": ["和平区", "和平区", "和平县", "和平区"]}),
])
def test_page_words_keep_the_places_of_the_full_names_written(text, expected):
    assert {short: [p.name for p in places] for short, places in gazetteer().page_words(text).items()} == expected
