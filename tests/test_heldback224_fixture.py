"""The two hundred and twenty-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a hub of four kinds of camera with the SPOC only in the
footer row of a systems table; a camera page under 'Your city council' with a retention table and a stale 1998 Act;
an English and Welsh pair with a step 2 sentence beside a mark and a neighbouring council's cameras watched under
contract; schemes split into one page per town with the SPOC in the request form's 'who handles your request' box;
mobile cameras only, with a draft agreement PDF; a code reached through a directory record and served without
extension, beside parish and Melton monitoring; a SPOC only in the page-owner strip and an agreement under the
council's seal on a documents host; a lapsed step 2 sentence and a signed police protocol among parish monitoring
agreements, with FOI answers about both; a shared scheme's governance page with the SPOC and a signed ISA beside a
ford camera; a two-council comparison table with Vale's step 1 beside South's step 2 and a town council funding
decision; one-fact councils on a castle's conditions of entry and a car park safety page; councils that publish
nothing among FOI answers, news, parking cameras, town councils' cameras and job adverts).
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

from fixtures.heldback224.truth import TRUTH_PATH
from fixtures.heldback224.web import Heldback224Web


@pytest.fixture(scope="module")
def web() -> Heldback224Web:
    return Heldback224Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback224Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 224)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_camera_hub_and_spoc_only_in_a_table_footer(web: Heldback224Web, truth: dict) -> None:
    host = "www.southwark.gov.uk"
    hub = "/community-safety/cameras-in-southwark"
    links = set(_links(web, host, hub))
    for target in ("/council-cctv", "/red-route-cameras"):
        assert f"http://{host}{hub}{target}" in links
    assert {f"http://{host}/parking/enforcement-cameras", f"http://{host}/housing/security-on-estates"} <= links
    reg = f"{hub}/council-cctv/systems-we-operate"
    html = _html(web, host, reg)
    foot = html.split("<tfoot>", 1)[1].split("</tfoot>", 1)[0]
    assert "single point of contact" in foot and "single point of contact" not in html.split("<tfoot>", 1)[0]
    assert "single point of contact" not in _main(web, host, f"{hub}/council-cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {f"http://{host}{reg}"}
    assert "approved device certified by the Secretary of State" in _main(web, host, "/parking/enforcement-cameras")
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    fois = {u for u in evidence_urls(_auth(truth, host)) if "disclosure-log" in u or "newsroom" in u or "jobs" in u}
    assert not fois


def test_page_under_your_city_council_with_retention_table_and_stale_act(web: Heldback224Web, truth: dict) -> None:
    host = "www.sheffield.gov.uk"
    pg = "/your-city-council/cctv-body-worn-video"
    html = _html(web, host, pg)
    assert '<th scope="col">How long we keep it</th>' in html and "deleted automatically on day 15" in html
    main = _main(web, host, pg)
    assert "Data Protection Act 1998" in main and "£10" in main
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"]
    assert a["deliverables"]["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert a["deliverables"]["5.3"]["status"] == "partial" and a["deliverables"]["5.3"]["spoc"]["email"].startswith(
        "cctv."
    )


def test_english_and_welsh_twins_step_2_and_neighbours_cameras(web: Heldback224Web, truth: dict) -> None:
    host = "www.newport.gov.uk"
    pg = "/en/Transport-Streets/CCTV/CCTV.aspx"
    cy = "/cy/Transport-Streets/CCTV/CCTV.aspx"
    assert _html(web, host, cy).startswith('<!DOCTYPE html><html lang="cy">')
    main = _main(web, host, pg)
    assert "full certification (step 2)" in main and "Blaenau Gwent County Borough Council" in main
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-06" and d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    questions = f"http://{host}/en/Council-Democracy/Questions-at-Council.aspx"
    assert "facing the wrong way" in _main(web, host, urlsplit(questions).path)
    assert questions not in evidence_urls(_auth(truth, host))


def test_schemes_per_town_and_spoc_after_the_request_form(web: Heldback224Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    pg = "/community/safer-communities/cctv"
    towns = {f"http://{host}{pg}/{t}" for t in ("loughton", "waltham-abbey", "epping", "ongar")}
    assert towns <= set(_links(web, host, pg))
    assert "Loughton Town Council" in _main(web, host, f"{pg}/loughton")
    form = f"{pg}/request-footage"
    html = _html(web, host, form)
    assert html.index("</form>") < html.index("single point of contact")
    assert "single point of contact" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial"


def test_mobile_cameras_only_and_a_draft_agreement(web: Heldback224Web, truth: dict) -> None:
    host = "www.winchester.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Hampshire"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT" in text and "20__" in text
    assert "three mobile CCTV cameras" in _main(web, host, "/community-and-safety/mobile-cctv-cameras")
    assert d["5.1"]["criteria"]["other_systems"] and d["5.1"]["criteria"]["dpia"]


def test_code_behind_a_directory_record_and_parish_monitoring(web: Heldback224Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    code = f"http://{host}/downloads/file/2210/cctv_code_of_practice"
    rec = f"http://{host}/directory_record/936/cctv_code_of_practice"
    assert _no_extension(code) and _linking(web, host, code) == {rec}
    r = _render(web, code)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    parish = "/info/20061/community_safety/1550/cctv_for_town_and_parish_councils"
    main = _main(web, host, parish)
    assert "Melton Borough Council" in main and "service agreement" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.1"]["criteria"]["policy"]


def test_spoc_in_page_owner_strip_and_sealed_agreement_on_documents_host(web: Heldback224Web, truth: dict) -> None:
    host = "www.guildford.gov.uk"
    docs = "documents.guildford.gov.uk"
    pg = "/community-safety/town-centre-cctv"
    html = _html(web, host, pg)
    assert html.index('class="page-meta"') < html.index("single point of contact")
    assert html.count("single point of contact") == 1
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == docs and doc["signed"] and doc["force"] == "Surrey"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    text = _text(web, docs, urlsplit(doc["url"]).path)
    assert "Common Seal of Guildford Borough Council" in text and "on behalf of Surrey Police" in text
    assert d["5.3"]["status"] == "met" and not web.sites[host].az


def test_lapsed_step_2_and_signed_protocol_among_parish_agreements(web: Heldback224Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018" and not d["5.2"]["mark_displayed"]
    assert "lapsed" in _main(web, host, "/pages/about_the_camera_system")
    partners = _main(web, host, "/pages/cctv_partners")
    assert "Anstey Parish Council" in partners and "monitoring agreement" in partners
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/pages/cctv_partners"}
    foi = f"http://{host}/freedom_of_information_requests/2741"
    assert "signed a protocol" in _main(web, host, urlsplit(foi).path)
    assert foi not in evidence_urls(_auth(truth, host))


def test_shared_scheme_governance_page_and_ford_camera(web: Heldback224Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    gov = f"http://{host}/streets-parking-transport/cctv/governance-of-the-shared-service"
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.3"]["evidence"]} == {gov}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cambridgeshire" and _linking(web, host, doc["url"]) == {gov}
    ford = f"http://{host}/streets-parking-transport/cctv/alconbury-weston-ford-camera"
    assert "not recorded" in _main(web, host, urlsplit(ford).path)
    assert ford not in evidence_urls(_auth(truth, host))


def test_comparison_table_and_town_council_funding_decision(web: Heldback224Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    dem = "democratic.whitehorsedc.gov.uk"
    main = _main(web, host, "/community-and-safety/cctv-in-south-and-vale")
    assert "Vale: step 1 (desktop)" in main and "South: full certification (step 2)" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021"
    assert "Abingdon Town Council" in _main(web, dem, "/ieDecisionDetails.aspx?ID=190869")
    assert d["5.5"]["status"] == "not_met" and not any(dem in u for u in evidence_urls(_auth(truth, host)))


def test_one_fact_councils(web: Heldback224Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.lincolnshire.gov.uk", "retention", "/heritage/lincoln-castle/conditions-of-entry"),
        ("www.eastherts.gov.uk", "operator", "/parking/car-park-safety"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "<ol><li>" in _html(web, "www.lincolnshire.gov.uk", "/heritage/lincoln-castle/conditions-of-entry")
    assert "agency agreement" in _main(web, "www.lincolnshire.gov.uk", "/travel/bus-lane-enforcement-in-lincoln")
    assert "RIPA" in _main(web, "democracy.eastherts.gov.uk", "/mgAi.aspx?ID=41120")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback224Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.scilly.gov.uk", "www.havant.gov.uk", "www.cotswold.gov.uk"})
    assert _auth(truth, "www.havant.gov.uk")["heldback"]["robots_forbid_search"]
    assert '<main id="main">' not in _html(web, "www.havant.gov.uk", "/")
    assert "does not operate any public space CCTV" in _main(
        web, "www.scilly.gov.uk", "/council/foi-disclosure-log/2024-031"
    )
    assert "Cirencester Town Council" in _main(web, "www.cotswold.gov.uk", "/community/community-safety")
