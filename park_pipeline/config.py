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


@dataclass(frozen=True)
class Settings:
    seeds_dir: Path
    warehouse: Path
    dagster_home: Path
    app_port: int

    @property
    def app_url(self) -> str:
        return f"http://{APP_HOST}:{self.app_port}/"


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

    return Settings(
        seeds_dir=setting("PARK_SEEDS_DIR", "seeds"),
        warehouse=setting("PARK_WAREHOUSE", "warehouse/parks.duckdb"),
        dagster_home=setting("DAGSTER_HOME", ".dagster_home"),
        app_port=_port(os.environ.get("PARK_APP_PORT", "8050")),
    )


def _port(value: str) -> int:
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise ValueError(f"PARK_APP_PORT={value!r} is not a port number (1-65535)")
    return int(value)
