"""The 325th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Emphasis: the everyday words for the camera contact and the police agreement, met and near-miss. Checks: the
councils are fresh register rows; the labelling rules hold with the intended tallies; and the structures are really
served ('our camera manager' designated in a page-owner box with a form; a signed partnership agreement with the
Metropolitan Police as a web page; step 2 only as a standards-table row; a control room supervisor's phone in a
table, not designated; a joint protocol under review; a memorandum signed by a council, the force and three town
councils, with a Welsh twin and monitoring by another council under an SLA; a CCTV lead that is only a mailbox; 'the
responsible officer' designated only in a privacy notice; step 1 only in a policy PDF; a partnership agreement with a
BID, not the force; a camera manager that is only a mailbox; a BS 7958 code; a signed 'working arrangement' Word file
only in a data sharing register; 'working towards' certification; a 'working arrangement' between councils; 'our
CCTV lead' designated with a mailbox; a memorandum only mentioned; step 2 only in a photograph's caption; the control
room supervisor designated; a signed joint protocol; a draft annex to a community safety partnership agreement; a
RIPA senior responsible officer; one-fact councils on a toilets page of a shared site and on a subject access page;
a legacy site; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback325.truth import TRUTH_PATH
from fixtures.heldback325.web import Heldback325Web


@pytest.fixture(scope="module")
def web() -> Heldback325Web:
    return Heldback325Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(evidence: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in evidence}


def test_fresh_councils(web: Heldback325Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 325)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 3, "not_met": 8}), tally


def test_camera_manager_in_page_owner_box_and_agreement_as_web_page(web: Heldback325Web, truth: dict) -> None:
    host = "www.bromley.gov.uk"
    cctv = "/crime-prevention-community-safety/cctv"
    html = _html(web, host, cctv)
    box = html.split('<div class="page-owner">', 1)[1].split("</div>", 1)[0]
    assert "our camera manager" in box and "single point of contact" in box and "mailto:" not in box
    assert f"http://{host}/forms/cctv-enquiry" in _links(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["role"] == "camera manager"
    assert not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("text/html")
    text = _main(web, host, urlsplit(doc["url"]).path)
    assert (
        "on behalf of the Metropolitan Police Service" in text and "on behalf of the London Borough of Bromley" in text
    )
    assert f"http://{host}{cctv}" in _linking(web, host, doc["url"])


def test_step_2_table_row_supervisor_phone_and_protocol_under_review(web: Heldback325Web, truth: dict) -> None:
    host = "www.bradford.gov.uk"
    base = "/crime-and-community-safety/cctv-in-the-bradford-district"
    assert "<td>Full certification (step 2) awarded</td>" in _html(web, host, f"{base}/standards-we-meet")
    assert "step 2" not in _main(web, host, base).lower()
    contacts = _html(web, host, f"{base}/out-of-hours")
    assert "<td>Control room supervisor</td><td>01274 437610</td>" in contacts
    assert "single point of contact" not in contacts
    police = _main(web, host, f"{base}/working-with-west-yorkshire-police")
    assert "is under review" in police and "joint protocol" in police
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-11" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] == "01274 437610"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_memorandum_signed_by_five_parties_welsh_twin_and_lead_mailbox(web: Heldback325Web, truth: dict) -> None:
    host = "www.denbighshire.gov.uk"
    cctv = "/en/resident/community-and-living/community-safety/cctv.aspx"
    cy = "/cy/preswylydd/cymuned-a-byw/diogelwch-cymunedol/teledu-cylch-cyfyng.aspx"
    assert f"http://{host}{cy}" in _links(web, host, cctv)
    assert '<html lang="cy">' in _html(web, host, cy)
    main = _main(web, host, cctv)
    assert "service level agreement between the two councils" in main and "single point of contact" not in main
    assert "cctvlead@denbighshire.example.gov.uk" in main
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "North Wales"
    text = _text(web, host, urlsplit(doc["url"]).path)
    for party in ("North Wales Police", "Rhyl Town Council", "Prestatyn Town Council", "Rhuddlan Town Council"):
        assert f"Signed for and on behalf of {party}" in text, party
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["role"] == "CCTV lead"
    assert "moderngov.denbighshire.gov.uk" in web.sites[host].hosts()


def test_responsible_officer_only_in_privacy_notice_and_step_1_only_in_pdf(web: Heldback325Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    cctv = _main(web, host, "/community-safety/cctv")
    assert "responsible officer" not in cctv.lower() and "step one" not in cctv.lower()
    assert "service level agreement between the two councils" in cctv and "Warwickshire County Council" in cctv
    notice = _main(web, host, "/privacy/privacy-notices/cctv-privacy-notice")
    assert "The responsible officer for our surveillance cameras" in notice and "single point of contact" in notice
    policy = "/documents/community-safety/cctv-policy-2023.pdf"
    assert "step one (desktop) certification" in _text(web, host, policy)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert _paths(d["5.3"]["evidence"]) == {"/privacy/privacy-notices/cctv-privacy-notice"}
    assert d["5.2"]["level"] == "step1" and _paths(d["5.2"]["evidence"]) == {policy}
    assert d["5.5"]["status"] == "not_met" and a["heldback"]["robots_forbid_search"]


def test_bid_partnership_agreement_and_camera_manager_mailbox(web: Heldback325Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    main = _main(web, host, "/CCTV")
    assert "partnership agreement with Burton BID (PDF)" in main and "Data Protection Act 1998" in main
    bid = _text(web, host, "/sites/default/files/docs/cctv/burton-bid-cctv-partnership-agreement.pdf")
    assert "Signed for and on behalf of Burton upon Trent BID" in bid and "Police" not in bid
    code = _text(web, host, "/sites/default/files/docs/cctv/control-centre-code-of-practice.pdf")
    assert "BS 7958" in code and "certification" not in code.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cameramanager@")
    assert "single point of contact" not in main


def test_working_arrangement_word_file_only_in_data_sharing_register(web: Heldback325Web, truth: dict) -> None:
    host = "www.folkestone-hythe.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and doc["url"].endswith(".docx")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/data-protection/data-sharing-arrangements"}
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Signed for and on behalf of Kent Police" in _text(web, host, urlsplit(doc["url"]).path)
    cctv = _main(web, host, "/community-safety/cctv")
    assert "working towards third-party certification" in cctv and d["5.2"]["status"] == "not_met"
    for path in ("/community-safety/cctv", "/community-safety/cctv/police-access-to-recordings"):
        assert "mailto:" not in _html(web, host, path)
    assert d["5.3"]["status"] == "not_met"


def test_working_arrangement_between_councils_is_not_a_police_agreement(web: Heldback325Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert "<dt>Who watches the cameras?</dt>" in html
    assert "Wychavon District Council staff under a working arrangement between the two councils" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"
    assert d["5.3"]["spoc"]["phone"] == "01905 722410"


def test_cctv_lead_designated_and_memorandum_only_mentioned(web: Heldback325Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    html = _html(web, host, "/article/21203/CCTV")
    assert "<h2>Our CCTV lead</h2>" in html and "single point of contact (SPOC)" in html
    assert "memorandum of understanding between the council and the force" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctv.lead@boston.example.gov.uk"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert "Annual CCTV report" in _html(web, "democracy.boston.gov.uk", "/mgAi.aspx?ID=6364")


def test_step_2_only_in_caption_supervisor_designated_and_joint_protocol(web: Heldback325Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    html = _html(web, host, "/safety-emergencies/cctv")
    caption = html.split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert "full step 2 certification" in caption
    assert "step 2" not in html.replace(caption, "")
    assert 'alt="Operators at the video wall in the City Hall control room"' in html
    assert "Lincoln BIG pays for the radio link under a partnership agreement" in html
    gov = _main(web, host, "/safety-emergencies/cctv/governance-and-contacts")
    assert "The control room supervisor is our designated single point of contact" in gov
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire"
    assert "Signed for and on behalf of Lincolnshire Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_draft_annex_mailbox_and_ripa_officer(web: Heldback325Web, truth: dict) -> None:
    host = "www.reigate-banstead.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Annex D" in text and "20__" in text and "NOT FOR SIGNATURE" in text
    ripa = _main(web, host, "/info/20014/your_council/1410/surveillance_ripa")
    assert "Senior Responsible Officer for RIPA" in ripa
    assert d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["role"]
    assert not any("ripa" in e["url"] for e in d["5.3"]["evidence"])
    assert "reigate-banstead.moderngov.co.uk" in web.sites[host].hosts()


def test_one_fact_councils(web: Heldback325Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.adur-worthing.gov.uk", "cameras", "/toilets/shoreham-beach-fort"),
        ("www.southribble.gov.uk", "subject_access", "/your-council/data-protection/ask-for-your-personal-information"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    worthing = _main(web, "www.adur-worthing.gov.uk", "/community-safety/worthing-town-centre-cctv")
    assert "Worthing Borough Council owns 16 cameras" in worthing and "kept for 31 days" in worthing
    assert "Chorley Council" in _main(web, "www.southribble.gov.uk", "/news/2024/moss-lane-underpass-cameras")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback325Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.cornwall.gov.uk", "www.hertfordshire.gov.uk", "www.southhams.gov.uk"})
    hams = web.sites["www.southhams.gov.uk"]
    assert hams.search is None and not hams.sitemap and not hams.az
    assert '<main id="main">' not in _html(web, "www.southhams.gov.uk", "/")
    assert "webcam" in _html(web, "www.southhams.gov.uk", "/harbours/salcombe-harbour/webcam")
    assert _auth(truth, "www.hertfordshire.gov.uk")["heldback"]["robots_forbid_search"]
