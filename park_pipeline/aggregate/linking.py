"""Project mentions linked across stories into projects.

A mention joins a project of the same park on a score: the company (same brand, or one company in
park.company_registry), the product (names.py: alike cores, a shared head noun or core material),
then the capacity (年产5万吨), the amount (within AMOUNT_TOLERANCE) and the order of the stages
(a 投产 story after a 签约 story fits; a new signing after 开工 of the same phase does not) add or
take points. Every event keeps the reasons of its decision in `link_reason`, so `park-pipeline
explain` shows why two mentions are one project. A phase ("一期", "二期") is a part of its project:
it is stored on the event (`phase`), and differing capacities or amounts of different phases
count against nothing. Look-alikes that differ in product, company or park stay apart. Linking is
incremental and deterministic: the events of the last run keep their project, only new mentions
are linked, in (published_date, article_id, sentence) order; nothing is re-linked.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date

import polars as pl

from park_pipeline.aggregate.names import (
    Company, capacity_of, company_of, head_noun, name_core, phase_of, product_similarity, without_brand,
)
from park_pipeline.language.vocabulary import STAGE_ORDER
from park_pipeline.storage.schema import frame

# How sure a link must be (0-100): alike products of the same company, or near-identical products
# when neither side names a company.
SAME_COMPANY_PRODUCT = 70


UNKNOWN_COMPANY_PRODUCT = 85


COMPANY_ONLY = 75  # same company, one side names no product ("恒润新材料项目")


# Same company, products that share only their head noun (锂电铜箔 / 电解铜箔): below LINK_FLOOR
# with the company's bonus, so it takes an agreeing amount or capacity to link.
HEAD_NOUN_ONLY = 45


SAME_COMPANY_BONUS = 20


# Amounts within this share of each other agree ("约6亿元" / "6.2亿元").
AMOUNT_TOLERANCE = 0.1


AMOUNT_AGREES, AMOUNT_DIFFERS = 10, -10


CAPACITY_AGREES, CAPACITY_DIFFERS = 8, -8


LINK_FLOOR = 70  # a fit scoring less (a company-only match that contradicts the stages) starts a new project


AMBIGUITY_MARGIN = 1  # two projects scoring within this are both plausible: start a new one


# A report of a later stage fits a project that has not reached it yet better than one that has
# ("恒润项目投产" is not the 恒润 project that was commissioned last year); a signing reported after
# the project started, for the same phase, is another project's.
PROGRESSION, SIGNED_AGAIN = 2, -30


# Builders named next to a project are not its owner ("中建三局承建的…项目"): the short names of
# the central construction groups on SASAC's list of central enterprises, and builders' trade words.
_BUILDER_RE = re.compile(r"中建|中铁|中交|中冶|中电建|建工|建筑|工程局|设计院|监理|承建")


@dataclass
class Mention:
    """What linking compares of one mention."""

    park_id: str | None
    core: str
    company_name: str | None
    investment_cny: float | None
    status: str | None
    capacity: str | None = None
    phase: str | None = None
    company_id: str | None = None
    sentence: tuple | None = None  # (article_id, sent_start) of the mention
    context: str = ""  # its sentence before the name, where a short name no company finder took may stand

    @property
    def company(self) -> Company:
        return company_of(self.company_name)


@dataclass
class Project:
    """What linking knows of a project so far: every product core, amount, capacity and phase it
    went by, and the companies (as resolved in company_registry) named with it."""

    project_id: str
    park_id: str | None
    cores: list[str] = field(default_factory=list)
    company_name: str | None = None
    company_ids: set[str] = field(default_factory=set)
    amounts: list[tuple[float, str | None]] = field(default_factory=list)
    capacities: list[tuple[str, str | None]] = field(default_factory=list)
    stage: int = -1  # furthest stage reported (STAGE_ORDER), -1 for none
    phases: set[str | None] = field(default_factory=set)
    sentences: set[tuple] = field(default_factory=set)  # where its mentions were, (article_id, sent_start)
    contexts: set[str] = field(default_factory=set)  # what its mentions' sentences say before the name

    def add(self, mention: Mention) -> None:
        self.park_id = self.park_id or mention.park_id
        if mention.sentence is not None:
            self.sentences.add(mention.sentence)
        if mention.context:
            self.contexts.add(mention.context)
        self.stage = max(self.stage, STAGE_ORDER.get(mention.status, -1))
        self.phases.add(mention.phase)
        if mention.core not in self.cores:
            self.cores.append(mention.core)
        if self.company_name is None and mention.company_name:
            self.company_name = mention.company_name
        if mention.company_id:
            self.company_ids.add(mention.company_id)
        if mention.investment_cny:
            self.amounts.append((mention.investment_cny, mention.phase))
        if mention.capacity:
            self.capacities.append((mention.capacity, mention.phase))


def link_score(mention: Mention, project: Project) -> tuple[float, list[str]] | None:
    """How well a mention fits a project and why, or None when they must stay apart."""
    parks_known = mention.park_id is not None and project.park_id is not None
    if parks_known and mention.park_id != project.park_id:
        return None
    if mention.sentence in project.sentences and mention.core not in project.cores:
        return None  # one sentence names two products ("A总部、B总部等项目"): two projects
    mine, theirs = mention.company, company_of(project.company_name)
    reasons: list[str] = []
    by_context = False
    if mine.brand and theirs.brand:
        same_company: bool | None = mine.agrees(theirs) or mention.company_id in project.company_ids
        if not same_company:
            return None
        reasons.append(f"same company {theirs.brand}")
    else:  # a company named on one side only may still be the brand in the other side's name, or
        # the short name before it ("明澜新能源又与我们签订了…储能电池模组项目") that no company finder took
        named = mine if mine.brand else theirs
        other_cores, other_contexts = ((project.cores, project.contexts) if mine.brand
                                       else ([mention.core], [mention.context]))
        same_company = None
        if named.brand and any(c.startswith(named.brand) for c in other_cores):
            same_company = True
            reasons.append(f"company {named.brand} in the name")
        elif named.brand and any(named.brand in c for c in other_contexts):
            same_company = by_context = True
            reasons.append(f"company {named.brand} before the name")
    company = mine if mine.brand else theirs
    product = without_brand(mention.core, company)
    alike = max(((s, c) for c in project.cores
                 if (s := product_similarity(product, without_brand(c, company))) is not None), default=None)
    if alike:
        reasons.append(f"product {product} ~ {without_brand(alike[1], company)} ({alike[0]:.0f})")
    if same_company:
        if not alike:
            if by_context:
                return None  # a name near another's is not enough: the products must agree
            score = COMPANY_ONLY
            reasons.append("company only")
        elif alike[0] >= SAME_COMPANY_PRODUCT:
            score = alike[0] + SAME_COMPANY_BONUS
        elif head := max((head_noun(product, without_brand(c, company)) for c in project.cores), key=len):
            score = HEAD_NOUN_ONLY + SAME_COMPANY_BONUS
            reasons.append(f"head noun {head} only")
        else:
            return None
    elif parks_known and alike and alike[0] >= UNKNOWN_COMPANY_PRODUCT:
        score = alike[0]
        reasons.append("same park")
    else:
        return None  # a story that names no park is linked on its company only
    same_phase = [amount for amount, phase in project.amounts if _phases_may_agree(phase, mention.phase)]
    if mention.investment_cny and same_phase:
        close = any(abs(mention.investment_cny - a) <= AMOUNT_TOLERANCE * max(mention.investment_cny, a)
                    for a in same_phase)
        if not (close or same_company):
            return None  # alike names, no company to go by, and another amount: another project
        score += AMOUNT_AGREES if close else AMOUNT_DIFFERS
        reasons.append("amount agrees" if close else "amount differs")
    capacities = [c for c, phase in project.capacities if _phases_may_agree(phase, mention.phase)]
    if mention.capacity and capacities:
        agrees = mention.capacity in capacities
        score += CAPACITY_AGREES if agrees else CAPACITY_DIFFERS
        reasons.append(f"capacity {mention.capacity} " + ("agrees" if agrees else "differs"))
    stage = STAGE_ORDER.get(mention.status, -1)
    if stage > project.stage >= 0:
        score += PROGRESSION
        reasons.append(f"{mention.status} after {STAGE_ORDER_NAMES[project.stage]}")
    elif mention.status == "签约" and project.stage > stage and mention.phase in project.phases:
        score += SIGNED_AGAIN
        reasons.append(f"signed again after {STAGE_ORDER_NAMES[project.stage]}")
    return score, reasons


STAGE_ORDER_NAMES = {rank: stage for stage, rank in STAGE_ORDER.items()}


def _phases_may_agree(a: str | None, b: str | None) -> bool:
    """Figures of one phase and of another do not contradict each other; an unnamed phase may be any."""
    return a is None or b is None or a == b


def project_id_for(article_id: str, sent_start: int, surface: str) -> str:
    """Stable id from the project's first mention."""
    return "p" + hashlib.sha1(f"{article_id}|{sent_start}|{surface}".encode()).hexdigest()[:12]


