"""The JSON API for scripts: runs, councils and findings in the CONTRACT's shapes."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, jsonify
from sqlalchemy import select

from crawler.storage.models import Run
from crawler.storage.runs import iso
from crawler.web import data

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/runs")
def runs() -> Any:
    with data.database().session() as s:
        rows = s.scalars(select(Run).order_by(Run.id)).all()
        out = [
            {
                "id": r.id,
                "label": r.label,
                "state": r.state,
                "started_at": iso(r.started_at),
                "finished_at": iso(r.finished_at),
            }
            for r in rows
        ]
    return jsonify({"runs": out})


@bp.get("/runs/<run>/findings")
def findings(run: str) -> Any:
    """findings.json of a run ("latest" or its id), reviewed statuses applied."""
    if run != "latest" and not run.isdigit():
        abort(404)
    doc, _ = data.documents(None if run == "latest" else int(run))
    return jsonify(doc)


@bp.get("/councils")
def councils() -> Any:
    doc, _ = data.documents()
    out = [
        {
            "gss_code": a["gss_code"],
            "name": a["name"],
            "website": a["website"],
            "nation": a.get("nation"),
            "region": a.get("region"),
            "type": a.get("type"),
            "police_force": a.get("police_force"),
            "status": {k: d["status"] for k, d in a["deliverables"].items()},
        }
        for a in doc["authorities"]
    ]
    return jsonify({"run": doc["run"], "councils": out})


@bp.get("/councils/<gss_code>")
def council(gss_code: str) -> Any:
    doc, _ = data.documents()
    return jsonify({"run": doc["run"], "authority": data.authority_entry(gss_code[:16])})
