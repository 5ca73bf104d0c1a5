"""Near-duplicate detection with MinHash (datasketch).

Why: the same story is syndicated across sites, sometimes in traditional script.  We
dedupe on the cleaned, simplified text: byte-identical copies by hash, near-identical
ones by MinHash over character 5-gram shingles (128 permutations, fixed seed, so
signatures are deterministic and can be stored) with an LSH index at Jaccard 0.8
and a check of the estimated Jaccard.
"""

from __future__ import annotations

import hashlib
import re

from datasketch import MinHash, MinHashLSH

__all__ = ["story_signature", "assign_duplicates", "NUM_PERM", "THRESHOLD"]

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.8
_SEED = 1
_SCHEME = "affine32"  # pinned: signatures are stored, they must not change with a library default
_WS = re.compile(r"\s+")


def _shingles(text: str) -> set[str]:
    t = _WS.sub("", text)
    if len(t) <= SHINGLE:
        return {t} if t else set()
    return {t[i : i + SHINGLE] for i in range(len(t) - SHINGLE + 1)}


def story_signature(text: str) -> list[int]:
    m = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
    sh = _shingles(text)
    if sh:
        m.update_batch([s.encode("utf-8") for s in sh])
    return [int(v) for v in m.hashvalues]


def _jaccard(a: list[int], b: list[int]) -> float:
    if len(a) != len(b) or not a:
        return 0.0
    return sum(1 for x, y in zip(a, b) if x == y) / len(a)


def assign_duplicates(items: list[tuple[str, str, list[int]]]) -> dict[str, str | None]:
    """article_id -> article_id of the first-seen copy of the same story, else None."""
    result: dict[str, str | None] = {}
    by_hash: dict[str, str] = {}
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    order: dict[str, int] = {}
    sigs: dict[str, list[int]] = {}
    for pos, (aid, text, sig) in enumerate(items):
        if aid in result:
            continue
        h = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if h in by_hash:
            result[aid] = by_hash[h]
            continue
        sig = list(sig) if sig else story_signature(text)
        mh = MinHash(num_perm=NUM_PERM, seed=_SEED, hashvalues=sig, scheme=_SCHEME)
        match = None
        best = -1
        for cand in lsh.query(mh):
            j = _jaccard(sig, sigs[cand])
            if j >= THRESHOLD and (match is None or order[cand] < best):
                match, best = cand, order[cand]
        if match is not None:
            result[aid] = match
        else:
            result[aid] = None
            by_hash[h] = aid
            order[aid] = pos
            sigs[aid] = sig
            lsh.insert(aid, mh)
    return result
