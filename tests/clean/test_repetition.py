"""Cross-page repetition: lines a source repeats are chrome, whatever they look like."""

import pytest

from park_pipeline.clean import clean_page
from park_pipeline.clean.repetition import MAX_LINE_CHARS, page_lines, source_of

SLOGAN = "看某某 知天下 品质生活每一天"  # a site's banner: short text that no generic rule can call chrome
PAGE = """某某新闻
某某高新区新签约项目12个
来源:某某县融媒体中心 2024-05-21
5月20日,某某高新区举行重点项目集中签约仪式,12个项目现场签约,总投资68亿元,签约项目数量和投资规模均创历年同期新高。
{slogan}
项目涵盖新能源、新材料、生物医药等领域,全部建成后预计年产值超过百亿元,可新增就业岗位3000个以上。"""


@pytest.mark.parametrize("path,source", [
    ("a.txt", ""), ("outlet/a.txt", "outlet"), ("某某日报/2023/06/a.html", "某某日报/2023/06"),
])
def test_source_is_the_folder(path, source):
    assert source_of(path) == source


def test_page_lines_are_the_distinct_short_lines_as_cleaning_sees_them():
    page = PAGE.format(slogan="  " + SLOGAN + "\u3000")
    lines = page_lines(page)
    assert lines.count(SLOGAN) == 1
    assert "某某高新区新签约项目12个" in lines
    assert all(0 < len(line) <= MAX_LINE_CHARS for line in lines)
    assert not any(line.startswith("5月20日") for line in lines)  # a paragraph is never judged by repetition


@pytest.mark.parametrize("recurring,slogan_kept", [
    (frozenset(), True),  # first page of a source: nothing known yet
    (frozenset({SLOGAN}), False),
    (frozenset({SLOGAN, "来源:某某县融媒体中心 2024-05-21"}), False),  # a repeated stamp still gives the metadata
])
def test_recurring_lines_are_chrome_inside_the_body_too(recurring, slogan_kept):
    (story,) = clean_page(PAGE.format(slogan=SLOGAN), recurring)
    assert (SLOGAN in story.text) is slogan_kept
    assert story.title == "某某高新区新签约项目12个"
    assert story.source_name == "某某县融媒体中心"
    assert story.text.startswith("5月20日") and story.text.endswith("新增就业岗位3000个以上。")
