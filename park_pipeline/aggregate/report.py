"""Charts for people who would rather look than read, as one self-contained HTML file.

Plain functions over Polars frames (park_summary, the park.v_* views and the web app's queries in
storage/app_queries.py, so the report is the app's overview offline), so the report can be built
and tested without Dagster. plotly.js is embedded once, so the file opens offline.
Figures are plotly's JSON as plain dicts: building them as graph_objects validated every
property, half a second of every run (the tests validate them instead).
"""
from __future__ import annotations

import html
import os
from datetime import datetime
from functools import lru_cache
from pathlib import Path

import plotly.io as pio
import polars as pl

from park_pipeline.storage.app_queries import NO_STATUS

YI = 1e8  # 亿元: the unit Chinese news and analysts use for investment
UNKNOWN = "未披露"  # an amount no page states: shown as such, never as 0
TOP_PARKS = 20
TIMELINE_PARKS = 15
# Named fonts that carry Chinese on each platform, so no glyph falls back to an empty box.
FONT_STACK = ('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '
              '"WenQuanYi Micro Hei", sans-serif')


Figure = dict  # plotly figure JSON: {"data": [traces], "layout": {...}}


def investment_by_park(summary: pl.DataFrame, top: int = TOP_PARKS) -> Figure:
    """Horizontal bars, largest at the top, of each park's announced investment in 亿元."""
    rows = (summary.filter(pl.col("total_investment_cny") > 0)
            .sort("total_investment_cny", descending=True).head(top).reverse())
    figure = _bars(
        x=(rows["total_investment_cny"] / YI).round(2).to_list(), y=rows["name"].to_list(),
        orientation="h", customdata=rows["n_projects"].to_list(),
        hovertemplate="%{y}<br>%{x} 亿元<br>%{customdata} 个项目<extra></extra>",
    )
    return finish_layout(figure, f"园区投资额（亿元，前 {top}）", rows.height, height=max(320, 28 * rows.height))


def investment_by_province(summary: pl.DataFrame) -> Figure:
    """Announced investment summed per province, in 亿元."""
    rows = (summary.with_columns(pl.col("province").fill_null("未知"))
            .group_by("province").agg(pl.col("total_investment_cny").sum(), pl.col("n_projects").sum())
            .filter(pl.col("total_investment_cny") > 0).sort("total_investment_cny", descending=True))
    figure = _bars(
        x=rows["province"].to_list(), y=(rows["total_investment_cny"] / YI).round(2).to_list(),
        customdata=rows["n_projects"].to_list(),
        hovertemplate="%{x}<br>%{y} 亿元<br>%{customdata} 个项目<extra></extra>",
    )
    return finish_layout(figure, "各省投资额（亿元）", rows.height)


def format_yi(cny: float | None) -> str:
    """An amount in yuan as 亿元 with one decimal, or 未披露 when unknown."""
    return UNKNOWN if cny is None else f"{cny / YI:,.1f} 亿元"


def projects_by_status(stages: pl.DataFrame) -> Figure:
    """How many projects are at each latest stage (签约, 开工, 投产 …), from STAGES_SQL: one bar
    per stage of the registry's projects, so the bars add up to the header's project count."""
    rows = stages.with_columns(pl.col("status").fill_null(NO_STATUS)).sort("n_projects", descending=True)
    figure = _bars(
        x=rows["status"].to_list(), y=rows["n_projects"].to_list(),
        hovertemplate="%{x}: %{y} 个项目<extra></extra>",
    )
    return finish_layout(figure, "项目阶段分布", rows.height)


