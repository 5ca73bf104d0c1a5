"""Word classes of the domain, written once: zone types, titles, legal forms, trade words, stages.

Every rule module that needs a class imports it from here (and the segmenter adds the zone and
title words to jieba's dictionary), so a word added to a class reaches all of them. The lists
are classes of Chinese words, not names taken from any page.
"""
from __future__ import annotations

import re
from typing import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first, so the longest word at a position wins."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word)))


# Park zone types -------------------------------------------------------------------------------
# How strongly a zone word names a park by itself: 高新区 always does; 新区 and 示范区 only with a
# place; 产业园 and 园区 are sub-parks, inside a park or naming a company's site.
STRONG, WEAK, SUB = "strong", "weak", "sub"

# surface as written -> (family, canonical long form, short form, kind)
ZONE_TYPES: dict[str, tuple[str, str, str, str]] = {
    "高新技术产业开发区": ("高新", "高新技术产业开发区", "高新区", STRONG),
    "高新技术产业园区": ("高新", "高新技术产业园区", "高新区", STRONG),
    "高新技术产业园": ("高新", "高新技术产业园", "高新区", STRONG),
    "高新技术开发区": ("高新", "高新技术产业开发区", "高新区", STRONG),
    "高技术产业开发区": ("高新", "高技术产业开发区", "高新区", STRONG),  # 某市火炬高技术产业开发区
    "高新区": ("高新", "高新技术产业开发区", "高新区", STRONG),
    "经济技术开发区": ("经开", "经济技术开发区", "经开区", STRONG),
    "经济开发区": ("经开", "经济开发区", "经开区", STRONG),
    "经开区": ("经开", "经济技术开发区", "经开区", STRONG),
    "经开发区": ("经开", "经济技术开发区", "经开区", STRONG),  # a common slip of 经开区
    "开发区": ("开发", "开发区", "开发区", STRONG),
    "综合保税区": ("综保", "综合保税区", "综保区", STRONG),
    "综保区": ("综保", "综合保税区", "综保区", STRONG),
    "保税港区": ("保税港", "保税港区", "保税港区", STRONG),
    "保税区": ("保税", "保税区", "保税区", STRONG),
    "台商投资区": ("台商", "台商投资区", "台商投资区", STRONG),
    "产业集聚区": ("集聚区", "产业集聚区", "产业集聚区", STRONG),
    "工业集中区": ("集中区", "工业集中区", "工业集中区", STRONG),
    "工业聚集区": ("集聚区", "工业聚集区", "工业聚集区", STRONG),
    "边境经济合作区": ("合作区", "边境经济合作区", "边境经济合作区", STRONG),
    "经济合作区": ("合作区", "经济合作区", "经济合作区", STRONG),
    "出口加工区": ("加工区", "出口加工区", "出口加工区", STRONG),
    "高新园区": ("高新", "高新技术产业园区", "高新区", STRONG),
    "新技术产业开发区": ("高新", "新技术产业开发区", "高新区", STRONG),  # 武汉东湖新技术开发区
    "新技术开发区": ("高新", "新技术开发区", "高新区", STRONG),
    "农业高新技术产业示范区": ("农高", "农业高新技术产业示范区", "农高区", STRONG),
    "农高区": ("农高", "农业高新技术产业示范区", "农高区", STRONG),
    "新片区": ("新片区", "新片区", "新片区", STRONG),
    # zones around an airport (某市临空经济示范区, 某某航空港经济区); 郑州's 航空港经济综合实验区 is an 实验区
    "临空经济示范区": ("临空", "临空经济示范区", "临空经济示范区", STRONG),
    "临空经济区": ("临空", "临空经济区", "临空经济区", STRONG),
    "航空港经济区": ("临空", "航空港经济区", "航空港经济区", STRONG),
    "空港经济区": ("临空", "空港经济区", "空港经济区", STRONG),
    "新区": ("新区", "新区", "新区", WEAK),
    "示范区": ("示范区", "示范区", "示范区", WEAK),
    # a chemical park recognised by its province (某县化工园区, 某市化学工业区)
    "化工园区": ("化工", "化工园区", "化工园区", WEAK),
    "化学工业区": ("化工", "化学工业区", "化学工业区", WEAK),
    "经济综合实验区": ("实验区", "经济综合实验区", "实验区", WEAK),
    "综合实验区": ("实验区", "综合实验区", "综合实验区", WEAK),  # 平潭综合实验区: no 经济 in its name
    "实验区": ("实验区", "经济综合实验区", "实验区", WEAK),
    "工业园区": ("园", "工业园区", "工业园区", SUB),
    "产业园区": ("园", "产业园区", "产业园区", SUB),
    "工业园": ("园", "工业园", "工业园", SUB),
    "产业园": ("园", "产业园", "产业园", SUB),
    "园区": ("园", "园区", "园区", SUB),
    "产业基地": ("园", "产业基地", "产业基地", SUB),  # only where something happens in it (在草堂科技产业基地举行)
    "科技园": ("园", "科技园", "科技园", SUB),  # a city's branch of a national brand (某市·中关村科技园)
}
ZONE_WORDS = tuple(ZONE_TYPES)

