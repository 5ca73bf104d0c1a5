"""Region finding, multi-story split, titles and dates on pages written in the seeds' styles."""

import datetime as dt

import pytest

from park_pipeline.clean import clean_page

FORUM_PAGE = """搜索
返回园区动态
发新帖 回复
查看: 1234|回复: 0

某某开发区召开项目建设推进会 全力冲刺全年目标

[复制链接]
楼主
管理员
发表于 2024-11-05 09:30:00 | 显示全部楼层 |阅读模式

马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。
您需要 登录 才可以下载或查看,没有帐号?立即注册

冲刺收官,实干为先。
11月4日,某某开发区召开项目建设推进会,听取各园区重点项目进展情况汇报,研究部署下一阶段工作。
会议指出,今年以来全区新开工项目32个,总投资86亿元,项目建设呈现加速推进的良好态势。
会议要求,各部门要紧盯年度目标,倒排工期、挂图作战,确保全年任务圆满完成。
编辑:王某某
来源:某某开发区

返回园区动态
本版积分规则
公司简介 | 广告合作 | 联系我们 | 帮助中心"""

PORTAL_PAGE = """当前位置:首页 > 政务公开 > 园区新闻
新区十个重点项目集中签约 总投资120亿元
来源:某某新区管委会 发布时间:2022-06-18 15:20 浏览次数:88
6月17日,某某新区举行重点项目集中签约仪式,十个项目集中签约,总投资120亿元,涵盖新能源、新材料等领域。
据介绍,此次签约项目投资强度大、科技含量高,建成后预计年产值超过200亿元。
相关阅读
  • 某市举办招商推介会 签约项目二十个
  • 某市举办招商推介会,现场签约项目二十个,总投资达到三百亿元,涵盖多个领域,为全市经济发展注入动力。
热门文章
  • 某地一季度经济运行情况发布"""

NEWSPAPER_PAGE = """开发区召开三季度经济运行分析会

本报讯(记者王小明)8月2日上午,开发区召开三季度经济运行分析会,总结上半年工作,分析当前经济形势,部署下半年重点任务。党工委书记张某出席会议并讲话。

会议指出,上半年全区主要经济指标稳中有进,固定资产投资同比增长12.5%,规上工业增加值同比增长9.8%。要坚定信心、真抓实干,奋力完成全年

目标任务。

本报讯(记者王小明)8月1日,开发区党工委召开理论学习中心组学习会议,围绕优化营商环境开展专题学习研讨。

会议强调,要持续深化“放管服”改革,当好服务企业的“店小二”,为企业发展营造良好环境。

开发区党工委理论学习中心组开展专题学习

稳增长 促发展

开发区新材料产业园建设提速

本报讯(记者李华)今年以来,开发区新材料产业园加快基础设施建设,已完成道路建设8公里,新建标准化厂房12万平方米,签约入驻企业15家。

园区负责人介绍,下一步将加快推进配套设施建设,力争年底前再引进企业10家以上。

8月3日,某某新材料有限公司生产车间的工人正在赶制订单。本报记者 赵某 摄"""


def test_forum_page():
    (story,) = clean_page(FORUM_PAGE)
    assert story.story_no == 1
    assert story.title == "某某开发区召开项目建设推进会 全力冲刺全年目标"
    assert story.published_date == dt.date(2024, 11, 5)
    assert story.source_name == "某某开发区"
    assert story.text.splitlines()[0] == "冲刺收官,实干为先。"
    assert story.text.splitlines()[-1].startswith("会议要求")
    for chrome in ("注册", "登录", "回复", "编辑:", "来源:", "联系我们", "本版积分规则"):
        assert chrome not in story.text


def test_portal_page_cuts_related_lists():
    (story,) = clean_page(PORTAL_PAGE)
    assert story.title == "新区十个重点项目集中签约 总投资120亿元"
    assert story.published_date == dt.date(2022, 6, 18)
    assert story.source_name == "某某新区管委会"
    assert len(story.text.splitlines()) == 2
    assert "推介会" not in story.text


