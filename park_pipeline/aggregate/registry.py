"""Project registry: project mentions linked across stories into projects with a timeline.

A project is named differently as it moves on: "湖北恒润新材料有限公司年产5万吨锂电池隔膜项目" when it
is signed, "恒润隔膜项目一期" when it starts, "恒润新材料项目" when it is commissioned. Names are
reduced to a company and a product core, and a mention joins a project of the same park when the
companies agree and the products are alike (rapidfuzz); look-alikes that differ in product,
company or park stay apart.

Linking is incremental and deterministic: the events of the last run keep their project, only
new mentions are linked, in (published_date, article_id, sentence) order, and the registry is
derived from the events, so a project whose mentions all disappeared is gone. An older story that
arrives late is linked against the projects that exist by then; nothing is re-linked.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import polars as pl
from rapidfuzz import fuzz

from park_pipeline.language.gazetteer import gazetteer
from park_pipeline.extract.industry import best_industry, classify_industry, industry_scores
from park_pipeline.language.vocabulary import (
    LEGAL_SUFFIXES, ORGANISATION_WORDS, SERVICE_TRADE_WORDS, STAGE_ORDER, TRADE_WORDS, ZONE_WORDS, alternation,
)
from park_pipeline.storage.schema import frame

# How sure a link must be (0-100): alike products of the same company, or near-identical products
# when neither side names a company.
SAME_COMPANY_PRODUCT = 70
UNKNOWN_COMPANY_PRODUCT = 85
COMPANY_ONLY = 75  # same company, one side names no product ("恒润新材料项目")
AMOUNT_AGREES, AMOUNT_DIFFERS = 10, -10
AMBIGUITY_MARGIN = 1  # two projects scoring within this are both plausible: start a new one
# A report of a later stage fits a project that has not reached it yet better than one that has
# ("恒润项目投产" is not the 恒润 project that was commissioned last year).
PROGRESSION = 2
# A shared ending counts as the same product when it covers this much of the shorter name: the
# head noun of a Chinese product name comes last (锂电池隔膜 / 隔膜, 电子级氢氟酸 / 氢氟酸).
SHARED_HEAD = 0.6

_QUOTES_RE = re.compile(r"[“”\"'‘’《》「」『』]")
_PARENS_RE = re.compile(r"[（(][^（）()]*[）)]")
_PHASE_RE = re.compile(r"第?[一二三四五六七八九十1-9]期(?:工程|项目)?")
_LEGAL_NAME_RE = re.compile(rf"^.{{2,30}}?(?:{alternation(LEGAL_SUFFIXES)})")
_LEGAL_SUFFIX_RE = re.compile(rf"(?:{alternation(LEGAL_SUFFIXES)})$")
# Words that tell what a company does rather than who it is: 恒润新材料科技 -> brand 恒润.
_TRADE_WORD_RE = re.compile(alternation(TRADE_WORDS + SERVICE_TRADE_WORDS + ORGANISATION_WORDS))
# Trade words that are never a product by themselves, dropped after a brand in a project name
# (恒润新材料电解液 -> 电解液) while 恒润锂电池隔膜 keeps its 锂电池.
_TRADE_HEAD_RE = re.compile(
    r"^(?:新材料|新能源|智能装备|科技|技术|化学|化工|材料|实业|控股|发展|工业|产业|投资|集团|股份|国际|装备|"
    r"智能|食品|动力|新材)+"
)
_PARK_WORD_RE = re.compile(rf"^(?:{alternation(ZONE_WORDS)}|市|省|县|区)")
_CAPACITY_RE = re.compile(
    r"(?:年产(?:能)?|年处理|年加工|年出栏|年吞吐)?[0-9０-９.]+(?:万|千|亿|百)?"
    r"(?:吨|台|套|件|辆|片|平方米|平米|只|个|GWh|GW|MWh|MW|兆瓦|千瓦|瓦|立方米|条|张|双|箱|头|羽|组|吉瓦)"
)
_LEAD_FILLER_RE = re.compile(r"^(?:新建|扩建|续建|改扩建|建设|投资|年产)+")
_TAIL_FILLER_RE = re.compile(
    r"(?:项目|工程|生产基地|基地|产业园|园区|生产线|建设|生产|新建|扩建|技改|改扩建|及配套(?:设施)?|配套|产业化)+$"
)
# Builders named next to a project are not its owner ("中建三局承建的…项目").
_BUILDER_RE = re.compile(r"中建|中铁|中交|中冶|中电建|建工|建筑|工程局|设计院|监理|承建")


@dataclass(frozen=True)
class Company:
    """A company as linking sees it: brand (恒润), trade (新材料), and whether it came from a legal
    name (湖北恒润新材料有限公司) rather than a short form the text used (恒润锂电)."""

    brand: str
    trade: str
    legal: bool

    def agrees(self, other: "Company") -> bool:
        """Same brand; trades count only between legal names (short forms borrow product words)."""
        if not (self.brand and other.brand):
            return False
        same_brand = self.brand == other.brand or (
            min(len(self.brand), len(other.brand)) >= 2 and (self.brand in other.brand or other.brand in self.brand)
        )
        return same_brand and (not (self.legal and other.legal) or trades_agree(self.trade, other.trade))


def trades_agree(a: str, b: str) -> bool:
    """新材料 / 新材料科技 / (none) agree; 化学 / 电子 do not."""
    return not a or not b or a in b or b in a


@lru_cache(maxsize=4096)
def company_of(name: str | None) -> Company:
    """湖北大闰化学有限公司 -> Company(大闰, 化学): legal suffix, places and parentheses stripped."""
    if not name:
        return Company("", "", False)
    core = _PARENS_RE.sub("", _QUOTES_RE.sub("", name))
    legal = bool(_LEGAL_SUFFIX_RE.search(core))
    core = _LEGAL_SUFFIX_RE.sub("", core)
    core = _strip_places(core) or core
    trade = _TRADE_WORD_RE.search(core, 2)  # a brand has two characters at least (华电, 中化学)
    brand = core[: trade.start()] if trade else core
    return Company(brand, core[len(brand):], legal)


def _strip_places(text: str) -> str:
    """Leading place and park words: 随州高新区恒润新材料 -> 恒润新材料."""
    while True:
        found = gazetteer().find(text[:12])
        if found and found[0][0] == 0 and len(text) > found[0][1]:
            text = text[found[0][1]:]
            continue
        park = _PARK_WORD_RE.match(text)
        if park and len(text) > park.end():
            text = text[park.end():]
            continue
        return text


@lru_cache(maxsize=16384)
def name_core(surface: str) -> tuple[str, str | None]:
    """(product core, company named in it): "湖北恒润新材料有限公司年产5万吨锂电池隔膜项目一期" ->
    ("锂电池隔膜", "湖北恒润新材料有限公司"); quotes, phases, capacity and filler words go."""
    text = _PHASE_RE.sub("", _PARENS_RE.sub("", _QUOTES_RE.sub("", surface)))
    legal = _LEGAL_NAME_RE.match(text)
    company = legal.group(0) if legal and len(text) > legal.end() else None
    if company:
        text = text[legal.end():]
    text = _strip_places(text)
    text = _CAPACITY_RE.sub("", text)
    text = _LEAD_FILLER_RE.sub("", text)
    text = _TAIL_FILLER_RE.sub("", text)
    return text, company


def _without_brand(core: str, company: Company) -> str:
    """The product part of a core that starts with the company: 恒润新材料电解液 -> 电解液."""
    if not company.brand or not core.startswith(company.brand):
        return core
    rest = core[len(company.brand):]
    if company.trade.startswith(rest):
        return ""  # 华能光伏 of 华能光伏科技: the company alone, no product
    return rest[_TRADE_HEAD_RE.match(rest).end():] if _TRADE_HEAD_RE.match(rest) else rest


def product_similarity(a: str, b: str) -> float | None:
    """0-100, or None when either side names no product. A short name that ends a long one is the
    same product (隔膜 / 锂电池隔膜); sharing only modifiers is not (锂电池隔膜 / 锂电池电解液)."""
    if not a or not b:
        return None
    shorter, longer = sorted((a, b), key=len)
    if longer.endswith(shorter) and len(shorter) >= 2:
        return 100.0
    if shorter in longer and len(shorter) >= 3:
        return 85.0
    if len(shorter) >= 3 and _is_subsequence(shorter, longer):
        return 80.0  # an abbreviation: 芯片封测 / 车规级功率芯片封装测试
    shared_head = len(os.path.commonprefix([shorter[::-1], longer[::-1]]))
    head_score = 80.0 if shared_head >= 2 and shared_head / len(shorter) >= SHARED_HEAD else 0.0
    return max(fuzz.ratio(a, b), head_score)


def _is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(ch in chars for ch in short)


@dataclass
class Mention:
    """What linking compares of one mention."""

    park_id: str | None
    core: str
    company_name: str | None
    investment_cny: float | None
    status: str | None

    @property
    def company(self) -> Company:
        return company_of(self.company_name)


@dataclass
class Project:
    """What linking knows of a project so far: every product core and amount it went by."""

    project_id: str
    park_id: str | None
    cores: list[str] = field(default_factory=list)
    company_name: str | None = None
    amounts: list[float] = field(default_factory=list)
    stage: int = -1  # furthest stage reported (STAGE_ORDER), -1 for none

    def add(self, mention: Mention) -> None:
        self.park_id = self.park_id or mention.park_id
        self.stage = max(self.stage, STAGE_ORDER.get(mention.status, -1))
        if mention.core not in self.cores:
            self.cores.append(mention.core)
        if self.company_name is None and mention.company_name:
            self.company_name = mention.company_name
        if mention.investment_cny:
            self.amounts.append(mention.investment_cny)


def link_score(mention: Mention, project: Project) -> float | None:
    """How well a mention fits a project, or None when they must stay apart."""
    parks_known = mention.park_id is not None and project.park_id is not None
    if parks_known and mention.park_id != project.park_id:
        return None
    mine, theirs = mention.company, company_of(project.company_name)
    if mine.brand and theirs.brand:
        same_company: bool | None = mine.agrees(theirs)
        if not same_company:
            return None
    else:  # a company named on one side only may still be the brand in the other side's name
        named = mine if mine.brand else theirs
        other_cores = project.cores if mine.brand else [mention.core]
        same_company = True if named.brand and any(c.startswith(named.brand) for c in other_cores) else None
    company = mine if mine.brand else theirs
    product = _without_brand(mention.core, company)
    similarities = [s for s in (product_similarity(product, _without_brand(c, company)) for c in project.cores)
                    if s is not None]
    if same_company:
        if not similarities:
            score = COMPANY_ONLY
        elif max(similarities) >= SAME_COMPANY_PRODUCT:
            score = max(similarities) + 20
        else:
            return None
    elif parks_known and similarities and max(similarities) >= UNKNOWN_COMPANY_PRODUCT:
        score = max(similarities)
    else:
        return None  # a story that names no park is linked on its company only
    if mention.investment_cny and project.amounts:
        close = any(abs(mention.investment_cny - a) <= 0.02 * max(mention.investment_cny, a) for a in project.amounts)
        if not (close or same_company):
            return None  # alike names, no company to go by, and another amount: another project
        score += AMOUNT_AGREES if close else AMOUNT_DIFFERS
    if STAGE_ORDER.get(mention.status, -1) > project.stage:
        score += PROGRESSION
    return score


def project_id_for(article_id: str, sent_start: int, surface: str) -> str:
    """Stable id from the project's first mention."""
    return "p" + hashlib.sha1(f"{article_id}|{sent_start}|{surface}".encode()).hexdigest()[:12]


