"""The audit spider on a small hand-written council site: discovery, verdicts, politeness.

Everything is measured at the server: which URLs were requested, with which User-Agent, and how
many at once. A second loopback site stands in for "off the site": it must never be asked.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fpdf import FPDF

from minisite import RecordingSite


def _pdf(lines: list[str]) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _page(title: str, main: str, nav: str = "") -> tuple[str, bytes]:
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Testborough Council</title></head>
<body><header><nav><a href="/">Home</a> <a href="/bins">Bins and recycling</a> <a href="/council-tax">Council tax</a>
<a href="/community-safety">Community safety</a> <a href="/jobs">Jobs</a> {nav}</nav>
<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form></header>
<main><h1>{title}</h1>{main}</main><footer><a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a></footer></body></html>"""
    return "text/html; charset=utf-8", html.encode()


def build_site(offsite_url: str) -> dict[str, tuple[str, bytes]]:
    sla = _pdf(
        [
            "Service Level Agreement for the provision of public space CCTV",
            "between Testborough Borough Council and Cleveland Police",
            "This agreement covers requests for CCTV footage, the control room and the exchange of information.",
            "Signed for and on behalf of Testborough Borough Council: J. Smith, Chief Executive, 12 March 2024",
            "Signed on behalf of Cleveland Police: A. Jones, Superintendent, 14 March 2024",
        ]
    )
    pages = {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /private/\n"),
        "/": _page(
            "Welcome",
            '<p>Services for residents.</p><ul><li><a href="/community-safety">Community safety</a></li>'
            f'<li><a href="/private/cctv-internal">CCTV staff area</a></li><li><a href="{offsite_url}cctv">CCTV partnership</a></li>'
            '<li><a href="/news">News</a></li><li><a href="/parking">Parking</a></li></ul>',
        ),
        "/community-safety": _page(
            "Community safety",
            '<p>Crime and anti-social behaviour.</p><p><a href="/community-safety/cctv">CCTV</a></p>',
        ),
        "/community-safety/cctv": _page(
            "CCTV",
            """
<p>Testborough Borough Council operates a public space CCTV system of 84 cameras to prevent and detect crime
and reduce the fear of crime. The system is operated in accordance with the Surveillance Camera Code of Practice.</p>
<p>Recorded images are retained for 31 days. To request CCTV footage of yourself, make a subject access request.</p>
<p>Our Community Safety Manager is the single point of contact (SPOC) for surveillance camera systems and can be
contacted at cctv@testborough.gov.uk or on 01642 555000.</p>
<p><a href="/docs/cctv-sla-cleveland-police.pdf">CCTV service level agreement with Cleveland Police (PDF)</a></p>""",
        ),
        "/docs/cctv-sla-cleveland-police.pdf": ("application/pdf", sla),
        "/search?q=CCTV": _page(
            "Search results",
            '<ol><li><a href="/community-safety/cctv">CCTV</a></li><li><a href="/jobs/cctv-operator">CCTV operator vacancy</a></li></ol>',
        ),
        "/private/cctv-internal": _page("Staff only", "<p>CCTV control room rota.</p>"),
        "/jobs": _page("Jobs", '<p><a href="/jobs/cctv-operator">CCTV operator</a></p>'),
        "/jobs/cctv-operator": _page(
            "CCTV operator", "<p>We are recruiting a CCTV operator for our control room. Salary £24,000.</p>"
        ),
    }
    for i in range(40):
        pages[f"/news/item-{i}"] = _page(f"News {i}", "<p>Council news.</p>")
    pages["/news"] = _page("News", "".join(f'<a href="/news/item-{i}">Item {i}</a> ' for i in range(40)))
    return pages


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory):
    from support import run_cli

    tmp = tmp_path_factory.mktemp("local")
    with RecordingSite({"/cctv": _page("Other council", "<p>CCTV</p>")}, host="127.0.0.2") as other:
        with RecordingSite(build_site(other.url), host="127.0.0.1") as site:
            register = tmp / "register.csv"
            register.write_text(
                f"gss_code,name,nation,website,police_force\nE99000001,Testborough Borough Council,England,{site.url},Cleveland\n"
            )
            db = f"sqlite:///{tmp / 'audit.sqlite'}"
            proc = run_cli(
                "audit",
                "--register",
                str(register),
                "--db",
                db,
                "--quiet",
                "--user-agent-contact",
                "mailto:test@example.org",
                cwd=tmp,
            )
            assert proc.returncode == 0, proc.stdout + proc.stderr
            exported = run_cli("export", "--db", db, "--format", "json", cwd=tmp)
            assert exported.returncode == 0, exported.stderr
            yield {
                "doc": json.loads(exported.stdout),
                "site": site,
                "other": other,
                "stdout": proc.stdout,
                "tmp": tmp,
                "db": db,
            }


def test_verdicts_on_the_local_site(audited) -> None:
    la = audited["doc"]["authorities"][0]
    assert la["crawl"]["status"] == "ok"
    d = la["deliverables"]
    assert d["5.1"]["status"] == "met"
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctv@testborough.gov.uk"
    assert d["5.5"]["status"] == "met"
    assert any(e["url"].endswith("cctv-sla-cleveland-police.pdf") for e in d["5.5"]["evidence"])
    for key in ("5.1", "5.3", "5.5"):
        assert all(e["url"] and e["quote"] and e["fetched_at"] for e in d[key]["evidence"])