def test_newspaper_page_splits_stories():
    stories = clean_page(NEWSPAPER_PAGE)
    assert [s.story_no for s in stories] == [1, 2, 3]
    assert [s.title for s in stories] == [
        "开发区召开三季度经济运行分析会",
        "开发区党工委理论学习中心组开展专题学习",
        "开发区新材料产业园建设提速",
    ]
    assert [s.author for s in stories] == ["王小明", "王小明", "李华"]
    # bylines moved out of the text; the page-break cut is joined back
    assert stories[0].text.startswith("8月2日上午")
    assert "奋力完成全年目标任务。" in stories[0].text
    assert any(r.startswith("lines_joined") for r in stories[0].repairs)
    # headlines and kicker lines are not story text, the photo caption is not a story
    assert "稳增长 促发展" not in "".join(s.text for s in stories)
    assert "摄" not in stories[-1].text
    assert all(s.published_date is None for s in stories)


def test_page_without_body_gives_no_story():
    assert clean_page("首页\n登录 | 注册\n联系我们\n版权所有") == []


def test_body_only_page_has_no_title():
    page = (
        "今年以来,某某经开区坚持项目为王,一季度新签约项目18个,总投资95亿元,其中亿元以上项目12个。\n"
        "下一步,经开区将持续优化营商环境,推动签约项目早开工、早投产、早见效。"
    )
    (story,) = clean_page(page)
    assert story.title is None
    assert story.published_date is None
    assert story.text == page


SIDEBAR_FIRST_PAGE = """2024年05月06日 星期一
首页 | 新闻 | 政务 | 招商
热点推荐
  • 某县召开全县经济工作会议,总结去年工作,部署今年任务,会议号召全县上下奋发进取。
  • 某镇举办农民丰收节,展示特色农产品,吸引游客两万余人次,带动消费增长明显。
  • 某市发布人才新政二十条,加大人才引进力度,为高质量发展提供人才支撑和智力保障。
高新区新材料产业园一期项目竣工投产
发布时间:2024-04-28 来源:某某高新区
4月27日,某某高新区新材料产业园一期项目竣工投产,项目总投资18亿元,主要生产高性能复合材料,达产后年产值可达30亿元。
项目负责人介绍,一期项目建设了4条生产线,从开工到投产仅用时10个月,创造了园区项目建设新速度。
下一步,高新区将加快推进二期项目建设,力争明年建成投产,打造千亿级新材料产业集群。
  • 某区开展安全生产大检查,排查整改隐患一百余处,切实保障人民群众生命财产安全。
  • 某县推进农村人居环境整治,建成美丽乡村示范村十个,群众满意度持续提升。
  • 某市召开优化营商环境大会,出台二十项举措,持续激发市场主体活力。"""


def test_sidebar_blocks_and_site_clock_are_ignored():
    (story,) = clean_page(SIDEBAR_FIRST_PAGE)
    assert story.title == "高新区新材料产业园一期项目竣工投产"
    assert story.published_date == dt.date(2024, 4, 28)  # not the site clock at the top
    assert story.source_name == "某某高新区"
    lines = story.text.splitlines()
    assert len(lines) == 3 and lines[0].startswith("4月27日")
    assert "某县" not in story.text and "某市" not in story.text


@pytest.mark.parametrize(
    "header,title",
    [
        ("一年之计在于春,项目建设开新局——\n园区按下发展快进键\n(资料图)", "园区按下发展快进键"),  # kicker ending with ——
        ("园区重点项目集中开工\n——十个项目总投资超过一百亿元,涵盖新能源新材料等领域", "园区重点项目集中开工"),  # subtitle
        ("某某网手机版\n新闻\n园区重点项目集中开工-某某播报\n时间:2023-04-28 15:28", "园区重点项目集中开工"),  # site tag suffix
        ("• 经开区举行重点项目签约仪式\n来源:某某网 2018-04-09 17:54", "经开区举行重点项目签约仪式"),
        ("园区经济稳步增长——二季度观察\n时间:2023-07-01", "园区经济稳步增长——二季度观察"),
        ("园区项目建设提速_看热讯\n时间:2023-07-01", "园区项目建设提速"),
    ],
)
def test_title_shapes(header, title):
    body = "6月17日,某某新区举行重点项目集中签约仪式,十个项目集中签约,总投资120亿元,涵盖新能源、新材料等领域。"
    (story,) = clean_page(header + "\n" + body)
    assert story.title == title


