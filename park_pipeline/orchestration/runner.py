"""`park-pipeline run`: scan, record a batch, materialize it and the aggregates in-process.

Runs go through the persistent instance, so the UI shows them like daemon-launched runs.
Pending batches (recorded but never written, e.g. after a killed run) are processed too.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import dagster as dg

from park_pipeline.orchestration.graph import AGGREGATE_KEYS, ALL_ASSETS, PER_BATCH_KEYS
from park_pipeline.orchestration.batching import record_seed_changes, register_partitions
from park_pipeline.orchestration.checks import ALL_CHECKS
from park_pipeline.orchestration.partitions import ingest_batches
from park_pipeline.orchestration.resources import ParkStorage

_QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


@dataclass
class RunReport:
    new_batch: str | None
    processed_batches: list[str] = field(default_factory=list)
    refreshed_aggregates: bool = False


def run_pipeline(
    storage: ParkStorage,
    instance: dg.DagsterInstance,
    on_step: Callable[[str], None] = lambda message: None,
) -> RunReport:
    with storage.warehouse().run_lock():
        new_batch = record_seed_changes(storage)
        pending = storage.ledger().pending_batches()
        report = RunReport(new_batch)
        missing = register_partitions(instance, pending)
        if missing:
            instance.add_dynamic_partitions(ingest_batches.name, missing)
        for batch_id in pending:
            on_step(f"batch {batch_id}")
            materialize_batch(storage, instance, batch_id)
            report.processed_batches.append(batch_id)
        if pending or _aggregates_stale(storage, instance):
            on_step("aggregates")
            refresh_aggregates(storage, instance)
            report.refreshed_aggregates = True
        return report


def materialize_batch(storage: ParkStorage, instance: dg.DagsterInstance, batch_id: str) -> None:
    """Write one batch's rows (idempotent: re-running a batch replaces the same rows)."""
    _materialize(storage, instance, PER_BATCH_KEYS, partition_key=batch_id)


def refresh_aggregates(storage: ParkStorage, instance: dg.DagsterInstance) -> None:
    """Recompute the whole-warehouse assets and publish the warehouse."""
    _materialize(storage, instance, AGGREGATE_KEYS)


def _materialize(storage, instance, selection, partition_key=None) -> None:
    dg.materialize(
        [*ALL_ASSETS, *ALL_CHECKS],
        selection=selection,
        partition_key=partition_key,
        instance=instance,
        resources={"storage": storage},
        run_config=_QUIET,
        tags={"park_pipeline/launched_by": "cli"},
    )


def _aggregates_stale(storage: ParkStorage, instance: dg.DagsterInstance) -> bool:
    """True when the published warehouse is missing or older than the last batch write."""
    if not storage.warehouse().public_path.exists():
        return True
    summary = instance.get_latest_materialization_event(dg.AssetKey("park_summary"))
    batch = instance.get_latest_materialization_event(PER_BATCH_KEYS[-1])
    if summary is None:
        return True
    return batch is not None and batch.timestamp > summary.timestamp
