"""Dates, bylines and sources."""

import datetime as dt

import pytest

from park_pipeline.clean import metadata as md

D = dt.date


@pytest.mark.parametrize(
    "line,expected",
    [
        ("发表于 2023-12-20 10:08:00 | 显示全部楼层", D(2023, 12, 20)),
        ("时间:2021-07-23", D(2021, 7, 23)),
        ("Admin - admin 于2022年08月17日发表", D(2022, 8, 17)),
        ("来源:某某经济技术开发区 发布时间:2023-02-20 11:01 浏览次数:1", D(2023, 2, 20)),
        ("某某日报 2025年03月10日 14:49", D(2025, 3, 10)),
        ("24.04.2017 08:15", D(2017, 4, 24)),
        ("2021/09/17/ 10:23 来源:某某新区报 记者 王某", D(2021, 9, 17)),
        ("新资讯 2022-2-10 15:24 某某网 30 0", D(2022, 2, 10)),
        ("2020-10-16", D(2020, 10, 16)),
        ("来源:某某日报 作者:某某办 发表日期:2020年09月10日", D(2020, 9, 10)),
        # not stamps
        ("• 11月06日 星期三", None),  # month and day only
        ("某市新增12个出租车共享服务驿站2023-03-17", None),  # a headline in a date list
        ("2023年12月8日—2024年1月1日,万达广场举办超级宠粉嘉年华,点燃城市烟火气;12月15日起发放消费券。", None),
        ("2022-13-45", None),
    ],
)
def test_parse_date_line(line, expected):
    assert md.parse_date_line(line) == expected


@pytest.mark.parametrize(
    "a,b,expected",
    [("2022", "01/17", D(2022, 1, 17)), ("2021", "03/18", D(2021, 3, 18)), ("新闻", "01/17", None), ("2022", "17:39", None)],
)
def test_two_line_date(a, b, expected):
    assert md.two_line_date(a, b) == expected


@pytest.mark.parametrize(
    "line,rest,source,authors",
    [
        ("本报讯(记者付凯明)5月7日下午,高新区召开二季度重点工作推进会。", "5月7日下午,高新区召开二季度重点工作推进会。", None, ["付凯明"]),
        ("某某日报讯(记者王小龙 通讯员杜小玲报道)3月23日,经开区28个重点项目集中开工。", "3月23日,经开区28个重点项目集中开工。", "某某日报", ["王小龙"]),
        ("中新社重庆6月16日电 (记者 刘某某)记者16日从新闻发布会上获悉,综保区正式封关运行。", "记者16日从新闻发布会上获悉,综保区正式封关运行。", "中新社重庆", ["刘某某"]),
        ("(某某新闻传媒集团记者祝福)近日,商务部完成国家级经开区考核评价工作。", "近日,商务部完成国家级经开区考核评价工作。", None, ["祝福"]),
        ("【某某商报网讯】记者 梅某 报导:10月15日上午,新区重大项目集中开工。", "10月15日上午,新区重大项目集中开工。", "某某商报网", ["梅某"]),
        ("2019年4月1日讯,3月27日上午,全市一季度重点项目集中开工。", "3月27日上午,全市一季度重点项目集中开工。", None, []),
        ("人民网武汉7月1日电 (记者王某)二季度以来,东湖高新区园区经济稳步增长。", "二季度以来,东湖高新区园区经济稳步增长。", "人民网武汉", ["王某"]),
        ("中新网合肥5月6日电(记者 张某某)今年以来,经开区签约项目12个,总投资80亿元。", "今年以来,经开区签约项目12个,总投资80亿元。", "中新网合肥", ["张某某"]),
        ("本报长沙5月6日电(记者 张某某)今年以来,经开区签约项目12个,总投资80亿元。", "今年以来,经开区签约项目12个,总投资80亿元。", "长沙", ["张某某"]),
        ("新华社长沙5月6日电 记者从高新区获悉,今年以来园区新签约项目12个。", "记者从高新区获悉,今年以来园区新签约项目12个。", "新华社长沙", []),
        ("今年以来,高新区围绕三个重点集中精力抓项目。", "今年以来,高新区围绕三个重点集中精力抓项目。", None, []),
        ("通讯设备产业园项目开工,总投资十亿元,建成后年产值可达三十亿元。", "通讯设备产业园项目开工,总投资十亿元,建成后年产值可达三十亿元。", None, []),
        ("喜讯!园区企业获评国家级专精特新小巨人企业称号。", "喜讯!园区企业获评国家级专精特新小巨人企业称号。", None, []),
        ("本报讯 记者从市发改委获悉,全市一季度重点项目开工率达到九成。", "记者从市发改委获悉,全市一季度重点项目开工率达到九成。", None, []),
    ],
)
def test_split_lead_byline(line, rest, source, authors):
    got_rest, got_src, by, _ = md.split_lead_byline(line)
    assert got_rest == rest
    assert got_src == source
    assert (md.authors_from_text(by) if by else []) == authors


@pytest.mark.parametrize(
    "text,reporters,correspondents",
    [
        ("(记者付凯明)", ["付凯明"], []),
        ("某某在线全媒体记者 李永亮 通讯员 龙子怡", ["李永亮"], ["龙子怡"]),
        ("(记者 唐某 通讯员 王晓光)", ["唐某"], ["王晓光"]),
        ("记者:何曼", ["何曼"], []),
        ("(通讯员雷胜堂 周琪钧)", [], ["雷胜堂", "周琪钧"]),
        ("记者从区经贸局获悉", [], []),
    ],
)
def test_reporters(text, reporters, correspondents):
    assert md.authors_from_text(text) == reporters
    assert md.correspondents_from_text(text) == correspondents