# The nineteen national new areas (国家级新区) the State Council has approved, with their province
# and main city: a 新区 that names itself needs no place before it (两江新区, 西咸新区).
NATIONAL_NEW_AREAS = {
    "浦东新区": ("上海市", "上海市"), "滨海新区": ("天津市", "天津市"), "两江新区": ("重庆市", "重庆市"),
    "舟山群岛新区": ("浙江省", "舟山市"), "兰州新区": ("甘肃省", "兰州市"), "南沙新区": ("广东省", "广州市"),
    "西咸新区": ("陕西省", "西安市"), "贵安新区": ("贵州省", "贵阳市"), "西海岸新区": ("山东省", "青岛市"),
    "金普新区": ("辽宁省", "大连市"), "天府新区": ("四川省", "成都市"), "湘江新区": ("湖南省", "长沙市"),
    "江北新区": ("江苏省", "南京市"), "福州新区": ("福建省", "福州市"), "滇中新区": ("云南省", "昆明市"),
    "哈尔滨新区": ("黑龙江省", "哈尔滨市"), "长春新区": ("吉林省", "长春市"), "赣江新区": ("江西省", "南昌市"),
    "雄安新区": ("河北省", "保定市"),
}

# Verbs that take a park as their object (盘点开发区, 纵观高新区, 对标经开区): a park's name never
# includes them, though jieba's dictionary tags several of them nouns.
# Verbs that hold a page's park up against another (对标苏州工业园区, 比肩, 学习借鉴, 向某某高新区看齐): the
# other park and its place are the comparison's, not the page's.
COMPARISON_VERBS = ("对标", "对比", "比较", "比肩", "媲美", "赶超", "看齐", "借鉴", "效仿", "学习")
PARK_OBJECT_VERBS = ("盘点", "纵观", "细数", "回顾", "梳理", "参观", "走访", "探访", "考察", "观摩", "调研", "热议", "聚焦",
                     "点赞", "解读") + COMPARISON_VERBS
# Verbs that found or seek a zone (创建高新区, 争创国家级经开区, 申建综合保税区): the zone word after them is
# the kind of zone sought, not a park the page reports on.
FOUNDING_VERBS = ("创建", "争创", "申建", "申报", "筹建", "申创", "申请设立")
# A group that comes from its place to see a park (某市考察团来高新区考察, 某某经开区代表团莅临): its place is
# the visitors' home, not the page's.
DELEGATION_WORDS = ("考察团", "代表团", "观摩团", "参观团", "访问团", "调研团", "学习团", "客商团")

# People's titles --------------------------------------------------------------------------------
# Roles, longest first in matching (主任科员 before 主任). Org prefixes (党工委, 管委会) stay in the
# title text through the chain that precedes the name.
TITLE_WORDS = tuple("""
党工委书记 党工委副书记 党工委第一书记 党工委委员 工委书记 工委副书记 党委书记 党委副书记 党组书记 第一书记 书记 副书记
市委书记 区委书记 县委书记 省委书记 市委副书记 区委副书记 县委副书记 常委 市委常委 区委常委 县委常委 省委常委
管委会主任 管委会副主任 管委会常务副主任 常务副主任 主任 副主任 主任科员 副主任科员 一级主任科员 二级主任科员
市长 副市长 常务副市长 区长 副区长 常务副区长 县长 副县长 常务副县长 省长 副省长 常务副省长 镇长 乡长
局长 副局长 厅长 副厅长 处长 副处长 科长 副科长 部长 副部长 秘书长 副秘书长 主席 副主席 常务副主席
巡视员 一级巡视员 二级巡视员 调研员 一级调研员 二级调研员 总监 二级总监 一级总监 参赞 商务参赞 大使 领事 总领事
董事长 副董事长 董事 总经理 副总经理 常务副总经理 总裁 副总裁 首席执行官 创始人 联合创始人 合伙人 总工程师
经理 厂长 副厂长 院长 副院长 校长 副校长 所长 副所长 行长 副行长 组长 副组长 理事长 副理事长 会长 副会长
理事 负责人 主管 站长 主任委员 委员 党委委员 政委 关长 副关长 助企服务员 服务专员 专员 代表 院士 教授 研究员 工程师 高级工程师
助理 项目经理 车间主任 技术总监 党支部书记 支部书记 村支书 支书 村主任 社长 馆长 台长
""".split())

