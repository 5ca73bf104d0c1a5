"""Companies: hand-written sentences in the style of park news."""
import pytest

from park_pipeline.extract.companies import find_companies
from park_pipeline.extract.sentences import split_sentences
from tests.extract.test_projects import f1, seed_articles


def _names(text):
    return [c["name"] for c in find_companies(split_sentences(text))]


FOUND_CASES = [
    ("在高新区鸿展精密模具有限公司生产车间,工人正在调试设备。", "鸿展精密模具有限公司"),
    ("南湖经开区与江苏恒晟新材料股份有限公司签订投资协议。", "江苏恒晟新材料股份有限公司"),
    ("瑞泰机械(芜湖)有限公司今年产值增长两成。", "瑞泰机械(芜湖)有限公司"),
    ("华盛集团负责人表示将追加投资。", "华盛集团"),
    ("据汇德公司介绍,新厂房下月交付。", "汇德公司"),
    ("峰岭化工、金桥电子、南溪药业等多家企业实现满产。", "峰岭化工"),
    ("峰岭化工、金桥电子、南溪药业等多家企业实现满产。", "南溪药业"),
    ("全区现有上市企业2家,分别为云帆科技、远拓股份。", "云帆科技"),
    ("福耀玻璃与三一重工均在当地设有工厂。", "福耀玻璃"),
    ("福耀玻璃与三一重工均在当地设有工厂。", "三一重工"),
    ("会上,锐腾激光精密加工设备项目签约落地。", "锐腾激光"),
    ("去年宏泰科技有限公司营收增长三成。", "宏泰科技有限公司"),
    ("新宏泰科技有限公司营收增长三成。", "新宏泰科技有限公司"),
    ("2021年成立的智芯微电子公司专注芯片设计。", "智芯微电子公司"),
    ("园区引进了万华化学等龙头企业,以及宏大电子、联华科技等一批配套企业。", "联华科技"),
    ("美国康泰精密部件生产基地项目投产。", "康泰精密"),
    # a foreign firm by its short name after its country: the model reads the brand as a name
    ("美国卡维特高空作业平台、日本松丘汽车零部件项目开工建设。", "卡维特"),
    ("德国莱斯曼全自动生产基地投产。", "莱斯曼"),
    ("世界500强丹麦诺沃克油品生产项目落户。", "诺沃克"),
    ("瑞士贝格纳在华第二家工厂开工。", "贝格纳"),
    # a legal name starts after a role, a parent or a generic firm before it
    ("张三,男,现任凯曜科技有限公司总经理。", "凯曜科技有限公司"),
    ("凯曜集团旗下子公司凯曜新材料有限公司落户。", "凯曜新材料有限公司"),
    ("凯曜集团旗下子公司凯曜新材料有限公司落户。", "凯曜集团"),
    ("园区平台公司城发集团负责运营。", "城发集团"),
    ("弘毅控股有限公司投资3亿元。", "弘毅控股有限公司"),
    # a brand written in numerals is a brand, not a count of firms
    ("三一集团、中联重科等企业。", "三一集团"),
    # a short name (brand and trade) that a cue marks as a firm
    ("目前,凯曜光电已入驻园区。", "凯曜光电"),
    ("在凯曜光电生产车间,工人正忙着赶订单。", "凯曜光电"),
    ("据鼎芯微电子负责人介绍,新产线已投产。", "鼎芯微电子"),
    ("鼎芯微电子投资10亿元建设的芯片封测项目开工。", "鼎芯微电子"),
    ("张三先后走进弘毅智能、凯曜光电,详细了解企业生产经营情况。", "弘毅智能"),
    ("园区与凯曜科技签订战略合作协议。", "凯曜科技"),
    ("签约仪式上,凯曜科技与弘毅智能分别签约。", "凯曜科技"),
    ("凯曜科技、弘毅智能分别与高新区签订投资协议。", "凯曜科技"),
    ("由凯曜科技投资的智能终端项目开工。", "凯曜科技"),
    ("凯曜光电(股票代码:688123)发布公告。", "凯曜光电"),
    # a firm before its officer's title
    ("凯曜科技党委书记张三介绍。", "凯曜科技"),
    ("凯曜科技技术总监赵六介绍。", "凯曜科技"),
    ("华为副总裁张三出席。", "华为"),
    # pages that set spaces around punctuation
    ("张三先后走进弘毅智能 、凯曜光电 , 详细了解企业生产经营情况 。", "弘毅智能"),
    ("全区现有上市企业2家 , 分别为凯曜科技 、弘毅股份 。", "凯曜科技"),
    ("凯曜科技 、弘毅智能分别与高新区签订投资协议 。", "凯曜科技"),
    # no brand and trade before the cue: the organisation the model reads there
    ("园区与华为签订战略合作协议。", "华为"),
    ("由小米投资的项目开工。", "小米"),
    ("张三先后走进华为、凯曜光电,详细了解企业生产经营情况。", "华为"),
    # a central enterprise's numbered engineering bureau
    ("该项目由中建八局承建。", "中建八局"),
    ("中铁十一局、中交二航局负责施工。", "中交二航局"),
    # a foreign firm after its description or before its China arm, without its country
    ("世界500强企业莱斯曼在园区投资设立研发中心。", "莱斯曼"),
    ("全球500强莱斯曼增资扩产。", "莱斯曼"),
    ("知名外企莱斯曼投资5亿元扩产。", "莱斯曼"),
    ("外资企业卡维特中国区总部落户高新区。", "卡维特"),
    ("德资企业莱斯曼投资5亿元扩产。", "莱斯曼"),
    ("莱斯曼在华投资设立的第三家工厂投产。", "莱斯曼"),
    # a brand with no legal form and no trade word heads a project, before the place it is built in
    ("蓝鲸科创合肥研发总部项目正式签约。", "蓝鲸科创"),
    ("飞鸿速运武汉转运中心项目开工建设。", "飞鸿速运"),
    # the model ends the brand before the product (not 凯尔燃料电池)
    ("在凯尔燃料电池研发与生产项目建设现场。", "凯尔"),
    ("总投资20亿元的小米武汉第二总部项目封顶。", "小米"),
    # a firm described, then named
    ("园区成功引进全国500强企业远景能源,建设智能风机基地。", "远景能源"),
    # legal names holding words that elsewhere end a firm's name or mark a body
    ("园区先后走访了西湖瑞丰企业管理有限公司。", "西湖瑞丰企业管理有限公司"),
    ("代表团访问了星光华文国际传媒有限公司。", "星光华文国际传媒有限公司"),
    ("北方新材料工程研究院有限公司落户园区。", "北方新材料工程研究院有限公司"),
    ("青山乡村振兴发展有限公司负责运营。", "青山乡村振兴发展有限公司"),
]


