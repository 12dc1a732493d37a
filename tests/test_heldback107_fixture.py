"""Held-back set 107 (fixtures/heldback107/README.md): fifteen real councils none of sets 92 to 106 used, labelled
by the rules, with the tallies the README gives, and every structure the sites were written to have really served.
The shared checks (committed truth, benchmark wiring, every quote served through the proxy) are in
tests/test_heldback_sets.py."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host,
    codes_of_sets,
    evidence_urls,
    linking,
    register_rows_of,
    render,
    served_html,
    served_links,
    served_main,
    served_text,
    status_tally,
)

from fixtures.heldback107.truth import TRUTH_PATH
from fixtures.heldback107.web import Heldback107Web

NOTHING = {"www.braintree.gov.uk", "www.westdevon.gov.uk", "www.derbyshiredales.gov.uk"}


@pytest.fixture(scope="module")
def web() -> Heldback107Web:
    return Heldback107Web()


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _url(host: str, path: str) -> str:
    return f"http://{host}{path}"


def test_fifteen_real_councils_none_in_sets_92_to_106(web: Heldback107Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(92, 107))
    for s in web.sites.values():
        assert s.name == register[s.gss]["name"]


def test_type_mix(truth: dict) -> None:
    types = Counter(a["type"] for a in truth["authorities"])
    assert types == {
        "London borough": 1,
        "Metropolitan district": 1,
        "Unitary authority": 1,
        "County": 1,
        "Welsh unitary authority": 1,
        "Non-metropolitan district": 10,
    }


def test_labelling_rules_and_tallies(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}
    assert tally["5.2"] == {"met": 3, "not_met": 12}
    assert tally["5.3"] == {"met": 4, "partial": 5, "not_met": 6}
    assert tally["5.5"] == {"met": 3, "partial": 3, "not_met": 9}
    levels = {a["heldback"]["host"]: a["deliverables"]["5.2"]["level"] for a in truth["authorities"]}
    assert levels["www.neath-porttalbot.gov.uk"] == "step1"
    assert levels["www.sevenoaks.gov.uk"] == levels["www.chelmsford.gov.uk"] == "step2"
    for a in truth["authorities"]:
        d = a["deliverables"]
        if d["5.2"]["status"] == "met":
            assert d["5.1"]["criteria"]["code_compliance"], a["name"]
        if d["5.5"]["status"] != "not_met":
            assert d["5.1"]["criteria"]["police_agreement"], a["name"]


def test_three_councils_publish_nothing_but_carry_look_alikes(web: Heldback107Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, NOTHING)


def test_one_fact_councils(truth: dict) -> None:
    for host, key in (("www.staffordshire.gov.uk", "policy"), ("www.tandridge.gov.uk", "cameras")):
        d = auth_by_host(truth, host)["deliverables"]["5.1"]
        assert d["status"] == "partial"
        assert [k for k, v in d["criteria"].items() if v] == [key]


def test_croydon_old_address_is_a_stub_pointing_to_the_moved_page(web: Heldback107Web, truth: dict) -> None:
    h = "www.croydon.gov.uk"
    old, new = (
        "/community/safercroydon/services/cctv",
        "/community-and-safety/safety/crime-and-antisocial-behaviour/cctv",
    )
    assert "This page has moved." in served_main(web, h, old)
    assert _url(h, new) in served_links(web, h, old)
    assert _url(h, old) in served_links(web, h, "/a-z") and _url(h, new) not in served_links(web, h, "/a-z")
    assert _url(h, old) in served_links(web, h, "/news/temporary-cameras-target-hot-spots")
    ev = evidence_urls(auth_by_host(truth, h))
    assert _url(h, new) in ev and _url(h, old) not in ev


def test_leeds_library_is_paged_and_the_documents_are_on_pages_2_and_3(web: Heldback107Web) -> None:
    h = "www.leeds.gov.uk"
    lib = "/saferleeds/document-library"
    pages = [lib] + [f"{lib}?page={n}" for n in (2, 3, 4)]
    code = _url(h, "/saferleeds/documents/leedswatch-cctv-code-of-practice.pdf")
    isa = _url(h, "/saferleeds/documents/isa-leedswatch-west-yorkshire-police.pdf")
    holding = {pg: served_links(web, h, pg) for pg in pages}
    assert [pg for pg in pages if code in holding[pg]] == [pages[1]]
    assert [pg for pg in pages if isa in holding[pg]] == [pages[2]]
    assert _url(h, pages[1]) in holding[lib] and _url(h, pages[3]) in holding[pages[2]]
    assert "single point of contact for all surveillance camera systems" in served_text(
        web, h, code[len(f"http://{h}") :]
    )
    lw = served_links(web, h, "/saferleeds/leedswatch-security-service")
    assert _url(h, lib) in lw and code not in lw and isa not in lw
    assert linking(web, h, isa) == {_url(h, pages[2])}


def test_torbay_facts_only_in_the_partnership_plan(web: Heldback107Web, truth: dict) -> None:
    h = "www.torbay.gov.uk"
    plan = "/media/21877/safer-communities-torbay-plan-2023-26.pdf"
    text = served_text(web, h, plan)
    assert "6. Public space CCTV" in text and "7. Anti-social behaviour" in text
    assert render(web, _url(h, plan)).header("Content-Type") == "application/pdf"
    assert {e["url"] for e in auth_by_host(truth, h)["deliverables"]["5.1"]["evidence"]} == {_url(h, plan)}
    assert _url(h, plan) in served_links(web, h, "/community-safety/safer-communities-torbay")


def test_staffordshire_one_fact_is_inside_the_governance_statement(web: Heldback107Web, truth: dict) -> None:
    h = "www.staffordshire.gov.uk"
    ags = "/your-council/performance-and-spending/documents/annual-governance-statement-2023-24.pdf"
    assert "Surveillance Camera Policy" in served_text(web, h, ags)
    assert _url(h, ags) in served_links(web, h, "/your-council/performance-and-spending/annual-governance-statement")
    assert evidence_urls(auth_by_host(truth, h)) == {_url(h, ags)}


def test_neath_port_talbot_locations_only_in_the_same_host_iframe(web: Heldback107Web, truth: dict) -> None:
    h = "www.neath-porttalbot.gov.uk"
    html = served_html(web, h, "/27238")
    assert '<iframe src="/embed/cctv-camera-map"' in html
    assert "Aberavon Seafront" not in html
    embed = served_html(web, h, "/embed/cctv-camera-map")
    assert "Aberavon Seafront" in embed and '<main id="main">' not in embed
    assert _url(h, "/embed/cctv-camera-map") in served_links(web, h, "/27238")
    assert _url(h, "/cy/27238") in served_links(web, h, "/27238")
    assert render(web, _url(h, "/cy/27238")).body.startswith(b'<!DOCTYPE html><html lang="cy">')
    cams = auth_by_host(truth, h)["deliverables"]["5.1"]["evidence"]
    assert _url(h, "/embed/cctv-camera-map") in {e["url"] for e in cams}
    assert not any("/cy/" in u for u in evidence_urls(auth_by_host(truth, h)))


def test_fylde_answers_only_in_the_noscript_fallback(web: Heldback107Web) -> None:
    html = served_html(web, "www.fylde.gov.uk", "/council/community-safety/cctv")
    before, inside = html.split("<noscript>", 1)
    inside = inside.split("</noscript>", 1)[0]
    for phrase in ("31 days", "subject access form", "information sharing agreement", "redeployable cameras"):
        assert phrase in inside and phrase not in before
    assert "fifteen static cameras" in before


def test_eastleigh_closed_consultation_sits_beside_the_live_page(web: Heldback107Web, truth: dict) -> None:
    h = "www.eastleigh.gov.uk"
    consult = "/have-your-say/closed-consultations/future-of-town-centre-cctv"
    assert "This consultation closed on 18 September 2024." in served_main(web, h, consult)
    assert _url(h, consult) in served_links(web, h, "/our-community/community-safety/cctv")
    assert _url(h, consult) not in evidence_urls(auth_by_host(truth, h))


def test_dacorum_code_is_on_page_4_of_the_policies_a_to_z(web: Heldback107Web) -> None:
    h = "www.dacorum.gov.uk"
    lst = "/home/council-democracy/policies-and-strategies"
    pages = [lst] + [f"{lst}?page={n}" for n in (2, 3, 4)]
    code = _url(h, "/docs/default-source/policies/surveillance-camera-code-of-practice.pdf")
    assert [pg for pg in pages if code in served_links(web, h, pg)] == [pages[3]]
    cctv = served_links(web, h, "/home/community-living/community-safety/cctv")
    assert _url(h, lst) in cctv and code not in cctv
    assert "single point of contact for freedom of information" in served_main(
        web, h, "/home/council-democracy/freedom-of-information"
    )


def test_gravesham_spoc_reached_only_through_a_form(web: Heldback107Web, truth: dict) -> None:
    h = "www.gravesham.gov.uk"
    page = served_html(web, h, "/community/community-safety/cctv")
    assert "single point of contact for surveillance cameras" in page and "mailto:" not in page
    form = served_html(web, h, "/contact-us/cctv-enquiry")
    assert '<form action="/contact-us/cctv-enquiry/submit" method="post">' in form and "mailto:" not in form
    d = auth_by_host(truth, h)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] is None
    assert d["5.5"]["status"] == "not_met"


def test_tandridge_page_is_only_a_table(web: Heldback107Web) -> None:
    html = served_html(web, "www.tandridge.gov.uk", "/Your-council/Crime-and-safety/CCTV")
    main = html.split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert main.startswith("<h1>CCTV</h1><table>") and "<p>" not in main


def test_sevenoaks_one_page_under_three_addresses(web: Heldback107Web, truth: dict) -> None:
    h = "www.sevenoaks.gov.uk"
    home = served_links(web, h, "/")
    utm = [u for u in home if u.startswith(_url(h, "/cctv?utm_source="))]
    assert utm and _url(h, "/cctv") not in home
    assert _url(h, "/cctv/") in served_links(web, h, "/news/control-room-upgrade")
    assert _url(h, "/cctv") in served_links(web, h, "/a-z")
    moved = render(web, _url(h, "/cctv/"))
    assert moved.status == 301 and moved.header("Location") == _url(h, "/cctv")
    for u in utm + [_url(h, "/cctv")]:
        assert f'<link rel="canonical" href="{_url(h, "/cctv")}">' in render(web, u).body.decode()
    assert all("utm_" not in u for u in evidence_urls(auth_by_host(truth, h)))


def test_chelmsford_mou_is_a_signed_word_document(web: Heldback107Web) -> None:
    h = "www.chelmsford.gov.uk"
    mou = "/media/2208/cctv-mou-essex-police.docx"
    r = render(web, _url(h, mou))
    assert r.status == 200 and "wordprocessingml" in (r.header("Content-Type") or "")
    assert "Signed for and on behalf of Essex Police" in served_text(web, h, mou)
    assert _url(h, mou) in served_links(web, h, "/communities/community-safety/cctv/cctv-governance")


def test_derbyshire_dales_facts_only_in_committee_papers(web: Heldback107Web, truth: dict) -> None:
    dem = "democracy.derbyshiredales.gov.uk"
    assert "63 requests for footage" in served_text(web, dem, "/mgAi.aspx?ID=4417")
    assert "<main" not in served_html(web, "www.derbyshiredales.gov.uk", "/")  # a legacy table layout
    assert "Risk CR11" in served_text(web, dem, "/documents/s21456/CorporateRiskRegisterExtract.pdf")
    assert _url(dem, "/ieListMeetings.aspx?CId=134") in served_links(
        web, "www.derbyshiredales.gov.uk", "/your-council/meetings"
    )
    assert not evidence_urls(auth_by_host(truth, "www.derbyshiredales.gov.uk"))
