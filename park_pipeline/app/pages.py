"""The four pages and their callbacks; each reads the filter bar's store, so filters apply everywhere."""
from __future__ import annotations

import polars as pl
from dash import Input, Output, callback, dcc, get_asset_url, html

from park_pipeline.aggregate.report import format_yi, headline, projects_by_status
from park_pipeline.app import charts, data
from park_pipeline.app.layout import PAGES, grid, nav_id, table

PROJECT_COLUMNS = [
    ("name", "项目", "name"), ("park", "园区", "text"), ("province", "省份", "text"), ("city", "城市", "text"),
    ("company", "企业", "text"), ("industry", "行业", "text"), ("investment_yi", "投资额（亿元）", "yi"),
    ("latest_status", "最新阶段", "text"), ("first_seen", "首次报道", "date"), ("last_seen", "最近报道", "date"),
    ("n_events", "报道次数", "int"), ("project_id", "项目编号", "text"),
]
COMPANY_COLUMNS = [
    ("company", "企业", "name"), ("names", "报道中的写法", "text"), ("industry", "行业", "text"),
    ("n_projects", "项目数", "int"), ("parks", "园区", "text"), ("investment_yi", "投资额（亿元）", "yi"),
    ("company_id", "企业编号", "text"),
]
PARK_TABLES = {
    "park-companies": [("name", "企业（报道写法）", "text"), ("company", "企业", "text"),
                       ("industry", "行业", "text"), ("n_articles", "报道数", "int")],
    "park-people": [("name", "姓名", "text"), ("title", "职务", "text"), ("n_articles", "报道数", "int"),
                    ("last_seen", "最近报道", "date")],
    "park-articles": [("published_date", "日期", "date"), ("title", "标题", "name"),
                      ("source_name", "来源", "text"), ("source_path", "文件", "text")],
}
PARK_TITLES = {"park-companies": "企业", "park-people": "官员", "park-articles": "报道"}
PICK_A_PROJECT = "选择一行，查看该项目的时间线与证据句。"
DEFINITIONS = "。未披露的金额不计为 0；项目按各报道链接成的真实项目计（重复报道已剔除）。"


def overview() -> html.Div:
    kpis = [html.Div([html.Div(id=f"kpi-{name}", className="value"), html.Div(label, className="label")],
                     className="kpi")
            for name, label in (("parks", "园区"), ("projects", "项目"), ("investment", "已披露投资"),
                                ("companies", "企业"))]
    return html.Div([
        html.Div(kpis, className="kpis"), html.P(id="kpi-note", className="note"),
        html.Div([dcc.RadioItems(id="map-metric", options=[{"label": label, "value": value} for value, label
                                                            in charts.METRICS.items()],
                                 value="investment_yi", inline=True),
                  dcc.Graph(id="overview-map", config={"displaylogo": False,
                                                       "topojsonURL": get_asset_url("topojson/")})],
                 className="panel"),
        html.Div(dcc.Graph(id="overview-stages", config={"displaylogo": False}), className="panel"),
    ])


@callback(Output("kpi-parks", "children"), Output("kpi-projects", "children"), Output("kpi-investment", "children"),
          Output("kpi-companies", "children"), Output("kpi-note", "children"), Output("overview-map", "figure"),
          Output("overview-stages", "figure"), Input("filters", "data"), Input("map-metric", "value"))
def _overview(filters, metric):
    result = data.overview(data.filters_from(filters))
    kpis = result["kpis"].row(0, named=True)
    return (kpis["n_parks"], kpis["n_projects"], format_yi(kpis["investment_cny"]), kpis["n_companies"],
            headline(kpis) + DEFINITIONS,
            charts.china_map(result["provinces"], result["parks"], metric), projects_by_status(result["stages"]))


def projects() -> html.Div:
    return html.Div([
        html.Div(table("projects", PROJECT_COLUMNS, height=460, selectable=True), className="panel"),
        html.Div(html.P(PICK_A_PROJECT, className="note"), id="timeline", className="panel"),
    ])


@callback(Output(grid("projects"), "rowData"), Input("filters", "data"))
def _projects(filters):
    return data.projects(data.filters_from(filters)).to_dicts()