@pytest.mark.parametrize("text,name", FOUND_CASES)
def test_found(text, name):
    assert name in _names(text)


NOT_COMPANY_CASES = [
    # a country before a market, a city or a word it is part of
    "美国市场需求旺盛,日本客户订单增长。",
    "来自韩国首尔的代表团到访。",
    "内蒙古鄂尔多斯的项目进展顺利。",
    "英国伦敦金属交易所铜价上涨。",
    "跨国公司纷纷加大投资。",
    "园区已有日资企业20家。",
    "三家公司签约落户。",
    "其旗下子公司负责运营。",
    # a cue after a trade or a body, not a firm
    "在新能源汽车生产车间,工人正在调试设备。",
    "张三先后走进智能制造车间、光伏产业园。",
    "高新区经济发展局相关负责人介绍。",
    "园区与新能源汽车企业签约。",
    # kinds of firms listed like firms
    "芯片设计、晶圆制造等企业加快集聚。",
    "食品加工、纺织服装等传统企业转型升级。",
    "市发改委相关负责人介绍。",
    "园区党委书记张三主持会议。",
    "集团党委书记、董事长张三出席。",
    "张三先后来到市发改委、高新区管委会、湖南大学调研。",
    "湖南大学与园区签订合作协议。",
    "该企业负责人介绍。",
    "光伏发电、储能电池等项目签约。",
    "新能源、新材料等产业将在园区集聚。",
    "王强在华东地区工作多年。",  # 在华东 is a region, not a firm's China arm
    "市发改委副主任、高新区管委会副总经理李明出席。",  # a body's officer
    # a firm's kind, made of generic words only
    "两家公司投资30亿元设立新能源管理总部平台公司。",
    "多家企业负责人参加了座谈会。",
    "该公司今年营收突破十亿元。",
    "高新区管委会与市自然资源局召开联席会议。",
    "市人民政府办公室印发通知。",
    "省化工行业协会组织专家评审。",
    "江城日报社记者现场采访。",
    "合作方为本地一所职业技术学院。",
    "新能源汽车零部件生产基地项目开工建设。",
    "北部湾科技园总部基地项目进展顺利。",
    "全区规上企业数量达到120家。",
    "市城投公司、区平台公司负责融资。",
    "数字化浪潮推动产业升级,绿地和公园面积持续增加。",
    # places are not firms: lists of places, a city alone, a place before an industry word
    "湘江、株洲等地企业参加了对接会。",
    "产品可供应合肥、芜湖等周边城市的企业。",
    "项目投产后,产品可供应南昌、九江等地企业。",
    "宜春公司负责人介绍了生产情况。",
    "岳阳智能装备产业园项目签约。",
    "合肥新能源汽车零部件项目开工。",
    # the model reads an organisation at the head of these; the rules turn a body, a class of
    # capital and a place down
    "市政府办公楼改造项目完成招标。",
    "央资新能源管理总部平台项目落户。",
    "湘江新区智能制造产业园项目开工。",
    # institutions without a company's legal form
    "省新材料工程研究院专家到场指导。",
    "江城国际传媒中心记者现场采访。",
]


