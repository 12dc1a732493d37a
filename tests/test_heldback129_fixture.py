"""The hundred and twenty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served. The set is about the many camera systems one council
runs and how it splits what it says about them across services: a footage page shared by three systems and linked
from three sections; one privacy notice listing the council's systems beside contractors'; a signed addendum that
extends an unpublished police protocol; camera numbers only on a regeneration project page; a privacy notice with a
paragraph pasted from another service; a grant agreement with the Police and Crime Commissioner that is not a police
agreement; committee papers on a democracy host; a county whose every camera is someone else's; a bilingual site
whose step 2 claim and drafted agreement are answers in a question-and-answer review; a parking camera car that is
not part of the CCTV system; the SPOC designated only in a body worn video policy; signatures only in an e-signature
completion certificate; one-fact councils (a depot, a sports pavilion, bin lorries); a police agreement covering only
car park number plate cameras; a step 1 claim for housing estate cameras only; a systems register table; the SPOC only
on the moveable cameras request page; a step 2 level only in a certificate PDF; a legacy site without search; a site
without search; robots.txt forbidding the search; and councils that publish nothing but carry look-alikes.
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
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback129.truth import TRUTH_PATH
from fixtures.heldback129.web import Heldback129Web

NOTHING = {"www.suffolk.gov.uk", "www.lewes-eastbourne.gov.uk", "www.adur-worthing.gov.uk"}


@pytest.fixture(scope="module")
def web() -> Heldback129Web:
    return Heldback129Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_councils_of_the_brief_mix(web: Heldback129Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 129)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 9, "partial": 3, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 3, "partial": 5, "not_met": 7}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_footage_page_shared_by_three_systems_and_linked_from_three_sections(web: Heldback129Web, truth: dict) -> None:
    host = "www.royalgreenwich.gov.uk"
    footage = f"http://{host}/info/200202/community_safety/198/view_cctv_or_body_camera_footage"
    concierge = f"http://{host}/housing/estate-safety/concierge-and-door-entry"
    assert {
        f"http://{host}/info/200202/community_safety/197/cctv_in_the_borough",
        concierge,
        f"http://{host}/info/200211/parking_and_traffic/1331/challenge_a_penalty_charge_notice",
    } <= _linking(web, host, footage)
    main = _main(web, host, urlsplit(footage).path)
    assert "body worn video" in main and "concierge" in main and "public space CCTV network" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert urlsplit(concierge).path in _paths(d["5.5"])
    review = "/downloads/file/4103/cctv_annual_review_2024-25"
    assert d["5.3"]["status"] == "partial" and _paths(d["5.3"]) == {review} and _no_extension(review)
    assert _render(web, f"http://{host}{review}").header("Content-Type") == "application/pdf"
    for pg in ("/info/200202/community_safety/197/cctv_in_the_borough", urlsplit(footage).path):
        assert "020 8921 6470" not in _html(web, host, pg)
    enforcement = f"http://{host}/info/200211/parking_and_traffic/1330/camera_enforcement_of_moving_traffic"
    assert "approved camera devices" in _main(web, host, urlsplit(enforcement).path)
    assert enforcement not in d["5.1"]["pages"]
    assert not any("freedom_of_information" in u for u in d["5.1"]["pages"])


def test_one_notice_lists_council_and_contractor_systems_and_signed_addendum(web: Heldback129Web, truth: dict) -> None:
    host = "www.calderdale.gov.uk"
    notice = (
        "/council/data/protection-foi/privacy-notices-council-services/cctv-body-worn-and-vehicle-camera-privacy-notice"
    )
    main = _main(web, host, notice)
    for system in ("trash screens", "school transport vehicles", "Community Safety Wardens", "mobile CCTV vehicle"):
        assert system in main, system
    assert "APCOA" in main and "SUEZ" in main and "Cameras this notice does not cover" in main
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{notice}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "West Yorkshire"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "extends the Calderdale CCTV Protocol agreed in 2019" in text
    assert "Signed for and on behalf of West Yorkshire Police" in text
    assert len(web.sites[host].docs) == 1, "the 2019 protocol itself is not published"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("communityprotection@")


def test_numbers_only_on_a_project_page_pasted_paragraph_and_pcc_grant(web: Heldback129Web, truth: dict) -> None:
    host = "www.redcar-cleveland.gov.uk"
    site = web.sites[host]
    project = "/business/regeneration/levelling-up-partnership/safer-communities-cctv"
    holders = {pg.path for pg in site.pages.values() if pg.host == host and "204 cameras" in pg.body}
    assert holders == {project}
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["cameras"] and _paths(d["5.1"]) >= {project}
    notice = "/about-the-council/privacy-notices/cctv-surveillance-privacy-notice"
    assert "Careers and NEET Service" in _main(web, host, notice)
    grant = "/media/8817/safer-streets-grant-agreement-2023.pdf"
    text = _text(web, host, grant)
    assert "Police and Crime Commissioner for Cleveland" in text and "Signed on behalf of" in text
    assert "footage" not in text.lower()
    assert d["5.5"]["status"] == "not_met" and not d["5.5"]["documents"]
    dem = "democracy.redcar-cleveland.gov.uk"
    assert dem in site.hosts() and "limited assurance" in _main(web, dem, "/mgAi.aspx?ID=30211")
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])
    assert not site.az


def test_bilingual_review_answers_hold_step_2_and_drafted_agreement(web: Heldback129Web, truth: dict) -> None:
    host = "www.neath-porttalbot.gov.uk"
    assert f"http://{host}/cy" in _links(web, host, "/")
    review = "/emergencies-and-safety/cctv-and-emergency-response/cctv-annual-review-2024-25"
    html = _html(web, host, review)
    assert '<div class="review-item"><h3>5. Is the scheme independently certified?</h3>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert _paths(d["5.2"]) == {review} and _paths(d["5.5"]) == {review}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert any("/cy/" in u for u in d["5.1"]["pages"])
    car = "/parking/parking-enforcement/camera-enforcement-car"
    assert "not connected to the CCTV control room" in _main(web, host, car)
    assert f"http://{host}{car}" not in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_spoc_only_in_body_worn_video_policy_and_e_signature_certificate(web: Heldback129Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    bwv = "/community-safety/body-worn-video-policy"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {bwv}
    site = web.sites[host]
    holders = {pg.path for pg in site.pages.values() if "single point of contact" in pg.body}
    assert holders == {bwv}
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert doc["signed"] and doc["force"] == "Kent" and "Certificate of completion" in text
    assert "Signed for" not in text and "Signed 11/03/2024" in text
    for decoy in ("/parking/dart-charge", "/community-safety/covert-surveillance-ripa"):
        assert f"http://{host}{decoy}" not in d["5.1"]["pages"]
    assert "Investigatory Powers Commissioner" in _main(web, host, "/community-safety/covert-surveillance-ripa")
    assert d["5.2"]["status"] == "not_met"


def test_only_police_agreement_covers_car_park_number_plate_cameras(web: Heldback129Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    anpr = f"http://{host}/parking/car-parks/number-plate-cameras"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Staffordshire"
    assert _linking(web, host, doc["url"]) == {anpr}
    assert "number plate" in _text(web, host, urlsplit(doc["url"]).path)
    assert len(web.sites[host].docs) == 1
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_step_1_claimed_for_estate_cameras_only_and_no_contact(web: Heldback129Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    estates = "/housing/council-housing/cameras-on-our-estates"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and _paths(d["5.2"]) == {estates}
    cctv = "/community-and-safety/cctv-in-the-borough"
    assert "step" not in _main(web, host, cctv).lower() and "mailto:" not in _html(web, host, cctv)
    assert d["5.3"]["status"] == "not_met" and d["5.1"]["criteria"]["complaints"]


def test_systems_register_and_spoc_only_on_moveable_cameras_page(web: Heldback129Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    reg = "/your-community/cctv/our-camera-systems"
    html = _html(web, host, reg)
    assert "<caption>Register of surveillance camera systems</caption>" in html and html.count("<tr>") == 8
    assert "Not a council system" in html
    d = _auth(truth, host)["deliverables"]
    move = "/your-community/cctv/moveable-cameras"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {move}
    holders = {pg.path for pg in web.sites[host].pages.values() if "single point of contact" in pg.body}
    assert holders == {move}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    (code,) = _paths(d["5.5"])
    assert (_render(web, f"http://{host}{code}").header("Content-Type") or "").startswith("application/vnd.openxml")
    assert "Park Mark" in _main(web, host, "/parking/multi-storey-car-parks") and d["5.2"]["status"] == "not_met"


def test_step_2_level_only_in_certificate_and_two_kinds_of_system(web: Heldback129Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    cctv = "/your-district/public-protection/crime-prevention/cctv"
    main = _main(web, host, cctv)
    assert "Building systems" in main and "The public space network" in main and "step" not in main.lower()
    d = _auth(truth, host)["deliverables"]
    cert = "/media/nsdc/documents/cctv/certificate-of-compliance-public-space-cctv.pdf"
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and _paths(d["5.2"]) == {cert}
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "met" and spoc["phone"] and spoc["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_councils_and_sites_without_search(web: Heldback129Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.gedling.gov.uk", "cameras", "/info/100006/about_the_council/352/the_council_depot"),
        ("www.tunbridgewells.gov.uk", "retention", "/sport-and-leisure/sports-pavilions"),
        ("www.eaststaffsbc.gov.uk", "other_systems", "/bins-and-recycling/our-collection-crews"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    tw, es = web.sites["www.tunbridgewells.gov.uk"], web.sites["www.eaststaffsbc.gov.uk"]
    assert tw.search is None and tw.az and es.search is None and not es.az and not es.sitemap
    assert '<main id="main">' not in _html(web, "www.eaststaffsbc.gov.uk", "/")
    assert "control room" in _main(
        web, "www.gedling.gov.uk", "/news-and-events/2024/camera-for-church-lane-recreation-ground"
    )


def test_robots_forbid_search_only_on_eastbourne(truth: dict) -> None:
    forbid = {a["heldback"]["host"] for a in truth["authorities"] if a["heldback"]["robots_forbid_search"]}
    assert forbid == {"www.lewes-eastbourne.gov.uk"}


def test_councils_that_publish_nothing_still_carry_look_alikes(web: Heldback129Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, NOTHING)
    assert "kept for 90 days" in _main(
        web, "www.adur-worthing.gov.uk", "/anti-social-behaviour/report/sending-us-your-own-footage"
    )
    assert "Surveillance Camera Code" in _text(web, "www.adur-worthing.gov.uk", "/media/media,182233,smxx.pdf")
    assert "data controller" in _main(
        web, "www.suffolk.gov.uk", "/roads-and-transport/school-and-college-travel/information-for-transport-operators"
    )
    assert "camera towers" in _main(web, "www.lewes-eastbourne.gov.uk", "/whats-on/airbourne/safety-and-security")
