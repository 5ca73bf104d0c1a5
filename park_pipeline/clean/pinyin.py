"""Strip pinyin glosses glued after Chinese characters: 經(jīng)濟(jì) -> 經濟.

Why: some sites annotate every hard character with its reading.  The glosses use the
same ASCII parentheses as real asides (厦工机械(焦作)有限公司, (记者付凯明)), so we only
remove a parenthesised group that directly follows a CJK character and consists of
lowercase pinyin syllables: with tone marks, or, for neutral-tone syllables without
marks (的(de), 了(le)), one syllable that is valid pinyin.  Anything else stays.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_TONED_SET = frozenset(_TONED)

_INITIALS = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINALS = (
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|"
    r"ia|ie|iu|ua|uo|ui|ue|ve|vn|a|o|e|i|u|v|ng|n|m)"
)
_SYLLABLE = re.compile(rf"^{_INITIALS}{_FINALS}$")

_TONE_BASE = str.maketrans(
    {
        **{c: "a" for c in "āáǎà"},
        **{c: "e" for c in "ēéěè"},
        **{c: "i" for c in "īíǐì"},
        **{c: "o" for c in "ōóǒò"},
        **{c: "u" for c in "ūúǔù"},
        **{c: "v" for c in "ǖǘǚǜü"},
        **{c: "n" for c in "ńňǹ"},
        "ḿ": "m",
    }
)

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# a CJK char, then "(" + 1-4 space-separated lowercase latin words + ")"
_GLOSS = re.compile(
    rf"(?<=[{_CJK}])\(([a-z{_TONED}]{{1,7}}(?:[ '][a-z{_TONED}]{{1,7}}){{0,3}})\)"
)


# a gloss cut off by the end of a line or page: 发(fā
_CUT_GLOSS = re.compile(rf"(?<=[{_CJK}])\(([a-z{_TONED}]{{0,6}}[{_TONED}][a-z{_TONED}]{{0,6}})$", re.M)


@lru_cache(maxsize=1 << 14)
def _is_pinyin(group: str) -> bool:
    """Is the bracketed group pinyin? Memoized: a page glosses the same syllables again and again."""
    sylls = re.split(r"[ ']", group)
    toned = any(ch in _TONED_SET for ch in group)
    if not toned and len(sylls) > 1:
        return False
    for s in sylls:
        if not _SYLLABLE.match(s.translate(_TONE_BASE)):
            return False
    return True


def strip_pinyin(text: str) -> tuple[str, int]:
    """Return (text without pinyin glosses, number of glosses removed)."""
    text = unicodedata.normalize("NFC", text)
    count = 0

    def repl(m: re.Match) -> str:
        nonlocal count
        if _is_pinyin(m.group(1)):
            count += 1
            return ""
        return m.group(0)

    out = _GLOSS.sub(repl, text)
    out = _CUT_GLOSS.sub(repl, out)
    return out, count
