"""The hundred-and-sixtieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before; the labelling rules hold
with the intended tallies; and the structures the set is built from are really there (Jadu downloads served without an
extension, one a signed Word protocol with West Midlands Police; a draft Word protocol without extension; a signed
three-party agreement with a town council and the police; a SPOC on the page, in a Word policy without extension and
on a Welsh council's page; a Welsh splash with /en and /cy .aspx twins; a step 1 sentence with no mark and a step 2
sentence beside a mark with plain alt text; BS 7958 and a self-assessment that are not certification; an agreement
between councils that is not a police agreement; a legacy .cfm layout without <main>; trailing-slash pages; committee
papers on moderngov hosts; one-fact councils; robots.txt forbidding the search; councils that publish nothing).
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from collections import Counter

from fixtures.heldback160.truth import TRUTH_PATH
from fixtures.heldback160.web import Heldback160Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback160Web:
    return Heldback160Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback160Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 160)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 2, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 2, "partial": 4, "not_met": 9}), tally


def test_signed_word_protocol_among_jadu_downloads_without_extension(web: Heldback160Web, truth: dict) -> None:
    host = "www.birmingham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "West Midlands"
    assert _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == DOCX and ".docx" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/downloads/download/412/cctv_documents"}
    code = "/downloads/file/2291/cctv_code_of_practice"
    assert _render(web, f"http://{host}{code}").header("Content-Type") == "application/pdf"
    assert d["5.3"]["status"] == "met" and "single point of contact" in _main(
        web, host, urlsplit(d["5.3"]["evidence"][0]["url"]).path
    )


def test_draft_word_protocol_without_extension_and_step_1_sentence(web: Heldback160Web, truth: dict) -> None:
    host = "www.bedford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    assert _render(web, doc["url"]).header("Content-Type") == DOCX
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    pg = "/environmental-issues/community-safety/cctv"
    assert "<img" not in _html(web, host, pg)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.control@")


def test_mark_with_plain_alt_beside_step_2_sentence(web: Heldback160Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    html = _html(web, host, "/crime-and-safety/cctv")
    assert 'alt="SCC certification mark"' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-06" and d["5.2"]["mark_displayed"]
    assert "Warwickshire Police" in _main(web, host, "/crime-and-safety/cctv") and d["5.5"]["status"] == "not_met"


def test_standards_and_self_assessment_are_not_certification(web: Heldback160Web, truth: dict) -> None:
    assert "BS 7958" in _html(web, "www.stratford.gov.uk", "/community-safety/cctv.cfm")
    assert "self-assessment tool" in _main(web, "www.northdevon.gov.uk", "/community-safety-and-emergencies/cctv")
    for host in ("www.stratford.gov.uk", "www.northdevon.gov.uk"):
        assert _auth(truth, host)["deliverables"]["5.2"]["status"] == "not_met", host
    assert _auth(truth, "www.northdevon.gov.uk")["deliverables"]["5.1"]["criteria"]["self_assessment"]


def test_signed_three_party_agreement_with_town_council_and_police(web: Heldback160Web, truth: dict) -> None:
    host = "www.northwarks.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["force"] == "Warwickshire" and _no_extension(doc["url"])
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for Atherstone Town Council" in text and "Signed for Warwickshire Police" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_spoc_only_in_word_policy_without_extension(web: Heldback160Web, truth: dict) -> None:
    host = "www.middevon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.3"]["evidence"]
    assert d["5.3"]["status"] == "met" and _no_extension(ev["url"])
    assert _render(web, ev["url"]).header("Content-Type") == DOCX
    assert "single point of contact" not in _main(web, host, "/residents/community-safety/cctv/").lower()
    assert d["5.5"]["status"] == "not_met"


def test_welsh_splash_with_aspx_twins_and_spoc(web: Heldback160Web, truth: dict) -> None:
    host = "valeofglamorgan.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    cy = f"http://{host}/cy/byw/Bro-Fwy-Diogel/Teledu-Cylch-Cyfyng.aspx"
    d = _auth(truth, host)["deliverables"]
    assert cy in d["5.1"]["pages"] and '<html lang="cy">' in _html(web, host, urlsplit(cy).path)
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Cardiff Council" in _main(web, host, "/en/living/Safer-Vale/CCTV.aspx")


def test_councils_agreement_is_not_a_police_agreement(web: Heldback160Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    main = _main(web, host, "/environmental-health/community-safety/cctv-surveillance-systems/")
    assert "information processing agreement" in main and "Nottinghamshire Police" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_legacy_cfm_page_without_main(web: Heldback160Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/community-safety/cctv.cfm")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert any("%20" in u for u in d["5.1"]["pages"])


def test_committee_papers_on_democracy_hosts_never_count(truth: dict) -> None:
    for host, dem in (
        ("www.southwark.gov.uk", "moderngov.southwark.gov.uk"),
        ("www.northdevon.gov.uk", "democracy.northdevon.gov.uk"),
        ("www.middevon.gov.uk", "democracy.middevon.gov.uk"),
        ("www.eastherts.gov.uk", "democracy.eastherts.gov.uk"),
        ("www.reigate-banstead.gov.uk", "reigate-banstead.moderngov.co.uk"),
    ):
        a = _auth(truth, host)
        assert a["heldback"]["democracy_host"] == dem
        assert not any(urlsplit(e["url"]).hostname == dem for d in a["deliverables"].values() for e in d["evidence"])


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.kent.gov.uk", "www.north-norfolk.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.eastherts.gov.uk", "operator", "/community-safety"),
        ("www.reigate-banstead.gov.uk", "cameras", "/info/20093/community_safety/1247/cctv_and_community_safety"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback160Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.kent.gov.uk", "www.southhams.gov.uk", "www.north-norfolk.gov.uk"})
    assert "not by Kent County Council" in _main(web, "www.kent.gov.uk", "/community-and-living/community-safety")
