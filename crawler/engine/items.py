"""What the spider hands to the pipelines: one item per fetched page, one per finished site."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class SnapshotItem:
    """A fetched page or document with its analysis (analysis.page.PageAnalysis.to_dict())."""

    gss_code: str
    url: str
    status: int
    content_type: str | None
    kind: str
    fetched_at: str
    body: bytes
    truncated: bool = False
    analysis: dict[str, Any] | None = None
    error: str | None = None


@dataclass
class SiteResultItem:
    """One LA finished: crawl facts and the assessment of every deliverable."""

    gss_code: str
    status: str
    error: str | None
    stop_reason: str
    pages_fetched: int
    documents_fetched: int
    requests: int
    errors: int
    bytes_received: int
    started_at: str | None
    finished_at: str
    deliverables: dict[str, Any] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)
