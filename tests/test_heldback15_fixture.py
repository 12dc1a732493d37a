"""The fifteenth held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the labelling
rules of fixtures/heldback/README.md hold; the councils are real register rows, none is in sets 11 to 14, and
those reused from earlier sets are the London boroughs, metropolitan districts, counties, unitaries and Welsh
councils the register left no fresh choice for (every shire district and Cumberland are in no set); every
homepage answers through the proxy under its real host name; every evidence URL answers 200, holds its quote
verbatim and is allowed by robots.txt; and the ordinary structures the set is built from are really there (an
FAQ accordion and English and Welsh twins told apart by ?lang=, an annual review at an extensionless address,
a paged article, a downloads hub holding the only copy of a signed agreement, a code of practice as page text
with a signed certificate of agreement, a certification mark with a claim, one-fact councils, decoys on the
councils that publish nothing).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

from fixtures.heldback15.truth import TRUTH_PATH
from fixtures.heldback15.web import Heldback15Web
from heldback_served import (
    assert_publish_nothing,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    assert_labelling_rules,
    auth_by_host as _auth,
    served_text as _text,
    served_html as _html,
    served_main as _main,
    served_links as _links,
    render as _render,
)
import pytest


@pytest.fixture(scope="module")
def web() -> Heldback15Web:
    return Heldback15Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_and_reuse(web: Heldback15Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 20)
    recent = codes_of_sets(range(11, 15))
    assert not mine & recent, "no council of sets 11-14 may be reused"
    earlier = codes_of_sets(range(1, 11))
    reused = mine & earlier
    # only where the register has no council of that type left that no set used: every shire district here,
    # and Cumberland, are in no earlier set
    assert {register[g]["type"] for g in reused} == {
        "London borough",
        "Metropolitan district",
        "County",
        "Unitary authority",
        "Welsh unitary authority",
    }
    assert len(reused) == 11 and "E06000063" not in reused
    early = codes_of_sets(range(1, 7))
    assert reused <= early, "every reused council comes from sets 1 to 6 (the Welsh ones are also in 7 to 10)"
    welsh = {g for g in mine if register[g]["nation"] == "Wales"}
    assert welsh == {"W06000006", "W06000014", "W06000018"}
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 2,
            "Metropolitan district": 2,
            "County": 2,
            "Unitary authority": 3,
            "Non-metropolitan district": 8,
            "Welsh unitary authority": 3,
        }
    )
    for a in truth["authorities"]:
        assert a["police_force"] == register[a["gss_code"]]["police_force"]


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=3, types=6)
    auths = truth["authorities"]
    tally = Counter(a["deliverables"]["5.1"]["status"] for a in auths)
    assert tally["met"] <= 9 and tally["partial"] >= 6 and tally["not_met"] >= 4, tally
    assert sum(a["deliverables"]["5.2"]["status"] == "met" for a in auths) == 2, "few certified"


def test_faq_accordion_and_query_string_twins(web: Heldback15Web, truth: dict) -> None:
    host = "www.caerphilly.gov.uk"
    idx = "/services/emergencies-and-crime-prevention/cctv"
    en, cy = f"{idx}?lang=en-gb", f"{idx}?lang=cy-gb"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    faqs = f"{idx}/cctv-faqs?lang=en-gb"
    page = _html(web, host, faqs)
    assert page.count('<details class="accordion-item"') == 4 and 'href="#q2"' in page
    (review,) = [u for u in _links(web, host, en) if "/web-documents/" in u]
    r = _render(web, review)
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(review).path.endswith(".pdf")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2016"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_a_signed_agreement_only_in_the_downloads_hub(web: Heldback15Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    art = "/safety-emergencies/public-safety-emergencies"
    assert "504 cameras" in _main(web, host, f"{art}/2") and f"http://{host}{art}/3" in _links(web, host, f"{art}/2")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/downloads/download/113/cctv_information_sharing_agreement"
    }
    assert "Signed for and on behalf of Lincolnshire Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met"
    assert all("/downloads/file/" in e["url"] for e in d["5.3"]["evidence"])
    assert "single point of contact" not in _main(web, host, f"{art}/2")


def test_a_code_as_page_text_with_a_certificate_of_agreement(web: Heldback15Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    pg = "/article/1764/CCTV"
    main = _main(web, host, pg)
    assert "On this page" in main and "CCTV code of practice" in main
    (doc,) = _auth(truth, host)["deliverables"]["5.5"]["documents"]
    assert doc["signed"] and doc["url"] in _links(web, host, pg)
    assert "Constabulary" in _text(web, host, urlsplit(doc["url"]).path)


def test_a_mark_with_a_claim_and_a_paged_article(web: Heldback15Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    page = _html(web, host, "/cctv")
    assert 'alt="Surveillance Camera Commissioner certification mark"' in page
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2018"
    art = "/info/20109/crime_and_law_enforcement/112/cctv"
    assert f"http://{host}{art}/3" in _links(web, host, f"{art}/2")
    assert d["5.5"]["status"] == "partial" and {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {
        "/xfp/form/463"
    }


def test_a_county_privacy_notice_in_a_directory(web: Heldback15Web, truth: dict) -> None:
    host = "www.lincolnshire.gov.uk"
    rec = "/directory-record/62078/surveillance-camera-systems"
    assert f"http://{host}{rec}" in _links(web, host, "/directory/privacy-notices")
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.1"]["evidence"]} == {rec}
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "met" and not d["5.1"]["criteria"]["retention"]


def test_welsh_twins_under_cy(web: Heldback15Web, truth: dict) -> None:
    for host, en, cy in (
        (
            "valeofglamorgan.gov.uk",
            "/en/living/Safer-Vale/CCTV.aspx",
            "/cy/byw/Bro-Mwy-Diogel/Teledu-Cylch-Cyfyng.aspx",
        ),
        (
            "www.wrexham.gov.uk",
            "/service/community-safety/future-cctv-wrexham",
            "/cy/gwasanaeth/diogelwch-cymunedol/dyfodol-tcc-yn-wrecsam",
        ),
    ):
        assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
        assert '<html lang="cy">' in _html(web, host, cy)
        assert f"http://{host}{cy}" in _auth(truth, host)["deliverables"]["5.1"]["pages"]


def test_one_fact_councils(web: Heldback15Web, truth: dict) -> None:
    for host, crit in (
        ("www.doncaster.gov.uk", "operator"),
        ("www.torbay.gov.uk", "cameras"),
        ("www.somerset.gov.uk", "operator"),
        ("www.wrexham.gov.uk", "cameras"),
        ("www.northwarks.gov.uk", "operator"),
        ("www.e-lindsey.gov.uk", "operator"),
        ("www.winchester.gov.uk", "other_systems"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    assert web.sites["www.e-lindsey.gov.uk"].search is None
    for host in ("www.warwickshire.gov.uk", "www.wrexham.gov.uk", "www.west-lindsey.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback15Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {
            "www.warwickshire.gov.uk",
            "www.cumberland.gov.uk",
            "www.havant.gov.uk",
            "www.west-lindsey.gov.uk",
        },
    )
    assert "Cumbria Constabulary" in _text(web, "www.cumberland.gov.uk", "/community-safety/town-centre-cameras")
