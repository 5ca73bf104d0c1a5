"""One article -> entity rows for every table, each row pointing at its sentence.

Parks and people are found here; projects, companies and indicators by their own modules. Every
row gets the park it is about: the park mentioned last before it in the same paragraph, else the
article's main park (most mentioned, then named in the title, then first), else None. A figure
whose sentence turns to the whole city after that (全市, 株洲市) is not the park's.
"""
from __future__ import annotations

import bisect
import re

from park_pipeline.language.gazetteer import gazetteer
from park_pipeline.storage.schema import ENTITY_TABLES

from .companies import find_companies
from .indicators import find_indicators
from .parks import SUB, Park, find_parks
from .people import find_people
from .projects import find_projects
from .sentences import Sentence, split_sentences

_CITY_WORDS = re.compile(r"全市|该市|我市|本市|全县|该县|我县")


def _wider_scope(text: str, lo: int, hi: int) -> bool:
    """Does text[lo:hi] turn to the whole city (全市, 株洲市...; not 占西宁市比重)?"""
    if _CITY_WORDS.search(text, lo, hi):
        return True
    g = gazetteer()
    for s, e, name in g.find(text[lo:hi]):
        place = g.resolve(name, prefer_city=True)
        full = name.endswith("市") or text[lo + e:lo + e + 1] == "市"
        if place and place.level == "city" and full and text[lo + s - 1:lo + s] not in ("占", "比", "于", "全"):
            return True
    return False


def _main_park(parks: list[Park], title: str | None) -> int | None:
    """Index of the park the article is about."""
    if not parks:
        return None
    cands = [i for i, p in enumerate(parks) if p.mentions[0].kind != SUB] or list(range(len(parks)))

    def rank(i: int) -> tuple:
        p = parks[i]
        return len(p.mentions), bool(title) and (p.short_name in title or p.surface in title), -p.start

    return max(cands, key=rank)


def _sentence_at(sentences: list[Sentence], starts: list[int], pos: int) -> Sentence | None:
    i = bisect.bisect_right(starts, pos) - 1
    return sentences[i] if i >= 0 and sentences[i].start <= pos < sentences[i].end else None


def extract_article(text: str, title: str | None = None, *, source: str | None = None) -> dict[str, list[dict]]:
    """Entity rows of one clean article, keyed by table name (see ENTITY_TABLES).

    `source` (optional) is the page's source line, e.g. 岳阳经济技术开发区; like the title it only
    helps to name and place the parks the text mentions."""
    sentences = split_sentences(text)
    starts = [s.start for s in sentences]
    people = find_people(text, sentences)
    parks, mentions = find_parks(text, title, tuple(p["name"] for p in people), source)
    ids = [p.park_id for p in parks]
    main = _main_park(parks, title)
    mention_starts = [m[0] for m in mentions]

    def park_for(pos: int, scoped: bool) -> str | None:
        i = bisect.bisect_right(mention_starts, pos) - 1
        if i >= 0 and "\n" not in text[mentions[i][0]:pos]:
            pid, after = ids[mentions[i][2]], mentions[i][1]
        else:
            pid, after = (ids[main] if main is not None else None), 0
        sent = _sentence_at(sentences, starts, pos)
        if scoped and sent and _wider_scope(text, max(after, sent.start), pos):
            return None
        return pid

    out: dict[str, list[dict]] = {t: [] for t in ENTITY_TABLES}
    for park in parks:
        sent = _sentence_at(sentences, starts, park.start) or _sentence_at(sentences, starts, park.end - 1)
        out["park_mentions"].append({
            "park_id": park.park_id, "surface": park.surface, "name": park.name, "short_name": park.short_name,
            "province": park.province, "city": park.city, "level": park.level,
            "sentence": sent.text if sent else None, "sent_start": sent.start if sent else None,
            "sent_end": sent.end if sent else None,
        })
    companies = find_companies(sentences, {p["name"] for p in people})
    found = {
        "companies": companies,
        "projects": find_projects(sentences),
        "people": people,
        "indicators": find_indicators(sentences, frozenset(c["name"] for c in companies)),
    }
    for table, rows in found.items():
        for row in rows:
            row["park_id"] = park_for(row.pop("pos"), table == "indicators")
            out[table].append(row)
    return out
