"""park.source_lines through the real pipeline: a line one outlet's pages share leaves their
articles, a page of another folder keeps it, and reading a batch again changes no row."""
from park_pipeline.orchestration.runner import materialize_batch, run_pipeline
from tests.clean.test_repetition import PAGE, SLOGAN
from tests.conftest import age, query


def test_a_line_an_outlets_pages_share_is_chrome(storage, instance, seeds_dir):
    for folder, n_pages in (("outlet", 3), ("elsewhere", 1)):
        (seeds_dir / folder).mkdir()
        for i in range(n_pages):
            page = seeds_dir / folder / f"{i}.txt"
            page.write_text(PAGE.format(slogan=SLOGAN).replace("12个", f"{12 + i}个"), encoding="utf-8")
            age(page)
    first = run_pipeline(storage, instance)

    def texts():
        return dict(query(storage, "SELECT source_path, text FROM park.articles WHERE source_path LIKE '%/%'"))

    before = texts()
    assert [path for path, text in sorted(before.items()) if SLOGAN in text] == ["elsewhere/0.txt"]
    counts = dict(query(storage, "SELECT source, count(*) FROM park.source_lines WHERE line = ? GROUP BY source", [SLOGAN]))
    assert counts == {"outlet": 3, "elsewhere": 1}
    n_rows = query(storage, "SELECT count(*) FROM park.source_lines")[0][0]

    materialize_batch(storage, instance, first.new_batch)  # read and cleaned again
    run_pipeline(storage, instance)
    assert texts() == before
    assert query(storage, "SELECT count(*) FROM park.source_lines")[0][0] == n_rows

    (seeds_dir / "outlet" / "2.txt").unlink()  # its lines leave the evidence with it
    run_pipeline(storage, instance)
    assert dict(query(storage, "SELECT source, count(*) FROM park.source_lines WHERE line = ? GROUP BY source",
                      [SLOGAN])) == {"outlet": 2, "elsewhere": 1}
