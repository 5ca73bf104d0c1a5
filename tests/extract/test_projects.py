"""Projects: hand-written sentences in the style of park news, plus a floor on the seed pages."""
import pytest

from park_pipeline.evaluation import greedy_matches

from park_pipeline.extract.projects import find_projects
from park_pipeline.extract.sentences import split_sentences


def _projects(text):
    return {p["name"]: p for p in find_projects(split_sentences(text))}


NAME_AMOUNT_CASES = [
    # text, project name, investment_cny
    ("昨日,总投资15亿元的华锐新能源电池隔膜项目正式开工。", "华锐新能源电池隔膜项目", 1.5e9),
    ("恒泰精密轴承生产基地项目总投资8亿元,建成后年产值可达12亿元。", "恒泰精密轴承生产基地项目", 8e8),
    ("在青禾食品加工产业园项目施工现场,工人们正在浇筑地基。该项目计划投资6.5亿元,预计明年投产。",
     "青禾食品加工产业园项目", 6.5e8),
    ("明川光电显示模组项目总投资10亿元,分两期建设,其中一期投资4亿元。", "明川光电显示模组项目", 1e9),
    ("瑞丰新材料项目一期投资3亿元,主要建设两条生产线。", "瑞丰新材料项目", 3e8),
    ("会上签约的远航智能装备制造基地,总投资约20亿元。", "远航智能装备制造基地", 2e9),
    ("东湖商业综合体总投资45亿元,将建设购物中心和写字楼。", "东湖商业综合体", 4.5e9),
    ("总投资12亿元、年产值20亿元的宏图电子信息产业园项目开工。", "宏图电子信息产业园项目", 1.2e9),
    ("宏达集团投资20亿元建设高端装备制造项目。", "高端装备制造项目", 2e9),
    ("本次签约的18个项目中,有12个项目投资超亿元,其中安达汽车零部件项目投资15亿元。", "安达汽车零部件项目", 1.5e9),
    ("开工项目包括:总投资8亿元的瑞康医药产业园项目、总投资3亿元的联发物流园项目等。", "联发物流园项目", 3e8),
    ("会上签约的天翼云计算中心项目签约金额15亿元。", "天翼云计算中心项目", 1.5e9),
    ("华泰化工新材料项目总投资约1.2亿美元(约合人民币8.6亿元)。", "华泰化工新材料项目", None),
    # the investor first, then where and what: "X投资N亿元(在…)建设/用于 P"
    ("华远重工投资20亿元在高新区建设智能装备产业园项目。", "智能装备产业园项目", 2e9),
    ("湖北星辰科技有限公司拟投资5亿元，用于建设年产10万台电机项目。", "年产10万台电机项目", 5e8),
    ("星河集团将投资12亿元，在园区建设新能源电池研发及产业化基地。", "新能源电池研发及产业化基地", 1.2e9),
    # what an amount introduces is a project, whatever its last word
    ("投资6亿元的云途国家数据中心、投资5亿元的星程智慧车联网等项目落地。", "星程智慧车联网", 5e8),
    # spaces around the numbers inside a name, as some sites print them
    ("星火新材料有限公司年产 15 万吨正极材料项目总投资8亿元。", "星火新材料有限公司年产 15 万吨正极材料项目", 8e8),
    # a quoted name before its suffix
    ("签约项目有：投资60亿元的“云岭西南商业总部及文旅综合体”项目等。", "“云岭西南商业总部及文旅综合体”项目", 6e9),
    # ... or a quoted slogan holding a count inside the name, in a list of amounts and names
    ("引进的重点项目有总投资12.5亿元的华信移动湖南公司“三个中心”基地项目、总投资30亿元的江苏安泰股份光电产业园项目等。",
     "华信移动湖南公司“三个中心”基地项目", 1.25e9),
    ("引进的重点项目有总投资12.5亿元的华信移动湖南公司“三个中心”基地项目、总投资30亿元的江苏安泰股份光电产业园项目等。",
     "江苏安泰股份光电产业园项目", 3e9),
    # a name with no 项目 whose firm has 工程 in its legal name
    ("主要包括总投资20亿元的华康生物工程股份有限公司智能化生物制品研发及产业化、总投资5亿元的瑞达冷却系统等。",
     "华康生物工程股份有限公司智能化生物制品研发及产业化", 2e9),
    # the investor first, the name quoted after where it is built, or right after 用于
    ("云谷科技有限公司投资约3.5亿元,在智造小镇建设“高端光谱仪器创新制造基地”。", "高端光谱仪器创新制造基地", 3.5e8),
    ("行业龙头——恒捷股份投资52亿元,用于恒捷锂电池隔膜生产基地项目的建设。", "恒捷锂电池隔膜生产基地项目", 5.2e9),
    # 靶向, 导向, 面向 inside a name are no preposition to cut at
    ("总投资9亿元的康瑞医药靶向药研发与产业化基地签约落地。", "康瑞医药靶向药研发与产业化基地", 9e8),
    # members named one by one after a group's total and 包括
    ("共签约项目32个,总投资103.77亿元,覆盖生物医药、智能制造等多个领域,主要包括总投资20亿元的华康生物制品研发及产业化、"
     "总投资5亿元的瑞达冷却系统等。", "华康生物制品研发及产业化", 2e9),
    # commas spaced out, as some sites print them
    ("星光传媒有限公司计划在高新区投资100亿元 , 建设城东文化综合体项目 。", "城东文化综合体项目", 1e10),
    # 亿 without 元
    ("投资80亿的城东文化综合体等6个重点项目将落户高新区。", "城东文化综合体", 8e9),
]


