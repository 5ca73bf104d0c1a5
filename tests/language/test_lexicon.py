"""jieba's word lists as cached tries: same answers as the files, built once, cache optional."""
import os
import time

import pytest

from park_pipeline.language.lexicon import (
    _cached_trie, char_freq, idf_table, jieba_dictionary, jieba_file, transliterated, word_freq,
)


def _line_of(name: str, word: str) -> list[str]:
    for line in jieba_file(name).read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if fields and fields[0] == word:
            return fields
    raise AssertionError(f"{word} not in {name}")


def test_the_dictionary_answers_as_dict_txt():
    words = jieba_dictionary()
    for word in ("光明", "高新区", "随州", "王"):
        _, freq, tag = _line_of("dict.txt", word)
        assert words.get(word) == (int(freq), tag) and word in words
    assert words.get("不是一个词语呀") is None and "不是一个词语呀" not in words
    assert word_freq().get("光明") == int(_line_of("dict.txt", "光明")[1]) and word_freq().get("不是一个词语呀") == 0
    assert char_freq()["光"] > char_freq()["镕"] > 0


def test_idf_table_and_its_median():
    table, median_idf = idf_table()
    word, idf = _line_of("analyse/idf.txt", "隔膜")
    assert table[word][0][0] == float(idf)
    values = sorted(float(line.split()[1]) for line in
                    jieba_file("analyse/idf.txt").read_text(encoding="utf-8").splitlines() if line.strip())
    middle = len(values) // 2
    assert median_idf == (values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2)


def test_a_trie_is_built_once_then_mapped_from_the_cache(tmp_path, monkeypatch):
    source = tmp_path / "words.txt"
    source.write_text("甲 1\n乙 2\n", encoding="utf-8")
    monkeypatch.setenv("PARK_CACHE_DIR", str(tmp_path / "cache"))
    built = []

    def records():
        built.append(True)
        return [("甲", (1,)), ("乙", (2,))]

    first = _cached_trie("test", source, "<I", records)
    second = _cached_trie("test", source, "<I", records)
    assert first["乙"] == second["乙"] == [(2,)] and built == [True]
    assert [p.name.startswith("test-") for p in (tmp_path / "cache").iterdir()] == [True]
    source.write_text("甲 1\n乙 3\n", encoding="utf-8")  # a new source is a new cache entry
    assert _cached_trie("test", source, "<I", lambda: [("乙", (3,))])["乙"] == [(3,)]


def test_an_unwritable_cache_only_costs_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("PARK_CACHE_DIR", str(blocker / "cache"))
    source = tmp_path / "words.txt"
    source.write_text("甲 1\n", encoding="utf-8")
    assert _cached_trie("test", source, "<I", lambda: [("甲", (1,))])["甲"] == [(1,)]


@pytest.mark.parametrize("name,foreign", [
    # invented names in the transliteration style, and in the Chinese style
    ("特拉维斯", True), ("卡洛斯特", True), ("维朗", True), ("莱斯曼", True),
    ("张伟", False), ("王建国", False), ("刘晓明", False), ("欧阳娜娜", False), ("孙丽娜", False),
])
def test_transliterated_names(name, foreign):
    assert transliterated(name) is foreign


@pytest.mark.parametrize("entry,age_hours,kept", [
    ("test-0123456789abcdef.marisa", 48, False),  # another version, unused for two days: removed
    ("test-0123456789abcdef.marisa", 2, True),  # another checkout's, used lately: kept
    ("other-0123456789abcdef.marisa", 48, True),  # another list's entry: not this one's to prune
])
def test_writing_an_entry_prunes_stale_entries_of_the_same_list(tmp_path, monkeypatch, entry, age_hours, kept):
    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("PARK_CACHE_DIR", str(cache))
    old = cache / entry
    old.write_bytes(b"")
    past = time.time() - age_hours * 3600
    os.utime(old, (past, past))
    source = tmp_path / "words.txt"
    source.write_text("甲 1\n", encoding="utf-8")
    assert _cached_trie("test", source, "<I", lambda: [("甲", (1,))])["甲"] == [(1,)]
    assert old.exists() == kept
    assert len(list(cache.glob("test-*.marisa"))) == (2 if kept and entry.startswith("test-") else 1)


def test_a_mapped_entry_marks_its_use(tmp_path, monkeypatch):
    monkeypatch.setenv("PARK_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "words.txt"
    source.write_text("甲 1\n", encoding="utf-8")
    _cached_trie("test", source, "<I", lambda: [("甲", (1,))])
    [entry] = (tmp_path / "cache").iterdir()
    past = time.time() - 2 * 3600
    os.utime(entry, (past, past))
    assert _cached_trie("test", source, "<I", lambda: [])["甲"] == [(1,)]  # mapped, not rebuilt
    assert time.time() - entry.stat().st_mtime < 60


@pytest.mark.parametrize("word", ["光明", "高新区", "不是一个词语呀"])
def test_repeated_lookups_answer_alike(word):
    words = jieba_dictionary()
    first = words.get(word, "absent")
    assert words.get(word, "absent") == first and (word in words) == (first != "absent")
