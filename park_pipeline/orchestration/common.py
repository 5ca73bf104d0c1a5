"""What every asset module shares: partitioning, automation, metadata."""
import dagster as dg
import polars as pl

from park_pipeline.orchestration.partitions import ingest_batches

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
