"""Asset checks that show in the UI next to the assets they guard.

They run inside their asset's step (`check_specs`), not as steps of their own: a step costs a
dozen Dagster events, a check here costs one query.
"""
from dataclasses import dataclass

import dagster as dg

from park_pipeline.storage import queries
from park_pipeline.storage.warehouse import Warehouse


@dataclass(frozen=True)
class WarehouseCheck:
    """A check on `asset` that passes when `sql` (a named query) counts no offending rows."""

    name: str
    asset: str
    description: str
    sql: str
    metric: str

    @property
    def spec(self) -> dg.AssetCheckSpec:
        return dg.AssetCheckSpec(self.name, asset=self.asset, description=self.description)

    def evaluate(self, warehouse: Warehouse) -> dg.AssetCheckResult:
        bad = int(warehouse.read(self.sql).item())
        return dg.AssetCheckResult(check_name=self.name, asset_key=self.asset, passed=bad == 0,
                                   metadata={self.metric: bad})


ARTICLE_TEXT = WarehouseCheck(
    "every_article_has_text", "story_duplicates", "Every stored story has non-empty text.",
    queries.EMPTY_ARTICLES,
    "empty_articles",
)
MENTION_PARK = WarehouseCheck(
    "every_mention_has_a_park", "parks", "Every park mention points at a row of park.parks.",
    queries.ORPHAN_MENTIONS,
    "orphan_mentions",
)
POSITIVE_AMOUNTS = WarehouseCheck(
    "investment_amounts_positive", "park_summary", "Project amounts, where stated, are positive.",
    queries.NON_POSITIVE_AMOUNTS,
    "non_positive_amounts",
)
