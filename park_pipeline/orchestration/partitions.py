"""Ingest batches as dynamic partitions: one partition per batch of changed files, not per file.

Dagster writes events per partition per asset, and a daemon-launched run costs seconds, so a
partition per file would make 10,000 files take hours of bookkeeping.
"""
import dagster as dg

ingest_batches = dg.DynamicPartitionsDefinition(name="ingest_batches")
