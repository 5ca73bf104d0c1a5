"""The DuckDB warehouse: a private working file that runs write, and a published read-side copy.

DuckDB allows one writing process, and an analyst's read-only connection blocks that writer. So
runs write to `.parks.work.duckdb` under an exclusive file lock (which also serializes CLI runs
and daemon runs), and `publish()` swaps a checkpointed copy into `PARK_WAREHOUSE` with an atomic
rename: an analyst's open session keeps reading the file it opened (the state before the run),
and new sessions see the state after it, never half of one.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import random
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

import duckdb
import polars as pl

from park_pipeline.storage import queries
from park_pipeline.storage.binding import execute, run, staged
from park_pipeline.storage.schema import QUARANTINE_STAGES, SCHEMA, TABLES, create_statements, frame
from park_pipeline.storage.views import VIEW_STATEMENTS

_DDL = [*create_statements(), *VIEW_STATEMENTS]
# Recorded in the file once the DDL above has run on it: opening a current file skips the DDL
# (two dozen catalog writes, ~20 ms on every connection otherwise).
_DDL_FINGERPRINT = hashlib.sha1("\n".join(_DDL).encode()).hexdigest()
_DDL_STATE = "main.park_pipeline_ddl"
# Connections held by session(), per working file: every Warehouse object of this process for the
# same file shares them (each asset builds its own object; a CLI run holds one for all its steps).
_SESSIONS: dict[Path, duckdb.DuckDBPyConnection] = {}


class Warehouse:
    # Tries of a transaction that another writer's commit conflicts with (one: this file has a
    # single writer, so a failed commit is an error, never a conflict).
    COMMIT_ATTEMPTS = 1

    def __init__(self, public_path: Path):
        self.public_path = Path(public_path)
        stem = self.public_path.stem
        self.work_path = self.public_path.with_name(f".{stem}.work.duckdb")
        self.lock_path = self.public_path.with_name(f".{stem}.lock")
        self.ledger_path = self.public_path.with_name(f".{stem}.ledger.sqlite")
        self.run_lock_path = self.public_path.with_name(f".{stem}.run.lock")
        # The decoded text of every page, one Parquet file per slice of a batch: written once,
        # read by the articles step. Kept out of DuckDB because appending to a table of pages
        # rewrote all of their text at every checkpoint (0.2 s a run at 10,000 pages, growing).
        self.raw_dir = self.public_path.with_name(f".{stem}.raw")

    @contextmanager
    def run_lock(self) -> Iterator[None]:
        """Held by a whole CLI run, so two CLI runs started together take turns."""
        with _exclusive(self.run_lock_path):
            yield

    @contextmanager
    def session(self) -> Iterator["Warehouse"]:
        """This warehouse with one connection (and the write lock) held for every call inside the
        block, in this process: opening and closing the file costs ~30 ms (the close checkpoints),
        and an asset makes several calls, a run a hundred. Nested sessions share the outer one."""
        if self.work_path in _SESSIONS:
            yield self
            return
        with self.writer() as con:
            _SESSIONS[self.work_path] = con
            try:
                yield self
            finally:
                del _SESSIONS[self.work_path]

    @contextmanager
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """An exclusive connection to the working file; always closed and unlocked on exit."""
        if self.work_path in _SESSIONS:
            yield _SESSIONS[self.work_path]
            return
        with self._connect() as con:
            yield con

    @contextmanager
    def _connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with _exclusive(self.lock_path):
            con = duckdb.connect(str(self.work_path))
            try:
                _ensure_schema(con)
                yield con
            finally:
                con.close()

    def _transaction(self, con: duckdb.DuckDBPyConnection, work) -> None:
        _in_transaction(con, work, self.COMMIT_ATTEMPTS)

    def replace_documents(self, table: str, doc_ids: Sequence[str], rows: pl.DataFrame) -> None:
        """Replace every row of these documents in one transaction (idempotent per batch)."""
        with self.writer() as con:
            self._transaction(con, lambda: (
                run(con, f"DELETE FROM {SCHEMA}.{table} WHERE doc_id IN (SELECT unnest(?))", [list(doc_ids)]),
                _insert(con, table, rows),
            ))

    def replace_quarantine(self, stage: str, doc_ids: Sequence[str] | None, rows: pl.DataFrame) -> None:
        """Replace the quarantine verdicts of `stage` and every later stage for these documents
        (all documents when None) with `rows`, in one transaction."""
        stages = list(QUARANTINE_STAGES[QUARANTINE_STAGES.index(stage):])
        with self.writer() as con:
            def work() -> None:
                if doc_ids is None:
                    run(con, f"DELETE FROM {SCHEMA}.quarantine WHERE stage IN (SELECT unnest(?))", [stages])
                else:
                    run(con, f"DELETE FROM {SCHEMA}.quarantine WHERE doc_id IN (SELECT unnest(?)) "
                        "AND (stage IS NULL OR stage IN (SELECT unnest(?)))", [list(doc_ids), stages])
                _insert(con, "quarantine", rows.with_columns(stage=pl.lit(stage)))
            self._transaction(con, work)

    def replace_table(self, table: str, rows: pl.DataFrame) -> None:
        """Make a whole-warehouse table hold exactly `rows`, writing only the rows that differ."""
        self.replace_tables({table: rows})

    def replace_tables(self, tables: dict[str, pl.DataFrame], then: Sequence[str] = ()) -> None:
        """replace_table for several tables, then statements that derive from them, in one
        transaction: readers never see events of one run with the registry of another.

        Only changed rows are deleted and inserted: a run that adds one page rewrites a handful of
        rows, not the whole registry (whose rewrite, and the checkpoint after it, grew with the
        warehouse)."""
        with self.writer() as con:
            def work() -> None:
                for table, rows in tables.items():
                    _sync(con, table, rows)
                for statement in then:
                    con.execute(statement)
            self._transaction(con, work)

    def replace_registry(self, events: pl.DataFrame, registry: pl.DataFrame, companies: pl.DataFrame) -> None:
        """Project events, project registry and company registry, and the project_id/industry and
        company_id/industry labels they give park.projects and park.companies, in one transaction."""
        self.replace_tables({"project_events": events, "project_registry": registry, "company_registry": companies},
                            then=queries.LABEL_MENTIONS)

    def set_duplicates(self, mapping: pl.DataFrame, state: pl.DataFrame) -> None:
        """Set articles.duplicate_of from (article_id, duplicate_of) for every article, and keep
        the assignment state for the next run, in one transaction; only changed rows are written."""
        with self.writer() as con:
            def work() -> None:
                with staged(con, "staged_duplicates", mapping):
                    con.execute(
                        f"UPDATE {SCHEMA}.articles a SET duplicate_of = s.duplicate_of "
                        "FROM staged_duplicates s "
                        "WHERE a.article_id = s.article_id AND a.duplicate_of IS DISTINCT FROM s.duplicate_of"
                    )
                _sync(con, "story_dedup", state)
            self._transaction(con, work)

    def clear_raw_texts(self, batch_id: str) -> None:
        """Forget a batch's page texts before it is read again."""
        for path in self.raw_dir.glob(f"{batch_id}-*.parquet"):
            path.unlink()

    def write_raw_texts(self, batch_id: str, part: int, texts: pl.DataFrame) -> None:
        """The page texts (doc_id, batch_id, raw_text) of one slice of a batch (atomic rename)."""
        self.raw_dir.mkdir(parents=True, exist_ok=True)
        path = self.raw_dir / f"{batch_id}-{part:05d}.parquet"
        staging = path.with_name(f".{path.name}.writing")
        texts.select(list(TABLES["raw_texts"])).write_parquet(staging)
        os.replace(staging, path)

    def read_documents_with_text(self, doc_ids: Sequence[str]) -> pl.DataFrame:
        """park.documents rows of these documents, each with the text of the batch that last read it."""
        documents = self.read_documents("documents", doc_ids)
        files = sorted(path for batch_id in documents["batch_id"].unique()
                       for path in self.raw_dir.glob(f"{batch_id}-*.parquet"))
        texts = pl.read_parquet(files) if files else frame("raw_texts", [])
        documents = documents.join(texts, on=["doc_id", "batch_id"], how="left")
        missing = documents.filter(pl.col("raw_text").is_null())["batch_id"].unique().to_list()
        if missing:
            raise FileNotFoundError(f"the page texts of batch(es) {', '.join(sorted(missing))} are missing from "
                                    f"{self.raw_dir}: materialize raw_documents for them again "
                                    "(or `park-pipeline run --reprocess`)")
        return documents

    def read(self, sql: str, params: Sequence | None = None) -> pl.DataFrame:
        with self.writer() as con, execute(con, sql, params) as result:
            return pl.from_arrow(result.to_arrow_table())

    def read_documents(self, table: str, doc_ids: Sequence[str]) -> pl.DataFrame:
        return self.read(
            f"SELECT * FROM {SCHEMA}.{table} WHERE doc_id IN (SELECT unnest(?))", [list(doc_ids)]
        )

    def publish(self) -> None:
        """Swap a consistent copy of the working file into the public path."""
        with self.writer() as con:
            con.execute("CHECKPOINT")
            staging = self.public_path.with_name(f".{self.public_path.name}.publishing")
            shutil.copyfile(self.work_path, staging)
            os.replace(staging, self.public_path)