def owning_company(row: dict, sentence_companies: list[str]) -> str | None:
    """The company a mention is about: named in the project name, else the company named nearest
    before it in the sentence (a builder never), else the first one after it."""
    _, in_name = name_core(row["surface"])
    if in_name:
        return in_name
    where = row["sentence"].find(row["surface"])
    owners = [c for c in sentence_companies if not _BUILDER_RE.search(c)]
    before = [c for c in owners if 0 <= row["sentence"].find(c) < where]
    if before:
        return max(before, key=lambda c: row["sentence"].find(c))
    after = [c for c in owners if row["sentence"].find(c) >= 0]
    return min(after, key=lambda c: row["sentence"].find(c)) if after else None


_MENTION_KEY = ["article_id", "sent_start", "surface"]
# Columns an event takes from the project mention it records (the rest are linking's own).
_FROM_MENTION = ["article_id", "doc_id", "surface", "park_id", "published_date", "status",
                 "investment_cny", "sentence", "sent_start", "sent_end"]


def link_projects(
    events: pl.DataFrame, mentions: pl.DataFrame, companies: pl.DataFrame
) -> tuple[pl.DataFrame, list[dict]]:
    """The new project_events (kept events for mentions still present, new mentions linked) and
    the mentions that linking failed on, as {doc_id, article_id, error}.

    `mentions` are park.projects rows of original stories with their article's published_date;
    `companies` are park.companies rows (article_id, sent_start, name), for the owner of a mention.
    Only the new mentions are linked in Python, against an index of just the projects that share
    a blocking key with one of them (found from the events' stored product and company_brand):
    a batch of one page costs the same in a warehouse of ten thousand pages as of ten.
    A mention whose linking raises is left out and reported, never the whole registry's failure;
    it stays new, so the next run tries it again.
    """
    mentions = mentions.rename({"name": "surface"})
    linked = _with_linking_keys(events).select(*_MENTION_KEY, "project_id", "company", "product", "company_brand")
    kept = mentions.join(linked, on=_MENTION_KEY, how="inner", nulls_equal=True)
    new = sorted(mentions.join(linked, on=_MENTION_KEY, how="anti", nulls_equal=True).iter_rows(named=True),
                 key=_publication_order)
    if not new:
        return _in_publication_order(kept), []

    wanted = {(row["article_id"], row["sent_start"]) for row in new}
    in_sentence: dict[tuple, list[str]] = {}
    for article_id, sent_start, name in companies.select("article_id", "sent_start", "name").iter_rows():
        if (article_id, sent_start) in wanted:
            in_sentence.setdefault((article_id, sent_start), []).append(name)
    failures: list[dict] = []
    candidates: list[tuple[dict, Mention]] = []
    for row in new:
        try:
            event = _event(row, None, owning_company(row, in_sentence.get((row["article_id"], row["sent_start"]), [])))
            candidates.append((event, _mention(event)))
        except Exception as error:
            failures.append({"doc_id": row["doc_id"], "article_id": row["article_id"], "error": error})

    index = ProjectIndex()
    keys = sorted(set().union(*(_blocking_keys(mention) for _, mention in candidates)))
    if keys:  # no key among the new mentions: no earlier project can be theirs
        sharing = kept.filter(pl.col("product").str.contains_any(keys) | pl.col("company_brand").str.contains_any(keys))
        for event in _in_publication_order(kept.filter(pl.col("project_id").is_in(
                sharing["project_id"].implode()))).iter_rows(named=True):
            index.add(event["project_id"], _mention(event))
    out = []
    for event, mention in candidates:
        if not (mention.core or event["company"]):
            continue  # "随州项目": names no product and no company, so no project to follow
        try:
            event["project_id"] = (index.best(mention)
                                   or project_id_for(event["article_id"], event["sent_start"], event["surface"]))
            index.add(event["project_id"], mention)
        except Exception as error:
            failures.append({"doc_id": event["doc_id"], "article_id": event["article_id"], "error": error})
            continue
        out.append(event)
    return _in_publication_order(pl.concat([kept, frame("project_events", out)], how="diagonal_relaxed")), failures