def owning_company(row: dict, sentence_companies: list[str]) -> str | None:
    """The company a mention is about: named in the project name, else the company named nearest
    before it in the sentence, else the first one after it. Never a builder, the venue of the
    event ("在X公司举办…签约仪式"), or an item of the same enumeration ("A路、X公司、B桥": siblings,
    not owners)."""
    _, in_name = name_core(row["surface"])
    if in_name:
        return in_name
    sentence = row["sentence"]
    where = sentence.find(row["surface"])
    end = where + len(row["surface"])

    def owns(company: str) -> bool:
        at = sentence.find(company)
        between = sentence[at + len(company):where] if at < where else sentence[end:at]
        return (at >= 0 and "、" not in between and not _BUILDER_RE.search(company)
                and not re.search(rf"在{re.escape(company)}(?:举办|举行|召开|开展|组织)", sentence))

    owners = [c for c in sentence_companies if owns(c)]
    before = [c for c in owners if sentence.find(c) < where]
    if before:
        return max(before, key=sentence.find)
    return min(owners, key=sentence.find) if owners else None


_MENTION_KEY = ["article_id", "sent_start", "surface"]


# Columns an event takes from the project mention it records (the rest are linking's own).
_FROM_MENTION = ["article_id", "doc_id", "surface", "park_id", "published_date", "status",
                 "investment_cny", "sentence", "sent_start", "sent_end"]


