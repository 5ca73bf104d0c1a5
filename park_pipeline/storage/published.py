"""The published warehouse read as analysts read it: a read-only connection per call, so a run
swapping in a new copy never waits for the CLI, the bench or the evaluation."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import duckdb

from park_pipeline.storage import queries
from park_pipeline.storage.binding import execute, run


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    types: list[str]  # DuckDB type names, e.g. DOUBLE, DECIMAL(18,2)
    rows: list[tuple]


def query(warehouse: Path, sql: str, params: Sequence | None = None) -> QueryResult:
    """Run one statement read-only; raises duckdb.Error for bad SQL or a file another program locked."""
    with duckdb.connect(str(warehouse), read_only=True) as con, execute(con, sql, params) as result:
        description = result.description or []
        return QueryResult([d[0] for d in description], [str(d[1]) for d in description], result.fetchall())


def export_parquet(warehouse: Path, directory: Path) -> list[str]:
    """One Parquet file per table and view of schema park in `directory`; returns the names."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        names = [row[0] for row in con.execute(queries.PARK_TABLE_NAMES).fetchall()]
        for name in names:
            run(con, queries.copy_to_parquet(name), [str(directory / f"{name}.parquet")])
    return names
