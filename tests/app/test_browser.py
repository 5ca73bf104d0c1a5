"""The analysts' acceptance of the web app: `python -m park_pipeline.app` (what `make app` runs) as
a real server on a free port over a warehouse the real pipeline built from the seeds, driven in
Debian's headless Chromium: filter, read the table and the map, open a project's evidence,
download the Excel export and read it back.
"""
import os
import subprocess
import sys
import time

import polars as pl
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.ui.test_browser import (  # noqa: F401  (fixtures: Debian's chromium, skipped without it)
    REPO, UI_WAIT_S, _free_port, _kill_group, _require_browser, _screenshot, _serving, _wait_until, browser,
)

MAP_TRACES = ("return Array.from(document.querySelector('#overview-map .js-plotly-plot').data, "
              "t => ({type: t.type, locations: t.locations || [], text: t.text || []}))")


@pytest.fixture
def app_url(published, app_warehouse, tmp_path):
    """The app as `make app` starts it, in its own process group, stopped whatever happens."""
    port = _free_port()
    log = tmp_path / "app.log"
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "park_pipeline.app"], cwd=REPO, stdout=out,
                                   stderr=subprocess.STDOUT, start_new_session=True,
                                   env={**os.environ, "PARK_APP_PORT": str(port)})
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_until(lambda: _serving(url, process, log), 60, "the app to serve", every=0.3)
        yield url
    finally:
        _kill_group(process)


def _text(driver, element_id: str) -> str:
    found = driver.find_elements(By.ID, element_id)
    return found[0].text if found else ""


def _choose(driver, menu: str, value: str) -> None:
    """Open a filter menu, tick one value, close it."""
    driver.find_element(By.ID, menu).click()
    option = _wait_until(lambda: driver.find_elements(By.XPATH, f"//label[@role='option'][normalize-space()='{value}']"),
                         UI_WAIT_S, f"{value} in {menu}", every=0.2)
    option[0].click()
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)


def _map(driver) -> dict:
    traces = driver.execute_script(MAP_TRACES)
    shaded = {name for trace in traces[1:] if trace["type"] == "choropleth" for name in trace["locations"]}
    parks = [name for trace in traces if trace["type"] == "scattergeo" for name in trace["text"]]
    return {"shaded": shaded, "parks": sorted(parks)}


def _grid_rows(driver, grid: str) -> int:
    """Rows the grid holds after its filters (it draws only those in view)."""
    return driver.execute_script("const api = dash_ag_grid.getApi(arguments[0]);"
                                 "return api ? api.getDisplayedRowCount() : -1;",
                                 f'{{"grid":"{grid}","type":"grid"}}')


def _grid_cells(driver, grid: str, column: str) -> list[str]:
    return [cell.text for cell in driver.find_elements(
        By.CSS_SELECTOR, f"[id*='\"grid\":\"{grid}\"'] .ag-center-cols-container [col-id='{column}']")]


