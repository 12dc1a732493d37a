"""The thirty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows, none is in sets 17 to 34; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (a signed agreement only in cabinet
papers on a moderngov host, another served without extension from a policies and strategies page, a SPOC only
inside a code of practice PDF, a mark with empty alt text beside a sentence claiming step 2, a step 1 claim only
in alt text, a camera page four clicks deep on a site without search, a control-room telephone as the only
contact, a privacy notice holding the statement, a Welsh-first page, pages that never write the abbreviation,
robots.txt forbidding the search, and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback35.truth import TRUTH_PATH
from fixtures.heldback35.web import Heldback35Web


@pytest.fixture(scope="module")
def web() -> Heldback35Web:
    return Heldback35Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_17_to_34(web: Heldback35Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(17, 35)), "no council of sets 17-34 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "Unitary authority": 4,
            "London borough": 1,
            "Metropolitan district": 1,
            "County": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 7,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 6, "partial": 6, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 2, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 2, "partial": 4, "not_met": 9}), tally
    assert tally["5.5"] == Counter({"met": 2, "partial": 2, "not_met": 11}), tally


def test_agreement_only_in_cabinet_papers(web: Heldback35Web, truth: dict) -> None:
    host, dem = "www.oldham.gov.uk", "committees.oldham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=61233"}
    assert "Signed for Greater Manchester Police" in _text(web, dem, urlsplit(doc["url"]).path)
    assert not d["5.1"]["criteria"]["police_agreement"] and d["5.1"]["status"] == "partial"
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_agreement_without_extension_from_policies_page(web: Heldback35Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/policies-and-strategies"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path
    assert "agreement" not in _main(web, host, "/article/1764/CCTV").lower()


def test_step_2_claim_beside_a_mark_with_empty_alt(web: Heldback35Web, truth: dict) -> None:
    host, pg = "www.cheshireeast.gov.uk", "/environment/community_safety/cctv.aspx"
    assert '<img src="/images/scc-mark.png" alt=""' in _html(web, host, pg)
    assert "step 2 full certification" in _text(web, host, pg)
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and d52["level"] == "step2" and d52["mark_displayed"]


def test_step_1_claim_only_in_alt_text(web: Heldback35Web, truth: dict) -> None:
    host, pg = "www.n-somerset.gov.uk", "/your-community/community-safety/cctv"
    assert 'alt="Surveillance Camera Commissioner third party certification: step 1"' in _html(web, host, pg)
    assert "step 1" not in _main(web, host, pg).lower()
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and d52["level"] == "step1" and d52["mark_displayed"]


def test_spoc_only_inside_a_pdf_on_a_page_without_the_abbreviation(web: Heldback35Web, truth: dict) -> None:
    host, pg = "www.sevenoaks.gov.uk", "/info/20021/community_safety/311/public_space_cameras"
    d = _auth(truth, host)["deliverables"]
    main = _main(web, host, pg)
    assert "single point of contact" not in main and "cctv" not in main.lower()
    pdf = "/download/downloads/id/912/public_space_camera_code.pdf"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pdf}
    assert "single point of contact" in _text(web, host, pdf)
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_camera_page_four_clicks_deep_without_search(web: Heldback35Web, truth: dict) -> None:
    host = "www.havant.gov.uk"
    assert web.sites[host].search is None
    chain = [
        "/",
        "/community",
        "/community/safer-communities",
        "/community/safer-communities/crime-reduction",
        "/community/safer-communities/crime-reduction/town-centre-cameras",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{chain[-1]}"]


def test_control_room_telephone_the_only_contact(truth: dict) -> None:
    d = _auth(truth, "www.eastriding.gov.uk")["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_privacy_notice_holds_the_statement_and_the_spoc(truth: dict) -> None:
    d = _auth(truth, "www.camden.gov.uk")["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == ["http://www.camden.gov.uk/privacy/cctv-privacy-notice"]
    assert d["5.3"]["status"] == "met"


def test_welsh_first_page_with_english_alternative(web: Heldback35Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    cy = "/cy/Preswylydd/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng.aspx"
    en = "/en/Resident/Community-Safety/CCTV.aspx"
    assert '<html lang="cy"' in _html(web, host, "/") and '<html lang="cy"' in _html(web, host, cy)
    assert f"http://{host}{en}" in _links(web, host, cy)
    assert "ystafell reoli Wrecsam" in _main(web, host, cy)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.eastriding.gov.uk", "operator"),
        ("www.torbay.gov.uk", "retention"),
        ("www.oldham.gov.uk", "subject_access"),
        ("www.flintshire.gov.uk", "operator"),
        ("www.havant.gov.uk", "cameras"),
        ("www.ribblevalley.gov.uk", "signage"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_pages_that_never_write_cctv(web: Heldback35Web) -> None:
    for host, path in (
        ("www.sevenoaks.gov.uk", "/info/20021/community_safety/311/public_space_cameras"),
        ("www.ribblevalley.gov.uk", "/parking/car-park-safety"),
        ("www.havant.gov.uk", "/community/safer-communities/crime-reduction/town-centre-cameras"),
    ):
        assert "cctv" not in _main(web, host, path).lower(), host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback35Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"new.devon.gov.uk", "www.westdevon.gov.uk", "www.boston.gov.uk"})
    for host in ("www.torbay.gov.uk", "www.ribblevalley.gov.uk", "www.boston.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    for host in ("www.westdevon.gov.uk", "www.havant.gov.uk"):
        assert web.sites[host].search is None, host
    assert "certification" in _main(web, "www.boston.gov.uk", "/community/case-study-shared-control-room")
    assert "agreement" in _main(
        web, "new.devon.gov.uk", "/communities/guidance-for-town-and-parish-councils-on-cameras"
    )


def test_mentioned_agreements_beside_full_pages(truth: dict) -> None:
    for host in ("www.chelmsford.gov.uk", "www.sevenoaks.gov.uk"):
        d = _auth(truth, host)["deliverables"]
        assert d["5.1"]["status"] == "met" and d["5.1"]["criteria"]["police_agreement"], host
        assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"], host


def test_code_of_practice_served_without_extension(web: Heldback35Web) -> None:
    r = _render(web, "http://www.chelmsford.gov.uk/media/4471/download")
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert 'filename="cctv-code-of-practice.pdf"' in (r.header("Content-Disposition") or "")
