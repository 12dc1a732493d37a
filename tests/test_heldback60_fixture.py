"""The sixtieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 39 to 58; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a partnership page on one council's host that
two other councils link to, holding that council's SPOC and a signed protocol served without extension and filed
away from its CCTV page; a police protocol as the appendix of a code of practice; a statement that says 'public
space surveillance' and never 'CCTV'; a CCTV page reached only through the A to Z with the search forbidden; a
step 1 claim only in alt text; a step 2 sentence beside a mark with empty alt text; a SPOC only in a code served
without extension; a camera page five clicks deep on a site with no search, sitemap or A to Z; the only camera
fact inside a community safety partnership plan PDF; a CCTV page under a 'Crime and safety' hub with an SLA
between councils; a DRAFT unsigned Word agreement; a control-room telephone as the only contact; county guidance
with a model protocol that binds no council; and councils that publish nothing but carry look-alikes).
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
    status_tally,
)

from fixtures.heldback60.sites_b import WARWICK_PARTNERSHIP
from fixtures.heldback60.truth import TRUTH_PATH
from fixtures.heldback60.web import Heldback60Web


@pytest.fixture(scope="module")
def web() -> Heldback60Web:
    return Heldback60Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_39_to_58(web: Heldback60Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 16)
    assert not mine & codes_of_sets(range(39, 60)), "no council of sets 39-59 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "County": 2,
            "Unitary authority": 2,
            "Non-metropolitan district": 10,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=0, types=5)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 4, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 10}), tally


def test_partnership_page_on_one_councils_host_linked_by_others(web: Heldback60Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    partner = urlsplit(WARWICK_PARTNERSHIP).path
    for other, page in (
        ("www.rugby.gov.uk", "/w/public-space-cctv"),
        ("www.stratford.gov.uk", "/community-safety/cctv.cfm"),
    ):
        assert WARWICK_PARTNERSHIP in _links(web, other, page), other
        assert not any("warwickdc" in u for u in _auth(truth, other)["deliverables"]["5.1"]["pages"]), other
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{partner}"}
    assert f"http://{host}{partner}" not in _links(web, host, "/cctv")
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {partner}
    assert "single point of contact" not in _main(web, host, "/cctv")
    assert d["5.2"]["status"] == "not_met" and "British Standard" in _main(web, host, "/cctv")


def test_police_protocol_is_an_appendix_of_the_code(web: Heldback60Web, truth: dict) -> None:
    host = "www.portsmouth.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Appendix G - Protocol between Portsmouth City Council" in text
    assert "Signed for and on behalf of Hampshire and Isle of Wight Constabulary" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_public_space_surveillance_never_says_cctv(web: Heldback60Web, truth: dict) -> None:
    host = "www.somerset.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "met"
    for url in d["5.1"]["pages"]:
        assert "cctv" not in _main(web, host, urlsplit(url).path).lower(), url
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_cctv_page_reached_only_through_the_a_to_z(web: Heldback60Web, truth: dict) -> None:
    host = "www.wandsworth.gov.uk"
    pg = "/community-safety/crime-prevention/cctv-and-retail-radio"
    assert _linking(web, host, f"http://{host}{pg}") == {f"http://{host}/a-z"}
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_1_only_in_alt_text_and_step_2_beside_empty_alt_mark(web: Heldback60Web, truth: dict) -> None:
    host, pg = "www.calderdale.gov.uk", "/communities/crime-prevention/cctv"
    assert 'alt="Surveillance Camera Commissioner certification mark: step 1' in _html(web, host, pg)
    assert "step 1" not in _main(web, host, pg).lower()
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and d52["level"] == "step1" and d52["mark_displayed"]
    host, pg = "www.runnymede.gov.uk", "/community-safety/safer-runnymede"
    assert '<img src="/images/sc-code-mark.png" alt="">' in _html(web, host, pg)
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and d52["level"] == "step2" and d52["mark_displayed"]


def test_privacy_notice_statement_and_spoc_only_in_code_without_extension(web: Heldback60Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    d = _auth(truth, host)["deliverables"]
    code = "/downloads/file/1544/cctv-policy-and-code-of-practice"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {code}
    assert "single point of contact" in _text(web, host, code)
    r = _render(web, f"http://{host}{code}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}/directory-record/118/safer-runnymede" in d["5.1"]["pages"]


def test_camera_page_five_clicks_deep_without_search(web: Heldback60Web, truth: dict) -> None:
    host = "www.northwarks.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/your-community",
        "/your-community/safer-communities",
        "/your-community/safer-communities/community-safety-partnership",
        "/your-community/safer-communities/community-safety-partnership/reducing-crime",
        "/your-community/safer-communities/community-safety-partnership/reducing-crime/public-space-cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{chain[-1]}"}
    assert _auth(truth, host)["oracle_fetches"] == 7


def test_only_fact_inside_partnership_plan_pdf(web: Heldback60Web, truth: dict) -> None:
    host = "www.eastherts.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and len(d51["pages"]) == 1 and d51["pages"][0].endswith(".pdf")
    assert "Stevenage" in _text(web, host, urlsplit(d51["pages"][0]).path)
    assert "Stevenage" not in _main(web, host, "/community-safety")


def test_crime_and_safety_hub_and_sla_between_councils(web: Heldback60Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    assert f"http://{host}/crime-and-safety/cctv" in _links(web, host, "/crime-and-safety")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert "service level agreement between our two councils" in _main(web, host, "/crime-and-safety/cctv")


def test_draft_word_agreement_and_spoc_with_phone(web: Heldback60Web, truth: dict) -> None:
    d = _auth(truth, "www.stratford.gov.uk")["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.2"]["status"] == "not_met"


def test_county_guidance_is_not_an_agreement(web: Heldback60Web) -> None:
    text = _text(web, "www.nottinghamshire.gov.uk", "/media/2281/cctv-guidance-for-parish-and-town-councils.pdf")
    assert "binds no council" in text and "has not been signed" in text


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.somerset.gov.uk", "www.wandsworth.gov.uk", "www.arun.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.reigate-banstead.gov.uk", "cameras"),
        ("www.surreyheath.gov.uk", "operator"),
        ("www.rugby.gov.uk", "operator"),
        ("www.eastherts.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback60Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.nottinghamshire.gov.uk", "www.warwickshire.gov.uk", "www.arun.gov.uk"},
    )
    assert "data controller" in _text(web, "democracy.arun.gov.uk", "/mgAi.aspx?ID=8514")