@pytest.mark.parametrize("text", NOT_COMPANY_CASES)
def test_not_found(text):
    assert _names(text) == []


def test_same_brand_with_other_suffix_is_one_company():
    names = _names("欣达集团投资建设新厂。欣达公司董事长说,项目年底投产。")
    assert len([n for n in names if n.startswith("欣达")]) == 1


def test_group_and_its_trade_subsidiary_are_two_companies():
    names = _names("欣达化工有限公司新厂投产。欣达集团技改项目顺利推进。")
    assert names == ["欣达化工有限公司", "欣达集团"]


@pytest.mark.parametrize("text,names", [
    ("鄞州集团技改项目顺利推进。", ["鄞州集团"]),  # a group named by its home county
    ("长沙公司负责项目施工。", []),  # a firm's local branch named by its city
    ("长沙集团负责项目施工。", []),
])
def test_place_named_firms(text, names):
    assert _names(text) == names


def test_row_offsets():
    text = "第一段。\n据汇德公司介绍,新厂房下月交付。"
    (row,) = find_companies(split_sentences(text))
    assert text[row["sent_start"] : row["sent_end"]] == row["sentence"]
    assert text[row["pos"] : row["pos"] + len(row["name"])] == row["name"]


def test_seed_floor():
    arts = seed_articles()
    if not arts:
        pytest.skip("gold annotations not available")

    def same(a, b):
        if a[0] != b[0]:
            return False
        short, long_ = sorted((a[1], b[1]), key=len)
        return short in long_ and 2 * len(short) >= len(long_)

    gold, pred = [], []
    for i, (text, g) in enumerate(arts):
        gold += [(i, n) for n in g["companies"]]
        pred += [(i, c["name"]) for c in find_companies(split_sentences(text))]
    assert f1(gold, pred, same) >= 0.8


