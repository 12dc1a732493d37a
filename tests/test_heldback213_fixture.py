"""The two hundred and thirteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a SPOC designated only in the general enquiry form's
topic list; a SPOC only on one officer's profile page behind a team page of staff cards, beside a Prevent SPOC; a
SPOC only inside a CCTV policy PDF; a SPOC named with no contact route; a control-room telephone as the only contact
on a camera page filed under Housing; a 'Who is responsible?' box of SIRO, DPO and RIPA SRO without a SPOC; a step 2
claim only on a concierge page beside a stepless mark elsewhere; a step 2 sentence beside a mark; a step 1 sentence
with no mark; signed agreements as a PDF in a documents table, a Word memorandum and a PDF on a police sub-page; a
draft Word protocol; agreement mentions; facts split into a service privacy notice PDF among sixteen; FOI answers at
foi.php addresses; a Welsh twin; one-fact councils on a coastal path page and a car park page; and councils that
publish nothing but carry parish, enforcement, FOI and job-advert look-alikes).
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

from fixtures.heldback213.truth import TRUTH_PATH
from fixtures.heldback213.web import Heldback213Web


@pytest.fixture(scope="module")
def web() -> Heldback213Web:
    return Heldback213Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_fresh_councils(web: Heldback213Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 213)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_spoc_only_in_the_general_enquiry_form(web: Heldback213Web, truth: dict) -> None:
    host = "www.walthamforest.gov.uk"
    cctv, form = "/content/closed-circuit-television-cctv", "/contact-us/general-enquiry"
    assert "single point of contact" not in _main(web, host, cctv).lower()
    assert f"http://{host}{form}" in _links(web, host, cctv)
    html = _html(web, host, form)
    assert '<form class="enquiry"' in html and '<option value="4">Surveillance cameras (CCTV)</option>' in html
    assert "single point of contact" in _main(web, host, form)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {form}
    assert not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert "mailto:" not in _html(web, host, cctv)
    assert "penalty charge notice" in _main(web, host, "/parking-and-roads/camera-enforcement")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_control_room_phone_only_under_housing_and_step_2_on_concierge_page(web: Heldback213Web, truth: dict) -> None:
    host = "www.sandwell.gov.uk"
    cctv = "/info/200223/housing/2536/cctv_in_sandwell"
    concierge = "/info/200223/housing/2537/concierge_service_for_high-rise_blocks"
    main = _main(web, host, cctv)
    assert "0121 569 4410" in main and "@" not in main and "mailto:" not in _html(web, host, cctv)
    assert "step 2" not in main.lower() and "step 2" in _main(web, host, concierge)
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(web, host, cctv)
    d = _auth(truth, host)
    assert d["heldback"]["robots_forbid_search"]
    dl = d["deliverables"]
    assert dl["5.3"]["status"] == "partial" and dl["5.3"]["spoc"]["phone"] and not dl["5.3"]["spoc"]["email"]
    assert dl["5.2"]["level"] == "step2" and dl["5.2"]["mark_displayed"] and dl["5.2"]["awarded"] == "2021-03"
    assert f"http://{host}{concierge}" in {e["url"] for e in dl["5.2"]["evidence"]}


def test_spoc_on_an_officer_profile_behind_staff_cards_and_signed_isa(web: Heldback213Web, truth: dict) -> None:
    host = "www.bathnes.gov.uk"
    team, officer = "/community-safety-team", "/community-safety-team/tom-okafor"
    assert '<ul class="staff-cards">' in _html(web, host, team)
    assert _linking(web, host, f"http://{host}{officer}") == {f"http://{host}{team}"}
    assert "Prevent single point of contact" in _main(web, host, team)
    assert "surveillance camera" not in _main(web, host, team)
    assert "single point of contact for surveillance camera systems" in _main(web, host, officer)
    assert "single point of contact" not in _main(web, host, "/closed-circuit-television-cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {officer}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Avon and Somerset"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety-documents"}
    assert "Signed for and on behalf of Avon and Somerset Constabulary" in _text(web, host, _path(doc["url"]))
    assert "award-winning" in _main(web, host, "/news/control-room-team-celebrated")
    assert d["5.2"]["status"] == "not_met"


def test_spoc_only_inside_the_policy_pdf(web: Heldback213Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    cctv = "/community/community-safety/cctv"
    policy = "/assets/Community/Community-Safety/CCTV/East-Suffolk-Council-CCTV-Policy-2024.pdf"
    assert "single point of contact" not in _main(web, host, cctv).lower()
    assert (_render(web, f"http://{host}{policy}").header("Content-Type") or "") == "application/pdf"
    assert "Single Point of Contact (SPOC)" in _text(web, host, policy)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {policy}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"


def test_spoc_named_without_a_route_step_1_without_mark_and_draft_word_protocol(
    web: Heldback213Web, truth: dict
) -> None:
    host = "www.broxbourne.gov.uk"
    cctv = "/resident-community-and-living/closed-circuit-television-cctv"
    main = _main(web, host, cctv)
    assert "single point of contact for surveillance cameras" in main and "@" not in main
    assert "<img" not in _html(web, host, cctv).split('<main id="main">', 1)[1]
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and not any(d["5.3"]["spoc"][k] for k in ("email", "phone", "name"))
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, _path(doc["url"]))


def test_who_is_responsible_box_without_spoc(web: Heldback213Web, truth: dict) -> None:
    host = "www.bolsover.gov.uk"
    cctv = "/community/community-safety/public-space-cctv"
    html = _html(web, host, cctv)
    assert '<div class="callout" role="note">' in html and "<dt>RIPA Senior Responsible Officer</dt>" in html
    assert "<dt>Data Protection Officer</dt>" in html and "single point of contact" not in html.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "partial"
    assert "Data Protection Act 1998" in _main(web, host, cctv)


def test_signed_word_memorandum_and_foi_answers(web: Heldback213Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex" and doc["url"].endswith(".docx")
    assert "For Essex Police" in _text(web, host, _path(doc["url"]))
    assert _linking(web, host, doc["url"]) == {f"http://{host}/cctv"}
    assert "nine police requests" in _main_or_text(web, host, "/foi.php?foiId=3172")
    assert not any("foi.php" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and urlsplit(d["5.3"]["evidence"][0]["url"]).path.endswith(".pdf")
    assert "working towards third party certification" in _text(web, host, "/pdfs/cctv/CCTV-Code-of-Practice-2024.pdf")
    assert d["5.2"]["status"] == "not_met"


def _main_or_text(web: Heldback213Web, host: str, path: str) -> str:
    html = _html(web, host, path)
    return _main(web, host, path) if '<main id="main">' in html else _text(web, host, path)


def test_signed_sla_on_police_sub_page_and_step_2_sentence_beside_mark(web: Heldback213Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    cctv, police = "/info/20063/community_safety/350/cctv", "/info/20063/community_safety/351/cctv_and_the_police"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Norfolk"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{police}"}
    assert "full step 2 certification" in _main(web, host, cctv) and "<img" in _html(web, host, cctv)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019"
    assert not any("democracy" in e["url"] for k in d for e in d[k]["evidence"])
    assert "democracy.west-norfolk.gov.uk" in web.sites[host].hosts()


def test_facts_split_into_a_privacy_notice_pdf_among_sixteen(web: Heldback213Web, truth: dict) -> None:
    host = "www.southderbyshire.gov.uk"
    notices = "/about-us/data-privacy-and-cookies/privacy-notice"
    pdfs = [u for u in _links(web, host, notices) if u.endswith(".pdf")]
    assert len(pdfs) == 16
    d = _auth(truth, host)["deliverables"]
    comm = f"http://{host}/sites/default/files/2024-01/communities-and-safer-neighbourhoods-privacy-notice.pdf"
    assert comm in pdfs and comm in d["5.1"]["pages"]
    assert "28 days" in _text(web, host, _path(comm))
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and d["5.5"]["status"] == "not_met"


def test_team_mailbox_and_pcc_grant_agreement_near_miss(web: Heldback213Web, truth: dict) -> None:
    host = "www.elmbridge.gov.uk"
    assert "grant funding agreement" in _main(web, host, "/community-safety/safer-streets-walton")
    assert "Safer Parking Award" in _main(web, host, "/parking/car-parks/drewitts-court")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("communitysafety@")


def test_one_fact_councils(web: Heldback213Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.carmarthenshire.gov.wales", "cameras", "/home/leisure/countryside/millennium-coastal-path"),
        ("www.newcastle-staffs.gov.uk", "cameras", "/parking/midway-multi-storey"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"][0] == f"http://{host}{path}", host
    twin = "/cymraeg/hamdden/cefn-gwlad/llwybr-arfordir-y-mileniwm"
    assert 'lang="cy"' in _html(web, "www.carmarthenshire.gov.wales", twin)
    assert (
        f"http://www.carmarthenshire.gov.wales{twin}"
        in _auth(truth, "www.carmarthenshire.gov.wales")["deliverables"]["5.1"]["pages"]
    )
    assert "Stoke-on-Trent" in _main(web, "www.newcastle-staffs.gov.uk", "/news/town-centres-new-cctv-system-goes-live")
    assert "moderngov.newcastle-staffs.gov.uk" in web.sites["www.newcastle-staffs.gov.uk"].hosts()


def test_councils_that_publish_nothing_still_carry_look_alikes(web: Heldback213Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.suffolk.gov.uk", "www.ne-derbyshire.gov.uk", "www.fdean.gov.uk"})
    assert "Parish Council" in _main(web, "www.ne-derbyshire.gov.uk", "/community/parish-and-town-councils")
    assert "does not operate public space CCTV" in _main(
        web, "www.ne-derbyshire.gov.uk", "/your-council/foi-cctv-cameras"
    )
    assert "Rykneld Homes" in _main(web, "www.ne-derbyshire.gov.uk", "/jobs/rykneld-homes-careline-and-cctv-operator")
    assert "belong to Cinderford" in _main(web, "www.fdean.gov.uk", "/news/mobile-cameras-for-four-towns")
    assert "penalty charge notice" in _main(web, "www.suffolk.gov.uk", "/roads-and-transport/bus-lane-enforcement")
    assert "Parish Council" in _main(web, "www.suffolk.gov.uk", "/community-and-safety/locality-budgets")
