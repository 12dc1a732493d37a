"""The twelfth held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the
labelling rules of fixtures/heldback/README.md hold; the councils are real register rows, none is in sets
6 to 11, and those reused from sets 1 to 5 are the London boroughs, metropolitan districts, counties and
Welsh councils the register left no fresh choice for; every homepage answers through the proxy under its
real host name; every evidence URL answers 200, holds its quote verbatim and is allowed by robots.txt; and
the structures the set exists to test are really present (an easy read page and a SPOC reached only by a
form, a search that only answers a POST and a RIPA officer beside the CCTV contact, a camera count only in
alt text and figures only in a performance table, certification only in a code's document history, a
two-tier county linking to its district, a certificates table and an exchange of letters, an image-only
link tile and a mailto-only SPOC, 'Step 1' headings and a Commissioner's grant agreement, a title-only
search and a footnote, a timeline and a retention schedule, a caption SPOC and an agreement annexed to an
annual report, certification only in Welsh, encoded document addresses and a contacts directory, the one
sentence councils, decoys on the councils that publish nothing).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import urlsplit

import lxml.html
import pytest

from benchmarks.heldback import SETS, parse_sets
from fixtures.heldback.truth import TRUTH_PATH as FIRST_TRUTH
from fixtures.heldback.truth import link_graph
from fixtures.heldback2.truth import TRUTH_PATH as SECOND_TRUTH
from fixtures.heldback3.truth import TRUTH_PATH as THIRD_TRUTH
from fixtures.heldback4.truth import TRUTH_PATH as FOURTH_TRUTH
from fixtures.heldback5.truth import TRUTH_PATH as FIFTH_TRUTH
from fixtures.heldback6.truth import TRUTH_PATH as SIXTH_TRUTH
from fixtures.heldback7.truth import TRUTH_PATH as SEVENTH_TRUTH
from fixtures.heldback8.truth import TRUTH_PATH as EIGHTH_TRUTH
from fixtures.heldback9.truth import TRUTH_PATH as NINTH_TRUTH
from fixtures.heldback10.truth import TRUTH_PATH as TENTH_TRUTH
from fixtures.heldback11.truth import TRUTH_PATH as ELEVENTH_TRUTH
from fixtures.heldback12.truth import TRUTH_PATH, build
from fixtures.heldback12.web import Heldback12Web
from fixtures.simweb.register import read_register
from heldback_served import (
    assert_publish_nothing,
    STATUSES,
    assert_labelling_rules,
    assert_truth_served,
    truth_codes as _codes,
    auth_by_host as _auth,
    served_text as _text,
    served_html as _html,
    served_main as _main,
    served_links as _links,
)


@pytest.fixture(scope="module")
def web() -> Heldback12Web:
    return Heldback12Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_committed_truth_matches_the_labels(truth: dict) -> None:
    assert build() == truth, "run: python -m fixtures.heldback12.truth"


def test_wired_into_the_benchmark() -> None:
    web_class, path, label = SETS["heldback12"]
    assert web_class is Heldback12Web and path == TRUTH_PATH and label == "held-back set 12"
    assert "heldback12" in parse_sets("all")  # `make bench` runs every set but the first


def test_real_councils_and_reuse(web: Heldback12Web, truth: dict) -> None:
    mine = {s.gss for s in web.sites.values()}
    assert len(mine) == len(web) == 20
    assert {a["gss_code"] for a in truth["authorities"]} == mine
    register = {r["gss_code"]: r for r in read_register()}
    for s in web.sites.values():
        row = register[s.gss]
        assert urlsplit(row["website"]).hostname == s.host, s.gss
        assert s.name.split()[0] in row["name"], (s.name, row["name"])
    recent: set[str] = set()
    for path in (SIXTH_TRUTH, SEVENTH_TRUTH, EIGHTH_TRUTH, NINTH_TRUTH, TENTH_TRUTH, ELEVENTH_TRUTH):
        recent |= _codes(path)
    assert not mine & recent, "no council of sets 6-11 may be reused"
    early: set[str] = set()
    for path in (FIRST_TRUTH, SECOND_TRUTH, THIRD_TRUTH, FOURTH_TRUTH, FIFTH_TRUTH):
        early |= _codes(path)
    reused = mine & early
    # only where the register has no council left that no set used: London boroughs, metropolitan
    # districts, counties and Welsh councils; every unitary and district here is in no earlier set
    assert {register[g]["type"] for g in reused} == {
        "London borough",
        "Metropolitan district",
        "County",
        "Welsh unitary authority",
    }
    assert len(reused) == 9
    welsh = {g for g in mine if register[g]["nation"] == "Wales"}
    assert len(welsh) == 3 and welsh <= reused
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 2,
            "Metropolitan district": 2,
            "County": 2,
            "Unitary authority": 4,
            "Non-metropolitan district": 7,
            "Welsh unitary authority": 3,
        }
    )
    for a in truth["authorities"]:
        assert a["police_force"] == register[a["gss_code"]]["police_force"]


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=3, types=6)
    auths = truth["authorities"]
    for key, allowed in STATUSES.items():
        for status in allowed:
            n = sum(a["deliverables"][key]["status"] == status for a in auths)
            assert n >= 2, (key, status, n)


def test_easy_read_page_and_spoc_reached_only_by_a_form(web: Heldback12Web, truth: dict) -> None:
    host = "www.islington.gov.uk"
    page = "/community-and-safety/street-cameras-cctv"
    main = _main(web, host, page)
    assert not re.search(r"(?i)\bsigns?\b|unhappy|complain", main)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    easy = next(e for e in d51["evidence"] if e["url"].endswith("/easy-read"))
    assert d51["criteria"]["signage"] and d51["criteria"]["complaints"] and easy
    d53 = _auth(truth, host)["deliverables"]["5.3"]
    assert d53["status"] == "met" and d53["spoc"]["email"] is None and d53["spoc"]["phone"] is None
    assert "@" not in main and not re.search(r"\b0\d{2,4} \d{3,4} \d{3,4}\b", main)
    assert f"http://{host}/forms/surveillance-camera-enquiry" in _links(web, host, page)
    assert '<form method="post" action="/forms/surveillance-camera-enquiry"' in _html(
        web, host, "/forms/surveillance-camera-enquiry"
    )


def test_search_answers_only_a_post_and_a_ripa_officer_beside_the_cctv_contact(web: Heldback12Web, truth: dict) -> None:
    host = "www.lbhf.gov.uk"
    page = "/crime-and-safety/surveillance-and-the-council"
    got = _html(web, host, "/search?query=cctv")
    assert '<form action="/search" method="post" role="search">' in got and "__VIEWSTATE" in got
    assert page not in got
    assert f"http://{host}{page}" in _links(web, host, "/a-z")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and not any("ripa" in e["quote"].lower() for e in d["5.3"]["evidence"])
    assert "Senior Responsible Officer for RIPA" in _text(web, host, page)
    (doc,) = d["5.5"]["documents"]
    assert "?la=en&hash=" in doc["url"] and doc["signed"]
    r = web.sites[host].render(urlsplit(doc["url"]).path + "?" + urlsplit(doc["url"]).query)
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"


def test_count_only_in_alt_text_and_figures_only_in_a_performance_table(web: Heldback12Web, truth: dict) -> None:
    host = "www.sheffield.gov.uk"
    page = "/community-safety/city-centre-cctv"
    assert "126" not in _main(web, host, page)
    assert 'alt="Map of Sheffield marking the 126 council CCTV cameras"' in _html(web, host, page)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert "arrest" not in _text(web, host, page).lower()
    stats = next(e for e in d51["evidence"] if e["quote"] == "Arrests supported by CCTV")
    assert "<table>" in _html(web, host, urlsplit(stats["url"]).path)
    (doc,) = _auth(truth, host)["deliverables"]["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    assert "(awaiting signature)" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Senior Information Risk Owner" in _text(web, host, page)


def test_certification_only_in_a_codes_document_history(web: Heldback12Web, truth: dict) -> None:
    host = "www.gateshead.gov.uk"
    page = "/article/2214/Town-centre-CCTV"
    main = _main(web, host, page).lower()
    assert "certif" not in main and "step" not in main
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and d52["level"] == "step2" and d52["awarded"] == "2019-05"
    (url,) = {e["url"] for e in d52["evidence"]}
    code = _text(web, host, urlsplit(url).path)
    assert "Document history" in code and "Version 2.0" in code
    assert _auth(truth, host)["deliverables"]["5.1"]["criteria"]["other_systems"]


def test_two_tier_county_links_to_its_district(web: Heldback12Web, truth: dict) -> None:
    host = "www.essex.gov.uk"
    page = "/crime-and-community-safety/cctv-in-essex"
    assert "does not own or run any public space CCTV" in _text(web, host, page)
    assert "http://www.basildon.gov.uk/" in _links(web, host, page)
    essex = _auth(truth, host)
    assert all(essex["deliverables"][k]["status"] == "not_met" for k in STATUSES)
    assert _auth(truth, "www.basildon.gov.uk")["deliverables"]["5.1"]["status"] == "met"


def test_one_sentence_councils(web: Heldback12Web, truth: dict) -> None:
    for host, path, crit in (
        ("www.surreycc.gov.uk", "/roads-and-transport/our-highway-vehicles", "other_systems"),
        ("eastdevon.gov.uk", "/council-and-democracy/fees-and-charges-2025-26", "disclosure"),
        ("crawley.gov.uk", "/community/anti-social-behaviour", "cameras"),
        ("www.monmouthshire.gov.uk", "/your-council/monmouthshire-in-numbers", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert urlsplit(d51["evidence"][0]["url"]).path == path
    assert "<details><summary>Can CCTV help?</summary>" in _html(
        web, "crawley.gov.uk", "/community/anti-social-behaviour"
    )
    twin = _auth(truth, "www.monmouthshire.gov.uk")["deliverables"]["5.1"]["evidence"][1]["url"]
    assert urlsplit(twin).path.startswith("/cy/")


def test_certificates_table_and_an_exchange_of_letters(web: Heldback12Web, truth: dict) -> None:
    host = "www.nottinghamcity.gov.uk"
    page = "/community-protection/cctv-and-the-control-room"
    assert "step 2" not in _text(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {"/about-us/certificates-and-accreditations"}
    assert d["5.2"]["awarded"] == "2019-05" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    letters = _text(web, host, urlsplit(doc["url"]).path)
    assert "Letter 1" in letters and "Letter 2" in letters and "accepts the terms" in letters


def test_image_only_link_tile_and_a_mailto_only_spoc(web: Heldback12Web, truth: dict) -> None:
    host = "www.cheshireeast.gov.uk"
    page = "/community-safety/public-space-cctv"
    tree = lxml.html.fromstring(_html(web, host, "/community-safety"))
    anchors = tree.xpath(f'//a[@href="{page}"]')
    assert len(anchors) == 1 and anchors[0].text_content().strip() == ""
    assert anchors[0].xpath("./img/@alt") == ["Public space CCTV"]
    assert f"http://{host}{page}" not in _links(web, host, "/") + _links(web, host, "/a-z")
    graph = link_graph(web, web.sites[host])
    linking = {u for u, links in graph.items() if f"http://{host}{page}" in links}
    assert linking == {f"http://{host}/community-safety"}
    body = _html(web, host, page)
    assert 'href="mailto:spoc.cameras@cheshireeast.example.gov.uk"' in body
    assert "spoc.cameras@" not in _text(web, host, page)
    assert _auth(truth, host)["deliverables"]["5.3"]["spoc"]["email"] == "spoc.cameras@cheshireeast.example.gov.uk"


def test_step_headings_and_a_commissioners_grant_agreement(web: Heldback12Web, truth: dict) -> None:
    host = "www.bcpcouncil.gov.uk"
    guide = _html(web, host, "/crime-and-safety/cctv/ask-for-cctv-footage")
    for n in (1, 2, 3, 4):
        assert f"<h2>Step {n}:" in guide
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met" and not d["5.5"]["evidence"]
    grant = _text(web, host, "/sites/default/files/2024-07/seafront-cctv-grant-agreement.pdf")
    assert "Police and Crime Commissioner for Dorset" in grant and "Chief Executive" in grant


def test_title_only_search_and_a_footnote(web: Heldback12Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    page = "/community/safer-basildon/town-centre-cameras"
    assert page not in _html(web, host, "/search?s=cctv") and "CCTV" in _text(web, host, page)
    assert f'href="{page}"' not in _html(web, host, "/search?s=cctv")
    assert f'href="{page}"' in _html(web, host, "/search?s=cameras")
    assert f'href="{page}"' not in _html(web, host, "/search?s=police")
    body = _html(web, host, page)
    note = body.split('<div class="footnotes"', 1)[1]
    assert "step 1 (desktop) certification" in note
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["level"] == "step1" and d52["awarded"] == "2018-11"


def test_timeline_and_a_retention_schedule(web: Heldback12Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    page = "/community-safety/cctv"
    body = _html(web, host, page)
    line = body.split('<ol class="timeline">', 1)[1].split("</ol>", 1)[0]
    assert "step 2 full certification" in line and body.count("step 2") == 1
    assert "31 days" not in _text(web, host, page)
    d = _auth(truth, host)["deliverables"]
    ret = next(e for e in d["5.1"]["evidence"] if "31 days" in e["quote"])
    assert urlsplit(ret["url"]).path == "/your-council/information-governance/records-retention-schedule"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and "DRAFT v0.2" in _text(web, host, urlsplit(doc["url"]).path)


def test_caption_spoc_and_an_agreement_annexed_to_the_annual_report(web: Heldback12Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and not site.sitemap
    page = "/community/community-safety/crime-prevention/cctv"
    caption = _html(web, host, page).split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert "single point of contact for surveillance cameras" in caption
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"].endswith("/cctv-annual-report-2024-25.pdf")
    report = _text(web, host, urlsplit(doc["url"]).path)
    assert "Annex A" in report and "187 arrests" in report
    assert d["5.1"]["criteria"]["statistics"] and _auth(truth, host)["oracle_fetches"] >= 5


def test_certification_stated_only_in_welsh(web: Heldback12Web, truth: dict) -> None:
    host = "www.cardiff.gov.uk"
    assert web.sites[host].pages[(host, "/")].lang == "cy"
    cy, en = "/cymuned-a-diogelwch/teledu-cylch-cyfyng", "/en/community-and-safety/cctv"
    assert "cam 2" in _text(web, host, cy)
    english = _main(web, host, en).lower()
    assert "certif" not in english and "step" not in english
    assert f"http://{host}{en}" in _links(web, host, cy) and f"http://{host}{cy}" in _links(web, host, en)
    (ev,) = _auth(truth, host)["deliverables"]["5.2"]["evidence"]
    assert urlsplit(ev["url"]).path == cy


def test_encoded_document_addresses_and_a_contacts_directory(web: Heldback12Web, truth: dict) -> None:
    host = "www.neath-porttalbot.gov.uk"
    page = "/community/community-safety/cctv"
    docs = [u for u in _links(web, host, page) if "/Documents/" in u]
    assert len(docs) == 2 and all("%20" in u for u in docs)
    for u in docs:
        assert web.sites[host].render(urlsplit(u).path).status == 200
    assert "single point" not in _text(web, host, page).lower()
    d53 = _auth(truth, host)["deliverables"]["5.3"]
    assert {urlsplit(e["url"]).path for e in d53["evidence"]} == {"/contact-us/council-contacts"}
    assert "<table>" in _html(web, host, "/contact-us/council-contacts")
    cy = "/cy/cymuned/teledu-cylch-cyfyng"
    assert f"http://{host}{cy}" in _links(web, host, page) and f"http://{host}{page}" in _links(web, host, cy)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback12Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {
            "www.essex.gov.uk",
            "www.scilly.gov.uk",
            "www.ribblevalley.gov.uk",
            "www.malvernhills.gov.uk",
        },
    )


def test_homepages_and_every_quote_are_served_through_the_proxy(web: Heldback12Web, truth: dict) -> None:
    assert_truth_served(web, truth)
