"""The hundred and fifty-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really there (a camera page four levels down under parking permits
sharing its page with traffic enforcement, with the SRO and a Met agreement mention only in the policy PDF; a five-part
guide linked only from an anti-social behaviour page and the A to Z, with a step 2 award only on the cover of the
published self-assessment tool; a data protection page as the only disclosure; a Cabinet-approved policy reached only
through a document library and served without extension, with the SRO in the library record's owner field; a footage
page and a strategy that never link each other, with 'preparing for certification'; a page titled 'Town centre
safety' with a signed Word protocol off its footage sub-page; a CCTV page under environmental crime with a step 1 award
only in an annual report; 'Public space surveillance' pages; a SPOC on an information governance page; a signed
agreement in a document library without extension; a councils' joint agreement that is not a police agreement; a
Cabinet-approved code on a policies page with a step 2 award and a signed certificate of agreement; one-fact park
pages four levels down; a Welsh-first splash; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
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

from fixtures.heldback157.truth import TRUTH_PATH
from fixtures.heldback157.web import Heldback157Web


@pytest.fixture(scope="module")
def web() -> Heldback157Web:
    return Heldback157Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _depth(web: Heldback157Web, host: str, path: str) -> int:
    site = web.sites[host]
    return len(site.crumbs(site.pages[(host, path)]))


def test_fresh_councils(web: Heldback157Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 157)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_camera_page_under_parking_permits_and_sro_only_in_policy(web: Heldback157Web, truth: dict) -> None:
    host = "www.harrow.gov.uk"
    pg = "/parking-and-travel/parking-permits/cameras/cctv-for-community-safety-and-traffic-enforcement"
    assert _depth(web, host, pg) == 4
    main = _main(web, host, pg)
    assert "bus lane" in main and "single point of contact" not in main
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.3"]["evidence"]
    assert d["5.3"]["status"] == "met" and ev["url"].endswith(".pdf")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_guide_reached_from_asb_page_and_step_2_only_on_sat_cover(web: Heldback157Web, truth: dict) -> None:
    host = "www.stockport.gov.uk"
    root = f"http://{host}/how-cctv-is-used"
    asb = f"http://{host}/environment-and-neighbourhoods/community-safety/anti-social-behaviour"
    assert {u for u in _linking(web, host, root) if "/how-cctv-is-used" not in u} == {asb, f"http://{host}/a-z"}
    parts = [p for (h, p) in web.sites[host].pages if h == host and p.startswith("/how-cctv-is-used")]
    assert len(parts) == 5
    assert all("step 2" not in _main(web, host, p).lower() for p in parts)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.2"]["evidence"][0]["url"].endswith("cctv-self-assessment-tool-2024.pdf")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_data_protection_page_is_the_only_disclosure(web: Heldback157Web, truth: dict) -> None:
    host = "www.westmorlandandfurness.gov.uk"
    pg = "/your-council/data-protection-and-privacy/cctv-and-surveillance"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}{pg}"] and d["5.1"]["status"] == "met"
    assert "Schedule 2 form" in _main(web, host, pg)
    assert [d[k]["status"] for k in ("5.2", "5.3", "5.5")] == ["not_met"] * 3
    assert "Cumbria Constabulary" in _main(web, host, "/community/community-safety")


def test_policy_only_in_document_library_without_extension(web: Heldback157Web, truth: dict) -> None:
    host = "www.braintree.gov.uk"
    lib = f"http://{host}/downloads/200/policies-plans-and-strategies"
    rec = f"http://{host}/downloads/download/412/cctv-policy-and-procedures"
    doc = f"http://{host}/downloads/file/1873/cctv-policy-and-procedures"
    assert _linking(web, host, rec) == {lib} and _linking(web, host, doc) == {rec} and _no_extension(doc)
    r = _render(web, doc)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert '<dl class="record">' in _html(web, host, urlsplit(rec).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {rec}
    assert "funding agreement" in _text(web, host, urlsplit(doc).path) and d["5.5"]["status"] == "not_met"


def test_footage_page_and_strategy_apart_and_preparing_for_certification(web: Heldback157Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    pg = "/residents/crime-and-safety/community-safety/request-cctv-footage"
    strat = "/wp-content/uploads/2020/02/cctv-strategy-2019-2025.pdf"
    assert _depth(web, host, pg) == 4
    assert f"http://{host}{strat}" not in _links(web, host, pg)
    assert "preparing for third party certification" in _text(web, host, strat)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["email"]


def test_town_centre_safety_title_and_signed_word_protocol(web: Heldback157Web, truth: dict) -> None:
    host = "www.eastleigh.gov.uk"
    pg = "/our-community/community-safety/town-centre-safety"
    assert "<h1>Town centre safety</h1>" in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}/requesting-footage"}
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_cctv_under_environmental_crime_and_step_1_only_in_annual_report(web: Heldback157Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    site = web.sites[host]
    assert [c for c, _ in site.crumbs(site.pages[(host, "/pages/cctv")])][-1] == "/pages/environmental-crime"
    rep = f"http://{host}/uploads/cctv/cctv-annual-report-2023-24.pdf"
    assert _linking(web, host, rep) == {f"http://{host}/pages/cctv/associated-documents"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-03"
    assert {e["url"] for e in d["5.2"]["evidence"]} == {rep}
    assert "step one" not in _main(web, host, "/pages/cctv").lower()


def test_governance_page_spoc_and_signed_agreement_in_library(web: Heldback157Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    assert "<h1>Public space surveillance</h1>" in _html(
        web, host, "/community-safety/safer-oxford/public-space-surveillance"
    )
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/council-and-democracy/information-governance/surveillance-camera-systems"
    }
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}/documents/agreements-and-protocols"}
    assert "filename=" in (_render(web, doc["url"]).header("Content-Disposition") or "")


def test_councils_joint_agreement_is_not_a_police_agreement(web: Heldback157Web, truth: dict) -> None:
    host = "www.hertsmere.gov.uk"
    pg = "/Community/Community-Safety/Community-safety-cameras.aspx"
    assert "agreement between the four councils" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_cabinet_code_on_policies_page_with_step_2_and_certificate(web: Heldback157Web, truth: dict) -> None:
    host = "www.cannockchasedc.gov.uk"
    code = f"http://{host}/sites/default/files/2018-10/cctv-code-of-practice.pdf"
    assert _linking(web, host, code) == {f"http://{host}/council/policies-and-strategies"}
    text = _text(web, host, urlsplit(code).path)
    assert "Certificate of Agreement" in text and "step 2" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.5"]["status"] == "met" and d["5.3"]["status"] == "not_met"
    assert "mailto:" not in _html(web, host, "/residents/community-safety/public-space-surveillance")


def test_one_fact_councils_on_park_pages_four_deep(web: Heldback157Web, truth: dict) -> None:
    for host, crit, path in (
        (
            "www.chorley.gov.uk",
            "cameras",
            "/leisure/parks-and-open-spaces/town-centre-parks/coronation-recreation-ground",
        ),
        ("www.malvernhills.gov.uk", "other_systems", "/leisure-and-culture/parks-and-open-spaces/parks/priory-park"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"] and _depth(web, host, path) == 4, host
    site = web.sites["www.malvernhills.gov.uk"]
    assert site.search is None and not site.sitemap and not site.az
    assert "democracy.chorley.gov.uk" in web.sites["www.chorley.gov.uk"].hosts()


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback157Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.hertfordshire.gov.uk", "www.ceredigion.gov.uk", "www.e-lindsey.gov.uk"})
    host = "www.ceredigion.gov.uk"
    assert set(_links(web, host, "/")) >= {f"http://{host}/cy", f"http://{host}/en"}
    assert _auth(truth, "www.hertfordshire.gov.uk")["heldback"]["robots_forbid_search"]
    assert "democracy.e-lindsey.gov.uk" in web.sites["www.e-lindsey.gov.uk"].hosts()