@pytest.mark.parametrize("text,name,amount", NAME_AMOUNT_CASES)
def test_name_and_amount(text, name, amount):
    found = _projects(text)
    assert name in found, found.keys()
    if amount is None:  # stated in another currency: no yuan figure
        assert found[name]["investment_cny"] is None
    else:
        assert found[name]["investment_cny"] == pytest.approx(amount)


def test_output_value_of_the_project_named_before():
    found = _projects("签约项目中,晶泰光电显示产业园项目备受关注。该项目由晶泰公司投资建设,达产后预计年产值80亿元。")
    assert found["晶泰光电显示产业园项目"]["output_value_cny"] == pytest.approx(8e9)


def test_output_value():
    found = _projects("恒泰精密轴承生产基地项目总投资8亿元,建成后年产值可达12亿元。")
    assert found["恒泰精密轴承生产基地项目"]["output_value_cny"] == pytest.approx(1.2e9)


def test_usd_investment():
    found = _projects("新签约的鼎越医疗器械生产项目总投资5000万美元。")
    p = found["鼎越医疗器械生产项目"]
    assert p["investment_cny"] is None and p["investment_usd"] == pytest.approx(5e7)


@pytest.mark.parametrize("text", [
    "本月全区共签约项目6个,总投资32亿元,分别是光谷芯片封装项目、长林物流园项目和禾田乳业项目。",
    "12个重点项目集中开工,总投资58亿元。",
    "全年计划实施亿元以上项目40个,签约项目计划总投资120亿元。",
    # money spent so far is not the project's amount
    "城东基础设施及配套工程项目上半年完成投资8.3亿元。",
    "新材料产业园项目累计完成投资12亿元。",
    # what the projects of an event amount to together
    "园区举行签约仪式,华泰电子信息项目签约。签约项目涉及电子信息、高端装备等领域,计划总投资14.2亿元。",
    # an investment reported after other figures of the same subject is one more figure
    "华泰新材料产业园上半年实现营业收入45亿元,固定资产投资7.6亿元。",
    # a count of projects makes the figure a group's total
    "购地建厂项目再创新高。项目数量同比增长80%,总投资73.4亿元。",
    "北湖新材料项目、南山物流项目等19个项目,拟纳入省重点项目,总投资231亿元。",
])
def test_totals_are_not_project_amounts(text):
    assert all(p["investment_cny"] is None for p in find_projects(split_sentences(text)))