def park_timeline(timeline: pl.DataFrame, top: int = TIMELINE_PARKS) -> Figure:
    """Stories and projects per month for one park at a time, chosen from a drop-down menu.

    The parks offered are the `top` with the most stories (then projects); the first is shown.
    """
    ranked = (timeline.drop_nulls("park").group_by("park").agg(pl.col("n_articles", "n_projects").sum())
              .sort(["n_articles", "n_projects", "park"], descending=[True, True, False])
              .head(top)["park"].to_list())
    traces = []
    for i, park in enumerate(ranked):
        rows = timeline.filter(pl.col("park") == park).sort("month")
        months = rows["month"].to_list()
        traces += [
            {"type": "bar", "x": months, "y": rows["n_articles"].to_list(), "name": "报道数", "visible": i == 0},
            {"type": "bar", "x": months, "y": rows["n_projects"].to_list(), "name": "项目数", "visible": i == 0},
        ]
    menu = {
        "x": 1, "xanchor": "right", "y": 1.25, "yanchor": "top",
        "buttons": [{"label": park, "method": "update", "args": [
            {"visible": [j // 2 == i for j in range(2 * len(ranked))]},
            {"title.text": f"园区时间线：{park}"},
        ]} for i, park in enumerate(ranked)],
    }
    figure = {"data": traces, "layout": {
        "barmode": "group", "xaxis": {"type": "date", "tickformat": "%Y-%m"}, "updatemenus": [menu],
    }}
    title = f"园区时间线：{ranked[0]}" if ranked else "园区时间线"
    return finish_layout(figure, title, len(ranked))


def build_report(summary: pl.DataFrame, stages: pl.DataFrame, kpis: pl.DataFrame, timeline: pl.DataFrame,
                 generated_at: datetime | None = None) -> str:
    """The whole report page from park_summary, the app's STAGES_SQL and KPIS_SQL (unfiltered:
    the same figures the app's overview opens with) and v_park_timeline."""
    figures = [
        investment_by_park(summary), investment_by_province(summary),
        projects_by_status(stages), park_timeline(timeline),
    ]
    stamp = (generated_at or datetime.now()).strftime("%Y-%m-%d %H:%M")
    totals = headline(kpis.row(0, named=True))
    charts = [
        pio.to_html(figure, full_html=False, include_plotlyjs=i == 0, div_id=f"chart-{i}",
                    default_height=f"{figure['layout']['height']}px", validate=False)
        for i, figure in enumerate(figures)
    ]
    return _PAGE.format(stamp=html.escape(stamp), totals=html.escape(totals), charts="\n".join(charts),
                        fonts=FONT_STACK)


def headline(kpis: dict) -> str:
    """Parks, projects and the investment stated for them, from one row of KPIS_SQL."""
    stated = (f"已披露投资 {format_yi(kpis['investment_cny'])}（{kpis['n_with_amount']} 个项目披露金额）"
              if kpis["n_with_amount"] else f"投资额{UNKNOWN}")
    return f"{kpis['n_parks']} 个园区 · {kpis['n_projects']} 个项目 · {stated}"


def write_report(path: Path, page: str) -> Path:
    """Write atomically, so a browser reloading the report never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.writing")
    staging.write_text(page, encoding="utf-8")
    os.replace(staging, path)
    return path


def _bars(**trace) -> Figure:
    return {"data": [{"type": "bar", **trace}], "layout": {}}


def finish_layout(figure: Figure, title: str, n_items: int, height: int = 420) -> Figure:
    """Title, size, theme and fonts; "暂无数据" across an empty chart."""
    figure["layout"].update(title={"text": title}, height=height, template=_template(),
                            font={"family": FONT_STACK},
                            margin={"l": 40, "r": 20, "t": 90, "b": 40})
    if n_items == 0:
        figure["layout"]["annotations"] = [{"text": "暂无数据", "showarrow": False, "font": {"size": 18},
                                            "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5}]
    return figure


@lru_cache(maxsize=1)
def _template() -> dict:
    """plotly's "plotly_white" theme as JSON (a name is resolved only by graph_objects)."""
    return pio.templates["plotly_white"].to_plotly_json()


_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>园区报告 · park_pipeline</title>
<style>body{{font-family:{fonts};margin:2em auto;max-width:1100px;color:#222}}
h1{{margin-bottom:0}} .meta{{color:#666;margin-top:.3em}}</style></head>
<body><h1>园区报告</h1><p class="meta">{totals} · 生成于 {stamp} · 重复报道已剔除</p>
{charts}
</body></html>
"""
