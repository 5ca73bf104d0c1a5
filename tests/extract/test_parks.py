"""Park mentions: zone types, prefixes, bare mentions, sub-parks and locations (own examples)."""
import pytest

from park_pipeline.extract.parks import find_parks, park_id

# text, expected (name, short_name, province, city) of every park, in order of first mention
CASES = [
    ("随州高新区召开推进会。高新区今年签约项目12个。",
     [("随州高新技术产业开发区", "随州高新区", "湖北省", "随州市")]),
    ("禹州高新技术产业开发区处处涌动热潮,禹州高新区召开分析会。",
     [("禹州高新技术产业开发区", "禹州高新区", "河南省", "许昌市")]),
    ("随州高新技术产业园今年签约项目20个,高新技术产业园管委会出席。",  # a high-tech zone written …产业园
     [("随州高新技术产业园", "随州高新区", "湖北省", "随州市")]),
    ("荆门高新区·掇刀区开展重点项目拉练活动。",
     [("荆门高新技术产业开发区", "荆门高新区", "湖北省", "荆门市")]),
    ("大连市旅顺经济技术开发区排名攀升,旅顺经开区积极推进改革。",
     [("大连旅顺经济技术开发区", "旅顺经开区", "辽宁省", "大连市")]),
    # co-named bodies are one park; a bare mention takes the place the article names
    ("焦作市召开会议。高新区(示范区)党工委书记出席,高新区全力冲刺。",
     [("焦作高新技术产业开发区", "焦作高新区", "河南省", "焦作市")]),
    ("宜宾市举行推进会。四川宜宾三江新区集中开工,三江新区将聚焦电子信息。",
     [("宜宾三江新区", "三江新区", "四川省", "宜宾市")]),
    ("天津市消息,今年以来,天津港保税区紧抓招商引资。",
     [("天津港保税区", "天津港保税区", "天津市", "天津市")]),
    ("重庆永川综合保税区封关运行,永川综保区位于主轴线上。",
     [("永川综合保税区", "永川综保区", "重庆市", "重庆市")]),
    # a modifier-only name in a city story gets the city; 西宁开发区 is the 经开区
    ("包头市消息,稀土高新区围绕主导产业招商。",
     [("包头稀土高新技术产业开发区", "稀土高新区", "内蒙古自治区", "包头市")]),
    ("西宁经济技术开发区发布数据:西宁开发区完成投资增长10%。",
     [("西宁经济技术开发区", "西宁经开区", "青海省", "西宁市")]),
    # after a place, the words before the zone are its name whatever jieba tags them
    ("国务院同意整合优化为广州知识城综合保税区。",
     [("广州知识城综合保税区", "知识城综保区", "广东省", "广州市")]),
    # 县苏博工业园区 is the county's 苏博工业园区
    ("马山县消息,县委书记到县苏博工业园区调研,与苏博工业园区管委会座谈。",
     [("苏博工业园区", "苏博工业园区", "广西壮族自治区", "南宁市")]),
    # a park with its own name after its city and district is named by the city; a county's
    # park without one keeps the county (禹州 above)
    ("常州市武进区绿港经开区举行集中开工,绿港经开区签约项目9个。",
     [("常州绿港经济技术开发区", "绿港经开区", "江苏省", "常州市")]),
    ("江苏省常州市武进高新区签约项目9个。", [("武进高新技术产业开发区", "武进高新区", "江苏省", "常州市")]),
    ("常州市武进区绿港产业园区今年引进企业12家。", [("武进绿港产业园区", "绿港产业园区", "江苏省", "常州市")]),
    # a short county name jieba knows as a word is a place on a page that writes its full name
    ("深圳市光明区消息。光明高新区今年签约项目12个,光明高新区党工委书记出席。",
     [("光明高新技术产业开发区", "光明高新区", "广东省", "深圳市")]),
    # a place jieba glued into the name's first word names and places the park, whatever the story's city
    ("柳州市消息。钦州港经济技术开发区今年签约项目50个。",
     [("钦州港经济技术开发区", "钦州港经开区", "广西壮族自治区", "钦州市")]),
    # a national new area names itself: no place before it, mentioned once
    ("两江新区新引进项目20个。", [("两江新区", "两江新区", "重庆市", "重庆市")]),
    ("6月2日,西咸新区空港新城与多家企业签约。", [("西咸新区", "西咸新区", "陕西省", "西安市")]),
    ("湖南湘江新区管委会召开会议。", [("湖南湘江新区", "湘江新区", "湖南省", "长沙市")]),
    # a county's short name jieba knows as a rare word names the zone written right after it
    ("项目落户常熟经济技术开发区,常熟经开区新签约项目8个。",
     [("常熟经济技术开发区", "常熟经开区", "江苏省", "苏州市")]),
    ("顺义综保区今年进出口额增长20%。", [("顺义综合保税区", "顺义综保区", "北京市", "北京市")]),
    # zones around an airport and chemical parks
    ("项目落户鄂州临空经济区,鄂州临空经济区新签约项目8个。", [("鄂州临空经济区", "鄂州临空经济区", "湖北省", "鄂州市")]),
    ("项目落户青岛胶东临空经济示范区。", [("青岛胶东临空经济示范区", "胶东临空经济示范区", "山东省", "青岛市")]),
    ("天津空港经济区今年引进项目12个。", [("天津空港经济区", "天津空港经济区", "天津市", "天津市")]),
    ("目前,泰兴化工园区已集聚企业50家。", [("泰兴化工园区", "泰兴化工园区", "江苏省", "泰州市")]),
    # class 2: a free-trade zone's area (片区) is no park and no part of the name of the zone in it
    ("中国（湖南）自由贸易试验区长沙片区黄花综合保税区今年进出口额增长20%。",
     [("长沙黄花综合保税区", "黄花综保区", "湖南省", "长沙市")]),
    ("湖南自贸区岳阳片区今年签约项目12个,岳阳片区新增企业300家。", []),
    # class 2: a high-tech zone written 高技术产业开发区 (某市火炬高技术产业开发区)
    ("中山火炬高技术产业开发区今年签约项目20个。", [("中山火炬高技术产业开发区", "火炬高新区", "广东省", "中山市")]),
    # class 2: an experimental zone written without 经济 keeps its name
    ("平潭综合实验区今年新签约项目20个,平潭综合实验区管委会出席。",
     [("平潭综合实验区", "平潭综合实验区", "福建省", "福州市")]),
    ("宜昌市姚家港化工园区今年签约项目20个。", [("宜昌姚家港化工园区", "姚家港化工园区", "湖北省", "宜昌市")]),
    # class 2, a national new area however jieba splits its name (滇|中), a zone named by its city's
    # first character and a direction, and a sub-park's name in brackets as a zone's other name
    ("昆明讯 项目落户滇中新区,今年引进项目30个。", [("滇中新区", "滇中新区", "云南省", "昆明市")]),
    ("株洲讯 株北新区今年签约项目20个,总投资300亿元。", [("株洲株北新区", "株北新区", "湖南省", "株洲市")]),
    ("株洲讯 东北新区今年签约项目20个,总投资300亿元。", []),
    ("桃源县消息,经开区(兰溪工业园区)今年引进项目30个。", [("桃源经济技术开发区", "桃源经开区", "湖南省", "常德市")]),
    # a bonded zone written right after its host park is a park of its own, named by the host
    ("项目落户株洲高新区综合保税区,株洲高新区今年签约项目12个。",
     [("株洲高新技术产业开发区", "株洲高新区", "湖南省", "株洲市"),
      ("株洲高新区综合保税区", "株洲高新区综保区", "湖南省", "株洲市")]),
    ("湘潭经济技术开发区综保区进出口额增长20%。",
     [("湘潭经济技术开发区", "湘潭经开区", "湖南省", "湘潭市"),
      ("湘潭经开区综合保税区", "湘潭经开区综保区", "湖南省", "湘潭市")]),
    ("长沙市消息。经开区综合保税区封关运行,综合保税区进出口额增长20%。",
     [("长沙经济技术开发区", "长沙经开区", "湖南省", "长沙市"),
      ("长沙经开区综合保税区", "经开区综保区", "湖南省", "长沙市")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_parks(text, expected):
    parks, _ = find_parks(text)
    assert [(p.name, p.short_name, p.province, p.city) for p in parks] == expected


SUB_CASES = [
    # named sub-parks count where the text places something in them
    ("株洲高新区新马金谷工业园,某公司正在谋划布局。", ["株洲高新区", "新马金谷工业园"]),
    ("许昌市禹州高新区项目建设忙,位于绿色铸造产业园的华创项目进展顺利。", ["禹州高新区", "绿色铸造产业园"]),
    ("西宁开发区各园区投资发力,南川工业园区、甘河工业园区投资分别增长10%、12%。",
     ["西宁开发区", "南川工业园区", "甘河工业园区"]),
    # a company's 产业园 project, list items of projects and park offices do not
    ("随州高新区签约耀邦智慧产业园项目。府南园区办积极统筹。", ["随州高新区"]),
    ("长春新区续建欧亚城市汇集、越达产业园等续建项目28个。", ["长春新区"]),
    # but a sub-park listed before a zone is one of a list of zones
    ("衡阳市消息。松木经开区、白沙洲工业园区、西渡高新区共签约项目20个。", ["松木经开区", "白沙洲工业园区", "西渡高新区"]),
    ("银川市工业园区全力抓好运行调度。", []),
    # a sub-park given an investment or called a project is a firm's project, wherever else it is named
    ("随州高新区签约项目20个。某某集团投资30亿元的恒芯信创产业园区开工,恒芯信创产业园区入驻企业5家。", ["随州高新区"]),
    ("随州高新区签约项目20个。恒芯信创产业园区总投资30亿元,占地500亩。", ["随州高新区"]),
    ("随州高新区签约项目20个。恒芯信创产业园区是某某集团投资建设的重点项目。", ["随州高新区"]),
    ("随州高新区签约项目20个。目前,恒芯信创产业园区已入驻企业15家。", ["随州高新区", "恒芯信创产业园区"]),
    ("西安高新区在草堂科技产业基地举行开工仪式,助力打造新材料产业基地。", ["西安高新区", "草堂科技产业基地"]),
    ("随州高新区签约项目20个。恒芯信创产业园新签约项目5个。", ["随州高新区", "恒芯信创产业园"]),  # 新签约: placed in it
    # class 4: items of a list of projects, and a firm's name before the park's, make it a project;
    # a list of parks is none
    ("衡阳高新区今年引进建设恒远电子产业园、宏达智能装备产业园等3个项目,新建的宏达智能装备产业园已入驻企业12家。",
     ["衡阳高新区"]),
    ("衡阳高新区签约项目12个。恒泰股份衡阳产业园已入驻企业8家。", ["衡阳高新区"]),
    ("衡阳高新区、白沙洲工业园区等园区签约项目20个。", ["衡阳高新区", "白沙洲工业园区"]),
    # a list of 工业园区 is one of parks, though it counts projects (class 2)
    ("衡阳高新区签约项目12个。柏坊工业园区、松木工业园区分别签约项目5个、7个。",
     ["衡阳高新区", "柏坊工业园区", "松木工业园区"]),
    # a level before a sub-park's words makes it a class or an honour (class 4)
    ("随州高新区入选国家级绿色工业园区,获评省级特色产业园区。", ["随州高新区"]),
    # class 3, a sub-park a firm builds or runs, or named by a firm's brand and trade, is its project;
    # a place before the trade is no brand
    ("衡阳高新区签约项目12个。由恒达集团打造的鲲鹏信创产业园区已入驻企业15家。", ["衡阳高新区"]),
    ("衡阳高新区签约项目12个。永鑫股份投资建设的永鑫智造产业园已入驻企业15家。", ["衡阳高新区"]),
    ("衡阳高新区签约项目12个。恒达集团规划建设新能源产业园区,已入驻企业5家。", ["衡阳高新区"]),
    # class 2, a sub-park's quoted name is its name; a quoted epithet before a zone is none
    ("株洲高新区签约项目12个。项目落户“芯谷”产业园,已入驻企业12家。", ["株洲高新区", "芯谷产业园"]),
    ("株洲高新区签约项目12个。全力打造“智造谷”产业园。", ["株洲高新区"]),
    ("株洲市消息。“动力谷”高新区今年签约项目12个。", ["株洲高新区"]),
    ("衡阳高新区签约项目12个。项目落户恒达科技信创产业园,已入驻企业15家。", ["衡阳高新区"]),
    ("衡阳高新区签约项目12个。项目落户琪瑞新能源汽车产业园,已入驻企业15家。", ["衡阳高新区"]),
    ("衡阳高新区签约项目12个。项目落户金湖电子产业园,已入驻企业15家。", ["衡阳高新区", "电子产业园"]),
]


@pytest.mark.parametrize("text,expected", [
    # class 2: a cooperation park, its place in brackets after China's and its partner's short names:
    # the official name as written, the short one led by the place
    ("今年以来,中德（宿迁）智能装备产业园新签约项目12个。",
     [("中德(宿迁)智能装备产业园", "宿迁智能装备产业园", "江苏省", "宿迁市")]),
    ("项目落户中韩（襄阳）国际合作示范区,中韩（襄阳）国际合作示范区一季度签约项目7个。",
     [("中韩(襄阳)国际合作示范区", "襄阳国际合作示范区", "湖北省", "襄阳市")]),
    ("项目落户中国—东盟（钦州）智造产业园,已入驻企业20家。",
     [("中国—东盟(钦州)智造产业园", "钦州智造产业园", "广西壮族自治区", "钦州市")]),
    ("在中国（驻马店）国际食品加工产业园举行签约仪式。",
     [("中国(驻马店)国际食品加工产业园", "驻马店国际食品加工产业园", "河南省", "驻马店市")]),
    # a partner city before the host's: the park lies in the bracketed host
    ("项目落户佛山（清远）产业转移工业园,园区今年新引进项目20个。",
     [("佛山(清远)产业转移工业园", "清远产业转移工业园", "广东省", "清远市")]),
    ("今年以来,深圳（鹤岗）协作产业园区已入驻企业80家。",
     [("深圳(鹤岗)协作产业园区", "鹤岗协作产业园区", "黑龙江省", "鹤岗市")]),
    # a firm before the bracket makes the park its project
    ("项目落户恒达（清远）产业园,已入驻企业20家。", []),
])
def test_bracketed_place_names(text, expected):
    assert [(p.name, p.short_name, p.province, p.city) for p in find_parks(text)[0]] == expected


@pytest.mark.parametrize("text,expected", SUB_CASES)
def test_sub_parks(text, expected):
    parks, _ = find_parks(text)
    assert [p.short_name for p in parks] == expected


NOT_PARKS = [
    "促进国家级经济技术开发区、市级经济开发区、工业园区、高新技术产业开发区等转型升级。",  # zone types
    "广州市消息,全国229家国家级经开区实现进出口总额6.4万亿元。",
    "全力建设长江上游绿色发展示范区和国家产教融合示范区。",  # slogans, not parks
    "综合保税区是开放层次最高的特殊开放区域。",  # generic, no place
    "全区重点项目现场调度推进会召开,高新区高质量发展。",  # bare, and no place anywhere
    "据县工业园区负责人介绍,本次开工活动融合了成果展示。",  # the county's park, unnamed
    "鼓楼区以“宜居宜业滨江新城,开放开发福州新区”为主题参展。",  # named only inside a slogan
    "全省化工园区整治提升,新认定化工园区30家。",  # the class of chemical parks
    "衡阳市消息。项目落户临空经济区,加快临空经济区建设。",  # a bare airport zone is as often generic
    # class 4, the 区 of a zone word read into another word (区域, 区块)
    "衡阳市消息。加快重点开发区域建设,禁止开发区域内新建项目。",
    "衡阳市消息。优化开发区块布局,推动新区块出让。",
    # counted or joined units before a zone word make it plural
    "衡阳市消息。三市高新区创新能力持续提升,两区一县开发区合作共建。",
    "衡阳市消息。各市高新区要加快发展,市县开发区要整合提升。",
    # class 3, a list of bare zone types closed by 等, its first item too
    "衡阳市消息。推动高新区、经开区等各类园区提质升级。",
    "衡阳市消息。支持高新区、经开区和综保区等开放平台建设。",
    # class 3, a verb before a level and a zone word (申报国家高新区) names no park, nor does a zone a
    # founding verb seeks (创建高新区, 申建综合保税区), nor a class of levels (省级及以上开发区)
    "衡阳市消息。积极创建省级高新区,申报国家高新区。",
    "衡阳市消息。加快创建高新区,全力申建综合保税区。",
    "衡阳市消息。争创开发区升级,筹建经开区工作稳步推进。",
    "衡阳市消息。全市省级及以上开发区实现规上工业增加值增长10%。",
]


@pytest.mark.parametrize("text", NOT_PARKS)
def test_not_parks(text):
    assert find_parks(text)[0] == []


@pytest.mark.parametrize("text", [
    "岳阳市消息,全市项目建设主战场经开区迎来集中开工。",
    "岳阳市消息,项目达产后将为壮大经开区生物基材料产业规模发挥作用。",
    "岳阳市消息,大力发展经开区,经开区签约项目12个。",  # a phrase jieba lists as one noun
])
def test_descriptive_prefix_is_not_a_name(text):
    assert [p.name for p in find_parks(text)[0]] == ["岳阳经济技术开发区"]


def test_level_and_mentions():
    text = "国家级拉萨经济技术开发区快速发展。拉萨经开区落地企业102家。"
    parks, mentions = find_parks(text)
    assert len(parks) == 1 and parks[0].level == "national"
    assert parks[0].surface == "拉萨经济技术开发区"
    assert [text[s:e] for s, e, _ in mentions] == ["经济技术开发区", "经开区"]


def test_park_id_is_stable():
    assert park_id("随州高新技术产业开发区") == park_id("随州高新技术产业开发区")
    assert park_id("随州高新技术产业开发区").startswith("P") and len(park_id("x")) == 11
    assert park_id("随州高新技术产业开发区") != park_id("荆门高新技术产业开发区")


def test_title_names_a_bare_park():
    parks, mentions = find_parks("高新区今年签约项目12个。高新区党工委书记出席。", "包头稀土高新区开足马力")
    assert [(p.name, p.short_name, p.surface, p.province) for p in parks] == [
        ("包头稀土高新技术产业开发区", "稀土高新区", "高新区", "内蒙古自治区")]
    assert [s for s, _, _ in mentions] == [0, 13]  # offsets into the text, never the title


@pytest.mark.parametrize("text,title,expected", [
    ("高新区今年签约项目12个。", "随州市召开项目推进会", ["随州高新区"]),  # the title names the place
    ("经开区集中开工项目8个,总投资30亿元。", "岳阳市重点项目建设提速", ["岳阳经开区"]),
    ("“高新区”三个字写在门口,随州高新区签约项目12个。", None, ["随州高新区"]),  # a quoted name alone
    # a firm's home (深圳市恒达…有限公司, then 深圳恒达 for short) does not outweigh the page's own place
    ("衡阳市消息。高新区签约项目12个。深圳市恒达电子科技有限公司投资10亿元,深圳恒达将在高新区建设基地,"
     "深圳市永鑫新材料有限公司总投资5亿元。", None, ["衡阳高新区"]),
    ("5月6日,高新区与苏州恒达电子科技有限公司签约,苏州恒达将在高新区建设基地。", "高新区签约苏州恒达项目",
     []),  # the firm's home is no evidence of the page's place
    # a firm written by its brand and trade, without its legal form
    ("衡阳市消息。高新区签约项目12个,深圳恒达科技、东莞永鑫电子等企业入驻,深圳恒达科技负责人表示。", None,
     ["衡阳高新区"]),
    # a university or an exchange elsewhere only breaks a tie: the local college does
    ("衡阳市消息。高新区与北京大学、南京大学签订合作协议,恒达科技在深圳证券交易所上市。", None, ["衡阳高新区"]),
    ("高新区与衡阳师范学院签订合作协议。", None, ["衡阳高新区"]),
    # class 1, the page's own unit (我市, 本县) before a zone word points at the page's park
    ("衡阳市消息。我市高新区今年签约项目12个。", None, ["衡阳高新区"]),
    ("沛县讯 本县经开区今年签约项目12个。", None, ["沛县经开区"]),
    # class 1, a county written right after its city in a dateline is the page's place; a district
    # so written is its city's
    ("郴州资兴讯 经开区今年签约项目12个。", None, ["资兴经开区"]),
    ("记者从徐州沛县获悉,经开区今年签约项目12个,徐州市领导出席。", None, ["沛县经开区"]),
    ("株洲天元讯 高新区今年签约项目12个。", None, ["株洲高新区"]),
    # ... and so is a county's short name in a dateline, however often its city's leaders are named
    ("来凤讯 恩施州委书记到经开区调研,恩施州州长陪同。恩施州领导强调,经开区要加快发展。", None, ["来凤经开区"]),
    # but a city's own state firm is, and a verb after the place makes a sentence, not a firm's name
    ("高新区签约项目12个,衡阳市城市建设投资集团有限公司出资,苏州恒达电子科技有限公司入驻。", None, ["衡阳高新区"]),
    ("高新区签约项目12个,衡阳市引进恒达集团,苏州恒达电子科技有限公司入驻。", None, ["衡阳高新区"]),
    ("省委书记赴衡阳调研,在高新区考察了多家企业。", None, ["衡阳高新区"]),  # where an official comes
    # the reporter's place: a dateline, or where the reporter learnt the news
    ("衡阳5月6日讯 高新区签约项目12个,深圳市恒达电子科技有限公司、长沙银杉新材料有限公司投资。", None,
     ["衡阳高新区"]),
    ("记者从衡阳市获悉,高新区签约项目12个,长沙银杉新材料有限公司、长沙市枫林电子有限公司入驻。", None,
     ["衡阳高新区"]),
    ("本报记者 王小川 衡阳报道 高新区签约项目12个,长沙市举办推介会,长沙银杉新材料有限公司入驻。", None,
     ["衡阳高新区"]),
    ("新华社衡阳5月6日电 高新区签约项目12个,长沙市举办推介会,长沙银杉新材料有限公司入驻。", None,
     ["衡阳高新区"]),
])
def test_bare_park_takes_the_place_nearby(text, title, expected):
    assert [p.short_name for p in find_parks(text, title)[0]] == expected


@pytest.mark.parametrize("text,title,source,expected", [
    # where the park's team travels to court investors or to learn is elsewhere: the outlet places it
    ("高新区党工委书记率队赴深圳、东莞开展招商活动,拜访了多家企业。", "高新区赴深圳开展招商活动", "衡阳日报",
     ["衡阳高新区"]),
    ("经开区考察团前往苏州学习考察园区建设经验。", None, "衡阳发布", ["衡阳经开区"]),
    # ... and so is the city it holds a promotion in, but not a park of its own as the venue
    ("9月5日,在上海举行的招商推介会上,高新区签约项目12个。", None, "衡阳日报", ["衡阳高新区"]),
    ("9月5日,在上海举行的招商推介会上,高新区签约项目12个。", None, None, []),
    ("9月5日,高新区在深圳举办项目对接会,签约项目12个。", None, "衡阳发布", ["衡阳高新区"]),
    ("9月5日,在衡阳高新区举行项目对接会,高新区签约项目12个。", None, None, ["衡阳高新区"]),
    # a page that names no place at all: the outlet's place
    ("高新区今年签约项目12个,高新区党工委书记出席。", None, "衡阳高新技术产业开发区管理委员会", ["衡阳高新区"]),
    # a wire lead's source keeps its dateline's place, which outweighs a firm's city in the text
    ("高新区签约项目12个,长沙市举办推介会,长沙市领导出席。", None, "新华社衡阳", ["衡阳高新区"]),
    ("经开区签约项目12个,长沙市举办推介会,长沙市领导出席。", None, "中新网衡阳", ["衡阳经开区"]),
    # class 1, a page that names no place: its site's host names it by its pinyin
    ("高新区今年签约项目12个,高新区党工委书记出席。", None, "www.hengyang.gov.cn", ["衡阳高新区"]),
    ("高新区今年签约项目12个,高新区党工委书记出席。", None, "www.yichun.gov.cn", []),  # two cities' pinyin
    # class 1, a county's outlet is the page's place within its city, however often the city's leaders are named
    ("衡阳市委书记到经开区调研,衡阳市市长陪同,衡阳市领导强调。", None, "祁东县融媒体中心", ["祁东经开区"]),
    # class 1, a county's outlet and a title naming the page's own county (我县) only as 我县
    ("经开区今年引进项目30个,经开区管委会主任出席。", "我县经开区签约项目30个", "来凤县融媒体中心", ["来凤经开区"]),
])
def test_bare_park_takes_the_outlets_place(text, title, source, expected):
    assert [p.short_name for p in find_parks(text, title, source=source)[0]] == expected


@pytest.mark.parametrize("text,title,source,expected", [
    # class 3, a bare zone resolved from the wrong place: the page's own place (publisher, local
    # dateline, title) wins over a city the text names more often ...
    ("高新区与武汉多家企业签约,融入武汉都市圈,承接武汉产业转移,来自武汉的企业落户高新区。", None, "孝感日报",
     ["孝感高新技术产业开发区"]),
    ("孝感讯 高新区与武汉多家企业签约,融入武汉都市圈,承接武汉产业转移,来自武汉的企业落户高新区。", None, None,
     ["孝感高新技术产业开发区"]),
    # ... and a park the page names in another city is not the one it calls 高新区
    ("高新区组织企业赴武汉东湖高新区对接,高新区签约项目5个,高新区负责人出席。", None, "孝感日报",
     ["孝感高新技术产业开发区", "武汉东湖高新技术产业开发区"]),
    ("经开区对标合肥经开区、芜湖经开区等先进园区,经开区上半年产值增长12%。", None, "安庆市人民政府网",
     ["安庆经济技术开发区", "合肥经济技术开发区", "芜湖经济技术开发区"]),
    # a park in the publisher's city, or named in the title, still is
    ("武汉东湖高新区举办招商会,高新区签约项目5个。", None, "武汉日报", ["武汉东湖高新技术产业开发区"]),
    ("高新区签约项目5个,高新区负责人出席。", "孝感高新区签约项目5个", "武汉日报", ["孝感高新技术产业开发区"]),
    # a title may name a visitor's city: it weighs, but does not decide which park the page's is
    ("5月6日,株洲高新区举办人才对接会,高新区党工委书记出席,高新区签约项目5个。", "北京专家走进高新区", None,
     ["株洲高新技术产业开发区"]),
    # a wire's bureau is no evidence of the story's city: the park it names stays the bare zone's
    ("九江经开区签约项目12个,经开区负责人表示。", None, "新华社南昌", ["九江经济技术开发区"]),
    # places held up for comparison, and a visiting delegation's home, are not the page's
    ("高新区学习借鉴宜昌经验,向宜昌高新区看齐,荆州市领导出席。", None, None,
     ["荆州高新技术产业开发区", "宜昌高新技术产业开发区"]),
    ("宜昌市党政代表团一行来到高新区考察。荆州市领导陪同考察。", None, None, ["荆州高新技术产业开发区"]),
    # where firms come from, and the next items of such a list
    ("高新区签约项目12个,来自深圳的企业占一半,来自深圳、东莞的客商参加。株洲市领导出席。", None, None,
     ["株洲高新技术产业开发区"]),
    ("高新区学习借鉴宜昌、襄阳经验,荆州市领导出席。", None, None, ["荆州高新技术产业开发区"]),
])
def test_bare_park_is_the_pages_own(text, title, source, expected):
    assert [p.name for p in find_parks(text, title, source=source)[0]] == expected


@pytest.mark.parametrize("text,expected", [
    # a verb of comparison is no part of the name (jieba glues 对 to 标襄阳), nor words before a place
    # that cannot name a park
    ("随州市消息。高新区对标襄阳高新区,高新区签约项目12个。", ["高新区", "襄阳高新区"]),
    ("随州市消息。经开区力争早日比肩襄阳高新区。", ["经开区", "襄阳高新区"]),
    ("随州市消息。经开区全力推进随县工业园区建设,12个项目落户随县工业园区。", ["经开区", "随县工业园区"]),
])
def test_name_starts_after_a_verb(text, expected):
    assert [p.surface for p in find_parks(text)[0]] == expected


@pytest.mark.parametrize("text,title,expected", [
    # a bracketed short form right after the full name is the same zone, and so is the short form later
    ("襄阳空港经济综合实验区(襄阳空港区)今年签约项目12个,空港区新开工项目9个。", None,
     [("襄阳空港经济综合实验区", 3)]),
    # the short form with its city gives the zone written without one its place
    ("空港实验区今年签约项目12个,襄阳空港区新开工项目9个。", None, [("襄阳空港经济综合实验区", 2)]),
    # the full name in the title, the short form in the text
    ("今年以来,空港区签约项目12个,空港区新开工项目9个。", "襄阳空港经济综合实验区签约项目12个",
     [("襄阳空港经济综合实验区", 3)]),
    # an area (区域) is no short form
    ("襄阳空港经济综合实验区今年签约项目12个,空港区域内新开工项目9个。", None, [("襄阳空港经济综合实验区", 1)]),
    # a short form alone names nothing
    ("今年以来,空港区签约项目12个,空港区新开工项目9个。", None, []),
])
def test_short_form_of_an_experimental_zone(text, title, expected):
    parks, _ = find_parks(text, title)
    assert [(p.name, len(p.mentions)) for p in parks] == expected


def test_park_only_in_title_is_not_reported():
    assert find_parks("随州市今天举行招商推介会。", "随州高新区动态")[0] == []


def test_generic_mentions_are_not_the_article_park():
    assert find_parks("岳阳市消息。全省各开发区要加快转型,多个国家级经开区参加。")[0] == []


@pytest.mark.parametrize("text,expected", [
    ("湖北省高新区发展大会在武汉召开。", []),  # the province's zones in general
    ("北京经济技术开发区今年引进项目百余个。", ["北京经开区"]),  # a municipality is also a city
    ("山西综改示范区今年签约项目20个。", ["综改示范区"]),
    # a province's national zone written 国家 names one; 国家级 is the class
    ("拉萨经济技术开发区(西藏国家高新技术产业开发区)今年签约项目20个。", ["拉萨经开区", "西藏高新区"]),
    ("宁夏国家高新区今年引进项目30个。", ["宁夏高新区"]),
    ("湖北省国家级高新区达到12家。", []),
])
def test_province_prefix(text, expected):
    assert [p.short_name for p in find_parks(text)[0]] == expected


def test_surface_is_the_first_mention_of_the_park():
    text = "全市开发区高质量发展观摩组来到新乡高新区。高新区党工委副书记陪同。"
    parks, _ = find_parks(text)
    assert [(p.surface, p.short_name) for p in parks] == [("新乡高新区", "新乡高新区")]
    text = "经开区举行集中开工仪式。岳阳经济技术开发区今年签约项目19个。"
    assert [p.surface for p in find_parks(text)[0]] == ["经开区"]


@pytest.mark.parametrize("text,expected", [
    # a weak type with no place counts when its name is written twice, the first after a glued 自
    ("白山市消息。自辽梅示范区挂牌以来,辽梅示范区引进项目30个。", ["辽梅示范区"]),
    ("白山市消息。松桦新区签约项目8个,松桦新区管委会出席。", ["松桦新区"]),
    ("白山市消息。全力建设绿色发展示范区。", []),  # once, and a description rather than a name
    ("白山市消息。争创生态文明示范区,生态示范区建设提速,生态示范区获批。", []),  # a common noun, not a name
])
def test_weak_type_named_twice(text, expected):
    assert [p.short_name for p in find_parks(text)[0]] == expected


@pytest.mark.parametrize("text,expected", [
    # a verb that takes the park as object is no part of its name, however jieba tags it
    ("岳阳经济技术开发区今年签约项目19个。年终岁末,盘点开发区发展成绩单。", ["岳阳经开区"]),
    ("纵观高新区十年,随州高新区签约项目12个。", ["随州高新区"]),
    ("随州市消息。细数开发区的变化,开发区新落户企业20家。", ["随州开发区"]),
    # class 4: a verb jieba lists as a noun (深化 j, 规范 n, 部署 n) that the tagging model reads as one
    ("随州市消息。会议要求深化开发区改革,规范开发区管理,随州经开区作典型发言。", ["随州经开区"]),
    ("随州市消息。会议部署开发区工作,随州经开区作典型发言。", ["随州经开区"]),
    ("随州市消息。积极申报开发区扩区,随州经开区作典型发言。", ["随州经开区"]),  # 申报: nz to jieba
    # a rare word the model calls a verb is still a name
    ("随州市消息。腾飞经开区今年签约项目12个,腾飞经开区党工委出席。", ["腾飞经开区"]),
])
def test_verb_before_zone_is_not_a_name(text, expected):
    assert [p.short_name for p in find_parks(text)[0]] == expected


@pytest.mark.parametrize("text,expected", [
    # a place joined by a middle dot leads a park's name; a 科技园 counts where something is placed in it
    ("柳州高新区在柳州·中关村科技园举行签约仪式,12个项目落户柳州·中关村科技园。",
     [("柳州高新技术产业开发区", "柳州高新区"), ("柳州中关村科技园", "柳州·中关村科技园")]),
    ("荆门高新区·掇刀区开展重点项目拉练活动。", [("荆门高新技术产业开发区", "荆门高新区")]),  # a zone, then its district
    ("北京某某集团金桥科技园进行考察调研。", []),  # a firm's campus, nothing placed in it
])
def test_dot_joined_place_and_science_parks(text, expected):
    assert [(p.name, p.surface) for p in find_parks(text)[0]] == expected


@pytest.mark.parametrize("text,expected", [
    # a sub-park whose name starts with a place lies there, not in the article's park
    ("随州高新区代表团赴苏州工业园区、昆山开发区学习考察。",
     [("随州高新区", "湖北省", "随州市"), ("苏州工业园区", "江苏省", "苏州市"), ("昆山开发区", "江苏省", "苏州市")]),
    ("株洲高新区新马金谷工业园,某公司正在谋划布局。", [("株洲高新区", "湖南省", "株洲市"), ("新马金谷工业园", "湖南省", "株洲市")]),
    ("徐州高新区今年签约项目20个,苏州徐州合作产业园区入驻企业12家。",  # co-built: named after the host's city too
     [("徐州高新区", "江苏省", "徐州市"), ("徐州合作产业园区", "江苏省", "徐州市")]),
    # a park with no place of its own is in the province the page names
    ("海南省消息。椰林经济开发区今年签约项目20个。", [("椰林经开区", "海南省", None)]),
    # whatever province the firms come from
    ("海南省消息。椰林经济开发区今年签约项目20个,深圳市恒达电子科技有限公司、深圳市永鑫新材料有限公司入驻。",
     [("椰林经开区", "海南省", None)]),
])
def test_where_a_park_lies(text, expected):
    assert [(p.short_name, p.province, p.city) for p in find_parks(text)[0]] == expected
