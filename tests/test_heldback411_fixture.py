"""The four hundred and eleventh held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Emphasis: consultations and public engagement. Checks: the councils are fresh register rows; the labelling rules hold
with the intended tallies; and the structures the set is built from are really served (an adopted strategy whose
annex is signed with the Met beside its unsigned consultation draft and a findings report of respondents' words; a
residents' panel results page and a step 2 claim in a service-standards list on a sub-page; consultation results as
theme pages on an engagement host where the council says it has no police agreement; a bilingual removal
consultation beside the current page; a signed Word agreement without extension and a consultation on proposed
camera sites; one fact in the council's own box on a drop-in write-up; a shared two-council site where one council
publishes nothing; a step 1 claim only in a code PDF; a draft police agreement only as an appendix of a consultation
booklet; a step 2 claim as one entry of a timeline; one fact in a council note under residents' survey answers; a
proposal to remove a camera only in a closed consultation; e-petitions and their responses; and councils that publish
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

from fixtures.heldback411.truth import TRUTH_PATH
from fixtures.heldback411.web import Heldback411Web


@pytest.fixture(scope="module")
def web() -> Heldback411Web:
    return Heldback411Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    return urlsplit(url).path


def test_fresh_councils(web: Heldback411Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 411)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_adopted_strategy_signed_beside_unsigned_consultation_draft(web: Heldback411Web, truth: dict) -> None:
    host = "www.haringey.gov.uk"
    cctv = f"http://{host}/community-safety-and-engagement/cctv"
    cons = f"http://{host}/have-your-say/closed/cctv-strategy"
    d = _auth(truth, host)["deliverables"]
    signed = [doc for doc in d["5.5"]["documents"] if doc["signed"]]
    drafts = [doc for doc in d["5.5"]["documents"] if doc["draft"]]
    assert d["5.5"]["status"] == "met" and len(signed) == 1 and len(drafts) == 1
    assert _linking(web, host, signed[0]["url"]) == {cctv}
    assert _linking(web, host, drafts[0]["url"]) == {cons}
    adopted, draft = _text(web, host, _path(signed[0]["url"])), _text(web, host, _path(drafts[0]["url"]))
    assert "Signed for and on behalf of the Metropolitan Police Service" in adopted
    assert "DRAFT" in draft and "...." in draft and "on behalf of the Metropolitan" not in draft
    findings = f"http://{host}/sites/default/files/2024-05/cctv-strategy-consultation-findings.pdf"
    assert _linking(web, host, findings) == {cons}
    assert "respondents" in _text(web, host, _path(findings))
    assert findings not in d["5.1"]["pages"] and cons not in d["5.1"]["pages"]
    assert '<blockquote class="respondent">' in _html(web, host, _path(cons))
    assert "single point of contact for surveillance cameras" in _main(web, host, _path(cctv))
    assert d["5.3"]["status"] == "met"


def test_residents_panel_and_step_2_in_a_standards_list(web: Heldback411Web, truth: dict) -> None:
    host = "www.wigan.gov.uk"
    cctv = "/Resident/Crime-Emergencies/Closed-Circuit-Television.aspx"
    stds = "/Resident/Crime-Emergencies/CCTV/Running-the-control-room.aspx"
    panel = "/Council/Consultations/Residents-Panel/Community-safety-survey-2024.aspx"
    html = _html(web, host, panel)
    assert "<caption>Panellists' answers</caption>" in html and '<blockquote class="respondent">' in html
    assert "step 2" not in _main(web, host, cctv).lower()
    assert '<dl class="standards">' in _html(web, host, stds) and "step 2 (full)" in _main(web, host, stds)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-11" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert f"http://{host}{panel}" not in d["5.1"]["pages"]
    assert a["heldback"]["robots_forbid_search"]


def test_results_theme_pages_on_an_engagement_host(web: Heldback411Web, truth: dict) -> None:
    host, eng = "www.bcpcouncil.gov.uk", "haveyoursay.bcpcouncil.gov.uk"
    assert eng in web.sites[host].hosts()
    page = "/community-and-safety/public-space-cctv"
    assert f"http://{eng}/future-of-cctv" in _links(web, host, page)
    police = _html(web, eng, "/future-of-cctv/results/working-with-police")
    assert '<table class="feedback">' in police and "There is no such agreement at present" in police
    a = _auth(truth, host)
    assert all(urlsplit(u).hostname == host for u in a["deliverables"]["5.1"]["pages"])
    assert [a["deliverables"][k]["status"] for k in ("5.2", "5.3", "5.5")] == ["not_met"] * 3
    assert "Data Protection Officer" in _main(web, host, page) and "mailto:" not in _html(web, host, page)


def test_bilingual_removal_consultation_beside_current_page(web: Heldback411Web, truth: dict) -> None:
    host = "www.carmarthenshire.gov.wales"
    en = "/home/council-services/community-safety/cctv"
    cy = "/cartref/gwasanaethau-cyngor/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert f'<a href="{cy}" hreflang="cy" lang="cy">Cymraeg</a>' in _html(web, host, en)
    assert f'<a href="{en}" hreflang="en" lang="en">English</a>' in _html(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    cons = "/home/council-services/consultations/closed/town-centre-cameras"
    html = _html(web, host, cons)
    assert '<table class="consultation-facts">' in html and "42 ageing cameras" in html
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and f"http://{host}{cons}" not in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]


def test_signed_word_agreement_without_extension_and_sites_consultation(web: Heldback411Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire" and "." not in _path(doc["url"]).rsplit("/", 1)[-1]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/w/cctv-accountability"}
    assert "Signed for Warwickshire Police" in _text(web, host, _path(doc["url"]))
    cons = _html(web, host, "/w/consultation-new-cctv-locations")
    assert '<th scope="col">Proposed site</th>' in cons and "Railway Terrace" in cons
    pet = _html(web, "democracy.rugby.gov.uk", "/mgEPetitionDisplay.aspx?Id=31")
    assert '<div class="petition-response">' in pet
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]
    assert "Rugby First Limited" in _main(web, host, "/w/public-space-cctv")


def test_shared_site_one_fact_in_our_facts_box_and_the_twin_publishing_nothing(
    web: Heldback411Web, truth: dict
) -> None:
    b, m = "www.babergh.gov.uk", "www.midsuffolk.gov.uk"
    assert "share one staff and one website" in _main(web, b, "/about-us")
    assert "share one staff and one website" in _main(web, m, "/about-us")
    ev = "/consultations/sudbury-community-safety-drop-in"
    html = _html(web, b, ev)
    assert '<aside class="our-facts">' in html and "owns 28 public space cameras" in html.split("our-facts", 1)[1]
    d51 = _auth(truth, b)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{b}{ev}"]
    assert "owns none" in _main(web, m, "/foi/disclosure-log/public-cameras")


def test_step_1_only_in_the_code_pdf(web: Heldback411Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert ev["url"].endswith(".pdf") and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "step 1" in _text(web, host, _path(ev["url"])) and "step" not in _main(web, host, "/cctv").lower()
    assert _linking(web, host, ev["url"]) == {f"http://{host}/cctv"}
    assert "Thurrock Council" in _main(web, host, "/cctv") and d["5.5"]["status"] == "not_met"


def test_draft_police_agreement_only_inside_a_consultation_booklet(web: Heldback411Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/article/9001/Have-your-say-24-7-CCTV-monitoring"}
    text = _text(web, host, _path(doc["url"]))
    assert "Appendix 3" in text and "DRAFT v0.3" in text and "____" in text
    assert not d["5.1"]["criteria"]["police_agreement"]
    req = "/article/8123/Requesting-CCTV-footage"
    assert "single point of contact" in _main(web, host, req) and d["5.3"]["status"] == "met"
    assert "Data Protection Act 1998" in _main(web, host, "/article/309/Town-centres-Closed-Circuit-Television-CCTV-")


def test_step_2_as_a_timeline_entry_and_signed_kent_police_agreement(web: Heldback411Web, truth: dict) -> None:
    host = "www.swale.gov.uk"
    tl = "/cctv/our-cctv-service-timeline"
    assert '<ol class="timeline">' in _html(web, host, tl) and "step 2" not in _main(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["awarded"] == "2021" and {_path(e["url"]) for e in d["5.2"]["evidence"]} == {tl}
    (doc,) = d["5.5"]["documents"]
    assert (
        doc["signed"]
        and doc["force"] == "Kent"
        and "Signed on behalf of Kent Police" in _text(web, host, _path(doc["url"]))
    )
    assert _linking(web, host, doc["url"]) == {f"http://{host}/cctv/policy-and-governance"}
    assert "Gravesham Borough Council" in _main(web, host, "/cctv")


def test_one_fact_in_a_council_note_under_survey_answers(web: Heldback411Web, truth: dict) -> None:
    host = "www.sstaffs.gov.uk"
    sv = "/community-and-living/community-safety/residents-survey-2024-crime-and-safety"
    html = _html(web, host, sv)
    assert "<caption>Residents' answers</caption>" in html and '<p class="council-note">' in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{sv}"]


def test_removal_proposal_only_in_a_closed_consultation(web: Heldback411Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    cons = "/consultations/cctv-review-proposed-changes"
    assert "South Moorlands Leisure Centre" in _main(web, host, cons)
    assert "Leisure Centre" not in _main(web, host, "/cctv")
    a = _auth(truth, host)
    assert f"http://{host}{cons}" not in a["deliverables"]["5.1"]["pages"]
    assert a["deliverables"]["5.3"]["status"] == "not_met" and "Data Protection Officer" in _main(web, host, "/cctv")
    assert a["heldback"]["robots_forbid_search"]


def test_legacy_site_with_camera_request_scheme(web: Heldback411Web, truth: dict) -> None:
    host = "www.bolsover.gov.uk"
    page = "/your-council/community-safety/cctv"
    html = _html(web, host, page)
    assert '<main id="main">' not in html and "<table" in html
    assert f"{page}/request-a-camera" in html and f"{page}/your-views-survey" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"
    assert web.sites[host].search is None


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback411Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"new.devon.gov.uk", "www.midsuffolk.gov.uk", "www.southoxon.gov.uk"})
    pet = _html(web, "democracy.devon.gov.uk", "/mgEPetitionDisplay.aspx?Id=77")
    assert '<div class="petition-text">' in pet and "Safety Camera Partnership" in pet
    assert "police-led CCTV hub" in _main(web, "www.southoxon.gov.uk", "/news/statement-thames-valley-cctv-partnership")
