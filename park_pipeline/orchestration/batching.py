"""From the seeds folder to run requests: the logic the sensor, the schedule and the CLI share."""
from __future__ import annotations

import dagster as dg

from park_pipeline.ingest.scan import guard_deletions, scan_seeds
from park_pipeline.orchestration.assets.common import ingest_batches
from park_pipeline.orchestration.resources import ParkStorage
from park_pipeline.storage.ledger import ScanResult


def record_seed_changes(
    storage: ParkStorage,
    settle_seconds: float = 0.0,
    scan: ScanResult | None = None,
    allow_mass_delete: bool = False,
) -> str | None:
    """Record whatever changed in the seeds folder (or `scan`, a scan taken already) as a new
    batch; returns its id or None.

    Raises SeedsFolderMissing for a folder that is not there, and MassDeletion (recording
    nothing) when most known files would go and `allow_mass_delete` is not set.
    """
    ledger = storage.ledger()
    known = ledger.known_files()
    scan = scan or scan_seeds(storage.seeds, known, settle_seconds)
    guard_deletions(scan, len(known), storage.seeds, allow=allow_mass_delete)
    return ledger.record(scan)


def register_partitions(instance: dg.DagsterInstance, batch_ids: list[str]) -> list[str]:
    """The batches Dagster does not know yet as partitions."""
    return [b for b in batch_ids if not instance.has_dynamic_partition(ingest_batches.name, b)]


def pending_batch_requests(
    instance: dg.DagsterInstance, storage: ParkStorage, run_key_suffix: str = ""
) -> tuple[list[dg.RunRequest], list[dg.AddDynamicPartitionsRequest]]:
    """One run per pending batch, and the partitions to add for them."""
    pending = storage.ledger().pending_batches()
    missing = register_partitions(instance, pending)
    requests = [dg.RunRequest(run_key=f"{b}{run_key_suffix}", partition_key=b) for b in pending]
    additions = [ingest_batches.build_add_request(missing)] if missing else []
    return requests, additions