def _with_linking_keys(events: pl.DataFrame) -> pl.DataFrame:
    """Events linked before product/company_brand were stored get them (once, on the first run)."""
    missing = events["product"].is_null()
    if not missing.any():
        return events
    return events.with_columns(
        product=pl.when(missing).then(pl.col("surface").map_elements(lambda s: name_core(s)[0], pl.String))
        .otherwise("product"),
        company_brand=pl.when(missing).then(pl.col("company").map_elements(lambda c: company_of(c).brand, pl.String))
        .otherwise("company_brand"),
    )


def _in_publication_order(events: pl.DataFrame) -> pl.DataFrame:
    """The events table's columns, in the order _publication_order sorts mentions."""
    position = pl.col("sentence").str.find(pl.col("surface"), literal=True).fill_null(-1)
    return (events.with_columns(position.alias("_position"))
            .sort("published_date", "article_id", "sent_start", "_position", "surface", nulls_last=True)
            .select(frame("project_events", []).columns))


def _publication_order(row: dict) -> tuple:
    published = row["published_date"]
    return (published is None, published or date.min, row["article_id"], row["sent_start"],
            row["sentence"].find(row["surface"]), row["surface"])


def _event(row: dict, project_id: str | None, company: str | None) -> dict:
    """A new event from a mention, with what linking compares of it."""
    event = {column: row[column] for column in _FROM_MENTION}
    event |= {"project_id": project_id, "company": company,
              "product": name_core(row["surface"])[0], "company_brand": company_of(company).brand}
    return event


