"""Page-level rules applied once the stories of a page are extracted (extract/frames.py)."""
import polars as pl

from park_pipeline.extract.frames import extract_entities

# A newspaper page: its first story places the zone, the second only says 高新区.
FIRST = "本报讯 日前,常德市高新技术产业开发区召开招商大会,签约明远电子智能传感器项目。"
SECOND = ("高新区召开二季度重点工作推进会。党工委书记李建国出席会议并讲话。"
          "会前,李建国带队观摩了青松路绿化、东河排水渠、北桥改造工程等项目建设情况。")
ELSEWHERE = "全市召开经济工作会议。市长王立新出席会议。会议部署了北桥改造工程建设。"


def _articles(*stories: str, doc_id: str = "page-1") -> pl.DataFrame:
    return pl.DataFrame({
        "article_id": [f"{doc_id}-{i}" for i in range(len(stories))], "doc_id": [doc_id] * len(stories),
        "text": list(stories), "title": [None] * len(stories), "source_name": [None] * len(stories),
        "source_path": [f"{doc_id}.txt"] * len(stories),
    })


def test_a_story_naming_only_its_zone_takes_the_park_its_page_placed():
    found = extract_entities(_articles(FIRST, SECOND))
    park_ids = set(found["park_mentions"]["park_id"])
    assert len(park_ids) == 1
    second = "page-1-1"
    people = found["people"].filter(pl.col("article_id") == second)
    projects = found["projects"].filter(pl.col("article_id") == second)
    assert "李建国" in people["name"].to_list() and "北桥改造工程" in projects["name"].to_list()
    assert set(people["park_id"]) == park_ids and set(projects["park_id"]) == park_ids


def test_a_story_naming_no_zone_stays_unplaced():
    found = extract_entities(_articles(FIRST, ELSEWHERE))
    other = found["people"].filter(pl.col("article_id") == "page-1-1")
    assert other["name"].to_list() == ["王立新"]
    assert other["park_id"].to_list() == [None]
