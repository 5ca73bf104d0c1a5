"""Nothing lost, nothing stuck: a wrong folder never empties the warehouse, one page's failure
is that page's, and every user mistake is one line and a non-zero exit (real CLI, real runs)."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

import park_pipeline.clean.frames
import park_pipeline.extract.frames
from park_pipeline.errors import MassDeletion
from park_pipeline.ingest.scan import guard_deletions
from park_pipeline.storage.ledger import FileChange, ScanResult
from park_pipeline.orchestration.runner import run_pipeline
from park_pipeline.orchestration.sensors import seeds_sensor
from tests.conftest import REPO_SEEDS, age, query

CLI = str(Path(sys.executable).with_name("park-pipeline"))
PROJECT_VARIABLES = ("PARK_SEEDS_DIR", "PARK_WAREHOUSE", "DAGSTER_HOME")


def _cli(*args: str, cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in PROJECT_VARIABLES}
    return subprocess.run([CLI, *args], env=clean | env, cwd=cwd, capture_output=True, text=True, timeout=300)


def _one_line_error(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode != 0, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr and all(w in result.stderr for w in words), result.stderr


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A project folder as a clone has it (workspace.yaml, seeds/, docs/), built once by the CLI
    started from docs/ with no PARK_* variable: the defaults must resolve against the project."""
    root = tmp_path_factory.mktemp("project")
    (root / "workspace.yaml").write_text("load_from: []\n", encoding="utf-8")
    shutil.copytree(REPO_SEEDS, root / "seeds")
    (root / "docs").mkdir()
    for page in (root / "seeds").iterdir():
        age(page)
    built = _cli("run", cwd=root / "docs")
    assert built.returncode == 0, built.stderr
    return root


def _env(root: Path) -> dict:
    return {"PARK_SEEDS_DIR": str(root / "seeds"), "PARK_WAREHOUSE": str(root / "warehouse" / "parks.duckdb"),
            "DAGSTER_HOME": str(root / ".dagster_home")}


def test_defaults_resolve_against_the_project_root_from_any_subfolder(project):
    assert (project / "warehouse" / "parks.duckdb").is_file() and (project / ".dagster_home").is_dir()
    assert not (project / "docs" / "warehouse").exists() and not (project / "docs" / ".dagster_home").exists()
    idle = _cli("run", cwd=project / "docs")  # the same warehouse and ledger from another folder
    assert idle.returncode == 0 and "nothing to do" in idle.stdout, idle.stderr
    # an explicit relative value means relative to where it was typed
    relative = _cli("run", cwd=project / "docs", PARK_SEEDS_DIR="nowhere")
    _one_line_error(relative, str(project / "docs" / "nowhere"))


def test_sql_mistakes_are_one_line_and_leading_comments_work(project):
    _one_line_error(_cli("sql", "", cwd=project), "empty SQL")
    _one_line_error(_cli("sql", "SELEC nonsense", cwd=project), "syntax error")
    commented = _cli("sql", "-- parks by articles\nSELECT count(*) AS n_parks FROM park.park_summary", cwd=project)
    assert commented.returncode == 0 and "n_parks" in commented.stdout, commented.stderr
    _one_line_error(_cli("explain", "p-no-such-project", cwd=project), "p-no-such-project")
    known = _cli("sql", "SELECT project_id FROM park.project_registry LIMIT 1", cwd=project).stdout
    project_id = next(word for word in known.split() if word.startswith("p") and len(word) == 13)
    assert _cli("explain", project_id, cwd=project).returncode == 0
    _one_line_error(_cli("export", "out", cwd=project, PARK_WAREHOUSE=str(project / "none.duckdb")), "no warehouse")


def test_a_missing_or_emptied_seeds_folder_changes_nothing(tmp_path):
    shutil.copytree(REPO_SEEDS, tmp_path / "seeds")
    for page in (tmp_path / "seeds").iterdir():
        age(page)
    env = _env(tmp_path)
    assert _cli("run", **env).returncode == 0
    published = tmp_path / "warehouse" / "parks.duckdb"
    before = published.read_bytes()

    _one_line_error(_cli("run", **env | {"PARK_SEEDS_DIR": str(tmp_path / "unmounted")}), "does not exist")
    assert published.read_bytes() == before

    for page in (tmp_path / "seeds").iterdir():  # an empty folder: the share mounted, but empty
        page.rename(tmp_path / page.name)
    _one_line_error(_cli("run", **env), "5 of 5", "--allow-mass-delete")
    assert published.read_bytes() == before
    _one_line_error(_cli("run", "--reprocess", **env), "--allow-mass-delete")
    assert published.read_bytes() == before

    for page in sorted(tmp_path.glob("*.txt"))[:4]:  # back again: nothing was lost meanwhile
        page.rename(tmp_path / "seeds" / page.name)
    one_gone = _cli("run", **env)  # an ordinary deletion (one file) needs no confirmation
    assert one_gone.returncode == 0 and "1 deleted" in one_gone.stdout, one_gone.stderr
    for page in (tmp_path / "seeds").iterdir():
        page.unlink()
    confirmed = _cli("run", "--allow-mass-delete", **env)
    assert confirmed.returncode == 0 and "4 deleted" in confirmed.stdout, confirmed.stderr


