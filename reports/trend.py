"""What changed between audits: per-run figures and LA-by-LA status moves.

``compare`` is also the scheduler's change-alert feed, so its output is plain JSON (strings,
numbers, lists, dicts; no dataclasses) with a versioned ``schema``:

```
{
  "schema": "cctv-audit/changes/1",
  "first_run": bool,                      # true when there is no previous run to compare with
  "previous_run": {"id", "label", "started_at", "finished_at"} | null,
  "current_run":  {"id", "label", "started_at", "finished_at"},
  "deliverables": {                       # "5.1", "5.2", "5.3", "5.5"
    "5.1": {
      "gained":         [Move],           # partial|not_met -> met
      "lost":           [Move],           # met -> partial|not_met
      "improved":       [Move],           # not_met -> partial
      "worsened":       [Move],           # partial -> not_met
      "became_unknown": [Move],           # met|partial|not_met -> unknown (site not assessed)
      "became_known":   [Move],           # unknown -> met|partial|not_met
      "previous": Tally | null, "current": Tally
    }, ...
  },
  "unreachable": [CrawlMove],             # crawl ok before, not ok now
  "recovered":   [CrawlMove],             # crawl not ok before, ok now
  "broken_evidence": [{"gss_code", "name", "url", "status"}],   # current crawl.broken_evidence
  "evidence_gone": [{"gss_code", "name", "deliverable", "url"}],  # cited before, not now
  "new_authorities": [{"gss_code", "name"}], "removed_authorities": [{"gss_code", "name"}],
  "summary": {"5.1": {"gained": n, "lost": n, ...}, ..., "unreachable": n, "recovered": n,
              "broken_evidence": n, "evidence_gone": n}
}
Move      = {"gss_code", "name", "from", "to"}            (statuses as in findings.json)
CrawlMove = {"gss_code", "name", "from", "to", "error"}    (crawl statuses; error of the new one)
Tally     = {"met", "partial", "not_met", "unknown", "assessed", "total", "share"}
```
Authorities only in one of the runs appear in new/removed, never as gained or lost. Every list
is sorted by GSS code, so two calls on the same inputs give identical output.
"""

from __future__ import annotations

from typing import Any

from reports.figures import national
from analysis.domain import CHANGES_SCHEMA
from reports.model import DELIVERABLE_KEYS, normalise, status_of

_KNOWN = ("met", "partial", "not_met")
MOVE_KINDS = ("gained", "lost", "improved", "worsened", "became_unknown", "became_known")


def _run_ref(doc: dict | None) -> dict | None:
    if doc is None:
        return None
    run = doc.get("run") or {}
    return {f: run.get(f) for f in ("id", "label", "started_at", "finished_at")}


def _move_kind(before: str, after: str) -> str | None:
    if before == after:
        return None
    if after == "unknown":
        return "became_unknown"
    if before == "unknown":
        return "became_known"
    if after == "met":
        return "gained"
    if before == "met":
        return "lost"
    return "improved" if after == "partial" else "worsened"


def _evidence_urls(a: dict, key: str) -> set[str]:
    return {e["url"] for e in a["deliverables"][key]["evidence"] if e.get("url")}


