"""MinHash near-duplicates on cleaned text."""

import opencc
import pytest

from park_pipeline.clean import assign_duplicates, assign_new_duplicates, clean_page, story_signature, update_duplicates
from park_pipeline.clean.duplicates import text_hash

from .conftest import seed_text

STORY = (
    "今年以来,某某高新区围绕改革赋能、创新引领、产业支撑三个重点,集中精力抓项目、抓招商、抓调度,"
    "推动经济运行稳健开局。一季度,全区规模以上工业增加值增速加快,主导产业支撑有力,工业投资高速增长。"
    "下一步,高新区将持续优化营商环境,推动签约项目早落地、早开工、早投产。"
)
OTHER = (
    "6月17日,某某新区举行重点项目集中签约仪式,十个项目集中签约,总投资120亿元,涵盖新能源、新材料等领域。"
    "据介绍,此次签约项目投资强度大、科技含量高,建成后预计年产值超过200亿元,带动就业五千人。"
)


def test_signature_is_deterministic_128_ints():
    a, b = story_signature(STORY), story_signature(STORY)
    assert a == b
    assert len(a) == 128 and all(isinstance(v, int) for v in a)
    assert story_signature(OTHER) != a


def test_exact_near_and_distinct():
    near = STORY.replace("早投产", "早达产")
    items = [(aid, text_hash(t), story_signature(t)) for aid, t in [("a", STORY), ("b", OTHER), ("c", STORY), ("d", near), ("e", OTHER + "(完)")]]
    assert assign_duplicates(items) == {"a": None, "b": None, "c": "a", "d": "a", "e": "b"}


def test_traditional_and_simplified_copies_are_duplicates():
    simp = seed_text("000")
    trad = opencc.OpenCC("s2t").convert(simp)
    s_story = clean_page(simp)[0]
    t_story = clean_page(trad)[0]
    items = [(aid, text_hash(story.text), story_signature(story.text)) for aid, story in [("simp", s_story), ("trad", t_story)]]
    assert assign_duplicates(items) == {"simp": None, "trad": "simp"}


def test_first_seen_wins_even_if_later_copy_is_longer():
    longer = STORY + "会议还对安全生产工作作了部署。"
    items = [(aid, text_hash(t), story_signature(t)) for aid, t in [("x", STORY), ("y", longer)]]
    assert assign_duplicates(items) == {"x": None, "y": "x"}


def test_threshold_is_jaccard_080():
    # build texts whose shingle sets overlap at a known level
    base = [f"第{i}段:园区项目建设稳步推进,企业生产经营良好。" for i in range(60)]
    a = "".join(base)
    close = "".join(base[:57]) + "".join(f"另有{i}项工作正在开展。" for i in range(3))  # ~0.9
    far = "".join(base[:30]) + "".join(f"其他{i}件事情与园区无关。" for i in range(30))  # ~0.35
    items = [(aid, text_hash(t), story_signature(t)) for aid, t in [("a", a), ("close", close), ("far", far)]]
    assert assign_duplicates(items) == {"a": None, "close": "a", "far": None}


def test_new_stories_after_an_assigned_corpus_agree_with_a_full_assignment():
    near = STORY.replace("早投产", "早达产")
    corpus = [(aid, text_hash(t), story_signature(t)) for aid, t in [("a", STORY), ("b", OTHER)]]
    later = [(aid, text_hash(t), story_signature(t)) for aid, t in [("c", STORY), ("d", near), ("e", "另一篇与众不同的园区报道。"), ("f", "另一篇与众不同的园区报道。")]]
    originals = corpus
    full = assign_duplicates(corpus + later)
    assert assign_new_duplicates(originals, later) == {k: full[k] for k in "cdef"}
    assert full["c"] == "a" and full["d"] == "a" and full["e"] is None and full["f"] == "e"


def test_update_reuses_what_holds_and_starts_afresh_when_an_original_changes():
    texts = {"a": STORY, "b": OTHER, "c": STORY, "d": STORY.replace("早投产", "早达产")}
    items = [(aid, text_hash(t), story_signature(t)) for aid, t in texts.items()]
    full = assign_duplicates(items)
    previous = {aid: (digest, full[aid]) for aid, digest, _ in items[:3]}
    assert update_duplicates(previous, items) == full  # d is new: checked against the originals
    changed = [(aid, text_hash(OTHER + "补记"), sig) if aid == "a" else (aid, h, sig) for aid, h, sig in items]
    assert update_duplicates(previous, changed) == assign_duplicates(changed)  # an original changed


@pytest.mark.parametrize("text", [
    "",
    "园",
    "新区签约",
    "  某某 高新区\n一期 ",
    STORY,
    OTHER * 3,
    "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(3000)),
])
def test_signature_is_datasketchs_affine32_minhash(text):
    """Stored signatures stay comparable with those datasketch made before (and the LSH path's)."""
    from datasketch import MinHash

    from park_pipeline.clean.duplicates import _SCHEME, _SEED, NUM_PERM, _shingle_hashes

    reference = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=int, scheme=_SCHEME)
    hashes = _shingle_hashes(text)
    if hashes.size:
        reference.update_batch(hashes)
    assert story_signature(text) == [int(v) for v in reference.hashvalues]
