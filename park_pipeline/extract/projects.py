"""Named investment projects, their investment, annual output value and stage.

Names come from two places: a span ending in a project word (项目/基地/产业园/工程 ...) cut back
to its clause start and stripped of the verbs in front of it, and the items of an enumeration
that the text calls projects ("A、B、C等8个项目", "分别是A、B、C"). Amounts are tied to the project
that is the subject of the clause ("X项目总投资10亿元", "总投资10亿元的X项目", "该项目计划投资...");
totals over several projects ("签约3个,总投资28亿元") are left to the indicator finder. Phrases that
only look like names are dropped: a verb whose object is the projects (做好项目, 包联重点项目), a class
or selection (X重点项目, 本次项目), a place alone (湖南项目), an enumeration of industries
("新材料、光芯片等产业项目") and officials' titles that share an enumeration's 、 chain.
"""
from __future__ import annotations

import re

import rjieba

from park_pipeline.extract.amounts import COUNT, Amount, find_amounts
from park_pipeline.extract.companies import heads_with_company
from park_pipeline.extract.project_names import QUOTED_SLOGAN_RE, firm_head, name_spans
from park_pipeline.extract.sentences import Sentence
from park_pipeline.language.vocabulary import (
    BUILDING_PARTS, CONDITION_AFTER, FUTURE_AFTER, FUTURE_BEFORE, STAGE_ORDER, STAGE_PAPERWORK, STAGE_VENUES, STAGE_WORDS,
    alternation,
)

_STATUS_OF = {w: label for label, words in STAGE_WORDS.items() for w in words.split()}  # nearest word after the name wins
_NO_STAGE = (*STAGE_PAPERWORK, *STAGE_VENUES)
_STATUS_RE = re.compile(alternation([*_STATUS_OF, *_NO_STAGE]))  # paperwork and venues are matched to be passed over
_PART_DONE_RE = re.compile(rf"(?:{alternation(BUILDING_PARTS)})(?:工程|结构|主体)?(?:已经|已|全面|基本|顺利|全部|均)*$")
# Any word of a stage that happens at a moment can be planned ("即将进入试生产阶段"); 在建 and 谋划 cannot.
_PLANNABLE = [w for stage in ("签约", "开工", "竣工", "投产", "") for w in STAGE_WORDS[stage].split()]
# "为项目早日建成做准备": a stage a purpose names (为 of 成为/因为/作为 is no purpose).
_PURPOSE = r"(?<![成因作认称视以行])为了?"
_PLANNED_RE = re.compile(
    rf"(?:{alternation(FUTURE_BEFORE)}|{_PURPOSE})[^，,。；;]{{0,15}}?(?:{alternation(_PLANNABLE)})+"  # "将全部竣工投用": both planned
    rf"|(?:{alternation(_PLANNABLE)})+(?:{alternation(FUTURE_AFTER)})"  # "投产在即"
)
# A stage as the condition of what follows ("建成达产后将形成", "投入使用后") says nothing of the stage
# now, so an article's event still applies ("集中开工…X项目,建成后年产值10亿元").
_CONDITION_RE = re.compile(rf"(?:{alternation(_PLANNABLE)})+(?:{alternation(CONDITION_AFTER)})")
_INVEST_KEY_RE = re.compile(
    r"(?:(?:计划|拟|预计|概算|估算|累计)?(?:总投资|投资总额|固定资产投资|投资额|投资|投入)(?:额|总额)?"
    r"|(?:签约|合同|协议)(?:金额|额|投资额?))(?:约|达|为|超|近|逾|共)?$"
)
# Money spent so far ("完成投资8亿元", "累计完成投资", "已投资") or a firm's capital is not the project's amount.
_SPENT_RE = re.compile(r"(?:完成|已|累计|实际|注册)(?:完成)?(?:了)?(?:固定资产)?(?:投资|投入|资本|资金)(?:额)?(?:约|达|为|超|近|逾|共)?$")
_OUTPUT_KEY_RE = re.compile(r"(?:年产值|产值|年销售收入|年营业收入|年营收)(?:将|可|预计|有望)?(?:达到|实现|超过|突破|达|超|约|为)?(?:约|超|近)?$")
_AGGREGATE_RE = re.compile(
    rf"(?<!第){COUNT}(?:个|项|家|批|条)|[共合累总]计|一批|多个|这些|各类|集中(?:签约|开工)|总投资额|项目群|项目(?:数量|数)"
)
_PHASE_RE = re.compile(r"[一二三四1-4]期|其中")


