"""The 123rd held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before; the labelling rules
hold with the intended tallies; and the structures the set is built from are really served (facts only on a film's
transcript page beside a video with a captions file; certification only on a code PDF's front page and a SPOC
designated in the constitution's officer delegations; a meta-refresh stub in front of a windows-1252 page whose
header names no charset, and a signed agreement as an RTF file; a cookie banner whose GET links answer 302; hreflang
alternates and a robots noindex FAQ; a site search answering 429 with Retry-After and a fact only in a service plan
PDF; a news story reachable only through an RSS feed; camera counts only in an open-data CSV and a signed agreement
deep inside a long strategy PDF; a fact deep in a budget book; a CCTV page reachable only by a child's breadcrumb; a
documents subdomain holding the SPOC and a signed protocol; an ODT policy and a magazine PDF on a legacy site; a fact
only in a car parks CSV; a step 2 claim only in a large-print Word version; and councils that publish nothing).
"""

from __future__ import annotations

import io
import json
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

from fixtures.heldback123.truth import TRUTH_PATH
from fixtures.heldback123.web import Heldback123Web


@pytest.fixture(scope="module")
def web() -> Heldback123Web:
    return Heldback123Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(evidence: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in evidence}


def test_fresh_real_councils(web: Heldback123Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 123)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 2, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_facts_only_in_film_transcript(web: Heldback123Web, truth: dict) -> None:
    host = "www.haringey.gov.uk"
    cctv = "/community-safety-and-engagement/cctv"
    film = f"{cctv}/inside-our-cctv-control-room"
    tr = f"{film}/transcript"
    html = _html(web, host, film)
    assert "<video" in html and 'src="/media/video/inside-cctv-control-room.vtt"' in html
    vtt = _render(web, f"http://{host}/media/video/inside-cctv-control-room.vtt")
    assert vtt.status == 200 and vtt.header("Content-Type") == "text/vtt" and vtt.body.startswith(b"WEBVTT")
    assert f"http://{host}{tr}" in _links(web, host, film)
    main = _main(web, host, cctv)
    assert "31 days" not in main and "Woodside" not in main and "Metropolitan Police" not in main
    d = _auth(truth, host)["deliverables"]
    assert {"transcript" in urlsplit(u).path for u in d["5.1"]["pages"]} == {True, False}
    assert _paths(d["5.5"]["evidence"]) == {tr} and d["5.5"]["status"] == "partial"
    feed = _render(web, f"http://{host}/news/rss")
    assert feed.header("Content-Type") == "application/rss+xml; charset=utf-8"
    assert b"/news/tottenham-hale-gets-new-cameras" in feed.body


def test_certification_only_in_front_matter_and_spoc_in_constitution(web: Heldback123Web, truth: dict) -> None:
    host = "www.wigan.gov.uk"
    pg = "/Resident/Crime-Emergencies/Closed-Circuit-Television.aspx"
    code = "/Docs/PDF/Resident/Crime-Emergencies/CCTV-Code-of-Practice.pdf"
    assert "step 2" not in _html(web, host, pg).lower() and "<img" not in _html(web, host, pg)
    text = _text(web, host, code)
    assert text.index("(step 2)") < text.index("1. Introduction")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2018-03" and _paths(d["5.2"]["evidence"]) == {code}
    dele = "/council-and-democracy/constitution/part-3-officer-delegations"
    assert _linking(web, host, f"http://{host}{dele}") == {f"http://{host}/council-and-democracy/constitution"}
    assert "single point of contact" not in _html(web, host, pg)
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {dele}
    assert d["5.3"]["spoc"]["email"] == "surveillance.cameras@wigan.example.gov.uk"


def test_meta_refresh_stub_windows_1252_page_and_rtf_agreement(web: Heldback123Web, truth: dict) -> None:
    host = "www.herefordshire.gov.uk"
    pg = "/info/200148/your_council/1284/cctv"
    stub = _html(web, host, "/cctv")
    assert '<meta http-equiv="refresh" content="0; url=' + pg + '">' in stub and "<h1>" not in stub
    assert _linking(web, host, f"http://{host}{pg}") == {f"http://{host}/cctv"}
    r = _render(web, f"http://{host}{pg}")
    assert r.status == 200 and r.header("Content-Type") == "text/html"
    assert b"charset=windows-1252" in r.body and b"\x92" in r.body and b"\xa385" in r.body
    with pytest.raises(UnicodeDecodeError):
        r.body.decode("utf-8")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "West Mercia"
    assert doc["url"].endswith(".rtf") and _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    rtf = _render(web, doc["url"])
    assert rtf.header("Content-Type") == "application/rtf" and rtf.body.startswith(b"{\\rtf1")
    assert b"Signed for and on behalf of West Mercia Police" in rtf.body


def test_cookie_banner_links_answer_302_and_county_publishes_nothing(web: Heldback123Web, truth: dict) -> None:
    host = "www.oxfordshire.gov.uk"
    foi = "/council/freedom-of-information/disclosure-log/foi-2024-3318"
    for path in ("/", foi):
        assert 'class="cookie-consent"' in _html(web, host, path)
    link = f"http://{host}/cookie-preferences?accept=all&return={foi}"
    assert link in _links(web, host, foi)
    r = _render(web, link)
    assert r.status == 302 and r.header("Location") == f"http://{host}{foi}"
    csv = _render(web, f"http://{host}/sites/default/files/file/transparency/contracts-register-2025-q2.csv")
    assert csv.header("Content-Type") == "text/csv; charset=utf-8" and b"CCTV maintenance" in csv.body


