"""Warehouse writes on a real DuckDB file: transactional, by column name, readers never blocked."""
import subprocess
import sys

import duckdb
import polars as pl
import pytest

from park_pipeline.storage.schema import frame
from park_pipeline.storage.warehouse import Warehouse


def _companies(*names, doc_id="d1"):
    return frame("companies", [{"article_id": f"{doc_id}-1", "doc_id": doc_id, "name": n} for n in names])


def _names(warehouse):
    return sorted(warehouse.read("SELECT name FROM park.companies")["name"].to_list())


def test_replace_is_per_document_and_idempotent(tmp_path):
    warehouse = Warehouse(tmp_path / "parks.duckdb")
    warehouse.replace_documents("companies", ["d1"], _companies("甲公司", "乙公司"))
    warehouse.replace_documents("companies", ["d2"], _companies("丙公司", doc_id="d2"))
    warehouse.replace_documents("companies", ["d1"], _companies("甲公司", "乙公司"))
    assert _names(warehouse) == ["丙公司", "乙公司", "甲公司"]
    warehouse.replace_documents("companies", ["d1"], _companies())  # a deleted document
    assert _names(warehouse) == ["丙公司"]


def test_columns_are_matched_by_name_not_position(tmp_path):
    warehouse = Warehouse(tmp_path / "parks.duckdb")
    rows = _companies("甲公司")
    reordered = rows.select(list(reversed(rows.columns)))
    warehouse.replace_documents("companies", ["d1"], reordered)
    assert warehouse.read("SELECT name, doc_id FROM park.companies").rows() == [("甲公司", "d1")]


def test_a_failed_write_keeps_the_previous_rows(tmp_path):
    warehouse = Warehouse(tmp_path / "parks.duckdb")
    warehouse.replace_documents("companies", ["d1"], _companies("甲公司"))
    broken = _companies("乙公司").with_columns(pl.lit("not a number").alias("sent_start"))
    with pytest.raises(duckdb.Error):
        warehouse.replace_documents("companies", ["d1"], broken)
    assert _names(warehouse) == ["甲公司"]
    warehouse.replace_documents("companies", ["d1"], _companies("丁公司"))  # lock and file released
    assert _names(warehouse) == ["丁公司"]


def test_publishing_works_while_an_analyst_holds_the_warehouse_open(tmp_path):
    warehouse = Warehouse(tmp_path / "parks.duckdb")
    warehouse.replace_documents("companies", ["d1"], _companies("甲公司"))
    warehouse.publish()
    analyst = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys; con = duckdb.connect(sys.argv[1], read_only=True); print('ready', flush=True);"
         "sys.stdin.readline(); print(con.execute('SELECT name FROM park.companies').fetchall())",
         str(warehouse.public_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert analyst.stdout.readline().strip() == "ready"
    warehouse.replace_documents("companies", ["d1"], _companies("乙公司"))
    warehouse.publish()
    held_view, _ = analyst.communicate("\n", timeout=30)
    assert "甲公司" in held_view  # the open session keeps the state it opened: before the run
    with duckdb.connect(str(warehouse.public_path), read_only=True) as fresh:
        assert fresh.execute("SELECT name FROM park.companies").fetchall() == [("乙公司",)]


def _document(doc_id: str, batch_id: str) -> dict:
    return {"doc_id": doc_id, "source_path": f"{doc_id}.txt", "batch_id": batch_id}


def test_page_texts_follow_the_batch_that_last_read_each_document(tmp_path):
    warehouse = Warehouse(tmp_path / "parks.duckdb")
    warehouse.write_raw_texts("b1", 0, frame("raw_texts", [{"doc_id": "d1", "batch_id": "b1", "raw_text": "旧文"},
                                                          {"doc_id": "d2", "batch_id": "b1", "raw_text": "乙文"}]))
    warehouse.write_raw_texts("b2", 0, frame("raw_texts", [{"doc_id": "d1", "batch_id": "b2", "raw_text": "新文"}]))
    warehouse.replace_documents("documents", ["d1", "d2"], frame("documents", [_document("d1", "b2"), _document("d2", "b1")]))
    texts = dict(warehouse.read_documents_with_text(["d1", "d2"]).select("doc_id", "raw_text").iter_rows())
    assert texts == {"d1": "新文", "d2": "乙文"}

    warehouse.clear_raw_texts("b1")  # the batch is being read again: its old texts are gone
    with pytest.raises(FileNotFoundError, match="b1"):
        warehouse.read_documents_with_text(["d2"])
    assert warehouse.read_documents_with_text(["d1"])["raw_text"].to_list() == ["新文"]
