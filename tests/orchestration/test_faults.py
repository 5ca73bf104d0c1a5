"""Bad files, kills, held read locks and concurrent runs, through the real `park-pipeline` CLI."""
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from park_pipeline.bench.corpus import load_templates, write_pages
from park_pipeline.storage.warehouse import Warehouse
from tests.conftest import REPO_SEEDS, age

CLI = str(Path(sys.executable).with_name("park-pipeline"))
GOOD_NAMES = ["quote's \"name\".txt", "semi;colon.txt", "with space.txt", "中文 名称.txt", "dots....txt",
              "nested/deeper/page.txt"]


def _env(root: Path) -> dict:
    return {**os.environ, "PARK_SEEDS_DIR": str(root / "seeds"),
            "PARK_WAREHOUSE": str(root / "wh" / "parks.duckdb"), "DAGSTER_HOME": str(root / "home")}


def _run(root: Path, **settings: str) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, "run", "--top", "3"], env=_env(root) | settings, capture_output=True, text=True,
                          timeout=600)


def _query(root: Path, sql: str, params=None) -> list[tuple]:
    with duckdb.connect(str(root / "wh" / "parks.duckdb"), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def _fingerprint(root: Path) -> dict:
    """What a clean build and a recovered build must agree on."""
    tables = ["documents", "articles", "park_mentions", "companies", "projects", "people", "indicators",
              "parks", "park_summary", "quarantine"]
    result = {t: _query(root, f"SELECT count(*) FROM park.{t}")[0][0] for t in tables}
    result["article_ids_unique"] = _query(root, "SELECT count(*) = count(DISTINCT article_id) FROM park.articles")[0][0]
    result["investment"] = _query(root, "SELECT round(sum(investment_cny)) FROM park.projects")[0][0]
    result["texts"] = _query(root, "SELECT md5(string_agg(text, '|' ORDER BY article_id)) FROM park.articles")[0][0]
    return result


def _seed_folder(root: Path, generated: int = 0) -> Path:
    seeds = root / "seeds"
    shutil.copytree(REPO_SEEDS, seeds)
    if generated:
        write_pages(generated, seeds / "generated", load_templates(REPO_SEEDS))
    for path in seeds.rglob("*"):
        if path.is_file():
            age(path)
    return seeds


def test_bad_files_are_quarantined_and_every_good_file_lands(tmp_path):
    seeds = _seed_folder(tmp_path)
    page = (REPO_SEEDS / "000_412c1ddf2e9aa6b6.txt").read_bytes()
    for name in GOOD_NAMES:
        (seeds / name).parent.mkdir(parents=True, exist_ok=True)
        (seeds / name).write_bytes(page.replace("随州".encode(), name[:2].encode()))
    (seeds / "truncated.txt").write_bytes(page[:-1])  # cut inside the last character
    bad = {
        "empty.txt": b"",
        "blank.txt": b" \n\t\n  ",
        "binary.txt": bytes(range(256)) * 40,
        "huge.txt": page * (25 * 1024 * 1024 // len(page) + 1),
        "slides.pdf": b"%PDF-1.4 not a page",
    }
    for name, data in bad.items():
        (seeds / name).write_bytes(data)
    (seeds / "folder.txt").mkdir()
    outside = tmp_path / "secret.txt"
    outside.write_text("绝密:不应被读取的高新区文件", encoding="utf-8")
    (seeds / "link_out.txt").symlink_to(outside)
    (seeds / "loop").symlink_to(seeds, target_is_directory=True)
    for path in seeds.rglob("*"):
        if path.is_file() and not path.is_symlink():
            age(path)

    links = {"link_out.txt": "outside the seeds folder", "loop": "a link to a folder"}
    (seeds / "menu_only.txt").write_text("首页 | 新闻中心 | 政务公开\n联系我们 网站地图\n版权所有 备案号", encoding="utf-8")
    age(seeds / "menu_only.txt")
    result = _run(tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"{len(bad) + len(links) + 1} file(s) quarantined" in result.stdout  # the run names them, with reasons
    assert all(f"{name}: " in result.stdout for name in [*bad, *links]), result.stdout
    ingested = {row[0] for row in _query(tmp_path, "SELECT DISTINCT source_path FROM park.articles")}
    assert set(GOOD_NAMES) | {"truncated.txt"} <= ingested
    assert len([p for p in ingested if p.startswith("00")]) == 5
    quarantined = dict(_query(tmp_path, "SELECT source_path, reason FROM park.quarantine"))
    assert quarantined.pop("menu_only.txt").startswith("clean: no article text found")  # not lost silently
    assert set(quarantined) == set(bad) | set(links)
    assert all(reason for reason in quarantined.values())
    assert all(words in quarantined[name] for name, words in links.items())  # never followed, but said
    raw_texts = str(tmp_path / "wh" / ".parks.raw" / "*.parquet")
    assert not _query(tmp_path, "SELECT count(*) FROM read_parquet(?) WHERE raw_text LIKE '%绝密%'", [raw_texts])[0][0]
    assert "link_out.txt" not in ingested and not any("loop/" in p for p in ingested | set(quarantined))

    (seeds / "empty.txt").write_bytes(page)  # a quarantined file is retried when it changes
    age(seeds / "empty.txt", 30)
    assert _run(tmp_path).returncode == 0
    assert "empty.txt" not in dict(_query(tmp_path, "SELECT source_path, reason FROM park.quarantine"))
    assert _query(tmp_path, "SELECT count(*) FROM park.articles WHERE source_path = 'empty.txt'")[0][0] >= 1


GENERATED = 30


@pytest.fixture(scope="module")
def clean_build(tmp_path_factory) -> dict:
    """The reference: seeds plus generated pages, built once without interference."""
    root = tmp_path_factory.mktemp("clean")
    _seed_folder(root, generated=GENERATED)
    assert _run(root).returncode == 0
    return _fingerprint(root)


def test_kill_9_mid_run_then_rerun_equals_a_clean_build(tmp_path, clean_build):
    _seed_folder(tmp_path, generated=GENERATED)
    process = subprocess.Popen([CLI, "run"], env=_env(tmp_path), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    work_file = tmp_path / "wh" / ".parks.work.duckdb"
    deadline = time.monotonic() + 120
    while not work_file.exists() and time.monotonic() < deadline:  # writing has begun
        time.sleep(0.05)
    time.sleep(1.0)
    os.killpg(process.pid, signal.SIGKILL)  # the run and its worker processes
    process.wait()
    recovered = _run(tmp_path)
    assert recovered.returncode == 0, recovered.stderr
    assert _fingerprint(tmp_path) == clean_build


def test_a_batch_written_in_small_slices_equals_a_clean_build(tmp_path, clean_build):
    """Memory is bounded by the slice, not the batch; slicing must not change a single row."""
    _seed_folder(tmp_path, generated=GENERATED)
    assert _run(tmp_path, PARK_SLICE_SIZE="7").returncode == 0
    assert _fingerprint(tmp_path) == clean_build


def test_runs_succeed_while_an_analyst_holds_the_warehouse(tmp_path):
    seeds = _seed_folder(tmp_path)
    assert _run(tmp_path).returncode == 0
    idle = _run(tmp_path)
    assert idle.returncode == 0 and "nothing to do" in idle.stdout
    before = _query(tmp_path, "SELECT count(*) FROM park.articles")[0][0]
    write = subprocess.run([CLI, "sql", "DELETE FROM park.articles"], env=_env(tmp_path),
                           capture_output=True, text=True)
    assert write.returncode == 1 and "read-only" in write.stderr and len(write.stderr.splitlines()) == 1
    assert _query(tmp_path, "SELECT count(*) FROM park.articles")[0][0] == before
    analyst = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; con = duckdb.connect(sys.argv[1], read_only=True);"
         "print(con.execute('SELECT count(*) FROM park.articles').fetchone()[0], flush=True); time.sleep(600)",
         str(tmp_path / "wh" / "parks.duckdb")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert int(analyst.stdout.readline()) >= 5
        shutil.copy(seeds / "003_198ecc5b68855e52.txt", seeds / "again.txt")
        age(seeds / "again.txt")
        result = _run(tmp_path)
        assert result.returncode == 0, result.stderr
        assert _query(tmp_path, "SELECT count(*) FROM park.articles WHERE source_path = 'again.txt'")[0][0] >= 1
    finally:
        analyst.kill()


def test_two_runs_started_together_leave_a_correct_warehouse(tmp_path, clean_build):
    _seed_folder(tmp_path, generated=GENERATED)
    runs = [subprocess.Popen([CLI, "run"], env=_env(tmp_path), stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for run in runs:
        _, errors = run.communicate(timeout=600)
        assert run.returncode == 0, errors
    assert _fingerprint(tmp_path) == clean_build


def test_a_failing_step_exits_with_the_error_instead_of_hanging(tmp_path):
    """Dagster's step errors chain their causes in a cycle; the CLI must still print and exit."""
    _seed_folder(tmp_path)
    Warehouse(tmp_path / "wh" / "parks.duckdb").read("SELECT 1")  # a current working file, then
    with duckdb.connect(str(tmp_path / "wh" / ".parks.work.duckdb")) as con:  # one a step cannot write
        con.execute("ALTER TABLE park.documents DROP COLUMN encoding")
    result = subprocess.run([CLI, "run"], env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "raw_documents" in result.stderr and "--debug" in result.stderr and "Traceback" not in result.stderr
    debug = subprocess.run([CLI, "run", "--debug"], env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert debug.returncode != 0
    assert "Traceback" in debug.stderr and "raw_documents" in debug.stderr