@pytest.mark.parametrize(
    "line,source",
    [
        ("日期: 来源:禹州市融媒体中心收集编辑:禹州市融媒体中心", "禹州市融媒体中心"),
        ("来源:随州高新区", "随州高新区"),
        ("「本文来源:天眼新闻」", "天眼新闻"),
        ("信息来源:郑州日报", "郑州日报"),
        ("华声在线全媒体记者 李永亮 通讯员 龙子怡", "华声在线"),
        ("2013-12-31 10:57:03 作者:admin 来源: 浏览次数:0", None),
        ("来源:某某发布", "某某发布"),
        ("来源:某某新区 发布时间:2023-05-06", "某某新区"),
        # class 1: the office that publishes a government page places a page that names no place
        ("索引号:000000/2024-00123 发布机构:株洲市商务局", "株洲市商务局"),
        ("发布单位：衡阳市工业和信息化局", "衡阳市工业和信息化局"),
        # a 来源 naming nobody leaves the source to the page's other lines and its publisher
        ("发布时间：2024-06-18 10:21　来源：本站　浏览次数：1234", None),
        ("来源:原创 作者:管理员", None),
    ],
)
def test_source_from_line(line, source):
    assert md.source_from_line(line) == source


@pytest.mark.parametrize(
    "line,site",
    [
        ("原文链接:https://www.zhuzhou.gov.cn/c1234/20240506/i998877.html", "www.zhuzhou.gov.cn"),
        ("来源:zhuzhou.gov.cn", "zhuzhou.gov.cn"),  # what an HTML page's outlet falls back to
        ("http://GXQ.Zhuzhou.gov.cn:8080/art/2024/5/6/art_1.html", "gxq.zhuzhou.gov.cn"),
        ("网址：www.liling.gov.cn", "www.liling.gov.cn"),
        ("来源:株洲日报", None),
        ("详见 www.zhuzhou.gov.cn 公告", None),  # an address inside a sentence
        ("3.5亿元", None),
    ],
)
def test_site_from_line(line, site):
    assert md.site_from_line(line) == site


@pytest.mark.parametrize(
    "line,expected",
    [
        ("2019年4月1日讯,3月27日上午,全市重点项目集中开工。", D(2019, 4, 1)),
        ("中新社上海2月20日电 (记者 李某)2025年“开门红”重大项目集中签约大会20日举行。", D(2025, 2, 20)),
        ("中新社重庆6月16日电 (记者 刘某)记者16日获悉,综保区正式封关运行。", None),  # month+day only
        ("中新社北京3月5日电 2023年和2024年的数据显示,园区经济持续增长。", None),  # ambiguous year
        ("新华社北京3月5日电 记者从2021年5月召开的会议上获悉,项目开工。", None),  # a full event date is not the year of the dateline
        ("3月27日上午,全市重点项目集中开工。", None),
    ],
)
def test_dateline_date(line, expected):
    assert md.dateline_date(line) == expected


@pytest.mark.parametrize(
    "line,header,owner",
    [
        ("主办:某某高新技术产业开发区管理委员会", False, "某某高新技术产业开发区管理委员会"),
        ("版权所有:衡阳高新区管委会 备案号:湘ICP备00000000号", False, "衡阳高新区管委会"),
        ("Copyright © 2024 衡阳日报社 All Rights Reserved", False, "衡阳日报社"),
        ("衡阳市人民政府 版权所有", False, "衡阳市人民政府"),
        ("主办单位:衡阳高新区管委会 承办:衡阳高新区信息中心", False, "衡阳高新区管委会"),
        ("衡阳高新技术产业开发区管理委员会", True, "衡阳高新技术产业开发区管理委员会"),  # a header line
        ("衡阳高新技术产业开发区管理委员会", False, None),  # the same line elsewhere is no footer
        ("高新区召开重点项目推进会", True, None),  # a headline is no organisation
        ("版权所有", False, None),
    ],
)
def test_site_owner_from_line(line, header, owner):
    assert md.site_owner_from_line(line, header) == owner


@pytest.mark.parametrize(
    "line,headline,site",
    [
        ("高新区召开推进会_衡阳市人民政府", "高新区召开推进会", "衡阳市人民政府"),
        ("高新区召开推进会 - 衡阳新闻网", "高新区召开推进会", "衡阳新闻网"),
        ("高新区召开推进会|衡阳高新区", "高新区召开推进会", "衡阳高新区"),
        ("高新区召开推进会", "高新区召开推进会", None),  # the headline alone
        ("高新区召开推进会 2024-05-06", "高新区召开推进会", None),  # a date, not a site
        ("衡阳市人民政府", "高新区召开推进会", None),
        ("衡阳市人民政府-高新区召开推进会", "高新区召开推进会", "衡阳市人民政府"),  # an organisation before it
        ("图片新闻 - 高新区召开推进会", "高新区召开推进会", None),  # a section, not a site
    ],
)
def test_site_after_headline(line, headline, site):
    assert md.site_after_headline(line, headline) == site


@pytest.mark.parametrize(
    "line,sections",
    [
        ("当前位置:首页 > 新闻中心 > 衡阳要闻", ["首页", "新闻中心", "衡阳要闻"]),
        ("您现在的位置：首页>>园区动态", ["首页", "园区动态"]),
        ("首页 » 县区动态 » 祁东新闻", ["首页", "县区动态", "祁东新闻"]),
        ("首页 新闻中心 政务公开", []),  # a menu, not a trail
        ("高新区召开推进会 > 现场", []),
    ],
)
def test_breadcrumb_from_line(line, sections):
    assert md.breadcrumb_from_line(line) == sections
