"""The 233rd held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the hostile structures the set is built from are really served, each beside evidence a careful crawler can
still reach: a camera map that hangs and a 12 MB estate register beside the real page; a cookie-check redirect
loop in front of a footage page and an empty agreement PDF whose HTML version is signed; retired addresses
answering 200 pages that echo the address; a search that echoes the query into its title with a popular-searches
strip; a policy PDF cut off half way and a Welsh twin on another domain; an endless redirect chain in a pager; a
410 page, a 60 MB Cabinet pack and a hanging dashboard; a print link that loops and an off-site map; a Word file
served as a PDF and a page that resets the connection; a trailing-slash redirect loop and a news host; slow pages
that do answer; a server error that carries the page; a gzip bomb listed in robots.txt; a page whose text comes
after 1.5 MB of inline script; a PDF served as an HTML page; and councils that publish nothing but carry
look-alikes.
"""

from __future__ import annotations

import json
import zlib
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    evidence_urls,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback233.common import HANG
from fixtures.heldback233.truth import TRUTH_PATH
from fixtures.heldback233.web import Heldback233Web
from fixtures.simweb.served import document_text


@pytest.fixture(scope="module")
def web() -> Heldback233Web:
    return Heldback233Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _d(truth: dict, host: str) -> dict:
    return _auth(truth, host)["deliverables"]


def test_fresh_councils(web: Heldback233Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 233)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_hanging_map_and_huge_register_beside_the_real_page(web: Heldback233Web, truth: dict) -> None:
    host = "www.hackney.gov.uk"
    links = _links(web, host, "/cctv")
    assert f"http://{host}/cctv/camera-map" in links and f"http://{host}/cctv/estate-camera-register" in links
    assert _render(web, f"http://{host}/cctv/camera-map").delay_s >= HANG
    big = _render(web, f"http://{host}/cctv/estate-camera-register")
    assert big.stream is not None and big.content_length >= 12 * 1024 * 1024
    assert next(big.stream()).startswith(b"<!DOCTYPE html>")
    d = _d(truth, host)
    assert evidence_urls(_auth(truth, host)) <= {f"http://{host}/cctv", f"http://{host}/cctv/requesting-footage"}
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "full step 2 certification" in _main(web, host, "/cctv")


