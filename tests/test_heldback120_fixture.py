"""The hundred-and-twentieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a camera map behind a cookie-consent interstitial of
plain links; a two-step meta refresh chain to a page nothing else links; a SPOC designated only in a constitution's
officer scheme of delegation; facts and a step 2 claim in a video transcript; a signed agreement whose first pages
are scans without text; a page in windows-1252 with no charset and hreflang twins; a page reached only through a
breadcrumb; statistics and a camera list only in CSV exports; signed agreements as ODT and RTF files; a SPOC in an
RTF annual report; a robots noindex page; a 503 with Retry-After; an RSS feed; one-fact councils in a ?question=
answer, a service plan and venue hire terms; councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from io import BytesIO
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback120.truth import TRUTH_PATH
from fixtures.heldback120.web import Heldback120Web


@pytest.fixture(scope="module")
def web() -> Heldback120Web:
    return Heldback120Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils(web: Heldback120Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 120)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_camera_map_behind_cookie_consent_interstitial(web: Heldback120Web, truth: dict) -> None:
    host = "www.brent.gov.uk"
    gate = "/your-community/crime-and-community-safety/cctv-in-brent/camera-map"
    assert "191" not in _main(web, host, gate) and "cookies" in _main(web, host, gate)
    accepted = f"http://{host}{gate}?consent=accepted"
    assert accepted in _links(web, host, gate)
    assert _linking(web, host, accepted) == {f"http://{host}{gate}"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["cameras"] and accepted in d["5.1"]["pages"]
    assert "191" in _main(web, host, f"{gate}?consent=accepted")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_meta_refresh_chain_and_spoc_in_scheme_of_delegation(web: Heldback120Web, truth: dict) -> None:
    host = "www.southtyneside.gov.uk"
    old, mid, live = (
        "/article/35111/Why-have-CCTV-",
        "/article/40220/CCTV-page-moved",
        "/article/41876/CCTV-in-South-Tyneside",
    )
    assert f'<meta http-equiv="refresh" content="0; url={mid}">' in _html(web, host, old)
    assert f'<meta http-equiv="refresh" content="0; url={live}">' in _html(web, host, mid)
    assert _linking(web, host, f"http://{host}{live}") == {f"http://{host}{mid}"}
    assert f"http://{host}{old}" in _links(web, host, "/a-z")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{live}" in d["5.1"]["pages"]
    assert "single point of contact" not in _main(web, host, live)
    deleg = "/media/8841/constitution-part-3-officer-scheme-of-delegation.pdf"
    assert "single point of contact for surveillance" in _text(web, host, deleg)
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {deleg, live}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_video_transcript_and_part_scanned_agreement(web: Heldback120Web, truth: dict) -> None:
    host = "www.hartlepool.gov.uk"
    vid = "/info/20043/community_safety/1850/video_inside_the_cctv_centre"
    html = _html(web, host, vid)
    assert "<iframe" in html and "<h2>Transcript</h2>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert _paths(d["5.2"]) == {vid}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cleveland"
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf"
    assert r.body.count(b"/Subtype /Image") >= 3
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Schedule 3" in text and "Schedule 1" not in text and "Signed for and on behalf of Cleveland Police" in text


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback120Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.nottinghamshire.gov.uk", "crawley.gov.uk", "www.gloucester.gov.uk"})
    r = _render(web, "http://crawley.gov.uk/community-safety/cctv")
    assert r.status == 503 and r.header("Retry-After") == "86400"
    assert "http://crawley.gov.uk/community-safety/cctv" in _links(web, "crawley.gov.uk", "/a-z")
    rss = _render(web, "http://www.nottinghamshire.gov.uk/news/rss")
    assert rss.header("Content-Type") == "application/rss+xml" and b"CCTV cameras" in rss.body
    assert "CCTV and access control maintenance" in _main(
        web, "www.nottinghamshire.gov.uk", "/council-and-democracy/transparency/contract-register"
    )
    assert "https://www.safergloucester.co.uk/" in _links(web, "www.gloucester.gov.uk", "/resident/community-safety")


def test_windows_1252_page_without_charset_and_hreflang_twins(web: Heldback120Web, truth: dict) -> None:
    host = "www.caerphilly.gov.uk"
    en = "/services/emergencies-and-crime-prevention/cctv"
    cy = "/gwasanaethau/argyfyngau-ac-atal-troseddu/teledu-cylch-cyfyng"
    r = _render(web, f"http://{host}{en}/cctv-faqs")
    assert r.header("Content-Type") == "text/html" and b"charset" not in r.body and b"\x92" in r.body
    with pytest.raises(UnicodeDecodeError):
        r.body.decode("utf-8")
    assert f'hreflang="cy-gb" href="http://{host}{cy}"' in _html(web, host, en)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{en}/cctv-faqs" in d["5.1"]["pages"] and f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2016"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_page_reached_only_through_a_breadcrumb(web: Heldback120Web, truth: dict) -> None:
    host = "www.preston.gov.uk"
    cctv, req = f"http://{host}/community-safety/cctv", f"http://{host}/community-safety/cctv/request-cctv-footage"
    assert _linking(web, host, cctv) == {req}
    assert cctv not in _links(web, host, "/community-safety") and cctv not in _links(web, host, "/a-z")
    assert 'aria-label="Breadcrumb"' in _html(web, host, "/community-safety/cctv/request-cctv-footage")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and cctv in d["5.1"]["pages"]
    assert "service level agreement" in _main(web, host, "/community-safety/cctv") and d["5.5"]["status"] == "not_met"


def test_csv_statistics_and_odt_agreement(web: Heldback120Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    csv = f"http://{host}/media/cctv/cctv-incident-statistics-2024-25.csv"
    assert d["5.1"]["criteria"]["statistics"] and csv in d["5.1"]["pages"]
    assert (_render(web, csv).header("Content-Type") or "").startswith("text/csv")
    (doc,) = d["5.5"]["documents"]
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/vnd.oasis.opendocument.text" and doc["signed"]
    with zipfile.ZipFile(BytesIO(r.body)) as z:
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        assert b"Signed on behalf of Lancashire Constabulary" in z.read("content.xml")
    assert d["5.2"]["level"] == "step2" and d["5.3"]["status"] == "not_met"


def test_camera_list_only_in_open_data_csv_and_rtf_protocol(web: Heldback120Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    about = "/info/20328/cctv/2029/about_cctv_in_norwich"
    main = _main(web, host, about)
    assert "Gentleman" not in main and "NCC-CAM" not in main
    d = _auth(truth, host)["deliverables"]
    cams = d["5.1"]["evidence"]
    assert any(e["url"].endswith("cctv_camera_locations.csv") and e["quote"].startswith("NCC-CAM-001") for e in cams)
    (doc,) = d["5.5"]["documents"]
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/rtf" and r.body.startswith(b"{\\rtf1") and doc["signed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_noindex_page_with_spoc(web: Heldback120Web, truth: dict) -> None:
    host = "exeter.gov.uk"
    pg = "/residents/community-safety/cctv-and-the-control-centre"
    assert '<meta name="robots" content="noindex"></head>' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {pg}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_only_in_rtf_annual_report(web: Heldback120Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    rtf = "/downloads/file/2290/cctv_annual_report_2024_25.rtf"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {rtf}
    assert _render(web, f"http://{host}{rtf}").header("Content-Type") == "application/rtf"
    assert d["5.5"]["status"] == "not_met" and "service level agreement" in _main(web, host, "/community-safety/cctv")


def test_one_fact_councils(web: Heldback120Web, truth: dict) -> None:
    for host, crit, path in (
        ("thanet.gov.uk", "cameras", "/info-pages/home-cctv/?question=5596-2"),
        ("www.wyre.gov.uk", "cameras", "/media/4410/neighbourhood-services-service-plan-2025-26.pdf"),
        ("www.tamworth.gov.uk", "retention", "/sites/default/files/assembly-rooms-hire-terms-2025.rtf"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert _render(
        web, "http://www.tamworth.gov.uk/sites/default/files/assembly-rooms-hire-terms-2025.rtf"
    ).body.startswith(b"{\\rtf1")
