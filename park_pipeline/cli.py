"""`park-pipeline`: run the pipeline, query the warehouse, score extraction against gold."""
from __future__ import annotations

from pathlib import Path

import duckdb
import typer
from rich.console import Console
from rich.table import Table

from park_pipeline.config import load_settings

app = typer.Typer(help="Chinese industrial-park news -> DuckDB warehouse.", no_args_is_help=True)
console = Console()

SUMMARY_SQL = """
SELECT name, province, city, n_articles, n_projects,
       round(total_investment_cny / 1e8, 2) AS investment_yi_yuan, n_companies, last_published
FROM park.park_summary ORDER BY total_investment_cny DESC, n_articles DESC LIMIT ?
"""


@app.command()
def run(top: int = typer.Option(20, help="How many parks to show in the summary.")) -> None:
    """Ingest what changed in the seeds folder, materialize every asset, print the summary."""
    from park_pipeline.orchestration.instance import persistent_instance
    from park_pipeline.orchestration.resources import ParkStorage
    from park_pipeline.orchestration.runner import run_pipeline

    storage = ParkStorage.from_env()
    with console.status("scanning the seeds folder") as status:
        report = run_pipeline(storage, persistent_instance(),
                              on_step=lambda step: status.update(f"materializing {step}"))
    if report.new_batch:
        files = storage.ledger().owned_files([report.new_batch])
        changes = {}
        for f in files:
            changes[f.change] = changes.get(f.change, 0) + 1
        console.print(f"batch {report.new_batch}: " + ", ".join(f"{n} {kind}" for kind, n in sorted(changes.items())))
    elif not report.processed_batches:
        console.print("no changes in the seeds folder: nothing to do")
    if report.processed_batches:
        console.print(f"processed {len(report.processed_batches)} batch(es); aggregates refreshed")
    _print_query(storage.warehouse().public_path, SUMMARY_SQL, [top], title="Parks by investment")


@app.command()
def sql(query: str = typer.Argument(..., help="SQL to run read-only on the warehouse.")) -> None:
    """Run read-only SQL on the published warehouse and print the result as a table."""
    _print_query(load_settings().warehouse, query)


def _print_query(warehouse: Path, query: str, params: list | None = None, title: str | None = None) -> None:
    if not warehouse.exists():
        console.print(f"[red]no warehouse at {warehouse}: run `park-pipeline run` first[/red]")
        raise typer.Exit(1)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        try:
            result = con.execute(query, params or [])
        except duckdb.Error as error:
            console.print(f"[red]{error}[/red]")
            raise typer.Exit(1) from None
        columns = [d[0] for d in result.description or []]
        rows = result.fetchall()
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*["" if v is None else str(v) for v in row])
    console.print(table)
    console.print(f"{len(rows)} row(s)")
