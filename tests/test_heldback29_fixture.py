"""The twenty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows, none is in sets 17 to 28; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (a signed agreement only in a data
sharing register or a policies A to Z, documents without an extension, a SPOC only inside a policy document, a
mark with empty alt text beside a step 1 sentence, a mark whose alt text alone claims step 2, a CCTV page five
clicks deep on a site without search, a control-room telephone as the only contact, a corporate privacy notice
holding the only statement, a Welsh-first site with an English twin, committee papers on democracy hosts,
robots.txt forbidding the search, decoys on the councils that publish nothing).
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
    served_links as _links,
    served_main as _main,
    served_text as _text,
)

from fixtures.heldback29.truth import TRUTH_PATH
from fixtures.heldback29.web import Heldback29Web


@pytest.fixture(scope="module")
def web() -> Heldback29Web:
    return Heldback29Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_17_to_28(web: Heldback29Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 12)
    assert not mine & codes_of_sets(range(17, 29)), "no council of sets 17-28 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 2,
            "Unitary authority": 2,
            "County": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 5,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    auths = truth["authorities"]
    tally = Counter(a["deliverables"]["5.1"]["status"] for a in auths)
    assert tally == Counter({"met": 5, "partial": 4, "not_met": 3}), tally
    assert sum(a["deliverables"]["5.2"]["status"] == "met" for a in auths) == 2
    assert Counter(a["deliverables"]["5.3"]["status"] for a in auths) == Counter({"met": 2, "partial": 4, "not_met": 6})
    assert Counter(a["deliverables"]["5.5"]["status"] for a in auths) == Counter({"met": 2, "partial": 3, "not_met": 7})


def _no_extension_pdf(web: Heldback29Web, url: str) -> None:
    r = _render(web, url)
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert not urlsplit(url).path.endswith(".pdf")


def test_sheffield_agreement_in_the_register_and_spoc_only_in_the_policy(web: Heldback29Web, truth: dict) -> None:
    host = "www.sheffield.gov.uk"
    pg = "/your-city-council/cctv-body-worn-video"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Yorkshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-city-council/data-protection/data-sharing-register"}
    _no_extension_pdf(web, doc["url"])
    main = _main(web, host, pg)
    assert "agreement" not in main.lower() and "single point of contact" not in main
    (spoc_url,) = {e["url"] for e in d["5.3"]["evidence"]}
    assert d["5.3"]["status"] == "met" and spoc_url in _links(web, host, pg)
    _no_extension_pdf(web, spoc_url)
    assert "single point of contact" in _text(web, host, urlsplit(spoc_url).path)


def test_norwich_mark_alt_only_and_agreement_in_policies_a_to_z(web: Heldback29Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    about = "/info/20328/cctv/2029/about_cctv_in_norwich"
    assert 'alt="Surveillance camera code compliant: step 2 full certification, 2021"' in _html(web, host, about)
    assert "step 2" not in _text(web, host, about).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Norfolk"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/info/20020/policies_and_strategies/1021/policies_a_to_z"}
    _no_extension_pdf(web, doc["url"])
    assert d["5.3"]["status"] == "met"


def test_croydon_empty_alt_mark_beside_the_step_1_sentence(web: Heldback29Web, truth: dict) -> None:
    host = "www.croydon.gov.uk"
    pg = "/community-and-safety/safety/crime-and-antisocial-behaviour/cctv"
    page = _html(web, host, pg)
    assert '<img src="/sites/default/files/images/scc-mark.png" alt=""' in page
    assert "step 1 desktop certification" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"


def test_gateshead_deep_page_on_a_site_without_search(web: Heldback29Web, truth: dict) -> None:
    host = "www.gateshead.gov.uk"
    site = web.sites[host]
    assert site.search is None
    pg = "/article/2838/CCTV-surveillance"
    chain = [
        "/",
        "/article/1000/People-and-living",
        "/article/1100/Community-safety",
        "/article/1150/Crime-prevention",
        "/article/1180/Keeping-public-places-safe",
        pg,
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent) or child in _html(web, host, parent)
    assert pg not in _html(web, host, "/a-z")
    assert _auth(truth, host)["deliverables"]["5.3"]["status"] == "partial"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.gateshead.gov.uk", "operator"),
        ("www.tendringdc.gov.uk", "cameras"),
        ("thanet.gov.uk", "purpose"),
        ("www.stevenage.gov.uk", "police_agreement"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_tendring_control_room_phone_is_the_only_contact(web: Heldback29Web, truth: dict) -> None:
    host = "www.tendringdc.gov.uk"
    main = _main(web, host, "/community/crime-community-safety/cctv")
    assert "01255 686 360" in main and "@" not in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["evidence"][0]["quote"] == "01255 686 360"


def test_thanet_privacy_notice_holds_the_only_statement(web: Heldback29Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["pages"] == [f"http://{host}/privacy"]
    assert "cctv" not in _main(web, host, "/privacy").lower()


def test_surrey_spoc_without_a_contact_route(web: Heldback29Web, truth: dict) -> None:
    host = "www.surreycc.gov.uk"
    pg = "/council-and-democracy/your-privacy/data-protection/surveillance-camera-data-governance-policy"
    main = _main(web, host, pg)
    assert "Single point of contact (SPOC)" in main and "@" not in main and "mailto" not in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "partial"


def test_torfaen_welsh_first_with_an_english_twin(web: Heldback29Web, truth: dict) -> None:
    host = "www.torfaen.gov.uk"
    en = "/en/Community-Wellbeing/Community-Safety/Crime-Prevention/CCTV.aspx"
    cy = "/cy/Lles-Cymunedol/Diogelwch-Cymunedol/Atal-Troseddau/TCC.aspx"
    assert '<html lang="cy">' in _html(web, host, "/") and '<html lang="cy">' in _html(web, host, cy)
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.5"]["status"] == "partial"


def test_committee_papers_on_democracy_hosts(web: Heldback29Web) -> None:
    for host, dem in (
        ("www.croydon.gov.uk", "democracy.croydon.gov.uk"),
        ("www.tendringdc.gov.uk", "tdcdemocracy.tendringdc.gov.uk"),
        ("www.stevenage.gov.uk", "democracy.stevenage.gov.uk"),
        ("www.dorsetcouncil.gov.uk", "moderngov.dorsetcouncil.gov.uk"),
    ):
        assert web.sites[host].democracy == dem
        assert _render(web, f"http://{dem}/ieDocHome.aspx").status == 200, dem


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback29Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.burnley.gov.uk", "www.milton-keynes.gov.uk", "www.dorsetcouncil.gov.uk"},
    )
    for host in ("www.burnley.gov.uk", "www.milton-keynes.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
