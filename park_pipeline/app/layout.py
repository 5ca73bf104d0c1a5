"""The frame every page shares: header, navigation, the filter bar, and reusable tables.

The filter bar stays on screen while the analyst moves between pages (navigation happens in the
browser), and its values are gathered in one store that every page's callbacks read.
"""
from __future__ import annotations

import dash_ag_grid as dag
from dash import ALL, MATCH, Input, Output, State, callback, ctx, dcc, html

from park_pipeline.aggregate.report import FONT_STACK, UNKNOWN
from park_pipeline.app import data
from park_pipeline.errors import UserError

PAGES = {"/": "总览", "/projects": "项目", "/parks": "园区档案", "/companies": "企业"}
FILTERS = {"f-province": "省份", "f-city": "城市", "f-park": "园区", "f-industry": "行业", "f-status": "阶段"}

# A column is (field, title, kind): kind picks the grid's formatting and filter.
YI_FORMAT = (f"params.value == null ? '{UNKNOWN}' : params.value.toLocaleString('zh-CN', "
             "{minimumFractionDigits: 1, maximumFractionDigits: 1})")
KINDS = {
    "text": {"filter": "agTextColumnFilter"},
    "name": {"filter": "agTextColumnFilter", "minWidth": 240, "flex": 2},
    "date": {"filter": "agDateColumnFilter", "minWidth": 115},
    "int": {"filter": "agNumberColumnFilter", "type": "numericColumn", "width": 110},
    "yi": {"filter": "agNumberColumnFilter", "type": "numericColumn", "width": 140,
           "valueFormatter": {"function": YI_FORMAT}},
}

STYLE = f"""
body {{ font-family: {FONT_STACK}; margin: 0; color: #222; background: #f6f7f9; }}
.ag-root-wrapper, .ag-root-wrapper *, .js-plotly-plot text {{ font-family: {FONT_STACK} !important; }}
header {{ background: #1f3a5f; color: #fff; padding: 10px 24px; display: flex; align-items: baseline; gap: 28px; }}
header h1 {{ font-size: 20px; margin: 0; }}
header a {{ color: #cfe0f5; text-decoration: none; font-size: 15px; }}
header a.active {{ color: #fff; font-weight: bold; border-bottom: 2px solid #fff; }}
#filter-bar {{ display: grid; grid-template-columns: repeat(6, 1fr) auto; gap: 8px; padding: 10px 24px;
              background: #fff; border-bottom: 1px solid #dde; align-items: center; }}
main {{ padding: 14px 24px; }}
.kpis {{ display: flex; gap: 12px; margin-bottom: 10px; }}
.kpi {{ background: #fff; border: 1px solid #dde; border-radius: 6px; padding: 10px 16px; min-width: 150px; }}
.kpi .value {{ font-size: 24px; font-weight: bold; color: #1f3a5f; }}
.kpi .label, .note {{ color: #666; font-size: 13px; }}
.panel {{ background: #fff; border: 1px solid #dde; border-radius: 6px; padding: 10px 14px; margin-bottom: 12px; }}
.toolbar {{ display: flex; gap: 8px; margin-bottom: 6px; align-items: center; }}
.toolbar input {{ flex: 1; padding: 5px 8px; border: 1px solid #ccd; border-radius: 4px; }}
.event {{ border-left: 3px solid #1f3a5f; padding: 4px 12px; margin: 8px 0; }}
.event blockquote {{ margin: 4px 0; color: #333; background: #f3f5f8; padding: 6px 10px; }}
.two {{ display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }}
"""

# Dash's page template ({%…%} are its slots), with the fonts and styles above.
INDEX = """<!DOCTYPE html>
<html lang="zh-CN"><head>{%metas%}<title>园区项目 · park_pipeline</title>{%favicon%}{%css%}
<style>""" + STYLE + """</style>
</head><body>{%app_entry%}<footer>{%config%}{%scripts%}{%renderer%}</footer></body></html>"""


def shell() -> html.Div:
    """The whole page at load, with the filter menus filled from the warehouse as it is now."""
    try:
        options = data.options()
    except UserError as error:
        return html.Div([_header(), html.Main(html.P(str(error), id="no-warehouse"))])
    dates = options["dates"].row(0, named=True)
    menus = {
        "f-province": _choices(options["provinces"]["value"].to_list()),
        "f-city": [], "f-park": [],  # narrowed to the chosen provinces by a callback
        "f-industry": _choices(options["industries"]["value"].to_list()),
        "f-status": _choices(options["statuses"]["value"].to_list()),
    }
    bar = [dcc.Dropdown(id=name, options=menus[name], multi=True, placeholder=label) for name, label in
           FILTERS.items()]
    bar.append(dcc.DatePickerRange(id="f-dates", min_date_allowed=dates["first"], max_date_allowed=dates["last"],
                                   initial_visible_month=dates["last"], display_format="YYYY-MM-DD",
                                   start_date_placeholder_text="起始日期", end_date_placeholder_text="截止日期",
                                   clearable=True))
    bar.append(html.Button("清除筛选", id="f-clear"))
    return html.Div([
        dcc.Location(id="url"), dcc.Store(id="filters", data={}),
        _header(), html.Div(bar, id="filter-bar"), html.Main(id="page"),
    ])


