"""National figures, breakdowns, criteria coverage and gap lists, computed from one document.

The rule that runs through all of it: an LA whose status is ``unknown`` (its site could not be
assessed) is counted apart and left out of the denominator, so a failed crawl never reads as a
council's failure. The headline figure of each deliverable is ``met / assessed``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, fields
from typing import Callable, Iterable

from analysis.forces import canonical_force, official_name
from reports.model import CRITERIA, DELIVERABLE_KEYS, DELIVERABLES, STATUSES, status_of, weak_verdict


@dataclass
class Tally:
    """Counts of LAs by status for one deliverable (over some group of LAs)."""

    met: int = 0
    partial: int = 0
    not_met: int = 0
    unknown: int = 0

    def add(self, status: str) -> None:
        setattr(self, status, getattr(self, status) + 1)

    @property
    def assessed(self) -> int:
        """LAs with a known status: the denominator of every share."""
        return self.met + self.partial + self.not_met

    @property
    def total(self) -> int:
        return self.assessed + self.unknown

    @property
    def share(self) -> float | None:
        """Share of assessed LAs that met the deliverable; None when none was assessed."""
        return self.met / self.assessed if self.assessed else None

    def plus(self, other: Tally) -> Tally:
        """The counts of two disjoint groups together."""
        return Tally(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})

    def to_dict(self) -> dict:
        return {**asdict(self), "assessed": self.assessed, "total": self.total, "share": self.share}


def tally(authorities: Iterable[dict], key: str) -> Tally:
    t = Tally()
    for a in authorities:
        t.add(status_of(a, key))
    return t


def national(doc: dict) -> dict[str, Tally]:
    """One Tally per deliverable over every authority of the run."""
    return {k: tally(doc["authorities"], k) for k in DELIVERABLE_KEYS}


@dataclass(frozen=True)
class Span:
    """How far a national figure could move once every verdict a person should check is checked.

    The audit is a census, so the uncertainty in a figure is not sampling error but the verdicts
    it is least sure of: a ``met`` resting on weak evidence (or flagged for review) might not
    hold, and a ``not_met`` flagged for review (a search that could not be completed, pages found
    by browsing alone), or a ``partial`` whose search was not completed, might turn out met. ``low`` counts none of the first, ``high`` all
    of the second; the figure itself lies between them.
    """

    low: float
    high: float
    unsure_met: int
    unsure_other: int

    @property
    def unsure(self) -> int:
        return self.unsure_met + self.unsure_other

    @property
    def exact(self) -> bool:
        return self.unsure == 0


def span(authorities: Iterable[dict], key: str) -> Span | None:
    """The range a deliverable's met share could take once its unsure verdicts are checked;
    None when no LA was assessed (the same denominator as ``Tally.share``)."""
    t = Tally()
    unsure_met = unsure_other = 0
    for a in authorities:
        status = status_of(a, key)
        t.add(status)
        if status == "unknown":
            continue
        d = a["deliverables"][key]
        if status == "met":
            unsure_met += weak_verdict(d)
        elif d.get("needs_review") and (status == "not_met" or not (d.get("search_effort") or {}).get("complete")):
            # a partial after a complete search is unsure of being partial, not of being met
            unsure_other += 1
    if not t.assessed:
        return None
    return Span(
        low=(t.met - unsure_met) / t.assessed,
        high=(t.met + unsure_other) / t.assessed,
        unsure_met=unsure_met,
        unsure_other=unsure_other,
    )


def headline(doc: dict) -> list[dict]:
    """Per deliverable: the tally, the target, how far the figure is from it, and how far it could
    move once the verdicts needing a person's check are checked."""
    rows = []
    for d, t in zip(DELIVERABLES, national(doc).values()):
        share = t.share
        rows.append(
            {
                "deliverable": d,
                "tally": t,
                "share": share,
                "span": span(doc["authorities"], d.key),
                "target": d.target,
                "gap": None if share is None else max(0.0, d.target - share),
                "target_met": share is not None and share >= d.target,
            }
        )
    return rows


def sureness(doc: dict) -> dict[str, dict[str, int]]:
    """Per deliverable: assessed verdicts needing review, of low confidence, and not recorded."""
    out = {}
    for key in DELIVERABLE_KEYS:
        counts = {"needs_review": 0, "low": 0, "not_recorded": 0, "weak_met": 0}
        for a in doc["authorities"]:
            d = a["deliverables"][key]
            if d["status"] == "unknown":
                continue
            counts["needs_review"] += bool(d.get("needs_review"))
            counts["low"] += d.get("confidence") == "low"
            counts["not_recorded"] += d.get("confidence") is None
            counts["weak_met"] += d["status"] == "met" and weak_verdict(d)
        out[key] = counts
    return out


def _group_key(a: dict, dimension: str) -> str:
    if dimension == "police_force":
        return official_name(a.get("police_force")) or a.get("police_force") or "Not recorded"
    value = a.get(dimension)
    if value:
        return str(value)
    if dimension == "region" and a.get("nation") == "Wales":
        return "Wales (no English region)"
    return "Not recorded"


