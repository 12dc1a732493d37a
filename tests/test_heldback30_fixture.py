"""The thirtieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 17 to 28; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (a signed agreement only in a data
sharing register, a SPOC and a signed certificate only inside a code served without extension, a mark whose alt
text alone claims step 2, a mark with empty alt text beside its claim, a privacy notice holding the only
statement, a page five clicks deep on a site without search, a control room telephone as the only contact, a
page that never writes CCTV, committee papers, a Welsh-first site, robots.txt forbidding the search).
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

from fixtures.heldback30.truth import TRUTH_PATH
from fixtures.heldback30.web import Heldback30Web


@pytest.fixture(scope="module")
def web() -> Heldback30Web:
    return Heldback30Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_17_to_28(web: Heldback30Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 16)
    assert not mine & codes_of_sets(range(17, 29)), "no council of sets 17-28 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 2,
            "Metropolitan district": 2,
            "Unitary authority": 4,
            "County": 1,
            "Non-metropolitan district": 6,
            "Welsh unitary authority": 1,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    auths = truth["authorities"]
    tally = Counter(a["deliverables"]["5.1"]["status"] for a in auths)
    assert tally == Counter({"met": 5, "partial": 6, "not_met": 5}), tally
    assert sum(a["deliverables"]["5.2"]["status"] == "met" for a in auths) == 2
    assert Counter(a["deliverables"]["5.3"]["status"] for a in auths) == Counter(
        {"met": 2, "partial": 3, "not_met": 11}
    )
    assert Counter(a["deliverables"]["5.5"]["status"] for a in auths) == Counter(
        {"met": 2, "partial": 2, "not_met": 12}
    )


def test_agreement_only_in_the_data_sharing_register(web: Heldback30Web, truth: dict) -> None:
    host = "www.manchester.gov.uk"
    art = "/info/200030/crime_antisocial_behaviour_and_nuisance/708/cctv_cameras_and_security"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    reg = f"http://{host}/info/200031/data_protection_and_freedom_of_information/8112/data_sharing_register"
    assert _linking(web, host, doc["url"]) == {reg}
    assert "agreement" not in _main(web, host, art).lower()
    assert d["5.3"]["status"] == "partial"


def test_mark_with_empty_alt_and_the_claim_beside_it(web: Heldback30Web, truth: dict) -> None:
    host = "www.manchester.gov.uk"
    art = "/info/200030/crime_antisocial_behaviour_and_nuisance/708/cctv_cameras_and_security"
    assert '<img src="/site/images/scc-badge.png" alt=""' in _html(web, host, art)
    assert "certification (step 1)" in _text(web, host, art)
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and d52["level"] == "step1" and d52["mark_displayed"]


def test_spoc_and_certificate_only_inside_a_code_without_extension(web: Heldback30Web, truth: dict) -> None:
    host = "www.nottinghamcity.gov.uk"
    pg = "/information-for-residents/community/community-protection/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire"
    assert doc["url"] in _links(web, host, pg)
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "single point of contact" not in _main(web, host, pg)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {urlsplit(doc["url"]).path}
    assert d["5.3"]["status"] == "met"


def test_a_mark_whose_alt_text_alone_claims_step_2(web: Heldback30Web, truth: dict) -> None:
    host = "www.nottinghamcity.gov.uk"
    pg = "/information-for-residents/community/community-protection/cctv"
    assert 'alt="Surveillance Camera Commissioner certificate: step 2, full certification"' in _html(web, host, pg)
    assert "step 2" not in _text(web, host, pg).lower()
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and d52["level"] == "step2" and d52["mark_displayed"]


def test_privacy_notice_holds_the_only_statement(truth: dict) -> None:
    host = "www.newham.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]
    assert d51["pages"] == [f"http://{host}/your-council/privacy-notices/community-safety-enforcement"]


def test_five_clicks_deep_without_search(web: Heldback30Web, truth: dict) -> None:
    host = "www.fylde.gov.uk"
    assert web.sites[host].search is None
    (url,) = _auth(truth, host)["deliverables"]["5.1"]["pages"]
    assert urlsplit(url).path.count("/") == 6
    assert url in _links(web, host, "/council/community/community-safety/partnership/town-centres")


def test_control_room_phone_only_and_no_cctv_word(web: Heldback30Web, truth: dict) -> None:
    host = "www.peterborough.gov.uk"
    pg = "/residents/community-safety/our-cameras"
    assert "cctv" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and "01733 453 575" in d["5.3"]["evidence"][0]["quote"]
    assert "@" not in _main(web, host, pg)


def test_committee_papers_on_the_democracy_host(web: Heldback30Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    assert "Thames Valley CCTV partnership" in _text(web, "mycouncil.oxford.gov.uk", "/mgAi.aspx?ID=40811")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.1"]["status"] == "partial"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.gloucester.gov.uk", "cameras"),
        ("www.adur-worthing.gov.uk", "operator"),
        ("www.oxford.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_welsh_first_site(web: Heldback30Web, truth: dict) -> None:
    host = "www.powys.gov.uk"
    assert '<html lang="cy">' in _html(web, host, "/")
    cy, en = "/cy/cymuned/camerau-trefi", "/en/community/town-cameras"
    assert f"http://{host}{en}" in _links(web, host, cy) and f"http://{host}{cy}" in _links(web, host, en)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback30Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {
            "www.northumberland.gov.uk",
            "www.hertfordshire.gov.uk",
            "www.lichfielddc.gov.uk",
            "www.powys.gov.uk",
            "www.bracknell-forest.gov.uk",
        },
    )
    for host in ("www.hertfordshire.gov.uk", "www.lichfielddc.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert web.sites["www.northumberland.gov.uk"].search is None