# Companies -----------------------------------------------------------------------------------------
# Legal forms that end a company's name (湖北恒润新材料科技有限公司).
LEGAL_SUFFIXES = ("集团股份有限公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "集团公司",
                  "股份公司", "控股集团", "集团", "公司", "股份")
# What a company does, written between its brand and its legal form (恒润 | 新材料科技 | 有限公司).
TRADE_WORDS = tuple("""
化工 化学 资源 汽车 汽配 激光 动力 通信 通讯 电器 电气 电子 船业 船舶 机电 永磁 锂业 锂电 科技 技术 影像 医药 药业
制药 医疗 器械 生物 新材 新材料 材料 能源 新能源 光伏 光电 光学 智能 装备 重工 重机 重型 机械 机床 环保 实业 控股
物流 冷链 供应链 置业 食品 粮油 饮品 酒业 乳业 牧业 畜牧 农牧 农业 饲料 钢铁 特钢 铝业 铜业 纸业 车业 车轮 建材
建工 电力 水务 燃气 纺织 服饰 家居 照明 五金 半导体 微电子 微电 芯片 晶圆 硅业 精密 精工 模具 铸造 玻璃 陶瓷 矿业
稀土 磁材 网络 软件 信息 航空 航天 轮胎 橡胶 塑胶 塑业 包装 电缆 线缆 储能 氢能 电池 发动机 液压 轴承 焊材
仪器 仪表 传感 数控 机器人
""".split())
# Trades of services, as common in ordinary phrases (环湾旅游, 服务贸易) as in firm names: they mark a
# trade inside a legal name, never a short firm name by themselves.
SERVICE_TRADE_WORDS = ("传媒", "文化", "旅游", "生态", "商贸", "贸易", "工贸", "数据")
# Partners and regions that head the name of a cooperation park or project (中德产业园, 中欧合作区, 东盟
# 电子信息产业园, 长三角一体化项目): China and a partner country by its one-character short form, a bloc
# of countries, or a region of several provinces. They name places, never a firm's brand.
COOPERATION_PARTNERS = "德欧俄日韩新法美英意瑞以澳泰越马印巴哈白蒙老柬阿非拉埃乌荷比奥丹芬葡希匈塞沙"
COOPERATION_REGIONS = ("东盟", "欧盟", "长三角", "珠三角", "粤港澳", "京津冀")
# Words of a group's or holding's name that say nothing of the trade (中国, 国际, 发展, 投资).
ORGANISATION_WORDS = ("中国", "国际", "集团", "发展", "工业", "产业", "投资", "建设")
# What a city's or a zone's own state firm is named after its place with (某市城市建设投资集团, 某某高新
# 投资公司, 某市交通投资集团): public works and funds, where a private firm has a brand.
PUBLIC_FIRM_WORDS = ("城投", "城建", "城市", "国投", "国资", "国有", "高投", "交投", "交通", "水务", "文旅", "文化",
                     "旅游", "高新", "经开", "开发", "园区", "产投", "建投", "发投", "金控", "公用", "公共") + ORGANISATION_WORDS

# Classes of firms that lists name like firms ("专精特新、瞪羚等企业", "独角兽、链主企业"): awards,
# ranks and kinds, never a firm's name.
FIRM_CATEGORIES = ("专精特新", "小巨人", "瞪羚", "独角兽", "雏鹰", "单项冠军", "隐形冠军", "制造业单项冠军", "链主",
                   "高新技术", "科技型", "科技型中小", "创新型", "创新型中小", "规上", "规模以上", "上市", "拟上市",
                   "后备上市", "龙头", "骨干", "领军", "头部", "标杆", "示范", "重点", "民营", "外资", "国有",
                   "民企", "外企", "国企", "央企")

