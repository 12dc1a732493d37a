"""The sixty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in the other sets written beside it (47 to 67); the labelling
rules hold with the intended tallies; and the structures the set is built from are really there (CCTV split over
short sub-pages with a footage mailbox as the only contact and a signed agreement only in a data sharing register,
served without extension; an annual report as the main page with the SPOC only in a policy PDF; an English-first
Welsh site with a Welsh twin; a county with only building cameras told in a privacy notice; a camera fact only in
a community safety plan; a step 1 sentence without a mark; a step 2 claim only in alt text; an empty-alt mark beside
a step 2 sentence on a page five clicks deep on a site without search, sitemap or A to Z; a draft unsigned Word
agreement; a signed agreement only in Cabinet papers on a democracy host; a page that never writes 'CCTV'; hosted
guidance about agreements; robots.txt forbidding the search; councils that publish nothing but carry look-alikes).
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

from benchmarks.heldback_sets import set_names
from fixtures.heldback68.truth import TRUTH_PATH
from fixtures.heldback68.web import Heldback68Web


@pytest.fixture(scope="module")
def web() -> Heldback68Web:
    return Heldback68Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_the_sets_written_beside_it(web: Heldback68Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    others = [k for k in range(47, 69) if k != 68]
    assert not mine & codes_of_sets([k for k in others if f"heldback{k}" in set_names()])
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 1,
            "County": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 10,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 8, "partial": 4, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_sub_pages_footage_mailbox_and_agreement_in_data_sharing_register(web: Heldback68Web, truth: dict) -> None:
    host = "www.kingston.gov.uk"
    d = _auth(truth, host)["deliverables"]
    hub = "/safety-crime-and-emergencies/safety-in-kingston/cctv"
    assert len({urlsplit(u).path for u in d["5.1"]["pages"]}) == 5
    assert all(urlsplit(u).path.startswith(hub) for u in d["5.1"]["pages"])
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["email"].startswith("cctvenquiries@") and not spoc["phone"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/council-and-democracy/data-protection/data-sharing-register"
    }
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "." not in urlsplit(doc["url"]).path.rsplit("/", 1)[-1]


def test_annual_report_main_page_and_spoc_only_in_pdf(web: Heldback68Web, truth: dict) -> None:
    host = "www.wirral.gov.uk"
    pg = "/community-and-safety/cctv-annual-report-2024-25"
    assert "single point of contact" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/files/surveillance-camera-systems-policy-2024.pdf"
    }
    assert "single point of contact" in _text(web, host, "/files/surveillance-camera-systems-policy-2024.pdf")
    assert d["5.1"]["criteria"]["annual_review"] and d["5.1"]["criteria"]["statistics"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_english_first_welsh_site_with_twin(web: Heldback68Web, truth: dict) -> None:
    host = "www.merthyr.gov.uk"
    assert '<html lang="en">' in _html(web, host, "/")
    cy = "/cy/preswylwyr/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, cy)
    assert f"http://{host}{cy}" in _links(web, host, "/resident/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_county_with_only_building_cameras_in_a_privacy_notice(web: Heldback68Web, truth: dict) -> None:
    d = _auth(truth, "www.worcestershire.gov.uk")["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["criteria"]["dpia"]
    (page,) = d["5.1"]["pages"]
    assert "privacy notice" in _main(web, "www.worcestershire.gov.uk", urlsplit(page).path)
    assert "County Hall" in _main(web, "www.worcestershire.gov.uk", urlsplit(page).path)
    assert all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))


def test_camera_fact_only_in_a_community_safety_plan(web: Heldback68Web, truth: dict) -> None:
    host = "www.sholland.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (url,) = d["5.1"]["pages"]
    assert _render(web, url).header("Content-Type") == "application/pdf"
    assert "17 cameras in Spalding" in _text(web, host, urlsplit(url).path)
    assert "<main" not in _html(web, host, "/") and _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_step_1_sentence_without_mark_and_agreement_on_partnership_page(web: Heldback68Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    pg = "/community-safety/cctv"
    assert "<img" not in _html(web, host, pg) and "step 1" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/community-safety-partnership"}


def test_step_2_only_in_alt_text_and_draft_word_agreement(web: Heldback68Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    pg = "/community-and-living/community-safety/cctv"
    assert 'alt="Surveillance Camera Commissioner certificate of compliance: step 2' in _html(web, host, pg)
    assert "step 2" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_empty_alt_mark_five_clicks_deep_without_search(web: Heldback68Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/residents",
        "/residents/community-and-living",
        "/residents/community-and-living/community-safety",
        "/residents/community-and-living/community-safety/crime-prevention",
        "/residents/community-and-living/community-safety/crime-prevention/cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert '<img src="/images/scc-mark.png" alt="">' in _html(web, host, chain[-1])
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "met"
    assert _auth(truth, host)["oracle_fetches"] == 8


def test_signed_agreement_only_in_cabinet_papers(web: Heldback68Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    dem = "democracy.tmbc.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=25945"}
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]


def test_page_that_never_writes_cctv(web: Heldback68Web, truth: dict) -> None:
    host = "www.spelthorne.gov.uk"
    assert "cctv" not in _main(web, host, "/node/1513").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}/node/1513"] and d["5.2"]["status"] == "not_met"
    assert "certificate of compliance" in _main(web, host, "/node/1288")


def test_hosted_guidance_is_not_an_agreement(web: Heldback68Web, truth: dict) -> None:
    host = "www.ambervalley.gov.uk"
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"
    text = _text(web, host, "/media/2214/Derbyshire-CSP-Guidance-CCTV-Service-Level-Agreements.pdf")
    assert "service level agreement" in text and "not itself an agreement" in text


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.wirral.gov.uk", "www.sholland.gov.uk", "www.spelthorne.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.plymouth.gov.uk", "cameras"),
        ("www.sholland.gov.uk", "cameras"),
        ("www.southnorfolkandbroadland.gov.uk", "other_systems"),
        ("www.spelthorne.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback68Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.sstaffs.gov.uk", "www.threerivers.gov.uk", "www.ambervalley.gov.uk"})
