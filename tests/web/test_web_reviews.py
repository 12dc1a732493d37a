"""Reviews: confirm and override, append-only, shown in the reports, carried over while the
evidence is unchanged, back in the queue when it changes, and never lost by reanalyse."""

from __future__ import annotations

import json

from sqlalchemy import select

from conftest import GSS, csrf_from, sign_in
from support import ROOT, run_cli


def _override(client, deliverable: str, to: str, reason: str, evidence: str):
    token = csrf_from(client.get(f"/review/{GSS}/{deliverable}").get_data(as_text=True))
    return client.post(
        f"/review/{GSS}/{deliverable}",
        data={"action": "override", "to_status": to, "reason": reason, "evidence_url": evidence, "csrf_token": token},
    )


def _export(db: str) -> dict:
    """The council's deliverables, from a findings.json that must match the contract's schema."""
    import jsonschema

    proc = run_cli("export", "--db", db, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    schema = json.loads((ROOT / "docs" / "schemas" / "findings.schema.json").read_text())
    assert [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(doc)] == []
    return doc["authorities"][0]["deliverables"]


def test_an_override_shows_in_reports_and_survives_a_rerun_with_unchanged_evidence(app, audited) -> None:
    from crawler.storage.models import Review

    db, site = audited["db"], audited["site"]
    machine = _export(db)["5.1"]["status"]
    assert machine == "met"
    client = app.test_client()
    sign_in(client)
    refused = _override(client, "5.1", "partial", "", site.url + "community-safety/cctv")
    assert refused.status_code == 400, "an override needs a reason"
    done = _override(
        client, "5.1", "partial", "Only two criteria are the council's own words", site.url + "community-safety/cctv"
    )
    assert done.status_code == 303
    found = _export(db)["5.1"]
    assert found["status"] == "partial" and found["machine_status"] == "met"
    assert found["review"]["by"] == "rita" and found["review"]["action"] == "override"

    report = run_cli("report", "--db", db, "--out", str(audited["tmp"] / "report"))
    assert report.returncode == 0, report.stderr
    page = (audited["tmp"] / "report" / "la" / f"{GSS}.html").read_text()
    assert 'id="reviewed-' in page and "Only two criteria" in page
    served = client.get(f"/la/{GSS}.html").get_data(as_text=True)
    assert "Reviewed by a person" in served

    assert run_cli("audit", "--register", audited["register"], "--db", db, "--quiet").returncode == 0
    again = _export(db)["5.1"]
    assert again["status"] == "partial" and again["review"]["run_id"] == 1, "unchanged evidence keeps the review"

    assert run_cli("reanalyse", "--db", db).returncode == 0
    assert _export(db)["5.1"]["status"] == "partial", "reanalyse never discards reviews"

    del site.pages["/docs/cctv-sla-cleveland-police.pdf"]
    sign_in(client)
    sla_token = csrf_from(client.get(f"/review/{GSS}/5.5").get_data(as_text=True))
    assert client.post(f"/review/{GSS}/5.5", data={"action": "confirm", "csrf_token": sla_token}).status_code == 303
    assert "review" in _export(db)["5.5"]
    assert run_cli("audit", "--register", audited["register"], "--db", db, "--quiet").returncode == 0
    after = _export(db)["5.5"]
    assert "review" not in after and after["review_lapsed"]["action"] == "confirm", (
        "the agreement broke, so the confirmation no longer applies"
    )
    queue = client.get("/review").get_data(as_text=True)
    assert f"/review/{GSS}/5.5" in queue
    with app.extensions["cctv_db"].session() as s:
        assert len(s.scalars(select(Review)).all()) == 2, "reviews are append-only records"


def test_agreement_between_machine_and_reviewers(app) -> None:
    from crawler.storage.reviews import agreement

    client = app.test_client()
    sign_in(client)
    token = csrf_from(client.get(f"/review/{GSS}/5.3").get_data(as_text=True))
    client.post(f"/review/{GSS}/5.3", data={"action": "confirm", "csrf_token": token})
    _override(client, "5.2", "met", "The mark is on the CCTV page", "http://127.0.0.1/cctv")
    reviewed = _export(app.extensions["cctv_config"].db_url)["5.2"]
    assert reviewed["status"] == "met" and reviewed["evidence"][0]["url"] == "http://127.0.0.1/cctv", (
        "a reviewed met rests on the reviewer's evidence"
    )
    with app.extensions["cctv_db"].session() as s:
        measured = agreement(s)
    assert measured["5.3"] == {"reviewed": 1, "agreed": 1, "share": 1.0}
    assert measured["5.2"]["agreed"] == 0 and measured["5.2"]["share"] == 0.0


def test_the_api_serves_the_contract_shapes(app) -> None:
    client = app.test_client()
    runs = client.get("/api/runs").get_json()
    assert [r["state"] for r in runs["runs"]] == ["finished"]
    doc = client.get("/api/runs/latest/findings").get_json()
    assert doc["schema"] == "cctv-audit/findings/1"
    assert set(doc["authorities"][0]["deliverables"]) == {"5.1", "5.2", "5.3", "5.5"}
    assert client.get(f"/api/runs/{runs['runs'][0]['id']}/findings").get_json() == doc
    assert client.get("/api/runs/999/findings").status_code == 404
    councils = client.get("/api/councils").get_json()["councils"]
    assert councils[0]["gss_code"] == GSS and councils[0]["status"]["5.3"] == "met"
    assert client.get("/api/councils/E00000000").status_code == 404


def test_councils_filter_and_sort(app) -> None:
    from crawler.web.public import filter_authorities

    rows = [
        {
            "name": n,
            "gss_code": c,
            "region": r,
            "police_force": f,
            "nation": "England",
            "type": None,
            "deliverables": {k: {"status": s} for k, s in zip(("5.1", "5.2", "5.3", "5.5"), st)},
        }
        for n, c, r, f, st in [
            ("Bexley", "E1", "London", "Metropolitan Police", ("met",) * 4),
            ("Oxford", "E2", "South East", "Thames Valley", ("met", "met", "met", "not_met")),
            ("Reading", "E3", "South East", "Thames Valley", ("met",) * 4),
        ]
    ]
    got = filter_authorities(rows, {"deliverable": "5.5", "status": "not_met", "police_force": "Thames Valley"})
    assert [a["name"] for a in got] == ["Oxford"]
    assert [a["name"] for a in filter_authorities(rows, {"sort": "name", "order": "desc"})] == [
        "Reading",
        "Oxford",
        "Bexley",
    ]
    page = app.test_client().get("/councils?deliverable=5.5&status=met").get_data(as_text=True)
    assert "Testborough Borough Council" in page
    empty = app.test_client().get("/councils?deliverable=5.5&status=not_met").get_data(as_text=True)
    assert "0 councils shown" in empty
