"""The project registry asset: links the warehouse's project mentions into projects with a
timeline (aggregate/registry.py) and writes registry, events and the project_id/industry of
every mention in one transaction."""

import dagster as dg

from park_pipeline.aggregate.registry import link_projects, refresh_registry, resolve_companies
from park_pipeline.orchestration.common import AGGREGATE, row_count
from park_pipeline.orchestration.resources import ParkStorage

# Mentions in original stories only: a republished copy adds no event, its park.projects row takes
# the project of its original's mention of the same name (the third labelling statement).
_MENTIONS_SQL = """
SELECT j.article_id, j.doc_id, j.park_id, j.name, j.investment_cny, j.status,
       j.sentence, j.sent_start, j.sent_end, a.published_date
FROM park.projects j JOIN park.articles a USING (article_id)
WHERE a.duplicate_of IS NULL AND j.name IS NOT NULL AND j.sentence IS NOT NULL
"""
_LABEL_MENTIONS = [
    "UPDATE park.projects SET project_id = NULL, industry = NULL",
    """UPDATE park.projects j SET project_id = e.project_id, industry = r.industry
       FROM park.project_events e JOIN park.project_registry r USING (project_id)
       WHERE j.article_id = e.article_id AND j.sent_start = e.sent_start AND j.name = e.surface""",
    """UPDATE park.projects j SET project_id = o.project_id, industry = o.industry
       FROM park.articles a, park.projects o
       WHERE a.article_id = j.article_id AND o.article_id = a.duplicate_of AND o.name = j.name
         AND o.project_id IS NOT NULL""",
    "UPDATE park.companies SET company_id = NULL, industry = NULL",
    """UPDATE park.companies c SET company_id = r.company_id, industry = r.industry
       FROM park.company_registry r WHERE r.name = c.name""",
]


@dg.asset(deps=["projects", "companies", "story_duplicates"], **AGGREGATE)
def project_registry(storage: ParkStorage) -> dg.MaterializeResult:
    """Projects linked across stories: earlier links stay, new mentions join or start a project."""
    with storage.warehouse().session() as warehouse:
        mentions = warehouse.read(_MENTIONS_SQL)
        sentence_companies = warehouse.read("SELECT article_id, sent_start, name FROM park.companies")
        previous_events = warehouse.read("SELECT * FROM park.project_events")
        events = link_projects(previous_events, mentions, sentence_companies)
        companies = resolve_companies([*sentence_companies["name"], *events["company"].drop_nulls()])
        registry = refresh_registry(warehouse.read("SELECT * FROM park.project_registry"),
                                    previous_events, events, companies)
        warehouse.replace_tables(
            {"project_events": events, "project_registry": registry, "company_registry": companies},
            then=_LABEL_MENTIONS,
        )
        linked = int((registry["n_events"] > 1).sum())
        return dg.MaterializeResult(metadata=row_count(
            registry.height, events=events.height, linked_projects=linked, companies=companies["company_id"].n_unique(),
        ))
