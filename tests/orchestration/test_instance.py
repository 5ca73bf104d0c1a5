"""The CLI's instance: Dagster's own SQLite files, written through connections it holds open."""
import dagster as dg
from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage

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
