"""The whole graph, in-process against a real Dagster instance and a real DuckDB file."""
import shutil

import dagster as dg

from park_pipeline.orchestration.runner import materialize_batch, refresh_aggregates, run_pipeline
from tests.conftest import age, query

# The outside contract's tables and the columns each must have (../shared/CONTRACT.md).
CONTRACT_COLUMNS = {
    "articles": ["article_id", "doc_id", "source_path", "story_no", "title", "published_date",
                 "source_name", "author", "text", "n_chars", "duplicate_of"],
    "parks": ["park_id", "name", "short_name", "province", "city", "level"],
    "park_mentions": ["article_id", "park_id", "surface"],
    "companies": ["article_id", "name", "park_id"],
    "projects": ["article_id", "park_id", "name", "investment_cny", "output_value_cny", "status", "sentence"],
    "people": ["article_id", "name", "title", "park_id"],
    "indicators": ["article_id", "park_id", "indicator", "value", "unit", "growth_pct", "period"],
    "park_summary": ["park_id", "name", "province", "city", "n_articles", "n_projects",
                     "total_investment_cny", "n_companies", "first_published", "last_published",
                     "top_keywords"],
    "quarantine": ["source_path", "reason", "detected_at"],
}
SEED_PARK_CITIES = {"随州", "禹州", "株洲", "荆门"}


def _columns(storage, table):
    rows = query(storage, "SELECT column_name FROM information_schema.columns "
                          "WHERE table_schema = 'park' AND table_name = ?", [table])
    return {r[0] for r in rows}


def _table_counts(storage):
    return {t: query(storage, f"SELECT count(*) FROM park.{t}")[0][0] for t in CONTRACT_COLUMNS}


def test_seeds_build_every_contract_table_and_the_seed_parks(storage, instance):
    report = run_pipeline(storage, instance)
    assert report.new_batch and report.processed_batches == [report.new_batch]
    assert report.refreshed_aggregates
    for table, columns in CONTRACT_COLUMNS.items():
        assert set(columns) <= _columns(storage, table), table
    assert query(storage, "SELECT count(DISTINCT source_path) FROM park.articles")[0][0] == 5
    for table in ("parks", "park_summary"):
        names = " ".join(r[0] for r in query(storage, f"SELECT name FROM park.{table}"))
        for city in SEED_PARK_CITIES:
            assert f"{city}高新" in names, (table, city, names)
    (run,) = instance.get_runs(limit=1)
    assert run.job_name == "ingest_batch_job"  # the UI lists CLI runs under the job's name
    assert _latest_check_results(instance) == {
        "every_article_has_text": True, "every_mention_has_a_park": True, "investment_amounts_positive": True,
    }


def _latest_check_results(instance) -> dict[str, bool]:
    """Each asset check's latest evaluation in the instance, as the UI shows it."""
    (run,) = instance.get_runs(limit=1)
    evaluations = instance.get_records_for_run(
        run.run_id, of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION).records
    return {e.event_log_entry.dagster_event.event_specific_data.check_name:
            e.event_log_entry.dagster_event.event_specific_data.passed for e in evaluations}


def test_second_run_does_nothing_and_changes_are_incremental(storage, instance, seeds_dir):
    run_pipeline(storage, instance)
    before = _table_counts(storage)
    idle = run_pipeline(storage, instance)
    assert idle.new_batch is None and idle.processed_batches == [] and not idle.refreshed_aggregates
    assert _table_counts(storage) == before

    extra = seeds_dir / "extra" / "copy of 000.txt"
    extra.parent.mkdir()
    shutil.copy(seeds_dir / "000_412c1ddf2e9aa6b6.txt", extra)
    age(extra)
    added = run_pipeline(storage, instance)
    files = storage.ledger().owned_files([added.new_batch])
    assert [(f.path, f.change) for f in files] == [("extra/copy of 000.txt", "added")]
    copies = query(storage, "SELECT duplicate_of FROM park.articles WHERE source_path = ?",
                   ["extra/copy of 000.txt"])
    assert copies and all(dup is not None for (dup,) in copies)  # a byte-identical copy

    extra.write_text("新区动态\n2024年3月1日,某某高新区项目开工。", encoding="utf-8")
    age(extra, 30)
    changed = run_pipeline(storage, instance)
    assert [f.change for f in storage.ledger().owned_files([changed.new_batch])] == ["changed"]
    texts = query(storage, "SELECT text FROM park.articles WHERE source_path = ?", ["extra/copy of 000.txt"])
    assert len(texts) == 1 and "项目开工" in texts[0][0]

    extra.unlink()
    run_pipeline(storage, instance)
    assert _table_counts(storage) == before
    assert query(storage, "SELECT count(*) FROM park.articles WHERE source_path LIKE 'extra/%'")[0][0] == 0


def test_rematerializing_a_batch_gives_the_same_rows(storage, instance):
    first = run_pipeline(storage, instance)
    before = _table_counts(storage)
    materialize_batch(storage, instance, first.new_batch)  # as the UI would re-run it
    refresh_aggregates(storage, instance)
    assert _table_counts(storage) == before
    again = run_pipeline(storage, instance, reprocess=True)  # after an upgrade of the rules
    assert again.processed_batches == [first.new_batch] and _table_counts(storage) == before
    ids = query(storage, "SELECT count(*), count(DISTINCT article_id) FROM park.articles")[0]
    assert ids[0] == ids[1]


def test_a_run_over_many_batches_plans_each_asset_once(storage, instance, seeds_dir):
    """Dagster's bookkeeping is per run and asset, not per batch (or page)."""
    from park_pipeline.orchestration.batching import record_seed_changes

    pages = sorted(seeds_dir.iterdir())
    for page in pages[1:]:
        page.rename(page.with_suffix(".held"))
    for page in pages[1:]:  # three more batches, recorded before any run
        assert record_seed_changes(storage) is not None
        page.with_suffix(".held").rename(page)
        age(page)
    report = run_pipeline(storage, instance)
    assert len(report.processed_batches) == len(pages)
    (run,) = instance.get_runs(limit=1)
    planned = instance.get_records_for_run(
        run.run_id, of_type=dg.DagsterEventType.ASSET_MATERIALIZATION_PLANNED).records
    planned_assets = [r.event_log_entry.dagster_event.asset_key.to_user_string() for r in planned]
    assert planned_assets.count("articles") == 1
    assert query(storage, "SELECT count(DISTINCT source_path) FROM park.articles")[0][0] == len(pages)
