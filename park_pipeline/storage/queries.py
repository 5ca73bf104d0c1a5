"""Every named read and derived write of the warehouse: the SQL that assets, asset checks, the
CLI, the bench and the evaluation run, in one place (table DDL and views live in schema.py and
views.py). Code outside storage names a query; it never writes SQL.
"""

# Ingest, clean, extract ------------------------------------------------------------------------
NEWEST_PROJECTS = ("SELECT published_date, park, project, status, round(investment_cny / 1e8, 2) AS 亿元 "
                   "FROM park.v_newest_projects LIMIT 10")

# Cross-page repetition: the lines a source repeats on at least N pages (parameters: the batch's
# doc_ids, N), for the sources of the batch's documents.
RECURRING_LINES = """
SELECT source, line FROM park.source_lines
WHERE source IN (SELECT DISTINCT source FROM park.source_lines WHERE doc_id IN (SELECT unnest(?)))
GROUP BY source, line HAVING count(*) >= ?
"""

# Duplicates: every story's signature in first-seen order, and the assignments of the last run.
STORY_SIGNATURES = ("SELECT s.article_id, s.text_hash, s.signature FROM park.story_signatures s "
                    "JOIN park.articles a USING (article_id) JOIN park.documents d ON d.doc_id = a.doc_id "
                    "ORDER BY d.batch_id, a.source_path, a.story_no")
DEDUP_STATE = "SELECT article_id, text_hash, duplicate_of FROM park.story_dedup"

# Parks and the per-park summary.
# The columns build_parks reads, not the mentions' sentences (most of the table's bytes).
PARK_MENTIONS = "SELECT park_id, name, short_name, province, city, level FROM park.park_mentions"
PARKS = "SELECT * FROM park.parks"
SUMMARY_ARTICLES = "SELECT article_id, published_date, keywords, duplicate_of FROM park.articles"
SUMMARY_MENTIONS = "SELECT park_id, article_id FROM park.park_mentions"
SUMMARY_INVESTMENT = "SELECT park_id, investment_cny FROM park.project_registry"
SUMMARY_COMPANIES = "SELECT park_id, article_id, name FROM park.companies"
SUMMARY_STATED = "SELECT park_id, article_id, indicator, value, unit, period FROM park.indicators"
SUMMARY_INDUSTRIES = "SELECT park_id, industry, investment_cny FROM park.project_registry"

# Project lifecycle ------------------------------------------------------------------------------
# Mentions in original stories only: a republished copy adds no event (its mentions are labelled
# with its original's projects below).
PROJECT_MENTIONS = """
SELECT j.article_id, j.doc_id, j.park_id, j.name, j.investment_cny, j.status,
       j.sentence, j.sent_start, j.sent_end, a.published_date
FROM park.projects j JOIN park.articles a USING (article_id)
WHERE a.duplicate_of IS NULL AND j.name IS NOT NULL AND j.sentence IS NOT NULL
"""
SENTENCE_COMPANIES = "SELECT article_id, sent_start, name FROM park.companies"
# Company names as the last run resolved them: linking's evidence that two names are one company.
COMPANY_REGISTRY = "SELECT name, company_id, company, industry FROM park.company_registry"
PROJECT_EVENTS = "SELECT * FROM park.project_events"
PROJECT_REGISTRY = "SELECT * FROM park.project_registry"
# Every mention's project_id and industry, and every company row's company_id and industry, as
# the registry says; only rows whose labels change are written. A mention in a republished copy
# takes the project of its original's mention of the same name.
LABEL_MENTIONS = [
    """UPDATE park.projects j SET project_id = l.project_id, industry = l.industry
       FROM (
         WITH own AS (
           SELECT j.rowid AS row_id, e.project_id, r.industry
           FROM park.projects j
           JOIN park.project_events e
             ON j.article_id = e.article_id AND j.sent_start = e.sent_start AND j.name = e.surface
           JOIN park.project_registry r ON r.project_id = e.project_id
         ), copied AS (
           SELECT j.rowid AS row_id, min(own.project_id) AS project_id,
                  arg_min(own.industry, own.project_id) AS industry
           FROM park.projects j
           JOIN park.articles a ON a.article_id = j.article_id
           JOIN park.projects o ON o.article_id = a.duplicate_of AND o.name = j.name
           JOIN own ON own.row_id = o.rowid
           GROUP BY j.rowid
         )
         SELECT j.rowid AS row_id, coalesce(own.project_id, copied.project_id) AS project_id,
                CASE WHEN own.project_id IS NOT NULL THEN own.industry ELSE copied.industry END AS industry
         FROM park.projects j
         LEFT JOIN own ON own.row_id = j.rowid
         LEFT JOIN copied ON copied.row_id = j.rowid
       ) l
       WHERE j.rowid = l.row_id
         AND (j.project_id IS DISTINCT FROM l.project_id OR j.industry IS DISTINCT FROM l.industry)""",
    """UPDATE park.companies c SET company_id = l.company_id, industry = l.industry
       FROM (
         SELECT c.rowid AS row_id, r.company_id, r.industry
         FROM park.companies c LEFT JOIN park.company_registry r ON r.name = c.name
       ) l
       WHERE c.rowid = l.row_id
         AND (c.company_id IS DISTINCT FROM l.company_id OR c.industry IS DISTINCT FROM l.industry)""",
]

