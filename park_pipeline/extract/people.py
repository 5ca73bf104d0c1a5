"""Named people and their roles: title patterns + surname check + what follows the name.

Officials are written title-first ("荆门高新区党工委书记、掇刀区委书记周俊杰宣布", "区领导韩耀辉、张忠良
参加"). A name is a surname plus one or two characters, its length chosen by what follows it (a verb
of the reporting vocabulary or punctuation), with jieba's POS as a fallback. Surnames are read from
jieba's dictionary (first characters of its three-character person names), not typed by hand.
Bylines (记者, 通讯员, 编辑, 主编, 摄) are not title words, so they are not matched.
"""
from __future__ import annotations

import functools
import re

import ahocorasick_rs
import polars as pl

from park_pipeline.language.lexicon import JiebaDictionary, jieba_words

from park_pipeline.language.gazetteer import gazetteer
from park_pipeline.language.segment import dictionary, tokenizer
from park_pipeline.language.vocabulary import TITLE_WORDS

_LIST_HEADS = ("区领导", "市领导", "县领导", "省领导", "委领导", "公司领导")  # not bare 领导 (领导包抓)
_FOLLOW = tuple("""
宣布 致辞 主持 出席 参加 说 表示 介绍 指出 强调 要求 带队 率领 率 陪同 告诉 正在 正 在 一行 等 上台 称 讲话 宣读
调研 考察 视察 莅 到 前往 来到 深入 走访 会见 会谈 接受 签约 签署 见证 出席了 参加了 对 向 与 和 及 为 就 从
作 代表 详细 认为 透露 坦言 还 也 则 先后 分别 共同 一同 同 随同 汇报 听取 座谈 看望 慰问 检查 督导 督查 参观
观摩 点评 部署 提出 希望 当天 今天 近日 日前 以 用 带领 带 讲解 回答 答 发言 致 颁发 揭牌 启动 按下 共 及其
""".split())
# one-character follow words that are also common last characters of given names (李广同)
_WEAK_FOLLOW = frozenset(w for w in _FOLLOW if len(w) == 1 and w not in ("说", "称", "等", "在"))
_PUNCT = "，,。、；;：:！？!?“”\"（）() \n"
_LEAD_TAGS = frozenset({"v", "p", "c", "d", "ad", "r", "u", "uj", "ul"})
_LEAD_JOINER = re.compile(r"^(?:以及|及|和|与|并|还有|另有|据)")
_NAME_CHARS = re.compile(r"[\u4e00-\u9fff]{2,4}")
_BAD_NAME_CHARS = frozenset("的了在和与及等是为对将把被从向就也都还又而并或之其该此这那们个年月日号区市县省局委会")
_FUNCTION_CHARS = frozenset("由于以把对将为向从和与及在是")  # also surnames, but weak evidence alone
_NOT_GIVEN = ("先生", "女士", "同志", "老师", "师傅", "总", "某")  # 陈先生 is a form of address


@functools.cache
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    """Single- and two-character surnames read from jieba's dictionary (its `nr` words)."""
    names = jieba_words().filter(pl.col("tag") == "nr").get_column("word")
    first = names.filter(names.str.len_chars() == 3).str.slice(0, 1).value_counts()
    singles = frozenset(first.filter(pl.col("count") >= 8)["word"])
    # two-character surnames head many four-character names and are not common words (道德, 严格)
    heads = names.filter(names.str.len_chars() == 4).str.slice(0, 2).value_counts()
    words = dictionary()
    doubles = frozenset(w for w in heads.filter(pl.col("count") >= 10)["word"]
                        if words.get(w, (0, "nr"))[0] < 1000)
    return singles, doubles