def find_projects(sentences: list[Sentence]) -> list[dict]:
    """Projects named in the sentences, one dict per project (first mention)."""
    found: dict[str, dict] = {}
    recent: list[dict] = []  # projects in the last few sentences, for "该项目总投资..."
    recent_idx = -99
    for idx, sent in enumerate(sentences):
        if sent.text.rstrip(" ”\"）)").endswith(("？", "?")):
            continue  # an interviewer's question states nothing ("园区项目建设进展如何？")
        spans = name_spans(sent.text)
        here = []
        for start, end, name in spans:
            proj = found.get(name)
            if proj is None:
                proj = found[name] = {
                    "name": name, "investment_cny": None, "investment_usd": None, "output_value_cny": None,
                    "status": _status(sent.text, start, end, spans), "sentence": sent.text,
                    "sent_start": sent.start, "sent_end": sent.end, "pos": sent.start + start,
                    "_amount_phase": None, "_place": _is_place(sent.text, start, end),
                    "_built": bool(_BUILT_BEFORE.search(sent.text, 0, start)),
                }
            here.append((start, end, proj))
        _attach_amounts(sent.text, here, recent)
        if here:
            recent, recent_idx = [p for _, _, p in here], idx
        elif idx - recent_idx >= 5:
            recent = []
    default = _article_stage(sentences)
    out = []
    for proj in found.values():
        proj.pop("_amount_phase")
        local = proj["status"]
        proj["status"] = local or None
        built = proj.pop("_built")
        if proj.pop("_place") or not (built or _is_project(proj)):
            continue
        if local is None:  # nothing said near the name: the article's event, if it has one
            proj["status"] = default
        out.append(proj)
    return out


# "位于X产业园的", "入驻X基地": the name is a place, not a project.
_PLACE_BEFORE = re.compile(r"(?:位于|坐落于|在|入驻|落户|落户到|进驻|依托|到)$")
_ZONE_LIKE = re.compile(r"(?:产业园|基地|园区)(?:[（(][^）)]*[）)]|[一二三四]期)?$")


# "投资10亿元建设“X生产基地”": what the text says is being built is a project, not a zone.
_BUILT_BEFORE = re.compile(r"(?:建设|新建|兴建|投建|打造)[“\"]$")


_BARE_RE = re.compile(r"(?:产业|高端|重点|重大|招商)?项目$")


def _is_place(text: str, start: int, end: int) -> bool:
    return bool(
        _ZONE_LIKE.search(text[start:end]) and _PLACE_BEFORE.search(text[max(0, start - 4) : start])
        and not re.match(r"的?(?:施工|建设|项目)现场", text[end:])
    )


def _is_project(proj: dict) -> bool:
    """A name that starts with a preposition or pronoun ("以科技型企业项目"), or a short one that
    is a verb plus 项目 ("推行项目", "引入高端项目"), is a phrase, not a name, unless a firm's short form
    heads it (和盛新能源项目). A bare "X产业园"/"X基地" is kept only when the text treats it as a project
    (a stage, an amount) or a firm heads it; otherwise it is usually a zone or a designation."""
    first = rjieba.tag(proj["name"])[0][1]
    phrase = first in ("p", "r", "c", "u") or (first in ("v", "d") and len(proj["name"]) <= 6 and _BARE_RE.search(proj["name"]))
    if phrase and not firm_head(proj["name"]):  # 和盛新能源项目: a brand that starts like a joiner
        return False
    if not _ZONE_LIKE.search(proj["name"]):
        return True
    if proj["status"] or proj["investment_cny"] or proj["investment_usd"] or proj["output_value_cny"]:
        return True
    return heads_with_company(proj["name"])


