"""The hundred-and-sixty-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows; the labelling rules hold with the intended tallies; and the ways the set
hides its material are really served: a CCTV page five levels down a mega-menu site whose A to Z entry is an old
address answering 301; files on a documents host served without extension (a signed three-party agreement); a code
and a step 2 certificate only in a paginated documents library; footage and register pages five levels down under
data protection, with an old address answering 301 from an FOI answer; a page outside every menu linked only from the
A to Z; a page reachable only through a popular-search link; an article reachable only from the HTML site map; a
signed protocol on page 2 of a paginated policies library beside an archive that robots.txt forbids; step 2 only in
the footer's accreditations list beside empty-alt marks; one fact on page 4 of a paginated FAQ; a consultation
address answering 302 from news; knowledge-article addresses told apart by query string with step 2 in a review
strip and a draft Word agreement without extension; one fact four levels down with robots forbidding search; cookie
banners, mega menus and footer columns; a Welsh domain; and councils that publish nothing but carry look-alikes.
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

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

from fixtures.heldback166.truth import TRUTH_PATH
from fixtures.heldback166.web import Heldback166Web


@pytest.fixture(scope="module")
def web() -> Heldback166Web:
    return Heldback166Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _robots(web: Heldback166Web, host: str) -> RobotFileParser:
    rp = RobotFileParser()
    rp.parse(web.sites[host].robots_txt().splitlines())
    return rp


def _pdf_attachment(web: Heldback166Web, url: str) -> bool:
    r = _render(web, url)
    return (
        r.status == 200
        and r.header("Content-Type") == "application/pdf"
        and "filename=" in (r.header("Content-Disposition") or "")
    )


def test_fresh_councils(web: Heldback166Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 166)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_richmond_deep_page_old_a_to_z_address_and_documents_host(web: Heldback166Web, truth: dict) -> None:
    host = "www.richmond.gov.uk"
    cctv = "/services/community-safety/crime-prevention/cctv"
    old = "/services/community_safety/crime_prevention/cctv"
    assert f"http://{host}{old}" in _links(web, host, "/a-z")
    assert f"http://{host}{cctv}" not in _links(web, host, "/a-z")
    r = _render(web, f"http://{host}{old}")
    assert r.status == 301 and r.header("Location") == f"http://{host}{cctv}"
    html = _html(web, host, cctv)
    assert 'class="cookie-banner"' in html and 'class="mega-menu"' in html
    crumbs = html.split('aria-label="Breadcrumb">', 1)[1].split("</nav>", 1)[0]
    assert crumbs.count("<a ") == 4 and ">Crime prevention</a>" in crumbs
    a = _auth(truth, host)
    (doc,) = a["deliverables"]["5.5"]["documents"]
    assert doc["signed"] and urlsplit(doc["url"]).hostname == "documents.richmond.gov.uk" and _no_extension(doc["url"])
    assert _pdf_attachment(web, doc["url"])
    text = _text(web, "documents.richmond.gov.uk", urlsplit(doc["url"]).path)
    assert "Signed on behalf of the Metropolitan Police Service" in text and "Wandsworth Borough Council" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}{cctv}/requesting-footage"}
    assert a["deliverables"]["5.3"]["status"] == "partial" and a["deliverables"]["5.2"]["status"] == "not_met"
    assert not _robots(web, host).can_fetch("cctv-audit", f"http://{host}/search?keys=cctv")


def test_bolton_code_and_certificate_only_in_paginated_library(web: Heldback166Web, truth: dict) -> None:
    host = "www.bolton.gov.uk"
    lib = f"http://{host}/council-documents"
    code = f"http://{host}/downloads/file/3318/cctv-code-of-practice"
    cert = f"http://{host}/downloads/file/2207/surveillance-camera-certificate-of-compliance"
    assert _linking(web, host, code) == {f"{lib}?page=2"}
    assert _linking(web, host, cert) == {f"{lib}?page=3"}
    assert _no_extension(code) and _no_extension(cert) and _pdf_attachment(web, cert)
    assert f"{lib}?page=3" in _links(web, host, "/council-documents?page=2")
    assert "Showing page 3 of 3" in _main(web, host, "/council-documents?page=3")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-11-12" and not d["5.2"]["mark_displayed"]
    assert "step 2" not in _main(web, host, "/community-safety-anti-social-behaviour/cctv")
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    rp = _robots(web, host)
    assert not rp.can_fetch("cctv-audit", f"http://{host}/downloads/archive/cctv-code-2012")


def test_leicester_five_levels_down_and_old_address_from_foi(web: Heldback166Web, truth: dict) -> None:
    host = "www.leicester.gov.uk"
    dp = "/your-council/how-we-work/data-protection-and-foia/data-protection"
    req = f"{dp}/cctv-footage-request"
    assert _linking(web, host, f"http://{host}{req}") == {f"http://{host}{dp}"}
    crumbs = _html(web, host, req).split('aria-label="Breadcrumb">', 1)[1].split("</nav>", 1)[0]
    assert crumbs.count("<a ") == 5
    old = "/your-council-services/council-and-democracy/data-protection-and-foi/requests-for-cctv-footage/"
    r = _render(web, f"http://{host}{old}")
    assert r.status == 301 and r.header("Location") == f"http://{host}{req}"
    foi = "/your-council/how-we-work/data-protection-and-foia/freedom-of-information/disclosure-log-2019-114"
    assert f"http://{host}{old}" in _links(web, host, foi)
    assert "single point of contact for surveillance camera systems" in _main(web, host, req)
    assert "522 in total" in _main(web, host, f"{dp}/cctv-register")
    assert not web.sites[host].az and web.sites[host].sitemap
    d = _auth(truth, host)["deliverables"]
    assert not any("cabinet.leicester.gov.uk" in u for u in d["5.1"]["pages"])


def test_ashfield_page_linked_only_from_a_to_z_and_old_address(web: Heldback166Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    cctv = f"http://{host}/community-safety/cctv"
    assert _linking(web, host, cctv) == {
        f"http://{host}/a-z",
        f"http://{host}/community-safety/cctv/requesting-footage",
    }
    assert cctv not in _links(web, host, "/community-safety")
    old = "/residents/community-safety/public-space-cctv/"
    assert _render(web, f"http://{host}{old}").header("Location") == cctv
    assert f"http://{host}{old}" in _links(web, host, "/news/2019/cameras-upgraded-in-kirkby")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["date"] == "2023-04-18"
    assert "partnership shared service agreement" in _main(web, host, "/community-safety/cctv")
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_amber_valley_fact_reachable_only_through_popular_search(web: Heldback166Web, truth: dict) -> None:
    host = "www.ambervalley.gov.uk"
    page = f"http://{host}/community/community-safety/public-space-cctv-cameras"
    search = f"http://{host}/search?q=cctv+cameras"
    assert _linking(web, host, page) == {search}
    assert search in _links(web, host, "/")
    assert '<main id="main">' not in _html(web, host, "/")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [page]


def test_south_holland_article_only_in_html_site_map(web: Heldback166Web, truth: dict) -> None:
    host = "www.sholland.gov.uk"
    cctv = f"http://{host}/article/8841/Closed-circuit-television-CCTV"
    assert _linking(web, host, cctv) == {f"http://{host}/site-map", f"http://{host}/article/8842/CCTV-footage"}
    assert f"http://{host}/site-map" in _links(web, host, "/")
    site = web.sites[host]
    assert not site.az and _auth(truth, host)["heldback"]["robots_forbid_search"]
    d = _auth(truth, host)["deliverables"]
    assert "full certification" in _main(web, host, urlsplit(cctv).path) and d["5.2"]["status"] == "not_met"
    assert "partnership agreement between the two councils" in _main(web, host, urlsplit(cctv).path)
    assert d["5.5"]["status"] == "not_met"


def test_chichester_signed_protocol_on_library_page_two_and_forbidden_archive(web: Heldback166Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex" and _no_extension(doc["url"]) and _pdf_attachment(web, doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}/documents?page=2"}
    archive = f"http://{host}/downloads/archive/cctv-protocol-2012"
    assert archive in _links(web, host, "/documents?page=2")
    assert not _robots(web, host).can_fetch("cctv-audit", archive)
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020"
    assert "Safer Parking Award" in _main(web, host, "/cctv")


def test_nuneaton_step_2_only_in_footer_accreditations(web: Heldback166Web, truth: dict) -> None:
    host = "www.nuneatonandbedworth.gov.uk"
    cctv = "/community-and-living/community-safety/anti-social-behaviour/cctv"
    claim = "step 2 full certification of our public space CCTV"
    for path in (cctv, "/council-tax", "/jobs"):
        html = _html(web, host, path)
        assert claim in html.split("<footer>", 1)[1] and 'class="mega-menu"' in html and "cookie-banner" in html
    assert claim not in _main(web, host, cctv)
    assert '<img src="/images/sc-certification-mark.png" alt="">' in _html(web, host, cctv)
    assert f"http://{host}{cctv}" not in _links(web, host, "/a-z")
    assert _linking(web, host, f"http://{host}{cctv}") == {
        f"http://{host}/community-and-living/community-safety/anti-social-behaviour",
        f"http://{host}{cctv}/requesting-cctv-footage",
    }
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2" and d["5.3"]["status"] == "met"


def test_maldon_one_fact_on_page_four_of_faqs(web: Heldback166Web, truth: dict) -> None:
    host = "www.maldon.gov.uk"
    page = f"http://{host}/help/frequently-asked-questions?page=4"
    links_to = _linking(web, host, page)
    assert links_to and all("frequently-asked-questions" in u for u in links_to)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["pages"] == [page] and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert "cameras" not in _main(web, host, "/help/frequently-asked-questions").lower()


def test_mole_valley_consultation_address_answers_302(web: Heldback166Web, truth: dict) -> None:
    host = "www.molevalley.gov.uk"
    old = "/crime-safety-emergencies/cctv-review/"
    cctv = f"http://{host}/community-and-living/crime-safety-and-emergencies/community-safety/public-space-cctv"
    r = _render(web, f"http://{host}{old}")
    assert r.status == 302 and r.header("Location") == cctv
    assert f"http://{host}{old}" in _links(web, host, "/news/have-your-say-on-cctv")
    assert cctv in _auth(truth, host)["deliverables"]["5.1"]["pages"]
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_colchester_query_string_articles_review_strip_and_draft_word(web: Heldback166Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    art = "/info/cbc-article/?catid=community-safety&id="
    assert "Almost 200 digital cameras" in _main(web, host, f"{art}KA-02114")
    assert "Almost 200" not in _main(web, host, f"{art}KA-02120")
    assert 'class="article-meta"' in _html(web, host, f"{art}KA-02114")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-03"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert d["5.3"]["status"] == "met" and urlsplit(d["5.3"]["evidence"][0]["url"]).path.startswith("/privacy-policy/")


def test_staffs_moorlands_fact_four_levels_down(web: Heldback166Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"] and not a["heldback"]["a_z"]
    page = f"http://{host}/leisure/parks-and-play/play-areas/brough-park-play-area"
    assert a["deliverables"]["5.1"]["pages"] == [page]
    assert _linking(web, host, page) == {f"http://{host}/leisure/parks-and-play/play-areas"}
    assert a["oracle_fetches"] == 5


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback166Web, truth: dict) -> None:
    hosts = {"www.eastsussex.gov.uk", "www.pembrokeshire.gov.uk", "www.easthants.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    signpost = "/community-and-safety/community-safety/town-centre-cctv"
    assert "does not run public space CCTV" in _main(web, "www.eastsussex.gov.uk", signpost)
    welsh = _render(web, "http://www.sir-benfro.gov.uk/diogelwch-cymunedol/teledu-cylch-cyfyng-yn-ein-trefi")
    assert welsh.status == 200 and b'lang="cy"' in welsh.body and b"Heddlu Dyfed-Powys" in welsh.body
    assert "belong to Dyfed-Powys Police" in _main(
        web, "www.pembrokeshire.gov.uk", "/community-safety/cctv-in-our-towns"
    )
    assert _auth(truth, "www.easthants.gov.uk")["heldback"]["robots_forbid_search"]
