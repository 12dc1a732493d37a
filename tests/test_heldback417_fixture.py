"""The four hundred and seventeenth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh (none in the fifteen sets before this one) and of the brief's mix of types; the
labelling rules hold with the intended tallies; and the structures the set is built from are really served (a
student hub leading to a CCTV page whose table sets the council's cameras beside the universities'; a SPOC on a
governance page; a signed police agreement listed among agreements with the universities and students' unions;
statistics and an agreement mention only in an annual review PDF; a draft four-party student safety protocol linked
only from a student page; an NSI audit that is not certification; /cy and /en twins and a footage page with Welsh and
English side by side; a layered privacy notice whose full layer, at a ?layer=full address, alone holds a step 1 claim
and the SPOC; a step 2 claim only inside a linked certificate PDF beside 'award-winning'; a step 2 claim only in the
council's own row of a table of schemes; a code of practice as HTML articles with the partners' signature table and a
key personnel appendix; a monitoring agreement only mentioned, 'working towards' certification and a committee item on
a democracy host; a signed protocol inside a code served without extension; one-fact councils on an event page and a
college students' page; robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback417.truth import TRUTH_PATH
from fixtures.heldback417.web import Heldback417Web


@pytest.fixture(scope="module")
def web() -> Heldback417Web:
    return Heldback417Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_briefs_mix(web: Heldback417Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 417)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_student_hub_whose_camera_table_governance_spoc_and_agreements_page(web: Heldback417Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    cctv = f"http://{host}/info/20101/community_safety/270/cctv_in_oxford"
    nights = f"http://{host}/info/20213/students/1404/safer_nights_out"
    assert nights in _links(web, host, "/info/20213/students")
    assert cctv in _links(web, host, "/info/20213/students/1404/safer_nights_out")
    html = _html(web, host, urlsplit(cctv).path)
    assert "<td>Oxford City Council</td>" in html and "<td>University of Oxford</td>" in html
    d = _auth(truth, host)["deliverables"]
    gov = "/info/20101/community_safety/1710/surveillance_camera_governance"
    assert "single point of contact" in _main(web, host, gov) and "single point of contact" not in _main(
        web, host, urlsplit(cctv).path
    )
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {gov}
    agree = f"http://{host}/info/20101/community_safety/1711/community_safety_agreements"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley" and _linking(web, host, doc["url"]) == {agree}
    assert "Signed for and on behalf of Thames Valley Police" in _text(web, host, urlsplit(doc["url"]).path)
    memo = next(u for u in _links(web, host, urlsplit(agree).path) if "student_community_memorandum" in u)
    assert "Police" not in _text(web, host, urlsplit(memo).path)
    assert "Those cameras are the landlord's" in _main(
        web, host, "/info/20213/students/1405/hmo_licensing_for_shared_houses"
    )


def test_figures_and_agreement_mention_only_in_annual_review_pdf(web: Heldback417Web, truth: dict) -> None:
    host = "www.royalgreenwich.gov.uk"
    page = "/info/200202/community_safety/1044/cctv_in_royal_greenwich"
    review = "/media/3390/cctv-annual-review-2024-25.pdf"
    assert f"http://{host}{review}" in _links(web, host, page)
    assert "1,912" not in _main(web, host, page) and "Metropolitan Police" not in _main(web, host, page)
    assert "1,912" in _text(web, host, review) and "information sharing agreement" in _text(web, host, review)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {review}
    assert "runs its own cameras" in _main(web, host, "/info/200311/students")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]


def test_draft_student_protocol_only_from_student_page_and_nsi_audit(web: Heldback417Web, truth: dict) -> None:
    host = "www.westnorthants.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    student = f"http://{host}/local-communities/community-safety/students-waterside-and-the-town-centre"
    assert doc["draft"] and not doc["signed"] and _linking(web, host, doc["url"]) == {student}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT FOR CONSULTATION" in text and "20__" in text and "Northamptonshire Police" in text
    assert "National Security Inspectorate" in _main(web, host, "/local-communities/cctv")
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]
    assert "security staff run the cameras" in _main(web, host, urlsplit(student).path)


def test_welsh_twins_and_side_by_side_footage_page(web: Heldback417Web, truth: dict) -> None:
    host = "www.gwynedd.llyw.cymru"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    en = "/en/Residents/Community-safety/CCTV.aspx"
    cy = "/cy/Trigolion/Diogelwch-cymunedol/Teledu-cylch-cyfyng.aspx"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    foot = "/en/Residents/Community-safety/CCTV/Gofyn-am-luniau-Requesting-footage.aspx"
    html = _html(web, host, foot)
    assert '<td lang="cy">' in html and '<td lang="en">' in html and "subject access request" in html
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and f"http://{host}{foot}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] and d["5.5"]["status"] == "partial"
    assert "Bangor University's security team" in _main(web, host, "/en/Residents/Living-in-Bangor-as-a-student.aspx")


def test_layered_privacy_notice_full_layer_holds_step_1_and_spoc(web: Heldback417Web, truth: dict) -> None:
    host = "www.calderdale.gov.uk"
    summary = "/council/privacy/public-spaces-cctv"
    full = f"http://{host}{summary}?layer=full"
    assert full in _links(web, host, summary)
    assert "step 1" not in _main(web, host, summary) and "step 1" not in _main(
        web, host, "/communities/crime-prevention/cctv"
    )
    assert "step 1 (desktop) certification" in _main(web, host, f"{summary}?layer=full")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-03" and not d["5.2"]["mark_displayed"]
    assert {e["url"] for e in d["5.2"]["evidence"]} == {full} == {e["url"] for e in d["5.3"]["evidence"]}
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_step_2_only_in_linked_certificate_beside_award_winning(web: Heldback417Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    main = _main(web, host, "/community-safety/cctv")
    assert (
        "award-winning" in main
        and "step 2" not in main.lower()
        and "<img" not in _html(web, host, "/community-safety/cctv")
    )
    cert = "/sites/default/files/2019-06/cctv-certificate-of-compliance.pdf"
    assert f"http://{host}{cert}" in _links(web, host, "/community-safety/cctv")
    assert "full certification (step 2)" in _text(web, host, cert)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-06-07"
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"] and d["5.5"]["status"] == "not_met"


def test_step_2_in_own_row_of_schemes_table_and_spoc_sentence(web: Heldback417Web, truth: dict) -> None:
    host = "www.woking.gov.uk"
    html = _html(web, host, "/community-and-safety/cctv")
    assert '<th scope="col">Surveillance Camera Code certification</th>' in html
    assert (
        "<td>Woking Borough Council</td><td>62</td><td>Step 2 (full certification), awarded September 2019</td>" in html
    )
    assert "Surrey Heath Borough Council, under contract" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-09"
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert f"http://{host}/forms/cctv-enquiry" in _links(web, host, "/community-and-safety/cctv")


def test_code_as_html_articles_with_signature_table_and_key_personnel(web: Heldback417Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    links = _links(web, host, "/article/1764/CCTV")
    chapters = ["/article/455/Introduction-and-Objectives", "/article/458/Appendix-A-Key-Personnel"]
    assert all(f"http://{host}{c}" in links for c in chapters)
    ch1 = _html(web, host, chapters[0])
    assert (
        "<caption>Signatories</caption>" in ch1
        and "Signed on behalf of Hampshire and Isle of Wight Constabulary" in ch1
    )
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["url"] == f"http://{host}{chapters[0]}"
    assert _render(web, doc["url"]).header("Content-Type").startswith("text/html")
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {chapters[1]}
    assert "service level agreement" in _main(web, host, "/article/1764/CCTV")


def test_mentioned_monitoring_agreement_working_towards_and_committee_item(web: Heldback417Web, truth: dict) -> None:
    host = "www.epsom-ewell.gov.uk"
    dem = "democracy.epsom-ewell.gov.uk"
    page = "/residents/community-safety/cctv"
    assert f"http://{host}{page}" in _links(web, host, "/residents/community-safety/night-time-safety")
    assert "University for the Creative Arts" in _main(web, host, "/residents/community-safety/night-time-safety")
    assert "working towards third-party certification" in _main(web, host, page)
    assert f"http://{dem}/mgAi.aspx?ID=10295" in _links(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "not_met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_signed_protocol_inside_code_served_without_extension(web: Heldback417Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Appendix 3" in text and "Signed for and on behalf of Lancashire Constabulary" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert "democracy.chorley.gov.uk" in web.sites[host].hosts()


def test_one_fact_councils(web: Heldback417Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.derbyshiredales.gov.uk", "cameras", "/events/matlock-bath-illuminations"),
        ("www.melton.gov.uk", "operator", "/community-and-safety/college-students-in-melton"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    dales = web.sites["www.derbyshiredales.gov.uk"]
    assert dales.search is None and '<main id="main">' not in _html(web, "www.derbyshiredales.gov.uk", "/")


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.westnorthants.gov.uk", "www.teignbridge.gov.uk", "www.melton.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback417Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.oxfordshire.gov.uk", "www.teignbridge.gov.uk", "www.braintree.gov.uk"})
    assert "none" in _main(
        web, "www.oxfordshire.gov.uk", "/council/freedom-of-information/disclosure-log/public-space-cctv-in-oxford"
    )