def _status(text: str, start: int, end: int, spans: list) -> str | None:
    """Stage of a name from the clauses after it up to the next clause that names another project
    ("已开工建设X,加快推进Y建设": Y's 在建 is not X's), when its own clause has a stage word ("X去年开
    工,目前主体已完工": the furthest one); else from its own clause before it ("已开工建设X"); else the
    nearest stage word after it (other names of the same enumeration skipped) or before it."""
    stop = re.compile(r"[；;。]").search(text, end)
    after = text[end : stop.start() if stop else len(text)]
    for s, e, _ in spans:  # "A、B、C等项目开工": the verb after the list applies to every item
        if s >= end and e <= end + len(after):
            after = after[: s - end] + "\x00" * (e - s) + after[e - end :]
    before = text[:start]
    for s, e, _ in spans:  # "开工项目包括:A、B、C": the verb before the list applies to every item
        if e <= start:
            before = before[:s] + "\x00" * (e - s) + before[e:]
    cuts = [m.start() for m in _CLAUSE_END_RE.finditer(after)]
    scope = after[: next((c for c in cuts if "\x00" in after[c:]), len(after))]  # until another project's clause
    own_after = after[: cuts[0]] if cuts else after
    found = None if _stage(own_after) is None else _stage(scope)
    if found:
        return found
    if found is None:
        cuts = [m.end() for m in _CLAUSE_END_RE.finditer(before)]
        found = _stage(before[cuts[-1]:] if cuts else before) or _stage(scope)
        if found:
            return found
    after = after.replace("\x00", "")[:50]
    before = before.replace("\x00", "")[-30:]
    found = _stage(after) if found is None else found
    if found:
        return found
    if found == "" and _PLANNED_RE.search(re.split(r"[，,]", after, maxsplit=1)[0]):
        return found  # "X项目即将落地": nothing has happened yet; "签订…合同,建设X项目,达产后…" still signed
    earlier = _stage(before)  # "签订投资协议,X项目正式落户": 落户 alone decides nothing, the signing does
    return earlier if earlier or found is None else found


# Where a clause ends: a comma or colon, or a 、 after words ("X成功落户、Y全面投产"), not one right
# after a name (\x00 marks the other names: "A、B等项目开工" is one clause).
_CLAUSE_END_RE = re.compile(r"[，,：:]|(?<=[^\x00、，,：:])、")


def _stage(zone: str) -> str | None:
    """The most advanced stage named in `zone` ("当年签约、当年建成、当年投产" -> 投产); "" when the
    zone only has 落地/落户 or planned stages (a decided null); None when it says nothing."""
    labels, planned = _stage_labels(zone)
    real = [label for label in labels if label]
    if real:
        return max(real, key=STAGE_ORDER.get)
    return "" if labels or planned else None


