"""The fiftieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 31 to 46; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (a signed agreement only in a data
sharing register and served without an extension, another under policies and strategies, another only in
committee papers on a democracy host; a SPOC only inside a code of practice PDF; a mark with empty alt text beside
a step 1 sentence; a step 2 claim only in alt text; a camera page five clicks deep on a site without search; a
control-room telephone as the only contact; robots.txt forbidding the search; a Welsh-first site; privacy notices
holding the statement; pages that never write the abbreviation; central guidance about agreements; councils that
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

from fixtures.heldback50.truth import TRUTH_PATH, build
from fixtures.heldback50.web import Heldback50Web


@pytest.fixture(scope="module")
def web() -> Heldback50Web:
    return Heldback50Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_truth_file_is_current(truth: dict) -> None:
    assert build() == truth


def test_real_councils_none_from_sets_31_to_46(web: Heldback50Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 14)
    assert not mine & codes_of_sets(range(31, 47)), "no council of sets 31-46 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 2,
            "Metropolitan district": 2,
            "Unitary authority": 3,
            "Non-metropolitan district": 5,
            "County": 1,
            "Welsh unitary authority": 1,
        }
    )


def test_truth_shape_labelling_rules_and_served(web: Heldback50Web, truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 7, "partial": 4, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 8}), tally


def test_agreement_only_in_the_data_sharing_register_without_extension(web: Heldback50Web, truth: dict) -> None:
    host = "www.coventry.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/info/45/data_protection/3310/data_sharing_register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]


def test_control_room_telephone_the_only_contact(truth: dict) -> None:
    for host in ("www.preston.gov.uk", "www.coventry.gov.uk"):
        spoc = _auth(truth, host)["deliverables"]["5.3"]
        assert spoc["status"] == "partial" and spoc["spoc"]["phone"] and not spoc["spoc"]["email"], host


def test_agreement_under_policies_and_strategies(web: Heldback50Web, truth: dict) -> None:
    host = "www.durham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Durham"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/article/1200/Policies-and-strategies"}
    assert not urlsplit(doc["url"]).path.endswith(".pdf")
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == "not_met"
    assert "NSI Gold" in _main(web, host, "/article/2105/Community-safety-cameras")


def test_camera_page_five_clicks_deep_without_search_and_committee_agreement(web: Heldback50Web, truth: dict) -> None:
    host = "crawley.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and not site.sitemap
    chain = [
        "/",
        "/community",
        "/community/safer-crawley",
        "/community/safer-crawley/crime-and-disorder",
        "/community/safer-crawley/crime-and-disorder/town-centre",
        "/community/safer-crawley/crime-and-disorder/town-centre/cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert '<img src="/images/scc-mark.png" alt="">' in _html(web, host, chain[-1])
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.3"]["status"] == "not_met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and urlsplit(doc["url"]).hostname == "democracy.crawley.gov.uk"
    assert _linking(web, host, doc["url"]) == {"http://democracy.crawley.gov.uk/mgAi.aspx?ID=20871"}


def test_step_2_claim_only_in_alt_text(web: Heldback50Web, truth: dict) -> None:
    host = "www.hackney.gov.uk"
    pg = "/community-safety/public-space-surveillance"
    assert 'alt="Surveillance camera code compliant - step 2 full certification, 2022"' in _html(web, host, pg)
    assert "step 2" not in _main(web, host, pg).lower()
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and d52["mark_displayed"]


def test_spoc_only_inside_the_code_pdf_and_robots_forbid_search(web: Heldback50Web, truth: dict) -> None:
    host = "www.southampton.gov.uk"
    a = _auth(truth, host)
    d = a["deliverables"]
    assert a["heldback"]["robots_forbid_search"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/media/4410/surveillance-camera-code-of-practice.pdf"
    }
    assert "single point of contact" not in _main(web, host, "/privacy/privacy-notices/cctv")
    assert "single point of contact" in _text(web, host, "/media/4410/surveillance-camera-code-of-practice.pdf")
    for h in ("www.islington.gov.uk", "www.durham.gov.uk"):
        assert _auth(truth, h)["heldback"]["robots_forbid_search"], h


def test_privacy_notices_hold_the_statement(truth: dict) -> None:
    for host in ("www.norfolk.gov.uk", "www.southampton.gov.uk"):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "met" and any("privacy" in u for u in d51["pages"]), host
    nor = _auth(truth, "www.norfolk.gov.uk")["deliverables"]["5.1"]
    assert all("privacy" in u for u in nor["pages"])


def test_welsh_first_site(web: Heldback50Web, truth: dict) -> None:
    host = "valeofglamorgan.gov.uk"
    assert 'lang="cy"' in _html(web, host, "/")
    assert f"http://{host}/en" in _links(web, host, "/")
    assert "teledu cylch cyfyng" in _text(web, host, "/cy/byw/Bro-Fwy-Diogel/Teledu-Cylch-Cyfyng.aspx").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"


def test_pages_that_never_write_cctv(web: Heldback50Web) -> None:
    for host, path in (
        ("www.hackney.gov.uk", "/community-safety/public-space-surveillance"),
        ("www.islington.gov.uk", "/privacy/how-we-use-your-information"),
        ("www.epsom-ewell.gov.uk", "/residents/community-safety/safer-town-centre"),
    ):
        assert "cctv" not in _main(web, host, path).lower(), host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.dudley.gov.uk", "operator"),
        ("www.islington.gov.uk", "retention"),
        ("www.preston.gov.uk", "complaints"),
        ("www.epsom-ewell.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_central_guidance_is_not_an_agreement(web: Heldback50Web, truth: dict) -> None:
    host = "www.norfolk.gov.uk"
    text = _main(web, host, "/safety/community-safety-partnership/police-sharing-guide")
    assert "service level agreement" in text and "not itself an agreement" in text
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback50Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.colchester.gov.uk", "www.woking.gov.uk", "www.wiltshire.gov.uk"})
    assert "cms.wiltshire.gov.uk" in web.sites["www.wiltshire.gov.uk"].hosts()
    assert "CCTV" in _text(web, "cms.wiltshire.gov.uk", "/mgAi.aspx?ID=52601")
