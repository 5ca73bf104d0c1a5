"""The cluster profile's storage choices that run without servers: the profile picks the
warehouse class, and a transaction that conflicts with another writer is done again."""
import duckdb
import pytest

from park_pipeline.storage.lake import LakeWarehouse, open_warehouse
from park_pipeline.storage.warehouse import Warehouse, _in_transaction


def test_the_embedded_profile_keeps_the_duckdb_file(tmp_path, monkeypatch):
    monkeypatch.delenv("PARK_PROFILE", raising=False)
    assert type(open_warehouse(tmp_path / "parks.duckdb")) is Warehouse


def test_the_cluster_profile_opens_the_lake_and_needs_its_catalog(tmp_path, monkeypatch):
    monkeypatch.setenv("PARK_PROFILE", "cluster")
    monkeypatch.delenv("PARK_LAKE_CATALOG", raising=False)
    with pytest.raises(ValueError, match="PARK_LAKE_CATALOG"):
        open_warehouse(tmp_path / "parks.duckdb")
    monkeypatch.setenv("PARK_LAKE_CATALOG", "host=db dbname=park_lake")
    lake = open_warehouse(tmp_path / "parks.duckdb")
    assert isinstance(lake, LakeWarehouse) and lake.lake.data_path == tmp_path / ".parks.lake"


def test_an_unknown_profile_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("PARK_PROFILE", "clustr")
    with pytest.raises(ValueError, match="PARK_PROFILE"):
        open_warehouse(tmp_path / "parks.duckdb")


def _conflicting_writer(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    con.execute("CREATE TABLE t (x INTEGER)")
    con.execute("INSERT INTO t VALUES (1)")
    rival = con.cursor()  # a second connection to the same database, holding an uncommitted update
    rival.execute("BEGIN TRANSACTION")
    rival.execute("UPDATE t SET x = 2")
    return rival


def test_a_conflicting_transaction_is_done_again():
    con = duckdb.connect()
    rival = _conflicting_writer(con)
    tries = []

    def work() -> None:
        tries.append(1)
        if len(tries) == 2:
            rival.execute("ROLLBACK")  # the other writer is gone by the second try
        con.execute("UPDATE t SET x = 3")

    _in_transaction(con, work, attempts=3)
    assert len(tries) == 2 and con.sql("SELECT x FROM t").fetchall() == [(3,)]


def test_one_attempt_raises_the_conflict_and_leaves_no_transaction_open():
    con = duckdb.connect()
    rival = _conflicting_writer(con)  # kept: a dropped cursor rolls its transaction back
    with pytest.raises(duckdb.TransactionException):
        _in_transaction(con, lambda: con.execute("UPDATE t SET x = 3"))
    con.execute("BEGIN TRANSACTION")  # would raise if the failed one were still open
    con.execute("ROLLBACK")
    rival.execute("ROLLBACK")
