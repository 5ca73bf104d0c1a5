"""The cluster profile's warehouse: a DuckLake (catalog in PostgreSQL, Parquet data files) that
batch runs on several hosts write at once, and a DuckDB copy of it published for analysts.

Same tables, same SQL, same Warehouse methods as the embedded file: only the connection differs.
Every batch write replaces its documents' rows in one DuckLake transaction; when another
writer's commit to the same table conflicts, the transaction is done again (DELETE + INSERT by
doc_id gives the same rows however often it runs, so a redelivered step is harmless too).
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Iterator

import duckdb

from park_pipeline.config import LakeSettings, lake_settings, load_settings
from park_pipeline.parallel import worker_count
from park_pipeline.storage.binding import literal
from park_pipeline.storage.schema import NOT_IN_WAREHOUSE, SCHEMA, TABLES
from park_pipeline.storage.warehouse import Warehouse, _ensure_schema, _exclusive

LAKE = "park_lake"  # the catalog name the lake is attached as
_EXTENSIONS = ("postgres", "ducklake")  # postgres first: the ducklake catalog is in PostgreSQL
# Snapshots older than this are dropped (and their unreferenced files deleted) when publishing.
_KEEP_SNAPSHOTS = "2 days"


def open_warehouse(public_path: Path) -> Warehouse:
    """The warehouse of the configured profile (PARK_PROFILE) published at `public_path`."""
    if load_settings().profile == "cluster":
        return LakeWarehouse(public_path, lake_settings(public_path))
    return Warehouse(public_path)


class LakeWarehouse(Warehouse):
    """A Warehouse whose working copy is a DuckLake: no file lock, any number of writers."""

    COMMIT_ATTEMPTS = 12

    def __init__(self, public_path: Path, lake: LakeSettings):
        super().__init__(public_path)
        self.lake = lake
        self.work_path = lake.data_path  # the key of this process's shared session

    @contextmanager
    def _connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        # threads: the cores this process may use (PARK_WORKERS=1 on a worker sized to one core)
        con = duckdb.connect(config={"threads": worker_count(),
                                     "extension_directory": str(self.lake.extension_dir),
                                     "autoinstall_known_extensions": False,
                                     "autoload_known_extensions": False})
        try:
            _load_extensions(con, self.lake.extension_dir)
            self.lake.data_path.mkdir(parents=True, exist_ok=True)
            con.execute(f"ATTACH {literal('ducklake:postgres:' + self.lake.catalog)} AS {LAKE} "
                        f"(DATA_PATH {literal(str(self.lake.data_path) + os.sep)})")
            con.execute(f"USE {LAKE}")
            _ensure_schema(con, self.COMMIT_ATTEMPTS)
            yield con
        finally:
            con.close()

    def publish(self) -> None:
        """Copy the lake's current snapshot into a DuckDB file swapped into the public path (what
        `park-pipeline sql`, the app and analysts' tools open), then expire old snapshots."""
        staging = self.public_path.with_name(f".{self.public_path.name}.publishing")
        staging.unlink(missing_ok=True)
        tables = [t for t in TABLES if t not in NOT_IN_WAREHOUSE]
        with self.writer() as con:
            con.execute(f"ATTACH {literal(str(staging))} AS published")
            try:
                con.execute("USE published")
                _ensure_schema(con)
                con.execute("BEGIN TRANSACTION")  # one snapshot of the lake for every table
                for table in tables:
                    con.execute(f"INSERT INTO published.{SCHEMA}.{table} BY NAME "
                                f"SELECT * FROM {LAKE}.{SCHEMA}.{table}")
                con.execute("COMMIT")
            finally:
                con.execute(f"USE {LAKE}")
                con.execute("DETACH published")
            os.replace(staging, self.public_path)
            self._maintain(con)

    def _maintain(self, con: duckdb.DuckDBPyConnection) -> None:
        """Merge small data files and drop expired snapshots and the files only they used."""
        con.execute(f"CALL {LAKE}.set_option('expire_older_than', {literal(_KEEP_SNAPSHOTS)})")
        con.execute(f"CALL {LAKE}.set_option('delete_older_than', {literal(_KEEP_SNAPSHOTS)})")
        con.execute("CHECKPOINT")


def _load_extensions(con: duckdb.DuckDBPyConnection, folder: Path) -> None:
    """LOAD the extensions, INSTALLing them first from their PyPI wheels (never downloaded)."""
    for name in _EXTENSIONS:
        try:
            con.execute(f"LOAD {name}")
        except duckdb.IOException:
            with _exclusive(folder / ".install.lock"):  # several workers may start at once
                wheel = resources.files(f"duckdb_extension_{name}") / "extensions" / f"v{duckdb.__version__}"
                con.execute(f"INSTALL {literal(str(wheel / f'{name}.duckdb_extension'))}")
            con.execute(f"LOAD {name}")
