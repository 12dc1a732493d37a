"""The four hundred and seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Emphasis: joint working with the police as councils describe it, against a real agreement about the cameras. Checks:
the councils are fresh; the labelling rules hold with the intended tallies; and the structures are really served (a
police officer in the control room, a 'single point of contact for police requests' and a councils' SLA with no
police agreement; a signed agreement linked only from a hosted neighbourhood policing team page; a signed ASB
partnership agreement that is not about cameras; a signed police protocol only as a schedule of the councils' shared
service agreement; four signed police agreements of which one is about the cameras; a weekend police staffing
memorandum 'agreed on behalf of' both; a draft on a site shared with another council; an agreement 'expected to be
signed'; a joint press release; a SPOC row beside the police's own single point of contact; step 1 and step 2
sentences; one-fact councils; councils that publish nothing but carry police look-alikes; robots.txt forbidding search).
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
    evidence_urls,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback407.truth import TRUTH_PATH
from fixtures.heldback407.web import Heldback407Web


@pytest.fixture(scope="module")
def web() -> Heldback407Web:
    return Heldback407Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    return urlsplit(url).path


def test_fresh_councils(web: Heldback407Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 407)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally


def test_police_in_the_room_and_police_request_contact_are_no_agreement(web: Heldback407Web, truth: dict) -> None:
    host = "www.wandsworth.gov.uk"
    cctv = "/community-safety/crime-prevention/cctv-and-retail-radio"
    assert "single point of contact for police requests" in _main(
        web, host, f"{cctv}/police-and-law-enforcement-requests"
    )
    jcc = _main(web, host, f"{cctv}/joint-control-centre")
    assert "Metropolitan Police officer works in the JCC" in jcc and "service level agreement between the two" in jcc
    snt = f"http://{host}/community-safety/safer-neighbourhood-teams"
    assert f"{snt}/tooting-ward" in _links(web, host, _path(snt))
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met" and not d["5.5"]["documents"]
    assert not d["5.1"]["criteria"]["police_agreement"]
    # the only document the site links is the code of practice, which is no agreement
    assert "Signed" not in _text(web, host, "/media/4410/cctv_code_of_practice.pdf")


def test_agreement_linked_only_from_hosted_policing_team_page(web: Heldback407Web, truth: dict) -> None:
    host = "www.kirklees.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    hud = f"http://{host}/beta/crime-and-safety/neighbourhood-policing/huddersfield-town-centre.aspx"
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "West Yorkshire"
    assert _linking(web, host, doc["url"]) == {hud}
    assert "provided by West Yorkshire Police" in _main(web, host, "/beta/crime-and-safety/neighbourhood-policing.aspx")
    assert "agreement" not in _main(web, host, "/beta/crime-and-safety/closed-circuit-television.aspx").lower()
    text = _text(web, host, _path(doc["url"]))
    assert "Signed on behalf of West Yorkshire Police" in text and "Signed on behalf of Kirklees Council" in text
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-03" and not d["5.2"]["mark_displayed"]
    assert {_path(e["url"]) for e in d["5.3"]["evidence"]} == {"/beta/crime-and-safety/governance.aspx"}
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_signed_asb_partnership_agreement_is_not_about_cameras(web: Heldback407Web, truth: dict) -> None:
    host = "www.centralbedfordshire.gov.uk"
    pdf = "/download/downloads/id/8812/asb_partnership_agreement_2024-2027.pdf"
    text = _text(web, host, pdf)
    assert "Signed for Bedfordshire Police" in text and "Signed for Central Bedfordshire Council" in text
    assert "cctv" not in text.lower() and "camera" not in text.lower()
    c1 = "/info/43/community_safety/149/closed_circuit_television_cctv"
    assert f"http://{host}{c1}/2" in _links(web, host, c1) and f"http://{host}{c1}/3" in _links(web, host, f"{c1}/2")
    assert "Police and Crime Commissioner" in _main(web, host, f"{c1}/3")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.control@")


def test_police_protocol_only_as_a_schedule_of_the_councils_agreement(web: Heldback407Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    cctv = "/your-district/public-protection/crime-prevention/cctv"
    html = _html(web, host, cctv)
    assert ">shared service agreement</a>" in html and "dedicated police radios" in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Nottinghamshire"
    text = _text(web, host, _path(doc["url"]))
    sched = text.index("Schedule 3")
    assert text.index("Signed for Broxtowe Borough Council") < sched < text.index("Signed for Nottinghamshire Police")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_one_camera_agreement_among_four_signed_police_agreements(web: Heldback407Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    page = "/your-community/community-safety/working-with-kent-police"
    pdfs = [u for u in _links(web, host, page) if u.endswith(".pdf")]
    assert len(pdfs) == 4
    for url in pdfs:
        assert "Signed for and on behalf of Kent Police" in _text(web, host, _path(url)), url
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] in pdfs and "Monitoring Centre" in doc["title"] and d["5.5"]["status"] == "met"
    assert "CCTV required by a premises licence" in _text(
        web, host, "/media/4411/joint-licensing-enforcement-protocol.pdf"
    )
    perf = "/your-community/cctv/cctv-service-performance"
    assert "<img" not in _main(web, host, perf) and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-10"
    code = _render(web, f"http://{host}/media/3321/cctv-code-of-practice.docx")
    assert (code.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "amc@ashford.example.gov.uk"


def test_weekend_police_staff_memorandum_agreed_by_both(web: Heldback407Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, _path(doc["url"]))
    assert "Agreed on behalf of Lincolnshire Police" in text and "Agreed on behalf of City of Lincoln Council" in text
    assert "Signed" not in text and "Friday and Saturday nights" in text
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["date"] == "2024-06-14"
    html = _html(web, host, "/safety-emergencies/cctv")
    assert '<aside class="contact-box"><h2>Surveillance camera single point of contact</h2>' in html
    assert "step 2" in _main(web, host, "/safety-emergencies/cctv/cctv-faqs")
    assert d["5.2"]["level"] == "step2" and d["5.3"]["status"] == "met"


def test_spoc_row_beside_the_police_single_point_of_contact(web: Heldback407Web, truth: dict) -> None:
    host = "www.eastherts.gov.uk"
    who = _html(web, host, "/community-safety/who-does-what")
    assert "<td>Single point of contact for surveillance cameras (East Herts Council)</td>" in who
    assert "<td>Police single point of contact for East Herts</td>" in who
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("community.wellbeing@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    dem = "democracy.eastherts.gov.uk"
    assert "re-signed" in _main(web, dem, "/mgAi.aspx?ID=3120")
    assert not any(urlsplit(u).hostname == dem for u in evidence_urls(_auth(truth, host)))


def test_draft_agreement_on_a_site_shared_with_another_council(web: Heldback407Web, truth: dict) -> None:
    host = "www.adur-worthing.gov.uk"
    main = _main(web, host, "/community-safety/cctv")
    assert "Worthing Borough Council has 24" in main and "has not yet been signed" in main
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and doc["force"] == "Sussex"
    text = _text(web, host, _path(doc["url"]))
    assert "not for signature" in text and "Signed for Sussex Police: ....." in text


def test_expected_signature_and_joint_press_release_are_mentions(web: Heldback407Web, truth: dict) -> None:
    elm = "www.elmbridge.gov.uk"
    rdc = "/community-and-living/community-safety/public-space-cctv/redeployable-cameras"
    assert "expect both organisations to sign it" in _main(web, elm, rdc)
    assert "Park Mark" in _main(web, elm, "/parking/drewitts-court-car-park")
    d = _auth(truth, elm)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.2"]["status"] == "not_met"
    ncl = "www.newcastle-staffs.gov.uk"
    jpr = "/news/council-and-police-sign-cctv-agreement"
    assert "joint press release" in _main(web, ncl, jpr)
    d = _auth(truth, ncl)["deliverables"]
    assert {_path(e["url"]) for e in d["5.5"]["evidence"]} == {jpr} and d["5.5"]["status"] == "partial"
    assert not d["5.1"]["criteria"]["police_agreement"]
    assert "police radio network" in _main(web, ncl, "/community-safety/town-centre-cctv")


def test_one_fact_councils(web: Heldback407Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.rochford.gov.uk", "cameras", "/business/rayleigh-town-centre"),
        ("www.folkestone-hythe.gov.uk", "other_systems", "/environment/fly-tipping"),
    ):
        d = _auth(truth, host)["deliverables"]
        assert [k for k, v in d["5.1"]["criteria"].items() if v] == [crit], host
        assert d["5.1"]["pages"] == [f"http://{host}{path}"] and d["5.5"]["status"] == "not_met", host
    prot = _text(web, "www.rochford.gov.uk", "/media/3318/joint-licensing-enforcement-protocol.pdf")
    assert "premises licence requires CCTV" in prot and "Signed for Essex Police" in prot
    assert "Kent Police's district" in _main(
        web, "www.folkestone-hythe.gov.uk", "/community-safety/community-safety-unit"
    )


def test_councils_that_publish_nothing_carry_police_look_alikes(web: Heldback407Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.norfolk.gov.uk", "www.anglesey.gov.uk", "www.eastcambs.gov.uk"})
    da = _text(web, "www.norfolk.gov.uk", "/-/media/norfolk/downloads/safety/domestic-abuse-partnership-agreement.pdf")
    assert "Signed for Norfolk Constabulary" in da
    rural = _text(web, "www.eastcambs.gov.uk", "/sites/default/files/rural-crime-partnership-agreement-2023.pdf")
    assert "Signed for Cambridgeshire Constabulary" in rural
    ec = web.sites["www.eastcambs.gov.uk"]
    assert ec.search is None and not ec.sitemap and not ec.az and '<main id="main">' not in _html(web, ec.host, "/")
    cy = "/cy/Trigolion/Diogelwch-cymunedol"
    assert '<html lang="cy">' in _html(web, "www.anglesey.gov.uk", cy)
    assert "http://www.anglesey.gov.uk/en/Residents/Community-safety" in _links(web, "www.anglesey.gov.uk", cy)
    assert "front counter" not in _main(web, "www.anglesey.gov.uk", "/en/Residents/Community-safety")
    assert "customer service counter" in _main(
        web, "www.anglesey.gov.uk", "/en/Residents/Community-safety/Police-at-our-front-desk"
    )


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.kirklees.gov.uk", "www.norfolk.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