def link_projects(
    events: pl.DataFrame, mentions: pl.DataFrame, companies: pl.DataFrame, company_ids: dict[str, str] | None = None,
) -> tuple[pl.DataFrame, list[dict]]:
    """The new project_events (kept events for mentions still present, new mentions linked) and
    the mentions that linking failed on, as {doc_id, article_id, error}.

    `mentions` are park.projects rows of original stories with their article's published_date;
    `companies` are park.companies rows (article_id, sent_start, name), for the owner of a mention;
    `company_ids` maps company names to the company_id company_registry resolved them to.
    Only the new mentions are linked in Python, against an index of just the projects that share
    a blocking key with one of them (found from the events' stored product and company_brand) and,
    when every new mention names its park, that are in one of their parks or in none: a batch of
    one page costs the same in a warehouse of ten thousand pages as of ten (common bigrams such as
    产业 alone drew 14,000 events of every park into the index).
    A mention whose linking raises is left out and reported, never the whole registry's failure;
    it stays new, so the next run tries it again.
    """
    mentions = mentions.rename({"name": "surface"})
    company_ids = company_ids or {}
    linked = _with_linking_keys(events).select(*_MENTION_KEY, "project_id", "company", "product", "company_brand",
                                               "phase", "link_reason")
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
            candidates.append((event, _mention(event, company_ids)))
        except Exception as error:
            failures.append({"doc_id": row["doc_id"], "article_id": row["article_id"], "error": error})

    index = ProjectIndex()
    keys = sorted(set().union(*(_blocking_keys(mention) for _, mention in candidates)))
    if keys:  # no key among the new mentions: no earlier project can be theirs
        sharing = kept.filter(pl.col("product").str.contains_any(keys) | pl.col("company_brand").str.contains_any(keys))
        earlier = _in_publication_order(kept.filter(pl.col("project_id").is_in(sharing["project_id"].implode())))
        parks = {mention.park_id for _, mention in candidates}
        if None not in parks:  # link_score keeps a mention of a park from the projects of every other park
            earlier = earlier.filter(pl.col("project_id").is_in(_projects_of(earlier, parks)))
        for event in earlier.iter_rows(named=True):
            index.add(event["project_id"], _mention(event, company_ids))
    out = []
    for event, mention in candidates:
        if not (mention.core or event["company"]):
            continue  # "随州项目": names no product and no company, so no project to follow
        try:
            project_id, event["link_reason"] = index.best(mention)
            event["project_id"] = project_id or project_id_for(event["article_id"], event["sent_start"], event["surface"])
            index.add(event["project_id"], mention)
        except Exception as error:
            failures.append({"doc_id": event["doc_id"], "article_id": event["article_id"], "error": error})
            continue
        out.append(event)
    return _in_publication_order(pl.concat([kept, frame("project_events", out)], how="diagonal_relaxed")), failures


