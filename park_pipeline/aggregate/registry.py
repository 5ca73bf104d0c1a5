"""Registry rows derived from the linked events: one row per project (its fullest name, company,
industry, latest stated investment, first and last seen, latest status), one row per company
name (company_registry: 湖北恒润新材料有限公司, 湖北恒润新材料 and 恒润新材料公司 are one company), and
each park's industry mix.

A project is named differently as it moves on: "湖北恒润新材料有限公司年产5万吨锂电池隔膜项目" when it
is signed, "恒润隔膜项目一期" when it starts; the registry is derived from the events
(linking.py), so a project whose mentions all disappeared is gone.
"""
from __future__ import annotations

import hashlib
from collections import Counter

import polars as pl

from park_pipeline.aggregate.names import PHASE_RE, Company, company_of, name_core, trades_agree
from park_pipeline.extract.industry import FULL_EVIDENCE, SPECIFIC, UNKNOWN, best_industry, industry_confidence, industry_scores, product_scores

# What the industry of a project's company (over all its projects' names) adds to the project's own
# evidence: as much as one specific keyword in its company's name.
COMPANY_PRIOR = 3 * SPECIFIC
from park_pipeline.language.vocabulary import STAGE_ORDER
from park_pipeline.storage.schema import frame


def resolve_companies(names: list[str], owned: pl.DataFrame | None = None) -> pl.DataFrame:
    """One row per company name with its company_id and canonical name: 湖北恒润新材料有限公司,
    湖北恒润新材料 and 恒润新材料公司 are one company. Names share a brand; legal names of one brand
    split by trade (华润电力 / 华润医药), and short forms join the brand's best-attested company.
    A company's industry comes from its name and the product of every project it owns across all
    stories (`owned`: project_events' company and surface)."""
    counts = Counter(n for n in names if n)
    products: dict[str, list[str]] = {}
    for company, surface in (owned.select("company", "surface").drop_nulls().unique().sort("company", "surface")
                             .iter_rows() if owned is not None else ()):
        products.setdefault(company, []).append(surface)
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
            scores = Counter(industry_scores(None, company=canonical))
            for name, surface in ((n, s) for n in group for s in products.get(n, ())):
                scores.update(industry_scores(_product(surface, company_of(name))))
            industry = best_industry(scores)
            rows += [{"name": n, "company_id": company_id, "company": canonical, "industry": industry}
                     for n in group]
    return pl.DataFrame(rows, schema={"name": pl.String, "company_id": pl.String,
                                      "company": pl.String, "industry": pl.String})


def build_registry(events: pl.DataFrame, companies: pl.DataFrame,
                   named: dict[tuple[str, int], list[str]] | None = None) -> pl.DataFrame:
    """One row per project, derived from its events: canonical name, company, industry, the
    latest known investment, first/last seen and the status of the latest dated event. `named`:
    the project names of each sentence (sentence_names) when `events` is only part of them."""
    named = sentence_names(events) if named is None else named
    canonical = dict(zip(companies["name"], companies["company"]))
    industries = dict(zip(companies["company"], companies["industry"]))
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
            "name": max(surfaces, key=lambda s: (len(PHASE_RE.sub("", s)), -surfaces.index(s))),
            "park_id": next((e["park_id"] for e in timeline if e["park_id"]), None),
            "company": company,
            "company_id": next((company_ids[n] for n in owner_names if n in company_ids), None),
            **dict(zip(("industry", "industry_confidence"),
                       project_industry(surfaces, "。".join(dict.fromkeys(_context(e, named) for e in timeline)),
                                        company, industries.get(company)))),
            "investment_cny": next((e["investment_cny"] for e in reversed(dated) if e["investment_cny"]),
                                   next((e["investment_cny"] for e in timeline if e["investment_cny"]), None)),
            "first_seen": dated[0]["published_date"] if dated else None,
            "last_seen": dated[-1]["published_date"] if dated else None,
            "latest_status": latest_status(dated),
            "n_events": len(timeline),
        })
    return frame("project_registry", rows)


