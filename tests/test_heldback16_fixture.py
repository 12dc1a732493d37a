"""The sixteenth held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the labelling
rules of fixtures/heldback/README.md hold; the councils are real register rows, none is in sets 12 to 15, and
those reused from earlier sets are the London borough, metropolitan districts, counties, unitary and Welsh
councils the register left no fresh choice for, all from sets 1 to 6 (every shire district is in no set);
every homepage answers through the proxy under its real host name; every evidence URL answers 200, holds its
quote verbatim and is allowed by robots.txt; and the ordinary structures the set is built from are really
there (a code of practice PDF whose certificate of agreement is signed by the council and the police, a
signed agreement only in a policy library at an address without extension, a privacy notice four levels
down as the whole disclosure, a certification mark with a step 2 claim and an FAQ accordion, Welsh twins
under /cy/, one-fact councils, decoys on the councils that publish nothing).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

from fixtures.heldback16.truth import TRUTH_PATH
from fixtures.heldback16.web import Heldback16Web
from heldback_served import (
    assert_publish_nothing,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    assert_labelling_rules,
    auth_by_host as _auth,
    served_text as _text,
    served_html as _html,
    served_main as _main,
    served_links as _links,
    render as _render,
)
import pytest


@pytest.fixture(scope="module")
def web() -> Heldback16Web:
    return Heldback16Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_and_reuse(web: Heldback16Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    recent = codes_of_sets(range(12, 16))
    assert not mine & recent, "no council of sets 12-15 may be reused"
    earlier = codes_of_sets(range(1, 12))
    reused = mine & earlier
    # only where the register has no council of that type left that no set used: every shire district here
    # is in no earlier set
    assert {register[g]["type"] for g in reused} == {
        "London borough",
        "Metropolitan district",
        "County",
        "Unitary authority",
        "Welsh unitary authority",
    }
    assert len(reused) == 9
    early = codes_of_sets(range(1, 7))
    assert reused <= early, "every reused council comes from sets 1 to 6 (the Welsh ones are also in 7 to 10)"
    welsh = {g for g in mine if register[g]["nation"] == "Wales"}
    assert welsh == {"W06000005", "W06000020", "W06000023"}
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 2,
            "County": 2,
            "Unitary authority": 1,
            "Non-metropolitan district": 6,
            "Welsh unitary authority": 3,
        }
    )
    for a in truth["authorities"]:
        assert a["police_force"] == register[a["gss_code"]]["police_force"]


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=3, types=6)
    auths = truth["authorities"]
    tally = Counter(a["deliverables"]["5.1"]["status"] for a in auths)
    assert tally == Counter({"met": 6, "partial": 5, "not_met": 4}), tally
    assert sum(a["deliverables"]["5.2"]["status"] == "met" for a in auths) == 2, "few certified"
    assert sum(a["deliverables"]["5.3"]["status"] == "met" for a in auths) == 2, "few published SPOCs"


def test_a_code_whose_certificate_of_agreement_is_signed_by_the_police(web: Heldback16Web, truth: dict) -> None:
    host = "www.oldham.gov.uk"
    art = "/info/200321/crime_and_safety/860/security_cameras"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester" and doc["url"] in _links(web, host, art)
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Certificate of agreement" in text and "Signed for and on behalf of Greater Manchester Police" in text
    assert d["5.3"]["status"] == "met" and "single point of contact" in _main(web, host, art)
    notice = "/homepage/1506/privacy_notice_-_cctv"
    assert f"http://{host}{notice}" in _links(web, host, art)
    assert f"http://{host}{notice}" in d["5.1"]["pages"]


def test_a_signed_agreement_only_in_the_policy_library(web: Heldback16Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    pg = "/environmental-health/community-safety/cctv-surveillance-systems/"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/policy-library/community-safety-policies/"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "information sharing agreement" not in _main(web, host, pg).lower()
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2023"
    assert d["5.3"]["status"] == "partial"


def test_a_privacy_notice_four_levels_down_is_the_whole_disclosure(web: Heldback16Web, truth: dict) -> None:
    host = "www.testvalley.gov.uk"
    pn = "/aboutyourcouncil/accesstoinformation/gdpr/gdpr-privacy-statements/privacy-notice-test-valley-borough-council-cctv"
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.1"]["evidence"]} == {pn}
    assert d["5.1"]["status"] == "met" and sum(d["5.1"]["criteria"].values()) == 8
    assert f"http://{host}{pn}" in _links(
        web, host, "/aboutyourcouncil/accesstoinformation/gdpr/gdpr-privacy-statements"
    )


def test_a_mark_with_a_step_2_claim_and_an_faq(web: Heldback16Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    pg = "/info/20030/community_safety/310/cctv"
    page = _html(web, host, pg)
    assert 'alt="Surveillance Camera Commissioner certification mark"' in page
    assert page.count('<details class="accordion-item"') == 4 and 'href="#q4"' in page
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2021"
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_welsh_twins_under_cy(web: Heldback16Web, truth: dict) -> None:
    for host, en, cy in (
        (
            "www.torfaen.gov.uk",
            "/en/Community-Wellbeing/Community-Safety/Crime-Prevention/CCTV.aspx",
            "/cy/Lles-Cymunedol/Diogelwch-Cymunedol/Atal-Troseddau/TCC.aspx",
        ),
        (
            "www.flintshire.gov.uk",
            "/en/Resident/Community-Safety/Home.aspx",
            "/cy/Preswylwyr/Diogelwch-Cymunedol/Hafan.aspx",
        ),
    ):
        assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
        assert '<html lang="cy">' in _html(web, host, cy)
        assert f"http://{host}{cy}" in _auth(truth, host)["deliverables"]["5.1"]["pages"]
    assert "<table>" in _html(
        web, "www.torfaen.gov.uk", "/en/Community-Wellbeing/Community-Safety/Crime-Prevention/CCTV.aspx"
    )


def test_one_fact_councils(web: Heldback16Web, truth: dict) -> None:
    for host, crit in (
        ("www.hounslow.gov.uk", "operator"),
        ("www.nottinghamshire.gov.uk", "retention"),
        ("www.flintshire.gov.uk", "operator"),
        ("www.elmbridge.gov.uk", "operator"),
        ("www.gedling.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    assert web.sites["www.arun.gov.uk"].search is None
    for host in ("new.devon.gov.uk", "www.powys.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback16Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {
            "www.rotherham.gov.uk",
            "new.devon.gov.uk",
            "www.powys.gov.uk",
            "www.arun.gov.uk",
        },
    )
    assert "Dyfed-Powys Police" in _text(web, "www.powys.gov.uk", "/en/community-safety")
