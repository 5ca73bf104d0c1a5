"""One article -> entity rows for every table, each row pointing at its sentence.

Parks and people are found here; projects, companies and indicators by their own modules. Every
row gets the park it is about: the park mentioned last before it in the same paragraph, else the
article's main park (most mentioned, then named in the title, then first), else None.
"""
from __future__ import annotations

import bisect

from .companies import find_companies
from .indicators import find_indicators
from .parks import SUB, Park, find_parks
from .people import find_people
from .projects import find_projects
from .sentences import Sentence, split_sentences

ENTITY_TABLES = ("park_mentions", "companies", "projects", "people", "indicators")


def _main_park(parks: list[Park], title: str | None) -> int | None:
    """Index of the park the article is about."""
    if not parks:
        return None
    cands = [i for i, p in enumerate(parks) if p.mentions[0].kind != SUB] or list(range(len(parks)))
    in_title = lambda p: bool(title) and (p.short_name in title or p.surface in title)  # noqa: E731
    return max(cands, key=lambda i: (len(parks[i].mentions), in_title(parks[i]), -parks[i].start))


def _sentence_at(sentences: list[Sentence], starts: list[int], pos: int) -> Sentence | None:
    i = bisect.bisect_right(starts, pos) - 1
    return sentences[i] if i >= 0 and sentences[i].start <= pos < sentences[i].end else None


def extract_article(text: str, title: str | None = None) -> dict[str, list[dict]]:
    """Entity rows of one clean article, keyed by table name (see ENTITY_TABLES)."""
    sentences = split_sentences(text)
    starts = [s.start for s in sentences]
    parks, mentions = find_parks(text, title)
    ids = [p.park_id for p in parks]
    main = _main_park(parks, title)
    mention_starts = [m[0] for m in mentions]

    def park_for(pos: int) -> str | None:
        i = bisect.bisect_right(mention_starts, pos) - 1
        if i >= 0 and "\n" not in text[mentions[i][0]:pos]:
            return ids[mentions[i][2]]
        return ids[main] if main is not None else None

    out: dict[str, list[dict]] = {t: [] for t in ENTITY_TABLES}
    for park in parks:
        sent = _sentence_at(sentences, starts, park.start) or _sentence_at(sentences, starts, park.end - 1)
        out["park_mentions"].append({
            "park_id": park.park_id, "surface": park.surface, "name": park.name, "short_name": park.short_name,
            "province": park.province, "city": park.city, "level": park.level,
            "sentence": sent.text if sent else None, "sent_start": sent.start if sent else None,
            "sent_end": sent.end if sent else None,
        })
    found = {
        "companies": find_companies(sentences),
        "projects": find_projects(sentences),
        "people": find_people(text, sentences),
        "indicators": find_indicators(sentences),
    }
    for table, rows in found.items():
        for row in rows:
            row["park_id"] = park_for(row.pop("pos"))
            out[table].append(row)
    return out
