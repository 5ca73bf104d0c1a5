"""`park-pipeline run`: scan, record a batch, materialize it and the aggregates in-process.

Runs go through the persistent instance, so the UI shows them like daemon-launched runs.
Pending batches (recorded but never written, e.g. after a killed run) are processed too.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import dagster as dg

from park_pipeline.orchestration.assets import ALL_ASSETS
from park_pipeline.orchestration.assets.common import ingest_batches
from park_pipeline.orchestration.batching import record_seed_changes, register_partitions
from park_pipeline.orchestration.jobs import JOBS, aggregates_job, batch_job, ingest_batch_job
from park_pipeline.orchestration.resources import ParkStorage
from park_pipeline.storage.ledger import ScanResult

_LAUNCHED_BY = "park_pipeline/launched_by"
_QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
# The run tags a single-run backfill carries (Dagster's documented tags, no public constant): the
# run materializes the per-batch assets for every partition from START to END.
_RANGE_START, _RANGE_END = "dagster/asset_partition_range_start", "dagster/asset_partition_range_end"


@dataclass
class RunReport:
    new_batch: str | None
    processed_batches: list[str] = field(default_factory=list)
    refreshed_aggregates: bool = False


def run_pipeline(
    storage: ParkStorage,
    instance: dg.DagsterInstance,
    on_step: Callable[[str], None] = lambda message: None,
    reprocess: bool = False,
    scan: ScanResult | None = None,
    allow_mass_delete: bool = False,
) -> RunReport:
    """Everything pending and the aggregates, in one run (Dagster's fixed cost is paid once).

    `reprocess` re-runs every batch ever recorded, as one partition range: what an upgrade of the
    cleaning or extraction rules needs. `scan` is a scan of the seeds folder the caller took
    already (else one is taken here). A scan that would delete most known files raises
    MassDeletion unless `allow_mass_delete`.
    """
    with storage.warehouse().run_lock():
        _fail_orphaned_cli_runs(instance)
        report = RunReport(record_seed_changes(storage, scan=scan, allow_mass_delete=allow_mass_delete))
        ledger = storage.ledger()
        pending = ledger.all_batches() if reprocess else ledger.pending_batches()
        if not pending and ledger.is_up_to_date(storage.warehouse().public_path):
            return report
        missing = register_partitions(instance, pending)
        if missing:
            instance.add_dynamic_partitions(ingest_batches.name, missing)
        on_step(f"{len(pending)} batch(es) and the aggregates" if pending else "the aggregates")
        if pending:
            _execute(storage, instance, ingest_batch_job.name, pending[0], pending[-1])
        else:
            refresh_aggregates(storage, instance)
        report.processed_batches = pending
        report.refreshed_aggregates = True
        return report


def materialize_batch(storage: ParkStorage, instance: dg.DagsterInstance, batch_id: str) -> None:
    """Write one batch's rows (idempotent: re-running a batch replaces the same rows)."""
    _execute(storage, instance, batch_job.name, batch_id, batch_id)


def refresh_aggregates(storage: ParkStorage, instance: dg.DagsterInstance) -> None:
    """Recompute the whole-warehouse assets and publish the warehouse."""
    _execute(storage, instance, aggregates_job.name)


def _fail_orphaned_cli_runs(instance: dg.DagsterInstance) -> None:
    """Mark CLI runs still 'started' as failed: holding the run lock, we know their process died."""
    orphans = instance.get_runs(filters=dg.RunsFilter(
        statuses=[dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.STARTING],
        tags={_LAUNCHED_BY: "cli"},
    ))
    for run in orphans:
        instance.report_run_failed(run, "the process running it was killed; the next run redid its work")


def _execute(storage: ParkStorage, instance: dg.DagsterInstance, job_name: str,
             first_batch: str | None = None, last_batch: str | None = None) -> None:
    """One in-process run of a named job (it shows under that name in the UI); a range of batches
    runs as one partition range (single-run backfill). Every step of the run shares one warehouse
    connection (Warehouse.session)."""
    tags = {_LAUNCHED_BY: "cli"}
    if first_batch:
        tags |= {_RANGE_START: first_batch, _RANGE_END: last_batch}
    job = dg.Definitions(assets=ALL_ASSETS, jobs=JOBS, resources={"storage": storage}).resolve_job_def(job_name)
    with storage.warehouse().session():
        job.execute_in_process(instance=instance, run_config=_QUIET, tags=tags)
