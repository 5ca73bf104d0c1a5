"""The daily reconcile: catch changes the sensor missed, retry pending batches, refresh aggregates."""

import dagster as dg

from park_pipeline.errors import UserError
from park_pipeline.orchestration.assets import AGGREGATE_KEYS, ALL_ASSETS, PER_BATCH_KEYS
from park_pipeline.orchestration.batching import pending_batch_requests, record_seed_changes
from park_pipeline.orchestration.resources import ParkStorage


@dg.schedule(cron_schedule="0 3 * * *", target=dg.AssetSelection.assets(*ALL_ASSETS),
             default_status=dg.DefaultScheduleStatus.RUNNING)
def daily_reconcile(context: dg.ScheduleEvaluationContext, storage: ParkStorage):
    """Keys carry the day, so a batch whose run failed yesterday is retried today. A refused scan
    (missing folder, mass deletion) records nothing; pending batches and aggregates still run."""
    try:
        record_seed_changes(storage)
    except UserError as error:
        context.log.warning(str(error))
    day = context.scheduled_execution_time.strftime("%Y%m%d")
    requests, additions = pending_batch_requests(context.instance, storage, f"@{day}")
    for addition in additions:
        context.instance.add_dynamic_partitions(addition.partitions_def_name, addition.partition_keys)
    return [
        *[request.with_replaced_attrs(asset_selection=PER_BATCH_KEYS) for request in requests],
        dg.RunRequest(run_key=f"aggregates@{day}", asset_selection=AGGREGATE_KEYS),
    ]
