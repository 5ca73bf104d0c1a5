"""HTML pages through the real pipeline: a saved HTML copy lands like its text copy, a broken one
is quarantined with its reason and the rest of the batch lands."""
import shutil
from pathlib import Path

from park_pipeline.orchestration.runner import run_pipeline
from tests.conftest import age, query

DATA = Path(__file__).resolve().parents[1] / "data"
KINDS = ["discuz_forum", "epaper", "gov_portal", "wechat_repost"]


def test_html_copies_give_the_text_copies_articles(storage, instance, seeds_dir):
    pages = seeds_dir / "saved"
    pages.mkdir()
    for kind in KINDS:
        shutil.copy(DATA / "sites" / f"{kind}.txt", pages / f"{kind}.txt")
        shutil.copy(DATA / "html" / f"{kind}.html", pages / f"{kind}.htm" if kind == "epaper" else pages / f"{kind}.html")
    (pages / "empty.html").write_bytes(b"<html><head><title>x</title></head><body></body></html>")
    (pages / "notes.pdf").write_bytes(b"%PDF-1.4")
    for path in pages.iterdir():
        age(path)
    run_pipeline(storage, instance)

    rows = query(storage, "SELECT source_path, title, published_date, text FROM park.articles "
                          "WHERE source_path LIKE 'saved/%' ORDER BY source_path, story_no")
    by_page = {}
    for source_path, *story in rows:
        by_page.setdefault(source_path.removeprefix("saved/"), []).append(story)
    for kind in KINDS:
        html_name = f"{kind}.htm" if kind == "epaper" else f"{kind}.html"
        as_html, as_text = by_page[html_name], by_page[f"{kind}.txt"]
        assert [(t, d, "".join(x.split())) for t, d, x in as_html] == [(t, d, "".join(x.split())) for t, d, x in as_text]
    quarantined = dict(query(storage, "SELECT source_path, reason FROM park.quarantine"))
    assert quarantined == {"saved/empty.html": "html: no article text found",
                           "saved/notes.pdf": "not a page: only .txt, .html and .htm files are ingested"}
    encodings = dict(query(storage, "SELECT source_path, encoding FROM park.documents WHERE source_path LIKE 'saved/%'"))
    assert encodings["saved/gov_portal.html"] == "gbk"  # declared in <meta>, and true
    assert query(storage, "SELECT count(DISTINCT source_path) FROM park.articles WHERE source_path NOT LIKE 'saved/%'")[0][0] == 5