# Report ----------------------------------------------------------------------------------------
PARK_SUMMARY = "SELECT * FROM park.park_summary"
PARK_TIMELINE = "SELECT * FROM park.v_park_timeline"

# Asset checks: each counts the offending rows ---------------------------------------------------
# regexp_matches stops at the first non-space character; trim() rewrote every text (0.15 s)
EMPTY_ARTICLES = r"SELECT count(*) FROM park.articles WHERE NOT regexp_matches(coalesce(text, ''), '\S')"
ORPHAN_MENTIONS = "SELECT count(*) FROM park.park_mentions m ANTI JOIN park.parks p USING (park_id)"
NON_POSITIVE_AMOUNTS = "SELECT count(*) FROM park.projects WHERE investment_cny <= 0 OR output_value_cny <= 0"

# CLI ----------------------------------------------------------------------------------------------
TOP_PARKS_SUMMARY = """
SELECT coalesce(p.short_name, s.name) AS park, s.province, s.city, s.n_articles, s.n_projects,
       round(s.total_investment_cny / 1e8, 2) AS "investment (亿元)",
       round(s.stated_investment_cny / 1e8, 2) AS "stated totals (亿元)", s.n_companies, s.last_published
FROM park.park_summary s JOIN park.parks p USING (park_id)
ORDER BY s.total_investment_cny DESC NULLS LAST, s.stated_investment_cny DESC NULLS LAST, s.n_articles DESC LIMIT ?
"""
QUARANTINED_IN_BATCHES = """
SELECT source_path, reason FROM park.quarantine
WHERE batch_id IN (SELECT unnest(?)) ORDER BY source_path, reason
"""
PROJECT = """
SELECT r.project_id, r.name, coalesce(p.short_name, p.name) AS park, r.company, r.industry,
       round(r.industry_confidence, 2) AS industry_confidence, round(r.investment_cny / 1e8, 2) AS "investment (亿元)", r.first_seen, r.last_seen, r.latest_status
FROM park.project_registry r LEFT JOIN park.parks p USING (park_id) WHERE r.project_id = ?
"""
PROJECT_TIMELINE = """
SELECT published_date, status, phase, surface, round(investment_cny / 1e8, 2) AS "investment (亿元)",
       article_id, sent_start, sent_end, sentence
FROM park.project_events WHERE project_id = ? ORDER BY published_date NULLS LAST, article_id, sent_start
"""
# Why each mention joined the project (or started it), in timeline order.
PROJECT_LINK_REASONS = """
SELECT published_date, surface, link_reason FROM park.project_events WHERE project_id = ?
ORDER BY published_date NULLS LAST, article_id, sent_start
"""
PARK_TABLE_NAMES = ("SELECT table_name FROM information_schema.tables WHERE table_schema = 'park' "
                    "ORDER BY table_name")


def copy_to_parquet(table: str) -> str:
    """COPY one park table or view to the Parquet path given as the parameter."""
    quoted = '"' + table.replace('"', '""') + '"'
    return f"COPY (SELECT * FROM park.{quoted}) TO ? (FORMAT parquet)"


# Bench ------------------------------------------------------------------------------------------
TOP_PARKS = "SELECT * FROM park.park_summary ORDER BY total_investment_cny DESC LIMIT 20"
N_SOURCE_FILES = "SELECT count(DISTINCT source_path) FROM park.articles"


# The cluster check's PostgreSQL: a database for the Dagster instance and one for the DuckLake
# catalog, the catalog's dropped and made again before each round (a fresh warehouse).
CHECK_DATABASES = ["CREATE DATABASE dagster", "CREATE DATABASE park_lake"]
FRESH_LAKE_CATALOG = ["DROP DATABASE IF EXISTS park_lake WITH (FORCE)", "CREATE DATABASE park_lake"]


def table_fingerprint(table: str, columns: list[str]) -> str:
    """Row count and an order-free content hash of `columns` of a park table (the cluster check
    compares two warehouses with it)."""
    listed = ", ".join('"' + c.replace('"', '""') + '"' for c in columns)
    return f"SELECT count(*), coalesce(sum(hash({listed})::HUGEINT), 0) FROM park.{table}"

# Evaluation: the predictions scored against gold, per entity type ---------------------------------
ARTICLE_SOURCES = "SELECT article_id, source_path FROM park.articles"
PREDICTIONS = {
    "park_mentions": ("SELECT m.article_id, p.name, p.short_name, p.province FROM park.park_mentions m "
                      "JOIN park.parks p USING (park_id)", ("name", "short_name", "province")),
    "companies": ("SELECT article_id, name FROM park.companies", ("name",)),
    "projects": ("SELECT article_id, investment_cny, name, status FROM park.projects", ("investment_cny", "name", "status")),
    "people": ("SELECT article_id, name FROM park.people", ("name",)),
    "indicators": ("SELECT article_id, indicator, value FROM park.indicators", ("indicator", "value")),
}
# Industry agreement: every name a registry project went by on a page, with the project's industry.
REGISTRY_PROJECTS_BY_ARTICLE = """
SELECT DISTINCT p.article_id, p.name AS surface, r.project_id, r.name, r.industry, r.industry_confidence
FROM park.projects p JOIN park.project_registry r USING (project_id)
ORDER BY p.article_id, r.project_id, surface
"""
