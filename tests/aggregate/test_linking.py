"""The project linker on hand-written mentions (no extractor): names that change as projects move
from 签约 to 开工 to 投产, look-alike decoys, and incremental linking across batches."""
from datetime import date
from itertools import combinations

import polars as pl
import pytest

from park_pipeline.aggregate.linking import link_projects, owning_company
from park_pipeline.aggregate.registry import build_registry, resolve_companies
from park_pipeline.storage.schema import frame

SUIZHOU, JINGMEN, ZHUZHOU = "P-suizhou", "P-jingmen", "P-zhuzhou"

# (true project, article, published, park, surface as extracted, sentence, status, 亿元, companies in the sentence)
SERIES = [
    ("hr-separator", "a01", date(2022, 3, 6), SUIZHOU, "年产5万吨锂电池隔膜项目",
     "3月5日,随州高新区与湖北恒润新材料有限公司签约年产5万吨锂电池隔膜项目,总投资12亿元。", "签约", 12,
     ["湖北恒润新材料有限公司"]),
    ("js-mushroom", "a01", date(2022, 3, 6), SUIZHOU, "随州金穗食品有限公司年产2万吨香菇深加工项目",
     "同日,随州金穗食品有限公司年产2万吨香菇深加工项目签约,总投资3亿元。", "签约", 3, ["随州金穗食品有限公司"]),
    ("dr-hf", "a02", date(2022, 6, 18), JINGMEN, "湖北大闰化学有限公司年产3万吨电子级氢氟酸项目",
     "6月16日,湖北大闰化学有限公司年产3万吨电子级氢氟酸项目在荆门高新区签约,计划投资5.2亿元。", "签约", 5.2,
     ["湖北大闰化学有限公司"]),
    ("hr-separator", "a03", date(2022, 9, 10), SUIZHOU, "湖北恒润新材料有限公司锂电池隔膜项目",
     "9月8日,湖北恒润新材料有限公司锂电池隔膜项目在随州高新区开工建设。", "开工", None, ["湖北恒润新材料有限公司"]),
    ("js-mushroom", "a03", date(2022, 9, 10), SUIZHOU, "金穗食品香菇深加工项目",
     "当天,金穗食品香菇深加工项目同步开工。", "开工", None, ["金穗食品"]),
    # same product, other park, other company
    ("hl-separator", "a04", date(2022, 11, 2), ZHUZHOU, "湖南华锂新能源有限公司锂电池隔膜项目",
     "当天,湖南华锂新能源有限公司锂电池隔膜项目签约落户株洲高新区,总投资10亿元。", "签约", 10,
     ["湖南华锂新能源有限公司"]),
    ("rc-pack", "a04", date(2022, 11, 2), ZHUZHOU, "新能源汽车动力电池PACK项目",
     "11月1日,株洲高新区与株洲锐驰动力科技有限公司签约新能源汽车动力电池PACK项目,总投资8亿元。", "签约", 8,
     ["株洲锐驰动力科技有限公司"]),
    # same company, same product, other park
    ("hr-separator-jm", "a05", date(2023, 2, 20), JINGMEN, "恒润新材料锂电池隔膜项目",
     "荆门高新区与恒润新材料签约锂电池隔膜项目,总投资9亿元。", "签约", 9, ["恒润新材料"]),
    ("dr-hf", "a05", date(2023, 2, 20), JINGMEN, "大闰化学电子级氢氟酸项目",
     "2月18日,大闰化学电子级氢氟酸项目在荆门高新区开工建设。", "开工", None, ["大闰化学"]),
    # same company, other product, same park
    ("hr-electrolyte", "a06", date(2023, 4, 12), SUIZHOU, "湖北恒润新材料有限公司年产2万吨锂电池电解液项目",
     "4月11日,湖北恒润新材料有限公司年产2万吨锂电池电解液项目在随州高新区签约,总投资6亿元。", "签约", 6,
     ["湖北恒润新材料有限公司"]),
    # same product, same park, other company
    ("jr-separator", "a06", date(2023, 4, 12), SUIZHOU, "湿法隔膜项目",
     "同日,随州高新区与湖北金瑞新材料有限公司签约湿法隔膜项目,总投资7亿元。", "签约", 7, ["湖北金瑞新材料有限公司"]),
    ("hr-separator", "a07", date(2023, 6, 30), SUIZHOU, "恒润隔膜项目一期",
     "6月28日,恒润隔膜项目一期在随州高新区正式投产。", "投产", None, []),
    ("hr-electrolyte", "a07", date(2023, 6, 30), SUIZHOU, "恒润新材料电解液项目",
     "同日,恒润新材料电解液项目在随州高新区开工建设。", "开工", None, ["恒润新材"]),
    ("rc-pack", "a08", date(2023, 8, 15), ZHUZHOU, "锐驰动力电池PACK项目",
     "8月14日,锐驰动力电池PACK项目在株洲高新区开工。", "开工", None, ["锐驰动力"]),
    ("hl-separator", "a08", date(2023, 8, 15), ZHUZHOU, "华锂新能源隔膜项目",
     "同日,华锂新能源隔膜项目在株洲高新区开工建设。", "开工", None, ["华锂新能源"]),
    ("dr-hf", "a09", date(2023, 10, 20), JINGMEN, "大闰化学项目",
     "在大闰化学项目建设现场,主体厂房已经封顶。", "在建", None, ["大闰化学"]),
    ("jr-separator", "a09", date(2023, 11, 2), SUIZHOU, "金瑞湿法隔膜项目",
     "金瑞湿法隔膜项目在随州高新区开工。", "开工", None, []),
    ("dr-hf", "a10", date(2024, 3, 18), JINGMEN, "湖北大闰化学电子级氢氟酸项目",
     "3月16日,湖北大闰化学电子级氢氟酸项目在荆门高新区建成投产。", "投产", None, ["湖北大闰化学"]),
    ("hr-separator", "a11", date(2024, 5, 9), SUIZHOU, "恒润锂电池隔膜项目二期",
     "同日,恒润锂电池隔膜项目二期在随州高新区开工。", "开工", None, ["恒润锂电"]),
    ("js-mushroom", "a11", date(2024, 5, 9), SUIZHOU, "金穗香菇深加工项目",
     "5月8日,金穗香菇深加工项目在随州高新区投产。", "投产", None, []),
    ("rc-pack", "a12", date(2024, 6, 20), ZHUZHOU, "株洲锐驰动力科技有限公司动力电池PACK项目",
     "6月18日,株洲锐驰动力科技有限公司动力电池PACK项目在株洲高新区建成投产。", "投产", None,
     ["株洲锐驰动力科技有限公司"]),
]
LATEST = {"hr-separator": "开工", "js-mushroom": "投产", "dr-hf": "投产", "hl-separator": "开工", "rc-pack": "投产",
          "hr-separator-jm": "签约", "hr-electrolyte": "开工", "jr-separator": "开工"}


