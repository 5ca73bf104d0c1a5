"""What PARK_PROFILE chooses in the code location: the executor and the job batch runs use.

embedded: every step in the run's process, and a batch's run refreshes the aggregates too.
cluster: every step a Celery task (any worker host), and batch runs leave the aggregates to one
run per round (the automation sensor, or whoever drives the round), not one per worker.
"""
from importlib import resources

import dagster as dg
import yaml

from park_pipeline.config import load_settings
from park_pipeline.orchestration.jobs import CLUSTER_JOBS, JOBS, batch_job, ingest_batch_job

CELERY_CONFIG = "celery.yaml"  # shipped beside this module; the workers start from it too


def is_cluster() -> bool:
    return load_settings().profile == "cluster"


def executor() -> dg.ExecutorDefinition:
    if not is_cluster():
        # Warehouse steps serialize on the warehouse lock anyway: a subprocess per step would only
        # add a Python start and a full import to each, tens of seconds per daemon run.
        return dg.in_process_executor
    from dagster_celery import celery_executor  # installed with the cluster extra only

    config = yaml.safe_load((resources.files("park_pipeline.orchestration") / CELERY_CONFIG).read_text())
    return celery_executor.configured(config["execution"]["config"], name="celery_executor")


def jobs() -> list:
    """The named jobs of the code location: the cluster profile adds the two halves of a batch."""
    return [*JOBS, *CLUSTER_JOBS] if is_cluster() else JOBS


def batch_runs_job():
    """The job one run per pending batch targets (seeds sensor, daily schedule)."""
    return batch_job if is_cluster() else ingest_batch_job