@pytest.mark.parametrize(
    "credit,author",
    [
        ("文/张小明", "张小明"),
        ("作者:李华", "李华"),
        ("记者 王小明 通讯员 赵四", "王小明"),
        ("通讯员 赵四", "赵四"),  # no reporter: the correspondent is the credit
        ("责任编辑:钱某某", None),  # editors are not authors
    ],
)
def test_credit_lines_go_to_author_not_text(credit, author):
    body = "6月17日,某某新区举行重点项目集中签约仪式,十个项目集中签约,总投资120亿元,涵盖新能源、新材料等领域。"
    (story,) = clean_page("园区重点项目集中开工\n" + credit + "\n" + body)
    assert story.author == author
    assert story.text == body


def test_chrome_inside_an_article_does_not_cut_it():
    page = "\n".join(
        [
            "园区新材料项目投产",
            "来源:某某园区 2024-03-02",
            "3月1日,某某园区新材料项目正式投产,项目总投资20亿元,主要生产高性能碳纤维复合材料。",
            "点击查看大图",
            "扫一扫 分享到微信",
            "返回顶部",
            "项目负责人介绍,达产后可实现年产值50亿元,年纳税3亿元,带动就业1200人。",
        ]
    )
    (story,) = clean_page(page)
    assert story.text.splitlines() == [
        "3月1日,某某园区新材料项目正式投产,项目总投资20亿元,主要生产高性能碳纤维复合材料。",
        "项目负责人介绍,达产后可实现年产值50亿元,年纳税3亿元,带动就业1200人。",
    ]
    assert story.published_date == dt.date(2024, 3, 2)


CAPTION_PAGE = """首页 | 新闻 | 园区动态
经开区重点项目集中开工
来源:某某日报 2024-04-09 10:20
图为某某经开区重点项目集中开工仪式现场。 通讯员王小红摄
某某日报讯(通讯员王小红)4月8日,经开区举行重点项目集中开工仪式,拉开了全年项目建设的帷幕,计划完成投资80亿元。
图为某某经开区重点项目集中开工仪式现场。 通讯员王小红摄
(资料图片)
据了解,本次开工项目中,10亿元以上项目12个,涵盖新能源、生物医药、现代服务等领域,体量大、效益好。
年产2万吨锂电材料项目(某某新材料股份有限公司二期)建设现场
活动现场。王小红 摄
下一步,经开区将持续优化营商环境,推动项目早开工、早投产、早见效,加快建设现代化产业
责任编辑:李某
相关阅读
  • 某市召开招商推介会 签约项目二十个"""


def test_captions_keep_their_description_not_their_credit():
    (story,) = clean_page(CAPTION_PAGE)
    lines = story.text.splitlines()
    assert story.title == "经开区重点项目集中开工"
    assert story.author == "王小红"
    # the story text still opens with its lead, paragraphs first, then each caption once
    assert lines[0].startswith("4月8日")
    assert lines.count("某某经开区重点项目集中开工仪式现场。") == 1
    assert "年产2万吨锂电材料项目(某某新材料股份有限公司二期)建设现场" in lines
    assert "caption_kept" in story.repairs
    for gone in ("摄", "资料图片", "活动现场", "责任编辑", "推介会"):
        assert gone not in story.text
    # the last paragraph the page cut off mid-sentence is still text
    assert any(l.startswith("下一步,经开区") for l in lines)


def test_caption_goes_with_the_story_it_sits_in():
    page = "\n".join([
        "本报讯(记者王某)5月6日,开发区召开项目建设推进会,听取重点项目进展汇报,安排部署下步工作。",
        "会议要求,各部门要紧盯年度目标,倒排工期、挂图作战,确保全年任务圆满完成。",
        "开发区新材料产业园建设提速",
        "本报讯(记者王某)今年以来,开发区新材料产业园加快基础设施建设,新建标准化厂房12万平方米。",
        "园区负责人介绍,下一步将加快推进配套设施建设,力争年底前再引进企业10家以上。",
        "5月10日,某某机械(焦作)有限公司生产车间的工人正在赶制订单。本报记者 赵某 摄",
    ])
    stories = clean_page(page)
    assert len(stories) == 2
    assert "某某机械(焦作)有限公司" not in stories[0].text
    assert stories[1].text.endswith("5月10日,某某机械(焦作)有限公司生产车间的工人正在赶制订单。")


