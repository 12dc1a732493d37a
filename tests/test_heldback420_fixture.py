"""The four hundred and twentieth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh real register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (an HTML code of practice whose signed police
agreement is a PDF linked only as 'Schedule 3'; camera facts under a question heading on an Emergency Control page,
with step 2 one item of an accreditations list beside alarm-centre standards; camera facts only among service privacy
pages at trailing-slash addresses, with the SPOC; a partnership code whose certificate of agreement leaves the police
block blank; an open data page of a policy, three codes and three self assessments with the SPOC in its aside and step
2 only in the policy PDF; a signed three-party match-day protocol linked only from a football ground's page, beside
another council's certification; a numbered list of camera locations with a completed self-assessment tool that is
not certification; a four-page guide chained only by its pager, with a signed Word agreement and a certificate served
without extension; a ?lang=cy twin of a match-day page; one-fact pages; and councils that publish nothing but carry
stadium, theme park and event look-alikes)."""

from __future__ import annotations

import json
import re
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

from fixtures.heldback420.truth import TRUTH_PATH
from fixtures.heldback420.web import Heldback420Web


@pytest.fixture(scope="module")
def web() -> Heldback420Web:
    return Heldback420Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_briefs_mix(web: Heldback420Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 420)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_html_code_with_schedule_3_agreement(web: Heldback420Web, truth: dict) -> None:
    host = "www.kingston.gov.uk"
    hub = "/safety-crime-and-emergencies/safety-in-kingston/cctv-images"
    code = f"http://{host}{hub}/code-of-practice"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {code}
    assert f'<a href="{urlsplit(doc["url"]).path}">Schedule 3</a>' in _html(web, host, urlsplit(code).path)
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of the Metropolitan Police Service" in text and "21 November 2023" in text
    guide = _main(web, host, f"{hub}/further-guidance-cctv")
    assert "doorbell camera" in guide and "31 days" in guide
    assert web.sites[host].sitemap and d["5.3"]["status"] == "partial"
    assert "banning orders" in _main(web, host, "/leisure-and-culture/sport/kingsmeadow-event-days")


def test_question_heading_on_emergency_control_page_and_accreditations_list(web: Heldback420Web, truth: dict) -> None:
    host = "www.bury.gov.uk"
    path = "/my-neighbourhood/safety-in-the-community/emergency-response-and-resilience"
    html = _html(web, host, path)
    assert "<h2>CCTV in Bury, Prestwich, Radcliffe and Ramsbottom?</h2>" in html
    assert "<h1>Emergency response and resilience</h1>" in html
    items = re.findall(r"<li>([^<]*)</li>", html.split("<h2>Our accreditations</h2>", 1)[1])[:4]
    assert items[0].startswith("NSI Gold") and any("step 2" in i for i in items) and "BS 7958" in items[-1]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-05" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cameras.spoc@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    gigg = _main(web, host, "/leisure-and-culture/sports-grounds/gigg-lane-safety-certificate")
    assert "the holder's CCTV" in gigg and "Safety of Sports Grounds Act 1975" in gigg
    assert not any("gigg" in u for u in d["5.1"]["pages"])


def test_facts_only_among_service_privacy_pages(web: Heldback420Web, truth: dict) -> None:
    host = "www.buckinghamshire.gov.uk"
    spec = "/your-council/privacy/privacy-information-for-specific-services/"
    page = f"{spec}cctv-and-privacy/"
    assert f"http://{host}{page}" in _links(web, host, spec)
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} <= {page, "/media/ab3f/cctv-strategy-2023-to-2028.pdf"}
    assert "single point of contact (SPOC) for surveillance cameras" in _main(web, host, page)
    assert "is being refreshed" in _text(web, host, "/media/ab3f/cctv-strategy-2023-to-2028.pdf")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and not web.sites[host].az
    assert "body worn cameras" in _main(web, host, "/leisure-and-sport/adams-park-match-days/")


def test_partnership_code_with_blank_police_block(web: Heldback420Web, truth: dict) -> None:
    host = "www.hertsmere.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Hertfordshire"
    text = _text(web, host, urlsplit(doc["url"]).path)
    police = text.split("Signed for and on behalf of Hertfordshire Constabulary", 1)[1]
    assert "Name: ...." in police and "Signed for and on behalf of Hertsmere Borough Council" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}/Community/Community-Safety/CCTV.aspx"}
    assert all(urlsplit(u).path.endswith((".aspx", ".pdf")) for u in d["5.1"]["pages"])


