"""The scorer: the shared matching rules, re-implemented (checked against score.py when present)."""
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from park_pipeline.evaluation import HALVES, format_report, half_of, load_predictions, park_key, score


@pytest.mark.parametrize("raw,key", [
    ("荆门高新区·掇刀区", "荆门高新区"), ("南宁·中关村科技园", "南宁中关村科技园"),
    ("随州高新技术产业开发区", "随州高新区"), ("岳阳经济技术开发区", "岳阳经开区"), ("慈溪滨海经济开发区", "慈溪滨海经开区"),
    ("焦作高新区(示范区)", "焦作高新区"), ("重庆永川综合保税区", "重庆永川综保区"), ("国家级拉萨经开区", "拉萨经开区"),
    ("襄阳市高新区", "襄阳高新区"), (None, ""),
])
def test_park_key(raw, key):
    assert park_key(raw) == key


GOLD = {
    "a": {"parks": [{"name": "随州高新技术产业开发区", "short": "随州高新区", "province": "湖北省"},
                    {"name": "荆门高新技术产业开发区", "short": "荆门高新区", "province": "湖北省"}],
          "companies": ["湖北新楚风汽车股份有限公司", "恒嘉集团"],
          "projects": [{"name": "X项目", "investment_cny": 1e9, "status": "开工"},
                       {"name": "Y项目", "investment_cny": None, "status": None}],
          "people": [{"name": "周俊杰"}, {"name": "王玮"}],
          "indicators": [{"indicator": "固定资产投资", "value": 65.4}, {"indicator": "税收", "value": None}]},
    "b": {"parks": [{"name": "岳阳经济技术开发区", "short": "岳阳经开区", "province": "湖南省"}],
          "companies": [], "projects": [], "people": [], "indicators": []},
}
PRED = {
    "a": {"park_mentions": [{"name": "随州高新区", "short_name": "随州高新区", "province": "湖北"},
                            {"name": "宜昌高新区", "short_name": "宜昌高新区", "province": "湖北省"}],
          "companies": [{"name": "新楚风汽车"}, {"name": "恒嘉"}, {"name": "某某"}],
          "projects": [{"investment_cny": 1.004e9, "name": "X项目", "status": "开工"},
                       {"investment_cny": None, "name": "Y项目一期", "status": "签约"}],
          "people": [{"name": "周俊杰"}, {"name": "周俊杰"}, {"name": "王"}],
          "indicators": [{"indicator": "固定资产投资额", "value": 64.0}, {"indicator": "全年固投", "value": 65.4}]},
}


@pytest.fixture
def gold_dir(tmp_path):
    d = tmp_path / "gold"
    d.mkdir()
    for stem, g in GOLD.items():
        (d / f"{stem}.json").write_text(json.dumps({"id": stem, **g}, ensure_ascii=False), encoding="utf-8")
    return d


def test_score_rules(gold_dir):
    r = score(gold_dir, PRED)
    assert (r["parks"]["gold"], r["parks"]["pred"], r["parks"]["recall"]) == (3, 2, 0.333)
    assert r["park_province"] == {"accuracy": 1.0, "parks": 1}  # 湖北 == 湖北省
    # 新楚风汽车 is shorter than half of the gold name; 恒嘉 is exactly half of 恒嘉集团
    assert (r["companies"]["precision"], r["companies"]["recall"]) == (0.333, 0.5)
    assert (r["people"]["pred"], r["people"]["recall"]) == (2, 0.5)  # names deduplicated, exact match
    assert (r["amounts"]["gold"], r["amounts"]["pred"], r["amounts"]["f1"]) == (1, 1, 1.0)  # within 0.5 %
    assert (r["indicators"]["gold"], r["indicators"]["recall"]) == (1, 0.0)  # 64.0 is 2 % off; 全年固投 shares no name
    assert r["project_status"] == {"accuracy": 0.5, "projects": 2}  # Y项目 matched by name, 签约 against null
    files = {(m["file"], m["kind"]) for m in r["misses"]}
    assert ("b", "article") in files and ("a", "parks") in files and ("a", "amounts") not in files
    assert "parks" in format_report(r)
    companies = next(m for m in r["misses"] if (m["file"], m["kind"]) == ("a", "companies"))
    errors = format_report(r, errors=True)
    for item in companies["false_negatives"] + companies["false_positives"]:
        assert f"companies   a {'FN' if item in companies['false_negatives'] else 'FP'} {item}" in errors


