"""`make bench` end to end on a handful of pages: every measure is taken and every page lands."""
import subprocess
import sys


def test_bench_measures_everything_on_a_small_corpus(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "park_pipeline.bench", "--pages", "12", "--workdir", str(tmp_path)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    rows = {line.split("|")[1].strip(): line for line in result.stdout.splitlines() if line.startswith("| ")}
    for measure in ("bare jieba.lcut, one process", "initial load", "add one page (median of 3)", "idle re-run",
                    "peak RSS, process tree", "DAGSTER_HOME", "park_summary top-20 query"):
        assert measure in rows, measure
    assert "| 15 | of 15 |" in rows["pages in park.articles"]
