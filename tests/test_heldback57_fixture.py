"""The fifty-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 36 to 56; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in a data sharing
register and served without extension, another only on a partnerships page, a certificate of agreement inside a
code PDF, a draft unsigned Word agreement on a policies page, an agreement mentioned only in a scrutiny report on a
democracy host, a SPOC only inside a PDF, a step 2 sentence beside a mark with empty alt text, a step 1 claim only
in alt text, a step 2 sentence with no mark, a control-room telephone as the only contact, a camera page five
clicks deep on a site without search, sitemap or A-Z, hosted guidance about agreements, a privacy notice that is
the camera statement, a Welsh-first site, robots.txt forbidding the search, one-fact councils, and councils that
publish nothing but carry look-alikes such as an FOI answer and a job advert).
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

from fixtures.heldback57.truth import TRUTH_PATH
from fixtures.heldback57.web import Heldback57Web


@pytest.fixture(scope="module")
def web() -> Heldback57Web:
    return Heldback57Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_36_to_56(web: Heldback57Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(36, 57)), "no council of sets 36-56 may be reused"
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
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_agreement_in_data_sharing_register_without_extension_and_control_room_phone(
    web: Heldback57Web, truth: dict
) -> None:
    host = "www.n-somerset.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Avon and Somerset"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/council-and-democracy/data-protection/data-sharing-register"
    }
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "@" not in _main(web, host, "/my-neighbourhood/community-safety/cctv")


def test_empty_alt_mark_beside_step_2_sentence_and_certificate_in_code_pdf(web: Heldback57Web, truth: dict) -> None:
    host = "www.cheshireeast.gov.uk"
    pg = "/environment/community_safety/cctv.aspx"
    assert '<img src="/images/scc-certification-mark.png" alt="">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cheshire"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Certificate of agreement" in text and "Signed for and on behalf of Cheshire Constabulary" in text


def test_spoc_only_inside_the_code_pdf(web: Heldback57Web, truth: dict) -> None:
    host = "www.torbay.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/media/8412/cctv-code-of-practice-2024.pdf"}
    assert "single point of contact" not in _text(web, host, "/community-safety/public-cctv").lower()
    assert "single point of contact" in _text(web, host, "/media/8412/cctv-code-of-practice-2024.pdf")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_1_only_in_alt_text_and_sla_on_partnerships_page(web: Heldback57Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    pg = "/communities/community-safety/cctv/cctv-in-chelmsford"
    html = _html(web, host, pg)
    assert 'alt="Surveillance Camera Commissioner certification mark: step 1' in html
    assert "step 1" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/working-with-partners"}


def test_draft_word_agreement_on_policies_page(web: Heldback57Web, truth: dict) -> None:
    host = "www.camden.gov.uk"
    d = _auth(truth, host)["deliverables"]["5.5"]
    (doc,) = d["documents"]
    assert d["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/about-the-council/policies-and-strategies"}
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_agreement_mentioned_only_in_a_scrutiny_report_on_the_democracy_host(web: Heldback57Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "democracy.newforest.gov.uk" in web.sites[host].hosts()
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert [urlsplit(e["url"]).hostname for e in d["5.5"]["evidence"]] == ["democracy.newforest.gov.uk"]
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert not d["5.1"]["criteria"]["police_agreement"]


def test_camera_page_five_clicks_deep_without_search_and_step_2_without_mark(web: Heldback57Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/residents",
        "/residents/community-and-wellbeing",
        "/residents/community-and-wellbeing/community-safety",
        "/residents/community-and-wellbeing/community-safety/safer-streets",
        "/residents/community-and-wellbeing/community-safety/safer-streets/cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert _linking(web, host, f"http://{host}{chain[-1]}") == {f"http://{host}{chain[-2]}"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _main(web, host, chain[-1])


def test_hosted_guidance_is_not_an_agreement(web: Heldback57Web, truth: dict) -> None:
    d = _auth(truth, "www.ribblevalley.gov.uk")["deliverables"]
    assert d["5.5"]["status"] == "not_met"
    text = _text(web, "www.ribblevalley.gov.uk", "/downloads/file/812/local-cctv-agreements-guidance.pdf")
    assert "service level agreement" in text and "not itself an agreement" in text


def test_privacy_notice_is_the_camera_statement(web: Heldback57Web, truth: dict) -> None:
    d51 = _auth(truth, "www.eastriding.gov.uk")["deliverables"]["5.1"]
    assert d51["status"] == "met" and d51["criteria"]["dpia"]
    assert {urlsplit(u).path.rsplit("/", 1)[-1] for u in d51["pages"]} == {"privacy-notice-for-surveillance-cameras"}


def test_welsh_first_site(web: Heldback57Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    home = _html(web, host, "/")
    assert (
        '<html lang="cy">' in home and "Cyngor Sir y Fflint" in home and f"http://{host}/en" in _links(web, host, "/")
    )
    cy = "/cy/Preswylydd/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng.aspx"
    en = "/en/Resident/Community-Safety/CCTV.aspx"
    assert f"http://{host}{en}" in _links(web, host, cy) and f"http://{host}{cy}" in _links(web, host, en)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.eastriding.gov.uk", "new.devon.gov.uk", "www.havant.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.havant.gov.uk", "cameras"),
        ("www.ribblevalley.gov.uk", "cameras"),
        ("www.boston.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback57Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.oldham.gov.uk", "new.devon.gov.uk", "www.westdevon.gov.uk"})
    foi = "/info/200145/freedom_of_information/1870/disclosure_log/foi_18394_public_cctv_cameras"
    assert "146 fixed cameras" in _text(web, "www.oldham.gov.uk", foi)
    assert "around the clock" in _text(web, "www.oldham.gov.uk", "/jobs/first-response-cctv-operator")
