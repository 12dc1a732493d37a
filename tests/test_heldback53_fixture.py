"""The fifty-third held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 33 to 52; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement filed under policies and
strategies and served without extension, another in a data sharing register, another only in committee papers on
a democracy host, a mark with empty alt text beside a step 1 sentence, a step 2 claim only in alt text, a SPOC
only inside a code of practice PDF, a camera page five clicks deep on a site without search, a control-room
telephone as the only contact, a privacy notice holding the statement, pages that never write the abbreviation,
robots.txt forbidding the search, and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback53.truth import TRUTH_PATH
from fixtures.heldback53.web import Heldback53Web


@pytest.fixture(scope="module")
def web() -> Heldback53Web:
    return Heldback53Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_33_to_52(web: Heldback53Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 16)
    assert not mine & codes_of_sets(range(33, 53)), "no council of sets 33-52 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 2,
            "Metropolitan district": 2,
            "Unitary authority": 4,
            "Non-metropolitan district": 7,
            "County": 1,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=0, types=5)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 8, "partial": 5, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 8}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 10}), tally


def test_agreement_under_policies_served_without_extension(web: Heldback53Web, truth: dict) -> None:
    host = "www.barnet.gov.uk"
    pg = "/community-safety/public-space-surveillance"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/policies-and-strategies"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    main = _main(web, host, pg)
    assert "cctv" not in main.lower() and "agreement" not in main.lower()
    assert '<img src="/images/scc-cert-step1.png" alt=""' in _html(web, host, pg)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1"


def test_agreement_in_the_data_sharing_register(web: Heldback53Web, truth: dict) -> None:
    host = "www.rbkc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and d["5.5"]["status"] == "met"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/information-governance/data-sharing-register"}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"]


def test_step_2_claim_only_in_alt_text_and_spoc_only_in_pdf(web: Heldback53Web, truth: dict) -> None:
    host = "www.southtyneside.gov.uk"
    pg = "/article/35111/Why-have-CCTV-"
    assert 'alt="Surveillance Camera Commissioner third party certification step 2 awarded 2023"' in _html(
        web, host, pg
    )
    assert "step 2" not in _text(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2"
    assert "single point of contact" not in _main(web, host, pg)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/media/4410/CCTV-code-of-practice.pdf"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_camera_page_five_clicks_deep_and_agreement_in_committee_papers(web: Heldback53Web, truth: dict) -> None:
    host = "www.tandridge.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and not site.sitemap
    chain = [
        "/",
        "/Your-council",
        "/Your-council/Community-safety",
        "/Your-council/Community-safety/Crime-reduction",
        "/Your-council/Community-safety/Crime-reduction/Town-centres",
        "/Your-council/Community-safety/Crime-reduction/Town-centres/Town-centre-CCTV",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == "democracy.tandridge.gov.uk" and doc["signed"]
    assert "Surrey Police" in _text(web, "democracy.tandridge.gov.uk", urlsplit(doc["url"]).path)
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_control_room_telephone_the_only_contact(truth: dict) -> None:
    for host in ("www.stockport.gov.uk", "www.fareham.gov.uk"):
        d = _auth(truth, host)["deliverables"]["5.3"]
        assert d["status"] == "partial" and d["spoc"]["phone"] and not d["spoc"]["email"], host


def test_privacy_notices_hold_the_statement(truth: dict) -> None:
    cw = _auth(truth, "www.cheshirewestandchester.gov.uk")["deliverables"]
    assert cw["5.1"]["status"] == "met" and all("privacy" in u for u in cw["5.1"]["pages"])
    ed = _auth(truth, "eastdevon.gov.uk")["deliverables"]["5.1"]
    assert ed["status"] == "partial" and ed["pages"] == ["http://eastdevon.gov.uk/privacy"]


def test_pages_that_never_write_cctv(web: Heldback53Web) -> None:
    for host, path in (
        ("www.barnet.gov.uk", "/community-safety/public-space-surveillance"),
        ("www.malvernhills.gov.uk", "/safer-communities/street-cameras"),
        ("www.pendle.gov.uk", "/info/20071/community_safety/1288/public_cameras"),
    ):
        assert "cctv" not in _main(web, host, path).lower(), host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.bathnes.gov.uk", "operator"),
        ("eastdevon.gov.uk", "retention"),
        ("www.bassetlaw.gov.uk", "cameras"),
        ("www.malvernhills.gov.uk", "operator"),
        ("www.pendle.gov.uk", "responsible_officer"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback53Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.blackburn.gov.uk", "www.slough.gov.uk", "www.cambridgeshire.gov.uk"},
    )
    for host in ("eastdevon.gov.uk", "www.bassetlaw.gov.uk", "www.malvernhills.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_hosted_guidance_is_not_an_agreement(web: Heldback53Web, truth: dict) -> None:
    host = "www.braintree.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "service level agreement" in _text(web, host, "/community-safety/guidance-service-level-agreements")
    (ev,) = d["5.5"]["evidence"]
    r = _render(web, ev["url"])
    assert r.header("Content-Type") == "application/pdf" and not urlsplit(ev["url"]).path.endswith(".pdf")