def test_filters_map_table_evidence_and_excel_export(app_url, browser, published, busiest_filter, tmp_path):
    province, industry, expected = busiest_filter
    n_projects = published("SELECT count(*) FROM park.project_registry")[0][0]
    n_parks = published("SELECT count(*) FROM park.park_summary")[0][0]
    all_parks = sorted(row[0] for row in published(
        "SELECT coalesce(p.short_name, s.name) FROM park.park_summary s JOIN park.parks p USING (park_id)"))

    # Overview: the page's counts are the warehouse's, every park is on the map.
    browser.get(app_url)
    _wait_until(lambda: _text(browser, "kpi-projects") == str(n_projects), UI_WAIT_S, "the overview's KPIs", every=0.3)
    assert _text(browser, "kpi-parks") == str(n_parks)
    _wait_until(lambda: _map(browser)["parks"] == all_parks, UI_WAIT_S, "every park on the map", every=0.3)
    time.sleep(1)  # the map's first draw
    _screenshot(browser, tmp_path, "app_overview.png")

    # A province and an industry: the counts, the map and the table follow.
    _choose(browser, "f-province", province)
    _choose(browser, "f-industry", industry)
    _wait_until(lambda: _text(browser, "kpi-projects") == str(expected), UI_WAIT_S, "the filtered KPIs", every=0.3)
    in_province = sorted(row[0] for row in published(
        "SELECT DISTINCT coalesce(p.short_name, p.name) FROM park.project_registry r JOIN park.parks p "
        "USING (park_id) WHERE p.province = ? AND r.industry = ?", [province, industry]))
    _wait_until(lambda: _map(browser) == {"shaded": {province}, "parks": in_province}, UI_WAIT_S,
                f"the map to show only {province}'s parks", every=0.3)
    _screenshot(browser, tmp_path, "app_overview_filtered.png")

    browser.find_element(By.ID, "nav-projects").click()
    _wait_until(lambda: len(_grid_cells(browser, "projects", "name")) == expected, UI_WAIT_S,
                f"{expected} rows in the projects table", every=0.3)
    assert set(_grid_cells(browser, "projects", "province")) == {province}
    assert set(_grid_cells(browser, "projects", "industry")) == {industry}

    # One project's timeline, with the sentence that reports it and its file.
    first = browser.find_elements(By.CSS_SELECTOR, "[id*='\"grid\":\"projects\"'] .ag-center-cols-container "
                                                   "[col-id='project_id']")[0]
    project_id = first.text
    first.click()
    sentence, source_path = published(
        "SELECT e.sentence, a.source_path FROM park.project_events e JOIN park.articles a USING (article_id) "
        "WHERE e.project_id = ? ORDER BY e.published_date, e.sent_start LIMIT 1", [project_id])[0]
    _wait_until(lambda: sentence in _text(browser, "timeline"), UI_WAIT_S, f"{project_id}'s sentence", every=0.3)
    assert source_path in _text(browser, "timeline")
    _screenshot(browser, tmp_path, "app_projects.png")

    # The Excel export is the filtered table, read back with polars.
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    browser.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    browser.find_element(By.XPATH, "//button[normalize-space()='导出 Excel'][contains(@id, '\"projects\"')]").click()
    exported = _wait_until(lambda: list(downloads.glob("projects.xlsx")), UI_WAIT_S, "projects.xlsx", every=0.3)[0]
    sheet = pl.read_excel(exported)
    assert sheet.height == expected
    assert set(sheet["省份"]) == {province} and set(sheet["行业"]) == {industry}
    assert project_id in sheet["项目编号"].to_list()

    # The other pages, under the same filters.
    browser.find_element(By.ID, "nav-parks").click()
    _wait_until(lambda: _text(browser, "park-summary").count("个项目") == 1, UI_WAIT_S, "the park profile", every=0.3)
    assert any(name in _text(browser, "park-summary") for name, in published(
        "SELECT name FROM park.parks WHERE province = ?", [province]))
    time.sleep(1)
    _screenshot(browser, tmp_path, "app_park.png")
    browser.find_element(By.ID, "nav-companies").click()
    with_projects = published("SELECT count(DISTINCT r.company_id) FROM park.project_registry r "
                              "JOIN park.parks p USING (park_id) WHERE p.province = ? AND r.industry = ?",
                              [province, industry])[0][0]
    assert with_projects > 0
    _wait_until(lambda: _grid_rows(browser, "companies") == with_projects, UI_WAIT_S, "the filtered companies", every=0.3)
    browser.find_element(By.ID, "f-clear").click()
    n_companies = published("SELECT count(DISTINCT company_id) FROM park.company_registry")[0][0]
    _wait_until(lambda: _grid_rows(browser, "companies") == n_companies, UI_WAIT_S, "every company", every=0.3)
    _wait_until(lambda: _grid_cells(browser, "companies", "company"),
                UI_WAIT_S, "the companies table drawn", every=0.3)
    _screenshot(browser, tmp_path, "app_companies.png")
