"""The 286th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: site searches that answer oddly (a first results page
empty in the HTML with the ranking from page 2; a default date filter; a script-only search with a noscript plain
list; a search that lists only documents; a search that answers with RSS; onward pages only by <link rel="next"> and
a script button; results inside an inert <template>; results inside an iframe); privacy notices that carry the
camera information and the SPOC (a processing table with an accountability section; a bilingual notice with a
text-only copy; the last section of a long notice; a Word notice behind a stub page; a step 2 claim only in a
notice); a signed agreement as a text/plain file; a signed memorandum beside a superseded draft in a collapsed
versions table; an e-signature record; a draft protocol in Cabinet papers; one-fact councils; and councils that
publish nothing but carry look-alikes.
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback286.truth import TRUTH_PATH
from fixtures.heldback286.web import Heldback286Web


@pytest.fixture(scope="module")
def web() -> Heldback286Web:
    return Heldback286Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(urls: list[str]) -> set[str]:
    return {urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in urls}


def test_fresh_councils(web: Heldback286Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 286)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_first_results_page_empty_ranking_from_page_2(web: Heldback286Web, truth: dict) -> None:
    host = "www.hillingdon.gov.uk"
    page = "/safer-hillingdon/cctv-hillingdon"
    first = _html(web, host, "/search?q=cctv")
    assert '<ol class="results"></ol>' in first and 'class="promoted-results"' in first
    assert f'href="{page}"' not in first and "page=2" in first
    assert f'href="{page}"' in _html(web, host, "/search?q=cctv&page=2")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{page}"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_date_filtered_search_and_step_1_on_a_page_not_titled_cctv(web: Heldback286Web, truth: dict) -> None:
    host = "www.dacorum.gov.uk"
    page = "/home/community-safety/community-control-centre"
    first = _html(web, host, "/search?q=cctv")
    assert "last 12 months" in first and f'href="{page}"' not in first and "date=any" in first
    assert f'href="{page}"' in _html(web, host, "/search?q=cctv&date=any")
    assert "CCTV" not in _html(web, host, page).split("<h1>", 1)[1].split("</h1>", 1)[0]
    assert "<img" not in _main(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_script_only_search_with_noscript_list_and_nothing_published(web: Heldback286Web, truth: dict) -> None:
    host = "www.kent.gov.uk"
    shell = _html(web, host, "/search?q=cameras")
    outside = re.sub(r"<noscript>.*?</noscript>", "", shell, flags=re.S)
    assert 'id="search-app"' in shell and "/search/basic?q=cameras" not in outside
    assert "/search/basic?q=cameras" in shell.split("<noscript>", 1)[1]
    plain = _links(web, host, "/search/basic?q=cameras")
    assert f"http://{host}/roads-and-travel/safety-cameras" in plain
    assert not _auth(truth, host)["heldback"]["a_z"]


def test_search_lists_only_documents(web: Heldback286Web, truth: dict) -> None:
    host = "www.bedford.gov.uk"
    html = _html(web, host, "/search?keys=cctv")
    results = re.findall(r'<ol class="document-results">(.*?)</ol>', html, flags=re.S)[0]
    hrefs = re.findall(r'href="([^"]+)"', results)
    assert "/downloads/file/2197/cctv-code-of-practice" in hrefs
    for href in hrefs:
        assert _render(web, f"http://{host}{href}").header("Content-Type") == "application/pdf", href
    assert "/environmental-issues/community-safety/cctv" not in html
    code = _render(web, f"http://{host}/downloads/file/2197/cctv-code-of-practice")
    assert "filename=" in (code.header("Content-Disposition") or "")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["standards"] and d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_search_answers_with_rss_and_one_fact(web: Heldback286Web, truth: dict) -> None:
    host = "www.derbyshiredales.gov.uk"
    r = _render(web, f"http://{host}/search?searchword=cameras")
    assert (r.header("Content-Type") or "").startswith("application/rss+xml") and b"<rss" in r.body
    assert f"<link>http://{host}/parking/matlock-bath/station-car-park</link>".encode() in r.body
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]


def test_next_page_only_in_head_link_and_signed_agreement_as_plain_text(web: Heldback286Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    page = "/community-safety/cctv"
    first = _html(web, host, "/search?q=cctv")
    head = first.split("</head>", 1)[0]
    assert '<link rel="next" href="/search?q=cctv&amp;start=5">' in head
    assert 'class="pager"' not in first and 'class="load-more"' in first and f'href="{page}"' not in first
    assert f'href="{page}"' in _html(web, host, "/search?q=cctv&start=5")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley" and doc["url"].endswith(".txt")
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("text/plain") and b"Signed for Thames Valley Police" in r.body
    assert _linking(web, host, doc["url"]) == {f"http://{host}{page}"}


def test_results_only_in_template_or_iframe(web: Heldback286Web, truth: dict) -> None:
    html = _html(web, "www.hastings.gov.uk", "/search?q=cameras")
    outside = re.sub(r"<template.*?</template>", "", html, flags=re.S)
    assert "FOI201408" in html and "FOI201408" not in outside
    frame = _html(web, "crawley.gov.uk", "/search?q=cameras")
    assert '<iframe src="/search/results?q=cameras"' in frame and "/news/camera-network-goes-digital" not in frame
    assert "/news/camera-network-goes-digital" in _html(web, "crawley.gov.uk", "/search/results?q=cameras")


def test_bilingual_privacy_notice_with_spoc_text_only_copy_and_welsh_alt(web: Heldback286Web, truth: dict) -> None:
    host = "www.conwy.gov.uk"
    notice = "/en/Council/Access-to-Information/Privacy-Notices/CCTV-Public-Space-Privacy-Notice.aspx"
    assert "single point of contact" in _main(web, host, notice)
    text_only = _html(web, host, f"{notice}?ContensisTextOnly=true")
    assert '<main id="main">' not in text_only and "single point of contact" in text_only
    assert f"http://{host}{notice}?ContensisTextOnly=true" in _links(web, host, notice)
    cctv = "/en/Resident/Crime-and-emergencies/Crime/CCTV.aspx"
    assert 'alt="Marc ardystio Comisiynydd Camerâu Gwyliadwriaeth"' in _html(web, host, cctv)
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    d = _auth(truth, host)["deliverables"]
    assert any("/cy/" in u for u in d["5.1"]["pages"])
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-11" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {notice}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_disclosure_only_in_a_privacy_notice_processing_table(web: Heldback286Web, truth: dict) -> None:
    host = "www.solihull.gov.uk"
    notice = "/About-the-Council/Data-protection/Privacy-notices/Public-realm-CCTV"
    html = _html(web, host, notice)
    assert '<th scope="col">Processing activity</th>' in html and "<h2>Accountability</h2>" in html
    assert "single point of contact" in html.split("<h2>Accountability</h2>", 1)[1].split("<h2>", 1)[0]
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.1"]["pages"]) == {notice}
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"
    assert "Data Protection Act 1998" in _main(web, host, "/benefits/cctvprocedures_1249.htm")


def test_spoc_in_last_section_of_long_notice_and_e_signed_agreement(web: Heldback286Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    notice = "/info/20034/data_protection/395/cctv_privacy_notice"
    sections = re.findall(r"<h2>(.*?)</h2>", _main_html(web, host, notice))
    assert len(sections) >= 9 and sections[-1] == "Who is responsible for our cameras"
    assert "single point of contact" not in _main(web, host, "/info/20029/community_safety/381/cctv")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert "Signed electronically for Kent Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == "not_met"


def _main_html(web: Heldback286Web, host: str, path: str) -> str:
    return _html(web, host, path).split('<main id="main">', 1)[1].split("</main>", 1)[0]


def test_word_privacy_notice_behind_a_stub(web: Heldback286Web, truth: dict) -> None:
    host = "www.eastleigh.gov.uk"
    word = "/media/8812/cctv-privacy-notice.docx"
    r = _render(web, f"http://{host}{word}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "single point of contact" in _text(web, host, word)
    assert "single point of contact" not in _main(web, host, "/our-community/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {word}
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_step_2_only_in_privacy_notice_and_draft_protocol_in_cabinet_papers(web: Heldback286Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    assert "step 2" not in _main(web, host, "/info-pages/cctv/")
    assert "step 2 certificate" in _main(web, host, "/privacy/cctv-privacy-notice/")
    assert _main(web, host, "/info-pages/cctv/?question=5594-2") == _main(web, host, "/info-pages/cctv/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and urlsplit(doc["url"]).hostname == "democracy.thanet.gov.uk"
    assert _linking(web, host, doc["url"]) == {"http://democracy.thanet.gov.uk/mgAi.aspx?ID=43104"}
    assert not d["5.1"]["criteria"]["police_agreement"]


def test_signed_memorandum_beside_superseded_draft_in_collapsed_table(web: Heldback286Web, truth: dict) -> None:
    host = "www.cheltenham.gov.uk"
    page = "/info/16/community_safety/512/public_realm_cctv"
    details = _html(web, host, page).split("<details>", 1)[1].split("</details>", 1)[0]
    d = _auth(truth, host)["deliverables"]
    docs = d["5.5"]["documents"]
    assert sorted((x["signed"], x["draft"]) for x in docs) == [(False, True), (True, False)]
    for x in docs:
        assert urlsplit(x["url"]).path in details
    assert d["5.5"]["status"] == "met" and d["5.3"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    assert d["5.1"]["criteria"]["self_assessment"]


def test_one_fact_on_help_points_page_without_search(web: Heldback286Web, truth: dict) -> None:
    host = "www.melton.gov.uk"
    a = _auth(truth, host)
    assert not a["heldback"]["search"] and a["heldback"]["democracy_host"] == "democracy.melton.gov.uk"
    d51 = a["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert _paths(d51["pages"]) == {"/community-and-living/safer-communities/help-points"}


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback286Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.kent.gov.uk", "www.hastings.gov.uk", "crawley.gov.uk"})
    assert "approved devices" in _main(web, "www.kent.gov.uk", "/roads-and-travel/moving-traffic-enforcement")
