"""Spread the text work of a batch over the machine's cores.

Cleaning and extraction are pure Python per document, so a process pool is what uses both
cores. Work goes out in chunks (few round trips, bounded memory per task); each worker imports
the dictionaries once and keeps them for all its chunks. Small batches stay in-process: starting
workers and loading jieba costs more than it saves for a handful of pages.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterator, Sequence, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

CHUNK_SIZE = 64
IN_PROCESS_BELOW = 200  # items; below this a pool's start-up outweighs its speed-up


def worker_count() -> int:
    """PARK_WORKERS if set, else every core the process may use."""
    configured = os.environ.get("PARK_WORKERS")
    if configured:
        return max(1, int(configured))
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def map_in_chunks(
    work: Callable[[Sequence[Item]], Result], items: Sequence[Item], chunk_size: int = CHUNK_SIZE
) -> Iterator[Result]:
    """`work` applied to consecutive chunks of items, results in order.

    `work` must be a module-level function (it is pickled by name for the workers).
    """
    chunks = [items[i:i + chunk_size] for i in range(0, len(items), chunk_size)]
    workers = min(worker_count(), len(chunks))
    if workers <= 1 or len(items) < IN_PROCESS_BELOW:
        yield from map(work, chunks)
        return
    # forkserver: workers start from a clean process, never from a forked Dagster run with threads
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(work, chunks)
