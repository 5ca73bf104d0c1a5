"""`park-pipeline`: run the pipeline, query the warehouse, score extraction against gold.

A user's mistake (missing folder, bad SQL, unknown id, locked file) is one line on stderr and a
non-zero exit; `--debug`, anywhere on the command line, shows the traceback instead.
"""
from __future__ import annotations

import enum
import gc
import logging
import os
import shutil
import sys
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, Iterator

import duckdb
import typer
from rich.console import Console
from rich.table import Table

from park_pipeline.config import load_settings
from park_pipeline.errors import UserError
from park_pipeline.saved_forms import SAVED_FORMS
from park_pipeline.storage.ledger import IngestLedger
from park_pipeline.ingest.scan import scan_seeds
from park_pipeline.storage.ledger import ScanResult
from park_pipeline.storage import published, queries
from park_pipeline.storage.warehouse import Warehouse

SavedForm = enum.Enum("SavedForm", {form.replace("-", "_"): form for form in SAVED_FORMS}, type=str)

app = typer.Typer(help="Chinese industrial-park news -> DuckDB warehouse. Add --debug to any command "
                       "to see an error's traceback.", no_args_is_help=True,
                  # plain tracebacks: rich loops forever on a Dagster error whose causes form a cycle
                  pretty_exceptions_enable=False)
# Piped output (make run, CI logs) gets a wide table rather than rich's 80-column default.
console = Console(width=shutil.get_terminal_size((160, 24)).columns)
errors = Console(stderr=True, width=console.width)
DEBUG_FLAG = "--debug"



_NUMERIC = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT",
            "UINTEGER", "UBIGINT", "FLOAT", "DOUBLE", "DECIMAL"}


@app.command()
def run(
    top: int = typer.Option(20, help="How many parks to show in the summary."),
    reprocess: bool = typer.Option(False, help="Re-run every batch, e.g. after upgrading the rules."),
    allow_mass_delete: bool = typer.Option(
        False, help="Confirm a run that would delete more than half of the known files (at least 3)."),
) -> None:
    """Ingest what changed in the seeds folder, materialize every asset, print the summary."""
    settings = load_settings()
    warehouse = Warehouse(settings.warehouse)
    ledger = IngestLedger(warehouse.ledger_path)
    # One scan serves both: deciding whether to start Dagster at all, and recording the batch
    # (the ledger re-checks each change when recording, so a concurrent run's is not repeated).
    # --reprocess scans too: a missing folder must stop it before anything is re-run.
    scan = scan_seeds(settings.seeds_dir, ledger.known_files())
    if not reprocess and not scan.changes and ledger.is_up_to_date(warehouse.public_path):
        console.print("no changes in the seeds folder: nothing to do")
    else:
        _run_pipeline(scan, reprocess, allow_mass_delete)
    _print_query(warehouse.public_path, queries.TOP_PARKS_SUMMARY, [top], title="Parks by investment")


def _run_pipeline(scan: ScanResult, reprocess: bool, allow_mass_delete: bool) -> None:
    """Run the pipeline on `scan`'s changes, and on every recorded batch with `reprocess`."""
    with _kept_until_exit():
        from park_pipeline.orchestration.instance import persistent_instance
        from park_pipeline.orchestration.resources import ParkStorage
        from park_pipeline.orchestration.runner import run_pipeline

    storage = ParkStorage()
    with storage.warehouse().run_lock():  # two runs starting together must not both create it
        instance = persistent_instance()
    # leaving `instance` closes its held event-log connections, which folds their logs into the files
    with instance, _status("scanning the seeds folder") as status:
        report = run_pipeline(storage, instance, reprocess=reprocess, scan=scan,
                              allow_mass_delete=allow_mass_delete,
                              on_step=lambda step: status.update(f"materializing {step}"))
    if report.new_batch:
        changes: dict[str, int] = {}
        for item in storage.ledger().owned_files([report.new_batch]):
            changes[item.change] = changes.get(item.change, 0) + 1
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(changes.items()))
        console.print(f"batch {report.new_batch}: {summary}")
    console.print(f"processed {len(report.processed_batches)} batch(es); aggregates refreshed")
    _print_quarantined(storage.warehouse().public_path, report.processed_batches)


SHOW_QUARANTINED = 10


def _print_quarantined(warehouse: Path, batch_ids: list[str]) -> None:
    """Name the files of this run that were quarantined, with their reasons (the first few)."""
    if not batch_ids or not warehouse.exists():
        return
    rows = published.query(warehouse, queries.QUARANTINED_IN_BATCHES, [batch_ids]).rows
    if not rows:
        return
    console.print(f"{len(rows)} file(s) quarantined (all in park.quarantine):", style="yellow")
    for source_path, reason in rows[:SHOW_QUARANTINED]:
        console.print(f"  {source_path}: {reason}", markup=False, soft_wrap=True)
    if len(rows) > SHOW_QUARANTINED:
        console.print(f"  ... and {len(rows) - SHOW_QUARANTINED} more")