def compare(previous: dict | None, current: dict) -> dict[str, Any]:
    """Changes from ``previous`` to ``current`` (findings documents); see the module docstring."""
    cur = normalise(current)
    prev = normalise(previous) if previous is not None else None
    cur_by = {a["gss_code"]: a for a in cur["authorities"]}
    prev_by = {a["gss_code"]: a for a in prev["authorities"]} if prev else {}
    both = sorted(set(cur_by) & set(prev_by))

    deliverables: dict[str, dict] = {}
    cur_tallies = national(cur)
    prev_tallies = national(prev) if prev else None
    for key in DELIVERABLE_KEYS:
        moves: dict[str, list] = {k: [] for k in MOVE_KINDS}
        for code in both:
            before, after = status_of(prev_by[code], key), status_of(cur_by[code], key)
            kind = _move_kind(before, after)
            if kind:
                moves[kind].append({"gss_code": code, "name": cur_by[code]["name"], "from": before, "to": after})
        deliverables[key] = {
            **moves,
            "previous": prev_tallies[key].to_dict() if prev_tallies else None,
            "current": cur_tallies[key].to_dict(),
        }

    unreachable, recovered, gone = [], [], []
    for code in both:
        before, after = prev_by[code]["crawl"]["status"], cur_by[code]["crawl"]["status"]
        move = {
            "gss_code": code,
            "name": cur_by[code]["name"],
            "from": before,
            "to": after,
            "error": cur_by[code]["crawl"]["error"],
        }
        if before == "ok" and after != "ok":
            unreachable.append(move)
        elif before != "ok" and after == "ok":
            recovered.append(move)
        if after != "ok":
            continue  # nothing was looked at: a vanished citation means nothing
        for key in DELIVERABLE_KEYS:
            for url in sorted(_evidence_urls(prev_by[code], key) - _evidence_urls(cur_by[code], key)):
                gone.append({"gss_code": code, "name": cur_by[code]["name"], "deliverable": key, "url": url})

    broken = [
        {"gss_code": a["gss_code"], "name": a["name"], "url": b.get("url"), "status": b.get("status")}
        for a in cur["authorities"]
        for b in a["crawl"]["broken_evidence"]
    ]

    summary: dict[str, Any] = {key: {k: len(deliverables[key][k]) for k in MOVE_KINDS} for key in DELIVERABLE_KEYS}
    summary.update(
        unreachable=len(unreachable), recovered=len(recovered), broken_evidence=len(broken), evidence_gone=len(gone)
    )
    return {
        "schema": CHANGES_SCHEMA,
        "first_run": prev is None,
        "previous_run": _run_ref(prev),
        "current_run": _run_ref(cur),
        "deliverables": deliverables,
        "unreachable": unreachable,
        "recovered": recovered,
        "broken_evidence": broken,
        "evidence_gone": gone,
        "new_authorities": [{"gss_code": c, "name": cur_by[c]["name"]} for c in sorted(set(cur_by) - set(prev_by))]
        if prev
        else [],
        "removed_authorities": [
            {"gss_code": c, "name": prev_by[c]["name"]} for c in sorted(set(prev_by) - set(cur_by))
        ],
        "summary": summary,
    }


