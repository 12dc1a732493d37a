"""The three hundred and thirty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the site searches the set is built around really answer as described, read from the served results pages: results
grouped by type with news and FOI answers above the pages; a title-only search that misses a page titled 'Closed
circuit television' and offers a 'Did you mean' synonym; a search that hides pages older than twelve months until
asked; tabbed results whose top three open with an FOI answer; a bilingual index listing the Welsh twins before the
English page; a search answering 410 Gone with the A to Z doing the work; a search scoped to the services directory by
a select menu; documents listed apart and opening detail pages with extensionless downloads; five results and 'Show
more' fragments without a page around them; a pager whose links drop the query; a relevance search putting an FOI
answer first; a summary-only index that never reads a page's second paragraph; titles-only results over generically
titled pages; no search at all with the sitemap doing the work; and three top results with the rest folded behind
'Show all'. Beside them, the label structures: a step 2 claim in a definition list, a step 1 claim in a 'Did you know'
aside, a step 2 claim in a details element, SPOCs on a governance page, an assessment packs page and a sub-page,
signed agreements (a three-party PDF, an extensionless protocol behind a detail page, a Kent Police PDF), an unsigned
hub code and a draft Word protocol, and three councils that publish nothing but carry look-alikes.
"""

from __future__ import annotations

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
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback339.truth import TRUTH_PATH
from fixtures.simweb.served import html_links
from fixtures.heldback339.web import Heldback339Web


@pytest.fixture(scope="module")
def web() -> Heldback339Web:
    return Heldback339Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(links: list[str]) -> list[str]:
    return [urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in links]


def _results(web: Heldback339Web, host: str, path: str) -> list[str]:
    """The links inside a page's <main> (a results page's results and pager, without menus or footer)."""
    main = _html(web, host, path).split('<main id="main">', 1)[1].split("</main>", 1)[0]
    return _paths(html_links(main.encode("utf-8"), f"http://{host}{path}", "text/html; charset=utf-8"))


def test_fresh_councils_of_the_brief_mix(web: Heldback339Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 339)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_results_grouped_by_type_with_news_and_foi_above_the_pages(web: Heldback339Web, truth: dict) -> None:
    host = "www.camden.gov.uk"
    html = _html(web, host, "/web/guest/search?q=cctv")
    heads = [html.index(f"<h2>{h} (") for h in ("News", "Freedom of information responses", "Pages", "Documents")]
    assert heads == sorted(heads)
    links = _results(web, host, "/web/guest/search?q=cctv")
    page = links.index("/web/guest/cctv")
    assert all(links.index(u) < page for u in links if "/news/" in u or "/foi-responses/" in u)
    assert sum("/news/" in u or "/foi-responses/" in u for u in links) >= 6
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/web/guest/cctv-governance"
    }
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]
    code = "/documents/20142/0/cctv-code-of-practice-2024.pdf/3f6a9c21-7b0e-4d1c-9a55-2d3e6f7a8b10"
    r = _render(web, f"http://{host}{code}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")


def test_title_only_search_and_did_you_mean(web: Heldback339Web, truth: dict) -> None:
    host = "www.wigan.gov.uk"
    pg = "/Resident/Crime-Emergencies/Closed-Circuit-Television.aspx"
    assert "<h1>Closed circuit television</h1>" in _html(web, host, pg)
    first = _results(web, host, "/Search.aspx?query=cctv")
    assert pg not in first and "/Resident/Parking/CCTV-camera-car.aspx" in first
    suggestion = "/Search.aspx?query=closed+circuit+television"
    assert suggestion in first and "Did you mean" in _main(web, host, "/Search.aspx?query=cctv")
    assert pg in _results(web, host, suggestion)
    assert "<caption>Incidents recorded by Central Watch</caption>" in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["statistics"] and d["5.3"]["status"] == "partial"


