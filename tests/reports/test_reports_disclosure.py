"""Round trip: the report's disclosure template, published on a loopback council site and
audited by the real command line, gives every deliverable "met"."""

from __future__ import annotations

import json
from pathlib import Path

from lxml import html as lxml_html

from minisite import RecordingSite
from support import run_cli

from reports.build import render_disclosure
from reports.model import normalise_authority


def _council(site: str) -> dict:
    """What an earlier audit found for a council that has since completed its template."""

    def ev(quote: str, *criteria: str) -> dict:
        return {"url": site + "cctv", "quote": quote, "fetched_at": "2026-11-28T09:00:00Z", "criteria": list(criteria)}

    return normalise_authority(
        {
            "gss_code": "E06000001",
            "name": "Loopton Borough Council",
            "website": site,
            "nation": "England",
            "police_force": "Cleveland",
            "deliverables": {
                "5.1": {
                    "status": "met",
                    "criteria": {"purpose": True, "retention": True, "subject_access": True, "complaints": True},
                    "evidence": [
                        ev("We watch the town centre to deter and detect crime.", "purpose"),
                        ev("Recordings are overwritten after thirty-one days.", "retention"),
                        ev("You may ask for a copy of recordings that show you.", "subject_access"),
                        ev("Send complaints about the cameras to the address below.", "complaints"),
                    ],
                },
                "5.2": {
                    "status": "met",
                    "level": "step1",
                    "awarded": "2020",
                    "evidence": [ev("Desktop certification, 2020.")],
                },
                "5.3": {
                    "status": "met",
                    "spoc": {"role": "Community Safety Manager", "email": "cameras@loopton.example"},
                    "evidence": [ev("Our single point of contact.")],
                },
                "5.5": {
                    "status": "met",
                    "documents": [
                        {
                            "title": "CCTV service level agreement",
                            "url": site + "cctv/agreement",
                            "force": "Cleveland",
                            "signed": True,
                            "draft": False,
                            "date": "2025-04-01",
                        }
                    ],
                    "evidence": [ev("Signed for both parties.")],
                },
            },
        }
    )


def test_published_template_is_audited_as_met(tmp_path: Path) -> None:
    with RecordingSite({}) as server:
        page = render_disclosure(_council(server.url), "2026 Q4", "2026-11-30")
        # the template as published: its JSON-LD and headings, inside the council's own layout
        tree = lxml_html.fromstring(page)
        assert (
            json.loads(tree.find(".//script").text)["cctv:policeAgreements"][0]["cctv:policeForce"]
            == "Cleveland Police"
        )
        assert "To complete:" in page  # the criteria not found are marked
        home = (
            '<!doctype html><html lang="en"><head><title>Loopton Borough Council</title>'
            '</head><body><main><h1>Welcome</h1><ul><li><a href="/cctv">CCTV</a></li>'
            '<li><a href="/bins">Bins</a></li></ul></main></body></html>'
        )
        server.pages.update(
            {
                "/": ("text/html; charset=utf-8", home.encode()),
                "/robots.txt": ("text/plain", b"User-agent: *\nDisallow:\n"),
                "/cctv": ("text/html; charset=utf-8", page.encode()),
                "/bins": ("text/html; charset=utf-8", b"<html><body><p>Bins.</p></body></html>"),
            }
        )
        register = tmp_path / "register.csv"
        register.write_text(
            "gss_code,name,nation,website,police_force\n"
            f"E06000001,Loopton Borough Council,England,{server.url},Cleveland\n"
        )
        db = f"sqlite:///{tmp_path / 'audit.sqlite'}"
        proc = run_cli("audit", "--register", str(register), "--db", db, "--quiet", cwd=tmp_path)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        exported = run_cli("export", "--db", db, "--format", "json", cwd=tmp_path)
        assert exported.returncode == 0, exported.stderr
    (council,) = json.loads(exported.stdout)["authorities"]
    d = council["deliverables"]
    assert {k: d[k]["status"] for k in ("5.1", "5.2", "5.3", "5.5")} == {
        "5.1": "met",
        "5.2": "met",
        "5.3": "met",
        "5.5": "met",
    }
    assert all(d["5.1"]["criteria"][k] for k in ("purpose", "retention", "subject_access"))
    assert d["5.3"]["spoc"]["email"] == "cameras@loopton.example"
    assert d["5.5"]["documents"][0]["signed"] is True
    assert any(e["url"].endswith("/cctv") for e in d["5.2"]["evidence"])
