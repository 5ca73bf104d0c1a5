"""One warehouse built from the repo's seeds by the real pipeline, shared by the app's tests
(they only read it, as the app does)."""
import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from park_pipeline.orchestration.resources import ParkStorage
from park_pipeline.orchestration.runner import run_pipeline
from tests.conftest import REPO_SEEDS


@pytest.fixture(scope="session")
def app_warehouse(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("app")
    shutil.copytree(REPO_SEEDS, root / "seeds")
    storage = ParkStorage(seeds_dir=str(root / "seeds"), warehouse_path=str(root / "wh" / "parks.duckdb"))
    run_pipeline(storage, dg.DagsterInstance.ephemeral())
    return Path(storage.warehouse_path)


@pytest.fixture
def published(app_warehouse, monkeypatch):
    """The app reads PARK_WAREHOUSE; returns a function running SQL on it read-only."""
    monkeypatch.setenv("PARK_WAREHOUSE", str(app_warehouse))

    def sql(statement: str, params=None) -> list[tuple]:
        with duckdb.connect(str(app_warehouse), read_only=True) as con:
            return con.execute(statement, params or []).fetchall()
    return sql


@pytest.fixture
def busiest_filter(published) -> tuple[str, str, int]:
    """(province, industry, projects): the pair naming the most companies, then projects."""
    return published(
        "SELECT p.province, r.industry, count(*) FROM park.project_registry r JOIN park.parks p USING (park_id) "
        "GROUP BY ALL ORDER BY count(DISTINCT r.company_id) DESC, count(*) DESC, 1, 2 LIMIT 1")[0]