def test_list_items_are_projects():
    found = _projects("本次开工的项目分别是滨江路改造、城东污水处理厂、凤鸣小学扩建。")
    assert {"滨江路改造", "城东污水处理厂", "凤鸣小学扩建"} <= found.keys()


def test_officials_before_an_enumeration_are_not_items():
    found = _projects("高新区党工委书记、管委会主任李明对华锐电池项目、恒达物流园项目等5个项目进行汇报。")
    assert set(found) == {"华锐电池项目", "恒达物流园项目"}


@pytest.mark.parametrize("text,names", [
    ("3个基础设施项目分别是城东立交改扩建、火车站北向交通改造。", {"火车站北向交通改造"}),  # 北向 is no 向
    ("赣江物流产业园(新余向阳冷链中心)项目开工。", {"赣江物流产业园(新余向阳冷链中心)项目"}),  # no cut inside brackets
    ("安澜年产5万吨铝材项目(华盛铝业有限公司二期项目)建设现场。",  # an unclosed bracket starts a name
     {"安澜年产5万吨铝材项目", "华盛铝业有限公司二期项目"}),
    # a cut word right before the head noun is the name's own modifier (展示中心), 拟建设 is no part of it
    ("园区拟建设星河艺术展示中心、云帆文创园等项目。", {"星河艺术展示中心", "云帆文创园"}),
    # a count inside quotes is part of the name
    ("总投资12亿元的启明通信公司“三个中心”基地项目落户高新区。", {"启明通信公司“三个中心”基地项目"}),
    # 储备 qualifies the 中心, not the project (a 储备项目 is a class of projects)
    ("安达冷链及粮食储备中心项目通过验收。", {"安达冷链及粮食储备中心项目"}),
    # what an amount is spent building is a project, though it is named like a zone
    ("启明科技有限公司拟投资3亿元建设“智能传感器生产基地”,主攻工业物联网。", {"智能传感器生产基地"}),
    # a stage verb in front is not part of the name, 竣工 as much as 开工
    ("集中竣工恒达电路W2厂房、华泰正极材料及循环利用等项目10个。", {"恒达电路W2厂房", "华泰正极材料及循环利用"}),
])
def test_name_boundaries(text, names):
    assert names <= _projects(text).keys()


def test_a_part_of_the_works_belongs_to_its_project():
    assert set(_projects("恒岳新材料项目主体工程已完工,预计明年投产。")) == {"恒岳新材料项目"}


def test_an_ellipsis_typed_as_dots_ends_the_name():
    found = _projects("青峰材料年产3000吨碳酸锂项目......这些项目投资大、带动强。")
    assert set(found) == {"青峰材料年产3000吨碳酸锂项目"}


@pytest.mark.parametrize(("text", "names"), [
    ("启明半导体封测线、安达冷链物流中心等8个项目集中签约。", {"启明半导体封测线", "安达冷链物流中心"}),
    # a batch (一批) of 产业项目 lists projects, where "新材料、光芯片等产业项目" lists industries
    ("园区加快推进星河(江城)影视基地、江城第二人民医院扩建等一批产业项目。", {"星河(江城)影视基地", "江城第二人民医院扩建"}),
    ("园区加快建设启明封测线、安达冷链中心等一批重大项目。", {"启明封测线", "安达冷链中心"}),
])
def test_enumeration_before_deng(text, names):
    assert names <= _projects(text).keys()


