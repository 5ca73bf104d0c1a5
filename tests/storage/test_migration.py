"""A warehouse file written before columns were added still opens, and gains them."""
import duckdb

from park_pipeline.storage.schema import ADDED_COLUMNS, TABLES
from park_pipeline.storage.warehouse import Warehouse


def test_old_warehouse_gains_added_columns(tmp_path):
    warehouse = Warehouse(tmp_path / "parks.duckdb")
    with duckdb.connect(str(warehouse.work_path)) as con:
        con.execute("CREATE SCHEMA park")
        for table, added in ADDED_COLUMNS.items():
            old = ", ".join(f"{name} {kind}" for name, kind in TABLES[table].items() if name not in added)
            con.execute(f"CREATE TABLE park.{table} ({old})")
        con.execute("INSERT INTO park.projects (article_id, name) VALUES ('a1', '恒润隔膜项目')")
    rows = warehouse.read("SELECT article_id, name, project_id, industry FROM park.projects")
    assert rows.rows() == [("a1", "恒润隔膜项目", None, None)]
    for table in ADDED_COLUMNS:
        assert set(warehouse.read(f"SELECT * FROM park.{table} LIMIT 0").columns) == set(TABLES[table])
