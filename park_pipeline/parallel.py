"""Spread the text work of a batch over the machine's cores, a slice at a time.

Cleaning and extraction are pure Python per document, so a process pool is what uses both
cores. Work goes out in chunks (few round trips); each worker imports the dictionaries once and
keeps them for every chunk of the batch. A batch is read, processed and written one slice of
documents at a time, so memory stays bounded however many files a batch holds. Small batches
stay in-process: starting workers and loading jieba costs more than it saves for a handful of pages.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Callable, Iterator, Sequence, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
Work = Callable[[Sequence[Item]], Result]
MapChunks = Callable[[Work, Sequence[Item]], Iterator[Result]]

CHUNK_SIZE = 64  # documents per task sent to a worker
SLICE_SIZE = 1000  # documents held in memory together (read, processed, written); PARK_SLICE_SIZE
IN_PROCESS_BELOW = 200  # documents; below this a pool's start-up outweighs its speed-up


def worker_count() -> int:
    """PARK_WORKERS if set, else every core the process may use."""
    configured = os.environ.get("PARK_WORKERS")
    if configured:
        return max(1, int(configured))
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def slices(items: Sequence[Item]) -> list[Sequence[Item]]:
    """Consecutive slices of PARK_SLICE_SIZE (default SLICE_SIZE) items."""
    size = max(1, int(os.environ.get("PARK_SLICE_SIZE") or SLICE_SIZE))
    return [items[i:i + size] for i in range(0, len(items), size)]


def map_in_process(work: Work, items: Sequence[Item]) -> Iterator[Result]:
    """`work` applied to consecutive chunks of items, here, results in order."""
    return map(work, _chunks(items))


@contextmanager
def text_workers(n_items: int) -> Iterator[MapChunks]:
    """A map over chunks for the text work of `n_items` documents, like map_in_process but on a
    process pool kept for the whole batch, or map_in_process itself for a small batch.

    `work` must be a module-level function (it is pickled by name for the workers).
    """
    workers = worker_count()
    if workers <= 1 or n_items < IN_PROCESS_BELOW:
        yield map_in_process
        return
    # forkserver: workers start from a clean process, never from a forked Dagster run with threads
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield lambda work, items: pool.map(work, _chunks(items))


def _chunks(items: Sequence[Item]) -> list[Sequence[Item]]:
    return [items[i:i + CHUNK_SIZE] for i in range(0, len(items), CHUNK_SIZE)]
