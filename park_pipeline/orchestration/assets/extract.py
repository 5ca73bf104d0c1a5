"""Extract: the entity tables of each batch's stories, in one pass."""
import dagster as dg

from park_pipeline.orchestration.assets.clean import articles
from park_pipeline.orchestration.assets.common import PER_BATCH, markdown_table, owned_batches, row_count, stamped, warehouse_table
from park_pipeline.orchestration.resources import ParkStorage
from park_pipeline.parallel import slices, text_workers
from park_pipeline.storage import queries
from park_pipeline.storage.schema import ENTITY_TABLES


@dg.multi_asset(
    group_name="extract",
    specs=[dg.AssetSpec(table, deps=[articles], description=f"park.{table}: entities found in the batch's stories",
                        **warehouse_table(table))
           for table in ENTITY_TABLES],
    **PER_BATCH,
)
def entities(context: dg.AssetExecutionContext, storage: ParkStorage):
    """All entity tables in one pass: they share sentence splitting and park context. A story
    whose extraction fails goes to park.quarantine; the batch's other stories land."""
    from park_pipeline.extract.frames import QUARANTINED, extract_entities  # see assets/clean.py

    batch_of = owned_batches(context, storage)
    doc_ids = list(batch_of)
    found = dict.fromkeys(ENTITY_TABLES, 0)
    with storage.warehouse().session() as warehouse, text_workers(len(doc_ids)) as map_chunks:
        for part in slices(doc_ids):
            stories = warehouse.read_documents("articles", part)
            tables = extract_entities(stories, map_chunks)
            warehouse.replace_quarantine("extract", stories["doc_id"].unique().to_list(),
                                         stamped(tables.pop(QUARANTINED), batch_of))
            for table, rows in tables.items():
                warehouse.replace_documents(table, part, rows)
                found[table] += rows.height
        storage.ledger().mark_done(context.partition_keys)
        for table, n_rows in found.items():
            extra = {"preview": _newest_projects(warehouse)} if table == "projects" else {}
            yield dg.MaterializeResult(asset_key=table, metadata=row_count(n_rows, **extra))


def _newest_projects(warehouse) -> dg.MetadataValue:
    """The whole warehouse's latest projects, not just the batch's: what an analyst looks for."""
    return markdown_table(warehouse.read(queries.NEWEST_PROJECTS))
