"""The three hundred and ninety-second held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and each council's own site search really behaves as built, on the served pages: a Funnelback search on a separate
search host that needs a hidden collection and sends its best bet and results through a click-tracking redirect; generic
'Page' result titles, five a page, with the camera page on page 2; an index of documents only; an index that answers
everything for any word; a title-only index whose 'did you mean' offers 'city'; robots.txt allowing the search and
results titled by file name; a promoted best bet above look-alike results; any-word matching; a search host sorted
news first; a WordPress search on the homepage address; a hidden type=all without which only news is searched; a
/click redirect behind 'Page' titles; a shared website whose best bet is the other council's page; a robots-allowed
search through /redirect.aspx with the camera pages on page 2; and councils that publish nothing but carry look-alikes.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import parse_qs, urlsplit
from urllib.robotparser import RobotFileParser

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_text as _text,
    status_tally,
)

from fixtures.heldback392.truth import TRUTH_PATH
from fixtures.heldback392.web import Heldback392Web


@pytest.fixture(scope="module")
def web() -> Heldback392Web:
    return Heldback392Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _get(web: Heldback392Web, url: str) -> str:
    r = _render(web, url)
    assert r.status == 200, url
    return r.body.decode("utf-8")


def _results(web: Heldback392Web, url: str) -> list[str]:
    """The result links of a served search page, in order (best bets and pager left out)."""
    body = _get(web, url)
    ol = re.search(r'<ol class="results"[^>]*>(.*?)</ol>', body, re.S)
    return re.findall(r'<h3><a href="([^"]+)"', ol.group(1).replace("&amp;", "&")) if ol else []


def _titles(web: Heldback392Web, url: str) -> list[str]:
    body = _get(web, url)
    ol = re.search(r'<ol class="results"[^>]*>(.*?)</ol>', body, re.S)
    return re.findall(r"<h3><a [^>]+>([^<]*)</a>", ol.group(1)) if ol else []


def _target(link: str) -> str:
    q = parse_qs(urlsplit(link).query)
    return q["url"][0] if "url" in q else link


def test_fresh_councils(web: Heldback392Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 392)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 7, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_funnelback_on_search_host_with_hidden_collection_and_click_redirect(web: Heldback392Web, truth: dict) -> None:
    host = "www.towerhamlets.gov.uk"
    home = _html(web, host, "/")
    assert 'action="http://search.towerhamlets.gov.uk/s/search.html"' in home
    assert '<input type="hidden" name="collection" value="towerhamlets~sp-web">' in home
    bare = _get(web, "http://search.towerhamlets.gov.uk/s/search.html?query=cctv")
    assert "no collection was specified" in bare and '<ol class="results"' not in bare
    url = "http://search.towerhamlets.gov.uk/s/search.html?query=cctv&collection=towerhamlets~sp-web"
    body = _get(web, url)
    assert body.index('class="best-bets"') < body.index('<ol class="results"')
    links = _results(web, url)
    assert links and all(link.startswith(f"http://{host}/s/redirect?") for link in links)
    cctv = f"http://{host}/lgnl/community_and_living/community_safety__crime_preve/cctv/cctv.aspx"
    hop = _render(web, links[0])
    assert hop.status == 302 and hop.header("Location") == _target(links[0]) == cctv
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["url"].endswith(".docx")
    assert "Signed on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)


def test_generic_titles_five_a_page_camera_page_on_page_two(web: Heldback392Web, truth: dict) -> None:
    host = "www.wirral.gov.uk"
    page = "/communities-and-neighbourhoods/community-safety/public-space-cameras"
    first, second = f"http://{host}/search?query=cctv", f"http://{host}/search?query=cctv&page=2"
    assert len(_results(web, first)) == 5 and f"http://{host}{page}" not in _results(web, first)
    assert _results(web, second) == [f"http://{host}{page}"]
    assert set(_titles(web, first) + _titles(web, second)) == {"Page"}
    assert "Birkenhead, Liscard, Moreton and West Kirby" in _get(web, second)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["evidence"][0]["url"].endswith(".pdf")
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_documents_only_index(web: Heldback392Web, truth: dict) -> None:
    host = "www.southampton.gov.uk"
    links = _results(web, f"http://{host}/search?q=cctv")
    assert links and all(link.endswith(".pdf") for link in links)
    assert "taxi-licensing" in links[0] and f"http://{host}/people-places/community-safety/cctv" not in links
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_search_answers_everything_for_any_word(web: Heldback392Web) -> None:
    host = "www.lincolnshire.gov.uk"
    body = _get(web, f"http://{host}/search?query=zzqx")
    m = re.search(r"1 - 10 of (\d+) search results", body)
    assert m and 'aria-label="Results pages"' in body
    assert int(m.group(1)) > 100
    assert _results(web, f"http://{host}/search?query=zzqx") == _results(web, f"http://{host}/search?query=cctv")


def test_title_only_index_did_you_mean_and_welsh_twin(web: Heldback392Web, truth: dict) -> None:
    host = "www.cardiff.gov.uk"
    body = _get(web, f"http://{host}/search?q=cctv")
    assert '<ol class="results"' not in body and 'class="spelling"' in body
    assert "/search?q=city" in body
    assert _results(web, f"http://{host}/search?q=cameras")[0].endswith("/public-space-cameras")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/CYM/Eich-Cyngor/camerau-mannau-cyhoeddus" in d["5.1"]["pages"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2020-06" and not d["5.2"]["mark_displayed"]


def test_robots_allow_search_and_file_name_titles(web: Heldback392Web, truth: dict) -> None:
    for host, query in (("www.broxtowe.gov.uk", "/search?q=cctv"), ("www.west-norfolk.gov.uk", "/search?q=cctv")):
        site = web.sites[host]
        assert "Allow: /search" in _get(web, f"http://{host}/robots.txt")
        rp = RobotFileParser()
        rp.parse(site.robots_txt().splitlines())
        assert rp.can_fetch("cctv-audit", f"http://{host}{query}"), host
        assert not _auth(truth, host)["heldback"]["robots_forbid_search"], host
    titles = _titles(web, "http://www.broxtowe.gov.uk/search?q=cctv")
    assert titles[0] == "cctv-surveillance-systems"
    d = _auth(truth, "www.broxtowe.gov.uk")["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire" and d["5.3"]["status"] == "met"


def test_best_bet_above_look_alike_results(web: Heldback392Web) -> None:
    host = "www.eastsuffolk.gov.uk"
    url = f"http://{host}/search?search_api_fulltext=cctv"
    body = _get(web, url)
    bets = re.search(r'<section class="best-bets">(.*?)</section>', body, re.S)
    assert bets and f'href="http://{host}/community/community-safety/cctv"' in bets.group(1)
    assert _results(web, url)[0] == f"http://{host}/jobs/cctv-operator-essl"


def test_any_word_matching(web: Heldback392Web) -> None:
    links = _results(web, "http://www.castlepoint.gov.uk/search-results?terms=cctv+policy")
    assert "http://www.castlepoint.gov.uk/policies/ripa-policy" in links
    assert "cctv" not in _text(web, "www.castlepoint.gov.uk", "/policies/ripa-policy").lower()
    assert "<main" not in _html(web, "www.castlepoint.gov.uk", "/")


def test_search_host_news_first_camera_page_on_page_two(web: Heldback392Web) -> None:
    host = "www.stratford.gov.uk"
    assert "search.stratford.gov.uk" in web.sites[host].hosts()
    assert "http://search.stratford.gov.uk/search?query=cctv" in _links(web, host, "/")
    first = _results(web, "http://search.stratford.gov.uk/search?query=cctv")
    assert len(first) == 5 and all("/news/" in u for u in first)
    assert _results(web, "http://search.stratford.gov.uk/search?query=cctv&page=2")[0] == (
        f"http://{host}/community-safety/cctv.cfm"
    )


def test_wordpress_search_on_the_homepage_address(web: Heldback392Web, truth: dict) -> None:
    host = "www.rossendale.gov.uk"
    assert '<form action="/" method="get" role="search">' in _html(web, host, "/")
    assert "Popular searches" not in _html(web, host, "/") and '<ol class="results"' not in _html(web, host, "/")
    assert _results(web, f"http://{host}/?s=cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.5"]["status"] == "not_met"
    assert "Certificate of agreement" in _text(
        web, host, "/wp-content/uploads/2023/06/pennine-cctv-hub-code-of-practice.pdf"
    )


def test_hidden_type_or_only_news(web: Heldback392Web, truth: dict) -> None:
    host = "www.southderbyshire.gov.uk"
    assert '<input type="hidden" name="type" value="all">' in _html(web, host, "/")
    tc = f"http://{host}/our-services/regeneration/swadlincote-town-centre"
    assert tc not in _results(web, f"http://{host}/search-results?q=cameras")
    assert tc in _results(web, f"http://{host}/search-results?q=cameras&type=all")
    assert _auth(truth, host)["deliverables"]["5.1"]["pages"] == [tc]


def test_click_redirect_behind_generic_titles(web: Heldback392Web) -> None:
    host = "tewkesbury.gov.uk"
    url = f"http://{host}/search?term=cctv"
    links = _results(web, url)
    assert links and all(u.startswith(f"http://{host}/click?") for u in links) and set(_titles(web, url)) == {"Page"}
    assert _render(web, links[0]).status == 302


def test_shared_site_best_bet_is_the_other_council(web: Heldback392Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    body = _get(web, f"http://{host}/search?keys=cctv")
    bets = re.search(r'<section class="best-bets">(.*?)</section>', body, re.S)
    assert bets and "/community/lewes-district-cctv" in bets.group(1)
    d = _auth(truth, host)["deliverables"]
    assert not any("lewes-district" in u for u in d["5.1"]["pages"])
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Sussex"
    assert "." not in urlsplit(doc["url"]).path.rsplit("/", 1)[-1]
    assert "filename=" in (_render(web, doc["url"]).header("Content-Disposition") or "")


def test_redirect_results_news_first_and_definition_list_certification(web: Heldback392Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    first = [_target(u) for u in _results(web, f"http://{host}/search?q=cctv")]
    second = [_target(u) for u in _results(web, f"http://{host}/search?q=cctv&page=2")]
    cctv = f"http://{host}/info/20005/community_safety/215/cctv"
    assert all("/news/" in u for u in first) and cctv in second
    page = _html(web, host, "/info/20005/community_safety/215/cctv")
    assert "<dt>Third party certification</dt><dd>Full certification (step 2), awarded 2017</dd>" in page
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "met"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.southderbyshire.gov.uk", "cameras", "/our-services/regeneration/swadlincote-town-centre"),
        ("www.broxbourne.gov.uk", "other_systems", "/node/1187"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback392Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.lincolnshire.gov.uk", "www.castlepoint.gov.uk", "tewkesbury.gov.uk"})
