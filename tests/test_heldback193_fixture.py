"""The hundred and ninety-third held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a guide and self-assessment found only on the Documents
tab of search results opened by a popular-searches link; an annual review and code only in a downloads library, no
extension; a camera statement filed under legal advice with a signed release protocol in its documents list; a
short page pointing to a fair processing notice whose contacts table names the single point of contact; bilingual
twins with a signed partnership agreement only as a scrutiny appendix on the moderngov host; A to Z entries that
lead only to news, a consultation and an FOI answer; a code in a policies library with a three-party certificate; a
legacy page with the annual report and policy only as committee appendices; one fact from the A to Z with the
decision on moderngov; a documents-list page whose annual report holds step 2, the SPOC and an agreement mention; one
fact in leisure terms; step 1 in a code's compliance history; step 2 in a code's document control; an unsigned
police agreement in a data sharing register; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback193.truth import TRUTH_PATH
from fixtures.heldback193.web import Heldback193Web


@pytest.fixture(scope="module")
def web() -> Heldback193Web:
    return Heldback193Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict, key: str = "evidence") -> set[str]:
    return {urlsplit(e["url"]).path for e in d[key]}


def test_fresh_councils(web: Heldback193Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 193)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_documents_only_on_the_documents_tab_of_search_results(web: Heldback193Web, truth: dict) -> None:
    host = "www.stockport.gov.uk"
    guide = f"http://{host}/media/4512/how-cctv-is-used-in-stockport"
    assert f"http://{host}/search?query=cctv" in _links(web, host, "/")
    tab = f"http://{host}/search?query=cctv&type=documents"
    assert _linking(web, host, guide) == {tab} and _no_extension(guide)
    assert tab in _links(web, host, "/search?query=cctv")
    everything = _links(web, host, "/search?query=cctv") + _links(web, host, "/search?query=cctv&page=2")
    assert guide not in everything and f"http://{host}/search?query=cctv&page=2" in everything
    r = _render(web, guide)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and set(d["5.1"]["pages"]) <= {
        guide,
        f"http://{host}/media/4513/cctv-self-assessment-tool",
    }
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "information sharing agreement" in _text(web, host, urlsplit(guide).path)


def test_annual_review_and_code_only_in_a_downloads_library(web: Heldback193Web, truth: dict) -> None:
    host = "www.royalgreenwich.gov.uk"
    review = f"http://{host}/downloads/file/2291/cctv_annual_review_2024-25"
    assert _no_extension(review)
    assert _linking(web, host, review) == {f"http://{host}/downloads/download/1184/cctv_annual_review_2024-25"}
    foot = "/info/200202/community_safety/198/view_cctv_or_body_camera_footage"
    assert not any("/downloads/305" in u or "/downloads/file/229" in u for u in _links(web, host, foot))
    assert "Responsible Officer" in _text(web, host, urlsplit(review).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and _paths(d["5.3"]) == {urlsplit(review).path}
    assert "section 24(1)" in _main(web, host, "/info/200230/freedom_of_information/disclosure_log/foi-13326")
    assert not any("disclosure_log" in u for u in d["5.1"]["pages"])


def test_statement_under_legal_advice_and_signed_protocol(web: Heldback193Web, truth: dict) -> None:
    host = "www.derby.gov.uk"
    rel = "/advice-and-benefits/legal-advice/cctv-releasing-evidence/"
    assert "Data Protection Act (1998)" in _main(web, host, rel)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Derbyshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{rel}"}
    assert "Signed for and on behalf of Derbyshire Constabulary" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "not_met" and "mailto:" not in _html(
        web, host, "/council-and-democracy/data-protection/requesting-access-to-cctv/"
    )


def test_fair_processing_notice_with_spoc_row(web: Heldback193Web, truth: dict) -> None:
    host = "www.leicestershire.gov.uk"
    dp = "/about-the-council/data-protection-and-privacy"
    fpn = f"{dp}/privacy-notices/cctv-fair-processing-notice"
    assert f"http://{host}{fpn}" in _links(web, host, f"{dp}/cctv-systems-used-by-the-council")
    html = _html(web, host, fpn)
    assert "<td>Single point of contact for surveillance camera systems: Information Governance Manager</td>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {fpn}
    assert "single point of contact" not in _main(web, host, f"{dp}/cctv-systems-used-by-the-council").lower()
    assert "Road Safety Partnership" in _main(web, host, "/roads-and-travel/road-safety/safety-cameras")


def test_bilingual_twins_and_agreement_only_as_scrutiny_appendix(web: Heldback193Web, truth: dict) -> None:
    host, dem = "www.denbighshire.gov.uk", "moderngov.denbighshire.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    d = _auth(truth, host)["deliverables"]
    cy = f"http://{host}/cy/preswylwyr/diogelwch-cymunedol/teledu-cylch-cyfyng-y-rhyl-prestatyn-a-rhuddlan"
    assert cy in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, urlsplit(cy).path)
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and urlsplit(doc["url"]).hostname == dem and doc["force"] == "North Wales"
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=14513"}
    assert "service level agreement between the two councils" in _main(web, host, "/en/resident/community-safety/cctv")
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_a_to_z_entries_lead_only_to_look_alikes(web: Heldback193Web, truth: dict) -> None:
    host = "www.rochford.gov.uk"
    az = _links(web, host, "/a-z")
    news = f"http://{host}/rochford-district-council-takes-strides-towards-enhanced-public-safety-with-new-cctv-installation"
    assert {news, f"http://{host}/consultations/cctv-in-the-district"} <= set(az)
    assert _linking(web, host, news) == {f"http://{host}/a-z"}
    assert "Six cameras" in _main(web, host, urlsplit(news).path)
    assert _auth(truth, host)["deliverables"]["5.1"]["status"] == "not_met"


def test_code_in_policies_library_with_three_party_certificate(web: Heldback193Web, truth: dict) -> None:
    host = "www.northwarks.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _no_extension(doc["url"]) and doc["force"] == "Warwickshire"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/downloads/download/3310/atherstone_cctv_code_of_practice"
    }
    page = "/info/20196/community_safety/1144/cctv_-_closed_circuit_television"
    assert f"http://{host}/downloads/200/community_safety_policies" in _links(web, host, page)
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for Warwickshire Police" in text and "Signed for Atherstone Town Council" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_legacy_page_and_reports_only_as_committee_appendices(web: Heldback193Web, truth: dict) -> None:
    host, dem = "www.boston.gov.uk", "democracy.boston.gov.uk"
    assert "<main" not in _html(web, host, "/article/21203/CCTV")
    rep = f"http://{dem}/documents/s41877/Appendix-A-CCTV-annual-report-2023-24.pdf"
    assert _linking(web, host, rep) == {f"http://{dem}/mgAi.aspx?ID=8717"}
    assert "122 arrests" in _text(web, dem, urlsplit(rep).path)
    d = _auth(truth, host)["deliverables"]
    assert not d["5.1"]["criteria"]["statistics"] and not any(dem in u for u in d["5.1"]["pages"])
    assert d["5.5"]["status"] == "not_met"


def test_one_fact_councils(web: Heldback193Web, truth: dict) -> None:
    rb = "www.reigate-banstead.gov.uk"
    page = f"http://{rb}/info/20093/community_safety/1247/cctv_and_community_safety"
    assert page in _links(web, rb, "/a-z") and _auth(truth, rb)["heldback"]["robots_forbid_search"]
    assert "reigate-banstead.moderngov.co.uk" in " ".join(_links(web, rb, urlsplit(page).path))
    md = "www.middevon.gov.uk"
    terms = "/media/1182/leisure-membership-terms-and-conditions.pdf"
    assert "recordings are kept for 30 days" in _text(web, md, terms)
    assert _auth(truth, md)["deliverables"]["5.1"]["pages"] == [f"http://{md}{terms}"]
    for host, crit in ((rb, "cameras"), (md, "retention")):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    assert "democracy.middevon.gov.uk" in web.sites[md].hosts()


def test_documents_list_page_with_annual_report_holding_step_2_and_spoc(web: Heldback193Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    main = _main(web, host, "/community-safety-and-emergencies/cctv")
    assert "step 2" not in main and "single point of contact" not in main
    rep = "/media/2vh1ko/cctv-annual-report-2023.pdf"
    text = _text(web, host, rep)
    assert "full (step 2) certification" in text and "single point of contact" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-11" and not d["5.2"]["mark_displayed"]
    assert _paths(d["5.3"]) == {rep} and d["5.5"]["status"] == "partial"


def test_certification_only_inside_codes(web: Heldback193Web, truth: dict) -> None:
    wl, tw = "www.west-lindsey.gov.uk", "www.tunbridgewells.gov.uk"
    assert "step 1" not in _main(web, wl, "/communities-safety/cctv-public-spaces").lower()
    assert "step 1 (desktop) certification" in _text(web, wl, "/media/9120/cctv-code-of-practice-2024.pdf")
    assert "step 2" not in _main(web, tw, "/community-safety/cctv").lower()
    assert "Document control" in _text(web, tw, "/sites/default/files/2024-03/cctv-code-of-practice.pdf")
    levels = {h: _auth(truth, h)["deliverables"]["5.2"]["level"] for h in (wl, tw)}
    assert levels == {wl: "step1", tw: "step2"}


def test_unsigned_police_agreement_in_data_sharing_register(web: Heldback193Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    reg = "/council/transparency/data-sharing-register"
    assert "<td>under review, not yet signed</td>" in _html(web, host, reg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _paths(d["5.5"]) == {reg}
    assert d["5.1"]["criteria"]["police_agreement"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback193Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.rochford.gov.uk", "www.folkestone-hythe.gov.uk", "www.adur-worthing.gov.uk"}
    )
    assert _auth(truth, "www.adur-worthing.gov.uk")["heldback"]["robots_forbid_search"]
    assert "4,812 penalty charge notices" in _text(
        web, "www.folkestone-hythe.gov.uk", "/media/8812/parking-annual-report-2023-24.pdf"
    )
