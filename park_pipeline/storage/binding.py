"""Parameters and rows handed to DuckDB without its conversion of Python objects.

Why: DuckDB's Python layer imports pandas (0.2 s of CPU, a twentieth of a run that adds one page)
the first time it converts a Python object: any bound parameter (it first checks whether the value
is pandas' NaT or NA), and any pyarrow table it scans (through pyarrow.dataset, which imports
pandas). So a query's parameters are written as SQL literals into the EXECUTE of a prepared
statement (the query text is unchanged, `?` and `$name` alike), and rows are registered as the
Arrow C stream of a Polars frame, which DuckDB reads natively.
"""
from __future__ import annotations

import math
from contextlib import contextmanager
from datetime import date, datetime
from typing import Iterator, Mapping, Sequence

import duckdb
import polars as pl

Params = Sequence | Mapping[str, object] | None

_STATEMENT = "park_bound"  # the name of the prepared statement execute() makes (one at a time)


def literal(value: object) -> str:
    """The SQL literal of a value: None, bool, int, float, str, date, datetime or a list of them."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value!r}::DOUBLE" if math.isfinite(value) else f"'{value}'::DOUBLE"  # 1.5 alone is DECIMAL
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, datetime):  # before date: a datetime is a date
        return f"TIMESTAMP '{value.isoformat(sep=' ')}'"
    if isinstance(value, date):
        return f"DATE '{value.isoformat()}'"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(item) for item in value) + "]"
    raise TypeError(f"no SQL literal for a {type(value).__name__}")


@contextmanager
def execute(con: duckdb.DuckDBPyConnection, sql: str, params: Params = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """`con.execute(sql, params)`: read the result inside the block (the statement is dropped after it)."""
    if not params:
        yield con.execute(sql)
        return
    if isinstance(params, Mapping):
        # quoted: a parameter may be named by an SQL keyword ($end)
        arguments = ", ".join(f'"{name}" := {literal(value)}' for name, value in params.items())
    else:
        arguments = ", ".join(literal(value) for value in params)
    con.execute(f"PREPARE {_STATEMENT} AS {sql}")
    try:
        yield con.execute(f"EXECUTE {_STATEMENT}({arguments})")
    finally:
        con.execute(f"DEALLOCATE {_STATEMENT}")


def run(con: duckdb.DuckDBPyConnection, sql: str, params: Params = None) -> None:
    """`con.execute(sql, params)` for a statement whose result is not read."""
    with execute(con, sql, params):
        pass


@contextmanager
def staged(con: duckdb.DuckDBPyConnection, name: str, rows: pl.DataFrame) -> Iterator[None]:
    """`rows` readable as the view `name` by ONE statement inside the block (a stream is read once)."""
    con.register(name, rows.__arrow_c_stream__())
    try:
        yield
    finally:
        con.unregister(name)
