"""The thirty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows, none is in sets 21 to 38; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (a signed agreement filed under
policies and strategies, another only as a cabinet appendix on a moderngov host, a third served without
extension, a SPOC only inside a code of practice PDF, a mark with empty alt text beside a sentence claiming step 1,
a step 2 claim only in alt text, a camera page five clicks deep on a site without search, a control-room
telephone as the only contact, a privacy notice holding most of the statement, pages that never write the
abbreviation, robots.txt forbidding the search, Welsh-first sites, and councils that publish nothing but carry
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

from fixtures.heldback39.truth import TRUTH_PATH
from fixtures.heldback39.web import Heldback39Web


@pytest.fixture(scope="module")
def web() -> Heldback39Web:
    return Heldback39Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_21_to_38(web: Heldback39Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(21, 39)), "no council of sets 21-38 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "Unitary authority": 2,
            "Metropolitan district": 1,
            "London borough": 1,
            "County": 1,
            "Welsh unitary authority": 2,
            "Non-metropolitan district": 8,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=2, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 6, "partial": 6, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 2, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 2, "partial": 4, "not_met": 9}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 2, "not_met": 10}), tally


def test_agreement_filed_under_policies_and_strategies(web: Heldback39Web, truth: dict) -> None:
    host = "www.hartlepool.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cleveland"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/info/20010/council_and_democracy/policies_and_strategies"
    }
    main = _main(web, host, "/info/20043/community_safety/723/public_space_cameras_in_hartlepool")
    assert "agreement" not in main.lower()


def test_agreement_only_as_a_cabinet_appendix(web: Heldback39Web, truth: dict) -> None:
    host = "www.darlington.gov.uk"
    dem = "democracy.darlington.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == dem and doc["force"] == "Durham"
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=28811"}
    assert "Durham Constabulary: Superintendent" in _text(web, dem, urlsplit(doc["url"]).path)
    assert not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "met"


def test_agreement_without_extension_and_control_room_phone(web: Heldback39Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert any("privacy-notices" in u for u in d["5.1"]["pages"])


def test_step_2_claim_only_in_alt_text(web: Heldback39Web, truth: dict) -> None:
    host = "www.brent.gov.uk"
    pg = "/your-community/crime-and-community-safety/cctv-in-brent"
    assert 'alt="Surveillance Camera Commissioner third party certification: step 2"' in _html(web, host, pg)
    assert "step 2" not in _text(web, host, pg).lower()
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and d52["level"] == "step2" and d52["mark_displayed"]


def test_empty_alt_mark_beside_step_1_sentence(web: Heldback39Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    pg = "/community-parks-and-leisure/community-safety/cctv"
    assert '<img src="/images/scc-cert-mark.png" alt=""' in _html(web, host, pg)
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and d52["level"] == "step1"


def test_camera_page_five_clicks_deep_without_search_and_spoc_in_pdf(web: Heldback39Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    assert web.sites[host].search is None
    chain = [
        "/",
        "/info/20000/your_community",
        "/info/20061/community_safety",
        "/info/20061/community_safety/300/crime_and_disorder",
        "/info/20061/community_safety/300/crime_and_disorder/safer_public_spaces",
        "/info/20061/community_safety/238/cctv_cameras",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    d = _auth(truth, host)["deliverables"]
    assert "single point of contact" not in _main(web, host, chain[-1])
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/downloads/file/936/cctv_code_of_practice.pdf"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_pages_that_never_write_cctv(web: Heldback39Web) -> None:
    for host, path in (
        ("www.castlepoint.gov.uk", "/community-safety/public-space-cameras"),
        ("www.rossendale.gov.uk", "/info/210148/community_safety/10650/safer_town_centres"),
    ):
        assert "cctv" not in _main(web, host, path).lower(), host


def test_welsh_first_sites(web: Heldback39Web) -> None:
    for host in ("www.anglesey.gov.uk", "www.pembrokeshire.gov.uk"):
        assert 'lang="cy"' in _html(web, host, "/"), host
        assert f"http://{host}/en" in _links(web, host, "/"), host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.bolton.gov.uk", "operator"),
        ("www.derbyshire.gov.uk", "purpose"),
        ("www.pembrokeshire.gov.uk", "retention"),
        ("www.lewes-eastbourne.gov.uk", "operator"),
        ("www.castlepoint.gov.uk", "operator"),
        ("www.rossendale.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback39Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.anglesey.gov.uk", "www.southhams.gov.uk", "www.cotswold.gov.uk"},
    )
    for host in ("www.bolton.gov.uk", "www.lewes-eastbourne.gov.uk", "www.castlepoint.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert web.sites["www.cotswold.gov.uk"].search is None


def test_a_mentioned_agreement_beside_a_full_page(truth: dict) -> None:
    for host in ("www.brent.gov.uk", "www.harborough.gov.uk"):
        d = _auth(truth, host)["deliverables"]
        assert d["5.1"]["status"] == "met" and d["5.1"]["criteria"]["police_agreement"], host
        assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"], host
