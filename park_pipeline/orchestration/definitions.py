"""The code location `dagster dev -w workspace.yaml` loads."""
import dagster as dg

from park_pipeline.orchestration.assets import ALL_ASSETS
from park_pipeline.orchestration.profile import executor, jobs
from park_pipeline.orchestration.resources import ParkStorage
from park_pipeline.orchestration.schedules import daily_reconcile
from park_pipeline.orchestration.sensors import aggregates_automation, seeds_sensor

defs = dg.Definitions(
    assets=ALL_ASSETS,
    jobs=jobs(),
    sensors=[seeds_sensor, aggregates_automation],
    schedules=[daily_reconcile],
    resources={"storage": ParkStorage()},  # paths resolved when a run starts (config.py)
    executor=executor(),  # in-process, or Celery with PARK_PROFILE=cluster (profile.py)
)
