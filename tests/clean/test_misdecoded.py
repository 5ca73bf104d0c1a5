"""Whole pages saved after a wrong decoding are decoded again; ordinary pages are left alone."""
import pytest

from park_pipeline.clean import clean_page
from park_pipeline.clean.misdecoded import redecode_page

PAGE = ("某某高新区二季度重大项目集中签约\n2024年6月18日 来源:某某日报\n"
        "6月18日,某某高新区举行二季度重大项目集中签约仪式,共签约项目12个,总投资86亿元。\n"
        "其中,某某新材料科技有限公司年产5万吨电子级材料项目总投资20亿元。\n"
        "高新区党工委书记某某某出席仪式并致辞,管委会主任某某某主持。")


@pytest.mark.parametrize("wrong", ["latin-1", "sloppy-windows-1252"])  # the second as browsers decode cp1252
def test_utf8_read_as_a_western_charset_reads_right_again(wrong):
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

    saved = PAGE.encode("utf-8").decode(wrong)
    text, mixup = redecode_page(saved)
    assert (text, mixup) == (PAGE, "utf8_read_as_latin1")
    (story,) = clean_page(saved)
    assert "某某新材料科技有限公司年产5万吨电子级材料项目总投资20亿元。" in story.text


def test_utf8_read_as_gbk_reads_right_again_but_for_the_bytes_it_dropped():
    saved = PAGE.encode("utf-8").decode("gbk", errors="replace")
    text, mixup = redecode_page(saved)
    assert mixup == "utf8_read_as_gbk"
    kept = sum(ch in PAGE for ch in text)
    assert kept >= 0.7 * len(PAGE) and "锛" not in text and "銆" not in text


@pytest.mark.parametrize("page", [
    PAGE,
    PAGE + "\n合作方法国Société Générale与某某咖啡(Café)品牌代表出席。",  # a few accents are not a mix-up
    PAGE + "\n浜松町的鐨姓读者与涓涓细流",  # a few rare characters are not a mix-up
])
def test_ordinary_pages_are_left_alone(page):
    assert redecode_page(page) == (page, None)
