"""The fifty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 31 to 46; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in a data sharing
register, another only as a Cabinet appendix on a democracy host, a step 2 claim only in alt text, a mark with
empty alt text beside a step 1 sentence, a code of practice served without extension, a SPOC only inside a PDF,
a control-room telephone as the only contact, a camera page five clicks deep on a site without search, sitemap or
A to Z, robots.txt forbidding the search, a Welsh-first site, a privacy notice holding the statement, hosted
guidance about agreements, pages that never write the abbreviation, and councils that publish nothing but carry
look-alikes).
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

from fixtures.heldback51.truth import TRUTH_PATH
from fixtures.heldback51.web import Heldback51Web


@pytest.fixture(scope="module")
def web() -> Heldback51Web:
    return Heldback51Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_31_to_46(web: Heldback51Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 12)
    assert not mine & codes_of_sets(range(31, 47)), "no council of sets 31-46 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 2,
            "Non-metropolitan district": 5,
            "County": 1,
            "Unitary authority": 2,
            "Welsh unitary authority": 1,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 6, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 9}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 2, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 6}), tally


def test_agreement_only_in_the_data_sharing_register(web: Heldback51Web, truth: dict) -> None:
    host = "www.croydon.gov.uk"
    pg = "/community-and-safety/crime-and-antisocial-behaviour/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/data-sharing-register"}
    assert "agreement" not in _main(web, host, pg).lower()


def test_step_2_claim_only_in_alt_text_and_control_room_phone(web: Heldback51Web, truth: dict) -> None:
    host = "www.croydon.gov.uk"
    pg = "/community-and-safety/crime-and-antisocial-behaviour/cctv"
    assert 'alt="Surveillance Camera Commissioner third party certification step 2 2022"' in _html(web, host, pg)
    assert "step 2" not in _text(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "single point of contact" not in _main(web, host, pg)


def test_spoc_only_inside_the_code_of_practice(web: Heldback51Web, truth: dict) -> None:
    host = "www.sheffield.gov.uk"
    d = _auth(truth, host)["deliverables"]
    pdf = "/media/4410/download/public-space-cctv-code-of-practice.pdf"
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pdf}
    assert "single point of contact" in _text(web, host, pdf)
    assert "single point of contact" not in _main(web, host, "/your-city-council/cctv-body-worn-video")


def test_empty_alt_mark_and_code_without_extension(web: Heldback51Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    assert '<img src="/images/scc-certified.png" alt=""' in _html(web, host, "/info/20328/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1"
    r = _render(web, f"http://{host}/downloads/file/3992/cctv_code_of_practice")
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_camera_page_five_clicks_deep_and_agreement_in_cabinet_papers(web: Heldback51Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/residents",
        "/residents/community",
        "/residents/community/community-safety",
        "/residents/community/community-safety/crime-and-disorder",
        "/residents/community/community-safety/crime-and-disorder/cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    dem = "democracy.thanet.gov.uk"
    assert urlsplit(doc["url"]).hostname == dem and doc["signed"] and doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=48811"}
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_robots_forbid_the_search(truth: dict) -> None:
    for host in ("www.stevenage.gov.uk", "www.dorsetcouncil.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_welsh_first_site(web: Heldback51Web, truth: dict) -> None:
    host = "www.torfaen.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and f"http://{host}/en" in _links(web, host, "/")
    assert "Teledu cylch cyfyng" in _html(web, host, "/diogelwch-cymunedol/teledu-cylch-cyfyng")
    d = _auth(truth, host)["deliverables"]
    paths = [urlsplit(u).path for u in d["5.1"]["pages"]]
    assert paths[-1] == "/diogelwch-cymunedol/teledu-cylch-cyfyng"  # the Welsh twin, one disclosure
    assert all(x.startswith("/en/") for x in paths[:-1])
    (doc,) = d["5.5"]["documents"]
    assert doc["url"].endswith(".docx") and doc["force"] == "Gwent"


def test_privacy_notice_holds_the_statement_and_hosted_guidance(web: Heldback51Web, truth: dict) -> None:
    host = "www.dorsetcouncil.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and all("privacy" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert "service level agreement" in _main(web, host, "/community-safety/partnership-resources")


def test_pages_that_never_write_cctv(web: Heldback51Web) -> None:
    # the Gateshead site is a legacy table layout with no <main>: its whole page text is checked
    assert "cctv" not in _text(web, "www.gateshead.gov.uk", "/article/2841/Business-watch").lower()
    assert "cctv" not in _main(web, "www.milton-keynes.gov.uk", "/community-safety/public-space-cameras").lower()


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.gateshead.gov.uk", "operator"),
        ("www.stevenage.gov.uk", "operator"),
        ("www.milton-keynes.gov.uk", "police_agreement"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback51Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.tendringdc.gov.uk", "www.surreycc.gov.uk", "www.burnley.gov.uk"},
    )
