"""The seeds sensor evaluated with a real context, against a real instance and temp folder."""
import shutil

import dagster as dg

from park_pipeline.storage.ledger import document_id
from park_pipeline.orchestration.runner import materialize_batch, refresh_aggregates
from park_pipeline.orchestration.sensors import seeds_sensor
from tests.conftest import age, query


def _tick(instance, storage):
    context = dg.build_sensor_context(instance=instance, resources={"storage": storage})
    result = seeds_sensor(context)
    for addition in result.dynamic_partitions_requests:
        instance.add_dynamic_partitions(addition.partitions_def_name, addition.partition_keys)
    return result.run_requests


def _run(instance, storage, requests):
    for request in requests:
        materialize_batch(storage, instance, request.partition_key)
    refresh_aggregates(storage, instance)


def test_sensor_batches_new_changed_deleted_and_waits_for_fresh_files(storage, instance, seeds_dir):
    first = _tick(instance, storage)
    assert len(first) == 1
    assert len(storage.ledger().owned_files([first[0].partition_key])) == 5
    _run(instance, storage, first)
    assert _tick(instance, storage) == []  # nothing new, and the done batch is not re-requested

    seed = seeds_dir / "001_5fdc302170858bd9.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\n禹州高新区新签约项目3个。", encoding="utf-8")
    age(seed, 30)
    changed = _tick(instance, storage)
    assert [(f.path, f.change) for f in storage.ledger().owned_files([changed[0].partition_key])] == [
        ("001_5fdc302170858bd9.txt", "changed")]
    _run(instance, storage, changed)

    fresh = seeds_dir / "fresh.txt"
    shutil.copy(seeds_dir / "000_412c1ddf2e9aa6b6.txt", fresh)  # modified just now: still being written?
    assert _tick(instance, storage) == []
    age(fresh)
    arrived = _tick(instance, storage)
    assert [f.path for f in storage.ledger().owned_files([arrived[0].partition_key])] == ["fresh.txt"]
    _run(instance, storage, arrived)
    assert query(storage, "SELECT count(*) FROM park.articles WHERE source_path = 'fresh.txt'")[0][0] >= 1

    (seeds_dir / "002_bf1e263cba28f34e.txt").unlink()
    deleted = _tick(instance, storage)
    _run(instance, storage, deleted)
    gone = document_id("002_bf1e263cba28f34e.txt")
    for table in ("documents", "articles", "park_mentions", "companies", "projects", "people"):
        assert query(storage, f"SELECT count(*) FROM park.{table} WHERE doc_id = ?", [gone])[0][0] == 0, table
