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
from park_pipeline.storage.schema import frame

# Mentions in original stories only: a republished copy adds no event (its mentions are labelled
# with its original's projects below).
_MENTIONS_SQL = """
SELECT j.article_id, j.doc_id, j.park_id, j.name, j.investment_cny, j.status,
       j.sentence, j.sent_start, j.sent_end, a.published_date
FROM park.projects j JOIN park.articles a USING (article_id)
WHERE a.duplicate_of IS NULL AND j.name IS NOT NULL AND j.sentence IS NOT NULL
"""
# Every mention's project_id and industry, and every company row's company_id and industry, as
# the registry says; only rows whose labels change are written. A mention in a republished copy
# takes the project of its original's mention of the same name.
_LABEL_MENTIONS = [
    """UPDATE park.projects j SET project_id = l.project_id, industry = l.industry
       FROM (
         WITH own AS (
           SELECT j.rowid AS row_id, e.project_id, r.industry
           FROM park.projects j
           JOIN park.project_events e
             ON j.article_id = e.article_id AND j.sent_start = e.sent_start AND j.name = e.surface
           JOIN park.project_registry r ON r.project_id = e.project_id
         ), copied AS (
           SELECT j.rowid AS row_id, min(own.project_id) AS project_id,
                  arg_min(own.industry, own.project_id) AS industry
           FROM park.projects j
           JOIN park.articles a ON a.article_id = j.article_id
           JOIN park.projects o ON o.article_id = a.duplicate_of AND o.name = j.name
           JOIN own ON own.row_id = o.rowid
           GROUP BY j.rowid
         )
         SELECT j.rowid AS row_id, coalesce(own.project_id, copied.project_id) AS project_id,
                CASE WHEN own.project_id IS NOT NULL THEN own.industry ELSE copied.industry END AS industry
         FROM park.projects j
         LEFT JOIN own ON own.row_id = j.rowid
         LEFT JOIN copied ON copied.row_id = j.rowid
       ) l
       WHERE j.rowid = l.row_id
         AND (j.project_id IS DISTINCT FROM l.project_id OR j.industry IS DISTINCT FROM l.industry)""",
    """UPDATE park.companies c SET company_id = l.company_id, industry = l.industry
       FROM (
         SELECT c.rowid AS row_id, r.company_id, r.industry
         FROM park.companies c LEFT JOIN park.company_registry r ON r.name = c.name
       ) l
       WHERE c.rowid = l.row_id
         AND (c.company_id IS DISTINCT FROM l.company_id OR c.industry IS DISTINCT FROM l.industry)""",
]


@dg.asset(deps=["projects", "companies", "story_duplicates"], **AGGREGATE)
def project_registry(storage: ParkStorage) -> dg.MaterializeResult:
    """Projects linked across stories: earlier links stay, new mentions join or start a project."""
    with storage.warehouse().session() as warehouse:
        mentions = warehouse.read(_MENTIONS_SQL)
        sentence_companies = warehouse.read("SELECT article_id, sent_start, name FROM park.companies")
        previous_events = warehouse.read("SELECT * FROM park.project_events")
        events, failures = link_projects(previous_events, mentions, sentence_companies)
        companies = resolve_companies([*sentence_companies["name"], *events["company"].drop_nulls()])
        registry = refresh_registry(warehouse.read("SELECT * FROM park.project_registry"),
                                    previous_events, events, companies)
        warehouse.replace_tables(
            {"project_events": events, "project_registry": registry, "company_registry": companies},
            then=_LABEL_MENTIONS,
        )
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