def test_cookie_check_loop_and_empty_agreement_pdf_with_signed_html_version(web: Heldback233Web, truth: dict) -> None:
    host = "liverpool.gov.uk"
    loop = f"http://{host}/crime-prevention-and-emergencies/cctv"
    first = _render(web, loop)
    assert first.status == 302
    back = _render(web, f"http://{host}{first.header('Location')}")
    assert back.status == 302 and back.header("Location") == urlsplit(loop).path
    assert loop in _links(web, host, "/a-z")
    pdf = _render(web, f"http://{host}/media/1420/city-watch-merseyside-police-dsa.pdf")
    assert pdf.status == 200 and pdf.header("Content-Type") == "application/pdf" and pdf.body == b""
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Merseyside" and not doc["url"].endswith(".pdf")
    text = _main(web, host, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Merseyside Police" in text and "Signed on behalf of Liverpool City Council" in text
    codes = "/council/strategies-plans-and-policies/crime-and-community-safety/cctv-monitoring-codes-of-practice"
    assert doc["url"] in _links(web, host, codes)
    assert not any("crime-prevention-and-emergencies" in u for u in evidence_urls(_auth(truth, host)))


def test_retired_addresses_answer_pages_that_echo_them(web: Heldback233Web, truth: dict) -> None:
    host = "www.torbay.gov.uk"
    r = _render(web, f"http://{host}/cctv")
    assert r.status == 200 and "<h1>Cctv</h1>" in r.body.decode()
    assert f"http://{host}/cctv" in _links(web, host, "/a-z") and f"http://{host}/cctv" in _links(web, host, "/")
    old = _render(web, f"http://{host}/community-safety/cctv-in-torbay")
    assert old.status == 200 and "community safety cctv in torbay" in old.body.decode()
    d = _d(truth, host)
    assert f"http://{host}/cctv" not in evidence_urls(_auth(truth, host))
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctv.spoc@")


def test_search_echoes_the_query_and_popular_searches_on_every_page(web: Heldback233Web, truth: dict) -> None:
    host = "www.staffordshire.gov.uk"
    q = "/search?q=cctv+single+point+of+contact"
    page = _html(web, host, q)
    assert "<title>cctv single point of contact - search results" in page
    assert "<h1>cctv single point of contact - search results</h1>" in page
    for path in ("/", "/transport/safety-cameras", "/privacy"):
        assert f"http://{host}{q}" in _links(web, host, path), path
    hits = _links(web, host, "/search?q=cctv")
    assert f"http://{host}/education/guidance-for-schools/cctv-in-schools" in hits
    assert all(d["status"] == "not_met" for d in _d(truth, host).values())


def test_policy_pdf_cut_off_and_welsh_twin_on_another_domain(web: Heldback233Web, truth: dict) -> None:
    host = "www.swansea.gov.uk"
    r = _render(web, f"http://{host}/media/8812/cctv-policy.pdf")
    assert r.body.startswith(b"%PDF") and b"%%EOF" not in r.body
    assert "http://www.abertawe.gov.uk/teledu-cylch-cyfyng" in _links(web, host, "/cctv")
    assert "www.abertawe.gov.uk" not in web.sites[host].hosts()
    d = _d(truth, host)
    assert d["5.1"]["criteria"]["policy"] and f"http://{host}/media/8812/cctv-policy.pdf" not in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_endless_redirect_chain_and_one_fact_on_a_shared_site(web: Heldback233Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    url, seen = f"http://{host}/whats-on/listing?page=2", set()
    for _ in range(25):
        r = _render(web, url)
        assert r.status == 302 and url not in seen
        seen.add(url)
        url = r.header("Location")
    assert "Eastbourne Borough Council's cameras only" in _main(
        web, host, "/community-safety/eastbourne-town-centre-cctv"
    )
    d51 = _d(truth, host)["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]


def test_gone_page_huge_cabinet_pack_and_hanging_dashboard(web: Heldback233Web, truth: dict) -> None:
    host, dem = "www.molevalley.gov.uk", "democracy.molevalley.gov.uk"
    assert _render(web, f"http://{host}/crime-safety-emergencies/cctv-review").status == 410
    pack = f"http://{dem}/documents/s40077/Cabinet%20pack%2022%20October%202024.pdf"
    assert pack in _links(web, dem, "/mgAi.aspx?ID=7712")
    r = _render(web, pack)
    assert r.content_length == 60 * 1024 * 1024 and next(r.stream()).startswith(b"%PDF")
    assert _render(web, f"http://{host}/consultations/cctv-results-dashboard").delay_s >= HANG
    assert "51 cameras" in _main(web, host, "/news/cctv-decision")


def test_print_loop_off_site_map_spoc_part_and_signed_protocol(web: Heldback233Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    code = "/info/20328/cctv/3992/cctv_code_of_practice"
    r = _render(web, f"http://{host}{code}?print=all")
    back = _render(web, f"http://{host}{r.header('Location')}")
    assert r.status == back.status == 301 and back.header("Location") == f"{code}?print=all"
    assert "http://norwichcc.maps.arcgis.com/apps/cctv/index.html" in _links(
        web, host, "/info/20328/cctv/2031/cctv_camera_locations"
    )
    d = _d(truth, host)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {f"{code}/7"}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and "Signed for and on behalf of Norfolk Constabulary" in _text(
        web, host, urlsplit(doc["url"]).path
    )


def test_word_file_as_pdf_and_connection_reset(web: Heldback233Web, truth: dict) -> None:
    host = "www.maldon.gov.uk"
    r = _render(web, f"http://{host}/downloads/csp-plan-2024.pdf")
    assert r.header("Content-Type") == "application/pdf" and r.body.startswith(b"PK")
    assert _render(web, f"http://{host}/town-centres/heybridge-basin").reset
    d51 = _d(truth, host)["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]


def test_trailing_slash_loop_news_host_and_standards_list(web: Heldback233Web, truth: dict) -> None:
    host, news = "www.swale.gov.uk", "news.swale.gov.uk"
    a = _render(web, f"http://{host}/community-safety/cctv")
    b = _render(web, f"http://{host}/community-safety/cctv/")
    assert (
        a.status == b.status == 301
        and a.header("Location").endswith("/cctv/")
        and b.header("Location").endswith("/cctv")
    )
    cc = f"http://{host}/community-safety/cctv-control-centre"
    assert cc in _links(web, host, "/community-safety") and news in web.sites[host].hosts()
    assert "<dt>Surveillance Camera Code of Practice</dt><dd>Full certification (step 2)" in _html(
        web, host, urlsplit(cc).path
    )
    d = _d(truth, host)
    assert all(d[k]["status"] == "met" for k in d)
    assert not any(urlsplit(u).hostname == news for u in evidence_urls(_auth(truth, host)))


def test_slow_pages_still_answer_and_webcam_hangs(web: Heldback233Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    page = _render(web, f"http://{host}/community/crime_and_safety/cctv.cfm")
    assert page.status == 200 and 1 < page.delay_s < HANG
    assert _render(web, f"http://{host}/community/crime_and_safety/town_webcams.cfm").delay_s >= HANG
    assert '<main id="main">' not in _html(web, host, "/community/crime_and_safety/cctv.cfm")
    d = _d(truth, host)
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {
        "/community/crime_and_safety/documents/cctv-policy-2023.pdf"
    }


def test_server_error_carries_the_page_and_good_copy_only_from_a_to_z(web: Heldback233Web, truth: dict) -> None:
    host = "www.tendringdc.gov.uk"
    bad = _render(web, f"http://{host}/community/crime-community-safety/cctv-code-of-practice")
    assert bad.status == 500 and b"66 cameras" in bad.body
    good = f"http://{host}/community/crime-community-safety/cctv"
    assert _linking(web, host, good) == {f"http://{host}/a-z"}
    assert "66 cameras" in _main(web, host, urlsplit(good).path)
    assert _d(truth, host)["5.3"]["spoc"]["phone"]


def test_gzip_bomb_listed_in_robots(web: Heldback233Web, truth: dict) -> None:
    host = "www.uttlesford.gov.uk"
    robots = web.sites[host].robots_txt()
    assert "Sitemap: http://www.uttlesford.gov.uk/sitemap-index.xml.gz" in robots
    r = _render(web, f"http://{host}/sitemap-index.xml.gz")
    assert r.header("Content-Encoding") == "gzip" and len(r.body) < 2 * 1024 * 1024
    out = zlib.decompressobj(31).decompress(r.body, 64 * 1024 * 1024)
    assert len(out) == 64 * 1024 * 1024
    assert "http://www.saffronwalden.gov.uk/cctv" in _links(web, host, "/community-safety")


def test_text_after_a_megabyte_of_inline_script(web: Heldback233Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    art = "/article/309/Town-centres-Closed-Circuit-Television-CCTV-"
    body = _render(web, f"http://{host}{art}").body
    assert len(body) > 1_500_000 and body.index(b"step 1 (desktop) certification") > 1_000_000
    d = _d(truth, host)
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020"
    assert "https://basildon-self.achieveservice.com/service/cctv_footage_request" in _links(web, host, art)


def test_pdf_served_as_an_html_page(web: Heldback233Web, truth: dict) -> None:
    host = "www.horsham.gov.uk"
    r = _render(web, f"http://{host}/files/cctv-code-of-practice.pdf")
    assert (r.header("Content-Type") or "").startswith("text/html") and r.body.startswith(b"%PDF")
    assert "Objectives" not in document_text(r.body, r.header("Content-Type"))
    d = _d(truth, host)
    assert f"http://{host}/files/cctv-code-of-practice.pdf" not in evidence_urls(_auth(truth, host))
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback233Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.staffordshire.gov.uk", "www.uttlesford.gov.uk", "www.molevalley.gov.uk"})