def _ensure_schema(con: duckdb.DuckDBPyConnection, attempts: int = 1) -> None:
    """Create or migrate tables and views unless this database already has the current DDL."""
    con.execute(f"CREATE TABLE IF NOT EXISTS {_DDL_STATE} (fingerprint VARCHAR)")
    if con.execute(f"SELECT fingerprint FROM {_DDL_STATE}").fetchall() == [(_DDL_FINGERPRINT,)]:
        return
    _in_transaction(con, lambda: (
        [con.execute(statement) for statement in _DDL],
        con.execute(f"DELETE FROM {_DDL_STATE}"),
        run(con, f"INSERT INTO {_DDL_STATE} VALUES (?)", [_DDL_FINGERPRINT]),
    ), attempts)


@contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """An advisory lock across processes; the kernel drops it if the holder is killed."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: pl.DataFrame) -> None:
    if rows.height == 0:
        return
    with staged(con, "staged_rows", rows.select(list(TABLES[table]))):
        con.execute(f"INSERT INTO {SCHEMA}.{table} BY NAME SELECT * FROM staged_rows")


def _sync(con: duckdb.DuckDBPyConnection, table: str, rows: pl.DataFrame) -> None:
    """Delete the table's rows that are not in `rows`, insert those of `rows` not in the table."""
    columns = list(TABLES[table])
    same = " AND ".join(f't."{c}" IS NOT DISTINCT FROM s."{c}"' for c in columns)
    rows = rows.select(columns)
    with staged(con, "staged_rows", rows):
        con.execute(f"DELETE FROM {SCHEMA}.{table} WHERE rowid IN "
                    f"(SELECT t.rowid FROM {SCHEMA}.{table} t ANTI JOIN staged_rows s ON {same})")
    with staged(con, "staged_rows", rows):  # a stream is read once: staged again for the second statement
        con.execute(f"INSERT INTO {SCHEMA}.{table} BY NAME "
                    f"SELECT s.* FROM staged_rows s ANTI JOIN {SCHEMA}.{table} t ON {same}")


def _in_transaction(con: duckdb.DuckDBPyConnection, work, attempts: int = 1) -> None:
    """`work` and COMMIT in one transaction; a commit that conflicts with another writer's is
    rolled back and `work` done again (it replaces rows, so doing it twice gives the same rows)."""
    for attempt in range(1, attempts + 1):
        con.execute("BEGIN TRANSACTION")
        try:
            work()
            con.execute("COMMIT")
            return
        except duckdb.TransactionException:
            _rollback(con)
            if attempt == attempts:
                raise
        except BaseException:
            _rollback(con)
            raise
        time.sleep(random.uniform(0.05, 0.25) * attempt)  # let the other writer finish


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """ROLLBACK, unless the failed COMMIT already ended the transaction."""
    try:
        con.execute("ROLLBACK")
    except duckdb.TransactionException:
        pass
