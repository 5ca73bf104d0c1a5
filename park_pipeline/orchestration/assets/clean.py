"""Clean: stories of each page (per batch), and republished stories marked across the warehouse."""
import dagster as dg
import polars as pl

# Text-layer modules are imported inside the assets: a process that only orchestrates (a run's
# coordinator in the cluster profile, the code server) never loads the tokenizer and the models.
from park_pipeline.orchestration.assets.common import AGGREGATE, PER_BATCH, owned_batches, row_count, stamped, warehouse_table
from park_pipeline.orchestration.assets.ingest import raw_documents
from park_pipeline.orchestration.checks import ARTICLE_TEXT
from park_pipeline.orchestration.resources import ParkStorage
from park_pipeline.parallel import slices, text_workers
from park_pipeline.storage import queries


@dg.asset(group_name="clean", deps=[raw_documents], **PER_BATCH, **warehouse_table("articles"))
def articles(context: dg.AssetExecutionContext, storage: ParkStorage) -> dg.MaterializeResult:
    """Clean simplified-Chinese stories, one row per story on a page; a page whose cleaning
    fails goes to park.quarantine and the rest of the batch lands."""
    from park_pipeline.clean.frames import build_articles

    batch_of = owned_batches(context, storage)
    doc_ids = list(batch_of)
    n_stories = n_documents = n_failed = 0
    with storage.warehouse().session() as warehouse, text_workers(len(doc_ids)) as map_chunks:
        recurring = _recurring_lines(warehouse, doc_ids)
        for part in slices(doc_ids):
            documents = warehouse.read_documents_with_text(part)
            stories, signatures, failures = build_articles(documents, map_chunks, recurring)
            warehouse.replace_documents("articles", part, stories)
            warehouse.replace_documents("story_signatures", part, signatures)
            warehouse.replace_quarantine("clean", documents["doc_id"].to_list(), stamped(failures, batch_of))
            n_stories, n_documents = n_stories + stories.height, n_documents + documents.height
            n_failed += failures.height
    return dg.MaterializeResult(metadata=row_count(n_stories, documents=n_documents, quarantined=n_failed))


def _recurring_lines(warehouse, doc_ids: list[str]) -> dict[str, frozenset[str]]:
    """The lines each source of these documents repeats on RECURRING_PAGES pages or more, counted
    over every page read so far (this run's batches included, all read before any is cleaned)."""
    from park_pipeline.clean.repetition import RECURRING_PAGES

    recurring: dict[str, set[str]] = {}
    for source, line in warehouse.read(queries.RECURRING_LINES, [doc_ids, RECURRING_PAGES]).iter_rows():
        recurring.setdefault(source, set()).add(line)
    return {source: frozenset(lines) for source, lines in recurring.items()}


@dg.asset(deps=[articles], check_specs=[ARTICLE_TEXT.spec], **AGGREGATE, **warehouse_table("story_dedup"))
def story_duplicates(storage: ParkStorage) -> dg.MaterializeResult:
    """Marks each republished story with the article_id of its first-seen copy."""
    from park_pipeline.clean import NUM_PERM, update_duplicates

    with storage.warehouse().session() as warehouse:
        stories = warehouse.read(queries.STORY_SIGNATURES)
        previous = {aid: (digest, dup) for aid, digest, dup in
                    warehouse.read(queries.DEDUP_STATE).iter_rows()}
        signatures = stories["signature"].list.to_array(NUM_PERM).to_numpy()  # one matrix, no Python lists
        first_seen = update_duplicates(
            previous, list(zip(stories["article_id"], stories["text_hash"], signatures, strict=True))
        )
        mapping = pl.DataFrame(
            {"article_id": list(first_seen), "duplicate_of": list(first_seen.values())},
            schema={"article_id": pl.String, "duplicate_of": pl.String},
        )
        state = stories.select("article_id", "text_hash").join(mapping, on="article_id")
        warehouse.set_duplicates(mapping, state)
        n_duplicates = mapping["duplicate_of"].is_not_null().sum()
        return dg.MaterializeResult(metadata=row_count(mapping.height, duplicates=int(n_duplicates)),
                                    check_results=[ARTICLE_TEXT.evaluate(warehouse)])
