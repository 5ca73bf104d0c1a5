"""Every asset of the code location, by stage, and the two halves the runs are made of.

raw_documents -> articles -> {park_mentions, companies, projects, people, indicators}   (per batch)
story_duplicates, parks, project_registry, park_summary, park_report                   (whole warehouse)

Each asset is a thin wrapper: read its inputs from the warehouse, call the stage's plain
functions, write one table per transaction, report row counts.
"""
from park_pipeline.orchestration.assets.aggregate import park_report, park_summary, parks, project_registry
from park_pipeline.orchestration.assets.clean import articles, story_duplicates
from park_pipeline.orchestration.assets.extract import entities
from park_pipeline.orchestration.assets.ingest import raw_documents

PER_BATCH_ASSETS = [raw_documents, articles, entities]
AGGREGATE_ASSETS = [story_duplicates, parks, project_registry, park_summary, park_report]
ALL_ASSETS = [*PER_BATCH_ASSETS, *AGGREGATE_ASSETS]
PER_BATCH_KEYS = [key for asset in PER_BATCH_ASSETS for key in asset.keys]
AGGREGATE_KEYS = [key for asset in AGGREGATE_ASSETS for key in asset.keys]