def refresh_registry(registry: pl.DataFrame, previous_events: pl.DataFrame, events: pl.DataFrame,
                     previous_companies: pl.DataFrame, companies: pl.DataFrame) -> pl.DataFrame:
    """build_registry for the projects whose events changed; other projects keep their row.

    Re-deriving every project from its timeline on every run grew with the warehouse (seconds at
    10,000 pages) although a batch touches a handful of projects.
    """
    def timelines(frame: pl.DataFrame) -> pl.DataFrame:
        """One fingerprint string per project of everything build_registry reads."""
        fields = ["article_id", "sent_start", "surface", "status", "investment_cny", "company",
                  "park_id", "published_date", "company_industry"]
        line = pl.concat_str([pl.col(f).cast(pl.String).fill_null("") for f in fields], separator="\x1f")
        return frame.group_by("project_id").agg(line.sort().str.join("\x1e").alias("timeline"))

    # a project's industry follows its company's, which its company's other projects change
    industry_of = dict(zip(companies["name"], companies["industry"]))
    previous_industry = dict(zip(previous_companies["name"], previous_companies["industry"]))
    before = timelines(previous_events.with_columns(
        company_industry=pl.col("company").replace_strict(previous_industry, default=None, return_dtype=pl.String)))
    after = timelines(events.with_columns(
        company_industry=pl.col("company").replace_strict(industry_of, default=None, return_dtype=pl.String)))
    unchanged = after.join(before, on=["project_id", "timeline"], how="semi")["project_id"].implode()
    kept = registry.filter(pl.col("project_id").is_in(unchanged))
    rebuilt = build_registry(events.filter(~pl.col("project_id").is_in(unchanged)), companies, sentence_names(events))
    return pl.concat([kept.select(rebuilt.columns), rebuilt], how="vertical_relaxed").sort("project_id")


def sentence_names(events: pl.DataFrame) -> dict[tuple[str, int], list[str]]:
    """The project names of each sentence ((article_id, sent_start) -> names, longest first)."""
    named: dict[tuple[str, int], set[str]] = {}
    for article_id, sent_start, surface in events.select("article_id", "sent_start", "surface").iter_rows():
        named.setdefault((article_id, sent_start), set()).add(surface)
    return {key: sorted(names, key=lambda n: (-len(n), n)) for key, names in named.items()}


def _context(event: dict, named: dict[tuple[str, int], list[str]]) -> str:
    """An event's sentence less every project name in it: in "投资6亿元的A数据中心、投资1亿元的B旅游云
    等11个项目" the words of A's name are no evidence of B's industry."""
    text = event["sentence"] or ""
    for name in named.get((event["article_id"], event["sent_start"]), ()):
        text = text.replace(name, "、")
    return text


def project_industry(surfaces: list[str], sentence: str | None, company: str | None,
                     company_industry: str | None = None) -> tuple[str, float]:
    """Industry and confidence from the product of every name the project went by (without the
    company's brand and trade: 华锂新能源's 隔膜 project is no 新能源 one), its company's name, the
    industry of its company over all its projects, and its sentences (less the project names)."""
    scores = Counter(industry_scores(None, sentence, company))
    for product in dict.fromkeys(_product(surface, company_of(company)) for surface in surfaces):
        scores.update(product_scores(product))
    if company_industry and company_industry != UNKNOWN:
        scores[company_industry] += COMPANY_PRIOR
    return best_industry(scores), industry_confidence(scores)


def _product(surface: str, company: Company) -> str:
    """A project name's product: its core without the company's own brand and trade (峰智科技's
    新能源汽车控制系统 keeps its 新能源, which is the product's, not the company's), unless only the
    trade named a product (美霖光伏's 制造基地 is a 光伏 one)."""
    core = name_core(surface)[0]
    if not company.brand or not core.startswith(company.brand):
        return core
    rest = core[len(company.brand):]
    rest = rest[len(company.trade):] if company.trade and rest.startswith(company.trade) else rest
    return rest if rest and max(industry_scores(rest).values(), default=0) >= FULL_EVIDENCE else core


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

