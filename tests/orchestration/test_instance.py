"""The CLI's instance: Dagster's own SQLite files, written through connections it holds open."""
import contextlib
import gc

import dagster as dg
import pytest
from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage

from park_pipeline.cli import _kept_until_exit
from park_pipeline.orchestration.instance import HeldSqliteEventLogStorage, persistent_instance


@dg.asset
def counted() -> dg.MaterializeResult:
    return dg.MaterializeResult(metadata={"dagster/row_count": 3})


def test_cli_runs_read_back_by_dagsters_own_storage(tmp_path, monkeypatch):
    home = tmp_path / "dagster_home"
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    with persistent_instance() as cli:
        assert isinstance(cli.event_log_storage, HeldSqliteEventLogStorage)
        runs = [dg.materialize([counted], instance=cli).run_id for _ in range(2)]
        logged = [len(cli.all_logs(run_id)) for run_id in runs]
    assert not list(home.rglob("*.db-wal"))  # closing folded every log into its database file
    with dg.DagsterInstance.get() as ui:  # what the webserver and the daemon open
        assert type(ui.event_log_storage) is SqliteEventLogStorage
        assert all(ui.get_run_by_id(run_id).is_success for run_id in runs)
        assert ui.get_latest_materialization_event(counted.key).run_id == runs[-1]
        assert [len(ui.all_logs(run_id)) for run_id in runs] == logged


@pytest.mark.parametrize("fails", [False, True])
def test_what_a_cli_run_keeps_is_frozen_and_collection_comes_back_on(fails):
    """The CLI builds Dagster with the collector off, then freezes what it built, whatever happens."""
    frozen = gc.get_freeze_count()
    with contextlib.suppress(RuntimeError), _kept_until_exit():
        assert not gc.isenabled()
        kept = [[n] for n in range(1000)]  # lists: objects the collector tracks
        if fails:
            raise RuntimeError("an import failed")
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(kept)
