"""The 117th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in the last fifteen sets (102 to 116); the labelling rules hold
with the intended tallies; and the structures the set is built from are really served (print, email and ?lang=
duplicates of every page; an agreement whose signatures come only after six appendices; a search box that only
posts; documents only in a library of opaque doc numbers, one holding the SPOC in its roles section; a faceted news
listing; a step 2 claim only as a dated timeline line; a SPOC only in an organisation chart; soft 404s and a
maintenance page; a Welsh-first site whose English CCTV page is a summary, with the certification only in Welsh; a
partnership annual report page holding retention and disclosure; a draft Word agreement; a what's-on calendar of
twenty years of months; a search listing forty unrelated pages first; a code only as an undescribed Word
download; an accountable officer never called a single point of contact; a signed agreement with a neighbouring
force only; a signature block naming the force by its older title; a lapsed step 1 certificate; a search showing
snippets without links; session ids on menu links; committee papers on a democracy host; one-fact councils; and
councils that publish nothing but carry look-alikes).
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

from fixtures.heldback.truth import link_graph
from fixtures.heldback117.truth import TRUTH_PATH
from fixtures.heldback117.web import Heldback117Web


@pytest.fixture(scope="module")
def web() -> Heldback117Web:
    return Heldback117Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _graph(web: Heldback117Web, host: str) -> dict[str, list[str]]:
    return link_graph(web, web.sites[host])


def test_real_councils_none_from_the_last_fifteen_sets(web: Heldback117Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 117)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_page_tool_duplicates_and_signatures_after_the_appendices(web: Heldback117Web, truth: dict) -> None:
    host = "www.walthamforest.gov.uk"
    pg = "/crime-and-safety/closed-circuit-television-cctv"
    links = set(_links(web, host, pg))
    for q in ("print=true", "share=email", "lang=pl", "lang=ro", "lang=ur"):
        assert f"http://{host}{pg}?{q}" in links, q
        assert _main(web, host, f"{pg}?{q}") == _main(web, host, pg)
    graph = _graph(web, host)
    assert sum("?lang=" in u for u in graph) > 3 * sum("?" not in u for u in graph) - 20
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    site = web.sites[host]
    lines = site.docs[(host, urlsplit(doc["url"]).path)].lines
    first_sig = next(i for i, ln in enumerate(lines) if ln.startswith("Signed for"))
    assert first_sig >= len(lines) - 3 and sum(ln.startswith("# Appendix") for ln in lines[:first_sig]) == 6
    body = _render(web, doc["url"]).body
    assert len(re.findall(rb"/Type\s*/Page\b", body)) >= 3
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_post_only_search_and_opaque_documents_library(web: Heldback117Web, truth: dict) -> None:
    host = "www.gateshead.gov.uk"
    site = web.sites[host]
    assert site.search is None
    home = _html(web, host, "/")
    assert 'method="post"' in home and 'method="get"' not in home
    assert "results for" not in _main(web, host, "/search?keys=cctv")
    lib = f"http://{host}/article/3154/Documents-library"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Northumbria"
    code = d["5.3"]["evidence"][0]["url"]
    for url in (doc["url"], code):
        assert _linking(web, host, url) == {lib}
        assert re.fullmatch(r"/media/\d+/doc\d+\.pdf", urlsplit(url).path)
    main = _main(web, host, "/article/3154/Documents-library").lower()
    assert "cctv" not in main and "code of practice" not in main and "protocol" not in main
    assert d["5.3"]["status"] == "met" and "single point of contact" not in _main(
        web, host, "/article/2838/CCTV-surveillance"
    )


def test_faceted_news_timeline_certification_and_org_chart_spoc(web: Heldback117Web, truth: dict) -> None:
    host = "www.portsmouth.gov.uk"
    graph = _graph(web, host)
    facets = [u for u in graph if urlsplit(u).path == "/news/" and "topic=" in u]
    assert len(facets) >= 40
    done = "/services/community-safety/cctv-in-portsmouth/what-weve-done/"
    assert '<ol class="timeline">' in _html(web, host, done) and "<img" not in _html(web, host, done)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018"
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {done}
    team = "/services/community-safety/who-we-are/"
    assert '<div class="org-chart">' in _html(web, host, team) and "<table" not in _html(web, host, team)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {team}
    assert "single point of contact" not in _main(web, host, "/services/community-safety/cctv-in-portsmouth/")


def test_soft_404_and_maintenance_banner_on_a_council_that_publishes_nothing(web: Heldback117Web, truth: dict) -> None:
    host = "new.devon.gov.uk"
    r = _render(web, f"http://{host}/communitysafety/cctv/")
    assert r.status == 200 and b"could not find" in r.body
    assert f"http://{host}/communitysafety/cctv/" in _graph(web, host)
    assert _render(web, f"http://{host}/no-such-page-at-all").status == 200
    assert f"http://{host}/maintenance/" in _links(web, host, "/")
    assert "facial recognition" in _main(web, host, "/communities/facial-recognition-at-events/")


def test_welsh_first_site_with_certification_only_in_welsh(web: Heldback117Web, truth: dict) -> None:
    host = "www.torfaen.gov.uk"
    assert '<html lang="cy">' in _html(web, host, "/")
    en = "/en/CrimeEmergencies/CrimePrevention/CCTV.aspx"
    cy = "/cy/TroseddArgyfyngau/AtalTrosedd/TCC.aspx"
    main_en = _main(web, host, en).lower()
    assert "certif" not in main_en and "step 2" not in main_en and "subject access" not in main_en
    assert "<h1>Teledu cylch cyfyng (TCC)</h1>" in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03"
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {cy}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "service level agreement" in main_en


def test_partnership_report_page_and_draft_word_agreement(web: Heldback117Web, truth: dict) -> None:
    host = "www.molevalley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    report = f"http://{host}/crime-safety-emergencies/community-safety-partnership/annual-report-2024-25"
    assert report in d["5.1"]["pages"] and "31 days" not in _main(web, host, "/crime-safety-emergencies/cctv-review")
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Signed for Surrey Police: ......" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "not_met"


def test_events_calendar_of_twenty_years_and_one_fact_on_an_event(web: Heldback117Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    graph = _graph(web, host)
    months = {u for u in graph if urlsplit(u).path == "/whats-on" and "month=" in u}
    assert len(months) >= 400
    a = _auth(truth, host)
    bonfire = f"http://{host}/whats-on/events/lewes-bonfire-night-2025"
    assert a["deliverables"]["5.1"]["pages"] == [bonfire]
    assert bonfire in _links(web, host, "/whats-on") and a["oracle_fetches"] == 3
    assert "Eastbourne Borough Council's cameras" in _main(web, host, "/community-safety/eastbourne-town-centre-cctv")


def test_search_lists_forty_unrelated_pages_first(web: Heldback117Web, truth: dict) -> None:
    host = "www.easthants.gov.uk"
    skate = f"http://{host}/leisure-and-culture/skate-parks/alton-skate-park"
    first = _links(web, host, "/search?q=cctv")
    assert skate not in first and len([u for u in first if "/search" not in u]) > 10
    pages = [_links(web, host, f"/search?q=cctv&page={n}") for n in range(2, 7)]
    assert any(skate in ls for ls in pages[3:]) and not any(skate in ls for ls in pages[:3])
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert [k for k, v in d51["criteria"].items() if v] == ["signage"]


def test_word_code_without_description_officer_not_called_spoc_and_neighbouring_force(
    web: Heldback117Web, truth: dict
) -> None:
    host = "www.nuneatonandbedworth.gov.uk"
    pg = "/info/20015/community_safety/312/cctv"
    html = _html(web, host, pg)
    assert '<a href="/downloads/file/4410/cctv-code-of-practice">Download (Word, 88KB)</a>' in html
    assert "single point of contact" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    text = _text(web, host, "/downloads/file/4412/watling-street-cross-boundary-cameras")
    assert "Signed for Leicestershire Police" in text
    code = f"http://{host}/downloads/file/4410/cctv-code-of-practice"
    assert _no_extension(code) and (_render(web, code).header("Content-Type") or "").startswith("application/vnd.")


def test_signature_block_with_the_forces_older_title(web: Heldback117Web, truth: dict) -> None:
    host = "www.bromsgrove.gov.uk"
    a = _auth(truth, host)
    (doc,) = a["deliverables"]["5.5"]["documents"]
    assert a["police_force"] == "West Mercia" and doc["signed"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "West Mercia Constabulary" in text and "West Mercia Police" not in text
    assert a["deliverables"]["5.3"]["status"] == "partial" and not a["deliverables"]["5.3"]["spoc"]["email"]


def test_lapsed_step_1_certificate_still_counts(web: Heldback117Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    assert "lapsed in 2020" in _main(web, host, "/article/1187/CCTV")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-06"
    assert not d["5.2"]["mark_displayed"]


def test_snippet_search_and_session_ids(web: Heldback117Web, truth: dict) -> None:
    sh = "www.sholland.gov.uk"
    res = _html(web, sh, "/search?q=gardens")
    results = res.split('<ol class="results">', 1)[1].split("</ol>", 1)[0]
    assert "Ayscoughfee" in results and "<a " not in results
    av = "www.ambervalley.gov.uk"
    pg = "/community-and-living/community-safety/cctv"
    html = _html(web, av, pg)
    assert re.search(r'href="/community-and-living\?PHPSESSID=[0-9a-f]{20}"', html)
    assert f"http://{av}{pg}" in _links(web, av, "/community-and-living/community-safety")
    graph = _graph(web, av)
    assert sum("PHPSESSID=" in u for u in graph) > 1000


def test_committee_papers_on_democracy_host_and_robots(web: Heldback117Web, truth: dict) -> None:
    host = "www.stroud.gov.uk"
    dem = "democracy.stroud.gov.uk"
    assert dem in web.sites[host].hosts()
    assert f"http://{dem}/mgAi.aspx?ID=15501" in _graph(web, host)
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_one_fact_councils(web: Heldback117Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.lewes-eastbourne.gov.uk", "cameras", "/whats-on/events/lewes-bonfire-night-2025"),
        ("www.easthants.gov.uk", "signage", "/leisure-and-culture/skate-parks/alton-skate-park"),
        ("www.sholland.gov.uk", "cameras", "/article/4100/Ayscoughfee-Hall-Museum-and-Gardens"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback117Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"new.devon.gov.uk", "www.stroud.gov.uk", "www.sstaffs.gov.uk"})
