"""HTML pages: main text, headline, date and charset, tried on pages written in four site kinds.

Each tests/data/html page is an HTML copy of the tests/data/sites page of the same name."""

import datetime as dt
from pathlib import Path

import opencc
import pytest

from park_pipeline.clean import UndecodableInput, clean_page, decode_bytes, decode_markup, html_page

DATA = Path(__file__).resolve().parents[1] / "data"
KINDS = ["discuz_forum", "epaper", "gov_portal", "wechat_repost"]


def _stories(markup_bytes: bytes):
    return clean_page(html_page(decode_markup(markup_bytes).text))


@pytest.mark.parametrize("kind", KINDS)
def test_html_copy_cleans_like_the_text_copy(kind):
    from_html = _stories((DATA / "html" / f"{kind}.html").read_bytes())
    from_text = clean_page(decode_bytes((DATA / "sites" / f"{kind}.txt").read_bytes()).text)
    assert [s.text for s in from_html] == [s.text for s in from_text]
    assert [(s.title, s.published_date) for s in from_html] == [(s.title, s.published_date) for s in from_text]


def test_meta_outlet_comes_after_the_pages_own_source():
    """og:site_name of a WeChat repost is the platform; the repost names the real outlet."""
    (story,) = _stories((DATA / "html" / "wechat_repost.html").read_bytes())
    assert story.source_name == "某某县融媒体中心"


PAGE = ('<html><head><meta charset="{declared}"><title>某某园区项目开工</title></head><body>'
        "<div>首页 | 新闻</div><h1>某某园区项目开工</h1><div class='content'>"
        "<p>5月20日,某某经济开发区年产10万吨新材料项目正式开工建设,总投资8亿元。</p>"
        "<p>项目建成后可实现年产值12亿元,带动就业300余人,进一步壮大园区新材料产业集群。</p>"
        "</div></body></html>")


@pytest.mark.parametrize("declared,encoding", [
    ("gbk", "gbk"),  # declared and true
    ("utf-8", "gbk"),  # a saved copy re-encoded, declaration left behind
    ("gb2312", "utf-8"),  # a mirror that converted the bytes but not the header
    ("big5", "big5"),
    ("no-such-charset", "utf-8"),
])
def test_declared_charset_is_a_hint_not_the_truth(declared, encoding):
    page = PAGE.format(declared=declared)
    if encoding == "big5":  # a Big5 mirror of a government portal writes traditional script
        page = opencc.OpenCC("s2tw").convert(page)
    decoded = decode_markup(page.encode(encoding))
    assert decoded.text == page
    (story,) = clean_page(html_page(decoded.text))
    assert story.title == "某某园区项目开工"
    assert story.text.startswith("5月20日")


@pytest.mark.parametrize("markup", ["<html></html>", "<<<>>>", "<html><body>" + "<div>" * 5000 + "</body></html>",
                                    "纯文本,没有任何标签,也不是网页。"])
def test_pages_without_main_text_are_refused_with_a_reason(markup):
    with pytest.raises(UndecodableInput, match="^html: "):
        html_page(markup)


DATED_PAGE = ('<html><head><meta charset="utf-8"><title>某某园区项目推进会召开</title>{meta}</head><body>'
              "<div>{clock}</div><div>首页 | 新闻</div><h1>某某园区项目推进会召开</h1>{stamp}<div class='content'>"
              "<p>5月6日,某某经济开发区召开重点项目推进会,通报一季度项目建设情况,全区共签约项目12个。</p>"
              "<p>会议要求,各部门要进一步强化服务意识,推动项目早开工、早投产、早见效,为园区高质量发展提供支撑。</p>"
              "</div></body></html>")


@pytest.mark.parametrize("meta,clock,stamp,date,source", [
    # the page's own stamp line under the headline beats a date trafilatura filled in (a year, a month)
    ('<meta property="article:published_time" content="2024">', "", "<div>发布日期: 2024年5月6日 来源:某某日报</div>",
     dt.date(2024, 5, 6), "某某日报"),
    ('<meta name="PubDate" content="2024-05">', "", "<div>发布时间:2024-05-06 10:21</div>", dt.date(2024, 5, 6), None),
    # and a site clock above the headline is not it
    ("", "2024年06月01日 星期六", "<div>日期:2024年5月6日</div>", dt.date(2024, 5, 6), None),
    # a date the page writes whole is kept when the page has no stamp line; a filled-in one is not
    ('<meta property="article:published_time" content="2024-05-01T08:00:00">', "", "", dt.date(2024, 5, 1), None),
    ('<meta property="article:published_time" content="2024">', "", "", None, None),
    ("", "", "<div>2024年5月</div>", None, None),
])
def test_the_pages_own_stamp_beats_a_filled_in_date(meta, clock, stamp, date, source):
    (story,) = _stories(DATED_PAGE.format(meta=meta, clock=clock, stamp=stamp).encode("utf-8"))
    assert story.published_date == date
    assert story.source_name == source


@pytest.mark.parametrize("head", [
    '<link rel="canonical" href="http://www.hengyang.gov.cn/c1/20240506/i1.html">',
    '<meta property="og:url" content="https://www.hengyang.gov.cn/public/1/2.html">',
])
def test_a_page_naming_no_place_takes_its_sites(head):
    """Class 1: the page's address (canonical or og:url) is its site's, and a government site is
    named after its place."""
    markup = ("<html><head><meta charset='utf-8'><title>高新区召开项目推进会</title>" + head + "</head><body>"
              "<h1>高新区召开项目推进会</h1><div class='content'><p>2024年5月6日</p>"
              "<p>5月5日,高新区召开重点项目推进会,听取各项目建设进展情况汇报,研究解决项目推进中的困难和问题。</p>"
              "<p>会议要求,各部门要强化服务保障,全力以赴推动项目早落地、早投产、早见效。</p></div></body></html>")
    (story,) = _stories(markup.encode("utf-8"))
    assert story.source_name == "hengyang.gov.cn"



