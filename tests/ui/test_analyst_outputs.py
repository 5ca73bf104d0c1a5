"""What an analyst gets besides the UI: the views, the HTML report and the Parquet export, from a
real pipeline run over the repo's seeds."""
import json
from pathlib import Path

import dagster as dg
import duckdb
import plotly.graph_objects as go
import pytest
from typer.testing import CliRunner

from park_pipeline.aggregate.report import (
    build_report, investment_by_park, investment_by_province, park_timeline, projects_by_status,
)
from park_pipeline.cli import app
from park_pipeline.orchestration.runner import run_pipeline
from park_pipeline.storage.app_queries import KPIS_SQL, STAGES_SQL, Filters
from park_pipeline.storage.views import VIEW_STATEMENTS
from park_pipeline.storage.warehouse import Warehouse
from tests.conftest import query

README = Path(__file__).resolve().parents[2] / "README.md"
ANALYST_VIEWS = ["v_projects_by_park_status", "v_investment_by_province_month", "v_companies_per_park",
                 "v_newest_stories", "v_newest_projects", "v_park_timeline"]


@pytest.fixture
def built(storage, instance):
    run_pipeline(storage, instance)
    return storage


def test_views_answer_from_the_published_file_and_are_documented(built):
    for view in ANALYST_VIEWS:
        assert any(f"park.{view} AS" in statement for statement in VIEW_STATEMENTS), view
        assert f"park.{view} AS" in README.read_text(encoding="utf-8"), f"{view} missing from README"
        assert query(built, f"SELECT count(*) FROM park.{view}")[0][0] > 0, view
    n_stories = query(built, "SELECT count(*) FROM park.articles WHERE duplicate_of IS NULL")[0][0]
    assert query(built, "SELECT count(*) FROM park.v_newest_stories")[0][0] == n_stories


def test_report_is_written_beside_the_warehouse_and_works_offline(built, instance):
    report = Path(built.warehouse_path).with_name("report.html")
    page = report.read_text(encoding="utf-8")
    assert "plotly.js" in page and "<script src=" not in page  # inline: nothing to fetch
    for title in ("园区投资额", "各省投资额", "项目阶段分布", "园区时间线"):
        assert _as_in_figure(title) in page, title
    event = instance.get_latest_materialization_event(dg.AssetKey("park_report"))
    assert event.asset_materialization.metadata["report"].value == str(report)
    assert event.asset_materialization.metadata["open_app"].value == "http://127.0.0.1:8050/"


def test_report_header_counts_the_projects_its_stage_chart_shows(built):
    """One definition of a project (the registry's), so the header and the bars add up; an amount
    no page states is 未披露, never 0."""
    warehouse = Warehouse(Path(built.warehouse_path))
    everything = Filters().params()
    stages, kpis = warehouse.read(STAGES_SQL, everything), warehouse.read(KPIS_SQL, everything)
    n_projects = query(built, "SELECT count(*) FROM park.project_registry")[0][0]
    assert sum(projects_by_status(stages)["data"][0]["y"]) == n_projects == kpis["n_projects"][0]
    page = build_report(warehouse.read("SELECT * FROM park.park_summary"), stages, kpis,
                        warehouse.read("SELECT * FROM park.v_park_timeline"))
    stated = query(built, "SELECT sum(investment_cny) / 1e8, count(investment_cny) FROM park.project_registry")[0]
    assert f"{n_projects} 个项目 · 已披露投资 {stated[0]:,.1f} 亿元（{stated[1]} 个项目披露金额）" in page
    unstated = query(built, "SELECT count(*) FROM park.park_summary WHERE n_projects > 0 "
                            "AND total_investment_cny IS NULL")[0][0]
    assert unstated > 0 and query(built, "SELECT count(*) FROM park.park_summary "
                                         "WHERE total_investment_cny = 0")[0][0] == 0


def test_report_of_an_empty_warehouse_says_so(tmp_path):
    warehouse = Warehouse(tmp_path / "parks.duckdb")
    page = build_report(warehouse.read("SELECT * FROM park.park_summary"),
                        warehouse.read(STAGES_SQL, Filters().params()), warehouse.read(KPIS_SQL, Filters().params()),
                        warehouse.read("SELECT * FROM park.v_park_timeline"))
    assert page.count(_as_in_figure("暂无数据")) == 4
    assert "0 个园区 · 0 个项目 · 投资额未披露" in page


def test_report_figures_are_valid_plotly(built):
    """The report skips plotly's validation for speed, so the figures are validated here."""
    warehouse = Warehouse(Path(built.warehouse_path))
    summary = warehouse.read("SELECT * FROM park.park_summary")
    figures = [investment_by_park(summary), investment_by_province(summary),
               projects_by_status(warehouse.read(STAGES_SQL, Filters().params())),
               park_timeline(warehouse.read("SELECT * FROM park.v_park_timeline"))]
    for figure in figures:
        validated = go.Figure(figure)  # raises on any unknown or mistyped property
        assert validated.data and validated.layout.title.text


def _as_in_figure(text: str) -> str:
    """Figure text sits in the page as JSON, non-ASCII escaped."""
    return json.dumps(text)[1:-1]


def test_export_writes_one_parquet_per_table_and_view(built, tmp_path, monkeypatch):
    monkeypatch.setenv("PARK_WAREHOUSE", built.warehouse_path)
    target = tmp_path / "it's exported"  # a quote in the path must not reach the SQL as text
    result = CliRunner().invoke(app, ["export", str(target)])
    assert result.exit_code == 0, result.output
    names = {row[0] for row in query(
        built, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'park'")}
    assert {path.stem for path in target.glob("*.parquet")} == names
    assert set(ANALYST_VIEWS) <= names
    for name in ("articles", "park_summary", "v_projects_by_park_status"):
        exported = duckdb.execute("SELECT count(*) FROM read_parquet(?)", [str(target / f"{name}.parquet")])
        assert exported.fetchone()[0] == query(built, f"SELECT count(*) FROM park.{name}")[0][0], name
