"""The code location `dagster dev -w workspace.yaml` loads."""
import dagster as dg

from park_pipeline.orchestration.graph import ALL_ASSETS
from park_pipeline.orchestration.resources import ParkStorage
from park_pipeline.orchestration.schedules import daily_reconcile
from park_pipeline.orchestration.sensors import aggregates_automation, ingest_batch_job, seeds_sensor

defs = dg.Definitions(
    assets=ALL_ASSETS,
    jobs=[ingest_batch_job],
    sensors=[seeds_sensor, aggregates_automation],
    schedules=[daily_reconcile],
    resources={"storage": ParkStorage.from_env()},
    # Warehouse steps serialize on the warehouse lock anyway: a subprocess per step would only
    # add a Python start and a full import to each, tens of seconds per daemon run.
    executor=dg.in_process_executor,
)
