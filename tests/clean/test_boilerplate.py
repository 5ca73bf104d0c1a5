"""Line classifier: generic features, not the seeds' lines."""

import pytest

from park_pipeline.clean.boilerplate import Kind, classify_line

CASES = [
    # running text
    ("今年以来,开发区转变招商思路,聚焦引进行业龙头企业,坚持以商招商,提升招商实效性,实现借力发展。", Kind.BODY),
    ("据介绍,该项目总投资12亿元,建成后年产值可达30亿元,可带动就业800人,将有力推动园区新材料产业集群发展壮大", Kind.BODY),
    ("他说,希望企业加快建设,早日投产达效。", Kind.BODY),
    # headlines and subheadings are short text, not body
    ("经开区召开2024年一季度重点项目推进会", Kind.TEXT),
    ("洋浦12个重点项目集中开工,总投资约80亿元!", Kind.TEXT),
    ("抓——全力以赴“抓”项目引进", Kind.TEXT),
    # chrome
    ("您需要 登录 才可以下载或查看,没有帐号?立即注册", Kind.CHROME),
    ("立即注册,结交更多好友,享用更多功能,让你轻松玩转社区。", Kind.CHROME),
    ("版权所有:某某市开发区管委会办公室", Kind.CHROME),
    ("上一篇:园区举办招商推介会", Kind.CHROME),
    ("分享到: 微信 微博 QQ空间", Kind.CHROME),
    ("扫一扫在手机打开当前页", Kind.CHROME),
    ("首页 | 新闻中心 | 政务公开 | 招商引资 | 联系我们", Kind.CHROME),
    ("当前位置:首页 > 新闻 > 园区动态", Kind.CHROME),
    ("ICP备案编号:京ICP备00000000号", Kind.CHROME),
    # trailing-block headings
    ("相关阅读", Kind.END),
    ("热门文章", Kind.END),
    ("最近更新", Kind.END),
    ("发表评论", Kind.END),
    ("你可能会喜欢", Kind.END),
    # link lists and date lists
    ("  12. 市政府召开常务会议研究部署重点工作", Kind.LIST),
    ("- 某市新增5个共享服务驿站2023-03-17", Kind.LIST),
    ("某区举办新春招聘会 2022-05-06", Kind.LIST),
    # metadata lines
    ("来源:某某新区管委会", Kind.META),
    ("责任编辑:王某某", Kind.META),
    ("编审:张三、李 四", Kind.META),
    ("某某日报全媒体记者 王小明 通讯员 李华", Kind.META),
    ("(赵明)", Kind.META),
    ("记者：周某某", Kind.META),  # a byline, names only
    ("本报记者：孙某 通讯员：钱某某", Kind.META),
    ("记者 张某 实习生 李某某 报道", Kind.META),
    # an interviewer's question is article text, not a byline
    ("记者：今年以来，高新区项目建设有哪些亮点？", Kind.BODY),
    ("记者：为什么选择这里？", Kind.BODY),
    ("本报记者：企业最看重经开区的什么？", Kind.BODY),
    ("某某日报记者：请谈谈园区下一步的打算。", Kind.BODY),
    ("问：新签约项目什么时候能开工", Kind.BODY),
    ("主持人：请您介绍一下园区的产业布局。", Kind.BODY),
    # captions
    ("图为项目建设现场。  通讯员王小明摄", Kind.CAPTION),
    ("5月10日,某某机械(焦作)有限公司生产车间的工人在岗位上忙碌着。本报记者 马小宁 摄", Kind.CAPTION),
    ("(资料图片)", Kind.CAPTION),
    ("重大项目集中开工仪式现场", Kind.CAPTION),
    ("某某中心项目效果图(新区工委宣传部供图)", Kind.CAPTION),
]


@pytest.mark.parametrize("line,kind", CASES, ids=[c[0][:12] for c in CASES])
def test_classify_line(line, kind):
    assert classify_line(line) is kind


@pytest.mark.parametrize(
    "line,text",
    [
        # the description stays, the photo credit goes
        ("图为某某经开区新能源装备项目开工仪式现场。 通讯员王小红摄", "某某经开区新能源装备项目开工仪式现场。"),
        ("6月2日,某某重工(洛阳)有限公司装配车间内工人正在调试设备。本报记者 李某某 摄",
         "6月2日,某某重工(洛阳)有限公司装配车间内工人正在调试设备。"),
        ("某某高新区2023年二季度重点项目集中签约现场。赵小刚 摄", "某某高新区2023年二季度重点项目集中签约现场。"),
        ("年产5万吨电池材料项目(某某新能源股份有限公司一期)建设现场", "年产5万吨电池材料项目(某某新能源股份有限公司一期)建设现场"),
        ("某某(天津)智能装备产业基地项目效果图(某某新区宣传部供图)", "某某(天津)智能装备产业基地项目"),
        ("上图:某某开发区新建成的标准化厂房。(记者 张三 摄)", "某某开发区新建成的标准化厂房。"),
        # nothing left that could name anything
        ("(资料图片)", None),
        ("(资料图片仅供参考)", None),
        ("(相关资料图)", None),
        ("活动现场。王某 摄", None),
        ("签约仪式现场", None),
        ("图片来源:某某网", None),
    ],
)
def test_caption_text(line, text):
    from park_pipeline.clean.boilerplate import caption_text

    assert classify_line(line) is Kind.CAPTION
    assert caption_text(line) == text