def _inputs(series):
    """park.projects-like mentions and park.companies-like rows for part of the series."""
    mentions, companies = [], []
    for row in series:
        _, article, published, park, surface, sentence, status, yi, owners = row
        start = _sent_start(row)
        mentions.append({
            "article_id": article, "doc_id": f"d-{article}", "park_id": park, "name": surface,
            "investment_cny": yi * 1e8 if yi else None, "status": status, "sentence": sentence,
            "sent_start": start, "sent_end": start + len(sentence), "published_date": published,
        })
        companies += [{"article_id": article, "sent_start": start, "name": owner} for owner in owners]
    mention_frame = pl.DataFrame(mentions, schema={
        "article_id": pl.String, "doc_id": pl.String, "park_id": pl.String, "name": pl.String,
        "investment_cny": pl.Float64, "status": pl.String, "sentence": pl.String, "sent_start": pl.Int32,
        "sent_end": pl.Int32, "published_date": pl.Date,
    })
    company_frame = pl.DataFrame(companies, schema={"article_id": pl.String, "sent_start": pl.Int32, "name": pl.String})
    return mention_frame, company_frame


def _sent_start(row) -> int:
    # distinct offsets, the same in every subset of the series; a row of a test's own after them
    return 100 * (SERIES.index(row) if row in SERIES else len(SERIES))


