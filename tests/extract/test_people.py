"""People and titles (own examples)."""
import pytest

from park_pipeline.extract.people import find_people
from park_pipeline.extract.sentences import split_sentences

CASES = [
    ("荆门高新区党工委书记、掇刀区委书记周俊杰宣布开工。",
     [("周俊杰", "荆门高新区党工委书记、掇刀区委书记")]),
    ("区领导韩耀辉、张忠良参加。", [("韩耀辉", "区领导"), ("张忠良", "区领导")]),
    ("市委常委、常务副市长、经开区党工委第一书记李建华宣布开工,经开区党工委书记文春方致辞。",
     [("李建华", "市委常委、常务副市长、经开区党工委第一书记"), ("文春方", "经开区党工委书记")]),
    ("“订单持续增多。”湖南华瑞科技有限公司董事长谢曙信心满满。", [("谢曙", "湖南华瑞科技有限公司董事长")]),
    ("永川区委常委、区政府常务副区长邓文说,综保区将聚焦汽车。", [("邓文", "永川区委常委、区政府常务副区长")]),
    ("市领导倪建胜、杨森、郑东涛等出席仪式。",
     [("倪建胜", "市领导"), ("杨森", "市领导"), ("郑东涛", "市领导")]),
    # each title stops at the previous name; an organization before a role is not a name
    ("区长周立新、区政协主席张永刚、华瑞集团董事长王长安等出席。",
     [("周立新", "区长"), ("张永刚", "区政协主席"), ("王长安", "华瑞集团董事长")]),
    ("郑州海关副关长、党委委员唐诗婷,盐城海关关长顾克中陪同。",
     [("唐诗婷", "郑州海关副关长、党委委员"), ("顾克中", "盐城海关关长")]),
    ("县领导张宏、李广同、程春明出席仪式。", [("张宏", "县领导"), ("李广同", "县领导"), ("程春明", "县领导")]),
    ("华瑞公司董事长谢曙正在谋划布局。", [("谢曙", "华瑞公司董事长")]),
    ("华瑞公司总经理 王大明介绍,订单增加。", [("王大明", "华瑞公司总经理")]),
    ("在生产车间,助企服务员朱星宇正在给该公司负责人方占江讲解政策。",
     [("朱星宇", "助企服务员"), ("方占江", "公司负责人")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_people(text, expected):
    rows = find_people(text, split_sentences(text))
    assert [(r["name"], r["title"]) for r in rows] == expected
    for r in rows:
        assert text[r["sent_start"]:r["sent_end"]] == r["sentence"]
        assert text[r["pos"]:r["pos"] + len(r["name"])] == r["name"]


NOBODY = [
    "(记者张三 通讯员李四)近日,开发区召开会议。",  # bylines
    "主编 王大明 责任编辑 刘小红",
    "实行领导包抓、周协调例会等工作机制。",
    "我区与福州某公司的代表陈先生进行洽谈。",
    "项目负责人说,项目进展顺利。",
    "书记要求,要高度重视安全生产。",
    "24户企业负责人和代表参加集中签约。",  # 和 joins two roles: no 和 surname
]


@pytest.mark.parametrize("text", NOBODY)
def test_no_people(text):
    assert find_people(text, split_sentences(text)) == []


def test_each_person_once():
    text = "区长王玮主持会议。王玮表示,要坚持创新驱动。区长王玮强调落实。"
    assert [r["name"] for r in find_people(text, split_sentences(text))] == ["王玮"]
