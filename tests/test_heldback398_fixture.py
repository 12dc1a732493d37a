"""The 398th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: camera material placed inside emergency, resilience and
major-event pages (a Carnival safety page holding the weekend monitoring and the only police agreement mention, beside
police masts and facial recognition vans; a Martyn's Law page holding one fact beside a Protect single point of
contact; a step 2 claim only in a safety advisory group's membership table; a question-per-page policy with an
emergencies question and the SPOC on the 'who is responsible' question; a SPOC only on a Local Resilience Unit page and
a bilingual twin; CCTV on part 7 of a paged guide, a step 2 claim only in a council-run festival's event management
plan without extension and a signed SLA linked only from the SAG's list for partner agencies; facts on part 5 of a
paged event guide and a draft protocol; a public Major Incident Plan holding a step 1 claim and a signed police
protocol; a one-fact bonfire page on a legacy site; passive cameras watched only for events and emergencies; a SPOC only
on a Martyn's Law page and a signed ISA linked only from a page on the control room's roles during major events; a
published self-assessment and BS 7958 without certification, beside a RIPA Senior Responsible Officer) and three
councils that publish nothing but carry look-alikes.
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

from fixtures.heldback398.truth import TRUTH_PATH
from fixtures.heldback398.web import Heldback398Web


@pytest.fixture(scope="module")
def web() -> Heldback398Web:
    return Heldback398Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(urls: list[str]) -> set[str]:
    return {urlsplit(u).path for u in urls}


def test_fresh_councils_of_the_brief_mix(web: Heldback398Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 398)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_carnival_page_holds_weekend_monitoring_and_the_only_agreement_mention(
    web: Heldback398Web, truth: dict
) -> None:
    host = "www.rbkc.gov.uk"
    cctv = "/community-and-local-life/community-safety/cctv-closed-circuit-television"
    safety = "/notting-hill-carnival/safety-and-security"
    carnival = _main(web, host, safety)
    assert "information sharing agreement between the council and the Metropolitan Police Service" in carnival
    assert "live facial recognition vans" in carnival and "staffed around the clock" in carnival
    assert "information sharing agreement" not in _main(web, host, cctv)
    assert f"http://{host}{cctv}" in _links(web, host, safety)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _paths([e["url"] for e in d["5.5"]["evidence"]]) == {safety}
    assert d["5.1"]["criteria"]["police_agreement"] and f"http://{host}{safety}" in d["5.1"]["pages"]
    strategy = "/sites/default/files/atoms/files/CCTV-Strategy-2021-2024.pdf"
    assert "will look to obtain independent third-party certification" in _text(web, host, strategy)
    assert d["5.2"]["status"] == "not_met"
    notes = "/sites/default/files/atoms/files/Resident-CCTV-Advisory-Group-notes-October-2024.pdf"
    assert "1,412 incidents" in _text(web, host, notes)
    assert not d["5.1"]["criteria"]["statistics"] and f"http://{host}{notes}" not in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_martyns_law_page_one_fact_beside_a_protect_contact(web: Heldback398Web, truth: dict) -> None:
    host = "www.wakefield.gov.uk"
    page = "/community-safety-and-emergencies/protect-duty-martyns-law"
    main = _main(web, host, page)
    assert "Protect single point of contact" in main and "177 public space CCTV cameras" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "partial" and d["5.1"]["pages"] == [f"http://{host}{page}"]
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["cameras"]
    assert d["5.3"]["status"] == "not_met"
    dem = "democracy.wakefield.gov.uk"
    assert "no corporate CCTV policy" in _main(web, dem, "/mgAi.aspx?ID=30871")
    assert f"http://{dem}/" in _links(web, host, "/council-and-democracy/meetings-and-minutes")


def test_step_2_claim_only_in_the_safety_advisory_group_membership_table(web: Heldback398Web, truth: dict) -> None:
    host = "www.peterborough.gov.uk"
    sag, cctv = "/emergencies-and-resilience/event-safety-advisory-group", "/council/council-data/cctv"
    html = _html(web, host, sag)
    assert '<table class="members">' in html and '<th scope="row">Peterborough and Fenland CCTV</th>' in html
    row = html.split('<th scope="row">Peterborough and Fenland CCTV</th>', 1)[1].split("</tr>", 1)[0]
    assert "awarded full (step 2) certification against the Surveillance Camera Code of Practice" in row
    assert "step 2" not in _main(web, host, cctv) and "Data Protection Act 1998" in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-08"
    assert not d["5.2"]["mark_displayed"] and _paths([e["url"] for e in d["5.2"]["evidence"]]) == {sag}
    assert "single point of contact" in _main(web, host, sag) and d["5.3"]["status"] == "partial"
    form = "/media/3391/event-safety-advisory-group-notification-form.docx"
    assert (_render(web, f"http://{host}{form}").header("Content-Type") or "").startswith("application/vnd.openxml")


def test_question_per_page_policy_with_emergency_question_and_spoc(web: Heldback398Web, truth: dict) -> None:
    host = "www.gloucestershire.gov.uk"
    pol = (
        "/council-and-democracy/access-to-information-and-data-protection/"
        "closed-circuit-television-cctv-and-surveillance/cctv-and-surveillance-camera-policy"
    )
    index = _main(web, host, pol)
    assert "30 days" not in index and "single point of contact" not in index
    questions = [u for u in _links(web, host, pol) if urlsplit(u).path.startswith(pol + "/")]
    assert len(set(questions)) == 8
    assert "Local Resilience Forum partners" in _main(web, host, f"{pol}/can-cameras-be-used-in-an-emergency")
    who = f"{pol}/who-is-responsible-for-our-cameras"
    assert "single point of contact for surveillance cameras" in _main(web, host, who)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths([e["url"] for e in d["5.3"]["evidence"]]) == {who}
    assert "information sharing protocol" in _main(web, host, "/emergencies/gloucestershire-local-resilience-forum")
    assert "data sharing agreement" in _main(web, host, "/highways/road-safety-cameras")
    assert d["5.5"]["status"] == "not_met" and a["heldback"]["robots_forbid_search"]


def test_welsh_twin_and_spoc_only_on_the_local_resilience_unit_page(web: Heldback398Web, truth: dict) -> None:
    host = "www.merthyr.gov.uk"
    en = "/resident/crime-safety-and-emergencies/town-centre-wardens-and-cctv"
    cy = "/cymraeg/preswylydd/trosedd-diogelwch-ac-argyfyngau/wardeiniaid-canol-y-dref-a-theledu-cylch-cyfyng"
    lru = "/resident/crime-safety-and-emergencies/emergency-planning/local-resilience-unit"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy) and 'hreflang="cy"' in _html(web, host, en)
    assert "single point of contact" not in _main(web, host, en)
    assert "designated single point of contact for surveillance camera systems" in _main(web, host, lru)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.3"]["status"] == "met"
    assert _paths([e["url"] for e in d["5.3"]["evidence"]]) == {lru}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "CCTV surveys of culverts" in _text(web, host, "/media/2214/local-flood-risk-management-strategy.pdf")


def test_guide_part_7_festival_plan_claim_and_sla_linked_only_from_sag(web: Heldback398Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    guide = "/info/20010/your_environment/203/community_safety"
    assert f"http://{host}{guide}/7" in _links(web, host, f"{guide}/6")
    assert "The council has 283 cameras" in _main(web, host, f"{guide}/7")
    assert "step 2" not in _main(web, host, f"{guide}/7")
    d = _auth(truth, host)["deliverables"]
    (claim,) = d["5.2"]["evidence"]
    assert _no_extension(claim["url"]) and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-11"
    r = _render(web, claim["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "event management plan" in _text(web, host, urlsplit(claim["url"]).path)
    sag = f"http://{host}/info/20012/events/1191/safety_advisory_group"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {sag}
    assert "Signed for and on behalf of Hertfordshire Constabulary" in _text(web, host, urlsplit(doc["url"]).path)
    others = [u for u in _links(web, host, urlsplit(sag).path) if "/downloads/file/" in u and u != doc["url"]]
    assert len(others) == 3 and all(u not in {x["url"] for x in d["5.5"]["documents"]} for u in others)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_event_guide_part_5_and_draft_police_protocol(web: Heldback398Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    ev = "/food-drink-entertainment/planning-event-2"
    assert f"http://{host}{ev}/5" in _links(web, host, f"{ev}/4")
    part5 = _main(web, host, f"{ev}/5")
    assert "CCTV coverage and the control room" in part5 and "released only to the police" in part5
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{ev}/5" in d["5.1"]["pages"] and d["5.1"]["criteria"]["disclosure"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT FOR CONSULTATION" in text and "Signed for Nottinghamshire Police: ....." in text
    assert f"http://{host}/jobs/cctv-operator" not in d["5.1"]["pages"]


def test_councils_that_publish_nothing_still_carry_look_alikes(web: Heldback398Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.molevalley.gov.uk", "www.uttlesford.gov.uk", "www.spelthorne.gov.uk"})
    assert "certificate of compliance" in _main(web, "www.spelthorne.gov.uk", "/news/runnymede-control-room-recognised")
    assert "webcam of Staines Bridge" in _main(web, "www.spelthorne.gov.uk", "/flooding/river-levels-and-webcams")
    assert "51 cameras" in _main(web, "www.molevalley.gov.uk", "/news/2023/have-your-say-on-cctv")
    assert "28 of the 51 cameras" in _main(web, "democracy.molevalley.gov.uk", "/mgAi.aspx?ID=9920")
    main = _main(web, "www.uttlesford.gov.uk", "/community-safety/cctv-in-our-towns")
    assert "does not run public space CCTV" in main and "Town Council" in main


def test_major_incident_plan_holds_step_1_claim_and_signed_protocol(web: Heldback398Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    mip = "/media/3310/wychavon-major-incident-plan-public-version-2024.pdf"
    text = _text(web, host, mip)
    assert (
        "completed step 1 (desktop) certification" in text and "Signed for and on behalf of West Mercia Police" in text
    )
    assert _linking(web, host, f"http://{host}{mip}") == {f"http://{host}/emergencies/major-incident-plan"}
    assert f"http://{host}/emergencies/major-incident-plan" in _links(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2018-03" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["url"] == f"http://{host}{mip}"
    assert "CCTV control room" in _main(web, host, "/emergencies/out-of-hours")


def test_one_fact_bonfire_page_on_a_legacy_site(web: Heldback398Web, truth: dict) -> None:
    host = "www.bromsgrove.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/")
    page = "/things-to-do/events-places-to-visit/bonfire-and-fireworks"
    assert "monitoring centre in Redditch Town Hall" in _text(web, host, page)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{page}"]
    assert [k for k, v in d51["criteria"].items() if v] == ["operator"]


def test_passive_cameras_watched_for_events_and_a_word_code(web: Heldback398Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    assert "watch them live only during pre-planned events, emergencies" in _main(web, host, "/council/use-cctv")
    code = "/media/2292/cctv-code-of-practice.docx"
    assert (_render(web, f"http://{host}{code}").header("Content-Type") or "").startswith("application/vnd.openxml")
    report = _text(web, host, "/media/2291/cctv-annual-report-2023-24.pdf")
    assert "BS 7958" in report and "19 pre-planned events" in report
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_on_martyns_law_page_and_isa_only_from_major_events_page(web: Heldback398Web, truth: dict) -> None:
    host = "www.redditchbc.gov.uk"
    martyn = _main(web, host, "/emergencies-and-safety/martyns-law")
    assert "Protect and Prepare lead" in martyn and "single point of contact for surveillance cameras" in martyn
    events = "/community-and-living/cctv-and-lifeline/the-control-room-during-major-events"
    assert '<th scope="row">Police loggist</th>' in _html(web, host, events)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Mercia"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{events}"}
    assert d["5.3"]["status"] == "met"
    assert _paths([e["url"] for e in d["5.3"]["evidence"]]) == {"/emergencies-and-safety/martyns-law"}
    assert "TEC Quality" in _main(web, host, "/community-and-living/cctv-and-lifeline/lifeline-alarms")
    assert d["5.2"]["status"] == "not_met"


def test_self_assessment_and_bs_7958_without_certification_and_no_contact(web: Heldback398Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    code = _main(web, host, "/info/20328/cctv/3992/cctv_code_of_practice")
    assert (
        "BS 7958" in code
        and "self-assessment tool" in code
        and "mailto:" not in _html(web, host, "/info/20328/cctv/3992/cctv_code_of_practice")
    )
    sat = "/downloads/file/7741/cctv_self_assessment_2024"
    assert _no_extension(sat) and "Principle 1" in _text(web, host, sat)
    ripa = _main(web, host, "/info/20050/council/1400/covert_surveillance_ripa")
    assert "Senior Responsible Officer" in ripa
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    assert d["5.3"]["status"] == "not_met" and d["5.1"]["criteria"]["responsible_officer"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Earlham Park" in _main(web, host, "/info/20328/cctv/4410/redeployable_and_event_cameras")
