"""What every asset module shares: the batch partitions, automation, metadata, quarantine rows.

Ingest batches are dynamic partitions, one per batch of changed files, not per file: Dagster
writes events per partition per asset, and a daemon-launched run costs seconds, so a partition
per file would make 10,000 files take hours of bookkeeping.
"""
import warnings
from datetime import datetime, timezone

import dagster as dg
import polars as pl

from park_pipeline.orchestration.resources import ParkStorage
from park_pipeline.storage.schema import SCHEMA, TABLES

ingest_batches = dg.DynamicPartitionsDefinition(name="ingest_batches")

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


def warehouse_table(table: str) -> dict:
    """Asset arguments for an asset that writes park.<table>: its kinds, and its table name and
    columns as metadata, so the UI shows where the rows live and what they hold."""
    columns = [dg.TableColumn(name, kind) for name, kind in TABLES[table].items()]
    return dict(kinds={"duckdb", "polars"}, metadata={
        "dagster/table_name": f"{SCHEMA}.{table}", "dagster/column_schema": dg.TableSchema(columns)})


def row_count(n_rows: int, **extra) -> dict:
    return {"dagster/row_count": n_rows, **extra}  # the standard row-count key the UI charts


def markdown_table(rows: pl.DataFrame) -> dg.MetadataValue:
    header = "| " + " | ".join(rows.columns) + " |\n|" + "---|" * len(rows.columns)
    body = ["| " + " | ".join("" if v is None else str(v) for v in row) + " |" for row in rows.iter_rows()]
    return dg.MetadataValue.md("\n".join([header, *body]))


def owned_batches(context: dg.AssetExecutionContext, storage: ParkStorage) -> dict[str, str]:
    """doc_id -> batch_id of every document these partitions own."""
    return {f.doc_id: f.batch_id for f in storage.ledger().owned_files(context.partition_keys)}


def stamped(failures: pl.DataFrame, batch_of: dict[str, str]) -> pl.DataFrame:
    """Quarantine rows of pages that failed in a stage, with their batch and the time."""
    return detected_now(failures.with_columns(
        batch_id=pl.col("doc_id").replace_strict(batch_of, default=None, return_dtype=pl.String)))


def detected_now(failures: pl.DataFrame) -> pl.DataFrame:
    """Quarantine rows stamped with the time they were found (naive UTC, as the read stage's)."""
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    return failures.with_columns(detected_at=pl.lit(now, dtype=pl.Datetime("us")))
