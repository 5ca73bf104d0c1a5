"""Compare the seeds folder with what was last recorded, cheaply.

A file's identity is its path relative to the seeds folder. Size and mtime decide whether a file
needs hashing at all, so an idle scan of 10,000 files reads no file contents; sha256 then decides
whether a touched file really changed.
"""
from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Mapping

ChangeKind = Literal["added", "changed", "deleted"]


@dataclass(frozen=True, slots=True)
class FileState:
    path: str  # relative to the seeds folder, POSIX separators
    size: int
    mtime_ns: int
    sha256: str


@dataclass(frozen=True, slots=True)
class FileChange:
    path: str
    kind: ChangeKind
    state: FileState | None  # None for a deleted file


@dataclass(frozen=True)
class ScanResult:
    changes: list[FileChange]
    touched: list[FileState]  # mtime moved, content identical: refresh the manifest only
    unsettled: list[str]  # modified too recently: probably still being written


def list_seed_files(seeds_dir: Path) -> dict[str, Path]:
    """Every regular, non-hidden file under seeds_dir, keyed by relative path.

    Files that are not `*.txt` are listed too, so that ingest can quarantine them with a reason
    instead of losing them silently.
    Symlinks are followed only when they resolve to a regular file inside the seeds folder, and
    linked directories are never descended, so a link can neither leak outside files in nor loop.
    """
    root = seeds_dir.resolve()
    found: dict[str, Path] = {}
    _walk(root, root, "", found)
    return found


def _walk(root: Path, folder: Path, prefix: str, found: dict[str, Path]) -> None:
    """os.scandir rather than os.walk and Path checks: the entry types come with the listing, so
    an idle scan of 10,000 files costs one stat per file, not four."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return  # vanished or unreadable folder: its files are simply not present
    for entry in entries:
        if entry.name.startswith("."):
            continue
        relative = prefix + entry.name
        if entry.is_dir(follow_symlinks=False):
            _walk(root, Path(entry.path), relative + "/", found)
        elif entry.is_file(follow_symlinks=False) or (
            entry.is_symlink() and _is_seed_file(Path(entry.path), root)
        ):
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
    present = list_seed_files(seeds_dir)
    for rel, path in present.items():
        try:
            stat = path.stat()
        except OSError:
            continue  # vanished between listing and stat: the next scan sees the deletion
        before = known.get(rel)
        if before and before.size == stat.st_size and before.mtime_ns == stat.st_mtime_ns:
            continue
        if now_ns - stat.st_mtime_ns < settle_ns:
            unsettled.append(rel)
            continue
        try:
            digest = file_sha256(path)
        except OSError as error:  # unreadable: recorded so that ingest can quarantine it
            digest = f"unreadable:{error.errno}"
        state = FileState(rel, stat.st_size, stat.st_mtime_ns, digest)
        if before is None:
            changes.append(FileChange(rel, "added", state))
        elif before.sha256 != digest:
            changes.append(FileChange(rel, "changed", state))
        else:
            touched.append(state)
    changes.extend(FileChange(rel, "deleted", None) for rel in sorted(known.keys() - present.keys()))
    return ScanResult(changes, touched, unsettled)
