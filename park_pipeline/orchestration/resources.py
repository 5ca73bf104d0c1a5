"""The one resource the assets need: where the seeds are and where the warehouse lives."""
from __future__ import annotations

from pathlib import Path

import dagster as dg

from park_pipeline.config import load_settings
from park_pipeline.storage.ledger import IngestLedger
from park_pipeline.storage.warehouse import Warehouse


class ParkStorage(dg.ConfigurableResource):
    """Seeds folder, DuckDB warehouse and ingest ledger, from the contract's env variables."""

    seeds_dir: str
    warehouse_path: str

    @classmethod
    def from_env(cls) -> "ParkStorage":
        settings = load_settings()
        return cls(seeds_dir=str(settings.seeds_dir), warehouse_path=str(settings.warehouse))

    @property
    def seeds(self) -> Path:
        return Path(self.seeds_dir)

    def warehouse(self) -> Warehouse:
        return Warehouse(Path(self.warehouse_path))

    def ledger(self) -> IngestLedger:
        return IngestLedger(self.warehouse().ledger_path)