def test_focused_crawl_is_small_and_stops_when_settled(audited) -> None:
    la = audited["doc"]["authorities"][0]
    paths = audited["site"].paths()
    assert not any(p.startswith("/news/item-") for p in paths), "the news archive is not where CCTV information lives"
    assert la["crawl"]["requests"] <= 12, paths


def test_robots_user_agent_and_concurrency_at_the_server(audited) -> None:
    site = audited["site"]
    assert "/robots.txt" in site.paths()
    assert not any(p.startswith("/private/") for p in site.paths()), "robots.txt disallows /private/"
    assert all("cctv-audit/" in h["ua"] and "mailto:test@example.org" in h["ua"] for h in site.hits)
    assert site.peak_inflight <= 2


def test_off_site_link_never_followed(audited) -> None:
    assert audited["other"].hits == []


def test_progress_line_and_summary(audited) -> None:
    out = audited["stdout"]
    assert "[1/1] E99000001 ok" in out
    assert "5.1 met" in out and "finished" in out


def test_findings_json_has_the_contract_shape(audited) -> None:
    doc = audited["doc"]
    assert doc["schema"] == "cctv-audit/findings/1"
    assert set(doc["run"]) >= {"id", "label", "started_at", "finished_at"}
    assert doc["run"]["started_at"].endswith("Z") and doc["run"]["finished_at"].endswith("Z")
    la = doc["authorities"][0]
    assert set(la) >= {"gss_code", "name", "website", "crawl", "deliverables"}
    assert set(la["crawl"]) >= {"status", "pages_fetched", "documents_fetched", "error"}
    d = la["deliverables"]
    assert set(d) == {"5.1", "5.2", "5.3", "5.5"}
    assert set(d["5.1"]) >= {"status", "score", "pages", "criteria", "evidence"} and 0 <= d["5.1"]["score"] <= 1
    assert set(d["5.2"]) >= {"status", "level", "awarded", "mark_displayed", "evidence"}
    assert set(d["5.3"]) >= {"status", "spoc", "evidence"} and set(d["5.3"]["spoc"]) >= {
        "name",
        "role",
        "email",
        "phone",
    }
    assert set(d["5.5"]) >= {"status", "documents", "evidence"}
    for key in d:
        assert d[key]["status"] in ("met", "partial", "not_met", "unknown")
        for e in d[key]["evidence"]:
            assert set(e) >= {"url", "quote", "fetched_at"}


def test_csv_export_and_report_from_the_same_run(audited) -> None:
    import csv
    import io

    from support import run_cli

    out = run_cli("export", "--db", audited["db"], "--format", "csv", cwd=audited["tmp"])
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(rows) == 1 and rows[0]["gss_code"] == "E99000001" and rows[0]["d5_1_status"] == "met"
    rep = run_cli("report", "--db", audited["db"], "--out", str(audited["tmp"] / "report"), cwd=audited["tmp"])
    assert rep.returncode == 0, rep.stderr
    for name in ("index.html", "findings.csv", "findings.json", "changes.json"):
        assert (audited["tmp"] / "report" / name).exists(), name


def test_inspect_json_lines_in_the_order_given(tmp_path: Path) -> None:
    from support import run_cli

    page = tmp_path / "cctv.html"
    page.write_bytes(build_site("http://127.0.0.3:9/")["/community-safety/cctv"][1])
    text = tmp_path / "notice.txt"
    text.write_text("We use CCTV in our council offices. Footage is kept for 30 days.")
    proc = run_cli("inspect", "--json", str(page), str(text))
    assert proc.returncode == 0, proc.stderr
    first, second = (json.loads(line) for line in proc.stdout.splitlines())
    assert first["url"].endswith("cctv.html") and second["url"].endswith("notice.txt")
    assert first["kind"] == "html" and second["kind"] == "text"
    assert set(first["signals"]) == {"cctv_info", "spoc", "certification", "sla"}
    assert first["signals"]["cctv_info"] and first["signals"]["spoc"]
    assert first["spoc"]["email"] == "cctv@testborough.gov.uk"
    assert first["criteria"]["retention"] is True
    assert all({"type", "quote"} <= set(f) for f in first["findings"])


def test_reanalyse_recomputes_from_snapshots_without_fetching(audited) -> None:
    from support import run_cli

    site = audited["site"]
    hits_before = len(site.hits)
    proc = run_cli("reanalyse", "--db", audited["db"], cwd=audited["tmp"])
    assert proc.returncode == 0, proc.stderr
    assert "re-analysed" in proc.stdout
    assert len(site.hits) == hits_before, "reanalyse must not fetch anything"
    again = json.loads(run_cli("export", "--db", audited["db"], "--format", "json", cwd=audited["tmp"]).stdout)
    before = audited["doc"]["authorities"][0]["deliverables"]
    after = again["authorities"][0]["deliverables"]
    assert {k: v["status"] for k, v in after.items()} == {k: v["status"] for k, v in before.items()}
    assert [e["url"] for e in after["5.5"]["evidence"]] == [e["url"] for e in before["5.5"]["evidence"]]
