"""Ingest: each file of a batch read and decoded, or quarantined with the reason."""
import dagster as dg

from park_pipeline.orchestration.assets.common import PER_BATCH, row_count, warehouse_table
from park_pipeline.orchestration.resources import ParkStorage
from park_pipeline.parallel import slices


@dg.asset(group_name="ingest", **PER_BATCH, **warehouse_table("documents"))
def raw_documents(context: dg.AssetExecutionContext, storage: ParkStorage) -> dg.MaterializeResult:
    """Decoded text of each file in the batch; undecodable files go to park.quarantine."""
    from park_pipeline.ingest.read import read_batch  # text-layer code: see assets/clean.py

    files = storage.ledger().owned_files(context.partition_keys)
    read = quarantined = 0
    with storage.warehouse().session() as warehouse:
        for batch_id in context.partition_keys:
            warehouse.clear_raw_texts(batch_id)
        for number, part in enumerate(slices(files)):
            batch = read_batch(storage.seeds, part)
            for (batch_id,), texts in batch.texts.group_by("batch_id"):
                warehouse.write_raw_texts(batch_id, number, texts)
            doc_ids = [f.doc_id for f in part]
            warehouse.replace_documents("documents", doc_ids, batch.documents)
            warehouse.replace_documents("source_lines", doc_ids, batch.lines)
            warehouse.replace_quarantine("read", doc_ids, batch.quarantine)
            read, quarantined = read + batch.documents.height, quarantined + batch.quarantine.height
    deleted = sum(f.change == "deleted" for f in files)
    return dg.MaterializeResult(metadata=row_count(read, quarantined=quarantined, deleted=deleted))
