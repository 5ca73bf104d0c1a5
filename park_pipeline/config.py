"""Where things live, from the environment (see the contract's configuration table).

The defaults (`seeds/`, `warehouse/parks.duckdb`, `.dagster_home/`) belong to the project, so
they resolve against the project root: the folder holding `workspace.yaml`, found from the working
directory upward. A command typed in `docs/` then reads the same seeds and writes the same
warehouse as one typed at the top. A relative value the user sets in `PARK_*` or `DAGSTER_HOME`
keeps meaning relative to where it was typed, as every shell path does.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_MARKER = "workspace.yaml"
APP_HOST = "127.0.0.1"  # the web app serves this machine only
PROFILES = ("embedded", "cluster")


@dataclass(frozen=True)
class Settings:
    seeds_dir: Path
    warehouse: Path
    dagster_home: Path
    app_port: int
    profile: str = "embedded"  # PARK_PROFILE

    @property
    def app_url(self) -> str:
        return f"http://{APP_HOST}:{self.app_port}/"


@dataclass(frozen=True)
class LakeSettings:
    """Where the cluster profile's DuckLake lives: its catalog (a libpq connection string) and its
    Parquet data files (a folder every worker reaches), and where DuckDB keeps its extensions."""
    catalog: str
    data_path: Path
    extension_dir: Path


def project_root(start: Path | None = None) -> Path:
    """The nearest folder at or above `start` (default: the working directory) holding
    workspace.yaml; the working directory itself when there is none (an installed package)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / PROJECT_MARKER).is_file():
            return folder
    return here


def load_settings() -> Settings:
    """Settings from PARK_SEEDS_DIR, PARK_WAREHOUSE, DAGSTER_HOME and PARK_APP_PORT, with the
    contract's defaults."""
    root = project_root()

    def setting(variable: str, default: str) -> Path:
        value = os.environ.get(variable)
        return Path(value).resolve() if value else (root / default).resolve()

    profile = os.environ.get("PARK_PROFILE") or "embedded"
    if profile not in PROFILES:
        raise ValueError(f"PARK_PROFILE must be one of {', '.join(PROFILES)}, not {profile!r}")
    return Settings(
        seeds_dir=setting("PARK_SEEDS_DIR", "seeds"),
        warehouse=setting("PARK_WAREHOUSE", "warehouse/parks.duckdb"),
        dagster_home=setting("DAGSTER_HOME", ".dagster_home"),
        app_port=_port(os.environ.get("PARK_APP_PORT", "8050")),
        profile=profile,
    )


def lake_settings(warehouse: Path) -> LakeSettings:
    """PARK_LAKE_CATALOG (required), PARK_LAKE_DATA (default: `.<name>.lake/` beside the
    warehouse) and PARK_CACHE_DIR (default ~/.cache/park_pipeline) for the cluster profile."""
    catalog = os.environ.get("PARK_LAKE_CATALOG")
    if not catalog:
        raise ValueError("PARK_PROFILE=cluster needs PARK_LAKE_CATALOG, e.g. 'host=db dbname=park_lake user=park'")
    data = os.environ.get("PARK_LAKE_DATA")
    cache = os.environ.get("PARK_CACHE_DIR")
    return LakeSettings(
        catalog=catalog,
        data_path=Path(data).resolve() if data else warehouse.with_name(f".{warehouse.stem}.lake"),
        extension_dir=(Path(cache) if cache else Path.home() / ".cache" / "park_pipeline") / "duckdb_extensions",
    )


def _port(value: str) -> int:
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise ValueError(f"PARK_APP_PORT={value!r} is not a port number (1-65535)")
    return int(value)
