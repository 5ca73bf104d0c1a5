"""What every asset module shares: partitioning, automation, metadata."""
import warnings
from datetime import datetime, timezone

import dagster as dg
import polars as pl

from park_pipeline.orchestration.partitions import ingest_batches

# Single-run backfills are what a run over many batches needs (one run, one partition range); the
# policy is a deliberate choice, so its beta notice is not printed on every command and in every log.
warnings.filterwarnings("ignore", category=dg.BetaWarning, message="Parameter `backfill_policy`")

PER_BATCH = dict(
    partitions_def=ingest_batches,
    backfill_policy=dg.BackfillPolicy.single_run(),
)

REFRESH_AFTER_BATCHES = dg.AutomationCondition.eager().without(
    ~dg.AutomationCondition.any_deps_missing()  # a failed batch must not freeze the aggregates
)

AGGREGATE = dict(group_name="aggregate", automation_condition=REFRESH_AFTER_BATCHES)


def row_count(n_rows: int, **extra) -> dict:
    return {"dagster/row_count": n_rows, **extra}  # the standard row-count key the UI charts


def markdown_table(rows: pl.DataFrame) -> dg.MetadataValue:
    header = "| " + " | ".join(rows.columns) + " |\n|" + "---|" * len(rows.columns)
    body = ["| " + " | ".join("" if v is None else str(v) for v in row) + " |" for row in rows.iter_rows()]
    return dg.MetadataValue.md("\n".join([header, *body]))


def detected_now(failures: pl.DataFrame) -> pl.DataFrame:
    """Quarantine rows stamped with the time they were found (naive UTC, as the read stage's)."""
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    return failures.with_columns(detected_at=pl.lit(now, dtype=pl.Datetime("us")))
