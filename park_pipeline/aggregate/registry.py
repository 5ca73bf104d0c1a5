"""Project registry: project mentions linked across stories into projects with a timeline.

A project is named differently as it moves on: "湖北恒润新材料有限公司年产5万吨锂电池隔膜项目" when it
is signed, "恒润隔膜项目一期" when it starts, "恒润新材料项目" when it is commissioned. Names are
reduced to a company and a product core, and a mention joins a project of the same park when the
companies agree and the products are alike (rapidfuzz); look-alikes that differ in product,
company or park stay apart.

Linking is incremental: the events of the last run keep their project, only new mentions are
linked (in publication order, so the result does not depend on batch boundaries within a run),
and the registry is derived from the events, so a project whose mentions all disappeared is gone.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import polars as pl
from rapidfuzz import fuzz

from park_pipeline.extract.gazetteer import gazetteer
from park_pipeline.extract.industry import classify_industry
from park_pipeline.storage.schema import frame

# How sure a link must be (0-100): alike products of the same company, or near-identical products
# when neither side names a company.
SAME_COMPANY_PRODUCT = 70
UNKNOWN_COMPANY_PRODUCT = 85
COMPANY_ONLY = 75  # same company, one side names no product ("恒润新材料项目")
AMOUNT_AGREES, AMOUNT_DIFFERS = 10, -10
AMBIGUITY_MARGIN = 1  # two projects scoring within this are both plausible: start a new one

STAGE_ORDER = {"谋划": 0, "签约": 1, "开工": 2, "在建": 3, "竣工": 4, "投产": 5}

_QUOTES_RE = re.compile(r"[“”\"'‘’《》「」『』]")
_PARENS_RE = re.compile(r"[（(][^（）()]*[）)]")
_PHASE_RE = re.compile(r"第?[一二三四五六七八九十1-9]期(?:工程|项目)?")
_LEGAL_NAME_RE = re.compile(r"^.{2,30}?(?:股份有限公司|有限责任公司|有限公司|集团公司|股份公司|集团|公司)")
_LEGAL_SUFFIX_RE = re.compile(
    r"(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团公司|股份公司|控股集团|集团|公司|股份)$"
)
# Words that tell what a company does rather than who it is: 恒润新材料科技 -> brand 恒润.
_TRADE_WORDS = (
    r"新材料|材料|化学|化工|科技|技术|新能源|能源|电子|电气|电器|生物|医药|药业|制药|智能|装备|机械|汽车|"
    r"食品|环保|光电|光伏|锂电|电池|实业|控股|发展|工业|产业|投资|建设|置业|物流|农业|牧业|乳业|精密|"
    r"重工|动力|信息|网络|软件|半导体|微电子|新材|建材|钢铁|矿业|电力|储能|氢能|国际|中国|集团"
)
_TRADE_WORD_RE = re.compile(_TRADE_WORDS)
_COMPANY_TRADE_RE = re.compile(rf"(?:{_TRADE_WORDS})+$")
_PARK_WORD_RE = re.compile(
    r"^(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区|工业园区|产业园区|园区|工业园|"
    r"综合保税区|保税区|市|省|县|区)"
)
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
    """A company as linking sees it: brand (恒润) and trade (新材料), either may be empty."""

    brand: str
    trade: str

    def agrees(self, other: "Company") -> bool:
        """Same brand, and trades not contradicting (大闰化学 / 湖北大闰 / 大闰化学公司 agree)."""
        if not (self.brand and other.brand):
            return False
        same_brand = self.brand == other.brand or (
            min(len(self.brand), len(other.brand)) >= 2 and (self.brand in other.brand or other.brand in self.brand)
        )
        return same_brand and trades_agree(self.trade, other.trade)


def trades_agree(a: str, b: str) -> bool:
    """新材料 / 新材料科技 / (none) agree; 化学 / 电子 do not."""
    return not a or not b or a in b or b in a


def company_of(name: str | None) -> Company:
    """湖北大闰化学有限公司 -> Company(大闰, 化学): legal suffix, places and parentheses stripped."""
    if not name:
        return Company("", "")
    core = _LEGAL_SUFFIX_RE.sub("", _PARENS_RE.sub("", _QUOTES_RE.sub("", name)))
    core = _strip_places(core) or core
    trade_match = _COMPANY_TRADE_RE.search(core)
    brand = core[: trade_match.start()] if trade_match else core
    if len(brand) < 2:  # 中化学, 华电: too little left to be a brand on its own
        return Company(core, "")
    return Company(brand, core[len(brand):])


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
    for word in _TRADE_WORD_RE.findall(company.trade):
        if not rest.startswith(word):
            break
        rest = rest[len(word):]
    return rest


def product_similarity(a: str, b: str) -> float | None:
    """0-100, or None when either side names no product; a short name inside a long one counts."""
    if not a or not b:
        return None
    shorter = min(len(a), len(b))
    partial = fuzz.partial_ratio(a, b) * (0.9 if shorter <= 2 else 1.0)
    return max(fuzz.ratio(a, b), partial)


@dataclass
class Mention:
    key: tuple
    park_id: str | None
    core: str
    company_name: str | None
    investment_cny: float | None

    @property
    def company(self) -> Company:
        return company_of(self.company_name)


@dataclass
class Project:
    project_id: str
    park_id: str | None
    cores: list[str] = field(default_factory=list)
    company_name: str | None = None
    amounts: list[float] = field(default_factory=list)

    def add(self, mention: Mention) -> None:
        if mention.core not in self.cores:
            self.cores.append(mention.core)
        if self.company_name is None and mention.company_name:
            self.company_name = mention.company_name
        if mention.investment_cny:
            self.amounts.append(mention.investment_cny)


def link_score(mention: Mention, project: Project) -> float | None:
    """How well a mention fits a project, or None when they must stay apart."""
    if mention.park_id != project.park_id:
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
    elif similarities and max(similarities) >= UNKNOWN_COMPANY_PRODUCT:
        score = max(similarities)
    else:
        return None
    if mention.investment_cny and project.amounts:
        close = any(abs(mention.investment_cny - a) <= 0.02 * max(mention.investment_cny, a) for a in project.amounts)
        score += AMOUNT_AGREES if close else AMOUNT_DIFFERS
    return score


def project_id_for(article_id: str, sent_start: int, surface: str) -> str:
    """Stable id from the project's first mention."""
    return "p" + hashlib.sha1(f"{article_id}|{sent_start}|{surface}".encode()).hexdigest()[:12]