@pytest.mark.parametrize("text,names", [
    # a firm described before its country and brand: "…领军…企业" + 国家 + 品牌 + 行业词
    ("其中,全球领先汽车座椅企业瑞典维朗汽车零部件生产基地项目已落户。", ["维朗汽车"]),
    ("行业龙头企业德国科瑞精密部件研发中心项目开工建设。", ["科瑞精密"]),
    # short bare names listed before 等一批…项目 stand for their firms
    ("四川云朗、华睿重装、新远达等一批大项目相继落地开工。", ["四川云朗", "华睿重装", "新远达"]),
    # ... or before 等(N个)项目, the first one still behind the clause's verbs
    ("推动促成云栖创投、德泓长盛、华兵资本等项目完成签约。", ["云栖创投", "德泓长盛", "华兵资本"]),
    # a firm's regional headquarters stands for the firm
    ("北京星账房西南总部、金蝉螂华南区域总部、启鑫成都总部等10余个项目即将落地。", ["北京星账房", "金蝉螂", "启鑫"]),
    # ... also beside items that name a brand's product
    ("高新区企业杰安硅碳负极材料、新航科达、明越数科等10个项目亮相签约活动。", ["新航科达", "明越数科"]),
    # a firm set after a dash that closes its description
    ("五期项目作为全球第二大玻璃基板制造商——日本东光硝子增资扩产的重要项目。", ["日本东光硝子"]),
    # a firm written as its home city and brand, then the place of its project
    ("民资项目有:投资5亿元的深圳云岳陕西省医疗器械综合服务平台项目。", ["深圳云岳"]),
    # the firm right before its officer's title
    ("星途科技董事长王强介绍,项目明年投产。", ["星途科技"]),
    ("云启智能CEO李娜表示,将加大在园区的投资。", ["云启智能"]),
    # a region after the brand names the firm's branch, not the firm
    ("投资60亿元的万嘉华东物流枢纽项目签约。", ["万嘉"]),
    # a parent group's name inside a subsidiary's legal name is no second firm
    ("远帆集团材料研究院有限公司党委书记出席签约仪式。", ["远帆集团材料研究院有限公司"]),
])
def test_described_and_listed_firms(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    # lists of works, facilities and public projects are not firms
    "沿江公路、北环快速路、滨河大道等一批重大交通项目开工。",
    "供水、供电、污水处理等一批民生项目加快推进。",
    "市第二医院、体育中心、实验小学等一批重点项目竣工。",
    "城市更新、老旧小区改造、智慧停车等一批项目有序实施。",
])
def test_project_lists_name_no_firm(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,name", [
    # A-share short names (证券简称) and SASAC's central enterprises, from the public lists
    ("园区与七匹狼签署战略合作协议。", "七匹狼"),
    ("中国安能承建的防洪工程顺利完工。", "中国安能"),
])
def test_public_firm_lists(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text,not_a_firm", [
    # listed short names that read as ordinary words, places, or trade words only
    ("园区生态环境持续改善,机器人产业加快集聚。", "生态"),
    ("园区生态环境持续改善,机器人产业加快集聚。", "机器人"),
    ("中国动力电池产业大会在园区召开。", "中国动力"),
    ("游客在中关村创业大街参观。", "中关村"),
    ("为园区发展注入新动力、带来新机遇。", "新动力"),
    ("新天地里开出了新店,为园区发展注入新动力。", "新天地"),
])
def test_listed_names_that_read_as_words_are_not_firms(text, not_a_firm):
    assert not_a_firm not in _names(text)


def test_tech_words_listed_before_a_batch_of_projects_are_not_firms():
    assert _names("大数据、物联网、高质量等一批新项目集中签约。") == []