def breakdown(doc: dict, dimension: str) -> list[dict]:
    """Tallies per value of ``dimension`` (nation, region, type, police_force), sorted by name."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for a in doc["authorities"]:
        groups[_group_key(a, dimension)].append(a)
    return [
        {"group": g, "count": len(members), "tallies": {k: tally(members, k) for k in DELIVERABLE_KEYS}}
        for g, members in sorted(groups.items())
    ]


def criteria_coverage(doc: dict) -> list[dict]:
    """For each 5.1 information criterion: how many assessed LAs publish it.

    The denominator is the LAs whose 5.1 status is known, as for the headline figure.
    """
    assessed = [a for a in doc["authorities"] if status_of(a, "5.1") != "unknown"]
    rows = []
    for key, label, advice in CRITERIA:
        count = sum(1 for a in assessed if a["deliverables"]["5.1"]["criteria"].get(key))
        rows.append(
            {
                "key": key,
                "label": label,
                "advice": advice,
                "count": count,
                "assessed": len(assessed),
                "share": count / len(assessed) if assessed else None,
            }
        )
    return rows


def by_status(doc: dict, key: str) -> dict[str, list[dict]]:
    """The authorities of each status for one deliverable, each list sorted by name."""
    out: dict[str, list[dict]] = {s: [] for s in STATUSES}
    for a in doc["authorities"]:
        out[status_of(a, key)].append(a)
    for members in out.values():
        members.sort(key=lambda a: (a["name"] or "").lower())
    return out


def missing(doc: dict) -> dict[str, dict[str, list[dict]]]:
    """Per deliverable, the LAs missing it: ``not_met`` and ``partial``; ``unknown`` apart."""
    result = {}
    for key in DELIVERABLE_KEYS:
        groups = by_status(doc, key)
        result[key] = {"not_met": groups["not_met"], "partial": groups["partial"], "unknown": groups["unknown"]}
    return result


def force_agreements(doc: dict) -> list[dict]:
    """5.5 by police force area, ranked: which councils have which agreement with which force.

    Force names in documents are mapped to the register's force areas (analysis.forces), so
    "Bedfordshire Police" and "Bedfordshire" are one row. Every council appears under its own
    force area; a council whose agreement names another force appears under that force too
    (``home`` False). Per council and force: a signed, final agreement naming the force (of a
    council whose 5.5 is met) is ``met``; a draft, unsigned or only mentioned one ``partial``;
    no agreement with that force ``not_met``; a site that could not be read ``unknown``.
    Rows are ranked by the share of assessed councils with a signed agreement, best first.
    """
    forces: dict[str, dict[str, list]] = defaultdict(lambda: {"met": [], "partial": [], "not_met": [], "unknown": []})
    for a in doc["authorities"]:
        d = a["deliverables"]["5.5"]
        status = status_of(a, "5.5")
        home = canonical_force(a.get("police_force")) or a.get("police_force") or "Not recorded"
        by_area: dict[str, list[dict]] = defaultdict(list)
        for x in d["documents"]:
            by_area[canonical_force(x.get("force"), home) or home].append(x)
        for area in sorted({home, *by_area}):
            docs = by_area.get(area, [])
            if status == "unknown":
                pair = "unknown"
            elif docs and status in ("met", "partial"):
                final = any(x.get("signed") and not x.get("draft") for x in docs)
                pair = "met" if final and status == "met" else "partial"
            elif d["documents"]:
                pair = "not_met"  # its agreements are all with another force
            else:
                pair = status
            forces[area][pair].append({"authority": a, "documents": docs, "home": area == home})
    rows = []
    for force, groups in forces.items():
        for members in groups.values():
            members.sort(key=lambda m: (m["authority"]["name"] or "").lower())
        assessed = sum(len(groups[s]) for s in ("met", "partial", "not_met"))
        rows.append(
            {
                "force": force,
                "display": official_name(force) or force,
                **groups,
                "count": sum(len(v) for v in groups.values()),
                "councils": sum(1 for v in groups.values() for m in v if m["home"]),
                "assessed": assessed,
                "share": len(groups["met"]) / assessed if assessed else None,
            }
        )
    rows.sort(key=lambda r: (r["share"] is None, -(r["share"] or 0), -len(r["met"]), r["display"].lower()))
    for rank, row in enumerate(rows, 1):
        row["rank"] = rank
    return rows


def home_force(a: dict) -> str:
    """The register force area of an authority (any form of the name accepted)."""
    return canonical_force(a.get("police_force")) or a.get("police_force") or "Not recorded"


def filter_options(doc: dict) -> dict[str, list[tuple[str, str]]]:
    """The values the table filters offer, as (value, label), each list sorted by label."""

    def values(get) -> list[tuple[str, str]]:
        return sorted({get(a) for a in doc["authorities"] if get(a)}, key=lambda v: v[1].lower())

    return {
        "force": values(lambda a: (home_force(a), official_name(home_force(a)) or home_force(a))),
        "region": values(lambda a: (_group_key(a, "region"),) * 2),
        "nation": values(lambda a: (a["nation"],) * 2 if a.get("nation") else None),
        "type": values(lambda a: (a["type"],) * 2 if a.get("type") else None),
    }


def count_where(doc: dict, predicate: Callable[[dict], bool]) -> int:
    return sum(1 for a in doc["authorities"] if predicate(a))


def crawl_summary(doc: dict) -> dict[str, int]:
    """How many sites ended in each crawl status, plus the count of lapsed marks still shown."""
    out: dict[str, int] = defaultdict(int)
    for a in doc["authorities"]:
        out[a["crawl"]["status"]] += 1
    out["lapsed_marks"] = count_where(doc, lambda a: bool(a["deliverables"]["5.2"].get("mark_displayed")))
    return dict(out)


def pct(value: float | None, digits: int = 0) -> str:
    """A share as a percentage for display; ``n/a`` when nothing was assessed."""
    if value is None:
        return "n/a"
    return f"{value * 100:.{digits}f}%"