# SQL often starts with a `-- comment` line: it is the query, not an option.
@app.command(context_settings={"ignore_unknown_options": True})
def sql(query: str = typer.Argument(..., help="SQL to run read-only on the warehouse.")) -> None:
    """Run read-only SQL on the published warehouse and print the result as a table."""
    if not query.strip():
        raise UserError('empty SQL: give a query, e.g. park-pipeline sql "SELECT * FROM park.park_summary"')
    _print_query(load_settings().warehouse, query)




@app.command()
def explain(project_id: str = typer.Argument(..., help="A project_id from park.project_registry.")) -> None:
    """Print a project's timeline: every step with the sentence (and its offsets) that reports it,
    and why each mention was linked to the project."""
    warehouse = load_settings().warehouse
    if _print_query(warehouse, queries.PROJECT, [project_id], title="Project") == 0:
        raise UserError(f"no project {project_id!r} in park.project_registry: list ids with "
                        'park-pipeline sql "SELECT project_id, name FROM park.project_registry"')
    _print_query(warehouse, queries.PROJECT_TIMELINE, [project_id], title="Timeline")
    console.print("Why these mentions are one project:", markup=False)
    for day, surface, reason in published.query(warehouse, queries.PROJECT_LINK_REASONS, [project_id]).rows:
        console.print(f"  {day or 'undated'} {surface}: {reason or 'no reason kept'}", markup=False)


@app.command("eval")
def evaluate(
    gold_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of NAME.json gold files."),
    pages: list[Path] = typer.Option(None, "--pages", help="Folders holding the NAME.txt pages "
                                     "(default: GOLD_DIR/../raw and the seeds folder)."),
    warehouse: Path = typer.Option(None, help="Score this warehouse instead of building one."),
    worst: int = typer.Option(20, help="How many of the worst-missed files to list."),
    errors: bool = typer.Option(False, "--errors", help="List every false positive and false negative by type and file."),
    saved_as: SavedForm = typer.Option(SavedForm.text, "--saved-as",
                                       help="Re-save each page in this form first (an HTML template, hard wraps, "
                                            "a wrong decoding …), to see what cleaning loses on pages saved so."),
) -> None:
    """Precision, recall and F1 per entity type against gold, scored like the acceptance check,
    for all pages and for each half (tuning, blind) of a fixed split by file name."""
    from park_pipeline.evaluation import HALVES, format_report, load_predictions, score

    if warehouse is None:
        folders = pages or [gold_dir.parent / "raw", load_settings().seeds_dir]
        warehouse = _build_scratch_warehouse({path.stem for path in gold_dir.glob("*.json")}, folders,
                                             SAVED_FORMS[saved_as.value])
    predictions = load_predictions(warehouse)
    console.print(format_report(score(gold_dir, predictions), worst=worst, errors=errors), markup=False)
    if not errors:
        for half in HALVES:
            console.print(f"\n{half} half (split by a hash of the file name):", style="bold")
            console.print(format_report(score(gold_dir, predictions, half), worst=0), markup=False)


@app.command("eval-industries")
def evaluate_industries(
    labels: Path = typer.Argument(..., exists=True, dir_okay=False,
                                  help="Tab-separated labels: id (page file stem), project_name, industry; a header line."),
    pages: list[Path] = typer.Option(None, "--pages", help="Folders holding the ID.txt pages "
                                     "(default: LABELS' folder/raw and the seeds folder)."),
    warehouse: Path = typer.Option(None, help="Score this warehouse instead of building one."),
    errors: bool = typer.Option(False, "--errors", help="List every label the registry disagrees with or missed."),
) -> None:
    """How often project_registry.industry agrees with hand labels, for all labelled pages and for
    each half (tuning, blind) of the split `eval` uses. A label is matched to a project of its page
    by name (rapidfuzz ratio, or partial ratio less 15, at least 60); an unmatched label disagrees."""
    from park_pipeline.evaluation import (
        HALVES, format_industry_report, load_industry_labels, load_registry_projects, score_industries,
    )

    try:
        rows = load_industry_labels(labels)
    except ValueError as error:
        raise UserError(str(error)) from error
    if warehouse is None:
        folders = pages or [labels.parent / "raw", load_settings().seeds_dir]
        warehouse = _build_scratch_warehouse({row["id"] for row in rows}, folders)
    _require(warehouse)
    projects = load_registry_projects(warehouse)
    reports = {"all": score_industries(rows, projects)} | {half: score_industries(rows, projects, half) for half in HALVES}
    console.print(format_industry_report(reports, errors=errors), markup=False)


