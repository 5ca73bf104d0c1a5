"""Compare the seeds folder with what was last recorded, cheaply.

A file's identity is its path relative to the seeds folder. Size and mtime decide whether a file
needs hashing at all, so an idle scan of 10,000 files reads no file contents; sha256 then decides
whether a touched file really changed.
"""
from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import Mapping

from park_pipeline.errors import MassDeletion, SeedsFolderMissing
from park_pipeline.storage.ledger import FileChange, FileState, ScanResult

def list_seed_files(seeds_dir: Path, unlisted: list[str] | None = None) -> dict[str, Path]:
    """Every regular, non-hidden file under seeds_dir, keyed by relative path.

    Files that are not pages are listed too, so that ingest can quarantine them with a reason
    instead of losing them silently; so are links, though a link is followed only to a regular
    file inside the seeds folder and linked directories are never descended (`refused_link`): a
    link can neither leak outside files in nor loop, and the user sees why it was not read.
    A subfolder that exists but cannot be listed (permissions, a share gone stale) is added to
    `unlisted` as its relative prefix: its files are unknown, not deleted.
    """
    root = seeds_dir.resolve()
    if not root.is_dir():
        raise SeedsFolderMissing(
            f"seeds folder {seeds_dir} does not exist or is not a folder: create it, mount it, "
            "or point PARK_SEEDS_DIR at the folder holding the pages")
    found: dict[str, Path] = {}
    _walk(root, root, "", found, unlisted if unlisted is not None else [])
    return found


def _walk(root: Path, folder: Path, prefix: str, found: dict[str, Path], unlisted: list[str]) -> None:
    """os.scandir rather than os.walk and Path checks: the entry types come with the listing, so
    an idle scan of 10,000 files costs one stat per file, not four."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except FileNotFoundError:
        return  # removed while we walked: its files are gone
    except OSError:
        unlisted.append(prefix)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        relative = prefix + entry.name
        if entry.is_dir(follow_symlinks=False):
            _walk(root, Path(entry.path), relative + "/", found, unlisted)
        elif entry.is_file(follow_symlinks=False) or entry.is_symlink():
            found[relative] = Path(entry.path)


def seed_file(seeds_dir: Path, relative: str) -> Path | None:
    """The file at a relative path, if list_seed_files would still list it (without walking)."""
    root = seeds_dir.resolve()
    parts = Path(relative).parts
    if not parts or any(part.startswith(".") or part == ".." for part in parts):
        return None
    folder = root
    for part in parts[:-1]:
        folder = folder / part
        if folder.is_symlink() or not folder.is_dir():
            return None
    path = folder / parts[-1]
    return path if _is_seed_file(path, root) else None


def refused_link(seeds_dir: Path, relative: str) -> str | None:
    """Why the link at a relative path is not read, or None when it is no link or links a page
    inside the seeds folder. The reason says what to do instead."""
    path = seeds_dir / relative
    if not path.is_symlink():  # one lstat for the ordinary file
        return None
    root = seeds_dir.resolve()
    target = path.resolve()
    if not target.exists():
        return "a link to a file that does not exist: restore the file or remove the link"
    if not target.is_relative_to(root):
        return "a link to outside the seeds folder is not followed: copy the file into the folder"
    if not target.is_file():
        return "a link to a folder is not followed (it could loop): move its files into the seeds folder"
    return None


def _is_seed_file(path: Path, root: Path) -> bool:
    """A regular file, or a link to a regular file inside the seeds folder."""
    if path.is_symlink():
        target = path.resolve()
        return target.is_relative_to(root) and target.is_file()
    return path.is_file()


def file_sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def scan_seeds(
    seeds_dir: Path,
    known: Mapping[str, FileState],
    settle_seconds: float = 0.0,
    now_ns: int | None = None,
) -> ScanResult:
    """What changed in seeds_dir since `known` was recorded."""
    now_ns = time.time_ns() if now_ns is None else now_ns
    settle_ns = int(settle_seconds * 1e9)
    changes: list[FileChange] = []
    touched: list[FileState] = []
    unsettled: list[str] = []
    unlisted: list[str] = []
    present = list_seed_files(seeds_dir, unlisted)
    for rel, path in present.items():
        refused = path.is_symlink() and refused_link(seeds_dir, rel) is not None
        try:
            stat = path.lstat() if refused else path.stat()
        except OSError:
            continue  # vanished between listing and stat: the next scan sees the deletion
        before = known.get(rel)
        if (before and before.size == stat.st_size and before.mtime_ns == stat.st_mtime_ns
                and before.sha256.startswith("link:") == refused):  # a link mended is news
            continue
        if now_ns - stat.st_mtime_ns < settle_ns:
            unsettled.append(rel)
            continue
        try:  # a refused link is known by where it points: what it points to is never read
            digest = f"link:{os.readlink(path)}" if refused else file_sha256(path)
        except OSError as error:  # unreadable: recorded so that ingest can quarantine it
            digest = f"unreadable:{error.errno}"
        state = FileState(rel, stat.st_size, stat.st_mtime_ns, digest)
        if before is None:
            changes.append(FileChange(rel, "added", state))
        elif before.sha256 != digest:
            changes.append(FileChange(rel, "changed", state))
        else:
            touched.append(state)
    gone = (rel for rel in sorted(known.keys() - present.keys()) if not rel.startswith(tuple(unlisted)))
    changes.extend(FileChange(rel, "deleted", None) for rel in gone)
    return ScanResult(changes, touched, unsettled)


# A run may delete at most half of the files it knew, unless confirmed; fewer than this many
# deletions always pass (removing a page or two is ordinary). Like rsync's --max-delete.
MASS_DELETE_MIN = 3


def guard_deletions(scan: ScanResult, n_known: int, seeds_dir: Path, allow: bool = False) -> None:
    """Refuse a scan that would delete more than half of the `n_known` files (at least
    MASS_DELETE_MIN of them): an empty or wrong folder must not empty the warehouse."""
    deleted = sum(change.kind == "deleted" for change in scan.changes)
    if allow or deleted < MASS_DELETE_MIN or deleted * 2 <= n_known:
        return
    raise MassDeletion(
        f"{deleted} of {n_known} known files are gone from {seeds_dir}: nothing was changed. "
        "If the folder is right and they were removed on purpose, run "
        "`park-pipeline run --allow-mass-delete`")
