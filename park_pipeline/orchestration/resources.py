"""The one resource the assets need: where the seeds are and where the warehouse lives.

Left unset (as the code location builds it), each path is read from the environment when a run
starts (config.py: PARK_SEEDS_DIR, PARK_WAREHOUSE, defaults relative to the project root), not
when the code is imported; tests and the evaluation set them explicitly.
"""
from __future__ import annotations

from pathlib import Path

import dagster as dg

from park_pipeline.config import load_settings
from park_pipeline.storage.ledger import IngestLedger
from park_pipeline.storage.lake import open_warehouse
from park_pipeline.storage.warehouse import Warehouse


class ParkStorage(dg.ConfigurableResource):
    """Seeds folder, warehouse (of the profile) and ingest ledger."""

    seeds_dir: str | None = None
    warehouse_path: str | None = None

    @property
    def seeds(self) -> Path:
        return Path(self.seeds_dir) if self.seeds_dir else load_settings().seeds_dir

    def warehouse(self) -> Warehouse:
        """The embedded DuckDB file, or the DuckLake with PARK_PROFILE=cluster."""
        return open_warehouse(Path(self.warehouse_path) if self.warehouse_path else load_settings().warehouse)

    def ledger(self) -> IngestLedger:
        return IngestLedger(self.warehouse().ledger_path)
