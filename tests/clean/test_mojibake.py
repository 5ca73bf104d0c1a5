"""repair_mojibake: GBK streams decoded one byte out of step."""

import pytest

from park_pipeline.clean.mojibake import REPLACEMENT, repair_mojibake


FOLD = str.maketrans("！，：；（）？", "!,:;()?")


def corrupt(text: str, target: str) -> str:
    """Simulate the damage: GBK-encode, replace the lead byte of `target` by '?',
    decode (out of step until an ASCII-range trail byte), fold full width to ASCII
    like the seeds do."""
    data = bytearray(text.encode("gbk"))
    pos = len(text[: text.index(target)].encode("gbk"))
    data[pos] = 0x3F
    return data.decode("gbk", errors="replace").translate(FOLD)


@pytest.mark.parametrize(
    "text,target",
    [
        # a full stop + closing quote + a character whose trail byte is ASCII-range
        # full-width punctuation as in the original stream; the page folds it to ASCII
        ("董事長說：“今年訂單排到了年底。”謝總信心滿滿，企業正在擴產。", "。”謝"),
        ("“前兩個月，產品銷量都超過歷史最高紀錄。”百忙中，歐微時尚集團董事長告訴記者。", "。”百忙中，歐"),
        ("去年6月投產後，來勢喜人。“訂單持續增多，預計今年產值過億元。”", "。“訂單持續"),
    ],
)
def test_recoverable_runs_are_restored_exactly(text, target):
    damaged = corrupt(text, target)
    page = text.translate(FOLD)
    assert damaged != page and "?" in damaged
    fixed, repaired, lost = repair_mojibake(damaged)
    assert (repaired, lost) == (1, 0)
    assert fixed == page


@pytest.mark.parametrize(
    "text,lost",
    [
        ("項(xiàng)目?jī)?nèi)容、行業分析", 1),  # lead byte lost inside a gloss: gone for good
        ("深圳城中村迎來規(guī)?;脑?", 1),
    ],
)
def test_unrecoverable_runs_are_marked(text, lost):
    fixed, repaired, n_lost = repair_mojibake(text)
    assert (repaired, n_lost) == (0, lost)
    assert REPLACEMENT in fixed
    assert "?" not in fixed


@pytest.mark.parametrize(
    "text",
    [
        "手機花屏能自己恢復嗎?內屏壞了繼續用危險嗎?",
        "空氣炸鍋放碗會炸嗎?空氣炸鍋一定要墊紙嗎?2023-03-17",
        "這是為什麼?A股市場今天上漲。",
        "你知道吗?这款X光机已经投入使用。",
        "项目进展如何?该公司M型生产线已经建成。",
        "蘋果按鈕浮標怎麼設置呢?蘋果手機(jī)如何截圖?",
        "宜宾如何高质量建设三江新区,打造核心引擎?记者从会上获悉,三江新区将聚焦「四区」定位",
        "没有问号的普通句子。",
    ],
)
def test_real_question_marks_are_left_alone(text):
    assert repair_mojibake(text) == (text, 0, 0)


def test_seed_002_counts(seeds):
    fixed, repaired, lost = repair_mojibake(seeds["002"])
    assert (repaired, lost) == (3, 3)
    assert "錄。”百忙中,歐微時" in fixed
    assert "喜人。“訂單持續" in fixed
    assert "萬元。”謝曙" in fixed
