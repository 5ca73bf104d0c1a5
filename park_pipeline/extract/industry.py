"""Industry of a project or company, from a keyword lexicon (data/industry_lexicon.tsv).

Analysts group investment by industry, so every project gets exactly one label from a fixed
taxonomy. The name says most about a project ("年产5万吨锂电池隔膜项目"), its company a little
less, the sentence around it least (it may describe the park or a neighbouring project), so a
keyword counts more where it sits closer to the project.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources

import ahocorasick_rs

INDUSTRIES = (
    "新一代信息技术", "高端装备制造", "新材料", "生物医药", "新能源汽车", "新能源", "节能环保", "数字创意",
    "传统制造", "基础设施", "社会民生", "现代服务", "农业食品", "房地产", "其他",
)
UNKNOWN = "其他"
# How much a keyword counts by where it occurs: a name hit outweighs any plausible sentence.
NAME_WEIGHT, COMPANY_WEIGHT, SENTENCE_WEIGHT = 10.0, 3.0, 1.0
HEAD_BONUS = 1.5
SPECIFIC = 3.0  # lexicon weight of keywords that name an industry by themselves


@lru_cache(maxsize=1)
def _lexicon() -> tuple[ahocorasick_rs.AhoCorasick, list[tuple[str, float]]]:
    """(automaton over the keywords, [(industry, weight)] per keyword)."""
    keywords: dict[str, tuple[str, float]] = {}
    text = resources.files("park_pipeline.extract").joinpath("data/industry_lexicon.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        industry, weight, words = line.split("\t")
        if industry not in INDUSTRIES:
            raise ValueError(f"industry_lexicon.tsv: unknown industry {industry!r}")
        for word in words.split("、"):
            if word in keywords:
                raise ValueError(f"industry_lexicon.tsv: {word!r} listed twice")
            keywords[word] = (industry, float(weight))
    words = list(keywords)
    automaton = ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    return automaton, [keywords[w] for w in words]


def industry_scores(name: str | None, sentence: str | None = None, company: str | None = None) -> dict[str, float]:
    """Keyword evidence per industry; longest keywords win (新能源汽车 over 新能源), and the name's
    last specific keyword counts extra: a Chinese product name ends in its head noun (锂电池隔膜 is
    a 隔膜, a material, not a battery)."""
    automaton, labels = _lexicon()
    scores: dict[str, float] = defaultdict(float)
    for text, where in ((name, NAME_WEIGHT), (company, COMPANY_WEIGHT), (sentence, SENTENCE_WEIGHT)):
        hits = [labels[index] for index, _, _ in automaton.find_matches_as_indexes(text or "")]
        head = max((i for i, (_, weight) in enumerate(hits) if weight >= SPECIFIC), default=None)
        for i, (industry, weight) in enumerate(hits):
            bonus = HEAD_BONUS if where == NAME_WEIGHT and i == head else 1.0
            scores[industry] += weight * where * bonus
    return dict(scores)


# Evidence a project's name gives with one specific keyword: confidence grows to 1 with it.
FULL_EVIDENCE = NAME_WEIGHT * SPECIFIC


def industry_confidence(scores: Mapping[str, float]) -> float:
    """0..1: the best industry's share of the evidence, times how much evidence there is (a single
    hint in the sentence is little); 0 for 其他 when nothing was found."""
    total = sum(v for v in scores.values() if v > 0)
    if not total:
        return 0.0
    best = scores[best_industry(scores)]
    return round(best / total * min(1.0, total / FULL_EVIDENCE), 2)


def classify_industry(name: str | None, sentence: str | None = None, company: str | None = None) -> str:
    return best_industry(industry_scores(name, sentence, company))


def best_industry(scores: Mapping[str, float]) -> str:
    """Exactly one industry; ties go to the industry listed first (the more specific emerging ones)."""
    if not any(scores.values()):
        return UNKNOWN
    return max(INDUSTRIES, key=lambda industry: (scores.get(industry, 0.0), -INDUSTRIES.index(industry)))
