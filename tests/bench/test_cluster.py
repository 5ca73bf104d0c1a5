"""What the cluster check's settings and figures rest on, checked without starting servers."""
from pathlib import Path

import yaml
from dagster._core.instance.config import dagster_instance_config

from park_pipeline.bench.cluster import ONE_CORE, _CpuUse
from park_pipeline.config import project_root

DEPLOY = project_root(Path(__file__).parent) / "deploy"


def test_the_shipped_instance_settings_are_valid(monkeypatch):
    for variable in ("PARK_PG_HOST", "PARK_PG_PORT", "PARK_PG_USER", "PARK_PG_PASSWORD", "PARK_PG_DB"):
        monkeypatch.setenv(variable, "1")
    settings, _ = dagster_instance_config(str(DEPLOY))
    assert settings["concurrency"]["runs"]["max_concurrent_runs"] == 4
    assert settings["run_queue"]["dequeue_use_threads"] is True


def test_compose_sizes_workers_as_the_check_does():
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    assert ONE_CORE.items() <= compose["x-park"]["environment"].items()


def test_cpu_use_splits_the_cores_between_workers_the_cluster_and_other_jobs():
    start = _CpuUse(at=0.0, workers={"worker-a": 5.0}, cluster=10.0, machine=50.0)
    end = _CpuUse(at=10.0, workers={"worker-a": 13.0, "worker-b": 9.0}, cluster=30.0, machine=80.0)
    assert start.between(end) == {"workers_cpu_s": {"worker-a": 8.0, "worker-b": 9.0}, "workers_cores": 1.7,
                                  "rest_of_cluster_cores": 0.3, "other_jobs_cores": 1.0}