# Interviews: the questions and the "——访…" subtitle name the park and the interviewee's title that
# the answers only refer to, so they are article text; a byline with names only is still metadata.
INTERVIEW_PAGES = [
    (  # a newspaper's page: headline, subtitle, then the questions and answers
        """岚江日报
2024年5月9日
“把每一个项目当成自家的事来办”
——访岚江高新区党工委书记韩立群
记者：今年以来，高新区项目建设有哪些亮点？
韩立群：一季度新开工项目9个，其中晶途光电年产500万片光学镜片项目已完成主体施工，预计8月投产。
记者：如何留住落地的企业？
韩立群：我们推行“一企一专员”，企业的事情马上办。""",
        "“把每一个项目当成自家的事来办”", dt.date(2024, 5, 9), None,
        ["——访岚江高新区党工委书记韩立群", "记者：今年以来，高新区项目建设有哪些亮点？"],
    ),
    (  # a portal: the stamp and a names-only byline between the subtitle and the text
        """当前位置：首页 > 园区要闻
高新区：以“链”聚企 打造光电产业高地
——专访云溪高新区管委会主任邵明远
来源：云溪日报 发布时间：2023-11-02
记者：邓佳怡
问：今年高新区招商引资成效如何？
答：截至10月底，全区新签约项目26个，协议总投资138亿元，其中光电产业项目占一半以上。
问：下一步有什么打算？
答：我们将围绕光电产业链补链强链，力争明年再引进龙头企业3家。""",
        "高新区：以“链”聚企 打造光电产业高地", dt.date(2023, 11, 2), "邓佳怡",
        ["——专访云溪高新区管委会主任邵明远", "问：今年高新区招商引资成效如何？"],
    ),
    (  # no subtitle: the park is named in a question only; the closing byline still goes
        """潞安经开区新能源装备产业链加速成势
2024-03-15 10:20
本报记者：潞安经开区新能源装备产业发展到什么程度了？
经开区管委会副主任贺文杰：目前已集聚新能源装备企业42家，拓瓦储能年产2GWh储能变流器项目正在安装设备，计划6月试产。
本报记者：企业最看重经开区什么？
贺文杰：是服务。项目从签约到开工平均只用了45天，企业拿地即可开工，今年已有6个项目实现“交地即交证”。(记者 钟一鸣 通讯员 鲁婷)""",
        "潞安经开区新能源装备产业链加速成势", dt.date(2024, 3, 15), "钟一鸣",
        ["本报记者：潞安经开区新能源装备产业发展到什么程度了？"],
    ),
]


@pytest.mark.parametrize("page,title,date,author,opening", INTERVIEW_PAGES, ids=["newspaper", "portal", "no_subtitle"])
def test_interview_keeps_questions_and_subtitle(page, title, date, author, opening):
    (story,) = clean_page(page)
    lines = story.text.splitlines()
    assert (story.title, story.published_date, story.author) == (title, date, author)
    assert lines[: len(opening)] == opening
    # every question stays, in its place between the answers; no byline or stamp is text
    asked = [l for l in page.splitlines() if l.endswith("？")]
    assert [l for l in lines if l.endswith("？")] == asked
    assert not any(l.startswith(("来源", "记者：邓")) for l in lines) and "钟一鸣" not in story.text
    assert lines[-1].endswith("。")


