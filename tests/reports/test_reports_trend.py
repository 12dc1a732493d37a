"""Trend across runs: status moves, reachability, broken and vanished evidence, history."""

from __future__ import annotations

import copy
import json

from reports_sample import evolve

from reports.trend import compare, history_table


def _find(doc: dict, code: str) -> dict:
    return next(a for a in doc["authorities"] if a["gss_code"] == code)


def _pick(doc: dict, key: str, status: str, crawl: str = "ok", skip: tuple = ()) -> str:
    return next(
        a["gss_code"]
        for a in doc["authorities"]
        if a["deliverables"][key]["status"] == status and a["crawl"]["status"] == crawl and a["gss_code"] not in skip
    )


def test_compare_two_runs_reports_each_known_move(findings: dict) -> None:
    prev = copy.deepcopy(findings)
    prev["run"] = {
        "id": 6,
        "label": "2026 Q3",
        "started_at": "2026-08-19T08:00:00Z",
        "finished_at": "2026-08-19T09:00:00Z",
    }
    cur = copy.deepcopy(findings)
    gainer = _pick(prev, "5.3", "partial")
    loser = _pick(prev, "5.3", "met")
    improver = _pick(prev, "5.5", "not_met")
    _find(cur, gainer)["deliverables"]["5.3"]["status"] = "met"
    _find(cur, loser)["deliverables"]["5.3"]["status"] = "not_met"
    _find(cur, improver)["deliverables"]["5.5"]["status"] = "partial"
    # A site that goes down: every deliverable becomes unknown, never "lost".
    down = _pick(prev, "5.1", "met", skip=(gainer, loser, improver))
    la = _find(cur, down)
    la["crawl"].update(status="unreachable", error="connection refused")
    for d in la["deliverables"].values():
        d["status"] = "unknown"
    recovered = _pick(prev, "5.1", "unknown", crawl="unreachable")
    _find(cur, recovered)["crawl"].update(status="ok", error=None)
    _find(cur, recovered)["deliverables"]["5.1"]["status"] = "not_met"
    # Evidence cited before and not now, on a site crawled both times.
    cited = _pick(prev, "5.1", "met", skip=(gainer, loser, improver, down))
    dropped = _find(cur, cited)["deliverables"]["5.1"]["evidence"][0]["url"]
    for d in _find(cur, cited)["deliverables"].values():
        d["evidence"] = [e for e in d["evidence"] if e["url"] != dropped]
    cited_elsewhere = {
        k for k, d in _find(prev, cited)["deliverables"].items() if any(e["url"] == dropped for e in d["evidence"])
    }
    _find(cur, cited)["crawl"]["broken_evidence"] = [{"url": dropped, "status": 404}]
    for a in cur["authorities"]:
        if a["gss_code"] != cited:
            a["crawl"]["broken_evidence"] = []

    changes = compare(prev, cur)
    assert json.loads(json.dumps(changes)) == changes  # plain JSON for alerts
    assert changes["schema"] == "cctv-audit/changes/1" and not changes["first_run"]
    assert changes["previous_run"]["id"] == 6 and changes["current_run"]["id"] == 7
    d53 = changes["deliverables"]["5.3"]
    assert [m["gss_code"] for m in d53["gained"]] == [gainer]
    assert d53["gained"][0]["from"] == "partial" and d53["gained"][0]["to"] == "met"
    assert [m["gss_code"] for m in d53["lost"]] == [loser]
    assert [m["gss_code"] for m in changes["deliverables"]["5.5"]["improved"]] == [improver]
    assert down in [m["gss_code"] for m in changes["deliverables"]["5.1"]["became_unknown"]]
    assert down not in [m["gss_code"] for k in ("lost", "worsened") for m in changes["deliverables"]["5.1"][k]]
    assert [m["gss_code"] for m in changes["unreachable"]] == [down]
    assert changes["unreachable"][0]["error"] == "connection refused"
    assert [m["gss_code"] for m in changes["recovered"]] == [recovered]
    assert {(g["gss_code"], g["url"], g["deliverable"]) for g in changes["evidence_gone"]} == {
        (cited, dropped, k) for k in cited_elsewhere
    }
    assert changes["broken_evidence"] == [
        {"gss_code": cited, "name": _find(cur, cited)["name"], "url": dropped, "status": 404}
    ]
    assert changes["summary"]["5.3"]["gained"] == 1 and changes["summary"]["unreachable"] == 1
    prev_met = sum(a["deliverables"]["5.3"]["status"] == "met" for a in prev["authorities"])
    assert d53["previous"]["met"] == prev_met and d53["current"]["met"] == prev_met


