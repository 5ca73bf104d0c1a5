"""A mention's stage from its own sentence's verb and tense: one row per verb pattern, in
sentences written for these tests."""
import pytest

from park_pipeline.extract.projects import find_projects
from park_pipeline.extract.sentences import split_sentences

NAME = "宏远电子元器件项目"

# sentence, stage of 宏远电子元器件项目 (None: no stage stated)
VERB_PATTERNS = [
    # 签约: the word itself, and signings that never say it
    ("宏远电子元器件项目昨日在高新区签约。", "签约"),
    ("高新区与宏远电子签订投资协议,宏远电子元器件项目正式落户。", "签约"),
    ("双方签署合作协议,共同推进宏远电子元器件项目。", "签约"),
    ("宏远电子元器件项目框架协议在北京签下。", "签约"),
    ("高新区与宏远电子签订项目入园合同,投资4亿元建设宏远电子元器件项目,达产后年产值10亿元。", "签约"),
    ("宏远电子元器件项目将于下月签约。", None),
    # 开工
    ("宏远电子元器件项目破土动工。", "开工"),
    ("宏远电子元器件项目举行奠基仪式。", "开工"),
    ("宏远电子元器件项目开工建设,预计2025年6月底前建成投产。", "开工"),
    ("推动宏远电子元器件项目早开工。", None),
    # 在建: work under way, whatever the plan says of the end
    ("宏远电子元器件项目正在进行设备安装,力争年内建成投产。", "在建"),
    ("宏远电子元器件项目主体厂房已经封顶,预计年底建成投产。", "在建"),
    ("宏远电子元器件项目正在加紧建设,计划明年一季度竣工投产。", "在建"),
    ("宏远电子元器件项目进入设备调试阶段,投产在即。", "在建"),
    ("宏远电子元器件项目施工正酣,全力冲刺年底投产目标。", "在建"),
    ("宏远电子元器件项目厂房已建成,设备正在安装调试,预计10月投产。", "在建"),  # a part of the works done
    ("宏远电子元器件项目去年10月开工,目前主体已完工。", "在建"),
    ("宏远电子元器件项目正进行内部装修,年底可投产。", "在建"),
    ("宏远电子元器件项目建设正酣。", "在建"),
    ("宏远电子元器件项目目前已完成总工程量的60%。", "在建"),  # progress as a share of the works
    ("宏远电子元器件项目目前已进入收尾阶段。", "在建"),
    # 竣工 and 投产
    ("宏远电子元器件项目顺利通过竣工验收。", "竣工"),
    ("宏远电子元器件项目已全面建成。", "竣工"),
    ("宏远电子元器件项目正式投产,首批产品顺利下线。", "投产"),
    ("宏远电子元器件项目竣工投产。", "投产"),
    ("宏远电子元器件项目顺利竣工,即将进入试生产阶段。", "竣工"),
    ("宏远电子元器件项目已正式交付使用。", "竣工"),
    ("宏远电子元器件项目已实现量产。", "投产"),
    ("宏远电子元器件项目日前成功试产。", "投产"),
    # planned only: nothing has happened yet
    ("宏远电子元器件项目计划于2025年3月开工。", None),
    ("宏远电子元器件项目建成后年产值可达10亿元。", None),
    ("宏远电子元器件项目预计明年上半年投产。", None),
    ("宏远电子元器件项目年底将全部竣工投用。", None),
    ("宏远电子元器件项目已完成土地摘牌,正在办理施工许可,计划明年一季度开工。", None),  # paperwork, not works
    ("宏远电子元器件项目已签订入区协议,即将进场施工。", "签约"),
    ("在宏远电子元器件项目施工现场,工人们正在为项目建成做最后的准备。", "在建"),  # a purpose
    ("宏远电子元器件项目投入使用后可年处理污水5万吨。", None),  # a condition
    ("宏远电子元器件项目已建成投产,成为园区龙头。", "投产"),  # 成为 states no purpose
    # progress: an adverb and 推进
    ("宏远电子元器件项目稳步推进。", "在建"),
    ("宏远电子元器件项目、恒达物流园项目等顺利推进。", "在建"),
    # the name's own clause, not the next project's
    ("园区已开工建设宏远电子元器件项目,加快推进恒达物流园项目建设。", "开工"),
    ("园区已开工建设恒达物流园项目,加快推进宏远电子元器件项目建设,引进多家配套企业。", "在建"),
    ("嘉宾见证了宏远电子元器件项目合作签约,并为恒达物流园项目培土奠基。", "签约"),
    ("宏远电子元器件项目开工建设,恒达物流园项目、华泰新材料项目竣工投产。", "开工"),
    ("宏远电子元器件项目成功落户、恒达物流园项目全面投产。", None),
]


@pytest.mark.parametrize(("sentence", "stage"), VERB_PATTERNS)
def test_stage_from_the_sentences_verb_and_tense(sentence, stage):
    found = {p["name"]: p["status"] for p in find_projects(split_sentences(sentence))}
    assert found.get(NAME) == stage, found


@pytest.mark.parametrize("brand", ["和盛", "同创", "按需", "和润"])
def test_a_brand_that_starts_like_a_joiner_keeps_its_project(brand):
    """"和盛新能源项目一期": 和 reads as a conjunction, yet the name is a firm's project."""
    found = find_projects(split_sentences(f"6月5日,{brand}新能源项目一期在高新区正式投产。"))
    assert [(p["name"], p["status"]) for p in found] == [(f"{brand}新能源项目", "投产")]


@pytest.mark.parametrize("sentence", [
    "宏远电子元器件项目建成达产后年产值10亿元。",
    "宏远电子元器件项目投产后可新增就业岗位500个。",
])
def test_a_condition_leaves_the_articles_event(sentence):
    """"建成后…" says nothing of the stage now: the article's event (集中开工) still applies."""
    found = {p["name"]: p["status"] for p in find_projects(split_sentences(f"园区举行重大项目集中开工仪式。\n{sentence}"))}
    assert found[NAME] == "开工"


@pytest.mark.parametrize("opening", [
    "园区在恒达物流园项目现场举行重大项目集中开工仪式。",  # a project's site as the venue
    "在第五届投资贸易洽谈会上,园区举行重大项目集中开工仪式。",  # a fair named with 洽谈
])
def test_a_venue_reports_no_stage(opening):
    """Only the ceremony's verb is the article's event, so it is the default stage of its projects."""
    found = {p["name"]: p["status"] for p in find_projects(split_sentences(f"{opening}\n{NAME}备受关注。"))}
    assert found[NAME] == "开工"
