"""top_keywords: jieba TF-IDF with the project's user dictionary."""
import pytest

from park_pipeline.language.keywords import top_keywords

TEXT = ("掇刀区开展重点项目拉练活动,荆门高新区党工委书记出席。掇刀区2022年新开工项目14个,"
        "总投资120亿元。掇刀区将持续优化营商环境,推动新能源新材料产业集聚发展。")


def test_keywords_keep_user_dictionary_words_whole():
    words = top_keywords(TEXT, k=5)
    assert len(words) == 5 and "掇刀区" in words
    assert all(isinstance(w, str) and len(w) > 1 and not w.isdigit() for w in words)


def test_keywords_edge_cases():
    assert top_keywords("", 10) == [] and top_keywords(TEXT, 0) == []
    assert len(top_keywords("高新区", 10)) <= 10


@pytest.mark.parametrize("text", [
    "星河园区2023年签约项目36个,总投资88.5亿元。",
    "某某高新区 新材料 新材料 新能源 12% 的 了",
])
def test_numbers_and_single_characters_are_never_keywords_and_answers_repeat(text):
    words = top_keywords(text, k=20)
    assert words == top_keywords(text, k=20)
    assert words and all(len(w) > 1 and not any(c.isdigit() for c in w) and not w.isspace() for w in words)