@functools.cache
def _title_ac() -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(TITLE_WORDS + _LIST_HEADS, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


_TITLES = frozenset(TITLE_WORDS)


def _name_at(text: str, i: int, strong: bool = False) -> str | None:
    """A person's name starting at text[i], or None.

    The length (surname + one or two characters) is the one with the best evidence after it:
    punctuation or a reporting verb (宣布, 说) beats a one-character joiner that may also be a given
    name's last character (李广同、 not 李广|同), which beats a dictionary word starting right after
    it (谢曙|信心满满). Ties go to the shorter name (邓文说, -> 邓文). A candidate followed by a
    role is an organization (区政协|主席). With `strong`, weak evidence is not enough."""
    singles, doubles = _surnames()
    m = _NAME_CHARS.match(text, i)
    if not m:
        return None
    cand = m.group()
    sur = 2 if cand[:2] in doubles else 1 if cand[0] in singles else 0
    if not sur:
        return None
    words = dictionary()
    best, best_score = None, 0
    for n in (sur + 1, sur + 2):
        name = cand[:n]
        if len(name) < n or any(ch in _BAD_NAME_CHARS for ch in name[1:]) or name[sur:] in _NOT_GIVEN:
            break
        if (words.get(name, (0, "nr"))[1] not in ("nr", "nrfg", "nrt") or text.startswith(TITLE_WORDS, i + n)
                or name[sur:] in _TITLES):  # 负责人和代表: 和 is a joiner, 代表 a role, no 和 surname
            continue
        score = _evidence(text, i + n, cand[0], words)
        if score > best_score:
            best, best_score = name, score
    if best and best_score >= (2 if strong else 1):
        return best
    if strong:
        return None
    toks = tokenizer().tag(text[i:i + 8])
    if (toks and toks[0][1].startswith("nr") and sur < len(toks[0][0]) <= sur + 2 and toks[0][0][sur:] not in _NOT_GIVEN
            and _evidence(text, i + len(toks[0][0]), cand[0], words) >= 2):
        return toks[0][0]
    return None


def _evidence(text: str, j: int, surname: str, words: JiebaDictionary) -> int:
    """How well text[j:] marks the end of a name: 3 punctuation or a reporting word, 2 a one-character
    joiner, 1 a dictionary word (not straddling the name's end), 0 nothing."""
    rest = text[j:j + 3]
    follow = max((w for w in _FOLLOW if rest.startswith(w)), key=len, default="")
    if not rest or rest[0] in _PUNCT or (follow and follow not in _WEAK_FOLLOW):
        return 3
    if follow:
        return 2
    if rest[:2] in words and text[j - 1:j + 1] not in words and surname not in _FUNCTION_CHARS:
        return 1
    return 0


def _title_before(text: str, start: int, lo: int) -> str:
    """The title chain that ends at `start`, read back to the clause start. 、 joins roles, and so
    does a comma right after a role (区委书记,连云港高新区党工委书记李锋); leading verbs and
    prepositions are not part of it (随着|宜宾市委书记)."""
    i = start
    while i > lo:
        ch = text[i - 1]
        if ch in "，," and text[lo:i - 1].endswith(TITLE_WORDS):
            i -= 1
            continue
        if ch in "，,。；;：:！？!?\n 给在由请":
            break
        i -= 1
    title = _LEAD_JOINER.sub("", text[i:start].strip("、，,"))
    toks = tokenizer().tag(title)
    k = 0
    places = gazetteer().by_name
    while k < len(toks) - 1 and toks[k][1] in _LEAD_TAGS and toks[k][0] not in places:  # 开封 is no verb here
        k += 1
    return "".join(w for w, _ in toks[k:]).strip("、，,")


def find_people(text: str, sentences) -> list[dict]:
    """People with their titles: name, title, sentence, sent_start, sent_end, pos (first mention).

    Names listed after one title or 区领导 share it (区领导韩耀辉、张忠良参加); a title never reaches
    back past the previous name of the sentence."""
    out: list[dict] = []
    seen: set[str] = set()
    for sent in sentences:
        st = sent.text
        last_end = 0
        for _, s, e in _title_ac().find_matches_as_indexes(st):
            if s < last_end:
                continue
            title, j = _title_before(st, e, last_end), e
            if st[j:j + 1] in (" ", "\u3000", "\xa0"):  # 董事长 张三
                j += 1
            first = j
            while (name := _name_at(st, j, strong=j > first)):
                if name not in seen:
                    seen.add(name)
                    out.append({"name": name, "title": title, "sentence": st,
                                "sent_start": sent.start, "sent_end": sent.end, "pos": sent.start + j})
                j += len(name)
                last_end = j
                if st[j:j + 1] != "、":
                    break
                j += 1
    return out