def test_search_hides_older_pages_and_step_2_in_a_definition_list(web: Heldback339Web, truth: dict) -> None:
    host = "www.bathnes.gov.uk"
    pg = "/closed-circuit-television-cctv"
    recent = _results(web, host, "/search?q=cctv")
    assert pg not in recent and "/search?q=cctv&updated=any" in recent
    assert "older results are hidden" in _main(web, host, "/search?q=cctv")
    assert pg in _results(web, host, "/search?q=cctv&updated=any")
    std = _html(web, host, "/cctv-standards")
    assert (
        '<dl class="standards">' in std
        and "<dd>Full certification (step 2)" in std
        and "<img" not in _main(web, host, "/cctv-standards")
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "DRAFT - not for signature" in _text(web, host, urlsplit(doc["url"]).path)


def test_tabbed_search_opens_on_an_foi_answer_for_a_council_that_publishes_nothing(web: Heldback339Web) -> None:
    host = "www.suffolk.gov.uk"
    links = _results(web, host, "/search?query=cctv")
    results = [u for u in links if not u.startswith("/search?")]
    assert len(results) == 3 and "/foi-disclosure-log/" in results[0]
    assert {f"/search?query=cctv&tab={t}" for t in ("foi", "news", "pages", "documents")} <= set(links)


def test_bilingual_search_lists_welsh_twins_first(web: Heldback339Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    links = _results(web, host, "/en/Search.aspx?q=cctv")
    en, cy = "/en/Resident/Community-Safety/CCTV.aspx", "/cy/Preswylwyr/Diogelwch-Cymunedol/TCC.aspx"
    assert links.index(cy) < links.index(en)
    assert 'Teledu cylch cyfyng (TCC)</a> <span class="lang">Cymraeg</span>' in _html(
        web, host, "/en/Search.aspx?q=cctv"
    )
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "North Wales" and doc["date"] == "2023-09-19"
    assert "Signed for and on behalf of North Wales Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_search_gone_and_the_a_to_z_does_the_work(web: Heldback339Web, truth: dict) -> None:
    host = "www.gravesham.gov.uk"
    r = _render(web, f"http://{host}/search?q=cctv")
    assert r.status == 410 and b"switched off" in r.body
    pg = "/community-and-living/community-safety/surveillance-cameras"
    assert f"http://{host}{pg}" in _links(web, host, "/a-z")
    packs = f"{pg}/assessment-packs"
    assert "single point of contact for surveillance cameras" in _main(web, host, packs)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {packs}
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert "democracy.gravesham.gov.uk" in web.sites[host].hosts()


def test_search_scoped_to_services_by_a_select_menu(web: Heldback339Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    assert '<option value="services" selected>Services</option>' in _html(web, host, "/")
    pg = "/community-parks-and-leisure/community-safety/cctv"
    default = _results(web, host, "/search?q=cctv")
    assert pg not in default and "/search?q=cctv&scope=site" in default
    assert pg in _results(web, host, "/search?q=cctv&scope=site")
    assert '<aside class="did-you-know">' in _html(web, host, pg) and "(step 1)" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_documents_listed_apart_open_detail_pages(web: Heldback339Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    html = _html(web, host, "/search?q=cctv")
    assert html.index("<h2>Web pages (") < html.index("<h2>Documents (") < html.index('class="document-results"')
    links = _results(web, host, "/search?q=cctv")
    detail = "/documents/cctv-release-protocol-leicestershire-police"
    assert detail in links and not any(u.startswith("/downloads/") for u in links)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{detail}"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]


def test_five_results_then_show_more_fragments(web: Heldback339Web, truth: dict) -> None:
    host = "www.pendle.gov.uk"
    pg = "/info/20094/data_protection_and_freedom_of_information/174/cctv"
    first = _results(web, host, "/search?query=cctv")
    assert pg not in first and "/search/more?query=cctv&offset=5" in first
    more = _render(web, f"http://{host}/search/more?query=cctv&offset=5")
    assert b"<html" not in more.body and b"<main" not in more.body
    assert pg in _paths(_links(web, host, "/search/more?query=cctv&offset=5"))
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    assert "[insert address]" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("localities@")


def test_pager_links_drop_the_query(web: Heldback339Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    pg = "/community-safety/cctv"
    first = _results(web, host, "/search?q=cctv")
    assert pg not in first and "/search?page=2" in first
    assert pg not in _results(web, host, "/search?page=2")
    assert "Please enter a search term" in _main(web, host, "/search?page=2")
    assert pg in _results(web, host, "/search?q=cctv&page=2")
    html = _html(web, host, pg)
    assert "<details><summary>Independent certification</summary>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_relevance_search_puts_an_foi_answer_first(web: Heldback339Web) -> None:
    host = "www.cotswold.gov.uk"
    links = _results(web, host, "/search?q=cctv")
    assert "/freedom-of-information/responses/" in links[0]
    assert "Cirencester Town Council" in _main(web, host, "/about-the-council/town-and-parish-councils")


def test_summary_only_search_misses_the_one_fact_and_the_a_to_z_finds_it(web: Heldback339Web, truth: dict) -> None:
    host = "www.northwarks.gov.uk"
    park = "/info/20003/parking/112/car_parks"
    assert '<main id="main">' not in _html(web, host, "/")
    assert park not in _paths(_links(web, host, "/search?q=cctv"))
    assert f"http://{host}{park}" in _links(web, host, "/a-z")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["signage"]


def test_titles_only_over_generic_titles(web: Heldback339Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    idx = "/residents/community-safety/community-safety-cameras"
    for sub, title in (
        ("overview", "Overview"),
        ("your-rights", "Your rights"),
        ("working-with-the-police", "Working with the police"),
    ):
        assert f"<h1>{title}</h1>" in _html(web, host, f"{idx}/{sub}")
    found = _results(web, host, "/search?q=cctv")
    assert not any(u.startswith(idx) for u in found) and found
    assert '<span class="trail">' in _html(web, host, "/search?q=cameras")
    assert "working towards third-party certification" in _main(web, host, f"{idx}/standards")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and d["5.2"]["status"] == "not_met"


def test_no_search_and_the_sitemap_does_the_work(web: Heldback339Web, truth: dict) -> None:
    host = "www.north-norfolk.gov.uk"
    a = _auth(truth, host)
    assert not a["heldback"]["search"] and a["heldback"]["sitemap"] and not a["heldback"]["a_z"]
    assert (
        "Sitemap: http://www.north-norfolk.gov.uk/sitemap.xml"
        in _render(web, f"http://{host}/robots.txt").body.decode()
    )
    sitemap = _render(web, f"http://{host}/sitemap.xml").body.decode()
    assert f"<loc>http://{host}/community/community-safety</loc>" in sitemap
    assert 'role="search"' not in _html(web, host, "/")


def test_top_three_with_the_rest_behind_show_all(web: Heldback339Web, truth: dict) -> None:
    host = "www.fylde.gov.uk"
    mill = "/resident/parks-and-open-spaces/lytham-windmill"
    first = _results(web, host, "/search?q=cctv")
    assert mill not in first and "/search?q=cctv&all=1" in first
    assert mill in _results(web, host, "/search?q=cctv&all=1")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{mill}"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback339Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.suffolk.gov.uk", "www.cotswold.gov.uk", "www.north-norfolk.gov.uk"})
