"""The JSON users' scripts read, held to the schemas in docs/schemas/ (docs/contract.md).

Real documents, not samples written to fit: two runs stored through the pipeline's own writer
from pages the analysis really read (plus a site that was unreachable and one never reached),
exported, reported (changes.json) and inspected through the command line, and the simulated
web's truth file. Nothing here skips: the schemas and the contract live in the repository.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from sqlalchemy import select

from analysis.assess import assess
from analysis.domain import CHANGES_SCHEMA, DELIVERABLE_KEYS, FINDINGS_SCHEMA
from analysis.page import analyse
from analysis.text import extract
from crawler.engine.items import SiteResultItem
from crawler.engine.pipelines import write_site_result
from crawler.register import load_register
from crawler.storage import open_database
from crawler.storage.models import SiteCrawl
from crawler.storage.runs import create_run, finish_run
from simaudit import default_truth, pick_sample
from support import ROOT

SCHEMAS = ROOT / "docs" / "schemas"

# Pages written for this test, in the shapes councils use.
CCTV_PAGE = """<html><head><title>CCTV in the town centre</title></head><body><main>
<h1>CCTV in the town centre</h1>
<p>The council runs a public space CCTV system of 84 cameras to prevent and detect crime and to
help people feel safe in the town centre. We operate it with regard to the Surveillance Camera
Code of Practice and its 12 guiding principles.</p>
<p>Recorded images are kept for 31 days and then overwritten, unless the police ask us to keep
them as evidence.</p>
<p>You can ask for footage of yourself by making a subject access request.</p>
<p>Our CCTV Manager is the single point of contact for surveillance camera systems; write to
cctv@example-council.gov.uk.</p>
</main></body></html>"""
OTHER_PAGE = """<html><head><title>Bin collections</title></head><body><main>
<h1>Bin collections</h1><p>Put your bins out by 7am on your collection day.</p>
</main></body></html>"""


@pytest.fixture(scope="module")
def validators() -> dict[str, jsonschema.protocols.Validator]:
    out = {}
    for name in ("findings", "changes", "inspect"):
        schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        out[name] = jsonschema.Draft202012Validator(schema)
    return out


def _errors(validator: jsonschema.protocols.Validator, doc: Any) -> list[str]:
    return [f"{e.json_path}: {e.message[:200]}" for e in validator.iter_errors(doc)]


def _store_run(db_url: str, cctv_page: str, label: str) -> None:
    """One run over three LAs: one read (two pages), one unreachable, one never reached."""
    las = [a for a in load_register() if a.gss_code in ("E06000001", "E06000002", "W06000015")]
    first = las[0]
    analyses = []
    for path, html in (("cctv", cctv_page), ("bins", OTHER_PAGE)):
        page = analyse(extract(html.encode(), f"{first.website}{path}", "text/html"))
        page.fetched_at = "2026-11-28T09:00:30Z"
        analyses.append(page)
    db = open_database(db_url)
    with db.session() as s:
        run = create_run(s, las, label=label, settings={}, register="shipped")
        sites = {sc.authority.gss_code: sc for sc in s.scalars(select(SiteCrawl).where(SiteCrawl.run_id == run.id))}
        common = {
            "pages_fetched": 2,
            "documents_fetched": 0,
            "requests": 3,
            "errors": 0,
            "bytes_received": 900,
            "started_at": "2026-11-28T09:00:00Z",
            "finished_at": "2026-11-28T09:01:00Z",
        }
        write_site_result(
            s,
            run.id,
            sites[first.gss_code],
            SiteResultItem(
                gss_code=first.gss_code,
                status="ok",
                error=None,
                stop_reason="frontier_exhausted",
                deliverables=assess(analyses, "ok"),
                **common,
            ),
        )
        write_site_result(
            s,
            run.id,
            sites["E06000002"],
            SiteResultItem(
                gss_code="E06000002",
                status="unreachable",
                error="DNSLookupError",
                stop_reason="unreachable",
                deliverables=assess([], "unreachable"),
                **{**common, "pages_fetched": 0, "requests": 1},
            ),
        )
        finish_run(s, run)  # W06000015 stays pending: exported as not audited, deliverables unknown
    db.dispose()


def test_exports_changes_and_inspect_lines_match_the_schemas(cli, tmp_path: Path, validators) -> None:
    db_url = f"sqlite:///{tmp_path / 'audit.sqlite'}"
    _store_run(db_url, OTHER_PAGE, "before")  # first run: nothing found on the first LA
    _store_run(db_url, CCTV_PAGE, "after")  # second run: its CCTV page is read

    proc = cli("export", "--db", db_url, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["schema"] == FINDINGS_SCHEMA
    assert _errors(validators["findings"], doc) == []
    by_code = {a["gss_code"]: a for a in doc["authorities"]}
    assert by_code["E06000001"]["deliverables"]["5.1"]["status"] in ("met", "partial")
    assert by_code["E06000002"]["crawl"]["status"] == "unreachable"
    never = by_code["W06000015"]["deliverables"]
    assert [never[k]["status"] for k in DELIVERABLE_KEYS] == ["unknown"] * 4

    out = tmp_path / "report"
    proc = cli("report", "--db", db_url, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    changes = json.loads((out / "changes.json").read_text(encoding="utf-8"))
    assert changes["schema"] == CHANGES_SCHEMA and not changes["first_run"]
    assert [
        m["gss_code"] for m in changes["deliverables"]["5.1"]["gained"] + changes["deliverables"]["5.1"]["improved"]
    ] == ["E06000001"]
    assert _errors(validators["changes"], changes) == []
    written = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert _errors(validators["findings"], written) == []

    page = tmp_path / "cctv.html"
    page.write_text(CCTV_PAGE, encoding="utf-8")
    proc = cli("inspect", "--json", str(page), str(tmp_path / "missing.html"))
    assert proc.returncode == 1, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) == 2 and lines[0]["signals"]["cctv_info"] and "error" in lines[1]
    for line in lines:
        assert _errors(validators["inspect"], line) == []


def test_schemas_reject_what_the_contract_forbids(validators) -> None:
    """The schemas are not a rubber stamp: a met without evidence or an unknown status fails."""
    from analysis.domain import unknown_deliverable

    authority = {
        "gss_code": "E06000001",
        "name": "x",
        "website": "https://x.gov.uk/",
        "crawl": {"status": "ok", "pages_fetched": 1, "documents_fetched": 0, "error": None},
        "deliverables": {k: unknown_deliverable(k) for k in DELIVERABLE_KEYS},
    }
    doc = {
        "schema": FINDINGS_SCHEMA,
        "run": {"id": 1, "label": None, "started_at": None, "finished_at": None},
        "authorities": [authority],
    }
    assert _errors(validators["findings"], doc) == []
    authority["deliverables"]["5.3"]["status"] = "met"
    assert any("evidence" in e for e in _errors(validators["findings"], doc))
    authority["deliverables"]["5.3"]["status"] = "maybe"
    assert _errors(validators["findings"], doc)


def test_simulated_truth_matches_the_findings_schema(validators) -> None:
    """The truth file of every kind of simulated site (each style, crawl status, verdict and fault)."""
    truth = default_truth()  # build_truth(build_web()), built once per test process
    sample = set(pick_sample(truth, limit=60))
    truth["authorities"] = [a for a in truth["authorities"] if a["gss_code"] in sample]
    assert len(truth["authorities"]) >= 15
    assert _errors(validators["findings"], truth) == []


def test_contract_page_documents_every_schema_and_command() -> None:
    text = (ROOT / "docs" / "contract.md").read_text(encoding="utf-8")
    for name in ("findings", "changes", "inspect"):
        assert f"schemas/{name}.schema.json" in text
    from crawler.commands import COMMANDS

    for command in COMMANDS:
        assert f"`cctv-audit {command}" in text, command