def _truth(series) -> dict[tuple, str]:
    return {(row[1], _sent_start(row), row[4]): row[0] for row in series}


def _link(series, events=None):
    mentions, companies = _inputs(series)
    linked, failures = link_projects(events if events is not None else frame("project_events", []), mentions, companies)
    assert failures == []
    return linked


def pairwise(events: pl.DataFrame, truth: dict[tuple, str]) -> tuple[float, float]:
    """Pairwise linking precision and recall: over pairs of mentions put in one project."""
    predicted = {(e["article_id"], e["sent_start"], e["surface"]): e["project_id"] for e in events.iter_rows(named=True)}
    keys = sorted(truth)
    same_true = {(a, b) for a, b in combinations(keys, 2) if truth[a] == truth[b]}
    same_pred = {(a, b) for a, b in combinations(keys, 2) if predicted.get(a) and predicted.get(a) == predicted.get(b)}
    hits = len(same_true & same_pred)
    return hits / max(len(same_pred), 1), hits / max(len(same_true), 1)


def test_series_links_with_decoys_apart():
    events = _link(SERIES)
    precision, recall = pairwise(events, _truth(SERIES))
    assert precision == 1.0 and recall >= 0.9, (precision, recall)
    registry = build_registry(events, resolve_companies(events["company"].drop_nulls().to_list()))
    by_project = dict(zip(events["project_id"], events["surface"]))
    label = {k[2]: v for k, v in _truth(SERIES).items()}
    statuses = {label[by_project[pid]]: status for pid, status in zip(registry["project_id"], registry["latest_status"])}
    assert sum(statuses.get(p) == s for p, s in LATEST.items()) / len(LATEST) >= 0.9, statuses
    hf = registry.filter(pl.col("name").str.contains("氢氟酸")).row(0, named=True)
    assert (hf["first_seen"], hf["last_seen"], hf["latest_status"]) == (date(2022, 6, 18), date(2024, 3, 18), "投产")
    assert hf["company"] == "湖北大闰化学有限公司" and hf["industry"] == "新材料" and hf["investment_cny"] == 5.2e8
    industries = dict(zip(registry["name"], registry["industry"]))
    assert industries["湖南华锂新能源有限公司锂电池隔膜项目"] == "新材料"  # the product, not the company's trade
    assert industries["株洲锐驰动力科技有限公司动力电池PACK项目"] == "新能源汽车"


def test_incremental_batches_keep_assignments_and_drop_vanished_mentions():
    first = SERIES[:10]
    before = _link(first)
    after = _link(SERIES, before)
    kept = after.join(before.select("article_id", "sent_start", "project_id"), on=["article_id", "sent_start"],
                      suffix="_before")
    assert kept.height == before.height and (kept["project_id"] == kept["project_id_before"]).all()
    assert after.height == len(SERIES)
    # the first batch came first in publication order, so linking in two steps (the second against
    # only the projects that share a blocking key with its mentions) equals linking all at once
    assert after.equals(_link(SERIES))
    assert _link(SERIES, after).equals(after)  # a run with nothing new changes nothing

    vanished = _link([row for row in SERIES if row[0] != "hr-separator-jm"], after)
    assert vanished.height == len(SERIES) - 1
    assert vanished.join(after, on=["article_id", "sent_start", "project_id"]).height == vanished.height
    registry = build_registry(vanished, resolve_companies([]))
    assert registry.height == build_registry(after, resolve_companies([])).height - 1
    assert "恒润新材料锂电池隔膜项目" not in registry["name"].to_list()


def test_new_mentions_without_a_blocking_key_link_against_an_existing_registry():
    """A batch whose only new mention names no product and no company (no blocking key) once
    crashed the whole registry step, and every run after it."""
    before = _link(SERIES[:10])
    keyless = ("none", "a99", date(2024, 5, 1), SUIZHOU, "随州项目", "随州项目全面开工。", "开工", None, [])
    after = _link([*SERIES[:10], keyless], before)
    assert after.equals(before)  # nothing to follow in "随州项目", nothing else changed


