"""The hundred and twenty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (see fixtures/heldback125/README.md for the list).
"""

from __future__ import annotations

import io
import json
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback125.truth import TRUTH_PATH
from fixtures.heldback125.web import Heldback125Web


@pytest.fixture(scope="module")
def web() -> Heldback125Web:
    return Heldback125Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_fresh_councils_of_the_brief_mix(web: Heldback125Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 125)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_camera_list_only_as_csv_on_open_data_page(web: Heldback125Web, truth: dict) -> None:
    host = "www.harrow.gov.uk"
    csv_url = f"http://{host}/downloads/open-data/vss-camera-locations.csv"
    r = _render(web, csv_url)
    assert r.status == 200 and (r.header("Content-Type") or "").startswith("text/csv")
    assert _linking(web, host, csv_url) == {f"http://{host}/open-data/vss-camera-locations"}
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.1"]["evidence"] if "Wealdstone" in e["quote"]} == {csv_url}
    assert "Wealdstone" not in _main(web, host, "/community-safety/cctv-and-video-surveillance")
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_windows_1252_pages_without_charset_header(web: Heldback125Web, truth: dict) -> None:
    host = "liverpool.gov.uk"
    for path in (
        "/council/strategies-plans-and-policies/crime-and-community-safety/cctv-monitoring-codes-of-practice",
        "/crime-prevention-and-emergencies/cctv",
    ):
        r = _render(web, f"http://{host}{path}")
        assert r.header("Content-Type") == "text/html"
        assert b'<meta charset="windows-1252">' in r.body
        with pytest.raises(UnicodeDecodeError):
            r.body.decode("utf-8")
    assert "\u00a310 payable" in _text(web, host, "/crime-prevention-and-emergencies/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert d["5.5"]["status"] == "not_met"


def test_signed_isa_only_on_the_open_data_subdomain(web: Heldback125Web, truth: dict) -> None:
    host, od = "www.hull.gov.uk", "opendata.hull.gov.uk"
    assert od in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == od
    assert f"http://{host}/crime-and-safety/cctv-in-hull" in _linking(web, host, doc["url"])
    text = _text(web, od, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Humberside Police" in text and "Signed on behalf of Hull City Council" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("information@")


def test_welsh_twin_only_on_the_other_domain(web: Heldback125Web, truth: dict) -> None:
    host = "www.carmarthenshire.gov.wales"
    page = _html(web, host, "/home/council-services/community-safety/cctv")
    assert '<link rel="alternate" hreflang="cy" href="https://www.sirgar.llyw.cymru/' in page
    assert web.site_for_host("www.sirgar.llyw.cymru") is None
    d = _auth(truth, host)["deliverables"]
    assert not any("sirgar" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"
    assert "Dyfed-Powys Police" in _main(web, host, "/home/news/2024/police-cameras-go-live")


def test_meta_refresh_hops_and_step_2_in_document_control(web: Heldback125Web, truth: dict) -> None:
    host = "www.cannockchasedc.gov.uk"
    final = f"http://{host}/residents/community-safety/cctv-and-public-space-surveillance"
    hop = f"http://{host}/article/1043/cctv"
    assert _linking(web, host, final) == {hop}
    assert _linking(web, host, hop) == {f"http://{host}/cctv"}
    for path, target in (("/cctv", "/article/1043/cctv"), ("/article/1043/cctv", urlsplit(final).path)):
        assert f'<meta http-equiv="refresh" content="0; url={target}">' in _html(web, host, path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (ev,) = d["5.2"]["evidence"]
    assert ev["url"].endswith(".pdf") and "step 2" not in _main(web, host, urlsplit(final).path).lower()
    assert "Document control" in _text(web, host, urlsplit(ev["url"]).path)


def test_one_fact_only_in_a_video_transcript(web: Heldback125Web, truth: dict) -> None:
    host = "www.guildford.gov.uk"
    page = _html(web, host, "/community/safer-nights-in-guildford")
    transcript = page.split('<details class="transcript">', 1)[1].split("</details>", 1)[0]
    assert "records around the clock" in transcript
    assert "records around the clock" not in page.replace(transcript, "")


def test_cookie_dialog_ahead_of_every_page(web: Heldback125Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    for path in ("/", "/community-safety/cctv", "/council-tax"):
        page = _html(web, host, path)
        assert page.index('class="cookie-consent"') < page.index('<main id="main">'), path
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_second_page_of_article_and_part_scanned_report(web: Heldback125Web, truth: dict) -> None:
    from pypdf import PdfReader

    host = "www.lichfielddc.gov.uk"
    p2 = f"http://{host}/community-safety/cctv-closed-circuit-television/2"
    assert _linking(web, host, p2) == {f"http://{host}/community-safety/cctv-closed-circuit-television/1"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and {e["url"] for e in d["5.2"]["evidence"]} == {p2}
    report = f"http://{host}/downloads/file/2874/cctv-annual-report-2023-24"
    r = _render(web, report)
    assert r.header("Content-Type") == "application/pdf"
    pages = [pg.extract_text() or "" for pg in PdfReader(io.BytesIO(r.body)).pages]
    assert len(pages) == 3 and not pages[1].strip() and "212 arrests" in pages[2]
    assert d["5.5"]["status"] == "partial" and {e["url"] for e in d["5.5"]["evidence"]} == {report}


def test_one_fact_on_a_noindex_nofollow_page(web: Heldback125Web, truth: dict) -> None:
    host = "www.e-lindsey.gov.uk"
    assert '<meta name="robots" content="noindex, nofollow">' in _html(
        web, host, "/visiting/beach-safety-and-the-foreshore"
    )


def test_spoc_only_in_the_scheme_of_delegation_and_signed_word_sla(web: Heldback125Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    deleg = "/council-and-democracy/constitution/part-3-officer-scheme-of-delegation"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {deleg}
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv")
    assert '<th scope="col">Delegated functions</th>' in _html(web, host, deleg)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and (_render(web, doc["url"]).header("Content-Type") or "").startswith(
        "application/vnd.openxmlformats"
    )


def test_step_2_only_in_service_plan_and_draft_word_isa(web: Heldback125Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert "service-plan" in ev["url"] and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018"
    assert "step 2" not in _main(web, host, "/safety-emergencies/public-safety-emergencies/cctv").lower()
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_feeds_are_served(web: Heldback125Web) -> None:
    for host, path in (("www.havant.gov.uk", "/feed"), ("www.gloucestershire.gov.uk", "/news/rss.xml")):
        r = _render(web, f"http://{host}{path}")
        assert r.status == 200 and (r.header("Content-Type") or "").startswith("application/rss+xml")
        assert b"<rss" in r.body and b"cameras" in r.body
    r = _render(web, "http://www.gloucestershire.gov.uk/media/contracts-register-2025-q3.csv")
    assert b"CCTV maintenance" in r.body


def test_one_fact_councils(web: Heldback125Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.guildford.gov.uk", "cameras", "/community/safer-nights-in-guildford"),
        ("www.e-lindsey.gov.uk", "cameras", "/visiting/beach-safety-and-the-foreshore"),
        ("www.hertsmere.gov.uk", "other_systems", "/Community/Community-Safety/CCTV.aspx"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback125Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.gloucestershire.gov.uk", "www.hyndburnbc.gov.uk", "www.havant.gov.uk"})