def _header() -> html.Header:
    links = [dcc.Link(title, href=path, id=nav_id(path)) for path, title in PAGES.items()]
    return html.Header([html.H1("园区项目"), *links])


def nav_id(path: str) -> str:
    return f"nav-{path.strip('/') or 'overview'}"


def _choices(values: list[str]) -> list[dict]:
    return [{"label": value, "value": value} for value in values]


def table(name: str, columns: list[tuple[str, str, str]], height: int = 420, selectable: bool = False) -> html.Div:
    """A grid (sort, per-column filter, a search box) with CSV and Excel export of what it shows."""
    grid_options = {"animateRows": False, "enableCellTextSelection": True,
                    "localeText": {"noRowsToShow": "暂无数据"}}
    if selectable:
        grid_options["rowSelection"] = {"mode": "singleRow", "checkboxes": False, "enableClickSelection": True}
    return html.Div([
        html.Div([
            dcc.Input(id={"type": "search", "grid": name}, type="search", placeholder="搜索…", debounce=True),
            html.Button("导出 CSV", id={"type": "export", "grid": name, "kind": "csv"}),
            html.Button("导出 Excel", id={"type": "export", "grid": name, "kind": "xlsx"}),
            dcc.Download(id={"type": "download", "grid": name}),
        ], className="toolbar"),
        dag.AgGrid(
            id={"type": "grid", "grid": name}, rowData=[],
            columnDefs=[{"field": field, "headerName": title, **KINDS[kind]} for field, title, kind in columns],
            defaultColDef={"sortable": True, "resizable": True, "floatingFilter": False, "minWidth": 90},
            dashGridOptions=grid_options, columnSize="responsiveSizeToFit", style={"height": f"{height}px"},
        ),
    ])


def grid(name: str) -> dict:
    """The id of `table(name, …)`'s grid, for callbacks."""
    return {"type": "grid", "grid": name}


@callback(Output("f-city", "options"), Output("f-park", "options"), Input("f-province", "value"),
          Input("f-city", "value"))
def _narrow_places(provinces, cities):
    """Cities of the chosen provinces; parks of the chosen provinces and cities."""
    options = data.options()
    city_rows, parks = options["cities"], options["parks"]
    if provinces:
        city_rows = city_rows.filter(city_rows["province"].is_in(provinces))
        parks = parks.filter(parks["province"].is_in(provinces))
    if cities:
        parks = parks.filter(parks["city"].is_in(cities))
    return (_choices(city_rows["value"].unique(maintain_order=True).to_list()),
            [{"label": row["label"], "value": row["value"]} for row in parks.iter_rows(named=True)])


@callback(Output("filters", "data"), *[Input(name, "value") for name in FILTERS],
          Input("f-dates", "start_date"), Input("f-dates", "end_date"))
def _gather(provinces, cities, park_ids, industries, statuses, start, end):
    """Every filter's value in one store, which the pages read."""
    return {"provinces": provinces, "cities": cities, "park_ids": park_ids, "industries": industries,
            "statuses": statuses, "start": start, "end": end}


@callback(*[Output(name, "value") for name in FILTERS], Output("f-dates", "start_date"),
          Output("f-dates", "end_date"), Input("f-clear", "n_clicks"), prevent_initial_call=True)
def _clear(_):
    return [None] * (len(FILTERS) + 2)


@callback(Output({"type": "grid", "grid": MATCH}, "dashGridOptions"),
          Input({"type": "search", "grid": MATCH}, "value"),
          State({"type": "grid", "grid": MATCH}, "dashGridOptions"))
def _search(text, options):
    """The search box filters the grid's rows on every column, in the browser."""
    return {**(options or {}), "quickFilterText": text or ""}


@callback(Output({"type": "download", "grid": MATCH}, "data"),
          Input({"type": "export", "grid": MATCH, "kind": ALL}, "n_clicks"),
          State({"type": "grid", "grid": MATCH}, "virtualRowData"),
          State({"type": "grid", "grid": MATCH}, "columnDefs"), prevent_initial_call=True)
def _export(_, rows, column_defs):
    """What the grid shows now (filters, search and sort applied) as a CSV or Excel file."""
    kind = ctx.triggered_id["kind"]
    columns = [(column["field"], column["headerName"]) for column in column_defs]
    content = data.export(rows or [], columns, kind)
    return dcc.send_bytes(content, f"{ctx.triggered_id['grid']}.{kind}")
