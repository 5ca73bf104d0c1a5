"""Acceptance checks on the five seeds."""

import datetime as dt
import re

import pytest

from park_pipeline.clean import Story
from park_pipeline.clean.boilerplate import chrome_hits
from park_pipeline.clean.mojibake import REPLACEMENT
from park_pipeline.clean.script import to_simplified

GOLD = {
    "000": ("争分夺秒干 快马加鞭冲——随州高新区开启“冲刺”模式迎战收官", dt.date(2023, 12, 20)),
    "001": ("全力以赴拼经济抓投资 奋力冲刺“开门红”", None),
    "002": ("制造名城按下发展“快进键”", dt.date(2023, 3, 17)),
    "003": ("既然选择了远方便只顾风雨兼程——2022年上半年全区重点项目拉练观摩活动侧记", dt.date(2022, 8, 17)),
    "004": ("高新区召开二季度重点工作暨“三十工程”推进会", None),
}
CHROME = ("发新帖", "回复", "登录", "注册", "本版积分规则", "联系我们", "相关阅读", "热门文章", "最新文章",
          "最近更新", "版权所有", "报料热线", "编审", "编辑:", "来源:", "你可能会喜欢", "仅供参考")


@pytest.mark.parametrize("seed", sorted(GOLD))
def test_title_and_date(cleaned, seed):
    title, date = GOLD[seed]
    assert cleaned[seed][0].title == title
    assert cleaned[seed][0].published_date == date


@pytest.mark.parametrize("seed", sorted(GOLD))
def test_text_is_clean(cleaned, seed):
    for story in cleaned[seed]:
        assert isinstance(story, Story)
        assert story.text.strip()
        for phrase in CHROME:
            assert phrase not in story.text, phrase
        assert chrome_hits(story.text) <= 2
        assert not re.search(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)", story.text)  # no pinyin
        for field in (story.text, story.title or "", story.source_name or "", story.author or ""):
            assert to_simplified(field) == field  # no traditional characters
        # the one byte-lost spot inside 002's body is marked, not guessed
        assert story.text.count(REPLACEMENT) == (1 if seed == "002" else 0)
        assert "?!" not in story.text
        assert not re.search(r"[\u0370-\u04ff\u2500-\u257f]", story.text)  # no mojibake symbols
        assert "\n\n" not in story.text and story.text == story.text.strip()


def test_related_headlines_dropped(cleaned):
    text = cleaned["003"][0].text
    assert "青岛四方奥林匹克体育公园" not in text
    assert text.endswith("金牌“店小二”。")
    assert cleaned["003"][0].author == "张文"
    assert "连江可门" not in cleaned["001"][0].text


def test_seed_002(cleaned):
    (story,) = cleaned["002"]
    for phrase in ("百忙中", "欧微时尚", "经济复苏", "“前两个月,公司产品销量都超过历史最高纪录。”百忙中,欧微时尚"):
        assert phrase in story.text
    assert story.source_name == "华声在线"
    assert story.author == "李永亮"
    assert "李永亮" not in story.text
    assert "t2s" in story.repairs
    assert "mojibake_repaired:3" in story.repairs
    assert "mojibake_unrecoverable:3" in story.repairs
    assert "株洲搶抓" not in story.text and "最近更新" not in story.text


def test_seed_004_newspaper(cleaned):
    stories = cleaned["004"]
    assert len(stories) >= 4
    assert [s.story_no for s in stories] == list(range(1, len(stories) + 1))
    assert stories[1].title == "高新区召开领导班子会议"
    assert stories[2].title == "高新区全生命周期服务保障项目建设"
    assert stories[3].title == "改革赋能 创新引领 产业支撑 高新区聚焦重点稳健开局促发展"
    for s in stories:
        assert s.author == "付凯明"
        assert not s.text.startswith("本报讯")
        assert "马雅宁" not in s.text and "摄" not in s.text  # the photo credit is not text
    # the caption's description is: it holds the only full name of a company
    assert "厦工机械(焦作)有限公司" in stories[-1].text


def test_seed_000_metadata(cleaned):
    (story,) = cleaned["000"]
    assert story.source_name == "随州高新区"
    assert story.text.startswith("铆足干劲,迎战收官。")
    assert story.text.endswith("正不断迸发出新的经济增长点。")


def test_seed_001_source(cleaned):
    assert cleaned["001"][0].source_name == "禹州市融媒体中心"