@pytest.mark.parametrize(("text", "names"), [
    # a list its count closes after a comma
    ("今年一季度开工的项目有恒达冷链物流交易中心、城北污水管网改造工程、华泰电子元件厂房,共计7个。",
     {"恒达冷链物流交易中心", "城北污水管网改造工程", "华泰电子元件厂房"}),
    ("新签约星河光电显示模组基地、安达医疗器械产业园、启明智慧仓储,合计3个。",
     {"星河光电显示模组基地", "安达医疗器械产业园", "启明智慧仓储"}),
    # a list of names that mostly end in a project word: its other items are projects too
    ("滨江片区智慧园区新基础设施建设、恒达凉茶(江城)项目、华泰数据中心项目等顺利开工。",
     {"滨江片区智慧园区新基础设施建设", "恒达凉茶(江城)项目", "华泰数据中心项目"}),
    ("安达冷链物流中心扩建、星河光电项目、城东供水工程等有序推进。", {"安达冷链物流中心扩建", "星河光电项目", "城东供水工程"}),
    # what a building verb with its place introduces, when it ends in a facility's word
    ("恒达集团在高新区建设华东研发制造中心。", {"华东研发制造中心"}),
    ("星河光电投资10亿元在江城经开区新建西南运营总部,明年投用。", {"西南运营总部"}),
    # a list item with a quoted part at its end keeps both quotes
    ("签约项目有:恒达集团研发中心项目、华泰集团“华泰城—欧洲中心项目”、新宇公司空气分离装置项目等。",
     {"华泰集团“华泰城—欧洲中心项目”"}),
])
def test_names_without_a_suffix_of_their_own(text, names):
    assert names <= _projects(text).keys()


@pytest.mark.parametrize("text", [
    "园区引进企业有恒达科技、华泰电子、新宇光学,共计3个。",  # firms, not projects: no project word
    "全市加快建设区域性金融中心。",  # a goal: no place it is built in
    "江城在高新区打造区域金融中心。",  # 打造 is a goal's verb
    "新材料、生物医药、电子信息等产业集聚发展。",
])
def test_lists_and_goals_that_are_not_projects(text):
    assert _projects(text) == {}


@pytest.mark.parametrize("text", [
    "高新区坚持把项目建设作为头号工程,全力推进重点项目。",
    "这些项目投资大、带动强。",
    "全区各产业园区办项目的热情高涨。",  # every park's projects: a class
    "目前已完成主体工程,正在进行设备安装。",  # a part of some project's works
    "记者：经开区项目建设进展如何？",  # a question states nothing
    "签约的科技金融项目有:中新投资公司在高新区设立基金管理公司。",  # a kind heading its members
    "面向项目一线开展精准服务。",  # 面向 is a preposition
    "该区新引进项目20个。",
    # verbs whose object is the projects themselves
    "会议要求各部门要继续做好项目服务保障。",
    "区领导分包重大招商项目,干部职工包联重点项目。",
    "全区上下紧盯招商上项目,积极做好争资项目申报。",
    # classes and selections of projects, places alone, counts of people
    "开发区精细化管理重大项目储备库。",
    "园区以综合得分第一夺得本次项目。",
    "省工信厅有关负责人介绍了湖南项目情况。",
    "全市近300名项目管理干部参加培训。",
    # an enumeration of industries, not of projects; 工程车 is a vehicle
    "其中新材料、光芯片、数字赋能等产业项目15个。",
    "在施工现场,只见工程车辆往来穿梭。",
    "总投资10亿元的项目今年开工。",
    "西宁开发区重点基地项目。",  # ranked: a class, whatever its head noun
    "企业陆续入驻“智能终端产业基地”。",  # a zone the firms move into
])
def test_generic_phrases_are_not_projects(text):
    assert find_projects(split_sentences(text)) == []


STATUS_CASES = [
    ("宏远电子元器件项目昨日正式开工。", "宏远电子元器件项目", "开工"),
    ("宏远电子元器件项目已建成投产。", "宏远电子元器件项目", "投产"),
    ("宏远电子元器件项目目前正在加紧施工。", "宏远电子元器件项目", "在建"),
    ("宏远电子元器件项目顺利竣工。", "宏远电子元器件项目", "竣工"),
    ("宏远电子元器件项目当天完成签约。", "宏远电子元器件项目", "签约"),
    ("宏远电子元器件项目正在开展前期工作。", "宏远电子元器件项目", "谋划"),
    ("宏远电子元器件项目计划于5月开工。", "宏远电子元器件项目", None),
    ("宏远电子元器件项目成功落户高新区。", "宏远电子元器件项目", None),
    ("续建的宏远电子元器件项目进展顺利。", "宏远电子元器件项目", "在建"),
    ("江滨大道基本建成通车。", "江滨大道", None),  # not a project word: not found at all
    ("投资10亿元的恒达新材料项目落户园区,预计明年6月投产。", "恒达新材料项目", None),
    ("欣达动力电池项目计划总投资30亿元,建成后将形成年产15GWh产能。", "欣达动力电池项目", None),
    ("东风路等5条道路、金华电子元件项目等同步开工建设。", "金华电子元件项目", "开工"),
    ("宏远电子元器件项目实现当年签约、当年建成、当年投产。", "宏远电子元器件项目", "投产"),
    ("宏远电子元器件项目已开工,预计年底投产。", "宏远电子元器件项目", "开工"),
]


