"""Public pages: the report, a filterable list of councils, self-checks and council replies."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, abort, current_app, redirect, request, send_from_directory
from sqlalchemy import select

from analysis.domain import DELIVERABLE_KEYS, STATUSES
from crawler.storage.models import Dispute, SelfCheck
from crawler.web import data
from crawler.web.app import render_page
from crawler.web.jobs import analyse_dispute, run_self_check
from crawler.web.limits import configured, limiter
from crawler.web.security import client_key, log_event
from crawler.web.sites import NotAllowed, authority_for_url, same_site

bp = Blueprint("public", __name__)

REPORT_PAGES = {
    "index.html": "National report",
    "authorities.html": "All authorities",
    "missing.html": "Who is missing what",
    "forces.html": "Police force areas",
    "trend.html": "Changes over time",
    "method.html": "How this audit works",
    "map.html": "Maps",
}
STATUS_CHOICES = STATUSES
SORTS = {
    "name": lambda a: a["name"].lower(),
    "code": lambda a: a["gss_code"],
    "region": lambda a: (a.get("region") or "", a["name"]),
    "force": lambda a: (a.get("police_force") or "", a["name"]),
}
MAX_NOTE = 2000


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


@bp.get("/")
def home() -> Any:
    return redirect("/index.html")


@bp.get("/static/<path:name>")
def static(name: str) -> Any:
    from reports.render import STATIC

    return send_from_directory(Path(STATIC), name, max_age=3600)


@bp.get("/<page>.html")
def report_page(page: str) -> str:
    from crawler.storage.reviews import agreement
    from reports.build import file_size, national_context
    from reports.export import findings_csv, findings_json
    from reports.hexmap import hex_map, states_present
    from reports.hexmap import legend as map_legend
    from reports.trend import evidence_csv
    from reports.model import DELIVERABLES, normalise

    name = f"{page}.html"
    if name not in REPORT_PAGES:
        abort(404)
    doc, history = data.documents()
    with data.database().session() as s:
        agreed = agreement(s)
    ctx = national_context(normalise(doc), history, None, agreed)
    ctx["downloads"] = [
        {
            "file": "api/runs/latest/findings",
            "format": "JSON",
            "size": file_size(findings_json(doc)),
            "what": "the full findings with all evidence, for scripts",
        },
        {
            "file": "findings.csv",
            "format": "CSV",
            "size": file_size(findings_csv(doc)),
            "what": "one row per council, with readable verdicts, evidence and a link to its page",
        },
    ]
    ctx["evidence_size"] = file_size(evidence_csv(ctx["history"]["evidence"]))
    if name == "map.html":
        maps = []
        for d in DELIVERABLES:
            svg, off_map = hex_map(
                f"map-{d.slug}", f"{d.key} {d.title}: status by district", ctx["doc"]["authorities"], d.key
            )
            maps.append(
                {
                    "deliverable": d,
                    "svg": svg,
                    "off_map": off_map,
                    "legend": map_legend(f"map-{d.slug}", states_present(ctx["doc"]["authorities"], d.key)),
                }
            )
        ctx["maps"] = maps
    return render_page(name, current=name, page_title=REPORT_PAGES[name], **ctx)


@bp.get("/findings.csv")
def findings_csv_file() -> Response:
    from reports.export import findings_csv

    doc, _ = data.documents()
    return Response(
        findings_csv(doc), mimetype="text/csv", headers={"Content-Disposition": "attachment; filename=findings.csv"}
    )


@bp.get("/la/<code>.html")
def la_page(code: str) -> str:
    from reports.build import is_simulated, la_context
    from reports.model import normalise

    doc, past = data.documents()
    normal = normalise(doc)
    entry = next((a for a in normal["authorities"] if a["gss_code"] == code), None)
    if entry is None:
        abort(404)
    prev_doc = normalise(past.previous) if past.previous is not None else None
    previous: dict[str, Any] | None = (
        next((p for p in prev_doc["authorities"] if p["gss_code"] == code), {}) if prev_doc else None
    )
    with data.database().session() as s:
        replies = s.scalars(
            select(Dispute).where(Dispute.gss_code == code).order_by(Dispute.created_at.desc()).limit(10)
        ).all()
        replies_view = [
            {"token": r.token, "state": r.state, "url": r.url, "deliverable": r.deliverable, "created_at": r.created_at}
            for r in replies
        ]
    return render_page(
        "web_la.html",
        la_codes={a["gss_code"] for a in normal["authorities"]},
        replies=replies_view,
        deliverable_keys=DELIVERABLE_KEYS,
        simulated=is_simulated(doc),
        **la_context(entry, doc["run"], previous, prev_doc["run"] if prev_doc else None),
    )


def filter_authorities(authorities: list[dict[str, Any]], args: dict[str, str]) -> list[dict[str, Any]]:
    """Authorities matching the query's filters, sorted as asked (pure; tested directly)."""
    out = authorities
    deliverable = args.get("deliverable", "")
    status = args.get("status", "")
    if deliverable in DELIVERABLE_KEYS and status in STATUS_CHOICES:
        out = [a for a in out if a["deliverables"][deliverable]["status"] == status]
    for dim in ("nation", "region", "police_force", "type"):
        want = args.get(dim, "")
        if want:
            out = [a for a in out if (a.get(dim) or "") == want]
    text = args.get("q", "").strip().lower()[:100]
    if text:
        out = [a for a in out if text in a["name"].lower() or text in a["gss_code"].lower()]
    key = SORTS.get(args.get("sort", "name"), SORTS["name"])
    return sorted(out, key=key, reverse=args.get("order") == "desc")


