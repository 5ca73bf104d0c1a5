"""Where things live, from the environment (see the contract's configuration table).

Paths are resolved once, against the working directory, so that the CLI, the Dagster code
location and the tests all agree on one seeds folder and one warehouse.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    seeds_dir: Path
    warehouse: Path
    dagster_home: Path


def load_settings() -> Settings:
    """Settings from PARK_SEEDS_DIR, PARK_WAREHOUSE and DAGSTER_HOME, with the contract's defaults."""
    return Settings(
        seeds_dir=Path(os.environ.get("PARK_SEEDS_DIR", "seeds")).resolve(),
        warehouse=Path(os.environ.get("PARK_WAREHOUSE", "warehouse/parks.duckdb")).resolve(),
        dagster_home=Path(os.environ.get("DAGSTER_HOME", ".dagster_home")).resolve(),
    )