def history_table(docs: list[dict]) -> dict[str, Any]:
    """Figures per run, and each evidence URL's first and last sighting, over ``docs``.

    ``docs`` are findings documents oldest first (the current run last). Returns
    ``{"runs": [{"run", "authorities", "deliverables": {key: Tally}, "crawl": {status: n}}],
    "evidence": [{"gss_code", "name", "url", "deliverables", "first_seen_run", "first_seen",
    "last_seen_run", "last_seen", "runs_seen", "in_latest", "broken_status"}]}``, JSON-ready.
    ``first_seen``/``last_seen`` are the earliest/latest ``fetched_at`` of the URL (the run's
    finish time when an item has none).
    """
    runs, evidence = [], {}
    normalised = [normalise(d) for d in docs]
    for index, doc in enumerate(normalised):
        crawl: dict[str, int] = {}
        for a in doc["authorities"]:
            crawl[a["crawl"]["status"]] = crawl.get(a["crawl"]["status"], 0) + 1
        runs.append(
            {
                "run": _run_ref(doc),
                "authorities": len(doc["authorities"]),
                "deliverables": {k: t.to_dict() for k, t in national(doc).items()},
                "crawl": dict(sorted(crawl.items())),
            }
        )
        run_id = doc["run"].get("id")
        run_time = doc["run"].get("finished_at") or doc["run"].get("started_at")
        for a in doc["authorities"]:
            for key in DELIVERABLE_KEYS:
                for e in a["deliverables"][key]["evidence"]:
                    if not e.get("url"):
                        continue
                    seen = e.get("fetched_at") or run_time
                    item = evidence.setdefault(
                        (a["gss_code"], e["url"]),
                        {
                            "gss_code": a["gss_code"],
                            "name": a["name"],
                            "url": e["url"],
                            "deliverables": set(),
                            "first_seen_run": run_id,
                            "first_seen": seen,
                            "last_seen_run": run_id,
                            "last_seen": seen,
                            "runs": set(),
                        },
                    )
                    item["deliverables"].add(key)
                    item["runs"].add(index)
                    item["name"] = a["name"]
                    if seen and (item["first_seen"] is None or seen < item["first_seen"]):
                        item["first_seen"] = seen
                    if index >= max(item["runs"]):
                        item["last_seen_run"] = run_id
                    if seen and (item["last_seen"] is None or seen > item["last_seen"]):
                        item["last_seen"] = seen
    latest_broken = {}
    if normalised:
        latest_broken = {
            (a["gss_code"], b.get("url")): b.get("status")
            for a in normalised[-1]["authorities"]
            for b in a["crawl"]["broken_evidence"]
        }
    last_index = len(normalised) - 1
    rows = []
    for (code, url), item in sorted(evidence.items()):
        run_set = item.pop("runs")
        rows.append(
            {
                **item,
                "deliverables": sorted(item["deliverables"]),
                "runs_seen": len(run_set),
                "in_latest": last_index in run_set,
                "broken_status": latest_broken.get((code, url)),
            }
        )
    return {"runs": runs, "evidence": rows}


def group_trend(docs: list[dict], dimension: str) -> list[dict]:
    """Per group (region or police force area), each deliverable's share met at the first,
    the previous and the latest run: the trend summarised, not run by run.

    ``docs``: findings documents oldest first, normalised or not. Returns
    ``[{"group", "count", "deliverables": {key: {"first", "previous", "now", "change"}}}]``,
    shares as 0..1 or None (no assessed LA in the group), ``change`` in percentage points
    from the previous run (None when either share is missing), groups sorted by name.
    """
    from reports.figures import breakdown

    tables = [{row["group"]: row for row in breakdown(normalise(d), dimension)} for d in docs]
    if not tables:
        return []
    latest = tables[-1]
    previous = tables[-2] if len(tables) > 1 else {}
    first = tables[0] if len(tables) > 2 else {}
    rows = []
    for group, row in sorted(latest.items()):
        delivs = {}
        for key in DELIVERABLE_KEYS:
            now = row["tallies"][key].share
            prev = previous[group]["tallies"][key].share if group in previous else None
            start = first[group]["tallies"][key].share if group in first else None
            delivs[key] = {
                "first": start,
                "previous": prev,
                "now": now,
                "change": None if now is None or prev is None else round((now - prev) * 100),
            }
        rows.append({"group": group, "count": row["count"], "deliverables": delivs})
    return rows


def evidence_csv(evidence: list[dict]) -> str:
    """history_table()["evidence"] as CSV: every address cited in any run, first and last seen.

    It was a table on the trend page; with hundreds of rows it made the page unusable, so
    it is a download (cells guarded against spreadsheet formulas like findings.csv).
    """
    import csv
    import io

    from reports.export import csv_cell

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "gss_code",
            "name",
            "url",
            "deliverables",
            "first_seen",
            "last_seen",
            "runs_seen",
            "cited_now",
            "broken_status",
        ]
    )
    for e in evidence:
        writer.writerow(
            [
                csv_cell(v)
                for v in (
                    e["gss_code"],
                    e["name"],
                    e["url"],
                    ";".join(e["deliverables"]),
                    e["first_seen"],
                    e["last_seen"],
                    e["runs_seen"],
                    e["in_latest"],
                    e["broken_status"],
                )
            ]
        )
    return out.getvalue()