def _mention(event: dict) -> Mention:
    return Mention(event["park_id"], event["product"], event["company"], event["investment_cny"], event["status"])


class ProjectIndex:
    """The projects linked so far, blocked twice so linking stays near-linear in the mentions.

    A mention is compared only with its park's projects (and those whose park no story named
    yet), and among those only with projects sharing a character bigram of a product core or a
    company brand: every way link_score can accept a pair (same brand, a shared product tail,
    containment, an abbreviation, a fuzzy match) shares one. Comparing every pair in a busy park
    was quadratic: a minute at a thousand pages.
    """

    def __init__(self) -> None:
        self.projects: dict[str, Project] = {}
        self.by_park: dict[str | None, set[str]] = {}
        self.by_bigram: dict[str, set[str]] = {}

    def add(self, project_id: str, mention: Mention) -> None:
        project = self.projects.setdefault(project_id, Project(project_id, mention.park_id))
        project.add(mention)
        self.by_park.setdefault(project.park_id, set()).add(project_id)
        for key in _blocking_keys(mention):
            self.by_bigram.setdefault(key, set()).add(project_id)

    def best(self, mention: Mention) -> str | None:
        """The one project the mention fits best, or None when none fits or two fit equally well."""
        alike = set().union(*(self.by_bigram.get(key, ()) for key in _blocking_keys(mention)))
        if mention.park_id is not None:
            alike &= self.by_park.get(None, set()) | self.by_park.get(mention.park_id, set())
        scored = sorted(
            ((score, pid) for pid in alike
             if (score := link_score(mention, self.projects[pid])) is not None),
            reverse=True,
        )
        if not scored or (len(scored) > 1 and scored[0][0] - scored[1][0] < AMBIGUITY_MARGIN):
            return None
        return scored[0][1]


