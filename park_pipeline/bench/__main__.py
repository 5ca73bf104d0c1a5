"""`make bench`: N generated pages through the real `park-pipeline run`, measured in one go.

Measures the initial load, adding one page, an idle re-run, bare single-process `jieba.lcut`
over the same pages (the anchor the targets are ratios of), peak RSS of the whole process tree,
the size of DAGSTER_HOME, and a top-20 park_summary query; prints a Markdown table.
"""
from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import jieba
import psutil
import typer

from park_pipeline.bench.corpus import load_templates, write_pages
from park_pipeline.storage import published, queries

REPO = Path(__file__).resolve().parents[2]
ADD_ONE_REPEATS = 3  # one small run is noisy (±10 % here): the median of three


def main(
    pages: int = typer.Option(10_000, help="How many pages to generate."),
    templates: list[Path] = typer.Option([REPO / "seeds"], help="Folder of template pages (repeatable)."),
    workdir: Path = typer.Option(None, help="Where to put the generated run (default: a temp dir)."),
    cluster: bool = typer.Option(False, help="Time the cluster profile instead (`make cluster-check` on PAGES pages)."),
) -> None:
    if cluster:
        from park_pipeline.bench.cluster import main as cluster_check

        cluster_check(pages=pages, batches=4, workdir=workdir)
        return
    root = workdir or Path(tempfile.mkdtemp(prefix="park-bench-"))
    seeds, home = root / "seeds", root / "dagster_home"
    env = {**os.environ, "PARK_SEEDS_DIR": str(seeds), "PARK_WAREHOUSE": str(root / "wh" / "parks.duckdb"),
           "DAGSTER_HOME": str(home)}
    pool = load_templates(*templates)
    paths = write_pages(pages, seeds, pool)
    _backdate(paths)
    megabytes = sum(p.stat().st_size for p in paths) / 1e6

    anchor = _jieba_anchor(paths)
    initial, peak = _timed_run(env)
    add_one = statistics.median(_add_one_page(env, seeds, pool, pages + i) for i in range(ADD_ONE_REPEATS))
    idle, _ = _timed_run(env)
    query_ms, n_articles = _query(Path(env["PARK_WAREHOUSE"]))
    home_mb = sum(f.stat().st_size for f in home.rglob("*") if f.is_file()) / 1e6

    rows = [
        ("pages", f"{pages:,} ({megabytes:.1f} MB)", ""),
        ("bare jieba.lcut, one process", f"{anchor:.1f} s", "1.00 (anchor)"),
        ("initial load", f"{initial:.1f} s", f"{initial / anchor:.2f} x anchor (target <= 2.5)"),
        (f"add one page (median of {ADD_ONE_REPEATS})", f"{add_one:.1f} s", f"{add_one / initial:.1%} of initial (target <= 5%)"),
        ("idle re-run", f"{idle:.1f} s", f"{idle / initial:.1%} of initial (target <= 3%)"),
        ("peak RSS, process tree", f"{peak / 1e9:.2f} GB", "target <= 3 GB"),
        ("DAGSTER_HOME", f"{home_mb:.1f} MB", "target <= 100 MB"),
        ("park_summary top-20 query", f"{query_ms:.0f} ms", "target < 200 ms"),
        ("pages in park.articles", f"{n_articles:,}", f"of {pages + ADD_ONE_REPEATS:,}"),
    ]
    cpu = platform.processor() or platform.machine()
    print(f"\nmachine: {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB, {cpu}, "
          f"Python {platform.python_version()}\n")
    print("| measure | value | ratio / target |\n|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def _add_one_page(env: dict, seeds: Path, pool: list[list[str]], number: int) -> float:
    _backdate(write_pages(1, seeds, pool, start=number))
    return _timed_run(env)[0]


def _backdate(paths: list[Path]) -> None:
    past = time.time() - 60
    for path in paths:
        os.utime(path, (past, past))


def _jieba_anchor(paths: list[Path]) -> float:
    jieba.initialize()
    start = time.perf_counter()
    for path in paths:
        jieba.lcut(path.read_text(encoding="utf-8"))
    return time.perf_counter() - start


def _timed_run(env: dict) -> tuple[float, int]:
    """Wall time of `park-pipeline run` and the peak summed RSS of its process tree."""
    command = [str(Path(sys.executable).with_name("park-pipeline")), "run", "--top", "0"]
    start = time.perf_counter()
    process = psutil.Popen(command, env=env, stdout=subprocess.DEVNULL)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                tree = [process, *process.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = process.wait()
    done.set()
    sampler.join()
    if code != 0:
        raise SystemExit(f"park-pipeline run failed with exit code {code}")
    return time.perf_counter() - start, peak


def _query(warehouse: Path) -> tuple[float, int]:
    start = time.perf_counter()
    published.query(warehouse, queries.TOP_PARKS)
    elapsed = (time.perf_counter() - start) * 1000
    return elapsed, published.query(warehouse, queries.N_SOURCE_FILES).rows[0][0]


if __name__ == "__main__":
    typer.run(main)
