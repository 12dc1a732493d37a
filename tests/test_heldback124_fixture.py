"""The hundred and twenty-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before; the labelling rules
hold with the intended tallies; and the structures the set is built from are really served (a camera list only in a
CSV on an open data page; a code of practice only as an OpenDocument file holding the SPOC and a signed police
agreement; legacy pages sent in windows-1252 with no charset and an A to Z entry that is a meta refresh; an RSS feed
and contracts register on a council that publishes nothing; bilingual twins joined by hreflang alternates; a fact
only in a video transcript; a cookie-consent bar whose links copy every page; a SPOC only in the scheme of
delegation, without contact; a council magazine and budget book; a step 2 claim only in a code's front matter and a
draft agreement as an RTF file; a signed agreement on the last pages of a thirty-page PDF; a fact on a noindex page;
a contracts register CSV; figures only in an Excel workbook; a code of practice on a council-owned files
subdomain).
"""

from __future__ import annotations

import io
import json
import re
import zipfile
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback124.truth import TRUTH_PATH
from fixtures.heldback124.web import Heldback124Web


@pytest.fixture(scope="module")
def web() -> Heldback124Web:
    return Heldback124Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_real_councils(web: Heldback124Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 124)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 2, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 2, "partial": 4, "not_met": 9}), tally
    assert tally["5.5"] == Counter({"met": 2, "partial": 4, "not_met": 9}), tally


def test_camera_list_only_in_open_data_csv(web: Heldback124Web, truth: dict) -> None:
    host = "www.havering.gov.uk"
    csv = f"http://{host}/media/6120/public-space-cctv-camera-locations.csv"
    assert _linking(web, host, csv) == {f"http://{host}/council-and-democracy/open-data"}
    r = _render(web, csv)
    assert (r.header("Content-Type") or "").startswith("text/csv") and r.body.startswith(b"camera_id,location")
    page = _main(web, host, "/community-safety-and-crime/cctv-in-havering")
    assert "Market Place" not in page and "open data section" in page
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["cameras"] and csv in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.control@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_code_only_as_opendocument_with_spoc_and_signed_appendix(web: Heldback124Web, truth: dict) -> None:
    host = "www.birmingham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands" and doc["url"].endswith(".odt")
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/vnd.oasis.opendocument.text"
    with zipfile.ZipFile(io.BytesIO(r.body)) as z:
        assert z.namelist()[0] == "mimetype" and z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = z.read("content.xml").decode("utf-8")
    assert "single point of contact" in content and "Signed for and on behalf of West Midlands Police" in content
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {urlsplit(doc["url"]).path}
    page = _main(web, host, "/info/20011/community_safety/1204/public_space_cctv")
    assert "single point of contact" not in page and "West Midlands Police" not in page


def test_windows_1252_pages_without_charset_and_meta_refresh_a_to_z(web: Heldback124Web, truth: dict) -> None:
    host = "www.halton.gov.uk"
    r = _render(web, f"http://{host}/content/communitysafety/cctv")
    assert r.header("Content-Type") == "text/html" and b"charset" not in r.body.lower()
    assert b"Halton\x92s" in r.body and b"\xa310" in r.body
    with pytest.raises(UnicodeDecodeError):
        r.body.decode("utf-8")
    old = f"http://{host}/cctv.htm"
    assert old in _links(web, host, "/a-z")
    moved = _render(web, old).body
    assert b'http-equiv="refresh" content="0; url=/content/communitysafety/cctv"' in moved and b"<a " not in moved
    a = _auth(truth, host)
    assert not a["heldback"]["search"] and a["deliverables"]["5.3"]["spoc"]["phone"]


def test_rss_feed_and_contracts_register_on_a_council_that_publishes_nothing(web: Heldback124Web) -> None:
    host = "www.eastsussex.gov.uk"
    html = _html(web, host, "/news-and-events")
    assert '<link rel="alternate" type="application/rss+xml"' in html
    feed = _render(web, f"http://{host}/news-and-events/feed.rss")
    assert (feed.header("Content-Type") or "").startswith("application/rss+xml") and b"<item>" in feed.body
    assert b"Bus lane cameras" in feed.body
    assert "security cameras at county buildings" in _main(web, host, "/council-and-democracy/contracts-register")


def test_bilingual_twins_with_hreflang(web: Heldback124Web, truth: dict) -> None:
    host = "www.monmouthshire.gov.uk"
    en, cy = "/community-safety/cctv/", "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng/"
    for path in (en, cy):
        html = _html(web, host, path)
        assert f'hreflang="en" href="http://{host}{en}"' in html and f'hreflang="cy" href="http://{host}{cy}"' in html
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_one_fact_in_a_video_transcript(web: Heldback124Web, truth: dict) -> None:
    host = "www.eastleigh.gov.uk"
    path = "/our-community/eastleigh-town-centre/video-a-night-with-the-town-centre-team"
    html = _html(web, host, path)
    assert "<iframe" in html and "<h2>Transcript</h2>" in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{path}"]


