"""The hundred and thirty-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a signed Met agreement only as an annex of a DPIA PDF; a
SPOC only in a Word policy without extension linked from a privacy notice; a step 1 claim only as a row of an annual
report PDF filed under performance reports; a signed police protocol filed only in a publication scheme class; one
fact as a row of an internal audit summary table; an annual review served without extension that holds the SPOC and
says no police agreement exists; trailing-slash review pages; a page at a query address with a step 2 claim only in a
DPIA PDF and a draft Word MoU; a SPOC only at the head of a systems register PDF; a signed ISA filed only on a shared
services page beside a 'fully compliant' near-miss; a mark beside a step 2 sentence; an annual report as Word; one
fact in a partnerships register PDF on a legacy site; FOI disclosure logs paged by ?page=; councils that publish
nothing but carry look-alikes).
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
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback134.truth import TRUTH_PATH
from fixtures.heldback134.web import Heldback134Web


@pytest.fixture(scope="module")
def web() -> Heldback134Web:
    return Heldback134Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _d(truth: dict, host: str) -> dict:
    return _auth(truth, host)["deliverables"]


def test_fresh_councils(web: Heldback134Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 134)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_signed_met_agreement_only_as_dpia_annex(web: Heldback134Web, truth: dict) -> None:
    host = "www.richmond.gov.uk"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    cctv = f"http://{host}/services/community_safety/crime_prevention/cctv"
    assert _linking(web, host, doc["url"]) == {cctv}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Annex C: Information sharing agreement" in text and "data protection impact assessment" in text
    assert "Signed on behalf of the Metropolitan Police Service" in text
    assert "agreement" not in _main(web, host, urlsplit(cctv).path).lower()
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_spoc_only_in_word_policy_linked_from_privacy_notice(web: Heldback134Web, truth: dict) -> None:
    host = "www.knowsley.gov.uk"
    d = _d(truth, host)
    notice = "/privacy-notices/security-service-privacy-notice"
    assert "single point of contact" not in _main(web, host, notice).lower()
    (ev,) = d["5.3"]["evidence"]
    assert d["5.3"]["status"] == "met" and _no_extension(ev["url"])
    r = _render(web, ev["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert ".docx" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, ev["url"]) == {f"http://{host}{notice}"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_1_only_in_annual_report_filed_under_performance(web: Heldback134Web, truth: dict) -> None:
    host = "www.telford.gov.uk"
    d = _d(truth, host)
    report = f"http://{host}/downloads/file/7731/cctv_annual_report_2023-24.pdf"
    assert _linking(web, host, report) == {f"http://{host}/info/20400/performance_and_reports/service_annual_reports"}
    assert "Step 1 (desktop) certification" in _text(web, host, urlsplit(report).path)
    cctv = "/info/20012/community_and_living/1183/safer_telford_cctv"
    assert "step" not in _main(web, host, cctv).lower() and "<img" not in _html(web, host, cctv)
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-10" and not d["5.2"]["mark_displayed"]
    assert "democracy.telford.gov.uk" in web.sites[host].hosts()
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_signed_protocol_only_in_publication_scheme_and_welsh_twin(web: Heldback134Web, truth: dict) -> None:
    host = "www.merthyr.gov.uk"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    scheme = f"http://{host}/council/freedom-of-information/publication-scheme/policies-and-procedures"
    assert doc["signed"] and doc["force"] == "South Wales" and _linking(web, host, doc["url"]) == {scheme}
    assert "Signed for South Wales Police" in _text(web, host, urlsplit(doc["url"]).path)
    cy = f"http://{host}/cy/preswylydd/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert cy in d["5.1"]["pages"] and '<html lang="cy">' in _html(web, host, urlsplit(cy).path)
    assert cy in _links(web, host, "/resident/community-safety/cctv")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"]


def test_one_fact_in_internal_audit_table_full_report_only_in_committee_papers(
    web: Heldback134Web, truth: dict
) -> None:
    host = "www.easthants.gov.uk"
    d51 = _d(truth, host)["5.1"]
    audit = f"http://{host}/council-and-democracy/audit-and-governance/internal-audit"
    assert d51["status"] == "partial" and d51["pages"] == [audit]
    assert [k for k, v in d51["criteria"].items() if v] == ["retention"]
    assert "<caption>Internal audit reviews 2024/25</caption>" in _html(web, host, urlsplit(audit).path)
    dem = "easthants.moderngov.co.uk"
    paper = f"http://{dem}/documents/s31207/Car%20park%20CCTV%20audit%20report.pdf"
    assert _render(web, paper).status == 200 and _linking(web, host, paper) == {f"http://{dem}/mgAi.aspx?ID=9914"}


def test_annual_review_without_extension_holds_spoc_and_no_agreement(web: Heldback134Web, truth: dict) -> None:
    host = "www.nuneatonandbedworth.gov.uk"
    d = _d(truth, host)
    review = f"http://{host}/downloads/download/1412/cctv-annual-review-2024"
    assert _no_extension(review)
    r = _render(web, review)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(review).path)
    assert "no written agreement with Warwickshire Police" in text
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "met"
    assert {e["url"] for e in d["5.3"]["evidence"]} == {review}
    dpia = _render(web, f"http://{host}/downloads/download/1413/cctv-dpia-summary")
    assert (dpia.header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_trailing_slash_review_page_and_ended_police_monitoring(web: Heldback134Web, truth: dict) -> None:
    host = "www.molevalley.gov.uk"
    d = _d(truth, host)
    review = f"http://{host}/crime-safety-emergencies/cctv-review/"
    assert review in d["5.1"]["pages"] and _render(web, review).status == 200
    assert "partnership with the force on monitoring has ended" in _main(web, host, urlsplit(review).path)
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_query_address_page_step_2_in_dpia_and_draft_word_mou(web: Heldback134Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    d = _d(truth, host)
    cctv = f"http://{host}/info/cbc-article/?catid=community-safety&id=KA-02210"
    assert cctv in d["5.1"]["pages"] and _render(web, cctv).status == 200
    assert "step 2" not in _main(web, host, urlsplit(cctv).path + "?" + urlsplit(cctv).query).lower()
    assert d["5.2"]["level"] == "step2" and {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {
        "/documents/cctv/public-space-cctv-dpia-2024.pdf"
    }
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "not_met"


def test_spoc_only_in_systems_register_pdf(web: Heldback134Web, truth: dict) -> None:
    host = "www.horsham.gov.uk"
    d = _d(truth, host)
    for pg in (
        "/community/safety-and-emergencies/cctv",
        "/community/safety-and-emergencies/cctv/cctv-privacy-statement",
    ):
        assert "single point of contact" not in _main(web, host, pg).lower()
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/assets/documents/surveillance-camera-systems-register-2025.pdf"
    }
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_signed_isa_on_shared_services_page_and_compliance_near_miss(web: Heldback134Web, truth: dict) -> None:
    host = "www.redditchbc.gov.uk"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Mercia"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/shared-services"}
    assert "fully compliant" in _main(web, host, "/community/community-safety/cctv")
    assert d["5.2"]["status"] == "not_met"


def test_mark_beside_step_2_sentence_and_word_annual_report(web: Heldback134Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    d = _d(truth, host)
    pg = "/community-and-living/community-safety/cctv/"
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(web, host, pg)
    assert d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2019-03"
    report = f"http://{host}/sites/default/files/2025-02/community-cctv-annual-report-2024"
    assert ".docx" in (_render(web, report).header("Content-Disposition") or "")
    assert "Data Protection Act 1998" in _main(web, host, pg)


def test_one_fact_in_partnerships_register_on_legacy_site(web: Heldback134Web, truth: dict) -> None:
    host = "www.wyreforestdc.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/")
    d51 = _d(truth, host)["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert d51["pages"] == [f"http://{host}/media/3307/significant-partnerships-register-2024-25.pdf"]


def test_foi_logs_paged_by_query(web: Heldback134Web) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    first = _main(web, host, "/freedom-of-information/disclosure-log")
    assert "FOI-5488" not in first
    assert f"http://{host}/freedom-of-information/disclosure-log?page=2" in _links(
        web, host, "/freedom-of-information/disclosure-log"
    )
    assert "FOI-5488" in _main(web, host, "/freedom-of-information/disclosure-log?page=2")


def test_robots_forbid_search(truth: dict) -> None:
    assert _auth(truth, "www.norfolk.gov.uk")["heldback"]["robots_forbid_search"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback134Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.norfolk.gov.uk", "www.lewes-eastbourne.gov.uk", "tewkesbury.gov.uk"})
