"""Savoir's matcher: retrieval, fusion and ranking of people, threads and communities.

Importing this package is cheap: models, spaCy and faiss load on first use.
"""
from .api import Savoir
from indexer.settings import Settings, load_settings
from .types import CommunityHit, Evidence, Expert, ItemHit, SearchError, SearchResponse

__all__ = ["Savoir", "Settings", "load_settings", "SearchError", "SearchResponse", "Expert", "ItemHit",
           "CommunityHit", "Evidence"]
