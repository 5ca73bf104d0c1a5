"""extract_article: the interface orchestration depends on, provenance, park assignment, and
honest floors on the five seeds' gold (skipped when shared/corpus/gold is not beside the repo)."""
import shutil
from pathlib import Path

import pytest

from park_pipeline.extract import ENTITY_TABLES, extract_article
from park_pipeline.extract.parks import park_id

KEYS = {
    "park_mentions": {"park_id", "surface", "name", "short_name", "province", "city", "level",
                      "sentence", "sent_start", "sent_end"},
    "companies": {"name", "park_id", "sentence", "sent_start", "sent_end"},
    "projects": {"name", "park_id", "investment_cny", "investment_usd", "output_value_cny", "status",
                 "sentence", "sent_start", "sent_end"},
    "people": {"name", "title", "park_id", "sentence", "sent_start", "sent_end"},
    "indicators": {"park_id", "indicator", "value", "unit", "growth_pct", "period", "sentence",
                   "sent_start", "sent_end"},
}
TEXT = (
    "1月28日,禹州高新区召开经济运行分析会。高新区党工委书记张立新出席会议。\n"
    "株洲高新区新马金谷工业园,湖南某某科技有限公司董事长谢曙正在谋划布局。\n"
    "今年以来,该区新签约项目12个,总投资28亿元。区领导韩耀辉参加。"
)


def test_tables_and_keys():
    out = extract_article(TEXT, "禹州高新区开局良好")
    assert ENTITY_TABLES == ("park_mentions", "companies", "projects", "people", "indicators")
    assert set(out) == set(ENTITY_TABLES)
    for table, rows in out.items():
        for row in rows:
            assert set(row) == KEYS[table], table
            assert TEXT[row["sent_start"]:row["sent_end"]] == row["sentence"]


def test_parks_and_people_rows():
    out = extract_article(TEXT, "禹州高新区开局良好")
    parks = {r["short_name"]: r for r in out["park_mentions"]}
    assert set(parks) == {"禹州高新区", "株洲高新区", "新马金谷工业园"}
    assert parks["禹州高新区"]["province"] == "河南省" and parks["禹州高新区"]["city"] == "许昌市"
    assert parks["禹州高新区"]["park_id"] == park_id("禹州高新技术产业开发区")
    people = {r["name"]: r["park_id"] for r in out["people"]}
    # nearest park before the name in its paragraph, else the article's main park
    assert people == {"张立新": parks["禹州高新区"]["park_id"], "谢曙": parks["新马金谷工业园"]["park_id"],
                      "韩耀辉": parks["禹州高新区"]["park_id"]}


def test_no_park_no_id():
    out = extract_article("某公司董事长王大明表示,订单持续增多。")
    assert out["park_mentions"] == [] and [r["park_id"] for r in out["people"]] == [None]


def test_empty_article():
    assert extract_article("") == {t: [] for t in ENTITY_TABLES}


REPO = Path(__file__).resolve().parents[2]
GOLD = REPO.parent / "shared" / "corpus" / "gold"


@pytest.mark.skipif(not GOLD.is_dir(), reason="shared gold not beside the repo")
def test_seed_floors(tmp_path):
    from park_pipeline.clean import clean_page, decode_bytes
    from park_pipeline.evaluation import score

    preds = {}
    for seed in sorted((REPO / "seeds").glob("*.txt")):
        shutil.copy(GOLD / f"{seed.stem}.json", tmp_path)
        rows = {t: [] for t in ENTITY_TABLES}
        for story in clean_page(decode_bytes(seed.read_bytes()).text):
            for table, found in extract_article(story.text, story.title).items():
                rows[table] += found
        preds[seed.stem] = rows
    report = score(tmp_path, preds)
    assert report["parks"]["f1"] >= 0.85
    assert report["people"]["f1"] >= 0.9
    assert report["park_province"]["accuracy"] >= 0.9


def test_city_wide_figures_have_no_park(monkeypatch):
    """Assignment only (the figures are stubbed): a sentence that turns to the whole city after the
    park mention is the city's figure."""
    import park_pipeline.extract.article as article

    text = "株洲高新区今年签约项目12个。株洲市有各类经营主体42万户。全市新增企业800家,高新区新增企业300家。"
    figures = [("12", None), ("42", None), ("800", None), ("300", None)]

    def fake_indicators(sentences, firms=frozenset()):
        rows = []
        for value, _ in figures:
            pos = text.index(value)
            sent = next(s for s in sentences if s.start <= pos < s.end)
            rows.append({"indicator": "x", "value": float(value), "unit": None, "growth_pct": None, "period": None,
                         "sentence": sent.text, "sent_start": sent.start, "sent_end": sent.end, "pos": pos})
        return rows

    monkeypatch.setattr(article, "find_indicators", fake_indicators)
    out = extract_article(text)
    pid = park_id("株洲高新技术产业开发区")
    assert [r["park_id"] for r in out["indicators"]] == [pid, None, None, pid]


def test_source_line_names_and_places_the_park():
    text = "经开区举行集中开工仪式。经开区党工委书记文春方致辞,北京亦庄投资合作项目总投资3亿元,依托北京亦庄产业资源。"
    assert [r["name"] for r in extract_article(text)["park_mentions"]] == ["北京经济技术开发区"]  # the wrong guess
    rows = extract_article(text, source="岳阳经济技术开发区")["park_mentions"]
    assert [(r["name"], r["surface"], r["province"]) for r in rows] == [("岳阳经济技术开发区", "经开区", "湖南省")]
