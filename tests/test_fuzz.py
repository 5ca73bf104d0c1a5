"""Property-based tests: the text functions take anything a page can hold without raising.

Pages are random mixtures of seed lines, Chinese text, numbers with units, punctuation, blank
lines and empty strings (hypothesis shrinks any failure to a small page to reproduce it). Every
fact row must point at its sentence: text[sent_start:sent_end] == sentence.
"""
from __future__ import annotations

from datetime import date

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from park_pipeline.aggregate.linking import link_projects
from park_pipeline.aggregate.names import company_of, name_core
from park_pipeline.aggregate.registry import resolve_companies
from park_pipeline.clean import clean_page, decode_bytes
from park_pipeline.extract import extract_article
from park_pipeline.storage.schema import frame
from tests.conftest import REPO_SEEDS

SEED_LINES = sorted({line.strip() for page in REPO_SEEDS.glob("*.txt")
                     for line in page.read_text(encoding="utf-8").splitlines() if line.strip()})
HANZI = "高新区经开区工业园管委会项目签约开工投产竣工在建总投资亿元万元公司有限集团科技新材料随州株洲荆门禹州省市县主任书记年产吨"
PUNCT = "，。、；：！？“”‘’（）《》【】—…·,.;:!?()[]-% \t"
NUMBER = st.from_regex(r"[0-9０-９一二三四五六七八九十百千万亿两零]{1,6}(\.[0-9]{1,2})?(亿元|万元|元|%|个|吨|平方米|亩)?",
                       fullmatch=True)

fragment = st.one_of(
    st.sampled_from(SEED_LINES),
    st.text(alphabet=HANZI + PUNCT, max_size=40),
    NUMBER,
    st.text(max_size=12),  # any Unicode at all
    st.just(""),
    st.just("\n"),
)
page_text = st.lists(fragment, max_size=25).map("".join)
page_lines = st.lists(fragment, max_size=25).map("\n".join)
pages = st.one_of(page_text, page_lines)
FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(pages)
def test_cleaning_never_raises_and_keeps_text(text):
    for story in clean_page(text):
        assert isinstance(story.text, str) and "\r" not in story.text


@FUZZ
@given(st.binary(max_size=300))
def test_decoding_any_bytes_either_decodes_or_says_why(data):
    try:
        assert isinstance(decode_bytes(data).text, str)
    except ValueError as error:  # UndecodableInput: a quarantine reason, never a crash
        assert str(error)


@FUZZ
@given(pages, st.one_of(st.none(), st.sampled_from(SEED_LINES), st.text(alphabet=HANZI, max_size=20)))
def test_extraction_never_raises_and_offsets_reproduce_sentences(text, title):
    for table, rows in extract_article(text, title).items():
        for row in rows:
            assert text[row["sent_start"]:row["sent_end"]] == row["sentence"], (table, row)


surfaces = st.one_of(st.sampled_from(SEED_LINES), st.text(alphabet=HANZI + PUNCT, max_size=30), st.text(max_size=10))


@FUZZ
@given(st.lists(st.tuples(surfaces, st.one_of(st.none(), surfaces), st.sampled_from(["签约", "开工", None])),
                min_size=1, max_size=8))
def test_linking_keys_and_linking_never_raise(mentions):
    for surface, company, _ in mentions:
        core, in_name = name_core(surface)
        assert isinstance(core, str)
        company_of(company or in_name or "")
    rows = [{"article_id": f"a{i}", "doc_id": f"d{i}", "park_id": "P", "name": surface, "investment_cny": None,
             "status": status, "sentence": f"{company or ''}{surface}。", "sent_start": 0,
             "sent_end": len(f"{company or ''}{surface}。"), "published_date": date(2024, 1, 1 + i % 28)}
            for i, (surface, company, status) in enumerate(mentions)]
    mention_frame = pl.DataFrame(rows, schema={
        "article_id": pl.String, "doc_id": pl.String, "park_id": pl.String, "name": pl.String,
        "investment_cny": pl.Float64, "status": pl.String, "sentence": pl.String, "sent_start": pl.Int32,
        "sent_end": pl.Int32, "published_date": pl.Date})
    companies = pl.DataFrame([{"article_id": f"a{i}", "sent_start": 0, "name": c}
                              for i, (_, c, _) in enumerate(mentions) if c],
                             schema={"article_id": pl.String, "sent_start": pl.Int32, "name": pl.String})
    first, failures = link_projects(frame("project_events", []), mention_frame.head(len(rows) // 2), companies)
    events, more = link_projects(first, mention_frame, companies)  # incremental, against the first half
    assert failures == [] and more == []
    resolve_companies([*companies["name"], *events["company"].drop_nulls()])
