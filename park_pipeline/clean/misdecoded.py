"""Whole pages saved after a wrong decoding: UTF-8 bytes read as Latin-1/cp1252 or as GBK.

Why: a page a browser or scraper decoded with the wrong charset and then saved is valid text in
the file's own encoding, so charset detection cannot see the mistake; every character of it is
wrong ("å½åä½ç½®", "褰撳墠浣嶇疆" for 当前位置). Re-encoding with the charset that was wrongly used
gives the original bytes back. ftfy does this for the single-byte charsets; GBK it does not know,
and there the mix-up is undone here, losing the characters whose bytes the wrong decoding dropped
(they become U+FFFD). Each check first looks for the marks its mix-up leaves, so a normal page
costs two regex scans.
"""
from __future__ import annotations

import re

# UTF-8's lead bytes of Chinese characters (E4-E9) read as Latin-1, each followed by a
# continuation byte (80-BF): "ä¸", "å½"
_LATIN1_MARK = re.compile(r"[\u00e4-\u00e9][\u0080-\u00bf]")
# The first GBK character of the commonest Chinese characters and punctuation once their UTF-8 is
# read as GBK (的 -> 鐨, 区 -> 鍖, 月 -> 鏈, 中/个 -> 涓, 人/亿 -> 浜, 。、 -> 銆, ，：（ -> 锛 …): rare
# characters a real page hardly ever writes
_GBK_MARK = re.compile(r"[鐨鍖鏈涓浜鍙鏃銆锛缁闆椤鎬鍏]")
_LOST = re.compile(r"\ufffd[\ufffd?]*")
_MIN_MARKS = 8
_MAX_LOST_SHARE = 0.2  # a re-decoding that loses more than this is not the page's text


def redecode_page(text: str) -> tuple[str, str | None]:
    """(text, the mix-up that was undone or None)."""
    if len(_LATIN1_MARK.findall(text)) >= _MIN_MARKS:
        import ftfy  # local: 0.08 s to import, for the rare page that needs it

        fixed = ftfy.fix_encoding(text)
        if fixed != text:
            return fixed, "utf8_read_as_latin1"
    if len(_GBK_MARK.findall(text)) >= _MIN_MARKS:
        fixed = text.encode("gbk", errors="replace").decode("utf-8", errors="replace")
        fixed = _LOST.sub("\ufffd", fixed)  # a lost byte leaves U+FFFD, its "?" and broken neighbours
        if fixed.count("\ufffd") <= _MAX_LOST_SHARE * len(fixed) and not _GBK_MARK.search(fixed):
            return fixed, "utf8_read_as_gbk"
    return text, None
