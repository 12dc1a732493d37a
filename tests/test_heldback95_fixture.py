"""The ninety-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 80 to 94; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (camera text as one section of a long page
with jump links; camera facts only in a service privacy notice, and a signed protocol reached through a document
library filtered by query string; a <details>/<summary> FAQ and a SPOC on a meet-the-team page; Welsh-only headings
over English text with a step 2 claim only on an awards page and a draft Word protocol; a three-page guide with a
mark on page 1 and the step 2 sentence on page 3, and a SPOC only in a code's document-control table; a page that
never writes 'CCTV' with a signed schedule of a partnership agreement; a privacy notice PDF and a shared services
agreement between councils; a camera page under Environment; an at-a-glance table with a step 1 row and a signed
memorandum of understanding; one-fact councils on a country park, theatre and cemetery page, one on a website
shared by two councils; robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    render as _render,
    served_html as _html,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from benchmarks.heldback_sets import set_names
from fixtures.heldback95.truth import TRUTH_PATH
from fixtures.heldback95.web import Heldback95Web


@pytest.fixture(scope="module")
def web() -> Heldback95Web:
    return Heldback95Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_80_to_94(web: Heldback95Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(80, 95) if f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 80-94 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 1,
            "County": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 10,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_camera_section_of_a_long_page_with_jump_links(web: Heldback95Web, truth: dict) -> None:
    host = "www.merton.gov.uk"
    pg = "/communities-and-neighbourhoods/crime-prevention-and-community-safety"
    html = _html(web, host, pg)
    assert '<a href="#cctv">CCTV</a>' in html and '<section id="cctv">' in html
    assert (
        html.index('<section id="asb">')
        < html.index('<section id="cctv">')
        < html.index('<section id="domestic-abuse">')
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_privacy_notice_only_and_protocol_in_filtered_document_library(web: Heldback95Web, truth: dict) -> None:
    host = "www.sefton.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} == {
        "/your-council/privacy-policy/service-privacy-notices/public-space-cctv"
    }
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Merseyside"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/documents?category=community-safety"}
    assert "Signed for and on behalf of Merseyside Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_details_faq_and_spoc_on_meet_the_team_page(web: Heldback95Web, truth: dict) -> None:
    host = "www.northnorthants.gov.uk"
    html = _html(web, host, "/community-safety-and-emergencies/cctv")
    assert "<details><summary>Corby area</summary>" in html
    meet = "/community-safety-and-emergencies/community-safety-team/meet-the-team"
    main = _main(web, host, meet)
    assert "Anti-social behaviour lead" in main and "Surveillance camera single point of contact" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {meet}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_welsh_headings_awards_page_and_draft_word_protocol(web: Heldback95Web, truth: dict) -> None:
    host = "www.torfaen.gov.uk"
    pg = "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng"
    html = _html(web, host, pg)
    assert '<html lang="cy">' in html and "<h2>Faint o gamerâu sydd?</h2>" in html and "<h2>Pwy" in html
    assert "There are 29 public space cameras" in html and "Chwilio" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {"/cy/y-cyngor/gwobrau-ac-achrediadau"}
    assert "step 2" not in _main(web, host, pg).lower()
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Gwent"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_guide_with_mark_on_page_one_and_spoc_in_document_control(web: Heldback95Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    g1 = "/info/20109/crime_and_law_enforcement/112/cctv"
    assert 'alt="SCC certification mark"' in _html(web, host, g1) and "step 2" not in _main(web, host, g1)
    assert "step 2 full certification" in _main(web, host, f"{g1}/3")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-03" and d["5.2"]["mark_displayed"]
    code = "/downloads/file/2231/cctv_code_of_practice.pdf"
    assert "Document control" in _text(web, host, code)
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {code}
    assert all("single point of contact" not in _main(web, host, p) for p in (g1, f"{g1}/2", f"{g1}/3"))
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_page_never_writes_cctv_and_signed_schedule(web: Heldback95Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    pg = "/communities-safety/public-space-cameras"
    assert "cctv" not in _main(web, host, pg).lower() and "cctv" not in _html(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["statistics"] and "2,384 incidents" not in _main(web, host, pg)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire" and "schedule-3" in doc["url"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/communities-safety/partnership-working"}
    assert d["5.3"]["status"] == "met"


def test_council_agreements_are_not_police_agreements(web: Heldback95Web, truth: dict) -> None:
    brox = "www.broxtowe.gov.uk"
    assert "shared services agreement" in _main(
        web, brox, "/for-you/crime-safety-emergencies/cctv-surveillance-systems"
    )
    breck = "www.breckland.gov.uk"
    assert "under an agreement with us" in _main(web, breck, "/privacy/cctv")
    for host in (brox, breck):
        assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met", host
    poi = _auth(truth, breck)["deliverables"]["5.1"]["pages"][0]
    assert urlsplit(poi).path == "/environment/person-of-interest"


def test_at_a_glance_table_step_1_and_signed_memorandum(web: Heldback95Web, truth: dict) -> None:
    host = "www.northwarks.gov.uk"
    pg = "/info/20196/community_safety/1144/cctv_-_closed_circuit_television"
    html = _html(web, host, pg)
    assert '<table class="at-a-glance">' in html and '<th scope="row">Certification</th>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire" and "memorandum_of_understanding" in doc["url"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_one_fact_councils_and_shared_website(web: Heldback95Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.north-norfolk.gov.uk", "retention", "/countryside/holt-country-park"),
        ("www.lewes-eastbourne.gov.uk", "cameras", "/arts-and-culture/congress-theatre"),
        ("www.folkestone-hythe.gov.uk", "signage", "/bereavement-services/hawkinge-cemetery"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    shared = "www.lewes-eastbourne.gov.uk"
    assert "Lewes District Council and Eastbourne Borough Council" in _html(web, shared, "/")
    assert "Seaford Town Council" in _main(web, shared, "/community-safety/town-council-cameras-in-lewes-district")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback95Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.cambridgeshire.gov.uk", "www.southhams.gov.uk", "www.gedling.gov.uk"})
    gedling = web.sites["www.gedling.gov.uk"]
    assert gedling.search is None and not gedling.az and '<main id="main">' not in _html(web, gedling.host, "/")