@pytest.mark.parametrize("text,name,status", STATUS_CASES)
def test_status(text, name, status):
    found = _projects(text)
    if name not in found:
        assert status is None
        return
    assert found[name]["status"] == status


def test_article_event_is_the_default_stage():
    text = "园区举行第二季度重大项目集中开工仪式。\n本次项目分别是滨江路改造、城东污水处理厂。\n宏远电子元器件项目备受关注。"
    found = _projects(text)
    assert found["宏远电子元器件项目"]["status"] == "开工"
    assert found["城东污水处理厂"]["status"] == "开工"


def test_offsets():
    text = "开头一句。\n华锐新能源电池隔膜项目正式开工。"
    sents = split_sentences(text)
    (p,) = find_projects(sents)
    assert text[p["sent_start"] : p["sent_end"]] == p["sentence"]
    assert text[p["pos"] : p["pos"] + len(p["name"])] == p["name"]


# --- floor on the seed pages (gold lives outside the repo; skipped when it is absent) ---
SEEDS = __import__("pathlib").Path(__file__).resolve().parents[2] / "seeds"
GOLD = __import__("pathlib").Path("/work/shared/corpus/gold")


def seed_articles():
    """(clean text, gold dict) per seed page that has gold."""
    import json

    from park_pipeline.clean import clean_page, decode_bytes

    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        gold = GOLD / f"{path.stem}.json"
        if gold.exists():
            stories = clean_page(decode_bytes(path.read_bytes()).text)
            text = "\n\n".join(f"{s.title or ''}\n{s.text}" for s in stories)
            out.append((text, json.loads(gold.read_text(encoding="utf-8"))))
    return out


def f1(gold, pred, same):
    tp = len(greedy_matches(gold, pred, same))  # the scorer's own one-to-one matching
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def test_seed_floor_amounts():
    arts = seed_articles()
    if not arts:
        pytest.skip("gold annotations not available")
    gold, pred = [], []
    for i, (text, g) in enumerate(arts):
        gold += [(i, p["investment_cny"]) for p in g["projects"] if p.get("investment_cny")]
        pred += [(i, p["investment_cny"]) for p in find_projects(split_sentences(text)) if p["investment_cny"]]
    assert f1(gold, pred, lambda a, b: a[0] == b[0] and abs(a[1] - b[1]) <= 0.005 * max(a[1], b[1])) >= 0.9


@pytest.mark.parametrize("text", [
    # a kind of project counted right after it
    "本次签约项目中,智能装备项目5个,商业综合体项目1个,总部经济项目2个。",
    "1-9月,技改项目入库18个。",
    "储备政策性资金项目120个,其中专项债项目40个。",
])
def test_counted_kinds_are_not_projects(text):
    assert find_projects(split_sentences(text)) == []


def test_class_named_after_deng_is_not_a_project():
    found = _projects("星河生物制剂基地、华康康复医院等健康服务项目相继落地。")
    assert {"星河生物制剂基地", "华康康复医院"} <= found.keys() and "健康服务项目" not in found
    found = _projects("宏图智能叉车项目等氢能装备、储能系列项目陆续落地。")
    assert "宏图智能叉车项目" in found and "储能系列项目" not in found


def test_named_project_after_a_counted_list_is_kept():
    found = _projects("振兴路等3条道路、蓝海化工新材料项目等同步开工。")
    assert "蓝海化工新材料项目" in found