@pytest.mark.parametrize("text", [
    "加快推进中德智能制造产业园建设。",
    "中欧新材料合作区项目签约落地。",
    "总投资12亿元的东盟电子信息产业园项目开工。",
    "中国—东盟光电合作区项目进展顺利。",
    "长三角新能源汽车产业园项目开工。",
    "粤港澳生物医药产业园二期项目竣工。",
])
def test_cooperation_partners_heading_a_park_are_no_firm(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,name", [
    ("GKL星河物流西南分拨中心项目开工。", "GKL星河物流"),
    ("ABC天地物流中原转运中心项目开工。", "ABC天地物流"),
    ("总投资3亿元的QRT恒安医疗器械生产基地项目落户园区。", "QRT恒安医疗"),
    ("当天,BTR华鼎电子负责人介绍了生产情况。", "BTR华鼎电子"),
    ("走进KMT星辰光电、远航电子。", "KMT星辰光电"),
    ("主要有瑞丰科技产业园项目、宏达物流园、KLT天地华运华北分拨中心、远达航空物流项目等。", "KLT天地华运"),
])
def test_latin_brand_and_its_chinese_name_are_one_firm(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text,names", [
    # a listed short name opening with a trade word is the tail of the longer name it is read in
    ("总投资5亿元的长江电气风电塔筒项目开工。", ["长江电气风电"]),
    ("瑞海电气风电塔筒项目开工。", ["瑞海电气风电"]),
    ("电气风电在园区投资建设叶片工厂。", ["电气风电"]),
    # the tail met again alone on the page is the same firm
    ("瑞海电气风电塔筒项目开工。电气风电在园区投资建设叶片工厂。", ["瑞海电气风电"]),
])
def test_listed_name_inside_a_subsidiary_name(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text,name", [
    ("长春汽车城、博泰克北方基地、宏远物流园等项目开工。", "博泰克"),
    ("瑞丰科技西部总部项目签约。", "瑞丰科技"),
])
def test_firm_before_its_regional_base(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text,name", [
    ("2023年,瑞康绿源新型疫苗产业化基地项目竣工验收。", "瑞康绿源"),
    ("总投资8亿元的马科斯新型传感器项目开工。", "马科斯"),
    ("总投资8亿元的维斯特高端轴承项目开工。", "维斯特"),
    # a time word after a cut word is no part of the legal name
    ("园区与此前华盛精工科技有限公司达成协议。", "华盛精工科技有限公司"),
    # nor a period, a firm's role in the project, or a list mark
    ("今年以来华盛精工科技有限公司营收增长。", "华盛精工科技有限公司"),
    ("投资方华盛精工科技有限公司计划明年投产。", "华盛精工科技有限公司"),
    ("（一）华盛精工科技有限公司年产5万吨项目", "华盛精工科技有限公司"),
    ("二是华盛精工科技有限公司年产5万吨项目", "华盛精工科技有限公司"),
])
def test_name_starts_after_lead_words(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    # words describing the product head the project name: trade words, adjectives, verbs, common nouns
    "冷链物流项目签约。",
    "精密机械加工项目投产。",
    "优质粮油项目签约。",
    "特种玻璃项目签约。",
    "再生资源回收项目开工。",
    "预制菜食品加工项目开工。",
    "农产品冷链物流园项目开工。",
    "智慧物流园项目开工。",
    # a listed short name that runs into a zone word is the park's name (东湖高新 | 区)
    "东湖高新区光电子信息产业项目签约。",
])
def test_product_words_heading_a_project_are_no_firm(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,name", [
    ("恒润科技新材料项目签约。", "恒润科技"),
    ("峰岭化工年产5万吨项目开工。", "峰岭化工"),
    ("一诺新能源光伏组件项目投产。", "一诺新能源"),  # a brand written with a numeral word
])
def test_brand_before_its_trade_heads_a_project(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text,names", [
    # the clause's verbs before the first item are no part of its name
    ("园区已集聚恒润、鼎芯、云启等30余家企业。", ["恒润", "鼎芯", "云启"]),
    ("吸引了恒润科技、鼎芯新材料等企业落户。", ["恒润科技", "鼎芯新材料"]),
    # lists closed by a description without 企业, or by a count without 等
    ("吸引了恒润科技、鼎芯新材料等行业龙头入驻。", ["恒润科技", "鼎芯新材料"]),
    ("恒润科技、鼎芯新材料和云启智能3家企业签约落户。", ["恒润科技", "鼎芯新材料", "云启智能"]),
    # lists after the firms they name: 企业有 / 企业为
    ("入驻企业有恒润科技、鼎芯新材料、云启智能等。", ["恒润科技", "鼎芯新材料", "云启智能"]),
    ("签约企业为恒润科技、鼎芯新材料和云启智能。", ["恒润科技", "鼎芯新材料", "云启智能"]),
])
def test_lists_of_firms(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "园区新增3家企业。",  # a count with no list before it
    "坚持以企业为主体、市场为导向。",
    "园区企业为经济发展、社会稳定作出了贡献。",
    "科技企业为主体、市场为导向、产学研深度融合。",
])
def test_counts_and_heads_without_a_list_name_no_firm(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,names", [
    # a short name declared after the legal name is the same firm, whatever form it takes
    ("湖北恒润新材料科技有限公司(以下简称恒润公司)与园区签约。恒润公司已入驻园区。", ["湖北恒润新材料科技有限公司"]),
    ("由星途智能装备股份有限公司（以下简称“星途股份”）投资建设。星途股份是一家机器人企业。", ["星途智能装备股份有限公司"]),
    ("湖北恒润新材料科技有限公司（简称：恒润科技）与园区签约。恒润科技负责人介绍情况。", ["湖北恒润新材料科技有限公司"]),
    ("恒润新能源科技股份有限公司（下称“恒润时代”）与园区签约。恒润时代将追加投资。", ["恒润新能源科技股份有限公司"]),
])
def test_declared_short_name_is_the_same_firm(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text,name", [
    # the park hosting the project is written before the firm
    ("高新区鑫源科技年产5万吨项目开工。", "鑫源科技"),
    ("园区鑫源科技年产5万吨项目开工。", "鑫源科技"),
    ("江城高新区鑫源科技年产5万吨项目开工。", "鑫源科技"),
    ("经开区华锐新材料年产10万吨锂电材料项目签约。", "华锐新材料"),
])
def test_firm_after_the_park_hosting_its_project(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text,person", [
    # a person the page names, then a trade word, reads as a brand without the page's people
    ("区委书记王建调研智能制造企业。王建智能化改造项目顺利推进。", "王建"),
    ("高新区党工委书记李明出席。李明新材料项目开工。", "李明"),
    ("园区管委会主任陈刚介绍,陈刚科技负责人表示订单饱满。", "陈刚"),
])
def test_person_named_on_the_page_before_a_trade_word_is_no_firm(text, person):
    assert _names(text) != []
    assert find_companies(split_sentences(text), people={person}) == []


