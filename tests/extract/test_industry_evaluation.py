"""Industry agreement with hand labels: labels matched to registry projects by page and name."""
import duckdb
import pytest
from typer.testing import CliRunner

from park_pipeline.evaluation import (
    HALVES, NAME_MATCH, format_industry_report, half_of, load_industry_labels, load_registry_projects, name_match,
    score_industries,
)

# Invented pages, projects and labels.
LABELS_TSV = "\n".join([
    "id\tproject_name\tindustry",
    "p1\t年产5万吨锂电池隔膜项目\t新材料",       # whole name: agrees
    "p1\t冷链物流园\t现代服务",                  # the registry calls it 农业食品: disagrees
    "p1\t人才公寓\tnull",                       # no project of that name: not found; null reads as 其他
    "p2\t智能网联汽车零部件产业园\t新能源汽车",  # matched by partial ratio (company in front)
    "",
])
PROJECTS = {
    "p1": [
        {"project_id": "a", "name": "年产5万吨锂电池隔膜项目", "surfaces": ["年产5万吨锂电池隔膜项目"],
         "industry": "新材料", "industry_confidence": 0.9},
        {"project_id": "b", "name": "冷链物流园项目", "surfaces": ["冷链物流园项目"],
         "industry": "农业食品", "industry_confidence": 0.4},
        {"project_id": "c", "name": "随州大道改造工程", "surfaces": ["随州大道改造工程"],
         "industry": "基础设施", "industry_confidence": 1.0},
    ],
    "p2": [
        {"project_id": "d", "name": "湖北峰驰汽车科技有限公司智能网联汽车零部件产业园",
         "surfaces": ["湖北峰驰汽车科技有限公司智能网联汽车零部件产业园"], "industry": "新能源汽车",
         "industry_confidence": 0.8},
    ],
}


@pytest.fixture
def labels(tmp_path):
    path = tmp_path / "labels.tsv"
    path.write_text(LABELS_TSV, encoding="utf-8")
    return path


def test_labels_file_reads_rows_and_null_as_other(labels):
    rows = load_industry_labels(labels)
    assert [row["industry"] for row in rows] == ["新材料", "现代服务", "其他", "新能源汽车"]
    assert rows[0] == {"id": "p1", "project_name": "年产5万吨锂电池隔膜项目", "industry": "新材料"}


@pytest.mark.parametrize("text", ["page\tname\tindustry\np1\tx\t新材料\n", "id\tproject_name\tindustry\np1\t新材料\n"])
def test_a_labels_file_without_header_or_fields_is_refused(tmp_path, text):
    path = tmp_path / "bad.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError):
        load_industry_labels(path)


@pytest.mark.parametrize(("label", "name", "matches"), [
    ("年产5万吨锂电池隔膜项目", "年产5万吨锂电池隔膜项目", True),
    ("冷链物流园", "冷链物流园项目", True),
    ("智能网联汽车零部件产业园", "湖北峰驰汽车科技有限公司智能网联汽车零部件产业园", True),  # partial, less 15
    ("人才公寓", "随州大道改造工程", False),
    ("锂电池隔膜项目", "锂电池电解液项目", True),  # alike enough for the matcher; industry decides the rest
])
def test_name_match(label, name, matches):
    assert (name_match(label, {"name": name, "surfaces": []}) >= NAME_MATCH) is matches


def test_agreement_counts_missed_labels_as_disagreements(labels):
    report = score_industries(load_industry_labels(labels), PROJECTS)
    assert (report["labelled"], report["matched"], report["agree"], report["agreement"]) == (4, 3, 2, 0.5)
    errors = {e["project_name"]: (e["label"], e["predicted"]) for e in report["errors"]}
    assert errors == {"冷链物流园": ("现代服务", "农业食品"), "人才公寓": ("其他", None)}


def test_each_project_answers_one_label():
    rows = [{"id": "p1", "project_name": "冷链物流园", "industry": "现代服务"},
            {"id": "p1", "project_name": "冷链物流园项目", "industry": "现代服务"}]
    report = score_industries(rows, {"p1": PROJECTS["p1"][1:2]})
    assert (report["matched"], report["agree"]) == (1, 0)  # the exact name took it; the other found nothing


def test_halves_add_up_to_the_whole(labels):
    rows = load_industry_labels(labels)
    whole = score_industries(rows, PROJECTS)
    halves = [score_industries(rows, PROJECTS, half) for half in HALVES]
    assert sum(h["labelled"] for h in halves) == whole["labelled"]
    assert sum(h["agree"] for h in halves) == whole["agree"]
    assert all(half_of(e["id"]) == half for half, h in zip(HALVES, halves) for e in h["errors"])


def test_report_lists_every_disagreement(labels):
    rows = load_industry_labels(labels)
    text = format_industry_report({"all": score_industries(rows, PROJECTS)}, errors=True)
    assert "agrees on 2 of 4 labelled projects (50 %); 3 found" in text
    assert "label 现代服务 | predicted 农业食品 (0.4) | 冷链物流园 ~ 冷链物流园项目" in text
    assert "label 其他 | predicted not found | 人才公寓" in text


def _warehouse(path):
    con = duckdb.connect(str(path))
    con.execute("create schema park")
    con.execute("create table park.articles (article_id varchar, source_path varchar)")
    con.execute("create table park.projects (article_id varchar, name varchar, project_id varchar)")
    con.execute("create table park.project_registry (project_id varchar, name varchar, industry varchar, "
                "industry_confidence double)")
    con.execute("insert into park.articles values ('x1', '/s/p1.txt'), ('x2', '/s/p1.txt'), ('x3', '/s/p2.txt')")
    con.execute("insert into park.projects values ('x1', '年产5万吨锂电池隔膜项目', 'a'), ('x2', '冷链物流园项目', 'b'), "
                "('x2', '隔膜项目', 'a'), ('x3', '湖北峰驰汽车科技有限公司智能网联汽车零部件产业园', 'd'), ('x3', '随州项目', null)")
    con.execute("insert into park.project_registry values ('a', '年产5万吨锂电池隔膜项目', '新材料', 0.9), "
                "('b', '冷链物流园项目', '农业食品', 0.4), ('d', '湖北峰驰汽车科技有限公司智能网联汽车零部件产业园', '新能源汽车', 0.8)")
    con.close()


def test_registry_projects_per_page_and_the_command(tmp_path, labels):
    _warehouse(tmp_path / "wh.duckdb")
    projects = load_registry_projects(tmp_path / "wh.duckdb")
    assert sorted(p["project_id"] for p in projects["p1"]) == ["a", "b"]
    assert next(p for p in projects["p1"] if p["project_id"] == "a")["surfaces"] == ["年产5万吨锂电池隔膜项目", "隔膜项目"]
    from park_pipeline.cli import app

    result = CliRunner().invoke(app, ["eval-industries", str(labels), "--warehouse", str(tmp_path / "wh.duckdb"),
                                      "--errors"])
    assert result.exit_code == 0, result.output
    assert "all     industry agrees on 2 of 4 labelled projects (50 %)" in result.output
    assert "人才公寓" in result.output and all(half in result.output for half in HALVES)