def test_first_run_and_added_or_removed_authorities(findings: dict) -> None:
    first = compare(None, findings)
    assert first["first_run"] and first["previous_run"] is None
    assert all(
        not first["deliverables"][k][m] for k in first["deliverables"] for m in ("gained", "lost", "became_known")
    )
    assert first["new_authorities"] == []
    smaller = copy.deepcopy(findings)
    removed = smaller["authorities"].pop(0)
    changes = compare(smaller, findings)
    assert changes["new_authorities"] == [{"gss_code": removed["gss_code"], "name": removed["name"]}]
    back = compare(findings, smaller)
    assert [r["gss_code"] for r in back["removed_authorities"]] == [removed["gss_code"]]
    assert all(
        m["gss_code"] != removed["gss_code"] for k in back["deliverables"] for m in back["deliverables"][k]["lost"]
    )


def test_compare_is_deterministic(findings: dict, history: list[dict]) -> None:
    assert json.dumps(compare(history[-1], findings)) == json.dumps(compare(history[-1], findings))


def test_history_table_figures_and_first_last_seen(findings: dict, history: list[dict]) -> None:
    runs = [*history, findings]
    table = history_table(runs)
    assert [r["run"]["id"] for r in table["runs"]] == [5, 6, 7]
    for row, doc in zip(table["runs"], runs):
        met = sum(a["deliverables"]["5.1"]["status"] == "met" for a in doc["authorities"])
        assert row["deliverables"]["5.1"]["met"] == met
        assert sum(row["crawl"].values()) == len(doc["authorities"]) == row["authorities"]
    by_key = {(e["gss_code"], e["url"]): e for e in table["evidence"]}
    # evolve() moves every fetched_at to the run date: evidence present in all three runs was
    # first seen in the oldest and last seen in the newest.
    always = next(e for e in table["evidence"] if e["runs_seen"] == 3)
    assert always["first_seen"] == "2026-05-20T08:00:00Z"
    assert always["last_seen"] == "2026-11-28T09:41:12Z"
    assert always["first_seen_run"] == 5 and always["last_seen_run"] == 7 and always["in_latest"]
    current_urls = {
        (a["gss_code"], e["url"])
        for a in findings["authorities"]
        for d in a["deliverables"].values()
        for e in d["evidence"]
    }
    gone = [e for key, e in by_key.items() if key not in current_urls]
    assert gone and all(not e["in_latest"] and e["last_seen_run"] in (5, 6) for e in gone)
    assert json.loads(json.dumps(table)) == table


def test_history_of_a_single_run(findings: dict) -> None:
    table = history_table([findings])
    assert len(table["runs"]) == 1
    assert all(e["runs_seen"] == 1 and e["in_latest"] for e in table["evidence"])


def test_evolve_changes_some_statuses(findings: dict) -> None:
    nxt = evolve(findings, seed=3, run_id=8, label="2027 Q1", when="2027-02-01T00:00:00Z")
    changes = compare(findings, nxt)
    moved = sum(len(changes["deliverables"]["5.1"][k]) for k in ("gained", "lost", "improved", "worsened"))
    assert moved > 0


def test_trend_by_region_and_force_and_a_short_page(findings: dict, history: list[dict], built_report) -> None:
    from reports.trend import group_trend

    rows = {r["group"]: r for r in group_trend([*history, findings], "region")}
    north_east = [a for a in findings["authorities"] if a["region"] == "North East"]
    met = sum(1 for a in north_east if a["deliverables"]["5.3"]["status"] == "met")
    assessed = sum(1 for a in north_east if a["deliverables"]["5.3"]["status"] != "unknown")
    assert rows["North East"]["deliverables"]["5.3"]["now"] == met / assessed
    prev = [a for a in history[-1]["authorities"] if a["region"] == "North East"]
    prev_share = sum(1 for a in prev if a["deliverables"]["5.3"]["status"] == "met") / sum(
        1 for a in prev if a["deliverables"]["5.3"]["status"] != "unknown"
    )
    assert rows["North East"]["deliverables"]["5.3"]["change"] == round((met / assessed - prev_share) * 100)
    forces = {r["group"] for r in group_trend([*history, findings], "police_force")}
    assert "Suffolk Constabulary" in forces and "Suffolk" not in forces
    site = built_report.parent
    page = (site / "trend.html").read_text(encoding="utf-8")
    assert len(page) < 120_000, len(page)  # was 454 KB with every evidence address
    lines = (site / "evidence-history.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("gss_code,name,url,deliverables,first_seen")
    assert len(lines) > 300
