"""The ingest ledger: the seeds manifest and the batches recorded from it (a small SQLite file).

It lives outside the DuckDB warehouse on purpose: the sensor reads it every few seconds from the
daemon while a run holds DuckDB's single write lock, and SQLite in WAL mode serves both.
A batch is the unit of work (one Dagster dynamic partition): its file list is persisted so the
partition can be re-materialized later from the UI, and it is marked done only after its rows
were written, so a killed run leaves it pending for the next run to pick up.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Literal, Sequence

# The records a scan of the seeds folder produces and the ledger stores.
ChangeKind = Literal["added", "changed", "deleted"]


@dataclass(frozen=True, slots=True)
class FileState:
    path: str  # relative to the seeds folder, POSIX separators
    size: int
    mtime_ns: int
    sha256: str


@dataclass(frozen=True, slots=True)
class FileChange:
    path: str
    kind: ChangeKind
    state: FileState | None  # None for a deleted file


@dataclass(frozen=True)
class ScanResult:
    changes: list[FileChange]
    touched: list[FileState]  # mtime moved, content identical: refresh the manifest only
    unsettled: list[str]  # modified too recently: probably still being written


_SCHEMA = """
create table if not exists files (
    path text primary key, size integer not null, mtime_ns integer not null,
    sha256 text not null, batch_id text not null);
create table if not exists batches (
    seq integer primary key autoincrement, batch_id text unique not null,
    created_at text not null, n_files integer not null, done_at text);
create table if not exists publications (
    id integer primary key check (id = 1), through_seq integer not null, published_at text not null);
create table if not exists batch_files (
    batch_id text not null, path text not null, change text not null, sha256 text,
    primary key (batch_id, path));
"""


def document_id(path: str) -> str:
    """Stable id of a seeds-relative path: the document keeps it across content changes."""
    return hashlib.sha1(path.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class BatchFile:
    batch_id: str
    path: str
    change: str  # added / changed / deleted
    doc_id: str


class IngestLedger:
    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as con:
            _use_wal(con)
            con.executescript(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=60, isolation_level=None)) as con:
            con.execute("pragma busy_timeout=60000")
            yield con

    def known_files(self) -> dict[str, FileState]:
        with self._connect() as con:
            rows = con.execute("select path, size, mtime_ns, sha256 from files").fetchall()
        return {row[0]: FileState(*row) for row in rows}

    def record(self, scan: ScanResult) -> str | None:
        """Record a scan's changes as a new batch; returns its id, or None if nothing changed.

        Runs in one write transaction that re-checks each change against the manifest, so a
        sensor tick and a CLI run scanning at once never record the same change twice.
        """
        now = datetime.now(timezone.utc)
        with self._connect() as con:
            con.execute("begin immediate")
            try:
                known = {
                    row[0]: row[1]
                    for row in con.execute("select path, sha256 from files").fetchall()
                }
                fresh = [c for c in scan.changes if _still_a_change(c, known)]
                con.executemany(
                    "update files set size = ?, mtime_ns = ? where path = ? and sha256 = ?",
                    [(s.size, s.mtime_ns, s.path, s.sha256) for s in scan.touched],
                )
                if not fresh:
                    con.execute("commit")
                    return None
                seq = con.execute("select coalesce(max(seq), 0) + 1 from batches").fetchone()[0]
                batch_id = f"{now:%Y%m%d-%H%M%S}-{seq:05d}"
                con.execute(
                    "insert into batches (seq, batch_id, created_at, n_files) values (?, ?, ?, ?)",
                    (seq, batch_id, now.isoformat(), len(fresh)),
                )
                con.executemany(
                    "insert into batch_files values (?, ?, ?, ?)",
                    [(batch_id, c.path, c.kind, c.state.sha256 if c.state else None) for c in fresh],
                )
                for change in fresh:
                    if change.state is None:
                        con.execute("delete from files where path = ?", (change.path,))
                    else:
                        s = change.state
                        con.execute(
                            "insert or replace into files values (?, ?, ?, ?, ?)",
                            (s.path, s.size, s.mtime_ns, s.sha256, batch_id),
                        )
                con.execute("commit")
                return batch_id
            except BaseException:
                con.execute("rollback")
                raise

    def pending_batches(self) -> list[str]:
        """Batches recorded but not yet written to the warehouse, oldest first."""
        with self._connect() as con:
            rows = con.execute("select batch_id from batches where done_at is null order by seq")
            return [row[0] for row in rows.fetchall()]

    def all_batches(self) -> list[str]:
        with self._connect() as con:
            return [row[0] for row in con.execute("select batch_id from batches order by seq")]

    def owned_files(self, batch_ids: Sequence[str]) -> list[BatchFile]:
        """The files of these batches that no later batch has superseded.

        Re-materializing an old batch must not overwrite a path that a newer batch owns.
        """
        with self._connect() as con:
            rows = con.execute(
                """
                with latest as (
                    select bf.path, bf.batch_id, bf.change,
                           row_number() over (partition by bf.path order by b.seq desc) as rn
                    from batch_files bf join batches b using (batch_id))
                select batch_id, path, change from latest
                where rn = 1 and batch_id in (select value from json_each(?))
                order by path
                """,
                (_json_list(batch_ids),),
            ).fetchall()
        return [BatchFile(b, p, c, document_id(p)) for b, p, c in rows]

    def mark_done(self, batch_ids: Sequence[str]) -> None:
        now = datetime.now(timezone.utc).isoformat()
        with self._connect() as con:
            con.execute(
                "update batches set done_at = ? where batch_id in (select value from json_each(?))",
                (now, _json_list(batch_ids)),
            )


    def done_through(self) -> int:
        """The newest batch already written to the warehouse (0 if none)."""
        with self._connect() as con:
            row = con.execute("select coalesce(max(seq), 0) from batches where done_at is not null")
            return row.fetchone()[0]

    def mark_published(self, through_seq: int) -> None:
        """The published warehouse now reflects every batch up to through_seq."""
        now = datetime.now(timezone.utc).isoformat()
        with self._connect() as con:
            con.execute("insert or replace into publications values (1, ?, ?)", (through_seq, now))

    def is_up_to_date(self, published_file: Path) -> bool:
        """Nothing to do: no batch pending, the last publication includes every done batch, and
        the published file is there (a run with no changes answers from this alone)."""
        with self._connect() as con:
            pending = con.execute("select count(*) from batches where done_at is null").fetchone()[0]
            published = con.execute("select coalesce(max(through_seq), -1) from publications").fetchone()[0]
        return pending == 0 and published >= self.done_through() and published_file.exists()


def _use_wal(con: sqlite3.Connection, patience_s: float = 60.0) -> None:
    """Switch the file to WAL (persistent, so once per file). The switch needs an exclusive lock
    and SQLite answers "database is locked" at once, without the busy handler, while another
    process opens the same new file: try again until it goes through."""
    deadline = time.monotonic() + patience_s
    while con.execute("pragma journal_mode").fetchone()[0] != "wal":
        try:
            con.execute("pragma journal_mode=wal")
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _still_a_change(change: FileChange, known: dict[str, str]) -> bool:
    if change.state is None:
        return change.path in known
    return known.get(change.path) != change.state.sha256


def _json_list(values: Sequence[str]) -> str:
    """SQLite has no array parameters: pass lists as one JSON parameter, never pasted SQL."""
    return json.dumps(list(values))