def mention_key(row: dict) -> tuple:
    return (row["article_id"], row["sent_start"], row.get("surface") or row.get("name"))


def owning_company(row: dict, sentence_companies: list[str]) -> str | None:
    """The company a mention is about: named in the project name, else the company named nearest
    before it in the sentence (a builder never), else the first one after it."""
    _, in_name = name_core(row["name"])
    if in_name:
        return in_name
    where = row["sentence"].find(row["name"])
    owners = [c for c in sentence_companies if not _BUILDER_RE.search(c)]
    before = [c for c in owners if 0 <= row["sentence"].find(c) < where]
    if before:
        return max(before, key=lambda c: row["sentence"].find(c))
    after = [c for c in owners if row["sentence"].find(c) >= 0]
    return min(after, key=lambda c: row["sentence"].find(c)) if after else None


def link_projects(events: pl.DataFrame, mentions: pl.DataFrame, companies: pl.DataFrame) -> pl.DataFrame:
    """The new project_events: kept events for mentions still present, new mentions linked.

    `mentions` are park.projects rows of original stories with their article's published_date;
    `companies` are park.companies rows (article_id, sent_start, name), for the owner of a mention.
    """
    current = {mention_key(row): row for row in mentions.iter_rows(named=True)}
    kept = [row for row in events.iter_rows(named=True) if mention_key(row) in current]
    in_sentence: dict[tuple, list[str]] = {}
    for article_id, sent_start, name in companies.select("article_id", "sent_start", "name").iter_rows():
        in_sentence.setdefault((article_id, sent_start), []).append(name)

    projects: dict[str, Project] = {}
    out: list[dict] = []
    for row in kept:
        fresh = current[mention_key(row)]
        event = _event(fresh, row["project_id"], row["company"])
        _project(projects, event).add(_mention(event))
        out.append(event)
    known = {mention_key(row) for row in kept}
    new = sorted((row for key, row in current.items() if key not in known), key=_publication_order)
    for row in new:
        company = owning_company(row, in_sentence.get((row["article_id"], row["sent_start"]), []))
        event = _event(row, None, company)
        mention = _mention(event)
        event["project_id"] = _best_project(mention, projects) or project_id_for(
            row["article_id"], row["sent_start"], row["name"])
        _project(projects, event).add(mention)
        out.append(event)
    return frame("project_events", sorted(out, key=_publication_order))