def test_interview_subtitle_opens_its_own_story_on_a_newspaper_page():
    page = """滨江日报 数字报
2024年06月20日 第05版：园区
开发区新型储能产业园开工
本报讯（记者 韦思远）6月19日，滨江开发区新型储能产业园开工，总投资32亿元，规划建设厂房40万平方米。
园区建成后可容纳储能企业20家以上，年产值超过100亿元。
“企业在哪里，服务就跟到哪里”
——访滨江开发区管委会主任苗振华
本报讯（记者 韦思远）日前，本报记者就园区招商工作专访了苗振华。
记者：开发区今年的招商重点是什么？
苗振华：我们聚焦新型储能和智能网联汽车两条产业链，上半年新签约项目14个，总投资76亿元。"""
    first, second = clean_page(page)
    assert first.title == "开发区新型储能产业园开工"
    assert first.text.splitlines()[-1] == "园区建成后可容纳储能企业20家以上，年产值超过100亿元。"
    assert second.title == "“企业在哪里，服务就跟到哪里”"
    assert second.text.splitlines()[:3] == ["——访滨江开发区管委会主任苗振华", "日前，本报记者就园区招商工作专访了苗振华。",
                                            "记者：开发区今年的招商重点是什么？"]
    assert second.author == "韦思远"


# An e-paper's masthead (the paper's name and its edition) sits above the page's date, where a
# headline would, but it never is one.
@pytest.mark.parametrize(
    "header,date",
    [
        ("滨江日报 电子版\n2024年01月12日 第A3版：经济", dt.date(2024, 1, 12)),
        ("青河晚报数字报刊\n2023年07月03日 星期一", dt.date(2023, 7, 3)),
        ("某某日报·数字报\n2023-07-03", dt.date(2023, 7, 3)),
        ("某某商报 第A2版：园区\n2023年07月03日", dt.date(2023, 7, 3)),
        ("某某日报电子版 2023年07月03日\n第02版：综合新闻\n上一版 下一版", dt.date(2023, 7, 3)),  # and its page turner
    ],
    ids=["电子版", "数字报刊", "·数字报", "第A2版", "page_turner"],
)
def test_epaper_masthead_is_not_the_title(header, date):
    page = header + """
高新区光伏组件项目建成投产
本报讯（记者 韦思远）7月2日，某某高新区年产5GW光伏组件项目建成投产，项目总投资18亿元。
项目全部达产后，可实现年产值60亿元，带动就业1500人。
园区新增两家省级专精特新企业
本报讯 近日，某某高新区两家企业入选省级专精特新中小企业名单，园区此类企业已达31家。"""
    first, second = clean_page(page)
    assert first.title == "高新区光伏组件项目建成投产"
    assert second.title == "园区新增两家省级专精特新企业"
    assert first.published_date == second.published_date == date


PARK_SITE_PAGE = """衡阳高新技术产业开发区管理委员会
首页 | 园区概况 | 新闻动态 | 招商引资 | 政务公开
当前位置:首页 > 新闻动态 > 园区要闻
高新区召开一季度重点项目推进会
发布时间:2024-05-06 10:21 {source}浏览次数:356
5月6日,高新区召开一季度重点项目推进会,会议通报了一季度项目建设情况。今年以来,全区共签约项目12个,总投资56亿元。
会议要求,各部门要进一步强化服务意识,推动项目早开工、早投产,为高新区高质量发展提供有力支撑。
【打印】【关闭】
{footer}"""


@pytest.mark.parametrize("source,footer,expected", [
    # no source line: the site's owner, from its banner or its footer
    ("", "备案号:湘ICP备00000000号", "衡阳高新技术产业开发区管理委员会"),
    ("", "主办:衡阳高新区管委会 备案号:湘ICP备00000000号", "衡阳高新技术产业开发区管理委员会"),
    # a source that names no place gives way to an owner that does; one that names a place stays
    ("来源:高新区办公室 ", "版权所有:衡阳高新区管委会", "衡阳高新技术产业开发区管理委员会"),
    ("来源:衡阳日报 ", "版权所有:衡阳高新区管委会", "衡阳日报"),
])
def test_site_owner_stands_in_for_a_missing_source(source, footer, expected):
    (story,) = clean_page(PARK_SITE_PAGE.format(source=source, footer=footer))
    assert story.source_name == expected
    assert "版权所有" not in story.text and "主办" not in story.text