def test_hreflang_alternates_noindex_faq_and_welsh_twin(web: Heldback123Web, truth: dict) -> None:
    host = "www.swansea.gov.uk"
    head = _html(web, host, "/cctv").split("</head>", 1)[0]
    assert f'<link rel="alternate" hreflang="cy" href="http://{host}/teledu-cylch-cyfyng">' in head
    assert '<meta name="robots" content="noindex">' in _html(web, host, "/cctvfaqs")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/teledu-cylch-cyfyng" in d["5.1"]["pages"]
    assert _paths(d["5.3"]["evidence"]) == {"/cctvfaqs"} and d["5.3"]["spoc"]["phone"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert '<html lang="cy">' in _html(web, host, "/teledu-cylch-cyfyng")


def test_search_answers_429_and_one_fact_in_service_plan(web: Heldback123Web, truth: dict) -> None:
    host = "www.basingstoke.gov.uk"
    r = _render(web, f"http://{host}/search?q=cctv")
    assert r.status == 429 and r.header("Retry-After") == "120"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}/content/doclib/1187.pdf"]


def test_news_story_only_in_rss_feed(web: Heldback123Web, truth: dict) -> None:
    host = "www.rother.gov.uk"
    story = f"http://{host}/news/2025/fairlight-parish-cameras"
    feed = _render(web, f"http://{host}/feed")
    assert feed.status == 200 and feed.header("Content-Type") == "application/rss+xml; charset=utf-8"
    assert story.encode() in feed.body
    assert _linking(web, host, story) == set()


def test_camera_counts_in_csv_and_agreement_deep_in_strategy(web: Heldback123Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    csvp = "/wp-content/uploads/2025/04/cctv-camera-sites.csv"
    r = _render(web, f"http://{host}{csvp}")
    assert r.header("Content-Type") == "text/csv; charset=utf-8" and b"Total,,669," in r.body
    assert _linking(web, host, f"http://{host}{csvp}") == {f"http://{host}/your-council/open-data"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["cameras"] and f"http://{host}{csvp}" in d["5.1"]["pages"]
    assert "669" not in _main(web, host, "/community/community-safety/public-space-cctv")
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Signed for Essex Police") > 0.8 * len(text) and doc["signed"]


def test_one_fact_deep_in_budget_book(web: Heldback123Web, truth: dict) -> None:
    host = "www.melton.gov.uk"
    book = "/media/5120/budget-book-2025-26.pdf"
    text = _text(web, host, book)
    assert text.index("Harborough District Council") > 0.6 * len(text)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert [k for k, v in d51["criteria"].items() if v] == ["operator"] and d51["pages"] == [f"http://{host}{book}"]


def test_overview_reachable_only_by_breadcrumb(web: Heldback123Web, truth: dict) -> None:
    host = "www.derbyshiredales.gov.uk"
    ov = f"http://{host}/community-safety/cctv"
    req = f"{ov}/request-cctv-footage"
    assert _linking(web, host, ov) == {req}
    crumbs = _html(web, host, "/community-safety/cctv/request-cctv-footage").split('aria-label="Breadcrumb">', 1)[1]
    assert crumbs.split("</nav>", 1)[0].count('href="/community-safety/cctv"') == 1
    assert _linking(web, host, req) == {f"http://{host}/a-z", ov}
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {"/community-safety/cctv"}


def test_documents_subdomain_holds_spoc_and_signed_protocol(web: Heldback123Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    docs = "documents.sevenoaks.gov.uk"
    assert docs in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).hostname for e in d["5.3"]["evidence"] + d["5.5"]["evidence"]} == {docs}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-and-living/community-safety/cctv"}
    assert "single point of contact" not in _html(web, host, "/community-and-living/community-safety/cctv")


def test_legacy_page_with_odt_policy_and_magazine(web: Heldback123Web, truth: dict) -> None:
    host = "www.tandridge.gov.uk"
    site = web.sites[host]
    assert site.search is None
    pg = "/YourCouncil/DataProtectionFreedomofInformation/CCTV.htm"
    assert '<main id="main">' not in _html(web, host, pg)
    r = _render(web, f"http://{host}/Documents/CCTV/CCTV-policy.odt")
    assert r.header("Content-Type") == "application/vnd.oasis.opendocument.text"
    with zipfile.ZipFile(io.BytesIO(r.body)) as z:
        assert z.namelist()[0] == "mimetype" and z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}{pg}"] and d["5.3"]["status"] == "not_met"
    assert "parish council" in _text(web, host, "/Documents/Magazine/tandridge-magazine-spring-2025.pdf")


def test_one_fact_in_car_parks_csv_and_committee_papers(web: Heldback123Web, truth: dict) -> None:
    host = "www.gravesham.gov.uk"
    csvp = f"http://{host}/downloads/file/1422/car-parks.csv"
    assert _render(web, csvp).header("Content-Type") == "text/csv; charset=utf-8"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [csvp]
    assert "draft surveillance camera code" in _main(web, "democracy.gravesham.gov.uk", "/mgAi.aspx?ID=35193")


def test_step_2_only_in_large_print_word_version(web: Heldback123Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    pg = "/communities/community-safety/cctv/cctv-in-chelmsford"
    html = _html(web, host, pg)
    assert '<img src="/images/sc-code-mark.png" alt="">' in html and "step 2" not in html.lower()
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    r = _render(web, ev["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2019"
    assert d["5.5"]["status"] == "not_met" and "partnership with Essex Police" in _main(web, host, pg)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback123Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.oxfordshire.gov.uk", "www.rother.gov.uk", "www.westdevon.gov.uk"})
    assert "Okehampton Town Council" in _text(
        web, "www.westdevon.gov.uk", "/media/2231/west-devon-budget-book-2025-26.pdf"
    )
