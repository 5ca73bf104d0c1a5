-- The DuckLake catalog lives in the same PostgreSQL as the Dagster instance, in its own database.
CREATE DATABASE park_lake;
