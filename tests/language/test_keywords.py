"""top_keywords: jieba TF-IDF with the project's user dictionary."""
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
