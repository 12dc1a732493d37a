"""The forty-third held-back web's own structures (the generic checks, truth rebuilds, wiring and serving live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 25 to 42; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in committee papers
on a moderngov host, another served without extension from the policies page, a SPOC only inside a PDF, a mark
with empty alt text beside a step 1 sentence, a step 2 claim only in alt text, a camera page five clicks deep on
a site without search, a control-room telephone as the only contact, a Welsh-first site, robots.txt forbidding
the search, a privacy notice holding the statement, a page that never writes the abbreviation, hosted guidance on
agreements, and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback43.truth import TRUTH_PATH
from fixtures.heldback43.web import Heldback43Web


@pytest.fixture(scope="module")
def web() -> Heldback43Web:
    return Heldback43Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_25_to_42(web: Heldback43Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 17)
    assert not mine & codes_of_sets(range(25, 43)), "no council of sets 25-42 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "Metropolitan district": 2,
            "London borough": 2,
            "County": 1,
            "Unitary authority": 3,
            "Welsh unitary authority": 2,
            "Non-metropolitan district": 7,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=2, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 8, "partial": 5, "not_met": 4}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 14}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 9}), tally
    assert tally["5.5"] == Counter({"met": 2, "partial": 3, "not_met": 12}), tally


def test_agreement_only_in_committee_papers(web: Heldback43Web, truth: dict) -> None:
    host, dem = "www.herefordshire.gov.uk", "councillors.herefordshire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Mercia" and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=72215"}
    assert "West Mercia Police" in _text(web, dem, urlsplit(doc["url"]).path)
    assert not any("councillors." in u for u in d["5.1"]["pages"])


def test_empty_alt_mark_beside_a_step_1_sentence(web: Heldback43Web, truth: dict) -> None:
    host, pg = "www.herefordshire.gov.uk", "/info/200148/your_council/15/access_to_information/6"
    assert '<img src="/images/sc-cert-step1.png" alt=""' in _html(web, host, pg)
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and d52["level"] == "step1" and d52["mark_displayed"]
    assert _auth(truth, host)["deliverables"]["5.3"]["status"] == "partial"


def test_step_2_only_in_alt_text_and_spoc_only_in_pdf(web: Heldback43Web, truth: dict) -> None:
    host, pg = "www.salford.gov.uk", "/crime-and-community-safety/public-space-cctv"
    assert 'alt="Surveillance Camera Commissioner certificate: step 2 full certification"' in _html(web, host, pg)
    assert "step 2" not in _text(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2"
    assert "single point of contact" not in _main(web, host, pg)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/media/3312/cctv-policy-and-code-of-practice.pdf"
    }
    assert d["5.3"]["status"] == "met"


def test_agreement_without_extension_on_the_policies_page(web: Heldback43Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/policies-and-strategies"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "agreement" not in _main(web, host, "/community-and-living/community-safety/cctv").lower()


def test_camera_page_five_clicks_deep_without_search_and_phone_only(web: Heldback43Web, truth: dict) -> None:
    host = "www.halton.gov.uk"
    assert web.sites[host].search is None and not web.sites[host].az
    chain = [
        "/",
        "/Pages/community",
        "/Pages/community/safety",
        "/Pages/community/safety/crime",
        "/Pages/community/safety/crime/environment",
        "/Pages/community/safety/crime/environment/CCTVSuite.aspx",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met"
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_welsh_first_site(web: Heldback43Web, truth: dict) -> None:
    host = "www.gwynedd.llyw.cymru"
    assert '<html lang="cy"' in _html(web, host, "/")
    assert "teledu cylch cyfyng" in _text(web, host, "/cy/Trigolion/Diogelwch-cymunedol/Teledu-cylch-cyfyng").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and all("/en/" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_privacy_notice_holds_the_statement(truth: dict) -> None:
    d51 = _auth(truth, "www.conwy.gov.uk")["deliverables"]["5.1"]
    assert d51["status"] == "met" and all("Privacy-Notices" in u for u in d51["pages"])
    harrow = _auth(truth, "www.harrow.gov.uk")["deliverables"]["5.1"]
    assert harrow["status"] == "partial" and harrow["pages"] == ["http://www.harrow.gov.uk/privacy"]


def test_pages_that_never_write_cctv(web: Heldback43Web, truth: dict) -> None:
    for host, path in (
        ("www.eastsuffolk.gov.uk", "/community/community-safety/public-space-surveillance"),
        ("www.haringey.gov.uk", "/community-safety-and-engagement/safer-neighbourhoods"),
        ("www.rochdale.gov.uk", "/information-data-governance/asking-for-camera-recordings"),
    ):
        assert "cctv" not in _main(web, host, path).lower(), host
    assert _auth(truth, "www.eastsuffolk.gov.uk")["deliverables"]["5.2"]["awarded"] == "2021-06"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.rochdale.gov.uk", "www.west-norfolk.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.rochdale.gov.uk", "subject_access"),
        ("www.haringey.gov.uk", "operator"),
        ("www.harrow.gov.uk", "retention"),
        ("www.west-norfolk.gov.uk", "operator"),
        ("www.staffsmoorlands.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback43Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.gloucestershire.gov.uk", "www.rutland.gov.uk", "www.sstaffs.gov.uk", "www.midsuffolk.gov.uk"},
    )
    guidance = _main(web, "www.gloucestershire.gov.uk", "/community-safety/cctv-information-sharing-guidance")
    assert "guidance only" in guidance


def test_a_mentioned_agreement_beside_a_full_page(truth: dict) -> None:
    for host in ("www.chichester.gov.uk", "www.gwynedd.llyw.cymru"):
        d = _auth(truth, host)["deliverables"]
        assert d["5.1"]["status"] == "met" and d["5.1"]["criteria"]["police_agreement"], host
        assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"], host
