"""The 317th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows; the labelling rules hold with the intended tallies; and the
misbehaving and defensive structures the set is built from are really served (a fresh ;jsessionid= in every
generated link with clean addresses only from a static A to Z; a canonical tag naming a retired address that answers
404 and documents behind 'your download will start' pages; an HTML error body served as application/pdf; a 403
browser check on search and news; a SPOC mailbox only as a CDN-obfuscated address and a Welsh code at a
percent-encoded address; a crawl delay and a sitemap answering 429; an apex host whose www twin 301s back and links
carrying utm and fbclid parameters; double-encoded punctuation and soft hyphens; a document library answering 429 to
any query string; canonicals on https for an http site; facts spread over ?page= addresses whose print links serve
page one; a guide whose part list is drawn by script; a listing linked in two query orders; a consent wall at every
address of a section until its query parameter is given, with a signed agreement in joint committee papers; and a
200 'we've moved things' page suggesting look-alikes).
"""

from __future__ import annotations

import json
import re
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
    served_text as _text,
    status_tally,
)

from fixtures.heldback317.truth import TRUTH_PATH
from fixtures.heldback317.web import Heldback317Web


@pytest.fixture(scope="module")
def web() -> Heldback317Web:
    return Heldback317Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils(web: Heldback317Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 317)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_session_ids_in_every_generated_link_and_clean_a_to_z(web: Heldback317Web, truth: dict) -> None:
    host = "www.harrow.gov.uk"
    home = _links(web, host, "/")
    internal = [u for u in home if urlsplit(u).hostname == host and urlsplit(u).path not in ("/", "")]
    assert internal and all(";jsessionid=" in u for u in internal)
    tokens = {re.search(r";jsessionid=(\w+)", u).group(1) for u in internal}  # type: ignore[union-attr]
    other = _links(web, host, "/council-tax")
    assert tokens.isdisjoint({re.search(r";jsessionid=(\w+)", u).group(1) for u in other if ";jsessionid=" in u})  # type: ignore[union-attr]
    cctv = f"http://{host}/community-safety/cctv-and-traffic-cameras"
    assert cctv in _links(web, host, "/a-z;jsessionid=ANY")
    via = _linking(web, host, cctv)
    assert len(via) > 50 and all(urlsplit(u).path.split(";")[0] == "/a-z" for u in via)
    assert f'<link rel="canonical" href="{cctv}">' in _html(
        web, host, "/community-safety/cctv-and-traffic-cameras;jsessionid=X"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"][0] == cctv
    pdf = "/documents/vss-and-surveillance-camera-policy-2024.pdf"
    assert "single point of contact" in _text(web, host, pdf)
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {pdf}
    assert "penalty charge" in _text(web, host, "/parking-permits/pay-a-pcn").lower()


def test_stale_canonical_and_download_interstitials(web: Heldback317Web, truth: dict) -> None:
    host = "www.salford.gov.uk"
    pg = "/crime-and-community-safety/public-space-cctv"
    canon = re.search(r'<link rel="canonical" href="([^"]+)">', _html(web, host, pg)).group(1)  # type: ignore[union-attr]
    assert canon != f"http://{host}{pg}" and _render(web, canon).status == 404
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    stop = f"http://{host}/downloads/download/415/cctv-information-sharing-agreement"
    assert _linking(web, host, doc["url"]) == {stop}
    assert '<meta http-equiv="refresh" content="3;url=/downloads/file/1190/cctv-isa-gmp-signed.pdf">' in _html(
        web, host, urlsplit(stop).path
    )
    assert doc["signed"] and "Greater Manchester Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03"
    assert f"http://{host}/downloads/file/1187/cctv-policy.pdf" in d["5.1"]["pages"]


def test_error_body_served_as_pdf(web: Heldback317Web, truth: dict) -> None:
    host = "www.stockton.gov.uk"
    bad = f"http://{host}/media/3312/code-of-practice-cctv-scheme.pdf"
    r = _render(web, bad)
    assert r.status == 200 and r.header("Content-Type") == "application/pdf" and r.body.startswith(b"<html>")
    assert bad in _links(web, host, "/security-centre")
    a = _auth(truth, host)
    assert all(bad != e["url"] for k in a["deliverables"] for e in a["deliverables"][k]["evidence"])
    assert "BS 7958" in _text(web, host, "/security-centre") and a["deliverables"]["5.2"]["status"] == "not_met"
    assert "Arrests assisted" in _text(web, host, "/security-centre/annual-performance-report-2023-24")


def test_bot_challenge_on_search_and_news(web: Heldback317Web) -> None:
    host = "www.staffordshire.gov.uk"
    for path in ("/search?q=cctv", "/news-and-events/2024"):
        r = _render(web, f"http://{host}{path}")
        assert r.status == 403 and b"Checking your browser" in r.body, path


def test_obfuscated_spoc_mailbox_and_percent_encoded_welsh_code(web: Heldback317Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    pg = "/en/Resident/Community-Safety/CCTV.aspx"
    html = _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    email = d["5.3"]["spoc"]["email"]
    assert d["5.3"]["status"] == "met" and email not in html and "[email&#160;protected]" in html
    enc = re.search(r'data-cfemail="([0-9a-f]+)"', html).group(1)  # type: ignore[union-attr]
    key = int(enc[:2], 16)
    assert "".join(chr(int(enc[i : i + 2], 16) ^ key) for i in range(2, len(enc), 2)) == email
    assert _render(web, f"http://{host}/cdn-cgi/l/email-protection").status == 200
    cy = "/cy/Preswylydd/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng.aspx"
    code = f"http://{host}/cy/Dogfennau/Cod-Ymarfer-Camer%C3%A2u-Gwyliadwriaeth.pdf"
    assert code in _links(web, host, cy) and _render(web, code).header("Content-Type") == "application/pdf"
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.5"]["status"] == "partial"


def test_crawl_delay_and_rate_limited_sitemap(web: Heldback317Web, truth: dict) -> None:
    host = "www.spelthorne.gov.uk"
    assert "Crawl-delay: 10" in _render(web, f"http://{host}/robots.txt").body.decode()
    r = _render(web, f"http://{host}/sitemap.xml")
    assert r.status == 429 and r.header("Retry-After") == "3600"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert "certificate of compliance" in _text(web, host, "/news/runnymede-control-room-certified")


def test_apex_host_www_twin_and_tracking_links(web: Heldback317Web, truth: dict) -> None:
    r = _render(web, "http://www.eastdevon.gov.uk/news/2021/?fbclid=IwAR0x9Zt1")
    assert r.status == 301 and r.header("Location") == "http://eastdevon.gov.uk/news/2021/?fbclid=IwAR0x9Zt1"
    home = _links(web, "eastdevon.gov.uk", "/")
    assert any("utm_source=homepage" in u for u in home)
    news = _links(web, "eastdevon.gov.uk", "/news/2021/exmouth-cctv-handed-over")
    assert any(urlsplit(u).hostname == "www.eastdevon.gov.uk" and "fbclid=" in u for u in news)
    assert _render(web, "http://eastdevon.gov.uk/community-safety/?utm_source=homepage&utm_medium=tile").status == 301


def test_mojibake_soft_hyphens_and_draft_protocol(web: Heldback317Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    text = _text(web, host, "/community-safety/cctv")
    assert "councilâ€™s" in text and "Sur\u00adveil\u00adlance" in text and "Surveillance" not in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_library_answers_429_to_query_strings(web: Heldback317Web, truth: dict) -> None:
    host = "www.molevalley.gov.uk"
    lib = f"http://{host}/council/document-library"
    assert _render(web, lib).status == 200
    filters = [u for u in _links(web, host, "/council/document-library") if urlsplit(u).query]
    assert len(filters) == 3 and all(_render(web, u).status == 429 for u in filters)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and not any("document-library" in u for u in d["5.1"]["pages"])


def test_https_canonicals_on_an_http_site(web: Heldback317Web, truth: dict) -> None:
    host = "exeter.gov.uk"
    for path in ("/", "/community-and-safety/cctv", "/community-and-safety/cctv/requesting-footage"):
        assert f'<link rel="canonical" href="https://exeter.gov.uk{path}">' in _html(web, host, path), path
    a = _auth(truth, host)
    assert all(urlsplit(e["url"]).scheme == "http" for d in a["deliverables"].values() for e in d["evidence"])
    assert [a["deliverables"][k]["status"] for k in ("5.1", "5.2", "5.3", "5.5")] == ["met"] * 4


def test_paged_article_and_print_links(web: Heldback317Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    art = "/community-safety/cctv"
    d = _auth(truth, host)["deliverables"]
    assert {f"http://{host}{art}?page=2", f"http://{host}{art}?page=3"} <= set(d["5.1"]["pages"])
    assert _paths(d["5.3"]) == {f"{art}?page=3"}
    assert f"http://{host}{art}?page=2&print=1" in _links(web, host, f"{art}?page=2")
    printed = _text(web, host, f"{art}?page=2&print=1")
    assert "launched in February 1999" in printed and "31 days" not in printed
    assert '<main id="main">' not in _html(web, host, "/")


def test_guide_parts_drawn_by_script(web: Heldback317Web, truth: dict) -> None:
    host = "www.teignbridge.gov.uk"
    g = "/cookies-and-privacy-notices/service-privacy-notices/closed-circuit-television-cctv"
    html = _html(web, host, g)
    assert 'data-src="/api/guides/cctv/parts.json"' in html and f'<noscript><p><a href="{g}?view=all">' in html
    parts = [u for u in _links(web, host, g) if urlsplit(u).path.startswith(g + "/")]
    assert len(parts) == 1  # only "Next"
    assert len([u for u in _links(web, host, f"{g}?view=all") if urlsplit(u).path.startswith(g)]) == 6
    assert f"http://{host}{g}/how-long-we-keep-it" in _auth(truth, host)["deliverables"]["5.1"]["pages"]


def test_listing_in_two_query_orders(web: Heldback317Web) -> None:
    links = _links(web, "www.lancaster.gov.uk", "/news")
    assert "http://www.lancaster.gov.uk/news?page=2&sort=newest" in links
    assert "http://www.lancaster.gov.uk/news?sort=newest&page=2" in links


def test_consent_wall_over_section_and_agreement_in_joint_papers(web: Heldback317Web, truth: dict) -> None:
    host = "www.stevenage.gov.uk"
    wall = _html(web, host, "/community-safety/cctv")
    assert "Before you continue" in wall and "28 days" not in wall
    assert 'href="/community-safety/cctv?cookies=essential"' in wall
    d = _auth(truth, host)["deliverables"]
    assert all(urlsplit(u).query == "cookies=essential" for u in d["5.1"]["pages"])
    (doc,) = d["5.5"]["documents"]
    dem = "democracy.stevenage.gov.uk"
    assert urlsplit(doc["url"]).hostname == dem and doc["signed"]
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=9120"}
    assert not d["5.1"]["criteria"]["police_agreement"]


def test_moved_page_suggests_look_alikes(web: Heldback317Web, truth: dict) -> None:
    host = "www.woking.gov.uk"
    r = _render(web, f"http://{host}/cctv")
    assert r.status == 200 and b"moved things around" in r.body
    assert f"http://{host}/cctv" in _links(web, host, "/a-z")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}/contact/out-of-hours"]
    assert f"http://{host}/contact/out-of-hours" in _links(web, host, "/cctv")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback317Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.staffordshire.gov.uk", "eastdevon.gov.uk", "www.lancaster.gov.uk"})
