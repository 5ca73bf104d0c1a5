"""What the pages show, read from the published warehouse.

Every callback opens the file read-only for its own queries and closes it: a run swaps a new
file into place by an atomic rename, so the next callback sees the new state, and one callback
never mixes two states. Amounts leave here in 亿元 (one decimal) and stay NULL when unknown.
"""
from __future__ import annotations

import io
from contextlib import contextmanager
from datetime import date
from typing import Iterator

import duckdb
import polars as pl

from park_pipeline.aggregate.report import YI
from park_pipeline.app.geo import city_point
from park_pipeline.config import load_settings
from park_pipeline.errors import UserError
from park_pipeline.storage import app_queries as q
from park_pipeline.storage.app_queries import Filters

AMOUNT_COLUMNS = {"investment_cny": "investment_yi"}


@contextmanager
def snapshot() -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the published warehouse as it is now."""
    path = load_settings().warehouse
    if not path.exists():
        raise UserError(f"no warehouse at {path}: run `make run` (or park-pipeline run) first")
    with duckdb.connect(str(path), read_only=True) as con:
        yield con


def filters_from(values: dict | None) -> Filters:
    """Filters from the filter bar's store: lists (None when cleared), dates as ISO strings."""
    values = values or {}
    lists = {name: values.get(name) or [] for name in ("provinces", "cities", "park_ids", "industries", "statuses")}
    dates = {name: date.fromisoformat(values[name][:10]) if values.get(name) else None for name in ("start", "end")}
    return Filters(**lists, **dates)


def in_yi(frame: pl.DataFrame) -> pl.DataFrame:
    """Yuan columns also as 亿元 rounded to one decimal (for tables); unknown stays null."""
    present = {cny: yi for cny, yi in AMOUNT_COLUMNS.items() if cny in frame.columns}
    return frame.with_columns((pl.col(cny) / YI).round(1).alias(yi) for cny, yi in present.items())


def options() -> dict[str, pl.DataFrame]:
    """Every value each filter menu offers."""
    with snapshot() as con:
        return {name: q.read(con, sql) for name, sql in q.OPTIONS_SQL.items()}


def overview(filters: Filters) -> dict[str, pl.DataFrame]:
    """KPIs, provinces, parks (with their city's position) and stages for the overview."""
    with snapshot() as con:
        parks = q.read(con, q.PARKS_SQL, filters)
        result = {
            "kpis": q.read(con, q.KPIS_SQL, filters),
            "provinces": in_yi(q.read(con, q.PROVINCES_SQL, filters)),
            "stages": q.read(con, q.STAGES_SQL, filters),
        }
    points = [city_point(province, city) for province, city in parks.select("province", "city").iter_rows()]
    result["parks"] = in_yi(parks.with_columns(
        pl.Series("lon", [point[0] if point else None for point in points], dtype=pl.Float64),
        pl.Series("lat", [point[1] if point else None for point in points], dtype=pl.Float64),
    ))
    return result


def projects(filters: Filters, company_id: str | None = None) -> pl.DataFrame:
    """The registry's projects passing the filters (of one company, when given)."""
    with snapshot() as con:
        if company_id is None:
            return in_yi(q.read(con, q.PROJECTS_SQL, filters))
        return in_yi(q.read(con, q.COMPANY_PROJECTS_SQL, filters, company_id=company_id))


def timeline(project_id: str) -> pl.DataFrame:
    """A project's events with their sentence and source file, as `park-pipeline explain` lists them."""
    with snapshot() as con:
        return in_yi(q.read(con, q.TIMELINE_SQL, project_id=project_id))


def parks(filters: Filters) -> pl.DataFrame:
    """Parks in the filters' scope, most projects first."""
    with snapshot() as con:
        return in_yi(q.read(con, q.PARKS_SQL, filters))


def park_profile(park_id: str, filters: Filters) -> dict[str, pl.DataFrame]:
    """One park: its projects by stage per month, indicators, companies, officials, stories."""
    with snapshot() as con:
        return {
            "stages": q.read(con, q.PARK_STAGES_SQL, filters, park_id=park_id),
            "indicators": q.read(con, q.PARK_INDICATORS_SQL, park_id=park_id),
            "companies": q.read(con, q.PARK_COMPANIES_SQL, park_id=park_id),
            "people": q.read(con, q.PARK_PEOPLE_SQL, park_id=park_id),
            "articles": q.read(con, q.PARK_ARTICLES_SQL, park_id=park_id),
        }


def companies(filters: Filters) -> pl.DataFrame:
    """Companies (canonical, across the names they are written with) and their projects' count."""
    with snapshot() as con:
        return in_yi(q.read(con, q.COMPANIES_SQL, filters))


def export(rows: list[dict], columns: list[tuple[str, str]], kind: str) -> bytes:
    """The table's rows as shown (after the grid's own filter and sort), headed by the columns'
    titles, as CSV (UTF-8 with BOM, which Excel reads as UTF-8) or .xlsx."""
    frame = pl.DataFrame({title: [row.get(field) for row in rows] for field, title in columns}, strict=False)
    buffer = io.BytesIO()
    if kind == "csv":
        buffer.write("\ufeff".encode())
        frame.write_csv(buffer)
    else:
        frame.write_excel(buffer, worksheet="数据", autofit=True)
    return buffer.getvalue()
