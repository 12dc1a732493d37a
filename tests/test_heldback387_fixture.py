"""The 387th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the fragile servers the set is built from really behave so through the loopback proxy and in what they serve:
pages answering 429 or 503 with Retry-After (seconds or an HTTP date) once and then the page, robots.txt and a
sitemap doing the same, slow pages and documents, a PDF and a Word file served as application/octet-stream, an HTML
page served as text/plain, pages truncated mid-sentence after their evidence, broken but readable HTML, duplicates
under a second address with canonical links (relative, absolute, a case variant and a guide's /1 page), soft 404s at
old CCTV addresses (one behind a 302), and pages whose bytes and declared charset disagree; plus the labels that
hang on them (SPOCs with and without contact routes, step 1 and step 2 claims, signed, draft and mentioned
agreements, a councils' agreement that is not a police one, and councils that publish nothing but carry
look-alikes).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections import Counter
from typing import Any
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

from fixtures.heldback387.truth import TRUTH_PATH
from fixtures.heldback387.web import Heldback387Web
from fixtures.simweb.served import docx_text, pdf_text
from fixtures.simweb.server import SimWebServer


@pytest.fixture(scope="module")
def web() -> Heldback387Web:
    return Heldback387Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils_of_the_brief_mix(web: Heldback387Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 387)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


FLAKY = [
    ("http://www.lbbd.gov.uk/community-safety", 503, "Wed, 01 Jan 2025 08:00:00 GMT"),
    ("http://www.rochdale.gov.uk/a-z", 429, "3"),
    ("http://www.surreycc.gov.uk/robots.txt", 503, "2"),
    ("http://www.ribblevalley.gov.uk/sitemap.xml", 503, "1"),
    ("http://www.lichfielddc.gov.uk/community-safety/cctv-closed-circuit-television/3", 429, "2"),
    ("http://www.northwarks.gov.uk/info/20196/community_safety", 503, "2"),
    ("http://www.rother.gov.uk/community-safety", 429, "1"),
]


def test_busy_pages_answer_429_or_503_with_retry_after_once_through_the_proxy() -> None:
    fresh: Any = Heldback387Web()  # SimWebServer takes any web with site_for_host, sites and seed
    with SimWebServer(fresh, latency_scale=0.0) as server:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy_url}))
        for url, status, retry in FLAKY:
            with pytest.raises(urllib.error.HTTPError) as first:
                opener.open(url, timeout=10)
            assert first.value.code == status and first.value.headers["Retry-After"] == retry, url
            with opener.open(url, timeout=10) as again:
                assert again.status == 200 and again.read(), url
    # called directly (as the labeller does) the settled page is served at once
    for url, _, _ in FLAKY:
        assert _render(Heldback387Web(), url).status == 200, url


def test_busy_index_is_the_only_route_to_the_camera_pages(web: Heldback387Web, truth: dict) -> None:
    lbbd = "www.lbbd.gov.uk"
    cctv = f"http://{lbbd}/community-safety/public-space-cctv"
    # besides the index, only the camera page's own sub-page links back to it (its breadcrumb)
    assert _linking(web, lbbd, cctv) == {f"http://{lbbd}/community-safety", f"{cctv}/camera-locations"}
    assert _linking(web, lbbd, f"{cctv}/camera-locations") == {cctv}
    assert "Disallow: /search" in web.sites[lbbd].robots_txt() and not web.sites[lbbd].sitemap
    assert f"http://{lbbd}/community-safety" in _links(web, lbbd, "/a-z")
    nw = "www.northwarks.gov.uk"
    page = f"http://{nw}/info/20196/community_safety/1144/cctv_-_closed_circuit_television"
    assert _linking(web, nw, page) == {f"http://{nw}/info/20196/community_safety"}
    site = web.sites[nw]
    assert site.search is None and not site.az and not site.sitemap
    assert '<main id="main">' not in _html(web, nw, "/")
    lich = "www.lichfielddc.gov.uk"
    guide3 = f"http://{lich}/community-safety/cctv-closed-circuit-television/3"
    for d in _auth(truth, lich)["deliverables"]["5.5"]["documents"]:
        assert _linking(web, lich, d["url"]) == {guide3}
    assert _auth(truth, lich)["deliverables"]["5.5"]["status"] == "met"


def test_slow_pages_and_documents(web: Heldback387Web) -> None:
    for url, at_least in (
        (
            "http://www.lbbd.gov.uk/sites/default/files/2024-03/lbbd-met-police-cctv-information-sharing-agreement.pdf",
            5,
        ),
        ("http://www.ribblevalley.gov.uk/downloads/file/2113/cctv-code-of-practice", 20),
        ("http://www.swansea.gov.uk/cctvfaqs", 5),
        ("http://www.malvernhills.gov.uk/privacy-policy/cctv-and-body-worn-cameras", 5),
        ("http://www.rushmoor.gov.uk/", 5),
        ("http://www.reading.gov.uk/parking-and-travel/bus-lane-enforcement", 5),
    ):
        r = _render(web, url)
        assert r.status == 200 and r.delay_s >= at_least, url


def test_documents_under_the_wrong_content_type(web: Heldback387Web, truth: dict) -> None:
    code = "http://www.malvernhills.gov.uk/media/2207/cctv-code-of-practice"
    r = _render(web, code)
    assert r.header("Content-Type") == "application/octet-stream" and r.body.startswith(b"%PDF")
    assert 'filename="cctv-code-of-practice.pdf"' in (r.header("Content-Disposition") or "") and _no_extension(code)
    assert "Pershore" in pdf_text(r.body)
    assert code in _links(web, "www.malvernhills.gov.uk", "/community/community-safety/cctv")
    mal = _auth(truth, "www.malvernhills.gov.uk")["deliverables"]
    assert all(e["url"] != code for d in mal.values() for e in d["evidence"])
    roch = _auth(truth, "www.rochdale.gov.uk")["deliverables"]["5.5"]
    (doc,) = roch["documents"]
    assert roch["status"] == "partial" and doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/octet-stream" and r.body.startswith(b"PK")
    assert ".docx" in (r.header("Content-Disposition") or "")
    assert "DRAFT" in docx_text(r.body) and "20__" in docx_text(r.body)


def test_html_served_as_text_plain(web: Heldback387Web, truth: dict) -> None:
    host = "www.cherwell.gov.uk"
    page = "/info/120/safer-communities/161/community-safety-partnership"
    r = _render(web, f"http://{host}{page}")
    assert (r.header("Content-Type") or "").startswith("text/plain") and b"<main" in r.body
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert d51["pages"] == [f"http://{host}{page}"]
    foi = _render(web, "http://www.rother.gov.uk/council-and-democracy/foi-responses/2024-cctv")
    assert foi.header("Content-Type") == "text/plain" and b"does not operate public space cameras" in foi.body


def test_truncated_pages_hold_their_evidence_before_the_cut(web: Heldback387Web, truth: dict) -> None:
    burnley = "www.burnley.gov.uk"
    body = _render(web, f"http://{burnley}/towns-and-communities/padiham").body
    assert body.endswith(b"The outdoor market returns to Burnley Road on") and b"</html>" not in body
    d51 = _auth(truth, burnley)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    rush = "www.rushmoor.gov.uk"
    cctv = "/community-parks-and-leisure/community-safety/cctv/"
    body = _render(web, f"http://{rush}{cctv}").body
    assert body.endswith(b"your insurer can") and b"<footer>" not in body
    assert b"Step 2 (full certification), March 2022" in body and b"third party certification mark" in body
    d = _auth(truth, rush)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2022-03"
    req = f"http://{rush}/community-parks-and-leisure/community-safety/request-cctv-footage"
    assert _linking(web, rush, req) == {f"http://{rush}/community-parks-and-leisure/community-safety"}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and "Signed for Hampshire and Isle of Wight Constabulary" in _text(
        web, rush, urlsplit(doc["url"]).path
    )


def test_broken_but_readable_html(web: Heldback387Web) -> None:
    html = _html(web, "www.malvernhills.gov.uk", "/community/community-safety/cctv")
    main = html.split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert "</table>" not in main and "</p>" not in main and "</div></div>" in main and "<li>" in main
    assert "Barnards Green" in _text(web, "www.malvernhills.gov.uk", "/community/community-safety/cctv")


def test_duplicates_carry_canonical_links(web: Heldback387Web, truth: dict) -> None:
    surrey = "www.surreycc.gov.uk"
    real = "/council-and-democracy/your-privacy/data-protection/surveillance-camera-data-governance-policy"
    dup = "/people-and-community/community-safety/cameras-and-surveillance"
    assert f'<link rel="canonical" href="{real}">' in _html(web, surrey, dup)
    assert 'rel="canonical"' not in _html(web, surrey, real)
    assert "under the data sharing protocol" in _text(web, surrey, dup)
    d = _auth(truth, surrey)["deliverables"]
    assert all(urlsplit(u).path == real for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    bas = "www.basingstoke.gov.uk"
    assert '<link rel="canonical" href="http://www.basingstoke.gov.uk/CCTV">' in _html(web, bas, "/cctv")
    assert f"http://{bas}/cctv" in _links(web, bas, "/") and f"http://{bas}/CCTV" not in _links(web, bas, "/")
    assert f"http://{bas}/CCTV" in _links(web, bas, "/a-z")
    d = _auth(truth, bas)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{bas}/CCTV"] and d["5.2"]["status"] == "not_met"
    assert "working towards third-party certification" in _text(web, bas, "/CCTV")
    lich = "www.lichfielddc.gov.uk"
    base = "/community-safety/cctv-closed-circuit-television"
    assert f'<link rel="canonical" href="http://{lich}{base}">' in _html(web, lich, f"{base}/1")
    assert f"http://{lich}{base}/1" in _links(web, lich, f"{base}/2")
    assert f"http://{lich}{base}" not in _links(web, lich, f"{base}/2")
    d = _auth(truth, lich)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-06" and not d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {base} and d["5.3"]["spoc"]["phone"]


def test_soft_404s_at_old_camera_addresses(web: Heldback387Web, truth: dict) -> None:
    reading = "www.reading.gov.uk"
    for path in ("/cctv", "/community-safety/cctv"):
        r = _render(web, f"http://{reading}{path}")
        assert r.status == 200 and b"<h1>Page not found</h1>" in r.body
        assert f"http://{reading}/parking-and-travel/bus-lane-enforcement" in _links(web, reading, path)
    assert f"http://{reading}/community-safety/cctv" in _links(web, reading, "/a-z")
    assert f"http://{reading}/cctv" in _links(web, reading, "/news/2019-new-cameras-oxford-road")
    el = "www.e-lindsey.gov.uk"
    r = _render(web, f"http://{el}/article/2241/CCTV")
    assert r.status == 302 and (r.header("Location") or "").startswith(f"http://{el}/page-not-found?")
    r = _render(web, r.header("Location") or "")
    assert r.status == 200 and b"<h1>Page not found</h1>" in r.body
    assert f"http://{el}/article/2241/CCTV" in _links(web, el, "/a-z")


def test_bytes_and_declared_charset_disagree(web: Heldback387Web, truth: dict) -> None:
    roch = "www.rochdale.gov.uk"
    notice = "/directory_record/960/cctv_surveillance_privacy_notice"
    r = _render(web, f"http://{roch}{notice}")
    assert r.header("Content-Type") == "text/html; charset=utf-8"
    with pytest.raises(UnicodeDecodeError):
        r.body.decode("utf-8")
    assert "council’s single point of contact" in r.body.decode("cp1252")
    d = _auth(truth, roch)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {notice}
    swan = "www.swansea.gov.uk"
    r = _render(web, f"http://{swan}/teledu-cylch-cyfyng")
    assert r.header("Content-Type") == "text/html; charset=iso-8859-1" and "camerâu".encode() in r.body
    d = _auth(truth, swan)["deliverables"]
    assert f"http://{swan}/teledu-cylch-cyfyng" in d["5.1"]["pages"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019" and d["5.5"]["status"] == "partial"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_spocs_certification_and_agreements(web: Heldback387Web, truth: dict) -> None:
    lbbd = _auth(truth, "www.lbbd.gov.uk")["deliverables"]
    assert lbbd["5.3"]["status"] == "met" and lbbd["5.3"]["spoc"]["email"].startswith("surveillance.spoc@")
    (isa,) = lbbd["5.5"]["documents"]
    assert isa["signed"] and isa["force"] == "Metropolitan Police"
    rv = "www.ribblevalley.gov.uk"
    d = _auth(truth, rv)["deliverables"]
    code = "/downloads/file/2113/cctv-code-of-practice"
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020-11" and _paths(d["5.2"]) == {code}
    assert "step one (desktop) certification" in _text(web, rv, code)
    assert "certification" not in _text(web, rv, "/community-safety/cctv").lower()
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    mal = _auth(truth, "www.malvernhills.gov.uk")["deliverables"]
    assert "agreement between the two authorities" in _text(
        web, "www.malvernhills.gov.uk", "/community/community-safety/cctv"
    )
    assert mal["5.5"]["status"] == "not_met" and mal["5.3"]["status"] == "partial"
    nw = _auth(truth, "www.northwarks.gov.uk")["deliverables"]
    assert nw["5.3"]["status"] == "partial" and [k for k, v in nw["5.1"]["criteria"].items() if v] == ["complaints"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback387Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.reading.gov.uk", "www.rother.gov.uk", "www.e-lindsey.gov.uk"})
    assert "Thames Valley Police" in _text(web, "www.reading.gov.uk", "/community-safety/town-centre-safety")
    assert "http://democracy.e-lindsey.gov.uk/" in _links(
        web, "www.e-lindsey.gov.uk", "/article/3300/Committee-meetings"
    )
