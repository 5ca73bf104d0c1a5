"""The cluster profile's Dagster storage: PostgreSQL, on one pooled engine per process.

dagster-postgres opens a new connection for every query outside the webserver (NullPool), so an
instance does not hold connections open. In a run of this pipeline that is about 90 connections
a step, each a PostgreSQL backend forked and a SCRAM exchange: on a 2-core check host the
backends alone took 6-9 CPU seconds of every clean-and-extract wave, beside ~27 of text work.
Here every storage of every instance in a process shares one engine with a small pool. That
matters most on Celery workers, which build a new instance for every step: the step's instance
borrows the worker's connections instead of opening and dropping its own.
"""
from __future__ import annotations

import os
from functools import lru_cache

import sqlalchemy as db
from dagster._serdes import ConfigurableClassData
from dagster_postgres import DagsterPostgresStorage
from dagster_postgres.utils import pg_url_from_config

# One connection stays open per process; threads (the daemon's, the webserver's) that need more at
# once open them beside it and close them when done.
POOL_SIZE, MAX_OVERFLOW, RECYCLE_S = 1, 10, 3600


class PooledPostgresStorage(DagsterPostgresStorage):
    """Dagster's PostgreSQL storage (runs, event log, schedules) with its engines replaced by the
    process's pooled one, as dagster-postgres itself does for the webserver."""

    def __init__(self, postgres_url: str, should_autocreate_tables: bool = True,
                 inst_data: ConfigurableClassData | None = None):
        super().__init__(postgres_url, should_autocreate_tables, inst_data)
        engine = _pooled_engine(postgres_url, os.getpid())
        for storage in (self._run_storage, self._event_log_storage, self._schedule_storage):
            storage._engine = engine

    @classmethod
    def from_config_value(cls, inst_data: ConfigurableClassData | None, config_value) -> PooledPostgresStorage:
        return cls(pg_url_from_config(config_value), config_value.get("should_autocreate_tables", True), inst_data)


@lru_cache(maxsize=None)
def _pooled_engine(postgres_url: str, pid: int) -> db.engine.Engine:
    """One engine per process (keyed by pid: a forked child must not share its parent's sockets)."""
    return db.create_engine(postgres_url, isolation_level="AUTOCOMMIT", pool_size=POOL_SIZE,
                            max_overflow=MAX_OVERFLOW, pool_recycle=RECYCLE_S, pool_pre_ping=True)
