"""The analyst's charts as an asset: refreshed by automation right after each park_summary."""

import dagster as dg

from park_pipeline.aggregate.report import build_report, write_report
from park_pipeline.config import load_settings
from park_pipeline.orchestration.assets import park_summary
from park_pipeline.orchestration.common import AGGREGATE
from park_pipeline.orchestration.resources import ParkStorage
from park_pipeline.storage import queries
from park_pipeline.storage.app_queries import KPIS_SQL, STAGES_SQL, Filters


@dg.asset(deps=[park_summary], **AGGREGATE)
def park_report(storage: ParkStorage) -> dg.MaterializeResult:
    """Self-contained HTML charts (report.html beside the published warehouse), linked here with
    the web app (`make app`) that shows the same figures, filterable."""
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
