"""The app's figures against the warehouse's own tables and views, on a real pipeline's output:
every count the pages show must be one an analyst gets from SQL."""
import io

import polars as pl

from park_pipeline.app import data
from park_pipeline.app.charts import china_map
from park_pipeline.app.geo import city_point, province_shapes
from park_pipeline.storage.app_queries import Filters


def test_unfiltered_figures_agree_with_the_summary_and_the_registry(published):
    overview = data.overview(Filters())
    kpis = overview["kpis"].row(0, named=True)
    assert kpis["n_parks"] == published("SELECT count(*) FROM park.park_summary")[0][0]
    assert kpis["n_projects"] == published("SELECT count(*) FROM park.project_registry")[0][0]
    assert overview["stages"]["n_projects"].sum() == kpis["n_projects"]
    assert kpis["n_with_amount"] == published("SELECT count(investment_cny) FROM park.project_registry")[0][0]

    per_park = dict(published("SELECT park_id, n_projects FROM park.park_summary"))
    assert dict(overview["parks"].select("park_id", "n_projects").iter_rows()) == per_park
    per_province = dict(published("SELECT province, sum(n_projects) FROM park.park_summary GROUP BY ALL"))
    assert dict(overview["provinces"].select("province", "n_projects").iter_rows()) == per_province
    stages = dict(published("SELECT coalesce(latest_status, '未注明'), count(*) FROM park.project_registry "
                            "GROUP BY ALL"))
    assert dict(overview["stages"].iter_rows()) == stages


def test_unknown_investment_stays_unknown(published):
    """A park whose pages state no amount has no investment (未披露), not 0 亿元."""
    parks = data.overview(Filters())["parks"]
    unstated = parks.filter(pl.col("n_with_amount") == 0)
    assert unstated.height and unstated["investment_yi"].is_null().all()
    assert published("SELECT count(*) FROM park.park_summary WHERE total_investment_cny = 0")[0][0] == 0


def test_province_and_industry_filters_narrow_every_figure(busiest_filter):
    province, industry, expected = busiest_filter
    chosen = Filters(provinces=[province], industries=[industry])
    projects = data.projects(chosen)
    assert projects.height == expected
    assert set(projects["province"]) == {province} and set(projects["industry"]) == {industry}
    overview = data.overview(chosen)
    assert overview["kpis"]["n_projects"][0] == expected == overview["stages"]["n_projects"].sum()
    assert set(overview["provinces"]["province"]) == {province}
    assert set(overview["parks"]["province"]) == {province}


def test_date_range_keeps_projects_seen_within_it(published):
    (day,), = published("SELECT max(last_seen) FROM park.project_registry")
    expected = published("SELECT count(*) FROM park.project_registry WHERE last_seen >= ? AND first_seen <= ?",
                         [day, day])[0][0]
    projects = data.projects(data.filters_from({"start": day.isoformat(), "end": f"{day.isoformat()}T00:00:00"}))
    assert 0 < projects.height == expected < published("SELECT count(*) FROM park.project_registry")[0][0]


def test_company_and_park_pages_read_their_own_rows(published):
    company_id, n_projects = published(
        "SELECT company_id, count(*) FROM park.project_registry WHERE company_id IS NOT NULL "
        "GROUP BY ALL ORDER BY 2 DESC, 1 LIMIT 1")[0]
    companies = data.companies(Filters())
    assert companies.height == published("SELECT count(DISTINCT company_id) FROM park.company_registry")[0][0]
    assert companies.filter(pl.col("company_id") == company_id)["n_projects"][0] == n_projects
    assert data.projects(Filters(), company_id=company_id).height == n_projects

    park_id, n_articles = published("SELECT park_id, n_articles FROM park.park_summary "
                                    "ORDER BY n_projects DESC LIMIT 1")[0]
    profile = data.park_profile(park_id, Filters())
    assert profile["articles"].height == n_articles
    assert profile["people"].height == published(
        "SELECT count(DISTINCT (t.name, t.title)) FROM park.people t JOIN park.articles a USING (article_id) "
        "WHERE park_id = ? AND a.duplicate_of IS NULL", [park_id])[0][0]


def test_timeline_is_what_explain_prints_with_the_source_file(published):
    project_id, n_events = published("SELECT project_id, n_events FROM park.project_registry "
                                     "ORDER BY n_events DESC, project_id LIMIT 1")[0]
    events = data.timeline(project_id)
    assert events.height == n_events
    for event in events.iter_rows(named=True):
        text, = published("SELECT text FROM park.articles WHERE article_id = ?", [event["article_id"]])[0]
        assert text[event["sent_start"]:event["sent_end"]] == event["sentence"]
        assert event["source_path"].endswith(".txt")


def test_map_draws_every_province_and_each_park_at_its_city(published):
    names = {feature["id"] for feature in province_shapes()["features"]}
    assert len(names) == 34 and {"湖北省", "新疆维吾尔自治区", "香港特别行政区"} <= names
    lon, lat = city_point("湖北省", "随州市")
    assert 112.5 < lon < 114.5 and 31 < lat < 32.7  # 随州 is near 113.4°E 31.7°N
    overview = data.overview(Filters())
    parks = overview["parks"]
    assert parks["lon"].is_not_null().all() and set(parks["province"]) <= names
    figure = china_map(overview["provinces"], parks, "investment_yi")
    points = next(trace for trace in figure["data"] if trace["type"] == "scattergeo")
    assert sorted(points["text"]) == sorted(parks["park"])


def test_export_reads_back_with_chinese_headers_and_unknown_left_blank():
    rows = [{"name": "恒润隔膜项目", "investment_yi": 12.5}, {"name": "玉溪路小学", "investment_yi": None}]
    columns = [("name", "项目"), ("investment_yi", "投资额（亿元）")]
    sheet = pl.read_excel(io.BytesIO(data.export(rows, columns, "xlsx")))
    assert sheet.columns == ["项目", "投资额（亿元）"] and sheet["投资额（亿元）"].to_list() == [12.5, None]
    csv = data.export(rows, columns, "csv")
    assert csv.startswith("\ufeff".encode()) and pl.read_csv(io.BytesIO(csv[3:])).height == 2
