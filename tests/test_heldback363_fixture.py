"""Held-back web 363's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a signed major-incident protocol published as an HTML
page under emergencies, with the SPOC in its contacts annex; a camera disclosure on the 24-hour control centre page
of a Care Call and out-of-hours section, with the step 2 claim only on the telecare page; a one-fact business
continuity page; bilingual twins of look-alikes; a signed agreement reached only from a policies table; a step 2
claim only on a monitoring-services page and a signed agreement only in the emergency planning page's list beside
a councils' mutual aid protocol; a SPOC on a team card and a draft agreement with blank signatures; a step 2 claim
only in an evaluation report served without extension; a one-fact severe weather page on a legacy site; a SPOC
reachable only by a form under 'Emergencies and out of hours'; a control room that answers out-of-hours calls, its
call figures only in Cabinet minutes; an anchored FAQ and BS 7958 near miss; a data-controller fact on an emergency
planning page; robots.txt forbidding the search; councils that publish nothing but carry look-alikes).
"""

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

from fixtures.heldback363.truth import TRUTH_PATH
from fixtures.heldback363.web import Heldback363Web


@pytest.fixture(scope="module")
def web() -> Heldback363Web:
    return Heldback363Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    return urlsplit(url).path


def _no_extension(url: str) -> bool:
    return "." not in _path(url).rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback363Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 363)


def test_labelling_rules_and_tallies(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_signed_protocol_as_html_page_under_emergencies_with_spoc_annex(web: Heldback363Web, truth: dict) -> None:
    host = "www.croydon.gov.uk"
    em = "/community-and-safety/emergencies"
    proto = f"http://{host}{em}/major-incident-cctv-protocol"
    cctv = "/community-and-safety/safety/crime-and-antisocial-behaviour/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert (
        d["5.5"]["status"] == "met" and doc["url"] == proto and doc["signed"] and doc["force"] == "Metropolitan Police"
    )
    r = _render(web, proto)
    assert (r.header("Content-Type") or "").startswith("text/html")
    html = _html(web, host, _path(proto))
    assert "<caption>Signatures</caption>" in html and "Metropolitan Police Service" in html
    assert proto not in _links(web, host, cctv)
    assert _linking(web, host, proto) == {f"http://{host}{em}", f"http://{host}{em}/our-role-emergency"}
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {proto}
    assert "single point of contact" not in _main(web, host, cctv)
    assert "strict accordance with the Surveillance Camera Code" in _main(web, host, cctv)
    assert d["5.2"]["status"] == "not_met"


