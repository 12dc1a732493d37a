"""The fortieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 21 to 38; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement served without extension
from a policies library, another only as a cabinet appendix on a moderngov host, a mark with empty alt text beside
a step 1 sentence, a step 2 claim only in alt text, a SPOC only inside a policy PDF, a Welsh-first camera page, a
privacy notice five clicks deep on a site without search holding the whole statement, a control-room telephone as
the only contact, pages that never write the abbreviation, robots.txt forbidding the search, and councils that
publish nothing but carry look-alikes).
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

from fixtures.heldback40.truth import TRUTH_PATH
from fixtures.heldback40.web import Heldback40Web


@pytest.fixture(scope="module")
def web() -> Heldback40Web:
    return Heldback40Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_21_to_38(web: Heldback40Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(21, 39)), "no council of sets 21-38 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 2,
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
    assert tally["5.3"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally
    assert tally["5.5"] == Counter({"met": 2, "partial": 2, "not_met": 11}), tally


def test_empty_alt_mark_spoc_and_agreement_without_extension(web: Heldback40Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    pg = "/community/cctv.aspx"
    d = _auth(truth, host)["deliverables"]
    assert '<img src="/images/scc-step1.png" alt=""' in _html(web, host, pg)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1"
    assert d["5.3"]["status"] == "met" and "single point of contact" in _text(web, host, pg)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Staffordshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/policies-and-strategies.aspx"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "agreement" not in _text(web, host, pg).lower()


def test_step_2_only_in_alt_text_on_a_page_without_the_abbreviation(web: Heldback40Web, truth: dict) -> None:
    host = "new.enfield.gov.uk"
    pg = "/services/community-safety/public-safety-cameras"
    assert "step 2 full certification awarded 2021" in _html(web, host, pg)
    assert "step 2" not in _text(web, host, pg).lower()
    assert "cctv" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"]


def test_agreement_only_in_committee_papers_and_control_room_phone(web: Heldback40Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    dem = "moderngov.southkesteven.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire" and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=30517"}
    assert "Lincolnshire Police" in _text(web, dem, urlsplit(doc["url"]).path)
    assert not d["5.1"]["criteria"]["police_agreement"]
    assert not any(dem in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_spoc_only_in_the_welsh_council_policy_pdf(web: Heldback40Web, truth: dict) -> None:
    host = "www.swansea.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/media/cctv-policy.pdf"}
    assert "single point of contact" not in _main(web, host, "/en/community-safety/cctv")
    assert "single point of contact" in _text(web, host, "/media/cctv-policy.pdf")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    home = _html(web, host, "/")
    assert 'lang="cy"' in home
    assert f"http://{host}/diogelwch-cymunedol" in _links(web, host, "/")
    welsh = _main(web, host, "/diogelwch-cymunedol/teledu-cylch-cyfyng")
    assert "Teledu cylch cyfyng" in welsh
    assert f"http://{host}/en/community-safety/cctv" in _links(web, host, "/diogelwch-cymunedol/teledu-cylch-cyfyng")


def test_privacy_notice_five_clicks_deep_without_search(web: Heldback40Web, truth: dict) -> None:
    host = "www.breckland.gov.uk"
    assert web.sites[host].search is None
    chain = [
        "/",
        "/your-council",
        "/your-council/data-and-information",
        "/your-council/data-and-information/data-protection",
        "/your-council/data-and-information/data-protection/privacy-notices",
        "/your-council/data-and-information/data-protection/privacy-notices/surveillance-cameras",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "met" and d51["pages"] == [f"http://{host}{chain[-1]}"]
    assert _auth(truth, host)["oracle_fetches"] == 6


def test_pages_that_never_write_cctv(web: Heldback40Web) -> None:
    for host, path in (
        ("new.enfield.gov.uk", "/services/community-safety/public-safety-cameras"),
        ("www.waverley.gov.uk", "/privacy"),
        ("www.warrington.gov.uk", "/community-safety/safer-warrington-partnership"),
    ):
        assert "cctv" not in _main(web, host, path).lower(), host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.middlesbrough.gov.uk", "operator"),
        ("www.monmouthshire.gov.uk", "operator"),
        ("www.warrington.gov.uk", "police_agreement"),
        ("www.sefton.gov.uk", "subject_access"),
        ("www.north-herts.gov.uk", "signage"),
        ("www.waverley.gov.uk", "retention"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    assert _auth(truth, "www.warrington.gov.uk")["deliverables"]["5.5"]["status"] == "partial"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback40Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.rochford.gov.uk", "www.southribble.gov.uk", "www.oxfordshire.gov.uk"},
    )
    for host in ("www.middlesbrough.gov.uk", "www.sefton.gov.uk", "www.waverley.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert web.sites["www.rochford.gov.uk"].search is None
    guidance = _main(web, "www.oxfordshire.gov.uk", "/community-safety/guidance-for-local-camera-schemes")
    assert "step 2" in guidance and "Thames Valley Police" in guidance