@pytest.mark.parametrize("text,name", [
    # a short name opening a clause that the model reads as one organisation: the clause's subject
    ("恒润科技今年营收突破10亿元。", "恒润科技"),
    ("近日，恒润科技被认定为国家级专精特新企业。", "恒润科技"),
    ("作为园区的龙头企业，恒润科技今年产值增长三成。", "恒润科技"),
    # the role a firm has in a project, or talks with it
    ("项目业主为恒润科技，计划明年投产。", "恒润科技"),
    ("该项目实施主体为鼎芯新材料，总投资5亿元。", "鼎芯新材料"),
    ("园区与恒润科技就新能源项目进行洽谈。", "恒润科技"),
    ("高新区与鼎芯新材料达成合作意向。", "鼎芯新材料"),
])
def test_firm_as_subject_or_party(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "双方就项目落地进行深入交流。",
    "高新区管委会就产业发展进行座谈。",
    "建设单位为高新区管委会。",
    "投资方为一家外资企业。",
    "园区与多家企业达成合作意向。",
    "光伏电池今年产能翻番。",
    "电子信息今年产值突破千亿。",
])
def test_subjects_and_parties_that_are_no_firm(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,name", [
    # a foreign firm the model reads together with its country and what it does, or as a rare noun
    ("世界500强美国维科投资建设研发中心。", "美国维科"),
    ("美国维科与园区签约。", "维科"),
    ("韩国大星投资建设的项目开工。", "大星"),
])
def test_foreign_firm_read_with_what_it_does(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "韩国代表团到访园区。",
    "德国专家来园区指导。",
    "日本经济持续低迷。",
])
def test_country_before_a_common_word_is_no_firm(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,name", [
    # the project's site in brackets closes the firm's name before it
    ("云帆凉茶(江城)项目顺利开工。", "云帆凉茶"),
    ("恒润科技（江城）产业园项目开工。", "恒润科技"),
])
def test_firm_before_the_site_in_brackets(text, name):
    assert _names(text) == [name]


def test_site_in_brackets_after_a_product_names_no_firm():
    assert _names("新能源汽车(江城)产业园项目开工。") == []