def _publication_order(row: dict) -> tuple:
    published = row["published_date"]
    return (published is None, published or date.min, row["article_id"], row["sent_start"])


def _event(row: dict, project_id: str | None, company: str | None) -> dict:
    return {
        "project_id": project_id, "article_id": row["article_id"], "doc_id": row["doc_id"],
        "surface": row["name"], "company": company, "park_id": row["park_id"],
        "published_date": row["published_date"], "status": row["status"],
        "investment_cny": row["investment_cny"], "sentence": row["sentence"],
        "sent_start": row["sent_start"], "sent_end": row["sent_end"],
    }


def _mention(event: dict) -> Mention:
    return Mention(mention_key(event), event["park_id"], name_core(event["surface"])[0],
                   event["company"], event["investment_cny"])


def _project(projects: dict[str, Project], event: dict) -> Project:
    if event["project_id"] not in projects:
        projects[event["project_id"]] = Project(event["project_id"], event["park_id"])
    return projects[event["project_id"]]


def _best_project(mention: Mention, projects: dict[str, Project]) -> str | None:
    """The one project the mention fits best, or None when none fits or two fit equally well."""
    scored = sorted(
        ((score, pid) for pid, project in sorted(projects.items())
         if (score := link_score(mention, project)) is not None),
        reverse=True,
    )
    if not scored or (len(scored) > 1 and scored[0][0] - scored[1][0] < AMBIGUITY_MARGIN):
        return None
    return scored[0][1]


def resolve_companies(names: list[str]) -> pl.DataFrame:
    """One row per company name: its company_id and canonical name (湖北大闰化学 and
    大闰化学公司 -> one company). Names agree by brand; a different trade splits a brand."""
    by_brand: dict[str, list[str]] = {}
    for name in sorted(set(n for n in names if n)):
        company = company_of(name)
        if company.brand:
            by_brand.setdefault(company.brand, []).append(name)
    counts = Counter(n for n in names if n)
    rows = []
    for brand, members in sorted(by_brand.items()):
        by_trade: dict[str, list[str]] = {}  # first (shortest) compatible trade names the group
        for name in sorted(members, key=lambda n: (len(company_of(n).trade), n)):
            trade = company_of(name).trade
            home = next((t for t in by_trade if t and trades_agree(t, trade)), trade)
            by_trade.setdefault(home, []).append(name)
        untraded = by_trade.pop("", [])
        if by_trade:  # names without a trade join the brand's best-attested trade
            main = max(sorted(by_trade), key=lambda t: sum(counts[n] for n in by_trade[t]))
            by_trade[main] += untraded
        else:
            by_trade[""] = untraded
        for trade, group in sorted(by_trade.items()):
            canonical = max(group, key=lambda n: (bool(_LEGAL_SUFFIX_RE.search(n)), counts[n], len(n), n))
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
            "park_id": timeline[0]["park_id"],
            "company": company,
            "company_id": next((company_ids[n] for n in owner_names if n in company_ids), None),
            "industry": classify_industry(" ".join(surfaces), timeline[0]["sentence"], company),
            "investment_cny": next((e["investment_cny"] for e in reversed(dated) if e["investment_cny"]),
                                   next((e["investment_cny"] for e in timeline if e["investment_cny"]), None)),
            "first_seen": dated[0]["published_date"] if dated else None,
            "last_seen": dated[-1]["published_date"] if dated else None,
            "latest_status": latest_status(dated),
            "n_events": len(timeline),
        })
    return frame("project_registry", rows)


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
