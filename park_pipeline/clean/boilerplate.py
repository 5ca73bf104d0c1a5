"""Line classifier that separates article text from page chrome.

Why: pages are flattened HTML.  Around the story sit navigation, login prompts, forum
widgets, share buttons, footers and long lists of unrelated headlines.  Rather than a
list of known lines we score every line on generic features — length, share of CJK,
inner/ending sentence punctuation, menu and link-list shapes (bullets, numbering,
"headline 2023-05-06"), and known chrome vocabulary (登录, 注册, 回复, 版权所有,
上一篇, 分享到, 扫一扫 ...) — and give it a kind.  The region logic that uses these
kinds lives in stories.py.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

from park_pipeline.language.vocabulary import INTERVIEW_SUBTITLE_WORDS, INTERVIEWER_WORDS, alternation

__all__ = ["Kind", "classify_line", "chrome_hits", "is_end_marker", "is_caption", "is_meta_line", "caption_text",
           "is_inline_chrome", "is_menu_path", "is_interview_turn", "is_interview_subtitle"]


class Kind(str, Enum):
    BODY = "body"        # a real paragraph (strong evidence)
    TEXT = "text"        # short text: headline, subheading, or a short sentence
    META = "meta"        # source / date / reporter / editor line -> metadata, not text
    CAPTION = "caption"  # photo caption or picture placeholder
    LIST = "list"        # link-list / menu / date-list item
    CHROME = "chrome"    # navigation, widgets, footers, prompts
    END = "end"          # heading of a trailing block (相关阅读, 热门文章, 发表评论 ...)


# Vocabulary that marks site furniture.  Each hit costs a line a lot of body score.
_CHROME_PHRASES = (
    "登录", "登陆", "注册", "发新帖", "回帖", "回复", "版权所有", "版权声明", "copyright", "©",
    "联系我们", "关于我们", "加入我们", "上一篇", "下一篇", "分享到", "分享至", "扫一扫", "扫码",
    "二维码", "当前位置", "您的位置", "所在位置", "您现在的位置", "网站地图", "icp", "备案",
    "免责声明", "仅供参考", "不对文章内容", "举报", "打印", "收藏", "关闭窗口", "字号", "浏览次数",
    "阅读模式", "复制链接", "积分", "签到", "楼主", "管理员", "友情链接", "法律声明", "隐私",
    "广告合作", "客服", "热线", "传真", "邮箱", "e-mail", "email", "微信", "微博", "公众号", "切换",
    "语音播报", "搜索", "帮助中心", "诚聘英才", "高级模式", "详细>>", "更多>>", "顶部", "返回",
    "首页", "点击量", "阅读量", "评论", "字体", "许可证", "技术支持", "主办单位", "承办", "访问量",
    "手机版", "客户端", "下载app", "关注我们", "责任声明", "本站", "本网", "网友", "跟帖", "点赞",
    "查看:", "收起", "显示全部", "没有帐号", "没有账号", "用户名", "密码", "忘记", "发表于",
    "本文章内容来源", "转载", "原创", "读报", "退出", "设为首页", "加入收藏", "点击", "查看大图",
    "查看原图", "上一页", "下一页", "上一版", "下一版", "尾页", "仅代表", "不代表本", "转载请注明", "如有侵权", "联系删除",
)

_END_MARKERS = re.compile(
    r"^[\s【\[<《]*(相关(阅读|文章|新闻|链接|推荐|报道|资讯)|延伸阅读|推荐(阅读|文章|新闻)|热门(文章|推荐|评论|新闻|资讯|排行)|"
    r"热点(新闻|推荐|资讯)|图片新闻|最新(文章|资讯|新闻|更新|发布)|最近更新|你可能(会)?喜欢|猜你喜欢|为你推荐|精彩推荐|"
    r"发表评论|网友评论|我要评论|评论列表|重点阅读|更多(新闻|资讯|阅读)|排行榜|本版积分规则|"
    r"相关新闻推荐|今日推荐|编辑推荐|大家都在看|看了本文的人还看了|往期(回顾|推荐|精选)|精彩回顾|"
    r"(本版)?标题导航|版面导航)[\s】\]>》:：]*$",
)

_META_LINE = re.compile(
    r"^[\s「『\[【(（]*(来源|来自|作者|编辑|责任编辑|责编|编审|审核|审校|校对|初审|复审|终审|监制|统筹|记者|通讯员|摄影|摄像|"
    r"图片|文字|文/图|文图|文|原标题|发布时间|发表时间|发布日期|发表日期|时间|日期|信息来源|本文来源|稿件来源|出处|供稿|撰稿)"
    r"\s*[:：/|]"
)
_BYLINE = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,14}(?:全媒体|融媒体)?)?(记者|通讯员|编辑|编审|责编|审核|摄影|摄)"
    r"[\s:：]*[\u4e00-\u9fff]{2,4}([\s、,，]+(记者|通讯员)?[\s:：]*[\u4e00-\u9fff]{2,4})*\s*(报道|报导|摄)?$"
)
_PAREN_NAMES = re.compile(r"^[(（][\u4e00-\u9fff]{2,4}([\s、,，][\u4e00-\u9fff]{2,4}){0,3}[)）]$")
_CAPTION = re.compile(
    r"供图[)）]?$|图片来源[:：]|(资料图|资料图片|效果图|示意图|航拍图)[)）]?$|"
    r"((记者|通讯员|[\s。(（])[\u4e00-\u9fff]{2,4}(\s+[\u4e00-\u9fff]{2,4})*\s*摄(影)?[)）]?$)|"
    r"^[(（]?(资料图片?|相关资料图|图片)[^)）]{0,8}[)）]?$|^图为|^(上|下|左|右)?图[:：]"
)
# short picture captions: "…集中开工仪式现场", "…项目效果图"
_SHORT_CAPTION = re.compile(r"(现场|合影|留影|一角|全景|鸟瞰图|效果图|实景图)$")
_BULLET = re.compile(r"^(\d{1,3}[.、)．]\s*|[-•·●◆■□▪>»*]\s*|\[\S{1,8}\]\s*)")
_DATE_TAIL = re.compile(r"(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2})(\s+\d{1,2}:\d{2}(:\d{2})?)?[)\]）】]?\s*$")
_INNER_PUNCT = re.compile(r"[，,、；;：:]")
_SENT_END = ("。", "。”", "！”", "？”", "…”", "……", "。’", "”。", "。)", "。）")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


# Chrome that sites put inside the article body: a fold ("展开全文", "展开剩余72%"), an app or ad
# prompt ("【广告】…", "打开某某APP,阅读更多…"), a single related link ("相关阅读:<headline>").
_INLINE_CHROME = re.compile(
    r"^[\s【\[]*(展开全文|阅读全文|查看全文|展开剩余\d{1,2}%|点击展开|继续阅读|广告|推广)[\s】\]>»:：]*|"
    r"(下载|打开|安装)[^，。,]{0,12}(app|客户端)|"
    r"^[\s【\[]*(相关|延伸|推荐|扩展)(阅读|新闻|链接|报道)[\s】\]]*[:：]",
    re.IGNORECASE,
)
# Path and menu separators: "首页 > 新闻 > 园区动态", "某某论坛 › 本地新闻 › 查看内容"
_CRUMB = re.compile(r"[>›»→]")


def is_inline_chrome(line: str) -> bool:
    return len(line) <= 60 and bool(_INLINE_CHROME.search(line))


# an e-paper's page menu: "第03版:高新区新闻", "第 A2 版 要闻"
_PAGE_MENU = re.compile(r"^第\s*[A-Za-z]?\d{1,3}\s*版\s*[:：]?\s*[\u4e00-\u9fff]{0,8}$")


def is_menu_path(line: str) -> bool:
    return (len(_CRUMB.findall(line)) >= 2 or line.count("|") >= 2 or line.count(" | ") >= 1
            or bool(_PAGE_MENU.match(line)))


_CHROME_RE = re.compile("|".join(re.escape(p) for p in sorted(_CHROME_PHRASES, key=len, reverse=True)))


def chrome_hits(line: str) -> int:
    """Number of distinct chrome phrases in the line."""
    return len(set(_CHROME_RE.findall(line.lower())))


def is_end_marker(line: str) -> bool:
    return len(line) <= 16 and bool(_END_MARKERS.match(line))


def is_caption(line: str) -> bool:
    if len(line) <= 60 and _SHORT_CAPTION.search(line) and not _INNER_PUNCT.search(line):
        return True
    return len(line) <= 150 and bool(_CAPTION.search(line))


# The parts of a caption that are not its description: the photo credit at the end
# ("。本报记者 王某 摄", "(某某宣传部供图)", "图片来源:…"), a picture label ("(资料图片)",
# "效果图"), and a leading pointer ("图为", "上图:").
_CREDIT_TAIL = re.compile(
    r"(?:(?<=[。！？!?\s(（])|^)[(（]?(?:[\u4e00-\u9fff]{0,8}(?:记者|通讯员)|摄影|图/?)?[\s:：]*"
    r"[\u4e00-\u9fff]{2,4}(?:[\s、,，]+(?:记者|通讯员)?[\s:：]*[\u4e00-\u9fff]{2,4}){0,4}\s*摄影?[)）]?$"
    r"|[(（][^()（）]{0,40}供图[)）]$|(?:(?<=[。！？!?\s])|^)[^。！？!?\s(（]{0,30}供图$|图片来源[:：].*$"
)
_PICTURE_LABEL = re.compile(r"[(（]?(相关)?(资料图片?|图片|效果图|示意图|航拍图|实景图)(仅供参考)?[)）]?$")
_CAPTION_HEAD = re.compile(r"^(图为|(上|下|左|右|组)?图[:：为]?|图片[:：])\s*")


def caption_text(line: str) -> str | None:
    """The description a photo caption carries, without credit and picture labels; None when
    nothing is left that could name a place, firm or project (资料图, 活动现场, 供图 only).

    Captions often hold the only full name in a story ("图为张家口经开区…", "某某(焦作)有限公司
    生产车间…"), so the story keeps their description and drops only the credit."""
    t = line.strip()
    for _ in range(3):
        before = t
        t = _CREDIT_TAIL.sub("", t).strip()
        t = _PICTURE_LABEL.sub("", t).strip() if len(_CJK.findall(_PICTURE_LABEL.sub("", t))) >= 8 else t
        if t == before:
            break
    t = _CAPTION_HEAD.sub("", t).strip()
    if len(_CJK.findall(t)) < 8 or chrome_hits(t) or _PICTURE_LABEL.fullmatch(t):
        return None
    return t


def is_meta_line(line: str) -> bool:
    if _META_LINE.match(line) and len(line) <= 120:
        return True
    if len(line) <= 40 and (_BYLINE.match(line) or _PAREN_NAMES.match(line)):
        return True
    return False


# An interviewer's turn: "记者：今年以来，园区项目进展如何？", "本报记者：…", "问：…". What is asked holds
# a sentence (punctuation, or more words than a name), where a byline ("记者：张三") holds names only.
_INTERVIEW_TURN = re.compile(rf"^[\u4e00-\u9fff]{{0,10}}?(?:{alternation(INTERVIEWER_WORDS)})\s*[:：]\s*(?P<asked>.+)$")
_ASKED = re.compile(r"[，,。；;！!？?]|[\u4e00-\u9fff]{5}")
# "——访某某高新区党工委书记某某": the subtitle that names who an interview is with
_INTERVIEW_SUBTITLE = re.compile(rf"^[—－-]{{1,2}}\s*(?:{alternation(INTERVIEW_SUBTITLE_WORDS)})[\u4e00-\u9fff]")


def is_interview_turn(line: str) -> bool:
    """An interviewer's question is article text, not a byline: it often names the park and the
    interviewee's title, which the answers after it only refer to."""
    m = _INTERVIEW_TURN.match(line)
    return bool(m and _ASKED.search(m.group("asked")) and not _BYLINE.match(line) and not chrome_hits(line))


def is_interview_subtitle(line: str) -> bool:
    """The "——访…" line under an interview's headline: article text, for the same reason."""
    return len(line) <= 60 and bool(_INTERVIEW_SUBTITLE.match(line))


def ends_sentence(line: str) -> bool:
    return line.endswith(_SENT_END) or line.endswith(("。", "！", "？", "!", "?", "…", "；", ";"))


def body_score(line: str) -> float:
    """> 0 means the line looks like running text."""
    n = len(line)
    if n == 0:
        return -10.0
    cjk = len(_CJK.findall(line))
    if cjk < 0.4 * n:
        return -5.0
    inner = len(_INNER_PUNCT.findall(line))
    s = min(n, 200) / 40.0 + min(inner, 5) * 0.4
    if line.endswith(_SENT_END) or line.endswith("。"):
        s += 1.5
    s -= 2.5 * chrome_hits(line) * (1.0 if n < 80 else 0.3)
    if _BULLET.match(line):
        s -= 1.0
    if _DATE_TAIL.search(line) and n < 80:
        s -= 3.0
    return s


def is_strong_body(line: str) -> bool:
    n = len(line)
    if body_score(line) < 2.0:
        return False
    inner = len(_INNER_PUNCT.findall(line))
    if n >= 50 and inner >= 2:
        return True
    if n >= 16 and inner >= 1 and (line.endswith("。") or line.endswith(_SENT_END)):
        return True
    return False


@lru_cache(maxsize=1 << 14)
def classify_line(line: str) -> Kind:
    """The line's kind; memoized, as a site's chrome lines (menus, footers, notices) recur on every
    page it serves."""
    line = line.strip()
    if is_end_marker(line):
        return Kind.END
    if is_caption(line):
        return Kind.CAPTION
    if is_interview_turn(line):
        return Kind.BODY
    if is_meta_line(line):
        return Kind.META
    n = len(line)
    if is_strong_body(line):
        return Kind.BODY
    if _BULLET.match(line) and n < 100:
        return Kind.LIST
    if _DATE_TAIL.search(line) and len(_CJK.findall(line)) >= 6 and n < 100:
        return Kind.LIST
    hits = chrome_hits(line)
    if hits and (n < 60 or hits >= 2) or is_inline_chrome(line):
        return Kind.CHROME
    if is_menu_path(line) or line.count("-") >= 3:
        return Kind.CHROME
    cjk = len(_CJK.findall(line))
    if cjk == 0 or (n > 3 and cjk < 0.3 * n):
        return Kind.CHROME
    return Kind.TEXT


# A page saved with no paragraph breaks holds menus, text and footer in one line; read whole, that
# line is chrome and the page would lose its text. Such a line is read sentence by sentence.
_RUN_ON_MIN_CHARS = 200
_SENTENCE_END = re.compile(r"(?<=[。！？!?])(?![”’」』)）])")


def split_run_on(line: str) -> list[str]:
    """A long line that does not read as running text, cut after each sentence end; any other
    line as it is."""
    if len(line) < _RUN_ON_MIN_CHARS or classify_line(line) is Kind.BODY:
        return [line]
    pieces = [piece.strip() for piece in _SENTENCE_END.split(line) if piece.strip()]
    return pieces if len(pieces) >= 3 else [line]
