"""The 289th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a step 2 renewal only on one slide of a ward-panel deck
served without extension; another only in an action row of a Word annual review; another in an 'inspections and
audits' list; a SPOC as a 'nominated point of contact' by post title only; a Senior Responsible Officer inside a
question list; a 'senior officer responsible' sentence; a signed memorandum of understanding as a Word file without
extension; a signed monitoring protocol PDF; a signed joint operating protocol as an HTML page with a signatures
table; a draft memorandum with dotted signature lines; protocol and agreement mentions; a neighbour council's
certified room; former districts' area pages; council-owned companies, leisure trusts and housing bodies with their
own cameras; one-fact councils on a housing estate page and a town and parish councils page of a legacy site; and
councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
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

from collections import Counter

from fixtures.heldback289.truth import TRUTH_PATH
from fixtures.heldback289.web import Heldback289Web


@pytest.fixture(scope="module")
def web() -> Heldback289Web:
    return Heldback289Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback289Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 289)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 7, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_renewal_only_on_a_slide_of_a_deck_without_extension(web: Heldback289Web, truth: dict) -> None:
    host = "www.royalgreenwich.gov.uk"
    main = "/info/200202/community_safety/198/cctv_and_body_worn_cameras"
    deck = f"http://{host}/downloads/file/5120/cctv_ward_panels_autumn_2022"
    assert _no_extension(deck) and _linking(web, host, deck) == {f"http://{host}{main}"}
    r = _render(web, deck)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(deck).path)
    assert "Slide 6: Standards" in text and "renewed in June 2022" in text
    assert "renewed" not in _main(web, host, main) and "certif" not in _main(web, host, main).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-06"
    assert not d["5.2"]["mark_displayed"] and {e["url"] for e in d["5.2"]["evidence"]} == {deck}
    assert "GLL operates its own CCTV" in _main(web, host, "/info/200270/sport_and_leisure/1102/leisure_centres")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_nominated_point_of_contact_by_post_and_signed_word_memorandum(web: Heldback289Web, truth: dict) -> None:
    host = "www.bradford.gov.uk"
    acc = "/crime-and-community-safety/cctv/accountability"
    main = _main(web, host, acc)
    assert "nominated point of contact" in main and "single point of contact" not in main.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["name"] is None and d["5.3"]["spoc"]["email"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Yorkshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{acc}"}
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Memorandum of Understanding" in text and "Signed for and on behalf of West Yorkshire Police" in text
    assert "BS 7958" in _main(web, host, "/crime-and-community-safety/cctv") and d["5.2"]["status"] == "not_met"
    assert "number plate recognition" in _main(web, host, "/transport-and-travel/clean-air-zone-cameras")
    assert "Incommunities runs CCTV" in _main(web, host, "/housing/incommunities-homes")


def test_area_pages_leisure_company_and_working_towards(web: Heldback289Web, truth: dict) -> None:
    host = "www.northyorks.gov.uk"
    main = f"http://{host}/environment-and-neighbourhoods/cctv-public-spaces-north-yorkshire"
    for area in ("hambleton", "harrogate", "scarborough", "selby"):
        assert _linking(web, host, f"{main}/cctv-public-spaces-{area}-area") == {main}, area
    d = _auth(truth, host)["deliverables"]
    report = f"{main}/hambleton-cctv-annual-report-2022-2023"
    assert "working towards third-party certification" in _main(web, host, urlsplit(report).path)
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "wholly owned by the council" in _main(web, host, "/leisure/brimhams-active")
    assert "Ryedale Cameras in Action" in _main(web, host, urlsplit(main).path + "/cctv-public-spaces-scarborough-area")


def test_senior_responsible_officer_in_question_list_and_signed_protocol(web: Heldback289Web, truth: dict) -> None:
    host = "www.guildford.gov.uk"
    who = "/community-safety/town-centre-cctv/who-watches-the-cameras"
    html = _html(web, host, who)
    assert '<p class="q"><strong>Who answers for the council' in html and "single point of contact" not in html
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["date"] == "2023-09-18" and _linking(web, host, doc["url"]) == {f"http://{host}{who}"}
    assert "Signed for and on behalf of Surrey Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Waverley Borough Council" in _main(web, host, "/council/working-with-waverley")


def test_renewal_in_word_review_action_row_and_html_protocol(web: Heldback289Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    review = "/downloads/file/3360/cctv-annual-review-2023.docx"
    r = _render(web, f"http://{host}{review}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Action 1: Renew third-party certification" in _text(web, host, review)
    assert "renewed" not in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2023-03-14"
    jop = "/community-safety/cctv/joint-operating-protocol"
    html = _html(web, host, jop)
    assert "<caption>Signed for each party</caption>" in html and "Lancashire Constabulary" in html
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["url"] == f"http://{host}{jop}" and d["5.3"]["status"] == "partial"


def test_inspections_and_audits_list_stale_fee_and_protocol_mention(web: Heldback289Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    about = _html(web, host, "/pages/about_the_camera_system")
    assert "<h2>Inspections and audits</h2><ul>" in about and "certificate renewed for five years" in about
    apply = _main(web, host, "/pages/how_to_apply_for_access_to_information_held_on_the_cctv_system")
    assert "Data Protection Act 1998" in apply and "£10" in apply
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2023-04" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert '<main id="main">' in _html(web, host, "/")


def test_draft_memorandum_neighbours_room_and_council_owned_airport(web: Heldback289Web, truth: dict) -> None:
    host = "www.fareham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT v0.3" in text and "Date: .........." in text
    assert "Gosport Borough Council's control room" in _main(web, host, "/community/community-safety/cctv")
    assert d["5.2"]["status"] == "not_met"
    assert "The council owns Solent Airport" in _main(web, host, "/business/solent-airport-daedalus")


def test_senior_officer_responsible_and_town_council_funding(web: Heldback289Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    main = _main(web, host, "/community-and-safety/cctv")
    assert "senior officer responsible for all surveillance camera systems" in main
    assert "single point of contact" not in main.lower() and "Abingdon Town Council pays a third" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met" and d["5.1"]["criteria"]["statistics"]


def test_no_control_room_drones_and_preparing_for_certification(web: Heldback289Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    strat = "/wp-content/uploads/2020/01/CCTV-Strategy-2019-2025.pdf"
    assert "we are preparing for third party certification" in _text(web, host, strat)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["other_systems"]
    assert "wholly owned by the council" in _main(web, host, "/residents/housing-and-qualis")
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_cameras_run_for_town_councils_with_five_criteria(web: Heldback289Web, truth: dict) -> None:
    host = "www.pendle.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "met" and sum(d51["criteria"].values()) == 5
    main = _main(web, host, "/info/20070/community_safety/174/cctv")
    assert "service agreement" in main and "King George's Hall" in main
    assert "Housing Pendle" in _main(web, host, "/housing/housing-pendle")


def test_one_fact_councils(web: Heldback289Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.cannockchasedc.gov.uk", "cameras", "/housing/our-estates/benion-road-chadsmoor"),
        ("www.e-lindsey.gov.uk", "operator", "/article/5120/Town-and-Parish-Councils"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    site = web.sites["www.e-lindsey.gov.uk"]
    assert site.search is None and not site.sitemap and not site.az
    assert '<main id="main">' not in _html(web, "www.e-lindsey.gov.uk", "/")
    dem = "democracy.e-lindsey.gov.uk"
    assert "control room service" in _text(web, dem, "/documents/s41210/CCTV_scrutiny_panel_report.pdf")
    assert "Magna Vitae operates its own" in _html(web, "www.e-lindsey.gov.uk", "/article/5200/Leisure-Centres")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback289Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.warwickshire.gov.uk", "www.ceredigion.gov.uk", "www.rother.gov.uk"})
    assert '<html lang="cy">' in _html(web, "www.ceredigion.gov.uk", "/cy/preswylwyr/diogelwch-cymunedol")
    assert "wholly owned by the county council" in _main(
        web, "www.warwickshire.gov.uk", "/council/warwickshire-property-and-development-group"
    )
    assert "charitable trust" in _main(web, "www.rother.gov.uk", "/leisure/de-la-warr-pavilion")
