"""Parameters as literals of a prepared statement, rows as Arrow streams: the same values DuckDB's
own binding gives, without importing pandas."""
import math
import subprocess
import sys
import textwrap
from datetime import date, datetime

import duckdb
import polars as pl
import pytest

from park_pipeline.storage.binding import execute, literal, run, staged


@pytest.mark.parametrize("value", [
    None, True, False, 0, -7, 2**40, 1.5, -0.1, 1e-9, "", "恒嘉新材", "it's", "a''b", "\\n", date(2024, 2, 29),
    datetime(2024, 5, 6, 7, 8, 9), [], ["长沙", "it's"], [1, None, 3], [[1], [2, 3]],
])
def test_a_literal_reads_back_as_the_bound_value(value):
    con = duckdb.connect()
    with execute(con, "SELECT ? AS v", [value]) as result:
        mine = result.fetchall()
    assert mine == con.execute("SELECT ? AS v", [value]).fetchall()


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan])
def test_non_finite_floats_are_doubles(value):
    with execute(duckdb.connect(), "SELECT ? AS v", [value]) as result:
        (got,), = result.fetchall()
    assert got == value or (math.isnan(value) and math.isnan(got))


def test_unknown_types_are_refused():
    with pytest.raises(TypeError):
        literal({"a": 1})


@pytest.mark.parametrize("params, expected", [
    ({"names": [], "start": None, "end": None}, 3),  # keywords as names ($end), empty filters
    ({"names": ["恒嘉"], "start": None, "end": None}, 1),
    ({"names": [], "start": date(2024, 2, 1), "end": date(2024, 12, 31)}, 1),
])
def test_named_parameters_fill_a_filter_query(params, expected):
    con = duckdb.connect()
    con.execute("CREATE TABLE t AS SELECT * FROM (VALUES ('恒嘉', DATE '2024-01-05'), ('明澜', DATE '2024-03-01'), "
                "('北辰', NULL)) v(name, day)")
    sql = ("SELECT count(*) FROM t WHERE (len($names::VARCHAR[]) = 0 OR list_contains($names::VARCHAR[], name)) "
           "AND ($start::DATE IS NULL OR day >= $start::DATE) AND ($end::DATE IS NULL OR day <= $end::DATE)")
    with execute(con, sql, params) as result:
        assert result.fetchall() == [(expected,)]


def test_staged_rows_are_read_by_one_statement():
    con = duckdb.connect()
    con.execute("CREATE TABLE t (doc_id VARCHAR, n BIGINT, day DATE)")
    rows = pl.DataFrame({"doc_id": ["d1", "d2"], "n": [1, None], "day": [date(2024, 1, 1), None]})
    with staged(con, "staged_rows", rows):
        con.execute("INSERT INTO t SELECT * FROM staged_rows")
    run(con, "DELETE FROM t WHERE doc_id IN (SELECT unnest(?))", [["d2"]])
    assert con.execute("SELECT * FROM t").fetchall() == [("d1", 1, date(2024, 1, 1))]
    assert not con.execute("SELECT * FROM duckdb_views() WHERE view_name = 'staged_rows'").fetchall()


def test_binding_and_staging_never_import_pandas(tmp_path):
    """What the whole point is: pandas costs a one-page run 0.2 s to import."""
    script = textwrap.dedent(f"""
        import sys
        import duckdb, polars as pl
        from park_pipeline.storage.binding import execute, run, staged
        con = duckdb.connect({str(tmp_path / "w.duckdb")!r})
        con.execute("CREATE TABLE t (doc_id VARCHAR, n INTEGER)")
        with staged(con, "staged_rows", pl.DataFrame({{"doc_id": ["d1"], "n": [3]}})):
            con.execute("INSERT INTO t SELECT * FROM staged_rows")
        run(con, "DELETE FROM t WHERE doc_id IN (SELECT unnest(?)) AND n > ?", [["d9"], 1])
        with execute(con, "SELECT * FROM t WHERE n >= $low", {{"low": 1}}) as result:
            result.to_arrow_table()
        print("pandas" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
