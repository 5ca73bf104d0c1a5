"""The seeds manifest and ingest batches, on a real temporary folder and SQLite file."""
import os
import time

from park_pipeline.storage.ledger import IngestLedger, document_id
from park_pipeline.ingest.scan import list_seed_files, refused_link, scan_seeds, seed_file


def _write(path, text, age_seconds=60):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    past = time.time() - age_seconds
    os.utime(path, (past, past))


def _record(ledger, seeds, settle=0.0):
    return ledger.record(scan_seeds(seeds, ledger.known_files(), settle))


def test_batches_follow_added_changed_deleted_files(tmp_path):
    seeds, ledger = tmp_path / "seeds", IngestLedger(tmp_path / "ledger.sqlite")
    _write(seeds / "a.txt", "甲")
    _write(seeds / "sub" / "b.txt", "乙")
    first = _record(ledger, seeds)
    assert {f.path for f in ledger.owned_files([first])} == {"a.txt", "sub/b.txt"}
    assert _record(ledger, seeds) is None

    _write(seeds / "a.txt", "甲改")
    changed = _record(ledger, seeds)
    assert [(f.path, f.change) for f in ledger.owned_files([changed])] == [("a.txt", "changed")]
    assert [f.path for f in ledger.owned_files([first])] == ["sub/b.txt"]  # a.txt superseded

    (seeds / "sub" / "b.txt").unlink()
    deleted = _record(ledger, seeds)
    assert [(f.path, f.change) for f in ledger.owned_files([deleted])] == [("sub/b.txt", "deleted")]
    assert ledger.pending_batches() == [first, changed, deleted]
    ledger.mark_done([first, changed])
    assert ledger.pending_batches() == [deleted]


def test_touched_file_with_same_content_is_not_a_change(tmp_path):
    seeds, ledger = tmp_path / "seeds", IngestLedger(tmp_path / "ledger.sqlite")
    _write(seeds / "a.txt", "甲", age_seconds=120)
    _record(ledger, seeds)
    _write(seeds / "a.txt", "甲", age_seconds=30)
    assert _record(ledger, seeds) is None
    assert scan_seeds(seeds, ledger.known_files()).changes == []


def test_recent_files_wait_until_settled(tmp_path):
    seeds, ledger = tmp_path / "seeds", IngestLedger(tmp_path / "ledger.sqlite")
    _write(seeds / "fresh.txt", "丙", age_seconds=0)
    scan = scan_seeds(seeds, ledger.known_files(), settle_seconds=30)
    assert scan.unsettled == ["fresh.txt"] and scan.changes == []


def test_symlinks_never_leave_the_seeds_folder(tmp_path):
    seeds = tmp_path / "seeds"
    _write(seeds / "inside.txt", "内")
    _write(tmp_path / "outside.txt", "外")
    (seeds / "link_out.txt").symlink_to(tmp_path / "outside.txt")
    (seeds / "link_in.txt").symlink_to(seeds / "inside.txt")
    (seeds / "loop").symlink_to(seeds, target_is_directory=True)
    (seeds / "dir.txt").mkdir()
    (seeds / ".hidden.txt").write_text("隐")
    (seeds / "broken.txt").symlink_to(seeds / "gone.txt")
    listed = list_seed_files(seeds)
    assert sorted(listed) == ["broken.txt", "inside.txt", "link_in.txt", "link_out.txt", "loop"]
    readable = sorted(name for name in listed if seed_file(seeds, name) is not None)
    assert readable == ["inside.txt", "link_in.txt"]
    reasons = {name: refused_link(seeds, name) for name in listed}  # the rest are listed to say why
    assert reasons["inside.txt"] is None and reasons["link_in.txt"] is None
    assert "outside the seeds folder" in reasons["link_out.txt"]
    assert "folder" in reasons["loop"] and "does not exist" in reasons["broken.txt"]


def test_a_refused_link_is_known_by_where_it_points_and_mending_it_is_a_change(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "late.txt").symlink_to(seeds / "later.txt")  # its page is not there yet
    ledger = IngestLedger(tmp_path / "ledger.sqlite")
    first = scan_seeds(seeds, ledger.known_files())
    assert [(c.path, c.kind, c.state.sha256) for c in first.changes] == [("late.txt", "added", "link:" + str(seeds / "later.txt"))]
    ledger.record(first)
    assert scan_seeds(seeds, ledger.known_files()).changes == []  # idle while nothing moves
    _write(seeds / "later.txt", "迟到的页面")
    kinds = {c.path: c.kind for c in scan_seeds(seeds, ledger.known_files()).changes}
    assert kinds == {"late.txt": "changed", "later.txt": "added"}


def test_document_id_is_stable_per_path():
    assert document_id("a/b.txt") == document_id("a/b.txt") != document_id("a/c.txt")


def test_seed_file_agrees_with_the_listing(tmp_path):
    seeds = tmp_path / "seeds"
    _write(seeds / "sub" / "a.txt", "甲")
    _write(tmp_path / "outside.txt", "外")
    (seeds / "out.txt").symlink_to(tmp_path / "outside.txt")
    (seeds / "loop").symlink_to(seeds, target_is_directory=True)
    (seeds / ".hidden").mkdir()
    _write(seeds / ".hidden" / "b.txt", "乙")
    listed = list_seed_files(seeds)
    for relative in ["sub/a.txt", "out.txt", "loop/sub/a.txt", ".hidden/b.txt", "../outside.txt", "missing.txt"]:
        readable = relative in listed and refused_link(seeds, relative) is None
        assert (seed_file(seeds, relative) is not None) == readable, relative
