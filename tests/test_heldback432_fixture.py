"""The 432nd held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen. Emphasis: budgets, capital programmes and contracts.

Checks: the councils are fresh; the labelling rules hold with the intended tallies; and the structures the set is
built from are really served (a signed Met agreement linked only from a capital scheme sheet; a joint maintenance
contract between boroughs; a service-details panel with the SPOC, a partner's certificate and an agreement mention;
step 2 only as a row of a costs table; a Welsh twin and a police protocol mentioned only in a Word terms of
reference; a one-sentence legacy page whose counts and costs are only in Council papers; one fact beside a
councils' SLA in Cabinet papers; step 1 and an expired agreement only in a service review PDF; a record-only page
with a self-assessment and a rejected budget amendment in minutes; step 2 on an audit sub-page and a signed
agreement linked only from the police officers' page; the SPOC only on a capital project page; stale subject
access wording beside contract notices; a signed deed of variation that designates the SPOC; councils that
publish nothing but carry look-alikes).
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

from fixtures.heldback432.truth import TRUTH_PATH
from fixtures.heldback432.web import Heldback432Web


@pytest.fixture(scope="module")
def web() -> Heldback432Web:
    return Heldback432Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_fresh_councils(web: Heldback432Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 432)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_signed_met_agreement_only_from_capital_scheme_sheet(web: Heldback432Web, truth: dict) -> None:
    host = "www.redbridge.gov.uk"
    sheet = f"http://{host}/council/budgets-and-spending/capital-programme/cctv-network-renewal"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {sheet}
    assert sheet in _links(web, host, "/council/budgets-and-spending/capital-programme")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of the London Borough of Redbridge" in text
    assert "Signed for and on behalf of the Metropolitan Police Service" in text
    assert doc["url"] not in _links(web, host, "/crime-and-safety/cctv")
    notice = _main(web, host, "/council/budgets-and-spending/contracts-awarded/east-london-cctv-maintenance")
    assert "Newham, Enfield and Waltham Forest" in notice and "police" not in notice.lower()
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_service_details_panel(web: Heldback432Web, truth: dict) -> None:
    host = "go.walsall.gov.uk"
    html = _html(web, host, "/community-safety/public-space-cctv")
    assert '<dl class="service-details">' in html
    assert "<dt>Single point of contact for surveillance cameras</dt>" in html
    assert "holds its own certificate against the Surveillance Camera Code of Practice" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctvspoc@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Streets Corner" in _text(web, "democracy.walsall.gov.uk", "/documents/s51120/CCTV%20service%20review.pdf")
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_step_2_only_in_a_costs_table_row(web: Heldback432Web, truth: dict) -> None:
    host = "www.portsmouth.gov.uk"
    pg = "/services/community-safety/cctv-in-portsmouth/"
    html = _html(web, host, pg)
    assert "<caption>CCTV service budget 2025/26</caption>" in html
    assert "<td>Independent audit to keep our step 2 certification" in html
    paras = html.split("<table>", 1)[0]
    assert "step 2" not in paras and "<img" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-11"
    assert not d["5.2"]["mark_displayed"]
    call_off = _main(web, host, "/services/business/procurement/cctv-maintenance-call-off/")
    assert "service level agreement" in call_off and d["5.5"]["status"] == "not_met"
    assert "Bid 14" in _text(web, "democracy.portsmouth.gov.uk", "/documents/s88412/Appendix%20C%20capital%20bids.pdf")


def test_welsh_twin_and_protocol_only_in_word_terms_of_reference(web: Heldback432Web, truth: dict) -> None:
    host = "www.monmouthshire.gov.uk"
    cy = "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert f"http://{host}{cy}" in _links(web, host, "/community-safety/cctv")
    assert '<html lang="cy">' in _html(web, host, cy)
    tor = "/media/1187/cctv-user-group-terms-of-reference.docx"
    assert (_render(web, f"http://{host}{tor}").header("Content-Type") or "").startswith("application/vnd.openxml")
    assert "Gwent Police" in _text(web, host, tor) and "Gwent" not in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {tor}
    assert f"http://{host}{cy}" in d["5.1"]["pages"]


def test_counts_and_costs_only_in_papers_and_registers(web: Heldback432Web, truth: dict) -> None:
    host = "www.erewash.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and '<main id="main">' not in _html(web, host, "/")
    mtfp = _text(web, "democracy.erewash.gov.uk", "/documents/s20155/Appendix%203%20MTFP.pdf")
    assert "70 fixed and 4 re-deployable cameras" in mtfp
    page = _html(web, host, "/your-community/community-safety/cctv.html")
    assert "70" not in page.split("<h1>", 1)[1] and "£45,000" in _html(web, host, "/council/contracts-register")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    host = "www.preston.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["pages"] == [f"http://{host}/community/crime-and-safety/cctv"]
    sla = _text(web, "democracy.preston.gov.uk", "/documents/s31470/CCTV%20monitoring%20report.pdf")
    assert "Blackburn with Darwen Borough Council" in sla
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_step_1_and_expired_agreement_only_in_service_review(web: Heldback432Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    rev = "/sites/default/files/2025-01/cctv-service-review-summary-2024.pdf"
    text = _text(web, host, rev)
    assert "step 1 (desktop) certification" in text and "expired in March 2023" in text
    main = _main(web, host, "/crime-and-safety/cctv")
    assert "step 1" not in main and "Kent Police" not in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "service agreement between the two councils" in _main(
        web, host, "/business/contracts-awarded/thanet-cctv-monitoring"
    )


def test_record_only_page_and_budget_amendment_in_minutes(web: Heldback432Web, truth: dict) -> None:
    host = "www.gosport.gov.uk"
    assert "Live monitoring ended in October 2022" in _main(web, host, "/article/2210/Public-space-cameras")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["self_assessment"]
    minutes = _main(web, "democracy.gosport.gov.uk", "/mgAi.aspx?ID=2701")
    assert "£197,470" in minutes and not any("democracy" in u for u in d["5.1"]["pages"])


def test_partnership_audit_page_and_agreement_only_from_police_page(web: Heldback432Web, truth: dict) -> None:
    host = "www.stevenage.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["force"] == "Hertfordshire" and doc["signed"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv/for-police-officers"}
    aud = "/community-safety/cctv/independent-audit-and-inspection"
    assert "full step 2 certification" in _main(web, host, aud)
    assert "step 2" not in _main(web, host, "/community-safety/cctv")
    assert d["5.2"]["awarded"] == "2023-05" and d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/community-safety/cctv/contact-the-partnership"}


def test_spoc_only_on_capital_project_page(web: Heldback432Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    proj = "/council/capital-projects/cctv-network-upgrade"
    assert "single point of contact" in _main(web, host, proj)
    for pg in ("/cctv/cctv-wyre", "/terms-conditions/privacy-notice/5"):
        assert "single point of contact" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {proj}
    assert "<caption>Sharing CCTV images</caption>" in _html(web, host, "/terms-conditions/privacy-notice/5")
    assert d["5.5"]["status"] == "partial"


def test_stale_wording_beside_contract_notices(web: Heldback432Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    main = _main(web, host, "/community-and-living/community-safety/cctv")
    assert "Data Protection Act 1998" in main and "£10" in main
    assert "Extension of 24 months" in _main(web, host, "/business/contracts/cctv-monitoring-extension")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and d["5.5"]["status"] == "not_met"


def test_signed_deed_of_variation_designates_the_spoc(web: Heldback432Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "This deed varies the information sharing agreement dated 1 July 2019" in text
    assert "single point of contact for surveillance cameras" in text and doc["force"] == "Kent"
    assert "single point of contact" not in _main(web, host, "/home/primary-services/community/cctv")
    assert {e["url"] for e in d["5.3"]["evidence"]} == {doc["url"]}
    assert "NSI" in _main(web, host, "/home/primary-services/community/cctv") and d["5.2"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback432Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"new.devon.gov.uk", "www.wealden.gov.uk", "www.gloucester.gov.uk"})
    assert "Hailsham Town Council" in _main(web, "www.wealden.gov.uk", "/community/community-grants-awarded")
    assert "£400,000" in _main(web, "democracy.gloucester.gov.uk", "/mgAi.aspx?ID=9921")
    assert "Exeter City Council" in _main(web, "democracy.devon.gov.uk", "/mgAi.aspx?ID=5121")
