"""Every form `eval --saved-as` writes a seed page in cleans back to the seed's own stories: the
forms users save pages in (WeChat posts, table-laid portals, GB18030, fullwidth digits, a wrong
decoding) lose nothing, and one-line and hard-wrapped copies keep every paragraph's sentences."""
import pytest

from park_pipeline.clean import clean_page, decode_bytes, decode_markup, html_page
from park_pipeline.saved_forms import SAVED_FORMS

from .conftest import SEEDS

SEED_PAGES = sorted(SEEDS.glob("*.txt"))
LOSSLESS = ["text", "gb18030", "html-portal", "html-wechat", "html-table", "fullwidth", "latin1-mixup"]


def _texts(suffix: str, data: bytes) -> list[str]:
    page = html_page(decode_markup(data).text) if suffix == ".html" else decode_bytes(data).text
    return [story.text for story in clean_page(page)]


@pytest.mark.parametrize("form", LOSSLESS)
@pytest.mark.parametrize("seed", SEED_PAGES, ids=lambda path: path.name[:3])
def test_a_page_saved_in_a_lossless_form_cleans_as_its_text_copy(form, seed):
    text = seed.read_text(encoding="utf-8")
    assert _texts(*SAVED_FORMS[form](text)) == _texts(".txt", text.encode("utf-8"))


@pytest.mark.parametrize("form", ["one-line", "wrapped"])
@pytest.mark.parametrize("seed", SEED_PAGES, ids=lambda path: path.name[:3])
def test_a_page_saved_without_its_paragraph_breaks_keeps_its_sentences(form, seed):
    text = seed.read_text(encoding="utf-8")
    saved = "".join(_texts(*SAVED_FORMS[form](text)))
    sentences = [s for story in _texts(".txt", text.encode("utf-8")) for line in story.split("\n")
                 for s in line.split("。")[1:-1] if len(s) >= 10]  # whole sentences inside paragraphs
    kept = sum(s in saved for s in sentences)
    assert sentences and kept >= 0.9 * len(sentences), (kept, len(sentences))


def test_every_form_is_tested():
    assert set(SAVED_FORMS) == set(LOSSLESS) | {"one-line", "wrapped"}
