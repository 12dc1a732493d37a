"""Signing in, and the reviewers' queue: confirm or override each machine verdict."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, abort, redirect, request
from flask_login import current_user, login_user, logout_user
from sqlalchemy import select

from crawler.register import check_website
from crawler.storage.models import Dispute, User
from crawler.storage.reviews import STATUSES, Verdict, applies, latest_reviews, record_review, verdicts
from crawler.storage.runs import get_run
from crawler.web import data
from crawler.web.app import render_page
from crawler.web.limits import configured, limiter
from crawler.web.security import SignedIn, authenticate, log_event, role_required

bp = Blueprint("review", __name__)
REVIEWERS = ("reviewer", "admin")
MAX_REASON = 2000


def safe_next(target: str | None) -> str:
    """Only a path on this site: never another host, scheme or protocol-relative URL."""
    if not target or len(target) > 500:
        return "/review"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/review"
    return target


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(configured("login_limit"), methods=["POST"])
def login() -> Any:
    nxt = safe_next(request.values.get("next"))
    if request.method == "GET":
        return render_page("web_login.html", page_title="Sign in", next=nxt, error=None)
    name = (request.form.get("name") or "")[:80]
    password = request.form.get("password") or ""
    with data.database().session() as s:
        user = authenticate(s, name, password)
        log_event(s, "sign_in" if user else "sign_in_failed", actor=name or None)
        signed = SignedIn(user) if user else None
    if signed is None:
        return render_page(
            "web_login.html", page_title="Sign in", next=nxt, error="The name or password is not right."
        ), 401
    login_user(signed)
    return redirect(nxt, code=303)


@bp.post("/logout")
def logout() -> Any:
    if current_user.is_authenticated:
        with data.database().session() as s:
            log_event(s, "sign_out", actor=current_user.name)
    logout_user()
    return redirect("/index.html", code=303)


def _priority(v: Verdict, reviewed: bool, lapsed: bool) -> tuple:
    """Needs-review verdicts first, then lapsed reviews, then weak confidence, then the rest."""
    d = v.detail
    return (
        reviewed,
        not d.get("needs_review", False),
        not lapsed,
        {"low": 0, "medium": 1}.get(str(d.get("confidence")), 2),
        v.gss_code,
        v.deliverable,
    )


@bp.get("/review")
@role_required(*REVIEWERS)
def queue() -> str:
    run_id = data.latest_run_id()
    if run_id is None:
        return render_page(
            "web_queue.html",
            page_title="Review queue",
            items=[],
            run=None,
            disputes=[],
            show=request.args.get("show", "open"),
        )
    show = request.args.get("show", "open")
    with data.database().session() as s:
        run = get_run(s, run_id)
        latest = latest_reviews(s, run)
        items: list[dict[str, Any]] = []
        for v in verdicts(s, run):
            review = latest.get((v.authority_id, v.deliverable))
            reviewed = applies(review, v)
            lapsed = review is not None and not reviewed
            if show == "open" and reviewed:
                continue
            items.append(
                {
                    "v": v,
                    "reviewed": reviewed,
                    "lapsed": lapsed,
                    "key": _priority(v, reviewed, lapsed),
                    "review_to": review.to_status if reviewed and review else None,
                }
            )
        items.sort(key=lambda i: i["key"])
        disputes = s.scalars(select(Dispute).where(Dispute.state != "resolved").order_by(Dispute.created_at)).all()
        dispute_view = [
            {
                "id": d.id,
                "gss_code": d.gss_code,
                "url": d.url,
                "note": d.note,
                "state": d.state,
                "deliverable": d.deliverable,
                "signals": (d.analysis or {}).get("signals"),
                "created_at": d.created_at,
                "error": d.error,
            }
            for d in disputes
        ]
        run_view = {"id": run.id, "label": run.label}
    return render_page(
        "web_queue.html",
        page_title="Review queue",
        items=items[:500],
        total=len(items),
        run=run_view,
        disputes=dispute_view,
        show=show,
    )


def _verdict(gss_code: str, deliverable: str) -> tuple[Any, Verdict]:
    run_id = data.latest_run_id()
    if run_id is None:
        abort(404)
    with data.database().session() as s:
        run = get_run(s, run_id)
        found = [v for v in verdicts(s, run, gss_code) if v.deliverable == deliverable]
    if not found:
        abort(404)
    return run, found[0]


@bp.route("/review/<gss_code>/<deliverable>", methods=["GET", "POST"])
@role_required(*REVIEWERS)
def verdict(gss_code: str, deliverable: str) -> Any:
    run, v = _verdict(gss_code[:16], deliverable[:8])
    error = None
    if request.method == "POST":
        action = request.form.get("action", "")
        to_status = request.form.get("to_status") or None
        reason = (request.form.get("reason") or "").strip()
        evidence_url = (request.form.get("evidence_url") or "").strip() or None
        if len(reason) > MAX_REASON:
            error = f"the reason is longer than {MAX_REASON} characters"
        elif evidence_url and check_website(evidence_url):
            error = "the evidence must be an http(s) web address"
        elif action == "override" and not evidence_url:
            error = "an override needs the evidence URL it relies on"
        else:
            with data.database().session() as s:
                user = s.get(User, int(current_user.id))
                if user is None:
                    abort(403)
                try:
                    review = record_review(s, v, user, action, to_status, reason, evidence_url)
                except ValueError as exc:
                    error = str(exc)
                else:
                    log_event(
                        s,
                        "review",
                        actor=user.name,
                        run_id=v.run_id,
                        gss_code=v.gss_code,
                        deliverable=v.deliverable,
                        review_action=action,
                        to_status=review.to_status,
                    )
        if error is None:
            return redirect("/review", code=303)
    with data.database().session() as s:
        last = latest_reviews(s, get_run(s, run.id)).get((v.authority_id, v.deliverable))
        history = (
            {
                "to": last.to_status,
                "action": last.action,
                "reason": last.reason,
                "at": last.created_at,
                "by": last.reviewer.name,
                "applies": applies(last, v),
            }
            if last
            else None
        )
    evidence = [
        {
            "url": e.get("url"),
            "quote": e.get("quote"),
            "fetched_at": e.get("fetched_at"),
            "criteria": [str(c) for c in e.get("criteria") or []],
            "secondary": bool(e.get("secondary")),
        }
        for e in v.detail.get("evidence") or []
        if isinstance(e, dict)
    ]
    return render_page(
        "web_verdict.html",
        page_title=f"Review {v.name} {v.deliverable}",
        v=v,
        evidence=evidence,
        statuses=STATUSES,
        error=error,
        last=history,
    ), (400 if error else 200)


@bp.post("/review/disputes/<int:dispute_id>")
@role_required(*REVIEWERS)
def resolve_dispute(dispute_id: int) -> Any:
    resolution = (request.form.get("resolution") or "").strip()[:MAX_REASON]
    if not resolution:
        return render_page(
            "web_error.html", page_title="Not resolved", message="Say how the reply was resolved.", back="/review"
        ), 400
    with data.database().session() as s:
        row = s.get(Dispute, dispute_id)
        if row is None:
            abort(404)
        row.state, row.resolution = "resolved", resolution
        row.resolved_by, row.resolved_at = current_user.name, datetime.now(timezone.utc)
        log_event(s, "dispute_resolved", actor=current_user.name, dispute_id=dispute_id)
    return redirect("/review", code=303)
