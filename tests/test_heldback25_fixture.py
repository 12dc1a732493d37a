"""The twenty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 17 to 24; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in a data sharing
register at an address without extension, another only in a policy library, a SPOC only inside a code of practice
PDF, a mark whose alt text alone claims step 2, a step 1 sentence beside a mark with empty alt text, the control
room telephone as the only contact, a camera page five clicks deep on a site without search that never writes
'CCTV', a corporate privacy notice holding the only camera statement, committee papers, a Welsh-first site,
robots.txt forbidding the search, and decoys on the councils that publish nothing).
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

from fixtures.heldback25.truth import TRUTH_PATH
from fixtures.heldback25.web import Heldback25Web


@pytest.fixture(scope="module")
def web() -> Heldback25Web:
    return Heldback25Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_17_to_24(web: Heldback25Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 13)
    assert not mine & codes_of_sets(range(17, 25)), "no council of sets 17-24 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 3,
            "County": 1,
            "Unitary authority": 2,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 5,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    auths = truth["authorities"]
    tally = Counter(a["deliverables"]["5.1"]["status"] for a in auths)
    assert tally == Counter({"met": 5, "partial": 4, "not_met": 4}), tally
    for key, met, partial in (("5.2", 2, 0), ("5.3", 2, 2), ("5.5", 2, 2)):
        c = Counter(a["deliverables"][key]["status"] for a in auths)
        assert (c["met"], c["partial"]) == (met, partial), key


def test_agreement_only_in_the_data_sharing_register_without_extension(web: Heldback25Web, truth: dict) -> None:
    host = "www.sandwell.gov.uk"
    art = "/info/200223/housing/2536/cctv_in_sandwell"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/info/200150/data_protection/1730/data_sharing_register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "agreement" not in _main(web, host, art).lower()


def test_mark_whose_alt_text_alone_claims_step_2_and_a_control_room_phone(web: Heldback25Web, truth: dict) -> None:
    host = "www.sandwell.gov.uk"
    art = "/info/200223/housing/2536/cctv_in_sandwell"
    assert 'alt="Surveillance camera code compliant: step 2 certificate of compliance, March 2021"' in _html(
        web, host, art
    )
    main = _main(web, host, art)
    assert "step 2" not in main.lower() and "certificate of compliance" not in main.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and "0121 368 0000" in main and "@" not in main


def test_spoc_only_inside_the_code_pdf_and_agreement_in_the_policy_library(web: Heldback25Web, truth: dict) -> None:
    host = "www.leeds.gov.uk"
    pg = "/saferleeds/leedswatch-security-service"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    (ev,) = d["5.3"]["evidence"]
    assert urlsplit(ev["url"]).path.endswith(".pdf") and ev["url"] in _links(web, host, pg)
    assert "single point of contact" in _text(web, host, urlsplit(ev["url"]).path)
    assert "single point of contact" not in _main(web, host, pg)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Yorkshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/policies-and-strategies"}


def test_step_1_sentence_beside_a_mark_with_empty_alt_text(web: Heldback25Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    page = _html(web, host, "/CCTV")
    assert '<img src="/images/scc-mark.png" alt="">' in page
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_camera_page_five_clicks_deep_without_search_never_saying_cctv(web: Heldback25Web, truth: dict) -> None:
    host = "www.lancaster.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and not site.sitemap
    pg = "/residents/community-safety/safer-streets/town-centres/public-space-cameras"
    a = _auth(truth, host)
    assert a["deliverables"]["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert "cctv" not in _text(web, host, pg).lower()
    assert a["oracle_fetches"] == 6


def test_privacy_notice_holds_the_only_camera_statement(web: Heldback25Web, truth: dict) -> None:
    host = "www.gosport.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["pages"] == [f"http://{host}/privacy"]
    assert "kept for 28 days" in _main(web, host, "/privacy")


def test_committee_papers_hold_the_rest(web: Heldback25Web, truth: dict) -> None:
    for host, dem in (
        ("www.medway.gov.uk", "democracy.medway.gov.uk"),
        ("www.gosport.gov.uk", "democracy.gosport.gov.uk"),
        ("www.solihull.gov.uk", "eservices.solihull.gov.uk"),
    ):
        a = _auth(truth, host)
        assert a["heldback"]["democracy_host"] == dem
        assert not any(urlsplit(u).hostname == dem for u in a["deliverables"]["5.1"]["pages"]), host
        assert any("cctv" in p.title.lower() for (h, _), p in web.sites[host].pages.items() if h == dem), host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.medway.gov.uk", "operator"),
        ("www.lancaster.gov.uk", "cameras"),
        ("www.gosport.gov.uk", "retention"),
        ("www.solihull.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_welsh_first_site(web: Heldback25Web) -> None:
    host = "www.ceredigion.gov.uk"
    assert '<html lang="cy">' in _html(web, host, "/")
    cy, en = "/cymuned/diogelwch-cymunedol", "/en/community/community-safety"
    assert f"http://{host}{en}" in _links(web, host, cy) and f"http://{host}{cy}" in _links(web, host, en)
    assert '<html lang="cy">' in _html(web, host, cy)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback25Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.ceredigion.gov.uk", "www.westsussex.gov.uk", "tewkesbury.gov.uk", "www.shropshire.gov.uk"},
    )
    for host in ("www.westsussex.gov.uk", "tewkesbury.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert "information sharing agreement" in _main(
        web,
        "www.westsussex.gov.uk",
        "/fire-emergencies-and-crime/community-safety/writing-an-information-sharing-agreement",
    )
