"""Automation that runs by itself in `dagster dev`: the seeds sensor and the aggregates sensor."""

import dagster as dg

from park_pipeline.errors import UserError
from park_pipeline.orchestration.assets import AGGREGATE_ASSETS
from park_pipeline.orchestration.batching import pending_batch_requests, record_seed_changes
from park_pipeline.orchestration.profile import batch_runs_job
from park_pipeline.orchestration.resources import ParkStorage

SETTLE_SECONDS = 5.0  # a file modified more recently is probably still being written

@dg.sensor(job=batch_runs_job(), minimum_interval_seconds=10,
           default_status=dg.DefaultSensorStatus.RUNNING)
def seeds_sensor(context: dg.SensorEvaluationContext, storage: ParkStorage) -> dg.SensorResult:
    """One run per tick however many files arrived; state lives in the ingest ledger.

    Runs are keyed by batch id, so a batch already requested is never requested twice. A
    missing seeds folder or a mass deletion records nothing and says why in the skip reason
    (batches recorded before still run).
    """
    refused = None
    try:
        batch_id = record_seed_changes(storage, SETTLE_SECONDS)
    except UserError as error:
        refused, batch_id = str(error), None
        context.log.warning(refused)
    if batch_id:
        context.log.info(f"recorded batch {batch_id}")
    requests, additions = pending_batch_requests(context.instance, storage)
    return dg.SensorResult(run_requests=requests, dynamic_partitions_requests=additions,
                           skip_reason=None if requests else refused)


# Refreshes the aggregates after batch runs started elsewhere (a partition re-run from the UI).
aggregates_automation = dg.AutomationConditionSensorDefinition(
    "aggregates_automation",
    target=dg.AssetSelection.assets(*AGGREGATE_ASSETS),
    default_status=dg.DefaultSensorStatus.RUNNING,
    minimum_interval_seconds=15,
)
