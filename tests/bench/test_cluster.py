"""What the cluster check's settings and figures rest on, checked without starting servers."""
from pathlib import Path

import pytest
import yaml
from dagster._config import process_config
from dagster._core.instance.config import dagster_instance_config
from dagster._core.instance.ref import InstanceRef

from park_pipeline.bench.cluster import ONE_CORE, _CpuUse, _steps_span
from park_pipeline.config import project_root

DEPLOY = project_root(Path(__file__).parent) / "deploy"


def test_the_shipped_instance_settings_are_valid(monkeypatch):
    for variable in ("PARK_PG_HOST", "PARK_PG_PORT", "PARK_PG_USER", "PARK_PG_PASSWORD", "PARK_PG_DB"):
        monkeypatch.setenv(variable, "1")
    settings, _ = dagster_instance_config(str(DEPLOY))
    assert settings["concurrency"]["runs"]["max_concurrent_runs"] == 4
    assert settings["run_queue"]["dequeue_use_threads"] is True


def test_the_shipped_instance_stores_runs_and_events_on_the_pooled_postgres_storage(monkeypatch):
    pytest.importorskip("dagster_postgres", reason="the cluster extra (make cluster-check installs it)")
    from dagster_postgres.utils import pg_url_from_config

    from park_pipeline.orchestration.postgres import PooledPostgresStorage

    for variable in ("PARK_PG_HOST", "PARK_PG_USER", "PARK_PG_PASSWORD", "PARK_PG_DB"):
        monkeypatch.setenv(variable, "park")
    monkeypatch.setenv("PARK_PG_PORT", "55432")
    storage = InstanceRef.from_dir(str(DEPLOY)).storage_data
    assert (storage.module_name, storage.class_name) == (PooledPostgresStorage.__module__, "PooledPostgresStorage")
    config = process_config(PooledPostgresStorage.config_type(), yaml.safe_load(storage.config_yaml))
    assert config.success, config.errors
    assert pg_url_from_config(config.value).startswith("postgresql+psycopg2://park:park@park:55432/park")


def test_compose_sizes_workers_as_the_check_does():
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    assert ONE_CORE.items() <= compose["x-park"]["environment"].items()


def test_cpu_use_splits_the_cores_between_workers_servers_the_check_and_other_jobs():
    start = _CpuUse(at=0.0, workers={"worker-a": 5.0}, servers={"daemon": 1.0, "postgres": 2.0}, cluster=10.0,
                    machine=50.0)
    end = _CpuUse(at=10.0, workers={"worker-a": 13.0, "worker-b": 9.0}, servers={"daemon": 1.5, "postgres": 3.5},
                  cluster=30.0, machine=80.0)
    assert start.between(end) == {"workers_cpu_s": {"worker-a": 8.0, "worker-b": 9.0}, "workers_cores": 1.7,
                                  "rest_of_cluster_cores": 0.3,
                                  "rest_of_cluster_cpu_s": {"daemon": 0.5, "postgres": 1.5, "this check": 1.0},
                                  "other_jobs_cores": 1.0}


def _celery_line(stamp: str, task: str, what: str) -> str:
    return f"[2026-12-06 {stamp}: INFO/MainProcess] Task execute_plan[{task}] {what}\n"


def test_steps_span_runs_from_the_first_step_taken_to_the_last_done_past_each_log_offset(tmp_path):
    earlier = _celery_line("10:00:00,000", "t0", "received") + _celery_line("10:00:01,000", "t0", "succeeded in 1.0s: []")
    worker_a, worker_b = tmp_path / "worker-a.log", tmp_path / "worker-b.log"
    worker_a.write_text(earlier + _celery_line("10:01:00,250", "t1", "received")
                        + "[2026-12-06 10:01:00,300: INFO/MainProcess] a line of another kind\n"
                        + _celery_line("10:01:03,000", "t1", "succeeded in 2.75s: ['...']"))
    worker_b.write_text(_celery_line("10:01:01,000", "t2", "received")
                        + _celery_line("10:01:04,750", "t2", "succeeded in 3.75s: ['...']"))
    offsets = {worker_a: len(earlier.encode()), worker_b: 0}
    assert _steps_span(offsets) == 4.5
    assert _steps_span({worker_a: worker_a.stat().st_size, worker_b: worker_b.stat().st_size}) == 0.0