@callback(Output("timeline", "children"), Input(grid("projects"), "selectedRows"), prevent_initial_call=True)
def _timeline(selected):
    """Each step of the chosen project: date, stage, amount, the sentence saying so, and its file."""
    if not selected:
        return html.P(PICK_A_PROJECT, className="note")
    project = selected[0]
    events = data.timeline(project["project_id"])
    steps = [html.Div([
        html.Div(f"{event['published_date'] or '日期不详'} · {event['status'] or '阶段未注明'} · "
                 f"{event['surface']} · 投资额 {format_yi(event['investment_cny'])}"),
        html.Blockquote(event["sentence"], className="sentence"),
        html.Div(f"来源：{event['source_path']}（{event['title'] or '无标题'}，字符 {event['sent_start']}–"
                 f"{event['sent_end']}）", className="note"),
    ], className="event") for event in events.iter_rows(named=True)]
    return [html.H3(f"{project['name']} · {project['park'] or '园区不详'} · {project['company'] or '企业不详'}"),
            html.P(f"项目编号 {project['project_id']}（park-pipeline explain {project['project_id']}）",
                   className="note"), *steps]


def parks() -> html.Div:
    tables = [html.Div([html.H3(PARK_TITLES[name]), table(name, columns, height=300)], className="panel")
              for name, columns in PARK_TABLES.items()]
    return html.Div([
        html.Div([dcc.Dropdown(id="park-select", clearable=False, placeholder="选择园区"),
                  html.P(id="park-summary", className="note")], className="panel"),
        html.Div([html.Div(dcc.Graph(id="park-stages"), className="panel"),
                  html.Div(dcc.Graph(id="park-indicators"), className="panel")], className="two"),
        html.Div(tables[:2], className="two"), tables[2],
    ])


@callback(Output("park-select", "options"), Output("park-select", "value"), Input("filters", "data"),
          Input("park-select", "value"))
def _park_choices(filters, chosen):
    """Parks in the filters' scope; the chosen one kept while it stays in scope, else the busiest."""
    rows = data.parks(data.filters_from(filters))
    options = [{"label": f"{row['park']}（{row['province'] or '省份不详'}{row['city'] or ''}）",
                "value": row["park_id"]} for row in rows.iter_rows(named=True)]
    ids = rows["park_id"].to_list()
    return options, chosen if chosen in ids else (ids[0] if ids else None)


@callback(Output("park-summary", "children"), Output("park-stages", "figure"), Output("park-indicators", "figure"),
          *[Output(grid(name), "rowData") for name in PARK_TABLES], Input("park-select", "value"),
          Input("filters", "data"))
def _park(park_id, filters):
    chosen = data.filters_from(filters)
    profile = data.park_profile(park_id or "", chosen)
    park = data.parks(chosen).filter(pl.col("park_id") == park_id)
    summary = "没有符合筛选条件的园区。"
    if park.height:
        row = park.row(0, named=True)
        summary = (f"{row['full_name']} · {row['province'] or ''}{row['city'] or ''} · {row['n_articles']} 篇报道 · "
                   f"{row['n_projects']} 个项目 · 已披露投资 {format_yi(row['investment_cny'])}")
    return (summary, charts.park_stages(profile["stages"]), charts.park_indicators(profile["indicators"]),
            *[profile[name.removeprefix("park-")].to_dicts() for name in PARK_TABLES])


def companies() -> html.Div:
    return html.Div([
        html.Div(table("companies", COMPANY_COLUMNS, height=380, selectable=True), className="panel"),
        html.Div([html.H3("所选企业的项目（跨园区）"), table("company-projects", PROJECT_COLUMNS, height=300)],
                 className="panel"),
    ])


@callback(Output(grid("companies"), "rowData"), Input("filters", "data"))
def _companies(filters):
    return data.companies(data.filters_from(filters)).to_dicts()


@callback(Output(grid("company-projects"), "rowData"), Input(grid("companies"), "selectedRows"),
          Input("filters", "data"))
def _company_projects(selected, filters):
    if not selected:
        return []
    return data.projects(data.filters_from(filters), company_id=selected[0]["company_id"]).to_dicts()


PAGE_LAYOUTS = {"/": overview, "/projects": projects, "/parks": parks, "/companies": companies}


@callback(Output("page", "children"), *[Output(nav_id(path), "className") for path in PAGES],
          Input("url", "pathname"))
def _route(pathname: str):
    path = pathname if pathname in PAGE_LAYOUTS else "/"
    return PAGE_LAYOUTS[path](), *["active" if key == path else "" for key in PAGES]