def test_cookie_consent_bar_copies_every_page(web: Heldback124Web, truth: dict) -> None:
    host = "www.fylde.gov.uk"
    for path in ("/", "/parking/car-parks/st-annes-pier-car-park", "/a-z"):
        links = _links(web, host, path)
        base = f"http://{host}{path}"
        assert f"{base}?cookies=accept" in links and f"{base}?cookies=reject" in links, path
    copy = _html(web, host, "/parking/car-parks/st-annes-pier-car-park?cookies=accept")
    assert "kept for 30 days" in copy and '<div class="cookie-consent"' in copy
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]


def test_spoc_only_in_scheme_of_delegation_without_contact(web: Heldback124Web, truth: dict) -> None:
    host = "www.dacorum.gov.uk"
    part3 = "/docs/default-source/council-democracy/constitution-part-3-scheme-of-delegation.pdf"
    assert _linking(web, host, f"http://{host}{part3}") == {f"http://{host}/council-and-democracy/constitution"}
    text = _text(web, host, part3)
    assert "single point of contact (SPOC) for surveillance camera systems" in re.sub(r"\s+", " ", text)
    assert "@" not in text and "Telephone" not in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert "single point" not in _main(web, host, "/home/community-living/community-safety/cctv")


def test_step_2_only_in_front_matter_and_draft_rtf_agreement(web: Heldback124Web, truth: dict) -> None:
    host = "www.adur-worthing.gov.uk"
    code = "/media/documents/worthing-cctv-code-of-practice-2023.pdf"
    text = re.sub(r"\s+", " ", _text(web, host, code))
    assert text.index("step 2") < text.index("1. Introduction")
    assert "step 2" not in _main(web, host, "/community-safety/cctv-worthing")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["url"].endswith(".rtf")
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/rtf" and r.body.startswith(b"{\\rtf1")
    assert d["5.5"]["status"] == "partial"


def test_signed_agreement_on_the_last_pages_of_a_long_pdf(web: Heldback124Web, truth: dict) -> None:
    host = "www.fareham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire"
    body = _render(web, doc["url"]).body
    assert len(re.findall(rb"/Type /Page\b", body)) >= 25
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.find("Appendix F") > 0.95 * len(text)
    assert "Hampshire and Isle of Wight Constabulary" not in _main(web, host, "/safety/cctv/index.aspx")
    assert d["5.3"]["status"] == "not_met"


def test_one_fact_on_a_noindex_page(web: Heldback124Web, truth: dict) -> None:
    host = "www.malvernhills.gov.uk"
    path = "/parks-and-open-spaces-in-malvern/priory-park"
    assert '<meta name="robots" content="noindex">' in _html(web, host, path)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["other_systems"]
    assert d51["pages"] == [f"http://{host}{path}"]


def test_figures_only_in_an_excel_workbook(web: Heldback124Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    xlsx = f"http://{host}/files/documents/cctv_incident_figures_2024_25/CCTV-incident-figures-2024-25.xlsx"
    assert _linking(web, host, xlsx) == {f"http://{host}/pages/about-the-camera-system"}
    r = _render(web, xlsx)
    assert r.header("Content-Type") == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    with zipfile.ZipFile(io.BytesIO(r.body)) as z:
        assert "Incidents monitored by CCTV advisors" in z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["statistics"] and xlsx in d["5.1"]["pages"]
    assert "4780" not in _main(web, host, "/pages/about-the-camera-system")
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]


def test_code_on_a_council_owned_files_subdomain(web: Heldback124Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    files = "files.oxford.gov.uk"
    assert files in web.sites[host].hosts()
    code = f"http://{files}/docs/community-safety/cctv-code-of-practice-2025.pdf"
    assert _linking(web, host, code) == {f"http://{host}/info/20101/community_safety/270/cctv_in_oxford"}
    assert _render(web, code).header("Content-Type") == "application/pdf"
    d = _auth(truth, host)["deliverables"]
    assert code in d["5.1"]["pages"] and d["5.1"]["criteria"]["retention"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback124Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.eastsussex.gov.uk", "www.braintree.gov.uk", "www.highpeak.gov.uk"})
    mag = _text(web, "www.braintree.gov.uk", "/downloads/file/2204/district-life-autumn-2025")
    assert "cameras" in mag
    csv = _render(web, "http://www.highpeak.gov.uk/media/2231/contracts-register-q2-2025.csv").body
    assert b"Town centre CCTV maintenance and repair" in csv
