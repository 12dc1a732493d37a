"""Helpers for tests that audit the simulated web: a server, a truth, a sample of LAs."""

from __future__ import annotations

import copy
import functools
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


@functools.lru_cache(maxsize=1)
def _default_truth() -> dict[str, Any]:
    from fixtures.simweb import DEFAULT_SEED
    from fixtures.simweb.model import build_web
    from fixtures.simweb.truth import build_truth

    return build_truth(build_web(DEFAULT_SEED))


def default_truth() -> dict[str, Any]:
    """The truth of the default simulated web (seed and register as shipped), built once per test
    process: it is pure data and costs seconds of CPU, so modules that serve their own fresh
    ``build_web(DEFAULT_SEED)`` share it; each caller gets its own copy to read or change."""
    return copy.deepcopy(_default_truth())
