"""Views for the questions analysts ask every day, so they need not write the joins themselves.

Applied on every writer connection right after the tables exist, so they travel with the
published copy. Like the aggregates, they leave out stories whose `duplicate_of` is set.
"""

VIEW_STATEMENTS = [
    # How many projects each park has at each stage, and how much money they announce.
    """CREATE OR REPLACE VIEW park.v_projects_by_park_status AS
SELECT j.park_id, p.name AS park, p.province, j.status,
       count(*) AS n_projects, sum(j.investment_cny) AS investment_cny
FROM park.projects j
JOIN park.articles a ON a.article_id = j.article_id AND a.duplicate_of IS NULL
LEFT JOIN park.parks p ON p.park_id = j.park_id
GROUP BY ALL
ORDER BY park, status""",
    # Announced investment per province and month of publication.
    """CREATE OR REPLACE VIEW park.v_investment_by_province_month AS
SELECT p.province, date_trunc('month', a.published_date)::DATE AS month,
       count(*) AS n_projects, sum(j.investment_cny) AS investment_cny
FROM park.projects j
JOIN park.articles a ON a.article_id = j.article_id AND a.duplicate_of IS NULL
LEFT JOIN park.parks p ON p.park_id = j.park_id
GROUP BY ALL
ORDER BY month, province""",
    # Distinct companies named in each park's stories.
    """CREATE OR REPLACE VIEW park.v_companies_per_park AS
SELECT c.park_id, p.name AS park, p.province, count(DISTINCT c.name) AS n_companies,
       string_agg(DISTINCT c.name, '、' ORDER BY c.name) AS companies
FROM park.companies c
JOIN park.articles a ON a.article_id = c.article_id AND a.duplicate_of IS NULL
LEFT JOIN park.parks p ON p.park_id = c.park_id
WHERE c.park_id IS NOT NULL
GROUP BY ALL
ORDER BY n_companies DESC, park""",
    # The latest stories first, with the parks they mention.
    """CREATE OR REPLACE VIEW park.v_newest_stories AS
SELECT a.article_id, a.published_date, a.title, a.source_name, a.source_path,
       string_agg(DISTINCT p.name, '、' ORDER BY p.name) AS parks
FROM park.articles a
LEFT JOIN park.park_mentions m ON m.article_id = a.article_id
LEFT JOIN park.parks p ON p.park_id = m.park_id
WHERE a.duplicate_of IS NULL
GROUP BY ALL
ORDER BY a.published_date DESC NULLS LAST, a.article_id""",
    # The latest projects first, with their park, amount and evidence sentence.
    """CREATE OR REPLACE VIEW park.v_newest_projects AS
SELECT a.published_date, p.name AS park, j.name AS project, j.status, j.investment_cny,
       j.sentence, j.article_id
FROM park.projects j
JOIN park.articles a ON a.article_id = j.article_id AND a.duplicate_of IS NULL
LEFT JOIN park.parks p ON p.park_id = j.park_id
ORDER BY a.published_date DESC NULLS LAST, j.investment_cny DESC NULLS LAST""",
    # One park's life over time: stories and projects per month of publication.
    """CREATE OR REPLACE VIEW park.v_park_timeline AS
WITH live AS (
    SELECT article_id, date_trunc('month', published_date)::DATE AS month FROM park.articles
    WHERE duplicate_of IS NULL AND published_date IS NOT NULL
), stories AS (
    SELECT m.park_id, l.month, count(DISTINCT m.article_id) AS n_articles
    FROM park.park_mentions m JOIN live l USING (article_id) GROUP BY ALL
), projects AS (
    SELECT j.park_id, l.month, count(*) AS n_projects, sum(j.investment_cny) AS investment_cny
    FROM park.projects j JOIN live l USING (article_id) WHERE j.park_id IS NOT NULL GROUP BY ALL
)
SELECT park_id, p.name AS park, month, coalesce(s.n_articles, 0) AS n_articles,
       coalesce(j.n_projects, 0) AS n_projects, coalesce(j.investment_cny, 0) AS investment_cny
FROM stories s FULL JOIN projects j USING (park_id, month)
LEFT JOIN park.parks p USING (park_id)
ORDER BY park, month""",
    # Projects whose signing was reported in 2023 and that no story has yet reported as started.
    """CREATE OR REPLACE VIEW park.v_signed_2023_not_started AS
SELECT r.project_id, r.name AS project, p.name AS park, r.company, r.industry, r.investment_cny,
       s.signed_on, r.latest_status, r.last_seen
FROM park.project_registry r
JOIN (SELECT project_id, min(published_date) AS signed_on FROM park.project_events
      WHERE status = '签约' GROUP BY project_id) s USING (project_id)
LEFT JOIN park.parks p ON p.park_id = r.park_id
WHERE year(s.signed_on) = 2023
  AND NOT EXISTS (SELECT 1 FROM park.project_events e
                  WHERE e.project_id = r.project_id AND e.status IN ('开工', '在建', '竣工', '投产'))
ORDER BY s.signed_on, r.project_id""",
    # Signed investment per park, quarter of the (first) signing story and industry: the amount
    # the signing story gave, else the project's latest known amount.
    """CREATE OR REPLACE VIEW park.v_signed_investment_by_quarter AS
WITH signed AS (
    SELECT project_id, min(published_date) AS signed_on,
           arg_min(investment_cny, published_date) FILTER (investment_cny IS NOT NULL) AS signed_cny
    FROM park.project_events WHERE status = '签约' AND published_date IS NOT NULL GROUP BY project_id
)
SELECT r.park_id, p.name AS park, year(s.signed_on) || '-Q' || quarter(s.signed_on) AS quarter,
       r.industry, count(*) AS n_projects,
       sum(coalesce(s.signed_cny, r.investment_cny)) AS signed_investment_cny
FROM park.project_registry r JOIN signed s USING (project_id)
LEFT JOIN park.parks p ON p.park_id = r.park_id
GROUP BY ALL
ORDER BY park, quarter, signed_investment_cny DESC NULLS LAST""",
]
