"""The findings the pages show: the latest finished run (or a chosen one), reviews applied."""

from __future__ import annotations

from typing import Any

from flask import abort, current_app, g
from sqlalchemy import func, select

from crawler.runner.export import build_document
from crawler.runner.history import load_past
from crawler.register import Authority, load_register
from crawler.storage import Database
from crawler.storage.models import Review, Run
from crawler.storage.runs import get_run
from crawler.errors import UserError
from reports.history import Past

_CACHE: dict[str, Any] = {}


def database() -> Database:
    return current_app.extensions["cctv_db"]


def register() -> list[Authority]:
    """The register the app serves (the shipped one unless `serve --register` named another)."""
    path = current_app.extensions["cctv_config"].register
    key = f"register:{path}"
    if key not in _CACHE:
        _CACHE[key] = load_register(path)
    return _CACHE[key]


def latest_run_id() -> int | None:
    with database().session() as s:
        return s.scalar(select(func.max(Run.id)).where(Run.state == "finished"))


def documents(run_id: int | None = None) -> tuple[dict[str, Any], Past]:
    """(findings document with reviews applied, what the pages need of earlier runs), cached.

    The earlier runs come as their stored summaries plus the previous run's document
    (crawler.runner.history), so a page costs the same after one run or a hundred. The cache
    key holds the run and the newest review, so a review shows at once.
    """
    if "docs" in g:
        return g.docs
    with database().session() as s:
        try:
            run = get_run(s, run_id)
        except UserError:
            abort(404)
        newest_review = s.scalar(select(func.max(Review.id))) or 0
        key = f"{current_app.extensions['cctv_config'].db_url}:{run.id}:{newest_review}"
        if _CACHE.get("docs_key") != key:
            doc = build_document(s, run)
            _CACHE["docs_key"], _CACHE["docs"] = key, (doc, load_past(s, run))
    g.docs = _CACHE["docs"]
    return g.docs


def authority_entry(gss_code: str, run_id: int | None = None) -> dict[str, Any]:
    doc, _ = documents(run_id)
    for a in doc["authorities"]:
        if a["gss_code"] == gss_code:
            return a
    abort(404)