def test_disclosure_on_control_centre_page_and_step_2_on_telecare_page(web: Heldback363Web, truth: dict) -> None:
    host = "my.northtyneside.gov.uk"
    centre = "/category/1093/our-24-hour-control-centre"
    care = "/category/1091/care-call"
    ooh = f"http://{host}/category/1092/out-hours-service"
    main = _main(web, host, centre)
    assert "Care Call alarms" in main and "out-of-hours calls" in main and "step 2" not in main
    assert ooh in _linking(web, host, f"http://{host}{centre}")
    care_main = _main(web, host, care)
    assert "TEC Services Association" in care_main and "full step 2 certification" in care_main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-10"
    assert {_path(e["url"]) for e in d["5.2"]["evidence"]} == {care}
    assert f"http://{host}{centre}" in d["5.1"]["pages"] and f"http://{host}{care}" not in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("controlcentre@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_on_business_continuity_page(web: Heldback363Web, truth: dict) -> None:
    host = "www.westsussex.gov.uk"
    a = _auth(truth, host)
    d51 = a["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]
    assert d51["pages"] == [f"http://{host}/about-the-council/business-continuity"]
    assert "business continuity plan" in _main(web, host, "/about-the-council/business-continuity")
    assert "control centre shared with Surrey" in _main(
        web, host, "/fire-emergencies-and-crime/fire-and-rescue/joint-fire-control"
    )
    assert a["heldback"]["robots_forbid_search"] and not a["heldback"]["a_z"]


def test_welsh_twins_of_look_alikes(web: Heldback363Web, truth: dict) -> None:
    host = "www.anglesey.gov.uk"
    en = "/en/residents/community-safety/town-council-cameras"
    cy = "/cy/trigolion/diogelwch-cymunedol/camerau-trefi"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy) and "Trefi Môn" in _main(web, host, en)
    assert _auth(truth, host)["deliverables"]["5.1"]["status"] == "not_met"


def test_signed_agreement_only_in_policies_table(web: Heldback363Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    table_page = f"http://{host}/council-and-democracy/policies-plans-and-strategies"
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Leicestershire"
    assert _linking(web, host, doc["url"]) == {table_page}
    assert '<th scope="col">Document</th>' in _html(web, host, _path(table_page))
    text = _text(web, host, _path(doc["url"]))
    assert "Signed for Oadby and Wigston Borough Council" in text and "Signed for Leicestershire Police" in text
    assert "information sharing agreement" in _main(web, host, "/pages/cctv_footage")
    assert d["5.1"]["criteria"]["police_agreement"] and d["5.3"]["status"] == "partial"
    assert "monitoring centre" in _main(web, host, "/pages/lifeline")


def test_step_2_on_services_page_and_agreement_in_emergency_plans_list(web: Heldback363Web, truth: dict) -> None:
    host = "www.swale.gov.uk"
    cc = "/community-safety-and-emergencies/cctv"
    d = _auth(truth, host)["deliverables"]
    assert {_path(e["url"]) for e in d["5.2"]["evidence"]} == {f"{cc}/monitoring-services"}
    for sub in ("introduction-to-cctv", "how-we-use-cctv", "requesting-footage"):
        assert "step 2" not in _main(web, host, f"{cc}/{sub}"), sub
    (doc,) = d["5.5"]["documents"]
    ep = f"http://{host}/community-safety-and-emergencies/emergency-planning"
    assert _linking(web, host, doc["url"]) == {ep}
    assert "Signed for Kent Police" in _text(web, host, _path(doc["url"]))
    aid = "/media/6032/kent-mutual-aid-protocol.pdf"
    assert f"http://{host}{aid}" in _links(web, host, _path(ep)) and "Police" not in _text(web, host, aid)
    assert "CCTV control centre takes emergency calls" in _main(web, host, _path(ep))


def test_spoc_on_team_card_and_draft_with_blank_signatures(web: Heldback363Web, truth: dict) -> None:
    host = "www.threerivers.gov.uk"
    team = "/services/community-safety/community-safety-team"
    assert '<div class="card">' in _html(web, host, team)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {team}
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, host, _path(doc["url"]))
    assert "DRAFT" in text and "20__" in text and "Hertfordshire Constabulary" in text


def test_step_2_only_in_evaluation_report_without_extension(web: Heldback363Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2019-06" and not d["5.2"]["mark_displayed"]
    assert _no_extension(ev["url"]) and "step 2" in _text(web, host, _path(ev["url"]))
    r = _render(web, ev["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "step 2" not in _main(web, host, "/cctv") and "<img" not in _main(web, host, "/cctv")
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"
    assert "Leek and Cheadle" in _main(web, host, "/environment/flooding-and-severe-weather")


def test_one_fact_on_severe_weather_page_of_legacy_site(web: Heldback363Web, truth: dict) -> None:
    host = "www.torridge.gov.uk"
    swep = "/housing/rough-sleeping/severe-weather-emergency-protocol"
    html = _html(web, host, swep)
    assert '<main id="main">' not in html and "<table" in html and "SWEP" in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{swep}"]


def test_spoc_reachable_only_by_form_under_emergencies(web: Heldback363Web, truth: dict) -> None:
    host = "www.easthants.gov.uk"
    pg = "/emergencies-and-out-of-hours/public-space-cameras"
    html = _html(web, host, pg)
    assert "mailto:" not in html and "single point of contact" in html
    assert f"http://{host}/contact-us/ask-a-question" in _links(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "met" and not spoc["email"] and not spoc["phone"]
    assert "service level agreement" in _text(web, host, "/media/2107/public-space-cctv-code-of-practice.pdf")
    assert d["5.5"]["status"] == "not_met"


def test_control_room_answers_out_of_hours_calls_and_figures_only_in_minutes(web: Heldback363Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    dem = "democracy.ashfield.gov.uk"
    assert "answered by the CCTV control room" in _main(web, host, "/contact-us/out-of-hours")
    assert "3,000" in _main(web, dem, "/mgAi.aspx?ID=5936")
    site = web.sites[host]
    assert not any("3,000" in pg.body for (h, _), pg in site.pages.items() if h == host)
    d = _auth(truth, host)["deliverables"]
    assert "partnership shared service agreement" in _main(web, host, "/community-safety/cctv")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_anchored_faq_and_bs_7958_near_miss(web: Heldback363Web, truth: dict) -> None:
    host = "www.tamworth.gov.uk"
    html = _html(web, host, "/cctv-faqs")
    assert '<a href="#recordings">' in html and '<h3 id="recordings">' in html
    assert "BS 7958" in _main(web, host, "/cctv")
    a = _auth(truth, host)
    assert a["deliverables"]["5.2"]["status"] == "not_met" and a["deliverables"]["5.5"]["status"] == "not_met"
    assert a["heldback"]["robots_forbid_search"]


def test_data_controller_fact_on_emergency_planning_page(web: Heldback363Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert d51["pages"] == [f"http://{host}/emergencies/emergency-planning"]
    assert "belong to Eastbourne Borough Council" in _main(web, host, "/community-safety/eastbourne-seafront-cameras")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback363Web, truth: dict) -> None:
    nothing = {"www.cumberland.gov.uk", "www.anglesey.gov.uk", "www.southnorfolkandbroadland.gov.uk"}
    assert_publish_nothing(web, truth, nothing)
    assert "Cumbria Constabulary" in _main(web, "www.cumberland.gov.uk", "/community-and-safety/town-centre-cameras")
    assert re.search(
        r"NSI Gold", _main(web, "www.southnorfolkandbroadland.gov.uk", "/business/tenders/alarm-monitoring")
    )