def _projects_of(events: pl.DataFrame, parks: set[str]) -> pl.Series:
    """The projects of `events` (in publication order) in one of `parks` or in none yet: a project's
    park is the first one its events name, as Project.add takes it."""
    first_park = events.group_by("project_id", maintain_order=True).agg(pl.col("park_id").drop_nulls().first())
    return first_park.filter(pl.col("park_id").is_null() | pl.col("park_id").is_in(sorted(parks)))["project_id"].implode()


def _with_linking_keys(events: pl.DataFrame) -> pl.DataFrame:
    """Events linked before product/company_brand, or phase/link_reason, were stored get them (once,
    on the first run after the upgrade)."""
    no_keys, no_reason = events["product"].is_null(), events["link_reason"].is_null()
    if not (no_keys.any() or no_reason.any()):
        return events
    return events.with_columns(
        product=pl.when(no_keys).then(pl.col("surface").map_elements(lambda s: name_core(s)[0], pl.String))
        .otherwise("product"),
        company_brand=pl.when(no_keys).then(pl.col("company").map_elements(lambda c: company_of(c).brand, pl.String))
        .otherwise("company_brand"),
        phase=pl.when(no_reason).then(pl.struct("surface", "sentence").map_elements(
            lambda e: phase_of(e["surface"], e["sentence"]), pl.String)).otherwise("phase"),
        link_reason=pl.when(no_reason).then(pl.lit("linked before reasons were kept")).otherwise("link_reason"),
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
    event |= {"project_id": project_id, "company": company, "product": name_core(row["surface"])[0],
              "company_brand": company_of(company).brand, "phase": phase_of(row["surface"], row["sentence"])}
    return event


def _mention(event: dict, company_ids: dict[str, str]) -> Mention:
    return Mention(event["park_id"], event["product"], event["company"], event["investment_cny"], event["status"],
                   capacity_of(event["surface"]), event["phase"], company_ids.get(event["company"]),
                   (event["article_id"], event["sent_start"]), _before_name(event["sentence"], event["surface"]))


def _before_name(sentence: str | None, surface: str) -> str:
    where = (sentence or "").find(surface)
    return sentence[:where] if where > 0 else ""


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

    def best(self, mention: Mention) -> tuple[str | None, str]:
        """The one project the mention fits best and why; None (and why) when none fits or two fit
        equally well."""
        alike = set().union(*(self.by_bigram.get(key, ()) for key in _blocking_keys(mention)))
        if mention.park_id is not None:
            alike &= self.by_park.get(None, set()) | self.by_park.get(mention.park_id, set())
        scored = sorted(((found[0], pid, found[1]) for pid in alike
                         if (found := link_score(mention, self.projects[pid])) is not None
                         and found[0] >= LINK_FLOOR), reverse=True)
        if not scored:
            return None, "new project: no project of its park fits"
        if len(scored) > 1 and scored[0][0] - scored[1][0] < AMBIGUITY_MARGIN:
            return None, f"new project: {scored[0][1]} and {scored[1][1]} fit equally ({scored[0][0]:.0f})"
        score, project_id, reasons = scored[0]
        return project_id, f"{'; '.join(reasons)} (score {score:.0f})"


def _blocking_keys(mention: Mention) -> set[str]:
    words = [mention.core, mention.company.brand]
    return {word[i:i + 2] if len(word) > 1 else word for word in words if word
            for i in range(max(1, len(word) - 1))}

