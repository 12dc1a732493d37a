"""The trend without every earlier run's document: per-run summaries and the evidence ledger.

A report shows each earlier run only as a row of figures (``history_table``'s ``runs``), the
region and force shares of the first run (``group_trend``) and each evidence address's first
and last sighting. All of that is kept per run in a small summary (``summarise``, stored by the
crawler when a run finishes) and a ledger folded once per run (``fold``), so building a report
costs the latest run's document and the previous one's (what ``compare`` and the LA pages need),
however many runs came before. ``Past`` carries those inputs; ``history_rows`` and ``trend_docs``
give exactly what ``history_table`` and ``group_trend`` give over the full documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Iterable
from typing import Any

from reports.figures import Tally, national
from reports.model import DELIVERABLE_KEYS, normalise

SUMMARY_VERSION = 1

# ledger entry: (gss_code, url) -> {"deliverables": [keys], "first_seen_run", "first_seen",
# "last_seen_run", "last_seen", "runs_seen"}
Ledger = dict[tuple[str, str], dict[str, Any]]


def _run_ref(run: dict) -> dict:
    return {f: run.get(f) for f in ("id", "label", "started_at", "finished_at")}


def summarise(doc: dict) -> dict[str, Any]:
    """What the trend keeps of one run's findings document, JSON-ready.

    ``authorities``/``deliverables``/``crawl``: the run's row of the per-run table;
    ``statuses``: ``[gss_code, status per deliverable...]`` (the group trend regroups them by
    the authorities' current region and force, as the full documents would); ``evidence``:
    ``[gss_code, url, [deliverables], earliest seen, latest seen]`` per cited address, where
    "seen" is the item's ``fetched_at`` or else the run's finish (or start) time.
    """
    return summarise_parts([doc])


def summarise_parts(parts: Iterable[dict]) -> dict[str, Any]:
    """``summarise`` of a run whose document comes in parts (crawler.runner.export.iter_documents).

    The parts must hold disjoint authorities in ascending GSS-code order, as the whole document
    sorts them; the result is then identical to ``summarise`` of the whole, while only one part
    is held at a time.
    """
    count = 0
    tallies: dict[str, Tally] = {k: Tally() for k in DELIVERABLE_KEYS}
    crawl: dict[str, int] = {}
    statuses: list[list[str]] = []
    evidence: list[list] = []
    for part in parts:
        d = normalise(part)
        count += len(d["authorities"])
        for key, t in national(d).items():
            tallies[key] = tallies[key].plus(t)
        for a in d["authorities"]:
            crawl[a["crawl"]["status"]] = crawl.get(a["crawl"]["status"], 0) + 1
        statuses.extend(
            [a["gss_code"], *(a["deliverables"][k]["status"] for k in DELIVERABLE_KEYS)] for a in d["authorities"]
        )
        evidence.extend(_sightings(d))
    return {
        "version": SUMMARY_VERSION,
        "authorities": count,
        "deliverables": {k: t.to_dict() for k, t in tallies.items()},
        "crawl": dict(sorted(crawl.items())),
        "statuses": statuses,
        "evidence": evidence,
    }


def _sightings(d: dict) -> list[list]:
    """Each cited address of a normalised document, sorted by (gss_code, url)."""
    run_time = d["run"].get("finished_at") or d["run"].get("started_at")
    sightings: dict[tuple[str, str], list] = {}
    for a in d["authorities"]:
        for key in DELIVERABLE_KEYS:
            for e in a["deliverables"][key]["evidence"]:
                if not e.get("url"):
                    continue
                seen = e.get("fetched_at") or run_time
                s = sightings.setdefault((a["gss_code"], e["url"]), [a["gss_code"], e["url"], [], None, None])
                if key not in s[2]:
                    s[2].append(key)
                if seen and (s[3] is None or seen < s[3]):
                    s[3] = seen
                if seen and (s[4] is None or seen > s[4]):
                    s[4] = seen
    return [sightings[k] for k in sorted(sightings)]


def run_row(run: dict, summary: dict) -> dict[str, Any]:
    """One row of ``history_table``'s ``runs`` from a run header and its summary."""
    return {
        "run": _run_ref(run),
        "authorities": summary["authorities"],
        "deliverables": summary["deliverables"],
        "crawl": summary["crawl"],
    }


def fold(ledger: Ledger, run_id: Any, summary: dict) -> None:
    """Add one run's evidence sightings to ``ledger`` (in place); runs are folded oldest first."""
    for code, url, keys, lo, hi in summary["evidence"]:
        item = ledger.get((code, url))
        if item is None:
            ledger[(code, url)] = {
                "deliverables": sorted(keys),
                "first_seen_run": run_id,
                "first_seen": lo,
                "last_seen_run": run_id,
                "last_seen": hi,
                "runs_seen": 1,
            }
            continue
        item["deliverables"] = sorted(set(item["deliverables"]) | set(keys))
        if lo and (item["first_seen"] is None or lo < item["first_seen"]):
            item["first_seen"] = lo
        if hi and (item["last_seen"] is None or hi > item["last_seen"]):
            item["last_seen"] = hi
        item["last_seen_run"] = run_id
        item["runs_seen"] += 1


def skeleton(run: dict, summary: dict, meta: dict[str, dict]) -> dict:
    """A findings document with only what ``group_trend`` reads: statuses and current groups.

    ``meta``: the authorities' current register fields by GSS code (nation, region,
    police_force...), which the full document of an old run would show as well.
    """
    authorities = []
    for code, *statuses in summary["statuses"]:
        authorities.append(
            {
                **meta.get(code, {}),
                "gss_code": code,
                "deliverables": {k: {"status": s} for k, s in zip(DELIVERABLE_KEYS, statuses)},
            }
        )
    return {"run": dict(run), "authorities": authorities}


@dataclass
class Past:
    """What a report needs of the finished runs before its own.

    ``runs``: their rows of the per-run table, oldest first; ``previous``: the full document of
    the latest of them (None on a first run); ``first``: the oldest one as a ``skeleton`` when
    it is not ``previous``; ``ledger``: their evidence folded, and with ``ledger_has_current``
    the current run's too; ``names``: current authority names for ledger rows.
    """

    runs: list[dict] = field(default_factory=list)
    previous: dict | None = None
    first: dict | None = None
    ledger: Ledger = field(default_factory=dict)
    ledger_has_current: bool = False
    names: dict[str, str] = field(default_factory=dict)


def history_rows(past: Past, doc: dict) -> dict[str, Any]:
    """``history_table([*earlier documents, doc])`` from ``past`` and ``doc`` alone."""
    cur = normalise(doc)
    summary = summarise(cur)
    ledger = {k: dict(v) for k, v in past.ledger.items()}
    run_id = cur["run"].get("id")
    if not past.ledger_has_current:
        fold(ledger, run_id, summary)
    names = {**past.names, **{a["gss_code"]: a["name"] for a in cur["authorities"]}}
    broken = {
        (a["gss_code"], b.get("url")): b.get("status")
        for a in cur["authorities"]
        for b in a["crawl"]["broken_evidence"]
    }
    cited_now = {(code, url) for code, url, *_ in summary["evidence"]}
    rows = []
    for (code, url), item in sorted(ledger.items()):
        rows.append(
            {
                "gss_code": code,
                "name": names.get(code) or code,
                "url": url,
                "deliverables": item["deliverables"],
                "first_seen_run": item["first_seen_run"],
                "first_seen": item["first_seen"],
                "last_seen_run": item["last_seen_run"],
                "last_seen": item["last_seen"],
                "runs_seen": item["runs_seen"],
                "in_latest": (code, url) in cited_now,
                "broken_status": broken.get((code, url)),
            }
        )
    return {"runs": [*past.runs, run_row(cur["run"], summary)], "evidence": rows}


def trend_docs(past: Past, doc: dict) -> list[dict]:
    """The documents ``group_trend`` needs, standing for ``[*earlier documents, doc]``."""
    docs = [doc]
    if past.previous is not None:
        docs.insert(0, past.previous)
    if past.first is not None and len(past.runs) > 1:
        docs.insert(0, past.first)
    return docs
