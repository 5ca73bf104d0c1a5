"""Per-park summary on hand-made frames: unknown money stays unknown, stated group totals count once."""
from datetime import date

import polars as pl

from park_pipeline.aggregate.summary import build_park_summary
from park_pipeline.storage.schema import frame

PARKS = frame("parks", [{"park_id": "P1", "name": "甲高新区"}, {"park_id": "P2", "name": "乙经开区"}])
ARTICLES = pl.DataFrame({"article_id": ["a1", "a2", "a3"], "published_date": [date(2024, 1, 5)] * 3,
                         "keywords": [["签约"]] * 3, "duplicate_of": [None, None, "a1"]})
MENTIONS = pl.DataFrame({"park_id": ["P1", "P1", "P2", "P1"], "article_id": ["a1", "a2", "a2", "a3"]})
COMPANIES = pl.DataFrame({"park_id": ["P1"], "article_id": ["a1"], "name": ["恒润新材料有限公司"]})
MIX = pl.DataFrame({"park_id": [], "industry_mix": []}, schema={"park_id": pl.String, "industry_mix": pl.String})


def _indicators(rows):
    return pl.DataFrame(rows, schema={"park_id": pl.String, "article_id": pl.String, "indicator": pl.String,
                                      "value": pl.Float64, "unit": pl.String, "period": pl.String}, orient="row")


def _summary(registry, indicators):
    out = build_park_summary(PARKS, ARTICLES, MENTIONS, registry, COMPANIES, MIX, indicators)
    return {row["park_id"]: row for row in out.iter_rows(named=True)}


def test_unknown_investment_is_null_and_stated_totals_count_once():
    registry = pl.DataFrame({"park_id": ["P1", "P2"], "investment_cny": [12e8, None]})
    indicators = _indicators([
        ("P1", "a1", "签约项目总投资", 28.0, "亿元", "一季度"),
        ("P1", "a2", "签约项目总投资", 28.0, "亿元", "一季度"),  # the same total, told again
        ("P1", "a2", "集中开工项目总投资", 5000.0, "万元", None),
        ("P1", "a1", "固定资产投资", 60.0, "亿元", None),  # the park's, not its projects'
        ("P1", "a1", "重点项目完成投资", 9.0, "亿元", None),  # spent so far
        ("P1", "a3", "签约项目总投资", 99.0, "亿元", None),  # a republished story
        ("P2", "a2", "签约项目数", 3.0, "个", None),
    ])
    summary = _summary(registry, indicators)
    assert summary["P1"]["total_investment_cny"] == 12e8
    assert summary["P1"]["stated_investment_cny"] == 28e8 + 5000e4
    assert summary["P2"]["total_investment_cny"] is None and summary["P2"]["stated_investment_cny"] is None
    assert summary["P2"]["n_projects"] == 1