def test_open_data_page_aside_spoc_and_step_2_only_in_policy(web: Heldback420Web, truth: dict) -> None:
    host = "www.cheltenham.gov.uk"
    od = "/info/16/open_data/1182/cctv_policy_codes_of_practice_and_self_assessments"
    html = _html(web, host, od)
    assert html.count("self_assessment.pdf") == 3 and html.count("code_of_practice.pdf") == 3
    assert '<aside class="contact-box">' in html and "single point of contact" in html.split("<aside", 1)[1]
    assert "step 2" not in _main(web, host, od)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-03"
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {"/downloads/file/2210/cctv_policy.pdf"}
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.5"]["status"] == "not_met"
    race = _main(web, host, "/info/37/licensing/1890/festival_week")
    assert "Jockey Club's" in race and "democracy.cheltenham.gov.uk/mgAi.aspx?ID=22819" in _html(
        web, host, "/info/37/licensing/1890/festival_week"
    )
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_town_council_funding_agreement_is_not_a_police_agreement(web: Heldback420Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    dem = "democratic.whitehorsedc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "Abingdon Town Council" in _main(web, dem, "/mgAi.aspx?ID=19086")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.1"]["pages"] == [f"http://{host}/vale-of-white-horse-district-council/community-safety/cctv/"]


def test_three_party_match_day_protocol_and_hub_operators_certification(web: Heldback420Web, truth: dict) -> None:
    host = "www.burnley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/leisure/events/turf-moor-match-days"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.count("Signed for and on behalf of") == 3 and "Burnley Football Club" in text
    cctv = _main(web, host, "/residents/community-safety/cctv")
    assert "full certification" in cctv and "Blackburn with Darwen Borough Council, which runs the hub" in cctv
    assert d["5.2"]["status"] == "not_met"


def test_numbered_camera_list_and_self_assessment_not_certification(web: Heldback420Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    html = _html(web, host, "/community-safety-and-emergencies/cctv")
    assert html.split("<ol>", 1)[1].split("</ol>", 1)[0].count("<li>") == 23
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]


def test_paged_guide_word_agreement_and_extensionless_certificate(web: Heldback420Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    sr = f"http://{host}/community-safety/safer-runnymede"
    for n in (2, 3, 4):
        assert _linking(web, host, f"{sr}/{n}") >= {f"{sr}/{n - 1}"}
        assert _linking(web, host, f"{sr}/{n}") <= {f"{sr}/{n - 1}", f"{sr}/{n + 1}"}
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Surrey" and doc["url"].endswith(".docx")
    assert _linking(web, host, doc["url"]) == {f"{sr}/3"}
    (ev,) = d["5.2"]["evidence"]
    assert _no_extension(ev["url"]) and _linking(web, host, ev["url"]) == {f"{sr}/4"}
    r = _render(web, ev["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "step 2" not in _main(web, host, "/community-safety/safer-runnymede/4")
    assert d["5.2"]["awarded"] == "2016-10-12" and d["5.3"]["status"] == "partial"


def test_welsh_query_twin_and_one_fact_councils(web: Heldback420Web, truth: dict) -> None:
    host = "www.merthyr.gov.uk"
    pg = "/leisure/penydarren-park-match-days"
    assert f"http://{host}{pg}?lang=cy" in _links(web, host, pg)
    assert 'lang="cy"' in _html(web, host, f"{pg}?lang=cy")
    for h, crit, path in (
        (host, "cameras", pg),
        ("www.basingstoke.gov.uk", "cameras", "/regeneration/top-of-the-town"),
        ("www.waverley.gov.uk", "retention", "/info/200001/about_the_council/1011/visiting_the_council_offices"),
    ):
        d51 = _auth(truth, h)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], h
        assert d51["pages"][0] == f"http://{h}{path}", h
    assert web.sites["www.waverley.gov.uk"].search is None and not web.sites["www.waverley.gov.uk"].az


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback420Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.hants.gov.uk", "www.cannockchasedc.gov.uk", "www.lichfielddc.gov.uk"})
    assert "The venue's own cameras" in _main(web, "www.hants.gov.uk", "/transport/events/utilita-bowl-event-days")
    assert "Drayton Manor" in _main(web, "www.lichfielddc.gov.uk", "/events-and-safety/safety-advisory-group")
    assert _auth(truth, "www.lichfielddc.gov.uk")["heldback"]["robots_forbid_search"]
