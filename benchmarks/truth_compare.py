"""Accuracy against the simulated web's truth, broken down as issue 10 asks: per deliverable, per
5.1 criterion, and per site structure ("variant") the truth records in ``sim.tags``.

Pure functions over two findings documents (the audit's export and the truth), so the bench, the
tests and anyone with a findings.json can compute the same figures.
"""

from __future__ import annotations

import statistics
from collections import Counter
from typing import Any

from analysis.domain import DELIVERABLE_KEYS
from crawler.runner.evaluate import percentile

DELIVERABLES = DELIVERABLE_KEYS
BASE = "(no issue-10 variant)"


def _by_code(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {a["gss_code"]: a for a in doc.get("authorities", [])}


def _status(a: dict[str, Any], key: str) -> str | None:
    return ((a.get("deliverables") or {}).get(key) or {}).get("status")


def _prf(tp: int, fp: int, fn: int, tn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n = tp + fp + fn + tn
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": (tp + tn) / n if n else 0.0,
    }


def criteria_scores(found: dict[str, Any], truth: dict[str, Any]) -> dict[str, dict[str, float | int]]:
    """Per 5.1 criterion (and "all" pooled): precision, recall, F1 and accuracy over the sites whose
    truth crawl status is ok and that the audit assessed."""
    f, t = _by_code(found), _by_code(truth)
    counts: dict[str, Counter] = {}
    for code, want in t.items():
        got = f.get(code)
        if got is None or want["crawl"]["status"] != "ok":
            continue
        wc = want["deliverables"]["5.1"]["criteria"]
        gc = ((got.get("deliverables") or {}).get("5.1") or {}).get("criteria") or {}
        for key, truth_value in wc.items():
            c = counts.setdefault(key, Counter())
            got_value = bool(gc.get(key))
            c["tp" if got_value and truth_value else "fp" if got_value else "fn" if truth_value else "tn"] += 1
    out = {k: _prf(c["tp"], c["fp"], c["fn"], c["tn"]) for k, c in sorted(counts.items())}
    pooled = Counter()
    for c in counts.values():
        pooled.update(c)
    out["all"] = _prf(pooled["tp"], pooled["fp"], pooled["fn"], pooled["tn"])
    return out


def variant_scores(found: dict[str, Any], truth: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per variant tag: how many sites carry it and the exact-status accuracy per deliverable there
    (with the disagreements), plus a "(no issue-10 variant)" row for the plain sites."""
    f, t = _by_code(found), _by_code(truth)
    groups: dict[str, list[str]] = {}
    for code, want in t.items():
        if code not in f or want["crawl"]["status"] != "ok":
            continue
        for tag in (want.get("sim") or {}).get("tags") or [BASE]:
            groups.setdefault(tag, []).append(code)
    out: dict[str, dict[str, Any]] = {}
    for tag, codes in sorted(groups.items()):
        row: dict[str, Any] = {"sites": len(codes), "accuracy": {}, "misses": []}
        for key in DELIVERABLES:
            right = 0
            for code in codes:
                got, want = _status(f[code], key), _status(t[code], key)
                if got == want:
                    right += 1
                else:
                    row["misses"].append({"gss_code": code, "what": key, "found": got, "truth": want})
            row["accuracy"][key] = right / len(codes)
        crit = criteria_scores({"authorities": [f[c] for c in codes]}, {"authorities": [t[c] for c in codes]})
        row["criteria_f1"] = crit["all"]["f1"]
        row["requests"] = requests_of([f[c] for c in codes], [t[c] for c in codes])
        out[tag] = row
    return out


def requests_of(found: list[dict[str, Any]], truth: list[dict[str, Any]]) -> dict[str, float]:
    """Requests per site (median, p90, max) and requests / oracle_fetches (median, p90) for a group."""
    reqs = [float((a.get("crawl") or {}).get("requests") or 0) for a in found]
    ratios = [
        float((a.get("crawl") or {}).get("requests") or 0) / w["oracle_fetches"]
        for a, w in zip(found, truth)
        if w.get("oracle_fetches")
    ]
    return {
        "median": statistics.median(reqs) if reqs else 0.0,
        "p90": percentile(reqs, 0.9),
        "max": max(reqs, default=0.0),
        "oracle_ratio_median": statistics.median(ratios) if ratios else 0.0,
        "oracle_ratio_p90": percentile(ratios, 0.9),
    }


def review_agreement(found: dict[str, Any], truth: dict[str, Any]) -> dict[str, float | int]:
    """Of the verdicts the truth marks as resting on weak evidence (``sim.expected_strength``), how
    many the audit flagged ``needs_review`` (the field of the shared contract; absent counts as no)."""
    f, t = _by_code(found), _by_code(truth)
    weak = flagged = 0
    for code, want in t.items():
        got = f.get(code)
        if got is None:
            continue
        for key, strength in ((want.get("sim") or {}).get("expected_strength") or {}).items():
            if strength != "weak":
                continue
            weak += 1
            if ((got.get("deliverables") or {}).get(key) or {}).get("needs_review") is True:
                flagged += 1
    return {"weak_verdicts": weak, "flagged_needs_review": flagged, "share": flagged / weak if weak else 1.0}


def sample_codes(truth: dict[str, Any], n: int) -> list[str]:
    """``n`` assessable LAs spread over the variants: round-robin over the tags (rarest first), each
    tag's sites in register order, then plain sites; deterministic. Register order is kept."""
    order = [a["gss_code"] for a in truth["authorities"]]
    ok = {a["gss_code"]: a for a in truth["authorities"] if a["crawl"]["status"] == "ok"}
    by_tag: dict[str, list[str]] = {}
    for code, a in ok.items():
        for tag in a["sim"].get("tags") or [BASE]:
            by_tag.setdefault(tag, []).append(code)
    queues = [list(v) for _, v in sorted(by_tag.items(), key=lambda kv: (kv[0] == BASE, len(kv[1]), kv[0]))]
    chosen: list[str] = []
    seen: set[str] = set()
    while len(chosen) < min(n, len(ok)) and any(queues):
        for q in queues:
            while q and q[0] in seen:
                q.pop(0)
            if q and len(chosen) < n:
                code = q.pop(0)
                chosen.append(code)
                seen.add(code)
    rank = {c: i for i, c in enumerate(order)}
    return sorted(chosen, key=rank.__getitem__)
