"""Per-park aggregates over the whole warehouse, as Polars frames.

Stories marked `duplicate_of` are left out so a republished story counts once.
"""
from __future__ import annotations

import polars as pl

from park_pipeline.storage.schema import frame, polars_schema

TOP_KEYWORDS = 10
# Indicators that state what a group of a park's projects invests ("签约项目总投资", "签约金额"),
# not money spent so far (完成投资) or the park's fixed-asset investment.
_GROUP_INVESTMENT = r"项目[^完]*投资|投资[^完]*项目|签约(?:金额|总额|额)|(?:协议|合同)投资"
_YUAN_PER_UNIT = {"元": 1.0, "万元": 1e4, "百万元": 1e6, "千万元": 1e7, "亿元": 1e8, "万亿元": 1e12}


def build_parks(mentions: pl.DataFrame) -> pl.DataFrame:
    """One row per distinct park, with its most common attributes across mentions."""
    if mentions.height == 0:
        return frame("parks", [])
    parks = mentions.group_by("park_id").agg(
        pl.col("name").mode().sort().first(),
        pl.col("short_name").drop_nulls().mode().sort().first(),
        pl.col("province").drop_nulls().mode().sort().first(),
        pl.col("city").drop_nulls().mode().sort().first(),
        pl.col("level").drop_nulls().mode().sort().first(),
        pl.len().cast(pl.Int32).alias("n_mentions"),
    )
    return parks.select(polars_schema("parks").names()).cast(dict(polars_schema("parks"))).sort("park_id")


def build_park_summary(
    parks: pl.DataFrame,
    articles: pl.DataFrame,
    mentions: pl.DataFrame,
    registry: pl.DataFrame,
    companies: pl.DataFrame,
    industry_mix: pl.DataFrame,
    indicators: pl.DataFrame,
) -> pl.DataFrame:
    """Projects and money come from the registry, one row per real project: a project reported
    at signing, at groundbreaking and at commissioning counts once, at its latest amount.
    `industry_mix` is (park_id, industry_mix) from the same registry. `stated_investment_cny`
    is what the pages say the park's projects invest as a group ("签约3个项目,总投资28亿元"),
    from park.indicators: each distinct stated total once, however many stories repeat it."""
    schema = polars_schema("park_summary")
    originals = articles.filter(pl.col("duplicate_of").is_null())
    live = originals.select("article_id")
    park_articles = (
        mentions.select("park_id", "article_id").unique().join(live, on="article_id")
        .join(originals.select("article_id", "published_date", "keywords"), on="article_id")
    )
    per_article = park_articles.group_by("park_id").agg(
        pl.col("article_id").n_unique().alias("n_articles"),
        pl.col("published_date").min().alias("first_published"),
        pl.col("published_date").max().alias("last_published"),
    )
    keywords = (
        park_articles.select("park_id", "keywords").explode("keywords").drop_nulls()
        .group_by("park_id", "keywords").len()
        .sort(["park_id", "len", "keywords"], descending=[False, True, False])
        .group_by("park_id", maintain_order=True)
        .agg(pl.col("keywords").head(TOP_KEYWORDS).alias("top_keywords"))
    )
    per_project = registry.filter(pl.col("park_id").is_not_null()).group_by("park_id").agg(
        pl.len().alias("n_projects"),
        # NULL, not 0, when none of the park's projects states an amount (unknown is not zero)
        pl.when(pl.col("investment_cny").count() > 0).then(pl.col("investment_cny").round(0).sum())
        .alias("total_investment_cny"),
    )
    stated = (
        indicators.join(live, on="article_id")
        .filter(pl.col("park_id").is_not_null() & pl.col("indicator").str.contains(_GROUP_INVESTMENT)
                & pl.col("unit").is_in(list(_YUAN_PER_UNIT)))
        # whole yuan: a sum of integers is the same in any order (one run's or several workers')
        .with_columns((pl.col("value") * pl.col("unit").replace_strict(_YUAN_PER_UNIT, return_dtype=pl.Float64))
                      .round(0).alias("yuan"))
        .unique(["park_id", "yuan", "period"])
        .group_by("park_id").agg(pl.col("yuan").sum().alias("stated_investment_cny"))
    )
    per_company = companies.join(live, on="article_id").filter(pl.col("park_id").is_not_null()).group_by("park_id").agg(
        pl.col("name").n_unique().alias("n_companies"),
    )
    summary = (
        parks.select("park_id", "name", "province", "city")
        .join(per_article, on="park_id", how="left")
        .join(keywords, on="park_id", how="left")
        .join(per_project, on="park_id", how="left")
        .join(per_company, on="park_id", how="left")
        .join(stated, on="park_id", how="left")
        .join(industry_mix, on="park_id", how="left")
        .with_columns(
            pl.col("n_articles", "n_projects", "n_companies").fill_null(0),
            pl.col("top_keywords").fill_null([]),
        )
    )
    return summary.select(schema.names()).cast(dict(schema)).sort(
        ["total_investment_cny", "n_articles", "park_id"], descending=[True, True, False], nulls_last=True
    )