def test_the_guard_counts_deletions_against_the_known_files():
    def scan(n_deleted: int) -> ScanResult:
        return ScanResult([FileChange(f"{i}.txt", "deleted", None) for i in range(n_deleted)], [], [])

    for n_deleted, n_known in [(2, 2), (2, 3), (3, 6), (5, 10), (0, 0)]:
        guard_deletions(scan(n_deleted), n_known, Path("seeds"))  # a few, or at most half: fine
    for n_deleted, n_known in [(3, 3), (3, 5), (6, 10), (10_000, 10_000)]:
        with pytest.raises(MassDeletion, match=f"{n_deleted} of {n_known}"):
            guard_deletions(scan(n_deleted), n_known, Path("seeds"))
    guard_deletions(scan(6), 10, Path("seeds"), allow=True)


def _tick(instance, storage) -> dg.SensorResult:
    return seeds_sensor(dg.build_sensor_context(instance=instance, resources={"storage": storage}))


def test_the_sensor_launches_no_deleting_run_and_says_why(storage, instance, seeds_dir, tmp_path):
    run_pipeline(storage, instance)
    held = tmp_path / "held"
    seeds_dir.rename(held)
    missing = _tick(instance, storage)
    assert missing.run_requests == [] and "does not exist" in missing.skip_reason.skip_message
    held.rename(seeds_dir)
    for page in list(seeds_dir.iterdir())[:3]:
        page.unlink()
    emptied = _tick(instance, storage)
    assert emptied.run_requests == [] and "--allow-mass-delete" in emptied.skip_reason.skip_message
    assert storage.ledger().pending_batches() == [] and len(storage.ledger().known_files()) == 5


def test_a_page_that_makes_a_rule_throw_is_quarantined_and_the_rest_lands(storage, instance, seeds_dir, monkeypatch):
    """A rule bug hit by one page (forced here by a wrapper that raises on a marker) costs that
    page, with the stage and the error as its reason; a later fix picks it up with --reprocess."""
    for name, marker in [("poison-clean.txt", "甲毒页"), ("poison-extract.txt", "乙毒页")]:
        text = (seeds_dir / "000_412c1ddf2e9aa6b6.txt").read_text(encoding="utf-8")
        (seeds_dir / name).write_text(text.replace("随州", "随州" + marker), encoding="utf-8")
        age(seeds_dir / name)

    def failing_on(marker, rule):
        def wrapped(text, *args, **kwargs):
            if marker in text:
                raise ValueError(f"rule broke on {marker}")
            return rule(text, *args, **kwargs)
        return wrapped

    monkeypatch.setenv("PARK_WORKERS", "1")  # the rules run in this process, where they are wrapped
    monkeypatch.setattr(park_pipeline.clean.frames, "clean_page",
                        failing_on("甲毒页", park_pipeline.clean.frames.clean_page))
    monkeypatch.setattr(park_pipeline.extract.frames, "extract_article",
                        failing_on("乙毒页", park_pipeline.extract.frames.extract_article))
    run_pipeline(storage, instance)
    reasons = dict(query(storage, "SELECT source_path, reason FROM park.quarantine"))
    assert reasons["poison-clean.txt"] == "clean: ValueError: rule broke on 甲毒页"
    assert reasons["poison-extract.txt"].startswith("extract: ValueError: rule broke on 乙毒页 (story ")
    assert query(storage, "SELECT count(DISTINCT source_path) FROM park.articles "
                          "WHERE source_path LIKE '00%'")[0][0] == 5
    assert query(storage, "SELECT count(*) FROM park.articles WHERE source_path = 'poison-clean.txt'")[0][0] == 0
    assert query(storage, "SELECT count(*) FROM park.park_mentions m JOIN park.articles a USING (article_id) "
                          "WHERE a.source_path = 'poison-extract.txt'")[0][0] == 0

    monkeypatch.undo()  # the rules fixed: a reprocess retries the quarantined pages
    run_pipeline(storage, instance, reprocess=True)
    assert query(storage, "SELECT count(*) FROM park.quarantine")[0][0] == 0
    assert query(storage, "SELECT count(*) FROM park.park_mentions m JOIN park.articles a USING (article_id) "
                          "WHERE a.source_path LIKE 'poison-%'")[0][0] >= 2