def _build_scratch_warehouse(wanted: set[str], folders: list[Path],
                             save: Callable[[str], tuple[str, bytes]] = SAVED_FORMS["text"]) -> Path:
    """Run the real pipeline over the pages named `wanted` (file stems) in a scratch folder, each
    written there as `save` makes it; returns the warehouse."""
    import tempfile

    import dagster as dg

    from park_pipeline.orchestration.resources import ParkStorage
    from park_pipeline.orchestration.runner import run_pipeline

    scratch = Path(tempfile.mkdtemp(prefix="park-eval-"))
    (scratch / "seeds").mkdir()
    for folder in folders:
        for page in folder.glob("*.txt"):
            if page.stem in wanted:
                suffix, data = save(page.read_text(encoding="utf-8"))
                (scratch / "seeds" / f"{page.stem}{suffix}").write_bytes(data)
    storage = ParkStorage(seeds_dir=str(scratch / "seeds"), warehouse_path=str(scratch / "parks.duckdb"))
    with _status("building a scratch warehouse from the gold pages"):
        run_pipeline(storage, dg.DagsterInstance.ephemeral())
    return Path(storage.warehouse_path)


@app.command()
def export(directory: Path = typer.Argument(..., help="Folder for the Parquet files (created if missing).")) -> None:
    """Write one Parquet file per table and view of schema park, for BI tools."""
    warehouse = load_settings().warehouse
    _require(warehouse)
    directory.mkdir(parents=True, exist_ok=True)
    try:
        names = published.export_parquet(warehouse, directory)
    except duckdb.Error as error:  # the file locked by another program, a folder not writable
        raise UserError(" ".join(str(error).split())) from error
    console.print(f"wrote {len(names)} Parquet file(s) to {directory}")


def _require(warehouse: Path) -> None:
    if not warehouse.exists():
        raise UserError(f"no warehouse at {warehouse}: run `park-pipeline run` first")


@contextmanager
def _kept_until_exit() -> Iterator[None]:
    """What the block creates lives until the process exits (Dagster and the code location are
    ~300,000 objects): no garbage collection runs while it is made, and gc.freeze() keeps every
    later collection from walking it again. Those walks were ~0.5 s of CPU in a run adding one page."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


@contextmanager
def _status(message: str) -> Iterator:
    """A spinner on a terminal; nothing when the output is piped (its refresh thread competes with
    the run for the interpreter: ~0.3 s of a one-page run)."""
    if not console.is_terminal:
        yield SimpleNamespace(update=lambda message: None)
        return
    with console.status(message) as status:
        yield status


def _print_query(warehouse: Path, query: str, params: list | None = None, title: str | None = None) -> int:
    """Print the query's result as a table; returns its number of rows."""
    _require(warehouse)
    try:
        result = published.query(warehouse, query, params)
    except duckdb.Error as error:  # bad SQL, or the file locked by another program
        raise UserError(" ".join(str(error).split())) from error
    columns, rows = result.columns, result.rows
    numeric = [kind.split("(")[0] in _NUMERIC for kind in result.types]
    table = Table(title=title, show_lines=False)
    for column, is_number in zip(columns, numeric):
        table.add_column(column, overflow="fold", justify="right" if is_number else "left")
    for row in rows:
        table.add_row(*["" if v is None else str(v) for v in row])
    console.print(table)
    console.print(f"{len(rows)} row(s)")
    return len(rows)


def main() -> None:
    """The `park-pipeline` console script.

    A finished command exits without the interpreter's teardown, whose last garbage collection
    walks every object Dagster, pydantic and the dictionaries created: ~0.6 s of each run spent
    freeing memory the process hands back anyway. Everything is written and closed by then; an
    error still unwinds and prints its traceback normally.

    Errors: a UserError is its one line on stderr; any other exception is one line naming it and
    pointing at `--debug`, which lets every error print its full traceback.
    """
    debug = DEBUG_FLAG in sys.argv[1:]
    args = [arg for arg in sys.argv[1:] if arg != DEBUG_FLAG]
    try:
        app(args=args, standalone_mode=True)
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 0 if done.code is None else 1
        if isinstance(done.code, str):
            print(done.code, file=sys.stderr)
    except Exception as error:
        if debug:
            raise
        code = 1
        errors.print(_one_line(error), style="red", markup=False, soft_wrap=True)
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _one_line(error: Exception) -> str:
    """The message a user sees: a UserError's own; otherwise its type, first line and a pointer."""
    if isinstance(error, UserError):
        return str(error)
    first = next((line.strip() for line in str(error).splitlines() if line.strip()), "")
    return f"error: {type(error).__name__}: {first} (run again with {DEBUG_FLAG} for the traceback)"
