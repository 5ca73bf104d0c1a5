"""The persistent Dagster instance the CLI and `make ui` share, so the UI shows CLI runs too."""
from __future__ import annotations

import os
import shutil
from importlib import resources
from pathlib import Path

import dagster as dg

from park_pipeline.config import load_settings


def prepare_dagster_home() -> Path:
    """Set DAGSTER_HOME (default: .dagster_home in the project) and ship the instance settings."""
    home = load_settings().dagster_home
    home.mkdir(parents=True, exist_ok=True)
    os.environ["DAGSTER_HOME"] = str(home)
    # A run over many batches (pending batches, `run --reprocess`: a partition range) plans one
    # event per asset, not one per asset and batch: 7 events instead of 700 for a hundred batches.
    # The cost, per Dagster: a failed run does not mark each partition failed; the ingest ledger
    # keeps those batches pending and the next run redoes them.
    os.environ.setdefault("DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS", "true")
    settings = home / "dagster.yaml"
    if not settings.exists():
        with resources.as_file(resources.files("park_pipeline.orchestration") / "dagster.yaml") as src:
            shutil.copyfile(src, settings)
    return home


def persistent_instance() -> dg.DagsterInstance:
    prepare_dagster_home()
    return dg.DagsterInstance.get()
