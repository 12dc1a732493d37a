"""The hundred-and-fifteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows, none is in sets 100 to 114; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served: a news listing whose ?topic=&sort=&year=&page=
filters multiply addresses (twice); an officer designated to oversee every camera system without the words 'single
point of contact'; a maintenance banner on every page; an A to Z entry to an old address answering a 200 soft 404;
a SPOC only in an organisation chart of nested lists; a site search that answers every query with the same 40
unrelated pages (twice); print and share copies of every page; a search form that posts, a GET search answering only
'use the search box' (twice); a Welsh-first site whose English page is a summary under a Welsh-only heading, with
figures only in Welsh; a signed Word memorandum linked only as 'Download (DOCX, 41 KB)'; a signed agreement whose
signatures come on the last page after four appendices; a what's-on calendar running month after month to 2040; a
lapsed step 1 certificate stated on the page; soft 404s after a redesign with an old story linking the old address;
figures only in a community safety partnership's annual report page; a councils' shared service agreement that is
not a police agreement; a documents library of opaque names holding the code (with the SPOC) and a signed protocol;
step 2 only as a dated line in a timeline; a signed agreement with a neighbouring force only (not the register's);
a project's 'senior responsible owner'; a translate bar making ?lang= copies of every page; one-fact councils on a
leisure centre and a public toilets page; and councils that publish nothing but carry look-alikes.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import parse_qs, urlsplit

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

from fixtures.heldback.truth import link_graph
from fixtures.heldback115.truth import TRUTH_PATH
from fixtures.heldback115.web import Heldback115Web


@pytest.fixture(scope="module")
def web() -> Heldback115Web:
    return Heldback115Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _graph(web: Heldback115Web, host: str) -> dict[str, list[str]]:
    return link_graph(web, web.sites[host])


def test_real_councils_none_from_sets_100_to_114(web: Heldback115Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 115)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_faceted_news_multiplies_addresses_and_spoc_without_the_phrase(web: Heldback115Web, truth: dict) -> None:
    host = "www.camden.gov.uk"
    graph = _graph(web, host)
    facets = [u for u in graph if urlsplit(u).path == "/news" and urlsplit(u).query]
    assert len(facets) > 100
    assert {k for u in facets for k in parse_qs(urlsplit(u).query, keep_blank_values=True)} == {
        "topic",
        "sort",
        "year",
        "page",
    }
    d = _auth(truth, host)["deliverables"]
    gov = "/cctv/who-looks-after-our-cameras"
    main = _main(web, host, gov).lower()
    assert "single point of contact" not in main and "designated to oversee every surveillance camera system" in main
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {gov}
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-07" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    lfr = "http://www.camden.gov.uk/news/lfr-camden-town"
    assert lfr in graph and lfr not in {e["url"] for k in d for e in d[k]["evidence"]}
    assert "facial recognition" in _main(web, host, "/news/lfr-camden-town")


def test_banner_soft_404_and_spoc_in_organisation_chart(web: Heldback115Web, truth: dict) -> None:
    host = "www.dudley.gov.uk"
    pg = "/council-community/community-advice/cctv-use-in-the-dudley-borough/"
    for path in (pg, "/council-tax", "/"):
        assert '<div class="service-status" role="alert">Essential maintenance' in _html(web, host, path), path
    a_z = _links(web, host, "/a-z")
    old = f"http://{host}/cctv-in-dudley/"
    assert old in a_z and f"http://{host}{pg}" not in a_z
    r = _render(web, old)
    assert r.status == 200 and b"Page not found" in r.body
    org = f"{pg}who-runs-the-service/"
    assert '<div class="org-chart"><ul><li>Director of Public Realm<ul><li>Head of Community Safety' in _html(
        web, host, org
    )
    assert "single point of contact" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {org}
    assert d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_search_ignoring_the_query(web: Heldback115Web, truth: dict) -> None:
    for host in ("www.wokingham.gov.uk", "www.n-kesteven.gov.uk"):
        a = _render(web, f"http://{host}/search?q=cctv").body.decode()
        b = _render(web, f"http://{host}/search?q=council+tax").body.decode()
        assert "40 results for" in a
        hits = re.findall(r'<ol class="results">(.*?)</ol>', a)
        assert hits and hits == re.findall(r'<ol class="results">(.*?)</ol>', b)
        assert not re.search(r"(?i)cctv|camera", hits[0]), host
    fact = "/leisure/sleaford-leisure-centre"
    pages = [_render(web, f"http://www.n-kesteven.gov.uk/search?q=cctv&page={n}").body.decode() for n in range(1, 5)]
    assert not any(fact in pg for pg in pages)


def test_print_and_share_copies_and_post_search(web: Heldback115Web, truth: dict) -> None:
    host = "www.hertfordshire.gov.uk"
    graph = _graph(web, host)
    prints = [u for u in graph if urlsplit(u).query == "print=1"]
    shares = [u for u in graph if urlsplit(u).path == "/share"]
    assert len(prints) > 100 and len(shares) > 100 and len(graph) > 3 * len(web.sites[host].pages) - 30
    for h in (host, "www.babergh.gov.uk"):
        assert 'method="post" role="search"' in _html(web, h, "/")
        field = web.sites[h].search[1]  # type: ignore[index]
        assert "could not be completed" in _render(web, f"http://{h}/search?{field}=cctv").body.decode()
    assert _auth(truth, "www.babergh.gov.uk")["deliverables"]["5.1"]["status"] == "met"


def test_welsh_first_site_with_english_summary(web: Heldback115Web, truth: dict) -> None:
    host = "www.wrexham.gov.uk"
    home = _html(web, host, "/")
    assert home.startswith('<!DOCTYPE html><html lang="cy">') and f"http://{host}/en" in _links(web, host, "/")
    en = "/en/services/teledu-cylch-cyfyng"
    cy = "/gwasanaethau/teledu-cylch-cyfyng"
    assert "<h1>Teledu cylch cyfyng</h1>" in _html(web, host, en)
    assert len(_main(web, host, en)) < len(_main(web, host, cy)) + 400
    d = _auth(truth, host)["deliverables"]
    assert web.sites[host].labels["5.1"]["crits"]["statistics"][0] == cy and d["5.1"]["criteria"]["statistics"]
    assert "611" in _main(web, host, cy) and "611" not in _main(web, host, en)
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_signed_word_memorandum_linked_only_as_download(web: Heldback115Web, truth: dict) -> None:
    host = "www.newcastle-staffs.gov.uk"
    pg = "/community-safety/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Staffordshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    html = _html(web, host, pg)
    assert f'<a href="{urlsplit(doc["url"]).path}">Download (DOCX, 41 KB)</a>' in html
    main = _main(web, host, pg).lower()
    assert "memorandum" not in main and "agreement" not in main and "staffordshire police" not in main
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Signed for and on behalf of Staffordshire Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_signatures_on_the_last_page_after_appendices(web: Heldback115Web, truth: dict) -> None:
    host = "www.westoxon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley" and doc["date"] == "2024-12-09"
    body = _render(web, doc["url"]).body
    assert len(re.findall(rb"/Type /Page\b", body)) >= 4
    text = _text(web, host, urlsplit(doc["url"]).path)
    for appendix in ("Appendix A", "Appendix B", "Appendix C", "Appendix D"):
        assert text.index(appendix) < text.index("Signed for and on behalf of"), appendix
    assert d["5.3"]["status"] == "not_met"


def test_endless_calendar_and_lapsed_step_1(web: Heldback115Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    graph = _graph(web, host)
    months = {
        parse_qs(urlsplit(u).query)["month"][0]
        for u in graph
        if urlsplit(u).path == "/whats-on/calendar" and urlsplit(u).query
    }
    assert "2040-12" in months and "2015-01" in months and len(months) == 26 * 12
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-05"
    assert not d["5.2"]["mark_displayed"] and "lapsed" in _main(web, host, "/community/community-safety/cctv")
    assert d["5.3"]["status"] == "partial"


def test_soft_404s_partnership_report_and_councils_agreement(web: Heldback115Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    old = f"http://{host}/residents/community-safety/public-space-cctv/"
    assert _linking(web, host, old) == {f"http://{host}/news/kirkby-cameras-upgrade-2021"}
    r = _render(web, old)
    assert r.status == 200 and b"Page not found" in r.body
    assert b"Page not found" in _render(web, f"http://{host}/cctv").body  # a guessed address is a soft 404 too
    d = _auth(truth, host)["deliverables"]
    rep = f"http://{host}/community-safety/safer-ashfield-partnership/annual-report-2024-25"
    assert [e["url"] for e in d["5.1"]["evidence"] if "1,764" in e["quote"]] == [rep]
    assert "shared service agreement" in _main(web, host, "/community-safety/cctv")
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "not_met"


def test_opaque_documents_library_and_timeline(web: Heldback115Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    lib = f"http://{host}/downloads/20044/documents"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    code = f"http://{host}/downloads/file/11907/doc11907"
    for url in (doc["url"], code):
        assert _linking(web, host, url) == {lib} and _no_extension(url)
        r = _render(web, url)
        assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    library = _main(web, host, "/downloads/20044/documents")
    assert "doc12345" in library and "protocol" not in library.lower() and "code" not in library.lower()
    assert doc["signed"] and doc["force"] == "Norfolk"
    assert {e["url"] for e in d["5.3"]["evidence"]} == {code}
    story = "/info/20088/community_safety/302/our_cctv_story"
    assert '<ol class="timeline">' in _html(web, host, story)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018"
    assert {e["url"] for e in d["5.2"]["evidence"]} == {f"http://{host}{story}"}


def test_agreement_with_neighbouring_force_only(web: Heldback115Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    met_isa = "/sites/default/files/2024-09/waltham-cross-met-isa-signed.pdf"
    text = _text(web, host, met_isa)
    assert "Signed for the Metropolitan Police Service" in text and "Hertfordshire" not in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert all(urlsplit(e["url"]).path != met_isa for e in d["5.5"]["evidence"])
    sro = "/resident-community-and-living/closed-circuit-television-cctv/hoddesdon-town-centre-cctv-project"
    assert "senior responsible owner" in _main(web, host, sro)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_translate_bar_copies(web: Heldback115Web) -> None:
    host = "www.midsuffolk.gov.uk"
    graph = _graph(web, host)
    langs = Counter(urlsplit(u).query for u in graph if urlsplit(u).query.startswith("lang="))
    assert set(langs) == {"lang=pl", "lang=ro", "lang=lt", "lang=pt"} and min(langs.values()) > 100


def test_one_fact_councils(web: Heldback115Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.n-kesteven.gov.uk", "cameras", "/leisure/sleaford-leisure-centre"),
        ("www.midsuffolk.gov.uk", "cameras", "/w/public-toilets"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback115Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.wokingham.gov.uk", "www.hertfordshire.gov.uk", "www.scambs.gov.uk"})
    graph = _graph(web, "www.scambs.gov.uk")
    assert len([u for u in graph if urlsplit(u).path == "/news" and urlsplit(u).query]) > 100
