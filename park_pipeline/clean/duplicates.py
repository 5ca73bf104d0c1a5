"""Near-duplicate detection with MinHash (datasketch).

Why: the same story is syndicated across sites, sometimes in traditional script.  We
dedupe on the cleaned, simplified text: byte-identical copies by hash, near-identical
ones by MinHash over character 5-gram shingles (128 permutations, fixed seed and
scheme, so signatures are deterministic and can be stored): an LSH index finds
candidates, and a candidate counts when its estimated Jaccard is >= 0.8.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash

__all__ = ["story_signature", "text_hash", "assign_duplicates", "assign_new_duplicates",
           "update_duplicates", "NUM_PERM", "THRESHOLD"]

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.8
_LSH_THRESHOLD = 0.5  # retrieve generously, then check the estimated Jaccard against THRESHOLD
_SEED = 1
_SCHEME = "affine32"  # pinned: signatures are stored, they must not change with a library default
_WS = re.compile(r"\s+")


def _shingle_hashes(text: str) -> np.ndarray:
    """32-bit hashes of the character 5-grams, computed in numpy, repeats kept: a MinHash is the
    minimum over them, the same with or without repeats, and sorting them out cost more than
    permuting the ~10 % a page repeats.

    Hashing each shingle through a Python call cost ~10 ms a page; a vectorized polynomial hash
    over the code points costs well under 1 ms and feeds datasketch's permutations just the same.
    """
    points = np.frombuffer(_WS.sub("", text).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if points.size == 0:
        return points
    width = min(SHINGLE, points.size)
    hashes = np.zeros(points.size - width + 1, dtype=np.uint64)
    for offset in range(width):  # uint64 arithmetic wraps, which is what a rolling hash wants
        hashes = hashes * np.uint64(1_000_003) + points[offset:points.size - width + 1 + offset]
    return (hashes ^ (hashes >> np.uint64(32))) & np.uint64(0xFFFFFFFF)


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """datasketch's affine32 permutations for (NUM_PERM, _SEED), one row of odd multipliers and one
    of offsets, drawn from numpy's RandomState in datasketch 2.0's order (tests compare them)."""
    draw = np.random.RandomState(_SEED)
    a = draw.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = draw.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return np.array([a, b])


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer: datasketch's affine32 mixes each input with it first."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def _minhash(hashvalues) -> MinHash:
    """A datasketch MinHash holding a stored signature, for the LSH index of a full reassignment.

    datasketch imports scipy (0.4 s of CPU) through its LSH modules: only that rare path imports it.
    """
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=int, hashvalues=hashvalues,
                   permutations=_permutations(), scheme=_SCHEME)


def story_signature(text: str) -> list[int]:
    """datasketch's affine32 MinHash of the text's shingles, computed here in numpy: the same
    values (tests compare them with datasketch's), without importing datasketch, which cost ~0.4 s
    of CPU in a run that adds one page."""
    a, b = _permutations()
    hashes = _shingle_hashes(text).astype(np.uint32)
    if hashes.size == 0:
        return [0xFFFFFFFF] * NUM_PERM  # datasketch's empty signature: the largest value everywhere
    permuted = _fmix32(hashes).reshape(-1, 1) * a + b  # uint32 arithmetic wraps: modulo 2^32
    return permuted.min(axis=0).tolist()


def text_hash(text: str) -> str:
    """What makes two stories byte-identical copies."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def assign_duplicates(items: list[tuple[str, str, list[int]]]) -> dict[str, str | None]:
    """article_id -> article_id of the first-seen copy of the same story, else None.

    `items` are (article_id, text_hash(text), signature) in first-seen order.

    Originals' signatures sit in one matrix, so a story's LSH candidates are all checked in a
    single numpy comparison: on a corpus of near-identical pages a story has hundreds of them.
    """
    result: dict[str, str | None] = {}
    by_hash: dict[str, str] = {}
    from datasketch import MinHashLSH  # imported on first use, see _minhash

    lsh = MinHashLSH(threshold=_LSH_THRESHOLD, num_perm=NUM_PERM)
    originals: list[str] = []  # row -> article_id, in first-seen order
    row_of: dict[str, int] = {}
    matrix = np.empty((len(items), NUM_PERM), dtype=np.uint64)
    for aid, h, sig in items:
        if aid in result:
            continue
        if h in by_hash:
            result[aid] = by_hash[h]
            continue
        sig = np.asarray(sig, dtype=np.uint64)
        mh = _minhash(sig)
        candidates = np.fromiter((row_of[c] for c in lsh.query(mh)), dtype=np.int64)
        if candidates.size:
            similar = candidates[(matrix[candidates] == sig).mean(axis=1) >= THRESHOLD]
            if similar.size:
                result[aid] = originals[int(similar.min())]  # the earliest original wins
                continue
        result[aid] = None
        by_hash[h] = aid
        row_of[aid] = len(originals)
        matrix[len(originals)] = sig
        originals.append(aid)
        lsh.insert(aid, mh)
    return result


def assign_new_duplicates(
    originals: list[tuple[str, str, list[int]]], new_items: list[tuple[str, str, list[int]]]
) -> dict[str, str | None]:
    """assign_duplicates for a few stories that follow an already-assigned corpus.

    `originals` are (article_id, text_hash, signature) of the stories that are nobody's copy,
    in first-seen order; `new_items` are the same for later stories.
    Checking a handful of stories against every original in one numpy comparison is cheaper than
    rebuilding the LSH index over the whole corpus on every run.
    """
    ids = [aid for aid, _, _ in originals]
    by_hash = {digest: aid for aid, digest, _ in reversed(originals)}
    matrix = np.array([sig for _, _, sig in originals], dtype=np.uint64).reshape(-1, NUM_PERM)
    result: dict[str, str | None] = {}
    for aid, digest, sig in new_items:
        sig = np.asarray(sig, dtype=np.uint64)
        if digest in by_hash:
            result[aid] = by_hash[digest]
            continue
        similar = np.flatnonzero((matrix == sig).mean(axis=1) >= THRESHOLD) if len(ids) else []
        if len(similar):
            result[aid] = ids[int(similar[0])]
            continue
        result[aid] = None
        by_hash[digest] = aid
        ids.append(aid)
        matrix = np.vstack([matrix, sig])
    return result


def update_duplicates(
    previous: dict[str, tuple[str, str | None]], current: list[tuple[str, str, list[int]]]
) -> dict[str, str | None]:
    """The assignment for `current` ((article_id, text_hash, signature), first-seen order), reusing
    `previous` (article_id -> (text_hash, duplicate_of)) where it still holds.

    New and changed stories come from newer batches, so they follow every kept story: they are
    checked against the kept originals only. If an original changed or vanished, its copies need
    a new original, and everything is assigned afresh.
    """
    current_hash = {aid: digest for aid, digest, _ in current}
    gone = {aid for aid, (digest, _) in previous.items() if current_hash.get(aid) != digest}
    if any(previous[aid][1] is None for aid in gone):
        return assign_duplicates(current)
    kept = {aid: dup for aid, (_, dup) in previous.items() if aid not in gone}
    originals = [item for item in current if item[0] in kept and kept[item[0]] is None]
    new_items = [item for item in current if item[0] not in kept]
    return {**kept, **assign_new_duplicates(originals, new_items)}
