"""Helpers for tests that audit the simulated web: a server, a truth, a sample of LAs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from analysis.domain import DELIVERABLE_KEYS

DELIVERABLES = DELIVERABLE_KEYS


def pick_sample(truth: dict[str, Any], per_variant: int = 1, limit: int = 40) -> list[str]:
    """GSS codes covering every style, every crawl status and every status of every deliverable."""
    chosen: list[str] = []
    covered: set[tuple[str, str]] = set()
    for a in truth["authorities"]:
        keys = {("style", a.get("style", "?")), ("crawl", a["crawl"]["status"])}
        keys |= {(d, a["deliverables"][d]["status"]) for d in DELIVERABLES}
        keys |= {("fault", str(f).split(":")[0]) for f in a.get("faults", [])}
        if keys - covered:
            chosen.append(a["gss_code"])
            covered |= keys
        if len(chosen) >= limit:
            break
    return chosen


def export_doc(cli: Any, db_url: str) -> dict[str, Any]:
    proc = cli("export", "--db", db_url, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def audit_args(register: Path, db_url: str, proxy: str, only: list[str], budget: int = 60) -> list[str]:
    return [
        "audit",
        "--register",
        str(register),
        "--db",
        db_url,
        "--proxy",
        proxy,
        "--quiet",
        "--max-pages-per-site",
        str(budget),
        "--only",
        *only,
    ]