@pytest.mark.parametrize(
    "raw,expected,tags",
    [
        ("\ufeff标题\r\n正文第一段。\r\n", "标题\n正文第一段。\n", 0),
        ("  　缩进的段落。 \n\u00a0\u00a0另一段。", "缩进的段落。\n另一段。", 0),
        ("特色资源型产业群。</p>\n<br/>下一段", "特色资源型产业群。\n下一段", 2),
        ("中国(云南)自由贸易试验区 <昆明片区>", "中国(云南)自由贸易试验区 <昆明片区>", 0),  # not a tag
        ("经(jīng)济", "经(jīng)济", 0),
    ],
)
def test_normalize_page(raw, expected, tags):
    from park_pipeline.clean.page import normalize_page

    assert normalize_page(raw) == (expected, tags)


@pytest.mark.parametrize("typed,read", [
    ("签约项目１２个，总投资５６．８亿元，同比增长１２．５％。", "签约项目12个，总投资56.8亿元，同比增长12.5%。"),
    ("ＴＣＬ华星年产３０万片项目落户某某高新区。", "TCL华星年产30万片项目落户某某高新区。"),
    ("已引进世界５００强企业３家（其中外资２家），累计投资８．６亿元。",
     "已引进世界500强企业3家（其中外资2家），累计投资8.6亿元。"),  # Chinese punctuation stays
])
def test_fullwidth_figures_and_letters_read_as_ascii(typed, read):
    from park_pipeline.clean import clean_page

    page = f"某某高新区项目建设提速\n2024年6月18日 来源:某某日报\n{typed}\n今年以来,某某高新区坚持项目为王,推动一批重点项目加快建设。"
    (story,) = clean_page(page)
    assert read in story.text.split("\n")


def test_a_page_saved_as_one_line_keeps_its_sentences():
    """Menus, text and footer run together in one line: read whole it is chrome, so it is read
    sentence by sentence and the article survives without the footer (the menu before the first
    sentence stays with it: nothing marks where it ends)."""
    body = ("6月18日,某某高新区举行二季度重大项目集中签约仪式,共签约项目12个,总投资86亿元。"
            "其中,某某新材料科技有限公司年产5万吨电子级材料项目总投资20亿元。"
            "高新区党工委书记某某某出席仪式并致辞,管委会主任某某某主持。"
            "今年以来,高新区坚持项目为王,聚焦新材料、生物医药和高端装备三大主导产业精准招商。")
    page = ("首页 新闻中心 政务公开 您现在的位置:首页 > 新闻动态 发布时间:2024-06-18 浏览次数:120 " + body
            + "【打印本页】【关闭窗口】 版权所有:某某高新区管委会 联系我们 网站地图 备案号:X ICP备00000000号")
    from park_pipeline.clean import clean_page

    (story,) = clean_page("某某高新区二季度集中签约\n" + page)
    assert "其中,某某新材料科技有限公司年产5万吨电子级材料项目总投资20亿元。" in story.text
    assert "今年以来,高新区坚持项目为王" in story.text
    assert "网站地图" not in story.text and "备案号" not in story.text


WRAPPED_PARAGRAPHS = [
    "6月18日,某某高新区举行二季度重大项目集中签约仪式,共签约项目12个,总投资86亿元,涵盖新材料、生物医药、高端装备等领域。",
    "其中,某某新材料科技有限公司年产5万吨电子级材料项目总投资20亿元,项目建成后可实现年产值30亿元,带动就业800人。",
    "高新区党工委书记某某某出席仪式并致辞。他表示,高新区将全力做好要素保障,推动签约项目早落地、早开工、早投产。",
]


@pytest.mark.parametrize("width", [30, 40, 56])
def test_a_page_hard_wrapped_at_one_width_reads_as_its_paragraphs(width):
    """Text copied from an e-paper's PDF breaks each paragraph at one width."""
    from park_pipeline.clean import clean_page
    from park_pipeline.clean.wrap import display_width

    wrapped = []
    for paragraph in WRAPPED_PARAGRAPHS:  # cut where the next character would pass the margin
        wrapped.append("")
        for ch in paragraph:
            if display_width(wrapped[-1] + ch) > width:
                wrapped.append("")
            wrapped[-1] += ch
    (story,) = clean_page("某某高新区二季度集中签约\n2024年6月18日 来源:某某日报\n" + "\n".join(wrapped))
    assert story.text.split("\n") == WRAPPED_PARAGRAPHS


def test_a_list_of_headlines_is_not_joined():
    from park_pipeline.clean.wrap import unwrap_lines

    headlines = [f"某某高新区召开第{n}季度重点项目推进会议暨招商工作会议" for n in "一二三四五六七八"]
    assert unwrap_lines(headlines) == headlines