@bp.get("/councils")
def councils() -> str:
    doc, _ = data.documents()
    args = {k: v for k, v in request.args.items() if isinstance(v, str)}
    rows = filter_authorities(doc["authorities"], args)
    options = {
        dim: sorted({a.get(dim) for a in doc["authorities"] if a.get(dim)})
        for dim in ("nation", "region", "police_force", "type")
    }
    return render_page(
        "web_councils.html",
        page_title="Find a council",
        rows=rows,
        args=args,
        options=options,
        deliverable_keys=DELIVERABLE_KEYS,
        status_choices=STATUS_CHOICES,
        run=doc["run"],
    )


# ---------------------------------------------------------------- self-check


@bp.route("/check", methods=["GET", "POST"])
@limiter.limit(configured("check_limit"), methods=["POST"])
def check() -> Any:
    register = data.register()
    if request.method == "GET":
        return render_page(
            "web_check.html", page_title="Check a council's site", register=register, error=None, value=""
        )
    raw = (request.form.get("url") or "").strip() or (request.form.get("gss_code") or "").strip()
    authority = next((a for a in register if a.gss_code == raw), None)
    try:
        authority = authority or authority_for_url(raw, register)
    except NotAllowed as exc:
        return render_page(
            "web_check.html", page_title="Check a council's site", register=register, error=str(exc), value=raw[:500]
        ), 400
    config = current_app.extensions["cctv_config"]
    db = data.database()
    with db.session() as s:
        recent = s.scalar(
            select(SelfCheck)
            .where(SelfCheck.gss_code == authority.gss_code)
            .order_by(SelfCheck.requested_at.desc())
            .limit(1)
        )
        if recent is not None and _now() - _aware(recent.requested_at) < timedelta(seconds=config.check_cooldown_s):
            return redirect(f"/check/{recent.id}?recent=1", code=303)
        row = SelfCheck(gss_code=authority.gss_code, website=authority.website, client=client_key())
        s.add(row)
        s.flush()
        check_id = row.id
        log_event(s, "self_check", gss_code=authority.gss_code, check_id=check_id)
    current_app.extensions["cctv_jobs"].submit(
        run_self_check, config.db_url, check_id, config.proxy, config.max_check_pages, config.register
    )
    return redirect(f"/check/{check_id}", code=303)


@bp.get("/check/<int:check_id>")
def check_status(check_id: int) -> Any:
    from reports.build import la_context
    from reports.model import normalise_authority

    with data.database().session() as s:
        row = s.get(SelfCheck, check_id)
        if row is None:
            abort(404)
        view: dict[str, Any] = {
            "id": row.id,
            "gss_code": row.gss_code,
            "website": row.website,
            "state": row.state,
            "requested_at": row.requested_at,
            "started_at": row.started_at,
            "finished_at": row.finished_at,
            "error": row.error,
            "result": row.result,
        }
    ctx: dict[str, Any] = {}
    if view["state"] == "done" and view["result"]:
        ctx = la_context(normalise_authority(view["result"]["authority"]), view["result"]["run"])
    elapsed = int((_now() - _aware(view["requested_at"])).total_seconds())
    ctx["page_title"] = f"Self-check of {ctx['a']['name']}" if ctx else "Self-check"
    return render_page(
        "web_check_status.html", check=view, elapsed=elapsed, recent=request.args.get("recent") == "1", **ctx
    )


# ---------------------------------------------------------------- a council's reply


@bp.post("/la/<code>/dispute")
@limiter.limit(configured("dispute_limit"))
def dispute(code: str) -> Any:
    authority = next((a for a in data.register() if a.gss_code == code), None)
    if authority is None:
        abort(404)
    url = (request.form.get("url") or "").strip()
    note = (request.form.get("note") or "").strip()
    deliverable = request.form.get("deliverable") or None
    problem = None
    if deliverable is not None and deliverable not in DELIVERABLE_KEYS:
        problem = "choose which finding you are replying to"
    elif len(note) > MAX_NOTE:
        problem = f"the note is longer than {MAX_NOTE} characters"
    elif any(ord(c) < 32 and c not in "\r\n\t" for c in note):
        problem = "the note contains control characters"
    elif not same_site(url, authority):
        problem = f"give the address of a page on {authority.name}'s own website"
    if problem:
        return render_page(
            "web_error.html",
            page_title="Your reply was not sent",
            message=f"Your reply was not sent: {problem}.",
            back=f"/la/{code}.html",
        ), 400
    if "://" not in url:
        url = "https://" + url
    config = current_app.extensions["cctv_config"]
    doc, _ = data.documents()
    with data.database().session() as s:
        row = Dispute(
            token=secrets.token_urlsafe(24),
            gss_code=code,
            run_id=doc["run"]["id"],
            deliverable=deliverable,
            url=url,
            note=note,
        )
        s.add(row)
        s.flush()
        dispute_id, token = row.id, row.token
        log_event(s, "dispute", gss_code=code, dispute_id=dispute_id, deliverable=deliverable)
    current_app.extensions["cctv_jobs"].submit(
        analyse_dispute, config.db_url, dispute_id, config.proxy, config.register
    )
    return redirect(f"/disputes/{token}", code=303)


@bp.get("/disputes/<token>")
def dispute_status(token: str) -> str:
    with data.database().session() as s:
        row = s.scalar(select(Dispute).where(Dispute.token == token[:64]))
        if row is None:
            abort(404)
        view = {
            "gss_code": row.gss_code,
            "url": row.url,
            "note": row.note,
            "state": row.state,
            "deliverable": row.deliverable,
            "created_at": row.created_at,
            "resolution": row.resolution,
            "resolved_at": row.resolved_at,
            "signals": (row.analysis or {}).get("signals"),
            "error": row.error,
        }
    return render_page("web_dispute.html", page_title="Your reply", dispute=view)
