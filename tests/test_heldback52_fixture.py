"""The fifty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 31 to 46; the labelling rules hold with the intended
tallies; every labelled quote is served; and the structures the set is built from are really there (a signed
agreement only in a data sharing register and served without an extension, another only in committee papers on a
democracy host, an unsigned draft agreement, a camera page five clicks deep on a site without search, a mark with
empty alt text beside a step 2 sentence, a step 2 claim only in alt text, a single point of contact only inside a
PDF, a control-room telephone as the only contact, robots.txt forbidding the search, hosted partnership guidance, a
Welsh-first site, privacy notices holding the statement, pages that never write the abbreviation, and councils
that publish nothing but carry look-alikes).
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

from fixtures.heldback52.truth import TRUTH_PATH
from fixtures.heldback52.web import Heldback52Web


@pytest.fixture(scope="module")
def web() -> Heldback52Web:
    return Heldback52Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_31_to_46(web: Heldback52Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 16)
    assert not mine & codes_of_sets(range(31, 47)), "no council of sets 31-46 may be reused"
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
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 8, "partial": 5, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 8}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 10}), tally


def test_agreement_only_in_the_data_sharing_register_without_extension(web: Heldback52Web, truth: dict) -> None:
    host = "www.kirklees.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Yorkshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/beta/information-governance/data-sharing-register.aspx"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    pg = "/beta/transport-roads-and-parking/closed-circuit-television.aspx"
    assert "agreement" not in _text(web, host, pg).lower()
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]


def test_signed_agreement_only_in_committee_papers(web: Heldback52Web, truth: dict) -> None:
    host = "www.peterborough.gov.uk"
    dem = "democracy.peterborough.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=30412"}
    assert "Cambridgeshire Constabulary" in _text(web, dem, urlsplit(doc["url"]).path)
    assert not any(dem in u for u in d["5.1"]["pages"])
    assert not d["5.1"]["criteria"]["police_agreement"]


def test_unsigned_draft_and_page_five_clicks_deep_without_search(web: Heldback52Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    base = "/community/safer-communities/crime-and-anti-social-behaviour"
    chain = [
        "/",
        "/community",
        "/community/safer-communities",
        base,
        f"{base}/a-safer-city-centre",
        f"{base}/a-safer-city-centre/public-space-surveillance",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert "cctv" not in _main(web, host, chain[-1]).lower()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met"


def test_empty_alt_mark_and_control_room_telephone(web: Heldback52Web, truth: dict) -> None:
    host = "www.newham.gov.uk"
    pg = "/public-health-safety/cctv"
    assert '<img src="/images/scc-cert-mark.png" alt="">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "mailto:" not in _html(web, host, pg)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_in_alt_text_and_spoc_only_in_pdf(web: Heldback52Web, truth: dict) -> None:
    host = "www.nottinghamcity.gov.uk"
    pg = "/information-for-residents/community/community-protection/cctv"
    assert 'alt="Surveillance Camera Commissioner third party certification: step 2, awarded 2022"' in _html(
        web, host, pg
    )
    assert "step 2" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2"
    assert "single point of contact" not in _main(web, host, pg)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/media/cctv-code-of-practice-2024.pdf"}
    assert "single point of contact" in _text(web, host, "/media/cctv-code-of-practice-2024.pdf")


def test_step_1_statement_and_certificate_of_agreement_without_extension(web: Heldback52Web, truth: dict) -> None:
    host = "www.lichfielddc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Staffordshire"
    assert not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "Certificate of agreement" in _text(web, host, urlsplit(doc["url"]).path)
    assert web.sites[host].sitemap


def test_privacy_notices_hold_the_statement(web: Heldback52Web, truth: dict) -> None:
    man = _auth(truth, "www.manchester.gov.uk")["deliverables"]
    assert man["5.1"]["status"] == "met"
    assert man["5.1"]["pages"] == ["http://www.manchester.gov.uk/directory_record/431773/cctv"]
    assert man["5.3"]["status"] == "partial" and not man["5.3"]["spoc"]["email"] and not man["5.3"]["spoc"]["phone"]
    assert "Public Open Spaces CCTV" in _text(web, "democracy.manchester.gov.uk", "/mgAi.aspx?ID=11143")
    powys = _auth(truth, "www.powys.gov.uk")["deliverables"]["5.1"]
    assert powys["status"] == "partial" and powys["pages"] == ["http://www.powys.gov.uk/en/privacy"]


def test_welsh_first_site(web: Heldback52Web) -> None:
    host = "www.powys.gov.uk"
    assert '<html lang="cy">' in _html(web, host, "/")
    assert f"http://{host}/en" in _links(web, host, "/")
    assert "teledu cylch cyfyng" in _text(web, host, "/preifatrwydd")
    assert "Dyfed-Powys Police" in _main(web, host, "/en/community-safety/town-centre-cameras")


def test_pages_that_never_write_cctv(web: Heldback52Web) -> None:
    for host, path in (
        ("www.bracknell-forest.gov.uk", "/community-safety/town-centre-safety"),
        ("www.westminster.gov.uk", "/housing/living-in-a-council-home/estate-safety"),
        (
            "www.oxford.gov.uk",
            "/community/safer-communities/crime-and-anti-social-behaviour/a-safer-city-centre/public-space-surveillance",
        ),
    ):
        assert "cctv" not in _main(web, host, path).lower(), host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.westminster.gov.uk", "retention"),
        ("www.bracknell-forest.gov.uk", "operator"),
        ("www.powys.gov.uk", "retention"),
        ("www.basildon.gov.uk", "subject_access"),
        ("www.adur-worthing.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback52Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.northumberland.gov.uk", "www.hertfordshire.gov.uk", "www.gloucester.gov.uk"},
    )
    for host in ("www.hertfordshire.gov.uk", "www.bracknell-forest.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    guide = _main(web, "www.hertfordshire.gov.uk", "/services/community-safety/partnership-guidance")
    assert "agreement" in guide and "police" in guide


def test_a_mentioned_agreement_beside_a_full_page(truth: dict) -> None:
    for host in ("www.newham.gov.uk", "www.fylde.gov.uk"):
        d = _auth(truth, host)["deliverables"]
        assert d["5.1"]["status"] == "met" and d["5.1"]["criteria"]["police_agreement"], host
        assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"], host
