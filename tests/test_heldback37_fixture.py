"""The thirty-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows, none is in sets 17 to 34; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (a signed agreement filed only in a
policy library and served without extension, another only in committee papers on a moderngov host, a third in
a code of practice's certificate of agreement; a mark with empty alt text beside a step 2 claim, a step 1 claim
only in alt text, a SPOC only inside a code of practice PDF, a camera page five clicks deep on a site without
search, a control-room telephone as the only contact, a privacy notice holding the whole statement, pages that
never write the abbreviation, robots.txt forbidding the search, and councils that publish nothing but carry
look-alikes).
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

from fixtures.heldback37.truth import TRUTH_PATH
from fixtures.heldback37.web import Heldback37Web


@pytest.fixture(scope="module")
def web() -> Heldback37Web:
    return Heldback37Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_17_to_34(web: Heldback37Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(17, 35)), "no council of sets 17-34 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "Unitary authority": 3,
            "London borough": 2,
            "Metropolitan district": 1,
            "County": 1,
            "Non-metropolitan district": 8,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=0, types=5)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 6, "partial": 6, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 2, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 2, "partial": 4, "not_met": 9}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 2, "not_met": 10}), tally


def test_agreement_in_the_policy_library_without_extension(web: Heldback37Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/policies-and-strategies"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "agreement" not in _main(web, host, "/your-district/public-protection/crime-prevention/cctv").lower()
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"]


def test_agreement_only_in_committee_papers(web: Heldback37Web, truth: dict) -> None:
    host = "www.rotherham.gov.uk"
    dem = "moderngov.rotherham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Yorkshire" and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=95214"}
    assert d["5.1"]["status"] == "partial" and not any(dem in u for u in d["5.1"]["pages"])


def test_code_certificate_signed_and_claim_only_in_alt_text(web: Heldback37Web, truth: dict) -> None:
    host = "www.walthamforest.gov.uk"
    pg = "/crime-and-safety/cctv"
    d = _auth(truth, host)["deliverables"]
    assert 'alt="Surveillance Camera Commissioner: step 1 desktop certification achieved 2021"' in _html(web, host, pg)
    assert "step 1" not in _text(web, host, pg).lower()
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert "Signed for and on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)


def test_empty_alt_mark_and_spoc_only_in_pdf(web: Heldback37Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    pg = "/safety-emergencies/public-safety-cctv"
    d = _auth(truth, host)["deliverables"]
    assert '<img src="/images/scc-certified.png" alt=""' in _html(web, host, pg)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2"
    assert "single point of contact" not in _main(web, host, pg)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/downloads/file/2087/cctv-code-of-practice"}
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_camera_page_five_clicks_deep_without_search(web: Heldback37Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az
    chain = [
        "/",
        "/residents.aspx",
        "/residents/community-safety.aspx",
        "/residents/community-safety/safer-town-centres.aspx",
        "/residents/community-safety/safer-town-centres/town-centre-monitoring.aspx",
        "/residents/community-safety/safer-town-centres/town-centre-monitoring/cctv.aspx",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert _auth(truth, host)["deliverables"]["5.1"]["pages"] == [f"http://{host}{chain[-1]}"]


def test_control_room_telephone_only_and_privacy_notice_holds_the_statement(truth: dict) -> None:
    d = _auth(truth, "www.rbwm.gov.uk")["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.1"]["status"] == "met" and all("privacy-notice" in u for u in d["5.1"]["pages"])


def test_pages_that_never_write_cctv(web: Heldback37Web, truth: dict) -> None:
    for host, path in (
        ("www.brighton-hove.gov.uk", "/about-website/surveillance-camera-policy"),
        ("www.lambeth.gov.uk", "/streets-roads-transport/public-space-surveillance/civil-claims-third-party-requests"),
    ):
        assert "cctv" not in _main(web, host, path).lower(), host
    assert _auth(truth, "www.brighton-hove.gov.uk")["deliverables"]["5.3"]["status"] == "met"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.rotherham.gov.uk", "cameras"),
        ("www.wokingham.gov.uk", "retention"),
        ("www.lambeth.gov.uk", "disclosure"),
        ("www.tunbridgewells.gov.uk", "operator"),
        ("www.whitehorsedc.gov.uk", "operator"),
        ("www.lincolnshire.gov.uk", "other_systems"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback37Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.west-lindsey.gov.uk", "www.north-norfolk.gov.uk", "www.elmbridge.gov.uk"},
    )
    for host in ("www.wokingham.gov.uk", "www.west-lindsey.gov.uk", "www.elmbridge.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert web.sites["www.north-norfolk.gov.uk"].search is None
