"""Registry rows: companies resolved across stories, the latest status, the park industry mix."""
from datetime import date

import polars as pl

from park_pipeline.aggregate.names import company_of
from park_pipeline.aggregate.registry import build_registry, industry_mix, latest_status, resolve_companies


def test_companies_resolve_across_stories():
    names = ["湖北大闰化学", "大闰化学公司", "湖北大闰化学有限公司", "大闰化学", "华润电力有限公司", "华润医药有限公司"]
    resolved = {r["name"]: r for r in resolve_companies(names).iter_rows(named=True)}
    assert len({resolved[n]["company_id"] for n in names[:4]}) == 1
    assert {resolved[n]["company"] for n in names[:4]} == {"湖北大闰化学有限公司"}
    assert resolved["华润电力有限公司"]["company_id"] != resolved["华润医药有限公司"]["company_id"]
    assert company_of("株洲锐驰动力科技有限公司").brand == "锐驰"


def test_latest_status_is_the_latest_dated_report():
    events = [{"published_date": date(2023, 1, 5), "status": "签约"}, {"published_date": date(2023, 9, 1), "status": None},
              {"published_date": date(2023, 6, 1), "status": "开工"}]
    assert latest_status(events) == "开工"
    assert latest_status([{"published_date": date(2024, 1, 1), "status": "开工"},
                          {"published_date": date(2024, 1, 1), "status": "投产"}]) == "投产"


def test_industry_mix_shares_each_parks_investment():
    registry = pl.DataFrame({"park_id": ["p1", "p1", "p1", "p2"], "industry": ["新能源", "新材料", "新能源", "其他"],
                             "investment_cny": [3e8, 4e8, 3e8, None]})
    assert industry_mix(registry).to_dicts() == [{"park_id": "p1", "industry_mix": "新能源:60%,新材料:40%"}]


def test_a_projects_industry_takes_no_words_of_the_other_projects_in_its_sentence():
    """"投资6亿元的云途数据中心、投资1亿元的星程项目": 数据中心 tells 星程's industry nothing."""
    sentence = "投资6亿元的云途数据中心、投资1亿元的星程项目近期将正式落户。"
    events = pl.DataFrame([{"project_id": pid, "article_id": "a1", "sent_start": 0, "surface": surface,
                            "sentence": sentence, "published_date": date(2024, 3, 1), "company": None,
                            "park_id": "p1", "investment_cny": amount, "status": None}
                           for pid, surface, amount in (("x1", "云途数据中心", 6e8), ("x2", "星程项目", 1e8))])
    registry = build_registry(events, resolve_companies([]))
    assert dict(zip(registry["project_id"], registry["industry"])) == {"x1": "新一代信息技术", "x2": "其他"}
