"""The hundred-and-fortieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before; the labelling
rules hold with the intended tallies; and the structures the set is built from are really there (document entry
pages with metadata tables before a DPIA and a signed Met ISA served as Word files without extension; four years of
annual reports with the SPOC only in the latest; a policy PDF with a Word appendix, a step 2 claim in a privacy
notice and the SPOC only in the policy; English and Welsh policy PDFs in a publication scheme table on a Welsh-first
site; a one-fact council whose fact is only in a Word hire-conditions file; a step 1 claim and figures only in a
strategy PDF; a signed agreement only as a Word appendix to Cabinet papers on a democracy host; an associated
documents list with a certificate of compliance, a signed ISA and a Word form; a code and a draft ISA as Word files
without extension, the SPOC only in the code; monitoring by another council with a redeployable camera protocol; a
one-fact council whose fact is only a retention schedule row in a Word file without extension; a legacy page with a
DPIA summary and no contact; robots.txt forbidding the search; and councils that publish nothing but carry
look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback140.truth import TRUTH_PATH
from fixtures.heldback140.web import Heldback140Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback140Web:
    return Heldback140Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(evidence: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in evidence}


def test_fresh_councils(web: Heldback140Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 140)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_document_entry_pages_and_word_files_without_extension(web: Heldback140Web, truth: dict) -> None:
    host = "www.newham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and _no_extension(doc["url"])
    entry = f"http://{host}/documents/cctv-information-sharing-agreement"
    assert _linking(web, host, doc["url"]) == {entry}
    assert '<table class="document-meta">' in _html(web, host, "/documents/cctv-information-sharing-agreement")
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == DOCX and ".docx" in (r.header("Content-Disposition") or "")
    dpia = f"http://{host}/media/4417/download"
    assert _no_extension(dpia) and _render(web, dpia).header("Content-Type") == DOCX
    assert d["5.1"]["criteria"]["dpia"] and d["5.3"]["status"] == "partial"


def test_annual_reports_archive_spoc_only_in_latest(web: Heldback140Web, truth: dict) -> None:
    host = "www.wirral.gov.uk"
    arch = "/community-and-living/community-safety/cctv-and-help-points/cctv-annual-reports"
    html = _html(web, host, arch)
    years = ["2021-22", "2022-23", "2023-24", "2024-25"]
    assert all(f"/files/cctv-annual-report-{y}.pdf" in html for y in years)
    for y in years[:-1]:
        assert "single point of contact" not in _text(web, host, f"/files/cctv-annual-report-{y}.pdf")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {"/files/cctv-annual-report-2024-25.pdf"}
    assert "single point of contact" not in _main(
        web, host, "/community-and-living/community-safety/cctv-and-help-points"
    )
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_policy_with_word_appendix_step_2_in_privacy_notice(web: Heldback140Web, truth: dict) -> None:
    host = "www.southampton.gov.uk"
    page = "/people-places/community-safety/cctv"
    html = _html(web, host, page)
    assert "/media/2314/cctv-policy-2023.pdf" in html and "cctv-policy-appendix-a-camera-locations.docx" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert _paths(d["5.2"]["evidence"]) == {f"{page}/cctv-privacy"} and "<img" not in _main(
        web, host, f"{page}/cctv-privacy"
    )
    assert _paths(d["5.3"]["evidence"]) == {"/media/2314/cctv-policy-2023.pdf"}
    assert "single point of contact" not in _main(web, host, page).lower()


def test_welsh_first_publication_scheme_with_two_language_policies(web: Heldback140Web, truth: dict) -> None:
    host = "www.powys.gov.uk"
    assert '<html lang="cy">' in _html(web, host, "/")
    scheme = "/en/article/2110/Publication-scheme-policies-and-procedures"
    html = _html(web, host, scheme)
    assert "/media/8841/Corporate-CCTV-Policy.pdf" in html and "/media/8842/Polisi-TCC-Corfforaethol.pdf" in html
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cy/erthygl/5120/Teledu-cylch-cyfyng-yn-adeiladau-r-cyngor" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_step_1_only_in_strategy_pdf(web: Heldback140Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and _paths(d["5.2"]["evidence"]) == {
        "/sites/default/files/2020-03/cctv-strategy-2019-2025.pdf"
    }
    assert "step 1" not in _main(web, host, "/residents/crime-and-safety/introduction-to-cctv").lower()


def test_signed_agreement_only_as_word_appendix_in_cabinet_papers(web: Heldback140Web, truth: dict) -> None:
    host, dem = "www.basingstoke.gov.uk", "democracy.basingstoke.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=30412"}
    assert _render(web, doc["url"]).header("Content-Type") == DOCX
    assert not any(dem in u for u in d["5.1"]["pages"]) and not d["5.1"]["criteria"]["police_agreement"]


def test_associated_documents_certificate_and_signed_isa(web: Heldback140Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    assert '<h2>Associated documents</h2><ul class="documents">' in _html(web, host, "/pages/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and all(
        u.endswith("Certificate-of-Compliance.pdf") for u in _paths(d["5.2"]["evidence"])
    )
    assert "step 2" not in _main(web, host, "/pages/cctv").lower()
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire"


def test_word_code_and_draft_without_extension(web: Heldback140Web, truth: dict) -> None:
    host = "www.dacorum.gov.uk"
    d = _auth(truth, host)["deliverables"]
    code = f"http://{host}/docs/default-source/community-safety/cctv-code-of-practice"
    assert _no_extension(code) and _render(web, code).header("Content-Type") == DOCX
    assert _paths(d["5.3"]["evidence"]) == {urlsplit(code).path}
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_monitoring_by_another_council_and_robots(web: Heldback140Web, truth: dict) -> None:
    host = "www.fylde.gov.uk"
    assert "Wyre Council" in _main(web, host, "/resident/community-safety/town-centre-cctv")
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"
    for h in ("www.fylde.gov.uk", "www.rother.gov.uk"):
        assert _auth(truth, h)["heldback"]["robots_forbid_search"], h


def test_legacy_page_without_contact(web: Heldback140Web, truth: dict) -> None:
    host = "www.braintree.gov.uk"
    html = _html(web, host, "/info/200120/community_safety/318/cctv")
    assert '<main id="main">' not in html and "mailto:" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["criteria"]["dpia"] and d["5.3"]["status"] == "not_met"


def test_one_fact_councils_only_in_word_files(web: Heldback140Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.tandridge.gov.uk", "cameras", "/media/2231/queens-park-pavilion-hire-conditions.docx"),
        ("www.eastleigh.gov.uk", "retention", "/downloads/download/812/records-retention-schedule"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert _render(web, f"http://{host}{path}").header("Content-Type") == DOCX
    assert _no_extension("http://www.eastleigh.gov.uk/downloads/download/812/records-retention-schedule")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback140Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.lincolnshire.gov.uk", "www.rother.gov.uk", "www.adur-worthing.gov.uk"})
