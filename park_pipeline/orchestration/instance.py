"""The persistent Dagster instance the CLI and `make ui` share, so the UI shows CLI runs too."""
from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Iterator

import dagster as dg
import sqlalchemy as db
from dagster._core.instance.ref import InstanceRef
from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from dagster._core.storage.sqlite_storage import DagsterSqliteStorage, _event_logs_directory
from dagster._serdes import ConfigurableClassData

from park_pipeline.config import load_settings


def prepare_dagster_home() -> Path:
    """Set DAGSTER_HOME (default: .dagster_home in the project) and ship the instance settings."""
    home = load_settings().dagster_home
    home.mkdir(parents=True, exist_ok=True)
    os.environ["DAGSTER_HOME"] = str(home)
    # A run over many batches (pending batches, `run --reprocess`: a partition range) plans one
    # event per asset, not one per asset and batch: 7 events instead of 700 for a hundred batches.
    # The cost, per Dagster: a failed run does not mark each partition failed; the ingest ledger
    # keeps those batches pending and the next run redoes them.
    os.environ.setdefault("DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS", "true")
    settings = home / "dagster.yaml"
    if not settings.exists():
        with resources.as_file(resources.files("park_pipeline.orchestration") / "dagster.yaml") as src:
            shutil.copyfile(src, settings)
    return home


def persistent_instance() -> dg.DagsterInstance:
    """The instance of DAGSTER_HOME; with its default SQLite storage, the event log keeps its
    connections open for the CLI's run (see HeldSqliteStorage). Other processes (webserver,
    daemon) read and write the same files with Dagster's own storage classes."""
    ref = InstanceRef.from_dir(str(prepare_dagster_home()))
    storage = ref.storage_data
    if storage is not None and (storage.module_name, storage.class_name) == (
            DagsterSqliteStorage.__module__, DagsterSqliteStorage.__name__):
        ref = ref._replace(storage_data=ConfigurableClassData(
            __name__, HeldSqliteStorage.__name__, storage.config_yaml))
    return dg.DagsterInstance.from_ref(ref)


class HeldSqliteEventLogStorage(SqliteEventLogStorage):
    """Dagster's SQLite event log, holding one connection per database file instead of opening,
    committing and closing one per event (and per read): the close of a WAL database's last
    connection checkpoints and syncs it, and a run that adds one page stores ~70 events in two
    files (its own and the index), ~1 s of waiting on the disk. Closed by dispose() (leaving the
    instance's `with`), which checkpoints each file once. Commits sync only the log
    (synchronous=NORMAL, SQLite's advice for WAL): a power cut may lose the last events, never
    corrupt a file; a run whose end was lost is failed by the next CLI run (runner.py)."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None):
        self._engines: dict[str, db.engine.Engine] = {}
        super().__init__(base_dir, inst_data)

    @contextmanager
    def _connect(self, shard: str) -> Iterator[db.engine.Connection]:
        with self._db_lock:
            engine = self._engines.get(shard)
            if engine is None:
                engine = db.create_engine(
                    self.conn_string_for_shard(shard), poolclass=db.pool.QueuePool,
                    connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS, "check_same_thread": False})
                db.event.listen(engine, "connect", _sync_log_only)
                self._engines[shard] = engine
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            with engine.connect() as conn, conn.begin():
                yield conn

    def wipe(self) -> None:
        self.dispose_engines()  # wipe deletes the files
        super().wipe()

    def dispose(self) -> None:
        self.dispose_engines()
        super().dispose()

    def dispose_engines(self) -> None:
        with self._db_lock:
            for engine in self._engines.values():
                engine.dispose()
            self._engines.clear()


def _sync_log_only(connection, _record) -> None:
    connection.execute("PRAGMA synchronous=NORMAL")


class HeldSqliteStorage(DagsterSqliteStorage):
    """DagsterSqliteStorage (same files, same layout) with HeldSqliteEventLogStorage."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None):
        super().__init__(base_dir, inst_data)
        self._event_log_storage = HeldSqliteEventLogStorage(_event_logs_directory(base_dir))

    @classmethod
    def from_config_value(cls, inst_data: ConfigurableClassData, config_value) -> "HeldSqliteStorage":
        return cls.from_local(inst_data=inst_data, **config_value)
