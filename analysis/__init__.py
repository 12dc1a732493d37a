"""Pure analysis: page/document text -> findings -> verdicts, plus link scoring for the spider.

Imports nothing of crawler/, spiders/, reports/ and no Scrapy or database: everything here can
be tested on a string. See docs/interfaces.md for the seams.

The names below load their module on first use, so importing the domain's facts
(analysis.domain, which the reports and the storage layer read) does not load the detectors.
"""

from __future__ import annotations

import importlib
from typing import Any

_HOME = {
    "MET_CRITERIA_THRESHOLD": "assess",
    "assess": "assess",
    "settled": "assess",
    "AuthorityContext": "context",
    "SEARCH_TERMS": "links",
    "looks_like_document": "links",
    "score_link": "links",
    "Finding": "page",
    "PageAnalysis": "page",
    "analyse": "page",
    "Document": "text",
    "Image": "text",
    "Link": "text",
    "extract": "text",
}

__all__ = [
    "AuthorityContext",
    "Document",
    "Link",
    "Image",
    "extract",
    "Finding",
    "PageAnalysis",
    "analyse",
    "score_link",
    "SEARCH_TERMS",
    "looks_like_document",
    "assess",
    "settled",
    "MET_CRITERIA_THRESHOLD",
]


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
