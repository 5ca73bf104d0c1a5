"""Pages written in the styles of the site kinds the pipeline meets (tests/data/sites): the
article text is exactly the body, chrome in and around it gone, its own short subheads kept.

Each NAME.expected holds the headline, the date (or an empty line) and the article's lines."""

import datetime as dt
from pathlib import Path

import pytest

from park_pipeline.clean import clean_page, decode_bytes

SITES = Path(__file__).resolve().parents[1] / "data" / "sites"
KINDS = sorted(p.stem for p in SITES.glob("*.txt"))


def test_every_site_kind_has_a_page():
    assert {"mobile_portal", "headline_app", "discuz_forum", "tieba_forum", "news_portal", "epaper", "gov_portal",
            "district_gov_big5", "corporate_news", "wechat_repost"} <= set(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_site_page(kind):
    title, date, *lines = (SITES / f"{kind}.expected").read_text(encoding="utf-8").splitlines()
    (story,) = clean_page(decode_bytes((SITES / f"{kind}.txt").read_bytes()).text)
    assert story.title == title
    assert story.published_date == (dt.date.fromisoformat(date) if date else None)
    assert story.text.splitlines() == lines
