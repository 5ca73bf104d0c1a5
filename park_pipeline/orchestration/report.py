"""The analyst's charts as an asset: refreshed by automation right after each park_summary."""

import dagster as dg

from park_pipeline.aggregate.report import build_report, write_report
from park_pipeline.orchestration.assets import park_summary
from park_pipeline.orchestration.common import AGGREGATE
from park_pipeline.orchestration.resources import ParkStorage
from park_pipeline.storage import queries


@dg.asset(deps=[park_summary], **AGGREGATE)
def park_report(storage: ParkStorage) -> dg.MaterializeResult:
    """Self-contained HTML charts (report.html beside the published warehouse), linked here."""
    with storage.warehouse().session() as warehouse:
        summary = warehouse.read(queries.PARK_SUMMARY)
        page = build_report(
            summary,
            warehouse.read(queries.PROJECTS_BY_PARK_STATUS),
            warehouse.read(queries.PARK_TIMELINE),
        )
        path = write_report(warehouse.public_path.with_name("report.html"), page)
        return dg.MaterializeResult(metadata={
            "report": dg.MetadataValue.path(str(path)),
            "open_report": dg.MetadataValue.url(path.as_uri()),
            "parks": summary.height,
            "size_kb": round(path.stat().st_size / 1024),
        })