# The roles a firm has in a project, written before its name (业主为某某, 建设单位：某某).
PROJECT_ROLES = ("业主", "业主单位", "实施主体", "投资主体", "建设单位", "建设方", "投资方", "运营方", "承建方", "承建单位",
                 "施工方", "施工单位")

# Government bodies, and institutions that are no firm without a legal form --------------------
GOVERNMENT_BODIES = ("政府", "管委会", "委员会", "党委", "党工委", "人大", "政协", "法院", "检察院", "公安", "税务局",
                     "银行监管", "证监", "银保监", "工商联", "团委", "妇联", "村委", "县委", "市委", "区委", "省委")
INSTITUTION_WORDS = ("办公室", "大学", "学院", "学校", "中学", "小学", "幼儿园", "研究院", "研究所", "科学院", "工程院",
                     "医院", "实验室", "协会", "商会", "学会", "联合会", "联盟", "基金会", "报社", "日报", "晚报", "新闻", "传媒",
                     "电视台", "广播", "融媒", "杂志", "出版社", "自贸区", "街道", "社区", "乡",
                     "开发区", "高新区", "经开区", "新区", "园区", "保税区", "示范区")

# Generic words that end a product name without saying what it is (复合调味料 / 调味品, 中药制品):
# two names whose stems agree once these are dropped name the same product.
PRODUCT_TAILS = ("制品", "产品", "用品", "材料", "原料", "品", "料")
# One product under its abbreviation and its Chinese names (高多层PCB / 高多层印制电路板): each
# alias is read as the first word of its group when products are compared.
PRODUCT_ALIASES = (
    ("印制电路板", "PCB", "印刷电路板", "印制线路板", "线路板"),
    ("柔性电路板", "FPC", "柔性线路板"),
    ("液化天然气", "LNG"),
    ("绝缘栅双极晶体管", "IGBT"),
    ("多层陶瓷电容器", "MLCC", "片式多层陶瓷电容器"),
)

# Project stages ------------------------------------------------------------------------------------
# The contract's statuses, in the order a project goes through them.
STAGES = ("谋划", "签约", "开工", "在建", "竣工", "投产")
STAGE_ORDER = {stage: rank for rank, stage in enumerate(STAGES)}
# Words that report a stage (annotators' rules: 落地/落户 -> no stage, 续建/开复工 -> 在建, 前期/拟建设 ->
# 谋划, 基本建成/通车/建成运营 -> 竣工).
STAGE_WORDS = {
    "谋划": "前期 拟建设 拟建 谋划 储备 洽谈 意向",
    "在建": "续建 开复工 复工 在建 建设中 施工 加快建设 加紧建设 紧张建设 赶工 推进建设 封顶 如火如荼 正在建设 "
            "建设进度 建设现场 进展顺利 快速推进 有序推进 加快推进 项目现场 设备安装 安装调试 设备调试 主体施工 正在进行 "
            "装修 顺利推进 稳步推进 扎实推进 全力推进 加速推进 加速建设 全力建设 抓紧建设 抓紧施工 "
            "正酣 收尾 工程量 形象进度",
    "投产": "建成投产 竣工投产 落地投产 投产 投入生产 试生产 试产 量产 批量生产 下线 投运 投入运营 达产",
    "竣工": "基本建成 建成运营 建成投用 通车 竣工 完工 建设完成 建成 投入使用 交付使用 投用",
    "开工": "开工 动工 开建 奠基 破土 启动建设 启动 进场施工 进场建设",
    "签约": "签约 签订 签署 签下 引进 招引 入区协议 投资协议 合作协议 框架协议 投资合同",
    "": "落地 落户",
}
# Words that put a stage in the future ("预计明年6月底前建成投产", "投产在即", "推动项目早开工"): a
# stage after them (within a short clause) or before the trailing ones has not happened yet.
FUTURE_BEFORE = ("计划", "拟", "将", "即将", "准备", "预计", "争取", "力争", "有望", "确保", "力保", "冲刺", "迈向",
                 "预期", "按期", "待", "早日", "尽早", "尽快", "早", "可")