def _blocking_keys(mention: Mention) -> set[str]:
    words = [mention.core, mention.company.brand]
    return {word[i:i + 2] if len(word) > 1 else word for word in words if word
            for i in range(max(1, len(word) - 1))}


def resolve_companies(names: list[str]) -> pl.DataFrame:
    """One row per company name with its company_id and canonical name: 湖北大闰化学有限公司,
    湖北大闰化学 and 大闰化学公司 are one company. Names share a brand; legal names of one brand
    split by trade (华润电力 / 华润医药), and short forms join the brand's best-attested company."""
    counts = Counter(n for n in names if n)
    by_brand: dict[str, list[str]] = {}
    for name in sorted(counts):
        if company_of(name).brand:
            by_brand.setdefault(company_of(name).brand, []).append(name)
    rows = []
    for brand, members in sorted(by_brand.items()):
        groups: dict[str, list[str]] = {}  # keyed by the first (shortest) trade of its legal names
        for name in sorted((n for n in members if company_of(n).legal), key=lambda n: (len(company_of(n).trade), n)):
            trade = company_of(name).trade
            groups.setdefault(next((t for t in groups if trades_agree(t, trade)), trade), []).append(name)
        short_forms = [n for n in members if not company_of(n).legal]
        main = max(sorted(groups), key=lambda t: sum(counts[n] for n in groups[t])) if groups else ""
        groups.setdefault(main, []).extend(short_forms)
        for trade, group in sorted(groups.items()):
            canonical = max(group, key=lambda n: (company_of(n).legal, counts[n], len(n), n))
            company_id = "c" + hashlib.sha1(f"{brand}|{trade}".encode()).hexdigest()[:12]
            industry = classify_industry(None, company=canonical)
            rows += [{"name": n, "company_id": company_id, "company": canonical, "industry": industry}
                     for n in group]
    return pl.DataFrame(rows, schema={"name": pl.String, "company_id": pl.String,
                                      "company": pl.String, "industry": pl.String})