OWNER_CASES = [
    # sentence, project mention, companies of the sentence, owner
    ("明远科技有限公司投资8亿元建设智能传感器项目。", "智能传感器项目", ["明远科技有限公司"], "明远科技有限公司"),
    ("智能传感器项目由明远科技有限公司投资建设。", "智能传感器项目", ["明远科技有限公司"], "明远科技有限公司"),
    # the items of one enumeration are siblings, not owners of each other
    ("观摩了青松路绿化、东河排水渠、明远膜公司、实验二小、北桥等项目。", "北桥", ["明远膜公司"], None),
    ("观摩了青松路绿化、东河排水渠、明远膜公司、实验二小、北桥等项目。", "青松路绿化", ["明远膜公司"], None),
    # the venue of a signing hosts it; the signed projects are not its own
    ("市里在华远汽车股份有限公司举办项目集中签约仪式,签约智慧物流园项目。", "智慧物流园项目",
     ["华远汽车股份有限公司"], None),
]


@pytest.mark.parametrize("sentence,surface,companies,owner", OWNER_CASES)
def test_owning_company(sentence, surface, companies, owner):
    assert owning_company({"surface": surface, "sentence": sentence}, companies) == owner


def _one_sentence(surfaces: list[str], sentence: str) -> pl.DataFrame:
    """Link the mentions of one invented sentence (one article, one sent_start)."""
    mentions = pl.DataFrame([{
        "article_id": "s01", "doc_id": "d-s01", "park_id": SUIZHOU, "name": surface, "investment_cny": None,
        "status": "签约", "sentence": sentence, "sent_start": 0, "sent_end": len(sentence),
        "published_date": date(2024, 1, 5)} for surface in surfaces])
    companies = pl.DataFrame(schema={"article_id": pl.String, "sent_start": pl.Int32, "name": pl.String})
    linked, failures = link_projects(frame("project_events", []), mentions, companies)
    assert failures == []
    return linked


@pytest.mark.parametrize("surfaces", [
    ["总部项目", "启明西南总部", "华泰西南总部", "安达西南总部"],  # each alike the generic first one
    ["数据中心项目", "星云区域数据中心", "云帆区域数据中心"],
])
def test_the_products_one_sentence_lists_are_projects_of_their_own(surfaces):
    # alike enough to join across stories, but one sentence lists them side by side
    events = _one_sentence(surfaces, "、".join(surfaces) + "等一批项目集中签约。")
    assert events["project_id"].n_unique() == len(surfaces)


def test_phases_of_one_product_in_one_sentence_are_one_project():
    sentence = "恒润隔膜项目一期、恒润隔膜项目二期同日签约。"
    events = _one_sentence(["恒润隔膜项目一期", "恒润隔膜项目二期"], sentence)
    assert events["project_id"].n_unique() == 1
    assert sorted(events["phase"].to_list()) == ["一期", "二期"]


def _stories(rows: list[tuple]) -> pl.DataFrame:
    """Link invented mentions, one story each: (surface, sentence, status, 亿元, companies in the sentence)."""
    mentions = pl.DataFrame([{
        "article_id": f"s{i:02d}", "doc_id": f"d-s{i:02d}", "park_id": SUIZHOU, "name": surface, "investment_cny":
        yi * 1e8 if yi else None, "status": status, "sentence": sentence, "sent_start": 0, "sent_end": len(sentence),
        "published_date": date(2024, 1, 1 + i)} for i, (surface, sentence, status, yi, _) in enumerate(rows)])
    companies = pl.DataFrame([{"article_id": f"s{i:02d}", "sent_start": 0, "name": name}
                              for i, row in enumerate(rows) for name in row[4]],
                             schema={"article_id": pl.String, "sent_start": pl.Int32, "name": pl.String})
    linked, failures = link_projects(frame("project_events", []), mentions, companies)
    assert failures == []
    return linked


COPPER = "四川天钜铜箔科技有限公司年产2万吨高性能锂电铜箔项目"


