"""The fifty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 34 to 54; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in a data sharing
register and served without extension, another only on a partnerships page, a certificate of agreement inside a
policy PDF, a SPOC only inside a code PDF, a step 2 sentence beside a mark with empty alt text, a step 1 claim only
in alt text, a step 2 sentence with no mark, a camera page five clicks deep on a site without search, sitemap or
A to Z, a control-room telephone as the only contact, an agreement mentioned only in an Executive report on a
democracy host, a draft unsigned Word agreement, hosted guidance about agreements, a privacy notice holding the
whole statement, a code of practice served without extension, robots.txt forbidding the search, and councils
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

from fixtures.heldback55.truth import TRUTH_PATH
from fixtures.heldback55.web import Heldback55Web


@pytest.fixture(scope="module")
def web() -> Heldback55Web:
    return Heldback55Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_34_to_54(web: Heldback55Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(34, 55)), "no council of sets 34-54 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 5,
            "Non-metropolitan district": 8,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=0, types=4)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 8, "partial": 4, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_agreement_in_data_sharing_register_without_extension(web: Heldback55Web, truth: dict) -> None:
    host = "www.birmingham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/info/20018/data_protection/2950/data_sharing_register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-6:]
    assert d["5.1"]["criteria"]["police_agreement"]


def test_empty_alt_mark_beside_step_2_sentence(web: Heldback55Web, truth: dict) -> None:
    host = "www.birmingham.gov.uk"
    pg = "/info/20014/crime_and_safety/1432/community_safety_cameras"
    assert '<img src="/images/bcc-scc-certified.png" alt="">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and "single point of contact" in _main(web, host, pg)


def test_step_1_only_in_alt_text_of_a_privacy_notice(web: Heldback55Web, truth: dict) -> None:
    host = "www.bcpcouncil.gov.uk"
    pg = "/privacy-notices/public-space-cctv-privacy-notice"
    assert 'alt="Surveillance Camera Commissioner third party certification - step 1' in _html(web, host, pg)
    assert "step 1" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    assert d["5.1"]["status"] == "met" and all("/privacy-notices/" in u for u in d["5.1"]["pages"])
    assert d["5.1"]["criteria"]["dpia"]


def test_step_2_sentence_without_mark(web: Heldback55Web, truth: dict) -> None:
    host = "www.dacorum.gov.uk"
    html = _html(web, host, "/home/community-living/community-safety/cctv")
    assert "<img" not in html and "step 2 certification" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_only_inside_the_code_pdf_and_draft_word_agreement(web: Heldback55Web, truth: dict) -> None:
    host = "www.bedford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/media/4471/cctv-code-of-practice.pdf"}
    assert "single point of contact" not in _text(web, host, "/environmental-issues/community-safety/cctv")
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/policies-and-strategies"}


def test_sla_only_on_the_partnerships_page(web: Heldback55Web, truth: dict) -> None:
    host = "www.basingstoke.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/partnerships"}
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]


def test_camera_page_five_clicks_deep_and_certificate_in_policy_pdf(web: Heldback55Web, truth: dict) -> None:
    host = "www.middevon.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/residents",
        "/residents/community-safety",
        "/residents/community-safety/crime-and-disorder",
        "/residents/community-safety/crime-and-disorder/tiverton-town-centre",
        "/residents/community-safety/crime-and-disorder/tiverton-town-centre/public-space-cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert _linking(web, host, f"http://{host}{chain[-1]}") == {f"http://{host}{chain[-2]}"}
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Devon & Cornwall"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Certificate of agreement" in text and "Signed for and on behalf of Devon and Cornwall Police" in text


def test_control_room_telephone_only_contact(truth: dict) -> None:
    d = _auth(truth, "www.lbhf.gov.uk")["deliverables"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_agreement_mentioned_only_in_executive_report(web: Heldback55Web, truth: dict) -> None:
    host = "www.northnorthants.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "democracy.northnorthants.gov.uk" in web.sites[host].hosts()
    assert d["5.5"]["status"] == "partial"
    assert [urlsplit(e["url"]).hostname for e in d["5.5"]["evidence"]] == ["democracy.northnorthants.gov.uk"]
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert not d["5.1"]["criteria"]["police_agreement"]


def test_hosted_guidance_is_not_an_agreement(web: Heldback55Web, truth: dict) -> None:
    host = "www.westberks.gov.uk"
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"
    text = _text(web, host, "/media/51220/Thames-Valley-CCTV-SLA-guidance/pdf/Thames_Valley_CCTV_SLA_guidance.pdf")
    assert "service level agreement" in text and "not itself an agreement" in text


def test_code_served_without_extension(web: Heldback55Web, truth: dict) -> None:
    host = "www.great-yarmouth.gov.uk"
    r = _render(web, f"http://{host}/downloads/file/5123/cctv-code-of-practice")
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    pages = _auth(truth, host)["deliverables"]["5.1"]["pages"]
    assert f"http://{host}/downloads/file/5123/cctv-code-of-practice" in pages


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.westberks.gov.uk", "www.highpeak.gov.uk", "www.great-yarmouth.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.northnorthants.gov.uk", "retention"),
        ("www.westberks.gov.uk", "operator"),
        ("www.highpeak.gov.uk", "cameras"),
        ("www.hyndburnbc.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback55Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.scilly.gov.uk", "www.rother.gov.uk", "www.cannockchasedc.gov.uk"},
    )
