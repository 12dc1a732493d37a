"""The hundred and twenty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a cookie banner whose consent links answer 302 on every
page; an RSS feed and a magazine PDF; a camera list only as an open data CSV; a SPOC in the officer scheme of
delegation; facts only on a film's transcript page; a draft agreement as an OpenDocument file; a one-fact page in
windows-1252 without a charset; a Welsh twin with hreflang alternates; a signed protocol as RTF; a search answering 503
with Retry-After; an Atom feed; a newsletter on a council-owned subdomain; a certification claim only in a PDF's front
matter; a signed agreement behind a noindex, nofollow documents page; figures as CSV; a SPOC and a step 2 claim only in a
service plan; a one-fact asset register CSV; a meta-refresh stub behind the A to Z; a partly scanned PDF whose only
text layer is the signature schedule; a 301 then 302 redirect chain; camera locations only in an xlsx workbook; and
councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import io
import json
import re
import zipfile
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
from collections import Counter

from fixtures.heldback122.truth import TRUTH_PATH
from fixtures.heldback122.web import Heldback122Web


@pytest.fixture(scope="module")
def web() -> Heldback122Web:
    return Heldback122Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _d(truth: dict, host: str) -> dict:
    return _auth(truth, host)["deliverables"]


def test_fresh_councils_of_the_brief_mix(web: Heldback122Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 122)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 2, "not_met": 4}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 2, "partial": 4, "not_met": 9}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_cookie_banner_rss_feed_and_magazine(web: Heldback122Web, truth: dict) -> None:
    host = "www.bexley.gov.uk"
    for path in ("/", "/parking/bus-lanes", "/bexley-magazine"):
        links = _links(web, host, path)
        assert f"http://{host}/cookies/consent?choice=accept&return={path}" in links, path
    r = _render(web, f"http://{host}/cookies/consent?choice=reject&return=/parking/bus-lanes")
    assert r.status == 302 and r.header("Location") == f"http://{host}/parking/bus-lanes"
    feed = _render(web, f"http://{host}/news/rss.xml")
    assert feed.status == 200 and (feed.header("Content-Type") or "").startswith("application/rss+xml")
    assert b"<rss" in feed.body and f"http://{host}/news/rss.xml" in _links(web, host, "/news")
    assert "Smarter cameras" in _text(web, host, "/sites/default/files/2025-03/bexley-magazine-spring-2025.pdf")


def test_camera_list_only_as_open_data_csv_and_spoc_in_scheme_of_delegation(web: Heldback122Web, truth: dict) -> None:
    host = "www.newcastle.gov.uk"
    csv_url = f"http://{host}/sites/default/files/open-data/council-cctv-sites-2025.csv"
    r = _render(web, csv_url)
    assert r.status == 200 and (r.header("Content-Type") or "").startswith("text/csv")
    assert r.body.startswith(b"site,address,ward,cameras")
    assert _linking(web, host, csv_url) == {
        f"http://{host}/local-government/access-information-and-data/open-data",
        f"http://{host}/local-government/access-information-and-data/cctv-procedure-release-evidence",
    }
    assert "212" not in _main(
        web, host, "/local-government/access-information-and-data/cctv-procedure-release-evidence"
    )
    sod = "/local-government/constitution/part-3-officer-scheme-of-delegation"
    assert '<th scope="col">Officer</th><th scope="col">Functions delegated</th>' in _html(web, host, sod)
    d = _d(truth, host)
    assert d["5.1"]["criteria"]["cameras"] and csv_url in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {sod}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_facts_only_in_film_transcript_and_draft_odt_agreement(web: Heldback122Web, truth: dict) -> None:
    host = "www.warrington.gov.uk"
    landing = "/crime-and-safety/town-centre-cctv"
    film = f"{landing}/film-inside-the-control-room"
    tr = f"{film}/transcript"
    assert "<iframe" in _html(web, host, film) and "3,500" not in _main(web, host, film)
    assert "3,500" not in _main(web, host, landing) and "3,500 incidents" in _main(web, host, tr)
    assert _linking(web, host, f"http://{host}{tr}") == {f"http://{host}{film}"}
    d = _d(truth, host)
    assert d["5.1"]["criteria"]["statistics"] and f"http://{host}{tr}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and doc["url"].endswith(".odt")
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/vnd.oasis.opendocument.text"
    z = zipfile.ZipFile(io.BytesIO(r.body))
    assert z.namelist()[0] == "mimetype" and z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    assert "not yet signed" in z.read("content.xml").decode("utf-8")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_one_fact_page_in_windows_1252_without_charset(web: Heldback122Web, truth: dict) -> None:
    host = "www.derbyshire.gov.uk"
    path = "/leisure/record-office/visiting/search-room.asp"
    r = _render(web, f"http://{host}{path}")
    assert r.status == 200 and r.header("Content-Type") == "text/html"
    assert b"charset" not in r.body.lower() and b"\x92" in r.body and b"\xa3" in r.body
    with pytest.raises(UnicodeDecodeError):
        r.body.decode("utf-8")
    assert f"http://{host}{path}" in _links(web, host, "/leisure/record-office")


def test_welsh_twin_with_hreflang_and_signed_rtf_protocol(web: Heldback122Web, truth: dict) -> None:
    host = "www.pembrokeshire.gov.uk"
    en, cy = "/community-safety/cctv", "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng"
    page = _html(web, host, en)
    head = page.split("</head>", 1)[0]
    assert f'<link rel="alternate" hreflang="cy" href="http://{host}{cy}">' in head
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert 'lang="cy"' in _html(web, host, cy)
    d = _d(truth, host)
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Dyfed-Powys"
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/rtf" and r.body.startswith(b"{\\rtf1")
    assert b"Signed on behalf of Dyfed-Powys Police" in r.body


def test_search_busy_with_retry_after_and_atom_feed(web: Heldback122Web, truth: dict) -> None:
    host = "www.wealden.gov.uk"
    r = _render(web, f"http://{host}/search?q=cctv")
    assert r.status == 503 and r.header("Retry-After") == "120"
    feed = _render(web, f"http://{host}/planning-applications/feed.atom")
    assert feed.header("Content-Type") == "application/atom+xml" and b"two CCTV cameras" in feed.body
    assert all(_d(truth, host)[k]["status"] == "not_met" for k in ("5.1", "5.2", "5.3", "5.5"))


def test_newsletter_on_subdomain_and_step_1_only_in_pdf_front_matter(web: Heldback122Web, truth: dict) -> None:
    host, ins = "www.epsom-ewell.gov.uk", "insight.epsom-ewell.gov.uk"
    assert web.sites[host].hosts() == [host, ins]
    assert "sixteen new town centre cameras" in _main(web, ins, "/issue-105-november-2022")
    assert f"http://{ins}/" in _links(web, host, "/news")
    cctv = "/residents/community-safety/town-centre-cctv"
    assert "step 1" not in _main(web, host, cctv).lower() and "certification" not in _main(web, host, cctv).lower()
    pol = "/sites/default/files/documents/residents/community-safety/CCTV-policy-v2-1.pdf"
    text = _text(web, host, pol)
    assert text.index("Certification: step 1") < text.index("1. Introduction")
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert not any(ins in u for u in d["5.1"]["pages"])


def test_signed_agreement_behind_noindex_nofollow_documents_page(web: Heldback122Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    docs = "/community-safety/cctv/cctv-documents"
    head = _html(web, host, docs).split("</head>", 1)[0]
    assert '<meta name="robots" content="noindex, nofollow">' in head
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Cambridgeshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{docs}"}
    figs = _render(web, f"http://{host}/media/18342/cctv-monthly-outcomes-2024.csv")
    assert (figs.header("Content-Type") or "").startswith("text/csv") and b"December 2024,245,39" in figs.body
    assert d["5.3"]["status"] == "not_met"


def test_spoc_and_step_2_only_in_service_plan(web: Heldback122Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    main = _main(web, host, "/CCTV").lower()
    assert "single point of contact" not in main and "step 2" not in main and "certification" not in main
    plan = f"http://{host}/downloads/file/3301/public-protection-service-plan-2025-26"
    r = _render(web, plan)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    d = _d(truth, host)
    assert {e["url"] for e in d["5.3"]["evidence"]} == {plan} == {e["url"] for e in d["5.2"]["evidence"]}
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-09"
    assert _linking(web, host, plan) == {f"http://{host}/council-and-democracy/service-plans"}


def test_one_fact_councils(web: Heldback122Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.derbyshire.gov.uk", "retention", "/leisure/record-office/visiting/search-room.asp"),
        ("www.great-yarmouth.gov.uk", "operator", "/media/9921/land-and-property-assets-2025.csv"),
    ):
        d51 = _d(truth, host)["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    r = _render(web, "http://www.great-yarmouth.gov.uk/media/9921/land-and-property-assets-2025.csv")
    assert r.header("Content-Type") == "text/csv" and b"Community Safety (Great Yarmouth) Ltd" in r.body


def test_meta_refresh_stub_behind_the_a_to_z(web: Heldback122Web, truth: dict) -> None:
    host = "www.burnley.gov.uk"
    assert f"http://{host}/cctv" in _links(web, host, "/a-z")
    stub = _html(web, host, "/cctv")
    assert re.search(r'<meta http-equiv="refresh" content="0; url=/news/2018/extra-cameras-for-padiham">', stub)
    assert _links(web, host, "/cctv") == []


def test_partly_scanned_agreement_signature_schedule_only_text(web: Heldback122Web, truth: dict) -> None:
    from pypdf import PdfReader

    host = "www.cherwell.gov.uk"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Thames Valley"
    pages = PdfReader(io.BytesIO(_render(web, doc["url"]).body)).pages
    assert len(pages) == 5 and all(not (pg.extract_text() or "").strip() for pg in pages[:4])
    assert "Signed for and on behalf of Thames Valley Police" in (pages[4].extract_text() or "")
    site = web.sites[host]
    assert not site.az and '<main id="main">' not in _html(web, host, "/")


def test_redirect_chain_from_the_a_to_z(web: Heldback122Web, truth: dict) -> None:
    host = "www.woking.gov.uk"
    assert f"http://{host}/cctv" in _links(web, host, "/a-z")
    r1 = _render(web, f"http://{host}/cctv")
    assert r1.status == 301 and r1.header("Location") == f"http://{host}/community/cctv"
    r2 = _render(web, f"http://{host}/community/cctv")
    room = f"http://{host}/community/community-safety/cctv-control-room"
    assert r2.status == 302 and r2.header("Location") == room
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.5"]["status"] == "not_met"
    assert _auth(truth, host)["oracle_fetches"] == 4


def test_camera_locations_only_in_xlsx(web: Heldback122Web, truth: dict) -> None:
    host = "www.bassetlaw.gov.uk"
    url = f"http://{host}/media/5521/cctv-camera-locations-2025.xlsx"
    r = _render(web, url)
    assert r.header("Content-Type") == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    z = zipfile.ZipFile(io.BytesIO(r.body))
    assert (
        "xl/workbook.xml" in z.namelist()
        and "Potter Street refuge point" in z.read("xl/worksheets/sheet1.xml").decode()
    )
    assert "Potter Street" not in _main(web, host, "/community-safety/cctv-and-refuge-points/")
    d = _d(truth, host)
    assert d["5.1"]["criteria"]["cameras"] and url in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback122Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.bexley.gov.uk", "www.wealden.gov.uk", "www.burnley.gov.uk", "eastdevon.gov.uk"}
    )
