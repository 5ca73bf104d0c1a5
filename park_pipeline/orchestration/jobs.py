"""Named jobs: every run, whether the sensor, the schedule, the CLI or the UI started it, shows
under one of these names in the UI."""
import dagster as dg

from park_pipeline.orchestration.assets import AGGREGATE_ASSETS, PER_BATCH_ASSETS

# A batch and the aggregates in one run, as `park-pipeline run` does: one run's fixed cost instead
# of two, and a dropped file is published without waiting for an automation tick.
ingest_batch_job = dg.define_asset_job(
    "ingest_batch_job", selection=dg.AssetSelection.assets(*PER_BATCH_ASSETS, *AGGREGATE_ASSETS),
    description="Read, clean and extract a batch of changed files, then refresh the aggregates and publish.",
)
# One batch alone (a re-run from the UI), and the aggregates alone (after such re-runs).
batch_job = dg.define_asset_job(
    "batch_job", selection=dg.AssetSelection.assets(*PER_BATCH_ASSETS),
    description="Read, clean and extract one batch again; its rows are replaced.",
)
aggregates_job = dg.define_asset_job(
    "aggregates_job", selection=dg.AssetSelection.assets(*AGGREGATE_ASSETS),
    description="Refresh the whole-warehouse assets and publish the warehouse.",
)
JOBS = [ingest_batch_job, batch_job, aggregates_job]

# The cluster profile's rounds (profile.py): every batch of a round read before any is cleaned, as
# one embedded run does, so that cross-page repetition counts the same pages whatever the order in
# which the workers take the batches; then the text work of each batch, runs in parallel.
read_batch_job = dg.define_asset_job(
    "read_batch_job", selection=dg.AssetSelection.assets(PER_BATCH_ASSETS[0]),
    description="Read one batch's files (a round reads all its batches before cleaning any).",
)
text_batch_job = dg.define_asset_job(
    "text_batch_job", selection=dg.AssetSelection.assets(*PER_BATCH_ASSETS[1:]),
    description="Clean and extract one batch that was read.",
)
CLUSTER_JOBS = [read_batch_job, text_batch_job]
