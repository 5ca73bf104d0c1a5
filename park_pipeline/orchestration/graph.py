"""Every asset of the code location, and the two halves the runs are made of."""
from park_pipeline.orchestration.assets import articles, entities, park_summary, parks, raw_documents, story_duplicates
from park_pipeline.orchestration.lifecycle import project_registry
from park_pipeline.orchestration.report import park_report

PER_BATCH_ASSETS = [raw_documents, articles, entities]
AGGREGATE_ASSETS = [story_duplicates, parks, project_registry, park_summary, park_report]
ALL_ASSETS = [*PER_BATCH_ASSETS, *AGGREGATE_ASSETS]
PER_BATCH_KEYS = [key for asset in PER_BATCH_ASSETS for key in asset.keys]
AGGREGATE_KEYS = [key for asset in AGGREGATE_ASSETS for key in asset.keys]