def test_halves_split_the_files_by_name_alone(gold_dir):
    assert {half_of(stem) for stem in GOLD} <= set(HALVES)
    assert half_of("d001") == half_of("d001") and {half_of(f"d{i:03d}") for i in range(40)} == set(HALVES)
    whole = score(gold_dir, PRED)
    halves = [score(gold_dir, PRED, half) for half in HALVES]
    for kind in ("parks", "companies", "people"):
        assert sum(h[kind]["gold"] for h in halves) == whole[kind]["gold"]


def _warehouse(path: Path) -> None:
    con = duckdb.connect(str(path))
    con.execute("create schema park")
    con.execute("create table park.articles (article_id varchar, source_path varchar)")
    con.execute("create table park.parks (park_id varchar, name varchar, short_name varchar, province varchar)")
    con.execute("create table park.park_mentions (article_id varchar, park_id varchar)")
    con.execute("create table park.companies (article_id varchar, name varchar)")
    con.execute("create table park.projects (article_id varchar, investment_cny double, name varchar, status varchar)")
    con.execute("create table park.people (article_id varchar, name varchar)")
    con.execute("create table park.indicators (article_id varchar, indicator varchar, value double)")
    con.execute("insert into park.articles values ('x1', '/s/a.txt'), ('x2', '/s/a.txt'), ('x3', '/s/other.txt')")
    con.execute("insert into park.parks values ('P1', '随州高新区', '随州高新区', '湖北'), ('P2', '宜昌高新区', '宜昌高新区', '湖北省')")
    con.execute("insert into park.park_mentions values ('x1', 'P1'), ('x2', 'P2'), ('x2', 'P1')")
    con.execute("insert into park.companies values ('x1', '新楚风汽车'), ('x1', '恒嘉'), ('x2', '某某')")
    con.execute("insert into park.projects values ('x1', 1.004e9, 'X项目', '开工'), ('x2', null, 'Y项目一期', '签约')")
    con.execute("insert into park.people values ('x1', '周俊杰'), ('x2', '周俊杰'), ('x2', '王')")
    con.execute("insert into park.indicators values ('x1', '固定资产投资额', 64.0), ('x1', '全年固投', 65.4)")
    con.close()


def test_load_predictions_groups_by_file(tmp_path, gold_dir):
    _warehouse(tmp_path / "wh.duckdb")
    preds = load_predictions(tmp_path / "wh.duckdb")
    assert set(preds) == {"a", "other"}
    assert len(preds["a"]["park_mentions"]) == 3 and len(preds["a"]["people"]) == 3
    r = score(gold_dir, preds)
    assert r["parks"]["pred"] == 2 and r["people"]["pred"] == 2


SHARED_SCORER = Path(__file__).resolve().parents[3] / "shared" / "tools" / "score.py"


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="shared scorer not beside the repo")
def test_same_numbers_as_shared_scorer(tmp_path, gold_dir):
    _warehouse(tmp_path / "wh.duckdb")
    ours = score(gold_dir, load_predictions(tmp_path / "wh.duckdb"))
    shared = json.loads(subprocess.run([sys.executable, str(SHARED_SCORER), str(gold_dir), str(tmp_path / "wh.duckdb"),
                                        "--json"], capture_output=True, text=True, check=True).stdout)
    for kind, numbers in shared.items():
        assert {k: ours[kind][k] for k in numbers} == numbers, kind


def test_eval_saved_as_builds_from_the_pages_in_that_form(tmp_path):
    """The option reaches the build: the page is re-saved as a WeChat post and still scores."""
    from typer.testing import CliRunner

    from park_pipeline.cli import app

    pages, gold = tmp_path / "raw", tmp_path / "gold"
    pages.mkdir()
    gold.mkdir()
    (pages / "p1.txt").write_text(
        "株洲高新区二季度重大项目集中签约\n2024年6月18日 来源:某某日报\n"
        "6月18日,株洲高新技术产业开发区举行二季度重大项目集中签约仪式,共签约项目12个,总投资86亿元。\n"
        "其中,恒润锦达新材料科技有限公司年产5万吨电子级材料项目总投资20亿元。\n", encoding="utf-8")
    (gold / "p1.json").write_text(json.dumps({
        "parks": [{"name": "株洲高新技术产业开发区", "short": "株洲高新区", "province": "湖南省"}],
        "companies": ["恒润锦达新材料科技有限公司"], "people": [], "projects": [], "indicators": [],
    }, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(gold), "--pages", str(pages), "--saved-as", "html-wechat"])
    assert result.exit_code == 0, result.output
    assert "parks       P=1.000 R=1.000 F1=1.000" in result.output
    assert "companies   P=1.000 R=1.000 F1=1.000" in result.output
