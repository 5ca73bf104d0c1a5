"""park_pipeline: Chinese industrial-park news -> DuckDB warehouse, orchestrated by Dagster."""