def build_registry(events: pl.DataFrame, companies: pl.DataFrame) -> pl.DataFrame:
    """One row per project, derived from its events: canonical name, company, industry, the
    latest known investment, first/last seen and the status of the latest dated event."""
    canonical = dict(zip(companies["name"], companies["company"]))
    company_ids = dict(zip(companies["name"], companies["company_id"]))
    rows = []
    for (project_id,), group in events.sort("published_date", "article_id", "sent_start", nulls_last=True) \
            .group_by("project_id", maintain_order=True):
        timeline = group.to_dicts()
        surfaces = list(dict.fromkeys(e["surface"] for e in timeline))
        owners = Counter(canonical.get(e["company"], e["company"]) for e in timeline if e["company"])
        company = max(sorted(owners), key=owners.__getitem__) if owners else None
        owner_names = [e["company"] for e in timeline if e["company"]]
        dated = [e for e in timeline if e["published_date"] is not None]
        rows.append({
            "project_id": project_id,
            "name": max(surfaces, key=lambda s: (len(_PHASE_RE.sub("", s)), -surfaces.index(s))),
            "park_id": next((e["park_id"] for e in timeline if e["park_id"]), None),
            "company": company,
            "company_id": next((company_ids[n] for n in owner_names if n in company_ids), None),
            "industry": project_industry(surfaces, timeline[0]["sentence"], company),
            "investment_cny": next((e["investment_cny"] for e in reversed(dated) if e["investment_cny"]),
                                   next((e["investment_cny"] for e in timeline if e["investment_cny"]), None)),
            "first_seen": dated[0]["published_date"] if dated else None,
            "last_seen": dated[-1]["published_date"] if dated else None,
            "latest_status": latest_status(dated),
            "n_events": len(timeline),
        })
    return frame("project_registry", rows)


def refresh_registry(registry: pl.DataFrame, previous_events: pl.DataFrame, events: pl.DataFrame,
                     companies: pl.DataFrame) -> pl.DataFrame:
    """build_registry for the projects whose events changed; other projects keep their row.

    Re-deriving every project from its timeline on every run grew with the warehouse (seconds at
    10,000 pages) although a batch touches a handful of projects.
    """
    def timelines(frame: pl.DataFrame) -> pl.DataFrame:
        """One fingerprint string per project of everything build_registry reads."""
        fields = ["article_id", "sent_start", "surface", "status", "investment_cny", "company",
                  "park_id", "published_date"]
        line = pl.concat_str([pl.col(f).cast(pl.String).fill_null("") for f in fields], separator="\x1f")
        return frame.group_by("project_id").agg(line.sort().str.join("\x1e").alias("timeline"))

    before, after = timelines(previous_events), timelines(events)
    unchanged = after.join(before, on=["project_id", "timeline"], how="semi")["project_id"].implode()
    kept = registry.filter(pl.col("project_id").is_in(unchanged))
    rebuilt = build_registry(events.filter(~pl.col("project_id").is_in(unchanged)), companies)
    return pl.concat([kept.select(rebuilt.columns), rebuilt], how="vertical_relaxed").sort("project_id")


def project_industry(surfaces: list[str], sentence: str | None, company: str | None) -> str:
    """Industry from the product cores of every name the project went by (the company's own
    name would drag 华锂新能源's 隔膜 project into 新能源), then its company and first sentence."""
    scores = Counter(industry_scores(None, sentence, company))
    for core in dict.fromkeys(name_core(surface)[0] for surface in surfaces):
        scores.update(industry_scores(core))
    return best_industry(scores)


def latest_status(dated_events: list[dict]) -> str | None:
    """Status of the most recent dated event that has one; on one day the furthest stage wins."""
    with_status = [e for e in dated_events if e["status"] in STAGE_ORDER]
    if not with_status:
        return None
    return max(with_status, key=lambda e: (e["published_date"], STAGE_ORDER[e["status"]]))["status"]


def industry_mix(registry: pl.DataFrame) -> pl.DataFrame:
    """Per park, each industry's share of its projects' investment: "新能源:60%,新材料:40%"."""
    invested = registry.filter(pl.col("park_id").is_not_null() & (pl.col("investment_cny") > 0))
    shares = (
        invested.group_by("park_id", "industry").agg(pl.col("investment_cny").sum())
        .with_columns((100 * pl.col("investment_cny") / pl.col("investment_cny").sum().over("park_id"))
                      .round(0).cast(pl.Int64).alias("pct"))
        .sort(["park_id", "investment_cny", "industry"], descending=[False, True, False])
    )
    return shares.group_by("park_id", maintain_order=True).agg(
        pl.format("{}:{}%", "industry", "pct").str.join(",").alias("industry_mix")
    )
