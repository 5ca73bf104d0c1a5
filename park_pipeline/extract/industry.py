"""Industry of a project or company, from a keyword lexicon (data/industry_lexicon.tsv) and, for
products it has no word for, a character n-gram model trained on the package's own examples.

Analysts group investment by industry, so every project gets exactly one label from a fixed
taxonomy. The name says most about a project ("年产5万吨锂电池隔膜项目"), its company a little
less, the sentence around it least (it may describe the park or a neighbouring project), so a
keyword counts more where it sits closer to the project. A product no specific keyword names
("骨传导听音设备") is given to the n-gram model (the second half of this module).
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
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
def lexicon_entries() -> tuple[tuple[str, str, float], ...]:
    """(keyword, industry, weight) for every keyword of industry_lexicon.tsv."""
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
    return tuple((word, industry, weight) for word, (industry, weight) in keywords.items())


@lru_cache(maxsize=1)
def _lexicon() -> tuple[ahocorasick_rs.AhoCorasick, list[tuple[str, float]]]:
    """(automaton over the keywords, [(industry, weight)] per keyword)."""
    entries = lexicon_entries()
    automaton = ahocorasick_rs.AhoCorasick([word for word, _, _ in entries],
                                           matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    return automaton, [(industry, weight) for _, industry, weight in entries]


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
# The n-gram model's say about a product no specific keyword names: a sure call counts as much as one
# specific keyword would, a call it is less than even about counts nothing (measured on the labelled
# pages: README, "Industry").
MODEL_WEIGHT, MODEL_FLOOR = FULL_EVIDENCE, 0.5


def industry_confidence(scores: Mapping[str, float]) -> float:
    """0..1: the best industry's share of the evidence, times how much evidence there is (a single
    hint in the sentence is little); 0 for 其他 when nothing was found."""
    total = sum(v for v in scores.values() if v > 0)
    if not total:
        return 0.0
    best = scores[best_industry(scores)]
    return round(best / total * min(1.0, total / FULL_EVIDENCE), 2)


def product_scores(product: str | None) -> dict[str, float]:
    """Evidence of a project's product: its keywords (industry_scores); and when no specific keyword
    names it, what the n-gram model makes of the whole product, up to MODEL_WEIGHT for a sure call,
    so a product the lexicon has no word for ("骨传导听音设备") still names an industry."""
    scores = Counter(industry_scores(product))
    if max(scores.values(), default=0) >= FULL_EVIDENCE:
        return dict(scores)  # a keyword the lexicon knows names the product
    for industry, p in industry_posterior(product or "").items():
        if p >= MODEL_FLOOR:
            scores[industry] += MODEL_WEIGHT * p
    return dict(scores)


def classify_industry(name: str | None, sentence: str | None = None, company: str | None = None) -> str:
    scores = Counter(industry_scores(None, sentence, company))
    scores.update(product_scores(name))
    return best_industry(scores)


def best_industry(scores: Mapping[str, float]) -> str:
    """Exactly one industry; ties go to the industry listed first (the more specific emerging ones)."""
    if not any(scores.values()):
        return UNKNOWN
    return max(INDUSTRIES, key=lambda industry: (scores.get(industry, 0.0), -INDUSTRIES.index(industry)))


# The n-gram model ---------------------------------------------------------------------------
# A character n-gram naive Bayes over the industries, for products the lexicon has no word for.
#
# The keyword lexicon above decides when a name holds a word it knows; news names products
# in endless variants ("硅氧负极", "骨传导听音设备", "微型马达"), and a new variant shares pieces with
# known ones (负极, 音, 马达). The model learns those pieces from two files shipped with the
# package and written for it, never from labelled pages: the lexicon's keywords (a keyword names its
# industry) and `data/industry_training.tsv` (invented project names and product descriptions, with
# the sources of their labels in its header). It is trained once per process on first use (about
# 2,900 short texts: some 0.15 s, deterministic, no weights file), and classifying a name costs a few
# dictionary look-ups (cached).

CLASSES = tuple(industry for industry in INDUSTRIES if industry != UNKNOWN)
NGRAMS = (1, 2, 3)
ALPHA = 0.3  # additive smoothing of the n-gram counts
# How much a lexicon keyword counts as a training text by its specificity (3: names its industry).
KEYWORD_WEIGHT = {3.0: 1.0, 1.0: 0.3}
# Words every kind of project name has: they tell no industry apart, so they are no features.
_GENERIC = re.compile(
    r"\d+(?:\.\d+)?|[一二三四五六七八九十百千万亿]+期|年产|项目|生产|基地|中心|产业园|园区|产业|"
    r"[（(][^）)]*[）)]|有限责任公司|股份有限公司|有限公司|集团|主要|从事|[，、,。“”\"·\s—-]")


def features(text: str) -> Counter:
    """Character 1-3-grams of a name less its generic words and figures, each piece on its own."""
    grams: Counter = Counter()
    for piece in _GENERIC.split(text or ""):
        for n in NGRAMS:
            grams.update(piece[i:i + n] for i in range(len(piece) - n + 1))
    return grams


def training_examples() -> list[tuple[str, str, float]]:
    """(text, industry, weight): the invented names of industry_training.tsv, then the lexicon's keywords."""
    text = resources.files("park_pipeline.extract").joinpath("data/industry_training.tsv").read_text("utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        name, industry = line.split("\t")
        if industry not in CLASSES:
            raise ValueError(f"industry_training.tsv:{number}: unknown industry {industry!r}")
        rows.append((name, industry, 1.0))
    rows += [(word, industry, KEYWORD_WEIGHT.get(weight, 0.3)) for word, industry, weight in lexicon_entries()]
    return rows


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, tuple[float, ...]], tuple[float, ...]]:
    """(log P(n-gram | industry) per n-gram, log P(unseen n-gram | industry)); classes equally likely."""
    counts = {industry: Counter() for industry in CLASSES}
    for text, industry, weight in training_examples():
        for gram, n in features(text).items():
            counts[industry][gram] += n * weight
    vocabulary = sorted(set().union(*counts.values()))
    totals = {industry: sum(c.values()) + ALPHA * (len(vocabulary) + 1) for industry, c in counts.items()}
    log_p = {gram: tuple(math.log((counts[industry][gram] + ALPHA) / totals[industry]) for industry in CLASSES)
             for gram in vocabulary}
    unseen = tuple(math.log(ALPHA / totals[industry]) for industry in CLASSES)
    return log_p, unseen


@lru_cache(maxsize=65536)
def industry_posterior(text: str) -> dict[str, float]:
    """P(industry | the name's n-grams); empty when the name has no n-gram the model has seen."""
    log_p, _ = _model()
    grams = [(gram, n) for gram, n in features(text).items() if gram in log_p]
    if not grams:
        return {}
    totals = [sum(n * log_p[gram][k] for gram, n in grams) for k in range(len(CLASSES))]
    top = max(totals)
    weights = [math.exp(t - top) for t in totals]
    total = sum(weights)
    return {industry: w / total for industry, w in zip(CLASSES, weights)}