_REPOST_BODY = ("5月6日,高新区举行重点项目集中签约仪式,12个项目现场签约,总投资56亿元,涵盖新材料、电子信息等领域。\n"
                "会议要求,各部门要进一步强化服务意识,推动项目早开工、早投产,为高新区高质量发展提供有力支撑。")


@pytest.mark.parametrize("header,title,source", [
    # a WeChat account's name above or below the headline is no headline, and it is the outlet
    ("衡阳高新技术产业开发区发布\n高新区项目签约\n2024-05-06", "高新区项目签约", "衡阳高新技术产业开发区发布"),
    ("高新区项目签约\n衡阳经开区微报\n2024-05-06 18:30", "高新区项目签约", "衡阳经开区微报"),
    ("雨湖发布\n2024-05-06 18:30\n高新区项目签约", "高新区项目签约", "雨湖发布"),
    ("高新区项目签约\n原创 衡阳高新发布 衡阳高新发布 2024-05-06", "高新区项目签约", "衡阳高新发布"),
    ("经开区微报\n经开区项目签约\n2024-05-06", "经开区项目签约", "经开区微报"),  # a zone's own account
    # a headline saying what was published is a headline
    ("湘潭市产业规划正式发布\n2024-05-06 18:30", "湘潭市产业规划正式发布", None),
])
def test_wechat_account_is_the_outlet_not_the_title(header, title, source):
    (story,) = clean_page(header + "\n" + _REPOST_BODY)
    assert (story.title, story.source_name) == (title, source)
    assert story.published_date == dt.date(2024, 5, 6)


@pytest.mark.parametrize("subtitle", ["——高新区推进重点项目建设见闻", "—记高新区项目建设一线", "——来自高新区项目一线的报道"])
def test_a_subtitle_is_not_the_next_storys_title(subtitle):
    page = ("某某日报 2024年5月7日 第03版\n高新区一季度经济运行稳中向好\n"
            "本报讯(记者王小明)5月6日,高新区召开一季度经济运行分析会,总结一季度工作,部署二季度重点任务。\n"
            "会议指出,一季度全区主要经济指标稳中有进,固定资产投资同比增长12.5%,规上工业增加值同比增长9.8%。\n"
            f"项目建设跑出加速度\n{subtitle}\n"
            "本报讯(记者李华)走进高新区新材料产业园,塔吊林立、机器轰鸣,一派繁忙景象。今年以来,高新区新开工项目20个。\n"
            "园区负责人介绍,下一步将加快推进配套设施建设,力争年底前再引进企业10家以上。")
    stories = clean_page(page)
    assert [s.title for s in stories] == ["高新区一季度经济运行稳中向好", "项目建设跑出加速度"]
    assert subtitle not in stories[0].text and stories[1].text.startswith("走进")


@pytest.mark.parametrize("header,source", [
    ("高新区召开重点项目推进会_衡阳高新区\n发布时间:2024-05-06", "衡阳高新区"),  # the site after the headline
    ("高新区召开重点项目推进会 - 衡阳新闻网\n发布时间:2024-05-06", "衡阳新闻网"),
    ("高新区召开重点项目推进会\n衡阳市人民政府门户网站\n发布时间:2024-05-06", "衡阳市人民政府门户网站"),
    ("高新区召开重点项目推进会\n发布时间:2024-05-06", None),
    # class 4, a breadcrumb section named after a place, when no outlet names one
    ("当前位置:首页 > 新闻中心 > 衡阳要闻\n高新区召开重点项目推进会\n发布时间:2024-05-06", "衡阳要闻"),
    ("首页>>县区动态>>祁东新闻\n高新区召开重点项目推进会\n发布时间:2024-05-06", "祁东新闻"),
    ("当前位置:首页 > 新闻中心 > 衡阳要闻\n高新区召开重点项目推进会\n发布时间:2024-05-06 来源:株洲日报", "株洲日报"),
    ("当前位置:首页 > 新闻中心 > 园区动态\n高新区召开重点项目推进会\n发布时间:2024-05-06", None),
])
def test_site_named_in_the_header_is_the_source(header, source):
    (story,) = clean_page(header + "\n" + _REPOST_BODY)
    assert (story.title, story.source_name) == ("高新区召开重点项目推进会", source)
