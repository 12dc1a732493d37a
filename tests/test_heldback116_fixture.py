"""The hundred-and-sixteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 101 to 115; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (an events calendar whose next-month links run
for twenty years in two views; a signed agreement whose signatures come on the last page after six appendices; print
and e-mail copies of every page; a camera role that oversees every system but is never called the single point of
contact; a policy and DPIA reachable only through a documents library of opaque file names; a policy reachable only
through a faceted finder; a Welsh-first site whose English page is a summary, with retention, signs and a step 2
claim only in Welsh and a signature block naming South Wales Constabulary; a soft 404; session ids in every link; a
search that ignores the query; a search that needs a POST; a search that shows snippets without links; a lapsed step
1 certificate; a signed Word protocol linked only as 'Download (DOCX, 48 KB)'; WordPress shortlinks; a draft
unsigned partnership agreement; a step 2 claim only in a dated timeline; a SPOC only in an organisation chart; a
section index answering 503 with a maintenance banner; one-fact councils; councils that publish nothing).
"""

from __future__ import annotations

import io
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

from fixtures.heldback.truth import link_graph
from fixtures.heldback116.truth import TRUTH_PATH
from fixtures.heldback116.web import Heldback116Web


@pytest.fixture(scope="module")
def web() -> Heldback116Web:
    return Heldback116Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_real_councils_none_from_sets_101_to_115(web: Heldback116Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 116)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_calendar_trap_and_signatures_after_the_appendices(web: Heldback116Web, truth: dict) -> None:
    from pypdf import PdfReader

    host = "www.hounslow.gov.uk"
    assert "http://www.hounslow.gov.uk/whats-on/events?month=2026-05" in _links(web, host, "/whats-on")
    seen, url = 0, "/whats-on/events?month=2026-05"
    while True:
        seen += 1
        nxt = [u for u in _links(web, host, url) if "month=" in u and "view=list" not in u]
        later = [u for u in nxt if u.split("month=")[1] > url.split("month=")[1]]
        if not later:
            break
        url = urlsplit(later[0]).path + "?" + urlsplit(later[0]).query
    assert seen >= 100 and url.endswith("2035-12")
    graph = link_graph(web, web.sites[host])
    assert sum("/whats-on/events?" in u for u in graph) == 480
    a = _auth(truth, host)
    (doc,) = a["deliverables"]["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    pages = PdfReader(io.BytesIO(_render(web, doc["url"]).body)).pages
    texts = [pg.extract_text() or "" for pg in pages]
    assert len(pages) >= 5
    assert "Metropolitan Police Service" in texts[-1] and "Signed for and on behalf" in texts[-1]
    assert not any("Signed for and on behalf" in t for t in texts[:-1])
    assert any("Appendix F" in t for t in texts[:-1])
    assert a["deliverables"]["5.3"]["status"] == "partial" and a["deliverables"]["5.3"]["spoc"]["phone"]
    assert a["oracle_fetches"] < 10


def test_print_and_share_copies_and_a_role_never_called_spoc(web: Heldback116Web, truth: dict) -> None:
    host = "www.sheffield.gov.uk"
    pg = "/your-city-council/cctv-body-worn-video"
    links = _links(web, host, pg)
    assert f"http://{host}{pg}?print=1" in links and any("/share?page=" in u for u in links)
    assert "kept for 14 days" in _text(web, host, f"{pg}?print=1")
    graph = link_graph(web, web.sites[host])
    assert sum(u.endswith("?print=1") for u in graph) >= 100 and sum("/share?" in u for u in graph) >= 100
    role = f"{pg}/who-looks-after-our-cameras"
    assert "single point of contact" not in _main(web, host, role).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and _paths(d["5.3"]) == {role}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_policy_only_in_a_library_of_opaque_names(web: Heldback116Web, truth: dict) -> None:
    host = "www.brighton-hove.gov.uk"
    d = _auth(truth, host)["deliverables"]
    pdfs = {u for u in d["5.1"]["pages"] if u.endswith(".pdf")}
    assert len(pdfs) == 2
    for u in pdfs:
        assert _linking(web, host, u) == {f"http://{host}/documents?page=4"}
        assert re.fullmatch(r"doc\d{5}\.pdf", u.rsplit("/", 1)[-1])
    listing = _html(web, host, "/documents?page=4")
    assert ">doc31877.pdf</a>" in listing and "policy" not in _main(web, host, "/documents?page=4").lower()
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {"/sites/default/files/documents/doc31877.pdf"}
    assert "/about-website/" in d["5.1"]["pages"][0]


def test_policy_only_through_a_faceted_finder(web: Heldback116Web, truth: dict) -> None:
    host = "www.cambridgeshire.gov.uk"
    pol = f"http://{host}/council-and-democracy/policies-and-plans/surveillance-camera-systems-policy"
    parents = _linking(web, host, pol)
    assert parents and all("/find-a-policy?topic=" in u and "&sort=" in u and "&page=" in u for u in parents)
    graph = link_graph(web, web.sites[host])
    assert sum("/find-a-policy?" in u for u in graph) >= 60
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "not_met"


def test_welsh_first_with_english_summary_and_former_force_name(web: Heldback116Web, truth: dict) -> None:
    host = "valeofglamorgan.gov.uk"
    assert '<html lang="cy">' in _html(web, host, "/")
    en = "/en/living/safer-vale/cctv"
    cy = "/cy/byw/bro-ddiogelach/teledu-cylch-cyfyng"
    main_en, main_cy = _main(web, host, en), _main(web, host, cy)
    assert "31" not in main_en and "step 2" not in main_en.lower() and "sign" not in main_en.lower()
    assert "31 diwrnod" in main_cy and "cam 2" in main_cy
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert _paths(d["5.2"]) == {cy}
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert doc["signed"] and doc["force"] == "South Wales"
    assert (
        "Signed on behalf of South Wales Constabulary" in text and "Signed on behalf of South Wales Police" not in text
    )


def test_soft_404_session_ids_and_post_search(web: Heldback116Web) -> None:
    r = _render(web, "http://www.fdean.gov.uk/cctv")
    assert r.status == 200 and "Page not found" in r.body.decode()
    home = _html(web, "www.ne-derbyshire.gov.uk", "/")
    hrefs = re.findall(r'href="(/[^"]*)"', home)
    assert hrefs and all(";jsessionid=" in h for h in hrefs)
    site = web.sites["www.ne-derbyshire.gov.uk"]
    assert len(link_graph(web, site)) > len(site.pages) + 30
    assert 'method="post" role="search"' in _html(web, "www.maldon.gov.uk", "/")
    assert "could not be completed" in _main(web, "www.maldon.gov.uk", "/search?q=cctv")


def test_search_ignoring_the_query_and_one_fact_in_partnership_report(web: Heldback116Web, truth: dict) -> None:
    host = "www.blaby.gov.uk"
    a1, a2 = _links(web, host, "/search?q=cctv"), _links(web, host, "/search?q=council+tax")
    assert a1 == a2
    assert len(re.findall(r"<li>", _html(web, host, "/search?q=cctv").split('class="results"')[1])) == 40
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["statistics"]
    assert d51["pages"] == [
        f"http://{host}/living-here/community-safety/community-safety-partnership/annual-report-2024-25"
    ]


def test_lapsed_certificate_and_word_protocol_behind_a_bare_link(web: Heldback116Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "lapsed" in _main(web, host, "/cctv") and "<img" not in _html(web, host, "/cctv")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex"
    assert f'<a href="{urlsplit(doc["url"]).path}">Download (DOCX, 48 KB)</a>' in _html(web, host, "/cctv")
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").endswith("wordprocessingml.document")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("community@")


def test_wordpress_shortlinks_and_draft_agreement(web: Heldback116Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    pg = "/community-safety/cctv"
    short = [u for u in _links(web, host, pg) if "/?p=" in u]
    assert len(short) == 1
    assert "Abingdon" in _text(web, host, urlsplit(short[0]).path + "?" + urlsplit(short[0]).query)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and doc["force"] == "Thames Valley"
    assert "Signed ......" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "not_met" and "mailto:" not in _html(web, host, pg)


def test_snippet_search_and_one_fact_on_a_leisure_centre_page(web: Heldback116Web, truth: dict) -> None:
    host = "www.southnorfolkandbroadland.gov.uk"
    results = _html(web, host, "/search?q=camera").split('class="results"')[1].split("</ol>")[0]
    assert "Wymondham Leisure Centre" in results and "<a " not in results
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]


def test_step_2_only_in_a_timeline(web: Heldback116Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    ms = "/council/use-cctv/cctv-milestones"
    assert '<ol class="timeline">' in _html(web, host, ms) and '<time datetime="2017-03">' in _html(web, host, ms)
    assert "step 2" not in _main(web, host, "/council/use-cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2017-03" and _paths(d["5.2"]) == {ms}
    assert d["5.5"]["status"] == "not_met" and "Tunbridge Wells" in _text(
        web, host, "/media/1780/CCTV-code-of-practice.pdf"
    )


def test_spoc_only_in_an_organisation_chart(web: Heldback116Web, truth: dict) -> None:
    host = "www.threerivers.gov.uk"
    team = "/community-safety/our-team"
    assert '<div class="org-chart">' in _html(web, host, team)
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {team}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_section_under_maintenance_and_one_fact_from_the_a_to_z(web: Heldback116Web, truth: dict) -> None:
    host = "www.midsussex.gov.uk"
    r = _render(web, f"http://{host}/environment-and-streets")
    assert r.status == 503 and r.header("Retry-After")
    assert 'class="site-alert"' in _html(web, host, "/") and 'class="site-alert"' in _html(web, host, "/a-z")
    wc = f"http://{host}/environment-and-streets/public-toilets"
    assert f"http://{host}/a-z" in _linking(web, host, wc)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [wc]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback116Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.fdean.gov.uk", "www.ne-derbyshire.gov.uk", "www.maldon.gov.uk"})
    assert "facial recognition" in _main(web, "www.maldon.gov.uk", "/news/2026/essex-police-facial-recognition")