@pytest.mark.parametrize("text,names", [
    # the firms signing come before the park, government or place they sign with
    ("恒润新能源与江城高新区管委会签订项目投资合同。", ["恒润新能源"]),
    ("现场，恒润科技、鼎芯电子与高新区签约。", ["恒润科技", "鼎芯电子"]),
    ("KM化学与园区签约。", ["KM化学"]),
    # or invest in the park
    ("恒润科技在高新区投资建设新厂。", ["恒润科技"]),
    ("鼎芯电子在江城经开区投资设立研发中心。", ["鼎芯电子"]),
])
def test_firms_signing_with_a_public_party(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "江城市政府与高新区管委会签订合作协议。",
    "江城大学与高新区签约。",
    "多家企业与高新区签约。",
    "现场共有12个项目与高新区签约。",
    "多家企业在园区投资建设。",
    "新能源汽车在园区布局。",
])
def test_public_parties_signing_are_no_firm(text):
    assert _names(text) == []


def test_joined_project_names_each_open_with_their_firm():
    text = "主要包括鼎芯半导体封测项目和云启智能装备产业园项目。"
    assert _names(text) == ["鼎芯半导体", "云启智能"]


@pytest.mark.parametrize("text,names", [
    # classes of firms, and places, listed like firms
    ("专精特新、高新技术、瞪羚等企业数量持续增长。", []),
    ("园区已培育国家级专精特新“小巨人”、省级单项冠军等企业30家。", []),
    ("江城、汉江、湘江等区域企业参展。", []),
    # a class after 等 inside the list is no firm; the firm after it is
    ("引进了江城理工大学、江城师范学院等高校院所及恒润科技等企业。", ["恒润科技"]),
])
def test_classes_of_firms_in_lists(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text,names", [
    # an officer listed after the firm's title is a person, the firm before the title is the firm
    ("恒润科技董事长张伟、鼎芯电子总经理李娜等企业负责人参加。", ["恒润科技", "鼎芯电子"]),
    ("星途智能总裁王强和凯曜光电副总经理赵敏等企业代表发言。", ["星途智能", "凯曜光电"]),
])
def test_officers_listed_with_their_firms_are_no_firms(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    # a river, a region or a venue heads the project, not a firm
    "湘江新能源汽车小镇项目开工。",
    "华中光电子产业基地项目开工。",
    "江城科技馆新馆项目开工。",
    "紫金山实验室江城基地项目签约。",
])
def test_places_regions_and_venues_heading_a_project_are_no_firm(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,names", [
    # a form's fields name the firms after a colon
    ("签约企业：恒润科技、鼎芯电子", ["恒润科技", "鼎芯电子"]),
    ("企业名称：星途智能", ["星途智能"]),
    ("建设单位：鼎芯电子", ["鼎芯电子"]),
])
def test_firms_in_a_form_field(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text,names", [
    # sectors and technologies closed like a list of firms: no firm among them
    ("园区重点引进区块链、石墨烯、氢能等领域企业。", []),
    ("已集聚芯片设计、封装测试、显示面板等上下游企业60余家。", []),
    ("引进了无人机、卫星导航、激光雷达等企业。", []),
    ("聚焦现代物流、跨境电商、冷链仓储等领域企业。", []),
    # firms in the same shape: legal forms, brand and trade, organisations the model reads
    ("园区引进凯曜科技、弘毅新材料等企业。", ["凯曜科技", "弘毅新材料"]),
    ("园区引进了华为、小米等企业。", ["华为", "小米"]),
    ("集聚了凯曜、星途等一批企业。", ["凯曜", "星途"]),
    ("集聚了星途医药、区块链等一批企业。", ["星途医药"]),
])
def test_sector_lists_name_no_firm(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text,names", [
    # a firm before its head office, plant or shop, the model reading its name (a transliterated
    # one as a person's)
    ("特拉维斯超级工厂项目在园区开工建设。", ["特拉维斯"]),
    ("特拉维斯中国研发中心落户高新区。", ["特拉维斯"]),
    ("特拉维斯旗舰店在园区开业。", ["特拉维斯"]),
    ("凯曜总部落户高新区。", ["凯曜"]),
    ("凯曜科技华东总部落户园区。", ["凯曜科技"]),
    # a person, a trade, a class of office or a place before the same words
    ("张伟超级工厂项目现场调研。", []),
    ("跨境电商全球总部揭牌。", []),
    ("园区大力发展总部经济。", []),
    ("已引进企业总部12家。", []),
    ("江城总部基地项目开工。", []),
    ("新能源汽车旗舰店开业。", []),
])
def test_firm_before_its_office_plant_or_shop(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text,names", [
    # a name before an officer's title with the officer's name after it is the firm's, whatever
    # the model reads it as (a person, a common noun)
    ("凯曜董事长张三表示,将扩大投资。", ["凯曜"]),
    ("星途董事长兼总裁李娜介绍。", ["星途"]),
    ("特拉维斯总裁马克介绍。", ["特拉维斯"]),
    # a person before the title, a common noun, a generic word or a place
    ("张三董事长一行来园区考察。", []),
    ("项目总经理王五介绍。", []),
    ("该企业董事长张三介绍。", []),
    ("江城董事长张三表示。", []),
])
def test_name_before_an_officer_named_after_the_title(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text,names", [
    # the name before a stock code in brackets is a listed firm's
    ("凯曜(688123)发布公告。", ["凯曜"]),
    ("凯曜(股票代码:688123)发布公告。", ["凯曜"]),
    ("星途(00700.HK)宣布在园区投资。", ["星途"]),
    ("凯曜光电(688123.SH)发布公告。", ["凯曜光电"]),
    # other numbers in brackets
    ("全年实现营收(万元)123456。", []),
    ("项目编号(202301)已公示。", []),
])
def test_name_before_a_stock_code(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text,names", [
    # a city and a brand the model reads as no place, then the plant's capacity: the firm
    ("株洲恒润年产5万吨新材料项目开工。", ["株洲恒润"]),
    ("总投资10亿元的芜湖星途年产20万套汽车内饰件项目开工。", ["芜湖星途"]),
    # a city and its district or town, a province and a town, a city alone
    ("株洲天元年产5万吨新材料项目开工。", []),
    ("长沙望城年产10万台电机项目签约。", []),
    ("贵州凯里年产5万吨新材料项目开工。", []),
    ("株洲年产5万吨新材料项目开工。", []),
])
def test_city_and_brand_before_a_plant_capacity(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    # a park or a site the model reads as an organisation before a cue is no firm
    "星河产业园入驻企业30家。",
    "凯曜软件园已入驻企业50家。",
    "星途生产基地已投产。",
    "走进江城软件园、星河科技城、凯曜创业谷。",
])
def test_parks_and_sites_before_a_cue_are_no_firm(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,names", [
    # a coined name after a firm's description, which the model reads as a noun
    ("世界500强星途在园区设立区域总部。", ["星途"]),
    ("龙头企业星途投资建设研发中心。", ["星途"]),
    # the description followed by common words
    ("龙头企业数量达到20家。", []),
    ("龙头企业带动作用明显。", []),
    ("500强企业投资项目达30个。", []),
])
def test_coined_name_after_a_description(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text,names", [
    # a transliterated name the model reads as a person's, where a firm is meant
    ("园区与特拉维斯签订战略合作协议。", ["特拉维斯"]),
    ("维朗高端轴承项目开工。", ["维朗"]),
    ("张伟高端轴承项目开工。", []),
    ("维朗超级工厂项目开工。", ["维朗"]),
    # Chinese persons in the same places
    ("园区与张伟签订投资协议。", []),
    ("王强、李娜分别与园区签约。", []),
    ("张伟超级工厂项目现场调研。", []),
])
def test_transliterated_names_read_as_persons(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text,names", [
    # a firm before its party branch's secretary
    ("凯曜科技党支部书记张三介绍。", ["凯曜科技"]),
    ("凯曜科技党总支副书记张三介绍。", ["凯曜科技"]),
    # a body's, a village's or a school's branch
    ("市发改委党支部书记王五出席。", []),
    ("江城村党支部书记张三介绍。", []),
    ("江城中学党支部书记赵六讲话。", []),
])
def test_firm_before_its_party_secretary(text, names):
    assert _names(text) == names
