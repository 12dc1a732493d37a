"""The thirty-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows, none is in sets 17 to 32; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (a signed agreement only in a data
sharing register, another served without extension from a policy library, a SPOC only inside a code of practice
PDF, a mark with empty alt text beside a sentence claiming step 1, a step 2 claim only in alt text, a camera
page five clicks deep on a site without search, a control-room telephone as the only contact, committee papers
on democracy hosts, privacy notices holding the statement, pages that never write the abbreviation, robots.txt
forbidding the search, and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    status_tally,
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

from fixtures.heldback34.truth import TRUTH_PATH
from fixtures.heldback34.web import Heldback34Web


@pytest.fixture(scope="module")
def web() -> Heldback34Web:
    return Heldback34Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_17_to_32(web: Heldback34Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(17, 33)), "no council of sets 17-32 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 6,
            "Non-metropolitan district": 7,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=0, types=4)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 6, "partial": 6, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 2, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 2, "partial": 4, "not_met": 9}), tally
    assert tally["5.5"] == Counter({"met": 2, "partial": 2, "not_met": 11}), tally


def test_agreement_only_in_the_data_sharing_register(web: Heldback34Web, truth: dict) -> None:
    host = "lewisham.gov.uk"
    pg = "/myservices/community-safety/public-space-cameras"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/about-the-council/information-governance/data-sharing-register"
    }
    main = _main(web, host, pg)
    assert "CCTV" not in main and "agreement" not in main.lower()
    assert "single point of contact" in main and d["5.3"]["status"] == "met"


def test_step_2_claim_only_in_alt_text(web: Heldback34Web, truth: dict) -> None:
    host = "lewisham.gov.uk"
    pg = "/myservices/community-safety/public-space-cameras"
    assert 'alt="Surveillance Camera Commissioner: step 2 full certification 2025"' in _html(web, host, pg)
    assert "step 2" not in _text(web, host, pg).lower()
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and d52["level"] == "step2" and d52["mark_displayed"]


def test_empty_alt_mark_spoc_in_pdf_and_agreement_without_extension(web: Heldback34Web, truth: dict) -> None:
    host = "www.eastleigh.gov.uk"
    pg = "/our-community/community-safety/cctv"
    d = _auth(truth, host)["deliverables"]
    assert '<img src="/media/scc-step1.png" alt=""' in _html(web, host, pg)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1"
    assert "single point of contact" not in _main(web, host, pg)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/media/cctv-code-of-practice.pdf"}
    assert "single point of contact" in _text(web, host, "/media/cctv-code-of-practice.pdf")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/policies-and-strategies"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")


def test_camera_page_five_clicks_deep_without_search(web: Heldback34Web, truth: dict) -> None:
    host = "www.westnorthants.gov.uk"
    assert web.sites[host].search is None
    chain = [
        "/",
        "/local-communities",
        "/local-communities/community-safety",
        "/local-communities/community-safety/crime-and-anti-social-behaviour",
        "/local-communities/community-safety/crime-and-anti-social-behaviour/keeping-town-centres-safe",
        "/local-communities/community-safety/crime-and-anti-social-behaviour/keeping-town-centres-safe/cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.2"]["status"] == "not_met"
    assert "National Security Inspectorate" in _main(web, host, chain[-1])


def test_control_room_telephone_the_only_contact_and_committee_papers(web: Heldback34Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "democracy.chorley.gov.uk" in web.sites[host].hosts()
    assert "Task Group" in _text(web, "democracy.chorley.gov.uk", "/mgCommitteeDetails.aspx?ID=512")
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_privacy_notices_hold_the_statement(truth: dict) -> None:
    bucks = _auth(truth, "www.buckinghamshire.gov.uk")["deliverables"]
    assert bucks["5.1"]["status"] == "met" and all("privacy" in u for u in bucks["5.1"]["pages"])
    york = _auth(truth, "www.york.gov.uk")["deliverables"]["5.1"]
    assert york["status"] == "partial" and york["pages"] == ["http://www.york.gov.uk/privacy-notices/community-safety"]


def test_pages_that_never_write_cctv(web: Heldback34Web) -> None:
    for host, path in (
        ("lewisham.gov.uk", "/myservices/community-safety/public-space-cameras"),
        ("www.northyorks.gov.uk", "/environment-and-neighbourhoods/public-space-surveillance"),
    ):
        assert "cctv" not in _main(web, host, path).lower(), host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.chorley.gov.uk", "operator"),
        ("www.melton.gov.uk", "operator"),
        ("www.york.gov.uk", "retention"),
        ("www.northyorks.gov.uk", "operator"),
        ("www.leicester.gov.uk", "subject_access"),
        ("www.bristol.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback34Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.wealden.gov.uk", "www.derbyshiredales.gov.uk", "www.hertsmere.gov.uk"},
    )
    for host in ("www.melton.gov.uk", "www.northdevon.gov.uk", "www.leicester.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert web.sites["www.wealden.gov.uk"].search is None


def test_a_mentioned_agreement_beside_a_full_page(truth: dict) -> None:
    for host in ("liverpool.gov.uk", "www.northdevon.gov.uk"):
        d = _auth(truth, host)["deliverables"]
        assert d["5.1"]["status"] == "met" and d["5.1"]["criteria"]["police_agreement"], host
        assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"], host