@pytest.mark.parametrize(("later", "linked"), [
    ("四川天钜铜箔科技有限公司年产2万吨电解铜箔项目", True),  # the head noun and the capacity agree
    ("四川天钜铜箔科技有限公司电解铜箔项目", False),  # the head noun alone: 动力电池 / 储能电池 are two projects
])
def test_same_company_and_head_noun_link_on_an_agreeing_figure(later, linked):
    events = _stories([(COPPER, f"{COPPER}签约。", "签约", None, []), (later, f"{later}开工。", "开工", None, [])])
    assert (events["project_id"].n_unique() == 1) == linked


def test_a_short_name_before_the_name_is_its_company():
    """"明澜新能源又与我们签订了…项目": no company finder took the short name, yet it owns the project;
    a project that names the company only is not joined on such a context."""
    events = _stories([
        ("年产3GWh储能电池模组项目", "上个月,明澜新能源又与我们签订了年产3GWh储能电池模组项目投资协议。", "签约", 6, []),
        ("明澜新能源项目", "明澜新能源项目开工。", "开工", None, ["明澜新能源"]),
        ("明澜新能源年产3GWh储能电池模组项目", "明澜新能源年产3GWh储能电池模组项目开工。", "开工", 6, ["明澜新能源"]),
    ])
    assert events["project_id"].to_list() == [events["project_id"][0], events["project_id"][1], events["project_id"][0]]
    assert events["project_id"].n_unique() == 2 and "明澜 before the name" in events["link_reason"][2]


@pytest.mark.parametrize(("first", "later"), [
    # sub-projects of one park of the same company: the long park name is a modifier they share
    ("恒达集团江城国际未来科技城东区项目", "恒达集团江城国际未来科技城西区项目"),
    ("恒达集团江城国际未来科技城研发中心项目", "恒达集团江城国际未来科技城孵化中心项目"),
    ("恒达集团江城国际未来科技城智能制造产业园项目", "恒达集团江城国际未来科技城智能装备产业园项目"),
    ("恒达集团星河湾国际生态城医疗器械产业园项目", "恒达集团星河湾国际生态城医药物流产业园项目"),
    # one grade, two products
    ("湖北恒润化学有限公司年产3万吨电子级氢氟酸项目", "湖北恒润化学有限公司电子级硫酸项目"),
])
def test_products_that_share_a_long_modifier_are_apart(first, later):
    events = _stories([(first, f"{first}签约。", "签约", None, []), (later, f"{later}开工。", "开工", None, [])])
    assert events["project_id"].n_unique() == 2


def test_a_shared_modifier_keeps_the_same_product_together():
    first, later = "恒达集团江城国际科技城锂电池隔膜项目", "恒达集团江城国际科技城隔膜项目"
    events = _stories([(first, f"{first}签约。", "签约", None, []), (later, f"{later}开工。", "开工", None, [])])
    assert events["project_id"].n_unique() == 1


LANTUO = "湖北澜拓新材料有限公司"


def _lantuo(article: str, park: str | None, surface: str, status: str, published: date) -> tuple:
    return ("lantuo", article, published, park, surface, f"{surface}{status}。", status, None, [LANTUO])


@pytest.mark.parametrize(("earlier_parks", "new_park", "joins"), [
    ([None, SUIZHOU], SUIZHOU, True),  # the project's park comes from its second story
    ([None], SUIZHOU, True),  # a project no story placed yet may be any park's
    ([ZHUZHOU], None, True),  # a mention that names no park may be any park's project
    ([JINGMEN], SUIZHOU, False),  # the same firm and product in another park: another project
])
def test_new_mentions_meet_the_projects_of_their_park_or_of_none(earlier_parks, new_park, joins):
    """Incremental linking indexes only the projects a new mention could join; it links as linking
    everything at once does."""
    earlier = [_lantuo(f"t{i}", park, f"{LANTUO}年产3万吨钠电池正极材料项目", "签约", date(2024, 1, 1 + i))
               for i, park in enumerate(earlier_parks)]
    new = _lantuo("t9", new_park, "澜拓钠电池正极材料项目", "开工", date(2024, 6, 1))
    before = _link([*SERIES, *earlier])
    after = _link([*SERIES, *earlier, new], before)
    assert after.equals(_link([*SERIES, *earlier, new]))
    first, last = (after.filter(pl.col("article_id") == article)["project_id"].item() for article in ("t0", "t9"))
    assert (first == last) == joins