def _stage_labels(zone: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The stages the words of `zone` report ("" for 落地/落户), leaving out planned stages,
    conditions, paperwork and venues, and the spans of the planned ones."""
    planned = [m.span() for m in _PLANNED_RE.finditer(zone)]
    skipped = planned + [m.span() for m in _CONDITION_RE.finditer(zone)]
    labels = [_label(zone, m) for m in _STATUS_RE.finditer(zone)
              if m.group(0) not in _NO_STAGE and not any(a <= m.start() < b for a, b in skipped)]
    return labels, planned


def _label(zone: str, match: re.Match) -> str:
    """The stage a word reports; a part of the works finished ("主体已完工") is 在建."""
    label = _STATUS_OF[match.group(0)]
    return "在建" if label == "竣工" and _PART_DONE_RE.search(zone, 0, match.start()) else label


def _article_stage(sentences: list[Sentence]) -> str | None:
    """The event an article reports ("集中开工仪式"), from its first sentences, when it is one kind."""
    labels = set(_stage_labels("".join(s.text for s in sentences[:3]))[0])
    labels.discard("")
    return labels.pop() if len(labels) == 1 else None


def _attach_amounts(text: str, here: list[tuple[int, int, dict]], recent: list[dict]) -> None:
    for amount in find_amounts(text):
        clause_start = _clause_start_strict(text, amount.start)
        lead = text[clause_start : amount.start]
        is_invest = bool(_INVEST_KEY_RE.search(lead)) and not _SPENT_RE.search(lead)
        is_output = bool(_OUTPUT_KEY_RE.search(lead))
        if not (is_invest or is_output):
            continue
        after = text[amount.end : amount.end + 12]
        if amount.qualifier == "以上" and after[:1] and not re.match(r"[，,。；;、]", after):
            continue
        if re.match(r"(?:（含）|\(含\))?(?:以上|以下|及以上)?(?:的)?(?:[^，,。]{0,4})?项目", after) and not re.match(r"的", after):
            continue  # "10亿元以上项目36个" is a size class, not an amount
        proj = _owner(text, amount, clause_start, lead, here, recent)
        if proj is None:
            continue
        phase = bool(_PHASE_RE.search(lead))
        if is_invest:
            _set_investment(proj, amount, phase)
        elif proj["output_value_cny"] is None and amount.yuan is not None:
            proj["output_value_cny"] = amount.yuan


def _clause_start_strict(text: str, pos: int) -> int:
    i = pos
    while i > 0 and text[i - 1] not in "，,。；;：:！!？?":
        i -= 1
    return i


def _owner(text, amount: Amount, clause_start: int, lead: str, here, recent) -> dict | None:
    """The project an amount belongs to, or None when it is a total or has no named owner."""
    # "总投资10亿元的X项目": the name follows.
    for start, end, proj in here:
        between = text[amount.end : start].replace(" ", "")  # some sites space their commas: " , "
        if start >= amount.end and _NAME_FOLLOWS.fullmatch(between) and (
            between.startswith("、") or not re.search(r"\d[亿万]?元", between)
        ):
            # Totals are checked from the last amount or "其中"/"包括" on: "22个项目...其中,总投资10亿元的X项目".
            scope = max([a.end for a in find_amounts(text[: amount.start])]
                        + [m.end() for m in _MEMBERS_FOLLOW_RE.finditer(text, 0, amount.start)] + [0])
            if not _AGGREGATE_RE.search(QUOTED_SLOGAN_RE.sub("", text[scope : amount.start])):
                return proj
            return None
        if start >= amount.end:
            break
    # The subject of the clause: the nearest name before the amount with no total in between.
    prev = [(s, e, p) for s, e, p in here if e <= amount.start]
    if prev:
        s, e, proj = prev[-1]
        between = text[e : amount.start]
        # "X实现营业收入451亿元,固定资产投资76亿元": an investment after other figures of X is one
        # more figure reported of it, not what X costs
        reported = _INVEST_KEY_RE.search(lead) and find_amounts(between)
        if not _AGGREGATE_RE.search(between) and not re.search(r"[。；;]", between) and not reported:
            return proj
        return None
    if _AGGREGATE_RE.search(text[:amount.start]):
        return None
    bare = _FUTURE_LEAD.sub("", lead)
    if _GROUP_SUBJECT_RE.match(text):
        return None  # "签约项目涉及…,计划总投资14亿元": the signed projects together
    if recent and (_ANAPHOR_LEAD.search(lead) or _INVEST_KEY_RE.fullmatch(bare) or _OUTPUT_KEY_RE.fullmatch(bare)):
        return recent[-1]
    return None


_FUTURE_LEAD = re.compile(r"^(?:项目)?(?:全部|全面)?(?:建成|投产|达产|达效|竣工)?(?:后|以后)?(?:预计|将|可|有望)?(?:实现)?")
# Text between an amount and the project it introduces: "总投资10亿元的X项目", "投资20亿元建设X项目".
# The investor may come first and say where: "X公司投资20亿元在高新区建设Y项目", "拟投资5亿元，用于建设Y".
# "…投资52亿元，用于Y项目" names it right after 用于; a quoted name keeps its opening quote outside.
_NAME_FOLLOWS = re.compile(
    r"(?:[^。；;]{0,30}的|[,，]?(?:(?:用于|来|在[^，,。；;]{1,12}?)?(?:投资|投建|建设|新建|打造|实施|兴建|建)|用于))[“\"]?")
# Words after which a group's members are named one by one.
_MEMBERS_FOLLOW_RE = re.compile(r"其中|包括|分别是|分别为")
# A sentence about the projects of an event together, not one of them.
_GROUP_SUBJECT_RE = re.compile(
    r"(?:此次|本次|这次|上述|这批|当天)?(?:集中)?(?:签约|开工|投产|竣工|开竣工|落地)?(?:的)?项目(?:涉及|包括|涵盖|覆盖|共|均|全部)")
_ANAPHOR_LEAD = re.compile(r"^(?:其中[，,]?)?(?:该|此|这个|这一|本)?(?:项目|产业园|基地|工程)(?:[一二三四]期)?")


def _set_investment(proj: dict, amount: Amount, phase: bool) -> None:
    if proj["investment_cny"] is not None or proj["investment_usd"] is not None:
        if not (proj["_amount_phase"] and not phase):
            return  # keep the project's total; later phase figures are parts of it
    proj["investment_cny"] = amount.yuan
    proj["investment_usd"] = amount.value if amount.currency == "USD" else None
    proj["_amount_phase"] = phase
