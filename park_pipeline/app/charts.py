"""The app's figures, as plotly JSON dicts like the report's (and with the report's look).

The map is a `geo` subplot fed the provinces' own GeoJSON with every base layer switched off.
plotly.js still asks for its world topojson whenever a trace has a `locationmode` (a GeoJSON
choropleth does), from a CDN by default: the map's `topojsonURL` points at the app's own
`assets/topojson/`, whose world_110m.json is an empty topology, so it draws offline.
"""
from __future__ import annotations

import polars as pl

from park_pipeline.aggregate.report import UNKNOWN, Figure, finish_layout, format_yi
from park_pipeline.app.geo import province_shapes

METRICS = {"investment_yi": "已披露投资（亿元）", "n_projects": "项目数"}
MAP_GREY = "#e8e8e8"  # no park in scope
MAP_UNSTATED = "#f1dfb8"  # parks and projects, but no page states an amount
BLUES = [[0, "#dbe9f6"], [1, "#08519c"]]
CHINA = {"lonaxis": {"range": [73, 136]}, "lataxis": {"range": [17, 54]}}

def china_map(provinces: pl.DataFrame, parks: pl.DataFrame, metric: str) -> Figure:
    """Provinces shaded by `metric` (grey where no page states it), parks as points at their city."""
    shapes = province_shapes()
    names = [feature["id"] for feature in shapes["features"]]
    known = provinces.filter(pl.col(metric).is_not_null() & (pl.col(metric) > 0))
    unstated = provinces.filter(pl.col(metric).is_null())
    hover = [f"{row['province']}<br>{row['n_parks']} 个园区 · {row['n_projects']} 个项目<br>"
             f"已披露投资 {format_yi(row['investment_cny'])}" for row in provinces.iter_rows(named=True)]
    by_province = dict(zip(provinces["province"].to_list(), hover))
    located = parks.drop_nulls("lon")
    traces = [
        {"type": "choropleth", "geojson": shapes, "locations": names, "z": [0] * len(names),
         "colorscale": [[0, MAP_GREY], [1, MAP_GREY]], "showscale": False, "name": "省份",
         "marker": {"line": {"color": "#ffffff", "width": 0.6}},
         "text": [by_province.get(name, name) for name in names], "hovertemplate": "%{text}<extra></extra>"},
        {"type": "choropleth", "geojson": shapes, "locations": unstated["province"].to_list(),
         "z": [0] * unstated.height, "colorscale": [[0, MAP_UNSTATED], [1, MAP_UNSTATED]], "showscale": False,
         "name": UNKNOWN, "marker": {"line": {"color": "#ffffff", "width": 0.6}},
         "text": [by_province[name] for name in unstated["province"].to_list()],
         "hovertemplate": "%{text}<extra></extra>"},
        {"type": "choropleth", "geojson": shapes, "locations": known["province"].to_list(),
         "z": known[metric].to_list(), "zmin": 0, "colorscale": BLUES, "name": METRICS[metric],
         "marker": {"line": {"color": "#ffffff", "width": 0.6}},
         "colorbar": {"title": {"text": METRICS[metric]}, "thickness": 12, "len": 0.6},
         "text": [by_province[name] for name in known["province"].to_list()],
         "hovertemplate": "%{text}<extra></extra>"},
        {"type": "scattergeo", "lon": located["lon"].to_list(), "lat": located["lat"].to_list(),
         "mode": "markers", "name": "园区", "text": located["park"].to_list(),
         "customdata": [[row["city"] or "", row["n_projects"], format_yi(row["investment_cny"])]
                        for row in located.iter_rows(named=True)],
         "hovertemplate": "%{text}（%{customdata[0]}）<br>%{customdata[1]} 个项目 · %{customdata[2]}<extra></extra>",
         "marker": {"size": [8 + min(row, 30) for row in located["n_projects"].to_list()],
                    "color": "#d9480f", "opacity": 0.85, "line": {"color": "#ffffff", "width": 1}}},
    ]
    figure = {"data": traces, "layout": {
        "geo": {"visible": False, "projection": {"type": "mercator"}, **CHINA, "bgcolor": "rgba(0,0,0,0)"},
        "showlegend": False,
    }}
    legend = f"米色：有项目、金额{UNKNOWN}" if metric == "investment_yi" else "灰色：筛选范围内无园区"
    figure = finish_layout(figure, f"各省{METRICS[metric]} · 园区位置（{legend}）", len(names), height=560)
    figure["layout"]["margin"] = {"l": 0, "r": 0, "t": 50, "b": 0}
    return figure


def park_stages(stages: pl.DataFrame) -> Figure:
    """The park's projects per month of the story, stacked by the stage the story reports."""
    traces = [{"type": "bar", "name": status, "x": rows["month"].to_list(), "y": rows["n_projects"].to_list(),
               "hovertemplate": f"{status}: %{{y}} 个项目<extra></extra>"}
              for (status,), rows in stages.group_by("status", maintain_order=True)]
    figure = {"data": traces, "layout": {"barmode": "stack", "xaxis": {"type": "date", "tickformat": "%Y-%m"}}}
    return finish_layout(figure, "项目阶段（按报道月份）", stages.height, height=360)


def park_indicators(indicators: pl.DataFrame) -> Figure:
    """Each stated figure (indicator and unit) over the stories' dates."""
    rows = indicators.drop_nulls(["value", "published_date"])
    traces = [{"type": "scatter", "mode": "lines+markers", "name": f"{name}（{unit or ''}）",
               "x": group["published_date"].to_list(), "y": group["value"].to_list(),
               "text": group["period"].to_list(),
               "hovertemplate": f"{name}: %{{y}} {unit or ''}（%{{text}}）<extra></extra>"}
              for (name, unit), group in rows.sort("published_date").group_by(["indicator", "unit"],
                                                                              maintain_order=True)]
    figure = {"data": traces, "layout": {"xaxis": {"type": "date", "tickformat": "%Y-%m"}}}
    return finish_layout(figure, "经济指标（按报道日期）", rows.height, height=360)
