"""A warehouse file written before columns were added still opens, and gains them; opening a
current file is cheap."""
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


def test_moved_out_columns_are_dropped(tmp_path):
    warehouse = Warehouse(tmp_path / "parks.duckdb")
    with duckdb.connect(str(warehouse.work_path)) as con:  # page texts used to live in park.documents
        con.execute("CREATE SCHEMA park")
        current = ", ".join(f"{name} {kind}" for name, kind in TABLES["documents"].items())
        con.execute(f"CREATE TABLE park.documents ({current}, raw_text VARCHAR)")
        con.execute("INSERT INTO park.documents (doc_id, raw_text) VALUES ('d1', '正文')")
    columns = warehouse.read("SELECT * FROM park.documents").columns
    assert "raw_text" not in columns and set(columns) == set(TABLES["documents"])


def test_a_file_of_an_older_schema_is_migrated_even_after_it_was_opened(tmp_path):
    """The DDL is skipped only when the file records the current schema's fingerprint."""
    warehouse = Warehouse(tmp_path / "parks.duckdb")
    warehouse.read("SELECT 1")  # creates the file at the current schema
    with duckdb.connect(str(warehouse.work_path)) as con:  # as a file from an older release
        con.execute("ALTER TABLE park.projects DROP COLUMN industry")
        con.execute("UPDATE main.park_pipeline_ddl SET fingerprint = 'an older schema'")
    assert "industry" in warehouse.read("SELECT * FROM park.projects LIMIT 0").columns


def test_a_session_holds_one_connection_for_every_call(tmp_path):
    warehouse = Warehouse(tmp_path / "parks.duckdb")
    with warehouse.session():
        with warehouse.writer() as con:
            con.execute("CREATE TEMP TABLE scratch AS SELECT 42 AS answer")
        assert warehouse.read("SELECT answer FROM scratch").item() == 42  # temp tables live per connection
    assert "scratch" not in warehouse.read("SELECT table_name FROM duckdb_tables()")["table_name"].to_list()