FUTURE_AFTER = ("在即", "倒计时", "目标")
# Words that make a stage the condition of what follows ("建成后将形成", "投入使用后"): no stage now.
CONDITION_AFTER = ("后", "以后", "之后")
# A part of the works finished is a project still being built ("主体已完工", "厂房已建成").
BUILDING_PARTS = ("主体", "厂房", "钢结构", "车间", "土建", "框架", "结构", "基础")
# Paperwork named with a stage word that reports no stage ("正在办理施工许可").
STAGE_PAPERWORK = ("施工许可", "施工图", "施工单位", "施工方", "施工企业", "开工许可")
# Meetings and venues named with a stage word: a trade fair (投资贸易洽谈会) or a project's site as the
# venue of a ceremony ("在X项目现场举行签约仪式", "项目现场会") report no stage; the ceremony's verb may.
STAGE_VENUES = ("洽谈会", "项目现场举行", "项目现场举办", "项目现场召开", "项目现场会", "项目现场观摩")
# A plant running at its full output, besides the stage words of 竣工 and 投产 ("达效后", "满产后",
# "投产运营后"): what a project yields after it is its outlook.
FULL_OUTPUT_WORDS = ("运营", "达效", "满产", "达标")
# Events a count of projects or firms is reported with ("31个项目集中开工", "签约的12个项目").
EVENT_VERBS = ("开工建设", "开工", "签约", "投产", "落地", "落户", "入驻", "竣工", "开复工", "建成投产", "建成")
# Words written between the counted things and their event ("12个项目现场签约", "8个项目顺利开工", "46个项目完成签约").
EVENT_ADVERBS = ("现场", "成功", "顺利", "正式", "同时", "同步", "当天", "当日", "陆续", "相继", "已", "均", "全部", "共同",
                 "进行", "进行了", "完成", "实现", "已完成", "已实现")

# Indicators ----------------------------------------------------------------------------------------
# Verbs written before a list of projects or firms that a count closes ("集中开工A、B等项目10个",
# "签约A等9个项目"): the counted things are the verb's (集中开工项目数).
LIST_EVENT_VERBS = EVENT_VERBS + ("开竣工", "引进", "招引", "签订", "新开工", "新签约")
# Counts in other units (class 1): people (人, 名) are a figure when they are jobs or talent, items
# (件) when they are patents, standards or contracts; land (亩, 平方米) and capacity (台, 套, 吨) are
# sizes of sites and plants, not figures of a park.
PEOPLE_NOUNS = ("就业", "人才", "从业人员", "员工", "职工", "博士", "硕士", "博士后", "院士", "专家", "科研人员",
                "研发人员", "技术人员", "高校毕业生", "大学生", "创业者", "劳动力")
