"""The schema: typed SQLAlchemy 2 models.

Runs are append-only history: a new audit adds a run and its rows, it never rewrites an older
run. Snapshot bodies are content-addressed (sha256) so an unchanged page costs one row per run,
not one body per run.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


RUN_STATES = ("running", "finished", "failed", "interrupted")
SITE_STATES = ("pending", "running", "ok", "unreachable", "robots_blocked", "error")


class Authority(Base):
    """A local authority as last seen in a register."""

    __tablename__ = "authority"

    id: Mapped[int] = mapped_column(primary_key=True)
    gss_code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    website: Mapped[str] = mapped_column(String(500))
    nation: Mapped[str | None] = mapped_column(String(40))
    type: Mapped[str | None] = mapped_column(String(80))
    region: Mapped[str | None] = mapped_column(String(80))
    police_force: Mapped[str | None] = mapped_column(String(120))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Run(Base):
    """One audit: when, how it was configured, by which code, and how it ended."""

    __tablename__ = "run"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str | None] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(16), default="running")
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    code_version: Mapped[str] = mapped_column(String(40))
    register: Mapped[str | None] = mapped_column(String(500))
    pid: Mapped[int | None] = mapped_column(Integer)
    hostname: Mapped[str | None] = mapped_column(String(200))
    error: Mapped[str | None] = mapped_column(Text)

    sites: Mapped[list[SiteCrawl]] = relationship(back_populates="run", order_by="SiteCrawl.id")


class SiteCrawl(Base):
    """One LA in one run: its crawl status, counts and why it stopped."""

    __tablename__ = "site_crawl"
    __table_args__ = (UniqueConstraint("run_id", "authority_id", name="uq_site_crawl_run_authority"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("run.id", ondelete="CASCADE"), index=True)
    authority_id: Mapped[int] = mapped_column(ForeignKey("authority.id"))
    website: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    error: Mapped[str | None] = mapped_column(Text)
    stop_reason: Mapped[str | None] = mapped_column(String(40))
    pages_fetched: Mapped[int] = mapped_column(Integer, default=0)
    documents_fetched: Mapped[int] = mapped_column(Integer, default=0)
    requests: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    bytes_received: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    run: Mapped[Run] = relationship(back_populates="sites")
    authority: Mapped[Authority] = relationship()


class SnapshotBody(Base):
    """A distinct response body, compressed, stored once however many runs fetch it."""

    __tablename__ = "snapshot_body"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    compression: Mapped[str] = mapped_column(String(16), default="zlib")
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Snapshot(Base):
    """One fetch of one URL in one run."""

    __tablename__ = "snapshot"
    __table_args__ = (Index("ix_snapshot_run_url", "run_id", "url"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("run.id", ondelete="CASCADE"), index=True)
    site_crawl_id: Mapped[int] = mapped_column(ForeignKey("site_crawl.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(Text)
    status: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16), default="html")
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    body_id: Mapped[int | None] = mapped_column(ForeignKey("snapshot_body.id"))
    truncated: Mapped[bool] = mapped_column(Boolean, default=False)
    error: Mapped[str | None] = mapped_column(Text)

    body: Mapped[SnapshotBody | None] = relationship()


class PageAnalysisRow(Base):
    """The analysis of one snapshot (analysis.page.PageAnalysis as JSON), input to assessment."""

    __tablename__ = "page_analysis"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("run.id", ondelete="CASCADE"), index=True)
    site_crawl_id: Mapped[int] = mapped_column(ForeignKey("site_crawl.id", ondelete="CASCADE"), index=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("snapshot.id", ondelete="CASCADE"), unique=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class Finding(Base):
    """Retired: findings written by versions before the layout change, never read.

    A page's findings live in its page_analysis row and a verdict's evidence in its assessment;
    this table repeated both. Nothing writes it now; the migration that drops it follows the
    other pending schema changes (docs/architecture.md, "Where findings live").
    """

    __tablename__ = "finding"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("run.id", ondelete="CASCADE"), index=True)
    site_crawl_id: Mapped[int] = mapped_column(ForeignKey("site_crawl.id", ondelete="CASCADE"), index=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("snapshot.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(40))
    deliverable: Mapped[str | None] = mapped_column(String(8))
    quote: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Assessment(Base):
    """The verdict on one deliverable for one LA in one run, with its evidence."""

    __tablename__ = "assessment"
    __table_args__ = (
        UniqueConstraint("run_id", "authority_id", "deliverable", name="uq_assessment_run_authority_deliverable"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("run.id", ondelete="CASCADE"), index=True)
    authority_id: Mapped[int] = mapped_column(ForeignKey("authority.id"))
    site_crawl_id: Mapped[int] = mapped_column(ForeignKey("site_crawl.id", ondelete="CASCADE"))
    deliverable: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16))
    score: Mapped[float | None] = mapped_column(Float)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)


class RunSummary(Base):
    """What the trend keeps of one finished run (reports.history.summarise), stored once.

    A report reads these instead of rebuilding every earlier run's findings document.
    ``mark`` records the rows the summary was computed from (the run's assessments and the
    reviews that can apply to it, crawler.runner.history.run_marks): when it no longer
    matches, the summary is stale and is computed again. ``in_ledger``: the run's evidence
    sightings are folded into the evidence_ledger table.
    """

    __tablename__ = "run_summary"

    run_id: Mapped[int] = mapped_column(ForeignKey("run.id", ondelete="CASCADE"), primary_key=True)
    mark: Mapped[str] = mapped_column(String(200))
    in_ledger: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class EvidenceLedger(Base):
    """One evidence address of one LA over every finished run: first and last seen, how often.

    Kept incrementally (one fold per finished run, crawler.runner.history) so the trend's
    evidence table costs the addresses ever cited, not the runs times their evidence.
    """

    __tablename__ = "evidence_ledger"

    id: Mapped[int] = mapped_column(primary_key=True)
    gss_code: Mapped[str] = mapped_column(String(16), index=True)
    url: Mapped[str] = mapped_column(Text)
    deliverables: Mapped[list[Any]] = mapped_column(JSON)
    first_seen_run: Mapped[int | None] = mapped_column(Integer)
    first_seen: Mapped[str | None] = mapped_column(Text)
    last_seen_run: Mapped[int | None] = mapped_column(Integer)
    last_seen: Mapped[str | None] = mapped_column(Text)
    runs_seen: Mapped[int] = mapped_column(Integer, default=0)


# ---------------------------------------------------------------- the web application's records
# Kept apart from the audit's own tables: a review or a self-check never rewrites a run.

ROLES = ("reviewer", "admin")


class User(Base):
    """A reviewer or administrator of the web application (created by `cctv-audit users add`)."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Review(Base):
    """A person's decision on one machine verdict: append-only, never edited or deleted.

    ``fingerprint`` hashes the evidence the verdict rested on (URLs and body hashes), so the
    review carries over to a later run only while that evidence is unchanged.
    """

    __tablename__ = "review"
    __table_args__ = (Index("ix_review_authority_deliverable", "authority_id", "deliverable"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("run.id", ondelete="CASCADE"), index=True)
    authority_id: Mapped[int] = mapped_column(ForeignKey("authority.id"))
    deliverable: Mapped[str] = mapped_column(String(8))
    action: Mapped[str] = mapped_column(String(16))  # confirm | override
    from_status: Mapped[str] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    evidence_url: Mapped[str | None] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(64))
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    reviewer: Mapped[User] = relationship()


class AuditEvent(Base):
    """The web application's audit log: sign-ins (good and bad), reviews, disputes, checks."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str | None] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40))
    client: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SelfCheck(Base):
    """One on-demand check of one council's site, kept apart from the official runs."""

    __tablename__ = "self_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    gss_code: Mapped[str] = mapped_column(String(16), index=True)
    website: Mapped[str] = mapped_column(String(500))
    state: Mapped[str] = mapped_column(String(16), default="queued")  # queued | running | done | failed
    client: Mapped[str | None] = mapped_column(String(64))
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    error: Mapped[str | None] = mapped_column(Text)


class Dispute(Base):
    """A council's reply to a finding: a page on its own site and a note, analysed on arrival."""

    __tablename__ = "dispute"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(48), unique=True)
    gss_code: Mapped[str] = mapped_column(String(16), index=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("run.id", ondelete="SET NULL"))
    deliverable: Mapped[str | None] = mapped_column(String(8))
    url: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default="received")  # received | analysed | fetch_failed | resolved
    analysis: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    resolved_by: Mapped[str | None] = mapped_column(String(80))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    resolution: Mapped[str | None] = mapped_column(Text)
