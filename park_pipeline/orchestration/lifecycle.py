"""The project registry asset: links the warehouse's project mentions into projects with a
timeline (aggregate/linking.py, registry.py) and writes registry, events and the project_id/industry of
every mention in one transaction."""

import dagster as dg
import polars as pl

from park_pipeline.aggregate.linking import link_projects
from park_pipeline.aggregate.registry import refresh_registry, resolve_companies
from park_pipeline.orchestration.common import AGGREGATE, detected_now, row_count
from park_pipeline.errors import failure_reason
from park_pipeline.orchestration.resources import ParkStorage
from park_pipeline.storage import queries
from park_pipeline.storage.schema import frame

@dg.asset(deps=["projects", "companies", "story_duplicates"], **AGGREGATE)
def project_registry(storage: ParkStorage) -> dg.MaterializeResult:
    """Projects linked across stories: earlier links stay, new mentions join or start a project."""
    with storage.warehouse().session() as warehouse:
        mentions = warehouse.read(queries.PROJECT_MENTIONS)
        sentence_companies = warehouse.read(queries.SENTENCE_COMPANIES)
        previous_events = warehouse.read(queries.PROJECT_EVENTS)
        events, failures = link_projects(previous_events, mentions, sentence_companies)
        companies = resolve_companies([*sentence_companies["name"], *events["company"].drop_nulls()])
        registry = refresh_registry(warehouse.read(queries.PROJECT_REGISTRY),
                                    previous_events, events, companies)
        warehouse.replace_registry(events, registry, companies)
        warehouse.replace_quarantine("link", None, _link_quarantine(warehouse, failures))
        linked = int((registry["n_events"] > 1).sum())
        return dg.MaterializeResult(metadata=row_count(
            registry.height, events=events.height, linked_projects=linked, companies=companies["company_id"].n_unique(),
            quarantined=len(failures),
        ))


def _link_quarantine(warehouse, failures: list[dict]) -> pl.DataFrame:
    """Quarantine rows for the mentions linking failed on, with their page's path and batch."""
    rows = frame("quarantine", [{"doc_id": f["doc_id"], "reason": f"{failure_reason('link', f['error'])} "
                                 f"(story {f['article_id']})"} for f in failures])
    if rows.is_empty():
        return rows
    documents = warehouse.read_documents("documents", rows["doc_id"].unique().to_list())
    return detected_now(rows.drop("source_path", "batch_id").join(
        documents.select("doc_id", "source_path", "batch_id"), on="doc_id", how="left"))