PARAGRAPHS = ["6月18日,某某高新区举行二季度重大项目集中签约仪式,共签约项目12个,总投资86亿元。",
              "其中,某某新材料科技有限公司年产5万吨电子级材料项目总投资20亿元,主要生产高纯电子化学品。",
              "高新区党工委书记某某某出席仪式并致辞,管委会主任某某某主持签约仪式。",
              "今年以来,高新区坚持项目为王,聚焦新材料、生物医药和高端装备三大主导产业精准招商。",
              "上半年,全区完成规上工业产值312亿元,同比增长9.6%;固定资产投资完成78亿元,同比增长12.1%。",
              "下一步,高新区将持续优化营商环境,推动签约项目早落地、早开工、早投产、早见效。"]


@pytest.mark.parametrize("paragraph", [
    "<p>{}</p>",
    "<section><span style='font-size:15px'>{}</span></section>",  # WeChat editors: a section per paragraph
    "<section><section><span>{}</span></section></section>",
    "<article><span>{}</span></article>",
])
def test_each_paragraph_container_keeps_its_own_line(paragraph):
    """A WeChat post as saved: its paragraphs must not run into one line (trafilatura's fallback
    joins sections' texts)."""
    body = "".join(paragraph.format(text) for text in PARAGRAPHS)
    markup = ("<html><head><meta charset='utf-8'><title>某某高新区集中签约</title></head>"
              "<body id='activity-detail'><div id='img-content'><h1 class='rich_media_title'>某某高新区集中签约</h1>"
              "<div id='meta_content'><span>某某发布</span><em id='publish_time'>2024-06-18 18:30</em></div>"
              f"<div class='rich_media_content' id='js_content'>{body}</div></div>"
              "<div class='qr_code_pc'><p>微信扫一扫<br>关注该公众号</p></div></body></html>")
    (story,) = _stories(markup.encode("utf-8"))
    assert story.text.split("\n") == PARAGRAPHS


@pytest.mark.parametrize("cell", [
    "<br>\n".join("　　" + text for text in PARAGRAPHS),  # an older portal: paragraphs split by <br>
    "".join(f"<p>{text}</p>" for text in PARAGRAPHS),
])
def test_an_article_laid_out_in_a_table_cell_keeps_its_paragraphs(cell):
    """Older government portals lay the page out with tables; trafilatura ran a cell's paragraphs
    into one line."""
    markup = ("<html><head><meta charset='utf-8'><title>某某高新区集中签约</title></head><body>"
              "<table><tr><td><a href='/'>网站首页</a></td><td><a href='/xw/'>新闻中心</a></td></tr></table>"
              "<table><tr><td class='title'><font size='4'><b>某某高新区集中签约</b></font></td></tr>"
              "<tr><td>发布日期：2024-06-18　点击数：356</td></tr>"
              f"<tr><td class='content'><font face='宋体'>{cell}</font></td></tr></table>"
              "<table><tr><td>主办单位：某某高新区管委会　ICP备案号：X ICP备00000000号</td></tr></table></body></html>")
    (story,) = _stories(markup.encode("utf-8"))
    assert story.text.split("\n") == PARAGRAPHS
    assert story.published_date == dt.date(2024, 6, 18)


@pytest.mark.parametrize("head,crumb,source", [
    # class 4: the site written after the headline in <title>, which trafilatura drops
    ("<title>高新区召开项目推进会_衡阳市人民政府</title>", "", "衡阳市人民政府"),
    ("<title>高新区召开项目推进会 - 衡阳新闻网</title>", "", "衡阳新闻网"),
    ("<title>衡阳市人民政府 - 高新区召开项目推进会</title>", "", "衡阳市人民政府"),
    # ... and the breadcrumb's section named after a place
    ("<title>高新区召开项目推进会</title>", "<div class='crumb'>当前位置：首页 &gt; 新闻中心 &gt; 衡阳要闻</div>",
     "衡阳要闻"),
    ("<title>高新区召开项目推进会</title>", "", None),
    # ... and a government site's standard meta tags: the story's source, else the site's name
    ("<title>高新区召开项目推进会</title><meta name=\"SiteName\" content=\"衡阳市人民政府\">", "", "衡阳市人民政府"),
    ("<title>高新区召开项目推进会</title><meta content='衡阳日报' name='ContentSource'>"
     "<meta name='SiteName' content='衡阳市人民政府'>", "", "衡阳日报"),
    ("<title>高新区召开项目推进会</title><meta name='ContentSource' content='本网'>"
     "<meta name='SiteName' content='衡阳市人民政府'>", "", "衡阳市人民政府"),
])
def test_a_page_naming_no_place_takes_its_titles_site_or_breadcrumb(head, crumb, source):
    markup = ("<html><head><meta charset='utf-8'>" + head + "</head><body>" + crumb +
              "<h1>高新区召开项目推进会</h1><div class='content'><p>2024年5月6日</p>"
              "<p>5月5日,高新区召开重点项目推进会,听取各项目建设进展情况汇报,研究解决项目推进中的困难和问题。</p>"
              "<p>会议要求,各部门要强化服务保障,全力以赴推动项目早落地、早投产、早见效。</p></div></body></html>")
    (story,) = _stories(markup.encode("utf-8"))
    assert (story.title, story.source_name) == ("高新区召开项目推进会", source)
