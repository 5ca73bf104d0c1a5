"""The code location as `dagster dev -w workspace.yaml` loads it, snapshot-tested: a change to the
graph, its groups, kinds, metadata, checks, jobs or automation shows up here and in review.

After a deliberate change: `PARK_UPDATE_SNAPSHOT=1 .venv/bin/pytest tests/orchestration/test_definitions.py`
rewrites the snapshot; commit it with the change.
"""
import json
import os
from pathlib import Path

import dagster as dg

from park_pipeline.orchestration.definitions import defs

SNAPSHOT = Path(__file__).with_name("code_location.json")


def _metadata(value) -> object:
    if isinstance(value, dg.TableSchema):
        return [f"{column.name}:{column.type}" for column in value.columns]
    return getattr(value, "value", value)


def code_location() -> dict:
    """Everything about the code location a user sees in the UI, as plain JSON."""
    graph = defs.resolve_asset_graph()
    assets = {}
    for key in sorted(graph.get_all_asset_keys()):
        node = graph.get(key)
        assets[key.to_user_string()] = {
            "group": node.group_name,
            "deps": sorted(k.to_user_string() for k in node.parent_keys),
            "partitioned": node.partitions_def is not None,
            "automation": node.automation_condition.get_label() if node.automation_condition else None,
            "tags": dict(sorted(node.tags.items())),
            "metadata": {k: _metadata(v) for k, v in sorted(node.metadata.items())},
            "checks": sorted(c.name for c in graph.get_check_keys_for_assets({key})),
        }
    return {
        "assets": assets,
        "jobs": sorted(job.name for job in defs.jobs),
        "sensors": {s.name: {"status": s.default_status.value, "interval_s": s.minimum_interval_seconds}
                    for s in sorted(defs.sensors, key=lambda s: s.name)},
        "schedules": {s.name: {"cron": s.cron_schedule, "status": s.default_status.value} for s in defs.schedules},
    }


def test_code_location_matches_its_snapshot():
    current = code_location()
    if os.environ.get("PARK_UPDATE_SNAPSHOT"):
        SNAPSHOT.write_text(json.dumps(current, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert current == json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def test_every_asset_writes_a_warehouse_table_named_in_its_metadata():
    for name, asset in code_location()["assets"].items():
        if name == "park_report":  # the HTML snapshot beside the warehouse
            continue
        assert asset["metadata"]["dagster/table_name"].startswith("park.") and asset["metadata"]["dagster/column_schema"]
        assert {"dagster/kind/duckdb", "dagster/kind/polars"} <= set(asset["tags"])
