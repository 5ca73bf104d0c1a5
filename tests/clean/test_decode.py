"""decode_bytes: every supported encoding of a page gives the same clean stories."""

import codecs

import opencc
import pytest

from park_pipeline.clean import DecodedText, UndecodableInput, clean_page, decode_bytes

from .conftest import seed_text

ENCODINGS = [
    ("utf-8", lambda t: t.encode("utf-8")),
    ("utf-8 BOM", lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
    ("gbk", lambda t: t.encode("gbk")),
    ("gb18030", lambda t: t.encode("gb18030")),
    ("utf-16", lambda t: t.encode("utf-16")),
    ("utf-16-le BOM", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le")),
    ("utf-16-be BOM", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
    ("utf-16-le", lambda t: t.encode("utf-16-le")),
]


def _gbk_safe(text: str) -> str:
    # a few seed characters (nbsp, U+00A0-like spaces) are outside GBK: drop them in both copies
    return text.encode("gbk", errors="ignore").decode("gbk")


@pytest.mark.parametrize("seed", ["000", "002", "003", "004"])
@pytest.mark.parametrize("name,encode", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_same_stories_in_every_encoding(seed, name, encode):
    original = _gbk_safe(seed_text(seed))
    expected = clean_page(original)
    decoded = decode_bytes(encode(original))
    assert decoded.text.lstrip("\ufeff") == original
    got = clean_page(decoded.text)
    assert [s.text for s in got] == [s.text for s in expected]
    assert [s.title for s in got] == [s.title for s in expected]


@pytest.mark.parametrize("seed", ["000", "001", "003", "004"])
def test_big5_copy_matches_utf8_copy(seed):
    # a traditional copy of a seed (Big5 has no simplified characters)
    trad = opencc.OpenCC("s2t").convert(seed_text(seed))
    trad = trad.encode("big5", errors="ignore").decode("big5")
    decoded = decode_bytes(trad.encode("big5"))
    assert decoded.text == trad
    assert [s.text for s in clean_page(decoded.text)] == [s.text for s in clean_page(trad)]


def test_utf8_is_the_fast_path():
    assert decode_bytes("高新区项目集中开工。".encode("utf-8")) == DecodedText("高新区项目集中开工。", "utf_8")


@pytest.mark.parametrize("cut", [1, 2])
def test_truncated_utf8_still_decodes(cut):
    text = "经开区签约项目10个,总投资158.36亿元"
    data = text.encode("utf-8")[:-cut]  # "元" is 3 bytes: cut inside it
    assert decode_bytes(data).text == text[:-1]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_truncated_utf16_still_decodes(encoding):
    text = seed_text("004")
    data = text.encode(encoding)[:-1]
    got = decode_bytes(data).text.lstrip("\ufeff")
    assert got == text[:-1]


def test_truncated_gbk_still_decodes():
    text = "經開區簽約項目十個,總投資一百五十八億元。高新區全力推進重點項目建設,確保早日投產。" * 3
    data = text.encode("gb18030")[:-1]
    assert decode_bytes(data).text == text[:-1]


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", "empty"),
        (b"   \n\t  \r\n", "empty"),
        (bytes(range(256)) * 8, None),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + b"\x00\xff" * 200, None),
    ],
    ids=["empty", "whitespace", "binary", "png"],
)
def test_undecodable_inputs(data, reason):
    with pytest.raises(UndecodableInput) as err:
        decode_bytes(data)
    if reason:
        assert err.value.reason == reason


def test_decoded_text_is_frozen():
    d = decode_bytes("测试".encode())
    with pytest.raises(Exception):
        d.text = "x"  # type: ignore[misc]


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_a_damaged_byte_does_not_lose_the_page(encoding):
    text = seed_text("004")
    data = bytearray(text.encode(encoding))
    data[len(data) // 2] = 0xFF  # one byte that is invalid in both encodings
    got = decode_bytes(bytes(data)).text
    assert got.count("\ufffd") <= 2
    assert got[:200] == text[:200] and got[-200:] == text[-200:]


@pytest.mark.parametrize("text,binary", [
    ("星河高新区签约项目12个。\n\t第二段\f\v\r\n", False),  # the controls a text page may hold
    ("园区新闻" * 30 + "\x1b", False),  # one stray control in a long page
    ("ab\x01\x02\x03cd", True),  # many controls: not text
    ("园区新闻" * 300 + "\x00", True),  # a NUL anywhere
])
def test_utf8_pages_with_control_characters(text, binary):
    if binary:
        with pytest.raises(UndecodableInput):
            decode_bytes(text.encode())
    else:
        assert decode_bytes(text.encode()).text == text
