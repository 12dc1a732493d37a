"""Pure analysis: page/document text -> findings -> verdicts, plus link scoring for the spider.

Imports nothing of crawler/, spiders/, reports/ and no Scrapy or database: everything here can
be tested on a string. See docs/interfaces.md for the seams.
"""
from .assess import MET_CRITERIA_THRESHOLD, assess, settled
from .context import AuthorityContext
from .links import SEARCH_TERMS, looks_like_document, score_link
from .page import Finding, PageAnalysis, analyse
from .text import Document, Image, Link, extract

__all__ = [
    "AuthorityContext", "Document", "Link", "Image", "extract", "Finding", "PageAnalysis", "analyse",
    "score_link", "SEARCH_TERMS", "looks_like_document", "assess", "settled", "MET_CRITERIA_THRESHOLD",
]
