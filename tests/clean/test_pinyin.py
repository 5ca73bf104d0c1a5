"""strip_pinyin: glosses go, real parentheses stay."""

import pytest

from park_pipeline.clean.pinyin import strip_pinyin

CASES = [
    # (input, expected, glosses removed)
    ("經(jīng)濟(jì)", "經濟", 2),
    ("高新區(qū)黨工委", "高新區黨工委", 1),
    ("項目(xiàng mù)建設", "項目建設", 1),
    ("綠(lǜ)色發展", "綠色發展", 1),
    ("了(le)解情况", "了解情况", 1),  # neutral tone: no mark, but a valid syllable
    ("發展(fā zhǎn)", "發展", 1),
    ("厦工机械(焦作)有限公司", "厦工机械(焦作)有限公司", 0),
    ("本报讯(记者付凯明)5月7日", "本报讯(记者付凯明)5月7日", 0),
    ("电芯装备及模组(PACK)线", "电芯装备及模组(PACK)线", 0),
    ("物联网(iot)平台", "物联网(iot)平台", 0),  # not pinyin
    ("年产值(ok)", "年产值(ok)", 0),
    ("(zhōng)开头没有汉字", "(zhōng)开头没有汉字", 0),  # must follow a character
    ("中国(云南)自由贸易试验区", "中国(云南)自由贸易试验区", 0),
    ("通过构建新质生产力发(fā", "通过构建新质生产力发", 1),  # gloss cut by the end of the page
]


@pytest.mark.parametrize("text,expected,count", CASES)
def test_strip_pinyin(text, expected, count):
    assert strip_pinyin(text) == (expected, count)


def test_seed_002_has_no_gloss_left(cleaned):
    import re

    for story in cleaned["002"]:
        assert not re.search(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)", story.text)
        assert any(r.startswith("pinyin_stripped:") for r in story.repairs)
