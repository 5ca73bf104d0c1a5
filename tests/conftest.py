"""Shared fixtures: a real seeds folder, warehouse and Dagster instance in a temp directory."""
import os
import shutil
import time
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from park_pipeline.orchestration.instance import prepare_dagster_home
from park_pipeline.orchestration.resources import ParkStorage

REPO_SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def age(path: Path, seconds: float = 60) -> None:
    """Backdate a file so the sensor's settle window does not hold it back."""
    past = time.time() - seconds
    os.utime(path, (past, past))


@pytest.fixture
def seeds_dir(tmp_path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(REPO_SEEDS, target)
    for path in target.iterdir():
        age(path)
    return target


@pytest.fixture
def storage(tmp_path, seeds_dir) -> ParkStorage:
    return ParkStorage(seeds_dir=str(seeds_dir), warehouse_path=str(tmp_path / "wh" / "parks.duckdb"))


@pytest.fixture
def instance(tmp_path, monkeypatch):
    """A real on-disk instance configured with the dagster.yaml the project ships."""
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    prepare_dagster_home()
    with dg.DagsterInstance.get() as real_instance:
        yield real_instance


def query(storage: ParkStorage, sql: str, params=None) -> list[tuple]:
    """Read the published warehouse the way an analyst does: read-only."""
    with duckdb.connect(storage.warehouse_path, read_only=True) as con:
        return con.execute(sql, params or []).fetchall()
