"""The code location as `dagster dev -w workspace.yaml` loads it: a change to the graph shows here."""
import dagster as dg

from park_pipeline.orchestration.definitions import defs

GRAPH = {  # asset -> (group, upstream assets)
    "raw_documents": ("ingest", set()),
    "articles": ("clean", {"raw_documents"}),
    "park_mentions": ("extract", {"articles"}),
    "companies": ("extract", {"articles"}),
    "projects": ("extract", {"articles"}),
    "people": ("extract", {"articles"}),
    "indicators": ("extract", {"articles"}),
    "story_duplicates": ("aggregate", {"articles"}),
    "parks": ("aggregate", {"park_mentions"}),
    "project_registry": ("aggregate", {"projects", "companies", "story_duplicates"}),
    "park_summary": ("aggregate", {"parks", "story_duplicates", "projects", "companies", "project_registry"}),
    "park_report": ("aggregate", {"park_summary"}),
}


def test_asset_graph_groups_and_dependencies():
    graph = defs.resolve_asset_graph()
    keys = {key.to_user_string() for key in graph.get_all_asset_keys()}
    assert keys == set(GRAPH)
    for name, (group, upstream) in GRAPH.items():
        node = graph.get(dg.AssetKey(name))
        assert node.group_name == group, name
        assert {k.to_user_string() for k in node.parent_keys} == upstream, name
    per_batch = {"raw_documents", "articles", "park_mentions", "companies", "projects", "people", "indicators"}
    assert {k for k in keys if graph.get(dg.AssetKey(k)).partitions_def is not None} == per_batch
    assert all(graph.get(dg.AssetKey(k)).automation_condition is not None for k in keys - per_batch)


def test_automation_runs_by_default_and_checks_are_attached():
    sensors = {s.name: s for s in defs.sensors}
    assert set(sensors) == {"seeds_sensor", "aggregates_automation"}
    assert all(s.default_status == dg.DefaultSensorStatus.RUNNING for s in sensors.values())
    (schedule,) = defs.schedules
    assert schedule.name == "daily_reconcile" and schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    checks = {spec.name for asset in defs.assets for spec in asset.check_specs}
    assert checks == {"every_article_has_text", "every_mention_has_a_park", "investment_amounts_positive"}
