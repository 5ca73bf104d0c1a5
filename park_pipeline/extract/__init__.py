"""EXTRACT stage: clean article text -> entity rows (parks, companies, projects, people, indicators)."""
from .article import ENTITY_TABLES, extract_article

__all__ = ["ENTITY_TABLES", "extract_article"]
