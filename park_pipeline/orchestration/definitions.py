"""The code location `dagster dev -w workspace.yaml` loads."""
import dagster as dg

from park_pipeline.orchestration.assets import ALL_ASSETS
from park_pipeline.orchestration.jobs import JOBS
from park_pipeline.orchestration.resources import ParkStorage
from park_pipeline.orchestration.schedules import daily_reconcile
from park_pipeline.orchestration.sensors import aggregates_automation, seeds_sensor

defs = dg.Definitions(
    assets=ALL_ASSETS,
    jobs=JOBS,
    sensors=[seeds_sensor, aggregates_automation],
    schedules=[daily_reconcile],
    resources={"storage": ParkStorage()},  # paths resolved when a run starts (config.py)
    # Warehouse steps serialize on the warehouse lock anyway: a subprocess per step would only
    # add a Python start and a full import to each, tens of seconds per daemon run.
    executor=dg.in_process_executor,
)
