"""Aggregate: the whole-warehouse assets that follow every batch: distinct parks, projects linked
across stories, the per-park summary (writing it publishes the warehouse) and the charts."""
import dagster as dg
import polars as pl

# Text-layer modules are imported inside the assets, as in assets/clean.py.
from park_pipeline.config import load_settings
from park_pipeline.errors import failure_reason
from park_pipeline.orchestration.assets.clean import story_duplicates
from park_pipeline.orchestration.assets.common import AGGREGATE, detected_now, markdown_table, row_count, warehouse_table
from park_pipeline.orchestration.checks import MENTION_PARK, POSITIVE_AMOUNTS
from park_pipeline.orchestration.resources import ParkStorage
from park_pipeline.storage import queries
from park_pipeline.storage.app_queries import KPIS_SQL, STAGES_SQL, Filters
from park_pipeline.storage.schema import frame


@dg.asset(deps=["park_mentions"], check_specs=[MENTION_PARK.spec], **AGGREGATE, **warehouse_table("parks"))
def parks(storage: ParkStorage) -> dg.MaterializeResult:
    """One row per distinct park with its canonical name and geography."""
    from park_pipeline.aggregate.summary import build_parks

    with storage.warehouse().session() as warehouse:
        rows = build_parks(warehouse.read(queries.PARK_MENTIONS))
        warehouse.replace_table("parks", rows)
        return dg.MaterializeResult(metadata=row_count(rows.height), check_results=[MENTION_PARK.evaluate(warehouse)])


@dg.asset(deps=["projects", "companies", "story_duplicates"], **AGGREGATE, **warehouse_table("project_registry"))
def project_registry(storage: ParkStorage) -> dg.MaterializeResult:
    """Projects linked across stories: earlier links stay, new mentions join or start a project."""
    from park_pipeline.aggregate.linking import link_projects
    from park_pipeline.aggregate.registry import refresh_registry, resolve_companies

    with storage.warehouse().session() as warehouse:
        mentions = warehouse.read(queries.PROJECT_MENTIONS)
        sentence_companies = warehouse.read(queries.SENTENCE_COMPANIES)
        previous_events = warehouse.read(queries.PROJECT_EVENTS)
        previous_companies = warehouse.read(queries.COMPANY_REGISTRY)
        company_ids = dict(zip(previous_companies["name"], previous_companies["company_id"]))
        events, failures = link_projects(previous_events, mentions, sentence_companies, company_ids)
        companies = resolve_companies([*sentence_companies["name"], *events["company"].drop_nulls()], events)
        registry = refresh_registry(warehouse.read(queries.PROJECT_REGISTRY),
                                    previous_events, events, previous_companies, companies)
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


@dg.asset(deps=[parks, story_duplicates, "projects", "companies", "project_registry"],
          check_specs=[POSITIVE_AMOUNTS.spec], **AGGREGATE, **warehouse_table("park_summary"))
def park_summary(storage: ParkStorage) -> dg.MaterializeResult:
    """Per-park figures; writing it publishes the warehouse to analysts."""
    from park_pipeline.aggregate.registry import industry_mix
    from park_pipeline.aggregate.summary import build_park_summary

    with storage.warehouse().session() as warehouse:
        ledger = storage.ledger()
        through = ledger.done_through()  # read first: a batch finishing meanwhile is not included
        summary = build_park_summary(
            warehouse.read(queries.PARKS),
            warehouse.read(queries.SUMMARY_ARTICLES),
            warehouse.read(queries.SUMMARY_MENTIONS),
            warehouse.read(queries.SUMMARY_INVESTMENT),
            warehouse.read(queries.SUMMARY_COMPANIES),
            industry_mix(warehouse.read(queries.SUMMARY_INDUSTRIES)),
            warehouse.read(queries.SUMMARY_STATED),
        )
        warehouse.replace_table("park_summary", summary)
        warehouse.publish()
        ledger.mark_published(through)
        preview = summary.head(10).select(
            "name", "province", "n_articles", "n_projects", "total_investment_cny"
        )
        return dg.MaterializeResult(metadata=row_count(summary.height, preview=markdown_table(preview)),
                                    check_results=[POSITIVE_AMOUNTS.evaluate(warehouse)])


@dg.asset(deps=[park_summary], kinds={"html", "plotly"}, **AGGREGATE)
def park_report(storage: ParkStorage) -> dg.MaterializeResult:
    """Self-contained HTML charts (report.html beside the published warehouse), linked here with
    the web app (`make app`) that shows the same figures, filterable."""
    from park_pipeline.aggregate.report import build_report, write_report

    with storage.warehouse().session() as warehouse:
        summary = warehouse.read(queries.PARK_SUMMARY)
        everything = Filters().params()
        page = build_report(
            summary,
            warehouse.read(STAGES_SQL, everything),
            warehouse.read(KPIS_SQL, everything),
            warehouse.read(queries.PARK_TIMELINE),
        )
        path = write_report(warehouse.public_path.with_name("report.html"), page)
        return dg.MaterializeResult(metadata={
            "report": dg.MetadataValue.path(str(path)),
            "open_report": dg.MetadataValue.url(path.as_uri()),
            "open_app": dg.MetadataValue.url(load_settings().app_url),
            "parks": summary.height,
            "size_kb": round(path.stat().st_size / 1024),
        })
