"""The thirteenth held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the
labelling rules of fixtures/heldback/README.md hold; the councils are real register rows, none is in sets
7 to 12, and those reused from sets 1 to 6 are the London boroughs, metropolitan districts, counties and
Welsh councils the register left no fresh choice for; every homepage answers through the proxy under its
real host name; every evidence URL answers 200, holds its quote verbatim and is allowed by robots.txt; and
the structures the set exists to test are really present (search results behind a click-tracking
redirect and a code of practice in an <object> viewer, Word-pasted markup with non-breaking spaces, figures
only in an SVG chart, a 'page has moved' notice with a meta refresh and a questions table, a county's busway
cameras, an iframe of a hosted form on another host, documents on a cloud file store, a predecessor
council's website, a two-council website, a nofollow hub and an <abbr> SPOC, a fact at the end of a very long
page, a video transcript, car park finder records, redeployable cameras with a deployment log, a Welsh-only
certification mark, a photo caption, a two-column bilingual PDF, decoys on the councils that publish nothing).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import parse_qs, urlsplit

import lxml.html
import pytest

from benchmarks.heldback import SETS, parse_sets
from fixtures.heldback.truth import TRUTH_PATH as FIRST_TRUTH
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
from fixtures.heldback12.truth import TRUTH_PATH as TWELFTH_TRUTH
from fixtures.heldback13.truth import TRUTH_PATH, build
from fixtures.heldback13.web import Heldback13Web
from fixtures.simweb.register import read_register
from heldback_served import (
    assert_publish_nothing,
    linking as _linking,
    STATUSES,
    assert_labelling_rules,
    assert_truth_served,
    truth_codes as _codes,
    auth_by_host as _auth,
    served_text as _text,
    served_html as _html,
    served_main as _main,
    served_links as _links,
    render as _render,
)


@pytest.fixture(scope="module")
def web() -> Heldback13Web:
    return Heldback13Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_committed_truth_matches_the_labels(truth: dict) -> None:
    assert build() == truth, "run: python -m fixtures.heldback13.truth"


def test_wired_into_the_benchmark() -> None:
    web_class, path, label = SETS["heldback13"]
    assert web_class is Heldback13Web and path == TRUTH_PATH and label == "held-back set 13"
    assert "heldback13" in parse_sets("all")  # `make bench` runs every set but the first


def test_real_councils_and_reuse(web: Heldback13Web, truth: dict) -> None:
    mine = {s.gss for s in web.sites.values()}
    assert len(mine) == len(web) == 20
    assert {a["gss_code"] for a in truth["authorities"]} == mine
    register = {r["gss_code"]: r for r in read_register()}
    for s in web.sites.values():
        row = register[s.gss]
        assert urlsplit(row["website"]).hostname == s.host, s.gss
        assert s.name.split()[0] in row["name"], (s.name, row["name"])
    recent: set[str] = set()
    for path in (SEVENTH_TRUTH, EIGHTH_TRUTH, NINTH_TRUTH, TENTH_TRUTH, ELEVENTH_TRUTH, TWELFTH_TRUTH):
        recent |= _codes(path)
    assert not mine & recent, "no council of sets 7-12 may be reused"
    early: set[str] = set()
    for path in (FIRST_TRUTH, SECOND_TRUTH, THIRD_TRUTH, FOURTH_TRUTH, FIFTH_TRUTH, SIXTH_TRUTH):
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


def test_search_results_behind_a_redirect_and_a_code_in_an_object_viewer(web: Heldback13Web, truth: dict) -> None:
    host = "www.barnet.gov.uk"
    page = "/community/safer-communities/public-space-cctv"
    results = _links(web, host, "/search?query=cctv")
    hits = [u for u in results if "/s/redirect?" in u]
    assert hits and not any(urlsplit(u).path == page for u in results)
    target = next(parse_qs(urlsplit(u).query)["url"][0] for u in hits if page in parse_qs(urlsplit(u).query)["url"][0])
    r = _render(web, next(u for u in hits if target in parse_qs(urlsplit(u).query)["url"][0]))
    assert r.status == 302 and r.header("Location") == f"http://{host}{page}"
    body = _html(web, host, page)
    (code,) = [u for u in _links(web, host, page) if u.endswith(".pdf")]
    tree = lxml.html.fromstring(body)
    (obj,) = tree.xpath("//object")
    assert obj.get("data") == urlsplit(code).path
    assert [x.text_content() for x in obj.xpath(".//a")] == ["download the file"]
    main = _main(web, host, page).lower()
    assert "step" not in main and "certif" not in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {urlsplit(code).path}


def test_word_pasted_markup(web: Heldback13Web, truth: dict) -> None:
    host = "lewisham.gov.uk"
    page = "/myservices/communitysafety/cctv-in-lewisham"
    body = _html(web, host, page)
    main = body.split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert "class=MsoNormal" in main and "<o:p>" in main and "<h2>" not in main
    assert "single<span style='mso-spacerun:yes'>&nbsp;</span>point&nbsp;of&nbsp;contact" in main
    assert "full&nbsp;certification" in main and "Surveillance&nbsp;Camera&nbsp;Code" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.2"]["awarded"] == "2019-09"
    asb = "/myservices/communitysafety/anti-social-behaviour-case-review"
    assert "single point of contact for case reviews" in _text(web, host, asb)
    assert all(urlsplit(e["url"]).path == page for e in d["5.3"]["evidence"])
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and "Code of Connection" in doc["title"]


def test_figures_only_in_an_svg_chart(web: Heldback13Web, truth: dict) -> None:
    host = "www.wigan.gov.uk"
    page = "/Resident/Crime-Emergencies/CCTV/index.aspx"
    body = _html(web, host, page)
    outside = re.sub(r"(?s)<svg.*?</svg>", "", body)
    assert "842" not in outside and "<text" in body and ">Arrests assisted: 842</text>" in body
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["statistics"] and d["5.2"]["status"] == "not_met"
    assert "Cyber Essentials Plus" in _text(web, host, page)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and "section 115" in doc["title"]


def test_moved_page_notice_and_a_questions_table(web: Heldback13Web, truth: dict) -> None:
    host = "www.kirklees.gov.uk"
    old = "/beta/transport-roads-and-parking/closed-circuit-television.aspx"
    new = "/streets-and-travel/closed-circuit-television"
    r = _render(web, f"http://{host}{old}")
    assert r.status == 200 and b'http-equiv="refresh"' in r.body and b"This page has moved" in r.body
    assert f"http://{host}{old}" in _links(web, host, "/a-z")
    assert f"http://{host}{old}" in _links(web, host, "/streets-and-travel")
    assert _linking(web, host, f"http://{host}{new}") == {f"http://{host}{old}"}
    assert '<table class="qa">' in _html(web, host, new)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_county_busway_cameras(web: Heldback13Web, truth: dict) -> None:
    host = "www.cambridgeshire.gov.uk"
    page = "/residents/travel-roads-and-parking/public-transport-park-and-ride-and-guided-busway/the-busway/safety-and-cctv-on-the-busway"
    assert "/residents/travel-roads-and-parking" in page
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and {urlsplit(u).path for u in d["5.1"]["pages"]} == {page}
    assert "operating agreement" in _text(web, host, urlsplit(page).path.rsplit("/", 1)[0])
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_hosted_form_in_an_iframe_on_another_host(web: Heldback13Web, truth: dict) -> None:
    host = "www.blackburn.gov.uk"
    forms = "forms.blackburn.gov.uk"
    assert forms in web.sites[host].hosts()
    req = "/community-safety/cctv/requesting-cctv-footage"
    tree = lxml.html.fromstring(_html(web, host, req))
    (frame,) = tree.xpath("//iframe")
    src = frame.get("src")
    assert urlsplit(src).hostname == forms
    assert [a.text_content() for a in tree.xpath(f'//a[@href="{src}"]')] == ["Open this form in a new tab"]
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["criteria"]["retention"] and d51["criteria"]["subject_access"] and src in d51["pages"]
    assert "We keep recordings for 30 days" in _text(web, forms, urlsplit(src).path)
    on_main = [pg for (h, _), pg in web.sites[host].pages.items() if h == host and "30 days" in pg.body]
    assert not on_main, "the retention period is only stated on the forms host"


def test_documents_on_a_cloud_file_store(web: Heldback13Web, truth: dict) -> None:
    host = "www.buckinghamshire.gov.uk"
    s3 = "buckinghamshire-gov-uk.s3.amazonaws.com"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == s3 and doc["signed"]
    assert all(urlsplit(e["url"]).hostname == s3 for e in d["5.3"]["evidence"])
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert not [dd for (h, _), dd in web.sites[host].docs.items() if h == host]


def test_predecessor_councils_website(web: Heldback13Web, truth: dict) -> None:
    host = "www.westmorlandandfurness.gov.uk"
    legacy = "www.barrowbc.gov.uk"
    page = "/your-council/data-protection-and-privacy/cctv-and-surveillance"
    old = f"http://{legacy}/residents/community-safety/cctv"
    assert old in _links(web, host, page)
    text = _text(web, legacy, "/residents/community-safety/cctv")
    assert "now run by Westmorland and Furness Council" in text
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.2"]["evidence"]} == {old} and d["5.2"]["awarded"] == "2020-03"
    assert "step" not in _main(web, host, page).lower()


def test_a_website_shared_by_two_councils(web: Heldback13Web, truth: dict) -> None:
    host = "www.adur-worthing.gov.uk"
    body = _html(web, host, "/community-safety/cctv")
    assert "<title>CCTV in Adur and Worthing | Adur &amp; Worthing Councils</title>" in body
    assert "Worthing Borough Council owns 16 cameras" in body
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.3"]["status"] == "met"


def test_nofollow_hub_and_an_abbreviated_spoc(web: Heldback13Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    hub, page = "/community-safety", "/community-safety/cctv"
    assert '<meta name="robots" content="noindex, nofollow">' in _html(web, host, hub)
    assert "noindex" not in _html(web, host, page)
    assert f"http://{host}{page}" in _links(web, host, "/a-z")
    main = _main(web, host, page)
    assert "surveillance camera SPOC" in main and "single point of contact" not in main
    assert '<abbr title="single point of contact">SPOC</abbr>' in _html(web, host, page)
    assert _auth(truth, host)["deliverables"]["5.3"]["status"] == "met"


def test_one_fact_at_the_end_of_a_very_long_page(web: Heldback13Web, truth: dict) -> None:
    host = "www.fareham.gov.uk"
    page = "/community/community-safety/community-safety-partnership-plan-2024-2027"
    text = _text(web, host, page)
    at = text.index("Fareham Borough Council funds 38 public space CCTV cameras")
    assert len(text) > 40_000 and at > 0.95 * len(text) - 1000
    assert text.count("CCTV") == 1


def test_one_fact_councils(web: Heldback13Web, truth: dict) -> None:
    for host, path, crit in (
        ("www.fareham.gov.uk", "/community/community-safety/community-safety-partnership-plan-2024-2027", "cameras"),
        ("www.hyndburnbc.gov.uk", "/your-council/annual-report-to-residents", "cameras"),
        ("www.stratford.gov.uk", "/parking/car-parks/bridgeway", "cameras"),
        ("www.conwy.gov.uk", "/en/Business/Regeneration/Colwyn-Bay-Station-Road-improvements", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert urlsplit(d51["evidence"][0]["url"]).path == path
    transcript = _html(web, "www.hyndburnbc.gov.uk", "/your-council/annual-report-to-residents")
    folded = transcript.split('<details class="transcript">', 1)[1].split("</details>", 1)[0]
    assert "27 council CCTV cameras" in folded and "<iframe" in transcript
    assert "<dt>Facilities</dt><dd>Pay by phone, CCTV, toilets, disabled bays</dd>" in _html(
        web, "www.stratford.gov.uk", "/parking/car-parks/bridgeway"
    )
    conwy = lxml.html.fromstring(
        _html(web, "www.conwy.gov.uk", "/en/Business/Regeneration/Colwyn-Bay-Station-Road-improvements")
    )
    (fig,) = conwy.xpath("//figure")
    assert fig.xpath("./img/@alt") == [""] and "CCTV" in fig.xpath("./figcaption")[0].text_content()
    twin = _auth(truth, "www.conwy.gov.uk")["deliverables"]["5.1"]["evidence"][1]["url"]
    assert urlsplit(twin).path.startswith("/cy/")


def test_redeployable_cameras_and_a_deployment_log(web: Heldback13Web, truth: dict) -> None:
    host = "www.north-norfolk.gov.uk"
    page = "/tasks/environmental-protection/redeployable-cctv-cameras"
    tree = lxml.html.fromstring(_html(web, host, page))
    (tbl,) = tree.xpath("//table")
    assert [th.text_content() for th in tbl.xpath(".//th")][-1] == "Impact assessment"
    dpias = [u for u in _links(web, host, page) if "/dpia-" in u]
    assert len(dpias) == 2
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["criteria"]["dpia"] and d51["criteria"]["other_systems"] and d51["status"] == "met"


def test_certification_mark_only_in_welsh(web: Heldback13Web, truth: dict) -> None:
    host = "www.gwynedd.llyw.cymru"
    assert web.sites[host].pages[(host, "/")].lang == "cy"
    cy, en = "/cy/Trigolion/Diogelwch-cymunedol/Teledu-cylch-cyfyng", "/en/Residents/Community-safety/CCTV"
    alts = lxml.html.fromstring(_html(web, host, cy)).xpath("//main//img/@alt")
    assert alts == ["Marc Cydymffurfio Cod Ymarfer Camerâu Gwyliadwriaeth: ardystiad llawn (cam 2), 2022"]
    assert not lxml.html.fromstring(_html(web, host, en)).xpath("//main//img")
    english = _main(web, host, en).lower()
    assert "certif" not in english and "step" not in english and "mark" not in english
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["mark_displayed"] and d52["level"] == "step2"
    assert f"http://{host}{en}" in _links(web, host, cy) and f"http://{host}{cy}" in _links(web, host, en)


def test_two_column_bilingual_pdf(web: Heldback13Web, truth: dict) -> None:
    host = "www.blaenau-gwent.gov.uk"
    (doc,) = _auth(truth, host)["deliverables"]["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    english = "This protocol sets out how officers of the Force may ask for and receive recordings"
    assert english not in text, "the columns interleave in the text layer"
    assert "Signed on behalf of the Force: Superintendent" in text and doc["signed"]
    assert "Heddlu" in text
    cy = "/cy/preswylwyr/diogelwch-cymunedol/teledu-cylch-cyfyng-mannau-cyhoeddus"
    assert doc["url"] in _links(web, host, cy)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback13Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {
            "www.kent.gov.uk",
            "www.southend.gov.uk",
            "www.tandridge.gov.uk",
        },
    )
    assert "does not own or run any public space CCTV" in _text(
        web, "www.tandridge.gov.uk", "/community-and-safety/crime-and-anti-social-behaviour"
    )
    feature = "/news/article/2842/inside-the-control-room-that-watches-over-southend"
    assert "more than 200 cameras" in _text(web, "www.southend.gov.uk", feature)


def test_homepages_and_every_quote_are_served_through_the_proxy(web: Heldback13Web, truth: dict) -> None:
    assert_truth_served(web, truth)
