"""Comparing an audit's findings document with a ground truth of the same shape.

Used by the benchmark (benchmarks/bench.py) to score a crawl of the simulated web against its
truth file: exact-status accuracy per deliverable, every disagreement listed.
"""

from __future__ import annotations

import statistics
from typing import Any

from analysis.domain import DELIVERABLE_KEYS

DELIVERABLES = DELIVERABLE_KEYS


def by_code(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {a["gss_code"]: a for a in doc.get("authorities", [])}


def compare(found: dict[str, Any], truth: dict[str, Any]) -> dict[str, Any]:
    """Exact-status accuracy per deliverable and crawl status, with every disagreement listed."""
    f, t = by_code(found), by_code(truth)
    common = sorted(set(f) & set(t))
    out: dict[str, Any] = {"authorities": len(common), "accuracy": {}, "misses": []}
    for key in ("crawl",) + DELIVERABLES:
        right = 0
        for code in common:
            if key == "crawl":
                got, want = f[code]["crawl"]["status"], t[code]["crawl"]["status"]
            else:
                got = f[code]["deliverables"][key]["status"]
                want = t[code]["deliverables"][key]["status"]
            if got == want:
                right += 1
            else:
                out["misses"].append({"gss_code": code, "what": key, "found": got, "truth": want})
        out["accuracy"][key] = right / len(common) if common else 0.0
    return out


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    k = (len(values) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def request_stats(found: dict[str, Any], truth: dict[str, Any] | None = None) -> dict[str, float]:
    """Requests per site (median, p90, max) and, with a truth, the ratio to the oracle count."""
    docs = found.get("authorities", [])
    reqs = [float(a["crawl"].get("requests") or 0) for a in docs]
    out = {
        "median": statistics.median(reqs) if reqs else 0.0,
        "p90": percentile(reqs, 0.9),
        "max": max(reqs, default=0.0),
        "total": sum(reqs),
    }
    if truth is not None:
        t = by_code(truth)
        ratios = []
        for a in docs:
            oracle = (t.get(a["gss_code"]) or {}).get("oracle_fetches")
            if oracle and a["crawl"]["status"] == "ok":
                ratios.append((a["crawl"].get("requests") or 0) / oracle)
        out["oracle_ratio_median"] = statistics.median(ratios) if ratios else 0.0
        out["oracle_ratio_p90"] = percentile(ratios, 0.9)
        oracles = [float((t.get(a["gss_code"]) or {}).get("oracle_fetches") or 0) for a in docs]
        out["oracle_median"] = statistics.median(oracles) if oracles else 0.0
    return out