ITEM_NOUNS = ("专利", "商标", "标准", "著作权", "知识产权", "科技成果", "技术合同")
# Money measures of the national statistics system (its indicator names) and the short forms reporters write:
# an amount written before one ("完成86.5亿元固定资产投资", "实现了1280亿元的营业收入") is a figure of it.
STATISTICS_MEASURES = (
    "地区生产总值", "生产总值", "GDP", "规模以上工业增加值", "规上工业增加值", "工业增加值", "规模以上工业总产值",
    "规上工业总产值", "规上工业产值", "工业总产值", "工业产值", "总产值", "产值", "固定资产投资", "工业投资", "产业投资",
    "技改投资", "制造业投资", "社会消费品零售总额", "一般公共预算收入", "公共财政收入", "财政收入", "税收收入", "税收",
    "营业收入", "营收", "主营业务收入", "销售收入", "利润总额", "利润", "进出口总额", "外贸进出口", "进出口", "出口额",
    "实际使用外资", "实际利用外资", "利用外资", "到位资金", "研发投入", "研发经费", "技工贸总收入",
)
# Full terms of indicator names and the short forms reporters also write, so that one figure
# written both ways (headline and body) is recognised as a repeat.
INDICATOR_ABBREVIATIONS = (
    ("规模以上", "规上"), ("营业收入", "营收"), ("地区生产总值", "GDP"), ("固定资产投资", "固投"),
    ("高新技术", "高新"), ("进出口总额", "进出口"),
)
# Verbs after counted firms that make them an event's participants or picks, not a figure of the park
# ("320家企业参展", "12家企业入选…名单").
TAKING_PART_VERBS = ("参展", "参会", "参加", "参与", "报名", "出席", "入选", "上榜")
# What a policy grants each firm or person ("给予一次性奖励30万元", "最高可获得1000万元补贴"): a term of the
# policy, not a figure of the park.
GRANT_WORDS = ("奖励", "补贴", "补助", "资助", "奖补", "扶持")
# Measures of a market, which is a sector's wherever it is written ("国内储能市场规模已达3000亿元"), not a park's.
MARKET_MEASURES = ("市场规模", "市场空间", "市场容量", "市场需求")
# Verbs of what a site or building can take ("可容纳企业50家", "能满足30家企业入驻"): after 可/能 the count is a
# capacity, not firms or projects the park has.
CAPACITY_VERBS = ("容纳", "吸纳", "承载", "满足", "入驻", "落户")
# People who stand for counted projects or firms at an event ("84个项目负责人参加活动", "200余家企业代表"):
# the count is of the people there, not a figure of the park (titles count too: "12家企业董事长").
REPRESENTATIVE_WORDS = ("负责人", "代表", "嘉宾", "客商", "企业家", "高管", "相关人员")
# Words that make the figures after them in a sentence a goal or a forecast, not a stated result
# (targets are not indicators): "力争全年完成…", "预计完成…", "目标是…". 目标 alone is not one: "紧盯…
# 目标,全力推进20个项目" states a result after naming the goal it serves; a plan (计划建设…) is a figure.
TARGET_WORDS = ("力争", "争取", "确保", "预计完成", "预计全年", "预计今年", "预计年内", "有望", "将达到", "将突破",
                "目标是", "目标为", "目标任务是", "目标任务为",
                # a forecast for a period still running, the period written before or after it ("今年预计…",
                # "预计到年底…", "预期全年…")
                "全年预计", "今年预计", "年内预计", "明年预计", "预计明年", "预计到年底", "预计年底", "预计上半年",
                "预计下半年", "预期全年", "预期今年",
                # a span of time set for a plan ("计划用3年时间,引进项目100个")
                "计划用", "将用", "拟用")
# Words that make a clause after a goal report what is done ("力争签约100个,上半年已签约56个").
DONE_WORDS = ("已", "目前", "截至", "实际完成")
# Words that state a growth rate against the year before ("同比增长12.3%", "增速为8%", "下滑3.1%", "负增长2%"); a
# rate after a falling word is negative. 年均 rates ("年均增长9.8%") are growth rates too.
RISE_WORDS = ("增长", "增幅", "增速", "提高", "增加", "上升")
FALL_WORDS = ("下降", "减少", "下滑", "回落", "负增长")
# How a growth rate moved against another period or stands against another place ("较一季度加快3.3个百分点",
# "增幅比全市高出5个百分点"): a comparison, not a figure.
RATE_CHANGE_WORDS = ("加快", "提高", "提升", "回升", "回落", "放缓", "收窄", "扩大", "下降", "增加", "减少",
                     "高出", "多出", "高", "低", "快", "慢", "多", "少")

# Pages ---------------------------------------------------------------------------------------------
# What follows a paper's name on its e-paper masthead (滁州日报 电子版, 某某晚报数字报刊): the line
# names the paper, never a story.
PAPER_EDITION_WORDS = ("电子版", "电子报", "数字报", "数字报刊", "数字版", "数字报纸")
# What a WeChat public account's name ends with after its place or body (某市发布, 某某高新微报): the
# line naming the account above a repost's headline is no headline.
WECHAT_ACCOUNT_SUFFIXES = ("发布", "微报", "微讯", "微发布", "融媒", "之声", "在线", "头条", "政务", "快讯")
# A 来源 that names nobody ("来源:本站", "来源:原创"): the page's other source lines and its
# publisher say who it is.
NAMELESS_SOURCES = ("本站", "本网", "本报", "本台", "原创", "网络", "互联网", "网站", "管理员", "admin", "未知", "佚名")
# Who asks in an interview (记者：…？, 本报记者：…, 问：…, 主持人：…), and the words that open the
# subtitle naming who answers (——访某某高新区党工委书记某某, ——专访…, ——对话…).
INTERVIEWER_WORDS = ("记者", "问", "主持人")
INTERVIEW_SUBTITLE_WORDS = ("访", "专访", "对话")
