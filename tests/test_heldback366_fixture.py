"""The 366th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a building-by-building table of youth hub, family hub
and library cameras; a disclosure written as answers to a youth council's questions with the step 2 claim in one
answer; a SPOC only on a school minibus cameras page and a signed MoU linked only from a deep privacy notice; a
crossing patrols' body camera notice that never writes CCTV beside a hosted model CCTV policy for schools; a Welsh
twin and a signed protocol whose scope names youth centres; a skate park one-fact page; a code page with the SPOC,
a mark and a step 2 sentence beside a draft agreement served without extension; a legacy one-fact holiday club
page; a stale page that is only 'working towards' certification; a step 1 claim only in link text, figures only on
a safeguarding page and a signed ISA; a camera table with a near-school column; schools as a control room's clients;
and three councils that publish nothing but carry look-alikes).
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

from fixtures.heldback366.truth import TRUTH_PATH
from fixtures.heldback366.web import Heldback366Web


@pytest.fixture(scope="module")
def web() -> Heldback366Web:
    return Heldback366Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(auth: dict, key: str) -> set[str]:
    return {urlsplit(e["url"]).path for e in auth["deliverables"][key]["evidence"]}


def test_fresh_councils_of_the_brief_mix(web: Heldback366Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 366)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_building_camera_table_and_strategy_only_isa_mention(web: Heldback366Web, truth: dict) -> None:
    host = "www.rbkc.gov.uk"
    cctv = "/community-and-local-life/community-safety/cctv-closed-circuit-television"
    bld = f"http://{host}{cctv}/cameras-council-buildings"
    assert _linking(web, host, bld) == {f"http://{host}{cctv}", f"http://{host}/children-and-families/youth-hubs"}
    html = _html(web, host, urlsplit(bld).path)
    assert '<th scope="col">Building</th>' in html and "Golborne youth hub" in html and "teen floor" in html
    assert "The council does not run those systems" in _main(web, host, urlsplit(bld).path)
    a = _auth(truth, host)
    assert _paths(a, "5.5") == {"/sites/default/files/atoms/files/RBKC-CCTV-Strategy-2021-2024.pdf"}
    assert "information sharing agreement" not in _main(web, host, cctv)
    assert "automatic number plate recognition" in _main(web, host, "/parking-transport-and-streets/school-streets")
    assert f"http://{host}/parking-transport-and-streets/school-streets" not in evidence_urls(a)


def test_youth_council_questions_hold_the_disclosure_and_step_2(web: Heldback366Web, truth: dict) -> None:
    host = "www.coventry.gov.uk"
    qa = "/community-living/community-safety/city-cameras-your-questions-answered"
    html = _html(web, host, qa)
    assert html.count("?</h2>") >= 8 and "<img" not in html
    assert f"http://{host}{qa}" in _links(web, host, "/children-young-people/coventry-youth-council")
    assert "step 2" not in _main(web, host, "/business/emergency-services-unit").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-07" and not d["5.2"]["mark_displayed"]
    assert set(d["5.1"]["pages"]) == {f"http://{host}{qa}"}
    petition = "http://edemocracy.coventry.gov.uk/mgAi.aspx?ID=44120"
    assert "1,858 signatures" in _main(web, "edemocracy.coventry.gov.uk", "/mgAi.aspx?ID=44120")
    assert petition not in evidence_urls(_auth(truth, host)) and d["5.5"]["status"] == "not_met"


def test_spoc_only_on_minibus_page_and_mou_behind_deep_notice(web: Heldback366Web, truth: dict) -> None:
    host = "www.rbwm.gov.uk"
    hst = "/schools-and-education/home-to-school-transport"
    bus = f"{hst}/cameras-council-minibuses"
    assert _linking(web, host, f"http://{host}{bus}") == {f"http://{host}{hst}"}
    assert "single point of contact" in _main(web, host, bus)
    ep = "/council-and-democracy/strategies-and-policies/data-protection/privacy-notices/privacy-notices-enforcement-and-partnerships"
    notice = f"{ep}/rbwm-cctv-privacy-notice"
    assert _linking(web, host, f"http://{host}{notice}") == {f"http://{host}{ep}"}
    assert "single point of contact" not in _main(web, host, notice)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(_auth(truth, host), "5.3") == {bus}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{notice}"}
    assert "Signed for and on behalf of Thames Valley Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "working CCTV system in every licensed taxi" in _main(web, host, hst)


def test_crossing_patrol_camera_notice_and_hosted_school_policy(web: Heldback366Web, truth: dict) -> None:
    host = "www.surreycc.gov.uk"
    bwv = "/council-and-democracy/your-privacy/privacy-notices/school-crossing-patrol-body-worn-cameras"
    assert "cctv" not in _main(web, host, bwv).lower() and "body worn camera" in _main(web, host, bwv)
    a = _auth(truth, host)
    assert set(a["deliverables"]["5.1"]["pages"]) == {f"http://{host}{bwv}"}
    model = "/__data/assets/word_doc/0021/298137/Model-CCTV-policy-for-maintained-schools.docx"
    r = _render(web, f"http://{host}{model}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "governing body is the data controller" in _text(web, host, model)
    assert f"http://{host}{model}" in _links(web, host, "/schools-and-learning/schools-portal/model-policies")
    assert "data controller for those recordings" in _main(web, host, "/children-and-families/youth-centres")
    assert a["heldback"]["robots_forbid_search"] and not a["heldback"]["a_z"]


def test_welsh_twin_and_protocol_naming_youth_centres(web: Heldback366Web, truth: dict) -> None:
    host = "www.monmouthshire.gov.uk"
    cctv, cy = "/community-safety/cctv/", "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng/"
    assert f"http://{host}{cy}" in _links(web, host, cctv) and f"http://{host}{cctv}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "cameras at the council's youth centres" in text and "Signed on behalf of Gwent Police" in text
    assert "not part of the town centre scheme" in _main(web, host, "/monlife/youth-service/youth-centres/")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_skate_park_one_fact_and_academy_camera_only_in_news(web: Heldback366Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    skate = f"http://{host}/parks-and-open-spaces/tonbridge-racecourse-sportsground/skate-park"
    assert d51["status"] == "partial" and d51["pages"] == [skate]
    assert [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert "academy trust" in _main(web, host, "/news/mobile-camera-brook-street")
    minutes = _main(web, "democracy.tmbc.gov.uk", "/mgAi.aspx?ID=25945")
    assert "agreement with Tunbridge Wells Borough Council" in minutes
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_code_page_spoc_mark_and_draft_without_extension(web: Heldback366Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    code = "/info/20328/cctv/3992/cctv_code_of_practice"
    html = _html(web, host, code)
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2" and _paths(_auth(truth, host), "5.3") == {code}
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert "cannot see into school grounds" in _main(web, host, "/info/20328/cctv/2029/about_cctv_in_norwich")


def test_legacy_holiday_club_one_fact(web: Heldback366Web, truth: dict) -> None:
    host = "www.erewash.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    club = "/children-and-young-people/holiday-club-victoria-park.html"
    assert '<main id="main">' not in _html(web, host, club)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["pages"] == [f"http://{host}{club}"] and [k for k, v in d51["criteria"].items() if v] == ["signage"]
    assert "police vetting" in _text(web, host, "/community/volunteer-cctv-monitors.html")


def test_stale_page_working_towards_is_not_certification(web: Heldback366Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    main = _main(web, host, "/community-and-living/community-safety/cctv")
    assert "Data Protection Act 1998" in main and "£10" in main and "working towards certification" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _paths(_auth(truth, host), "5.5") == {"/community-and-living/community-safety/cctv/police-requests"}


def test_step_1_only_in_link_text_figures_on_safeguarding_page(web: Heldback366Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    page = "/Community/Emergency-Planning-CCTV/CCTV/Reports-and-documents.aspx"
    html = _html(web, host, page)
    assert ">Step 1 (desktop) certificate of compliance" in html
    d = _auth(truth, host)["deliverables"]
    assert (
        d["5.2"]["level"] == "step1"
        and d["5.2"]["awarded"] == "2019-02"
        and _paths(_auth(truth, host), "5.2") == {page}
    )
    stats = urlsplit(
        d["5.1"]["evidence"][
            [e["quote"] for e in d["5.1"]["evidence"]].index("In 2022/23 operators captured 3,655 incidents")
        ]["url"]
    ).path
    assert stats.endswith("Safeguarding.aspx") and "exploitation" in _main(web, host, stats)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and _linking(web, host, doc["url"]) == {f"http://{host}{page}"}
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]


def test_camera_table_with_near_school_column(web: Heldback366Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    html = _html(web, host, "/community-safety/cctv/where-our-cameras-are")
    assert '<th scope="col">Near a school or play area?</th>' in html and "blocked out electronically" in html
    assert "BS 7958" in _main(web, host, "/community-safety/cctv")
    a = _auth(truth, host)
    assert a["deliverables"]["5.2"]["status"] == "not_met" and a["heldback"]["robots_forbid_search"]
    assert (
        "£65,000" in _main(web, host, "/news/cctv-funding-agreed") and a["deliverables"]["5.5"]["status"] == "not_met"
    )


def test_schools_as_control_room_clients_and_spoc_page(web: Heldback366Web, truth: dict) -> None:
    host = "www.stevenage.gov.uk"
    clients = _main(web, host, "/community-safety/cctv/schools-and-other-clients")
    assert "data controllers for the recordings" in clients
    a = _auth(truth, host)
    assert f"http://{host}/community-safety/cctv/schools-and-other-clients" not in evidence_urls(a)
    assert _paths(a, "5.3") == {"/community-safety/cctv/contact-the-cctv-team"}
    assert a["deliverables"]["5.5"]["status"] == "partial" and not a["deliverables"]["5.5"]["documents"]
    assert "democracy.stevenage.gov.uk" in web.sites[host].hosts()
    assert "Operations Manager" in _main(web, "democracy.stevenage.gov.uk", "/mgAi.aspx?ID=61230")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback366Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.canterbury.gov.uk", "www.preston.gov.uk", "www.oxford.gov.uk"})
    assert "Thames Valley Police" in _main(web, "www.oxford.gov.uk", "/community-safety/street-cameras-in-oxford")
    assert "number plate" in _main(web, "www.canterbury.gov.uk", "/parking/camera-controlled-car-parks")
