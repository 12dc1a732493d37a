"""The 312th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the site search engines the set is built around really answer as described (a silent correction of 'cctv' to
'city' with a 'Search instead for' link; results grouped by section with the camera page behind 'See all'; a results
table that reports a guide's CCTV part as its first part; Drupal's stock robots.txt forbidding /search/ while
/search?keys= is allowed; an ASP.NET pager of __doPostBack links; results badged by council on a shared site; a
services-only default scope; a zero-result page with popular searches, the privacy notice reached only from the A to
Z; Joomla's com_search; a phrase-only engine; HTTP 404 for a query without results; WordPress search addresses paged
by path; a Quick answer box; letter-range paging; a 'Did you mean' that rewrites the council's name), together with
the disclosure structures (a Commissioner's letter quoted as the step 2 claim, a step 1 claim only in an annual
review, a step 2 sentence; SPOCs on a page, in a policy without extension and with a cloaked mailbox; signed
agreements without extension, as a protocol and a memorandum; a draft Word protocol; councils that publish nothing).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

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

from fixtures.heldback312.truth import TRUTH_PATH
from fixtures.heldback312.web import Heldback312Web


@pytest.fixture(scope="module")
def web() -> Heldback312Web:
    return Heldback312Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback312Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 312)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_autocorrected_search_and_commissioners_letter(web: Heldback312Web, truth: dict) -> None:
    host = "www.brent.gov.uk"
    page = "/your-community/crime-and-community-safety/cctv-in-brent"
    first = _html(web, host, "/search?q=cctv")
    assert "Showing results for <strong><em>city</em></strong>" in first
    links = [_path(u) for u in _links(web, host, "/search?q=cctv")]
    assert page not in links and "/search?q=cctv&spell=0" in links
    assert page in [_path(u) for u in _links(web, host, "/search?q=cctv&spell=0")]
    assert "<blockquote><p>I am pleased to confirm" in _html(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_grouped_results_hide_the_page_not_titled_cctv(web: Heldback312Web, truth: dict) -> None:
    host = "www.bury.gov.uk"
    page = "/my-neighbourhood/safety-in-the-community/emergency-response-and-resilience"
    assert "cctv" not in _html(web, host, page).split("<h1>", 1)[1].split("</h1>", 1)[0].lower()
    assert page not in [_path(u) for u in _links(web, host, "/search?q=cctv")]
    assert "See all 3 results in My neighbourhood" in _main(web, host, "/search?q=cctv")
    assert page in [_path(u) for u in _links(web, host, "/search?q=cctv&group=my-neighbourhood")]
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.3"]["status"] == "met" and urlsplit(d["5.3"]["evidence"][0]["url"]).path == page


def test_guide_part_reported_as_the_guide_start(web: Heldback312Web, truth: dict) -> None:
    host = "www.herefordshire.gov.uk"
    start = "/info/200148/your_council/15/access_to_information"
    links = [_path(u) for u in _links(web, host, "/search?q=cctv")]
    assert start in links and start + "/6" not in links
    assert '<th scope="col">Title</th><th scope="col">Type</th>' in _html(web, host, "/search?q=cctv")
    assert "Freedom of Information Act" in _main(web, host, start) and "179 cameras" not in _main(web, host, start)
    assert "179 cameras" in _main(web, host, start + "/6")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctv@herefordshire.example.gov.uk"


def test_drupal_robots_forbid_search_slash_but_not_the_live_search(web: Heldback312Web) -> None:
    site = web.sites["www.oxfordshire.gov.uk"]
    robots = RobotFileParser()
    robots.parse(site.robots_txt().splitlines())
    assert "Disallow: /search/" in site.robots_txt()
    assert not robots.can_fetch("cctv-audit", "http://www.oxfordshire.gov.uk/search/node?keys=cctv")
    assert robots.can_fetch("cctv-audit", "http://www.oxfordshire.gov.uk/search?keys=cctv")
    assert 'class="search-results node_search-results"' in _html(web, site.host, "/search?keys=cctv")
    assert "no results" in _main(web, site.host, "/search?keys=nothingatall")


def test_postback_pager_and_welsh_twin(web: Heldback312Web, truth: dict) -> None:
    host = "www.newport.gov.uk"
    html = _html(web, host, "/en/Search-Results.aspx?searchtext=cctv")
    assert "javascript:__doPostBack(" in html and "page=2" not in html
    assert "Showing 1 - 10 of" in _main(web, host, "/en/Search-Results.aspx?searchtext=cctv")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cy/Transport-Streets/CCTV/CCTV.aspx" in d["5.1"]["pages"]
    assert '<html lang="cy">' in _html(web, host, "/cy/Transport-Streets/CCTV/CCTV.aspx")
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1"
    review = [e["url"] for e in d["5.2"]["evidence"]][0]
    assert "step one (desktop) certification" not in _main(web, host, "/en/Transport-Streets/CCTV/CCTV.aspx")
    assert "step one (desktop) certification" in _text(web, host, urlsplit(review).path)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Gwent" and d["5.5"]["status"] == "met"


def test_shared_site_badges_and_one_fact_park(web: Heldback312Web, truth: dict) -> None:
    host = "www.babergh.gov.uk"
    main = _main(web, host, "/search?q=cameras")
    assert "Mid Suffolk" in main and "Show results for:" in main
    assert "/search?q=cameras&council=babergh" in [_path(u) for u in _links(web, host, "/search?q=cameras")]
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}/babergh/parks-and-open-spaces/belle-vue-park-sudbury"]
    assert "42 arrests" in _main(web, host, "/news/cctv-first-year")


def test_services_scope_first_and_person_of_interest_page(web: Heldback312Web, truth: dict) -> None:
    host = "www.breckland.gov.uk"
    poi = "/environment/person-of-interest"
    assert poi not in [_path(u) for u in _links(web, host, "/search?q=cctv")]
    assert "Search the whole website for cctv" in _main(web, host, "/search?q=cctv")
    assert poi in [_path(u) for u in _links(web, host, "/search?q=cctv&scope=site")]
    assert "<h1>Person of interest identification</h1>" in _html(web, host, poi)
    d = _auth(truth, host)["deliverables"]
    assert "agreement for monitoring" in _main(web, host, "/privacy/cctv")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.3"]["spoc"]["phone"]


def test_zero_results_popular_searches_and_a_to_z_only(web: Heldback312Web, truth: dict) -> None:
    host = "www.fdean.gov.uk"
    notice = f"http://{host}/support/privacy-and-data/service-privacy-notices/cctv-privacy-notice"
    main = _main(web, host, "/search?q=cctv")
    assert "could not find any pages matching" in main and "Popular searches" in main
    assert _linking(web, host, notice) == {f"http://{host}/a-z"}
    assert "Surveillance cameras (CCTV): privacy notice" in _main(web, host, "/a-z")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [notice]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("communitysafety@")


def test_joomla_search_cloaked_mailbox_and_step_2_sentence(web: Heldback312Web, truth: dict) -> None:
    host = "www.bolsover.gov.uk"
    page = "/data-protection-cctv-and-foi/251-public-space-cctv"
    html = _html(web, host, "/component/search/?searchword=cctv&searchphrase=all")
    assert '<dl class="search-results">' in html and "Total: " in html
    assert page in [_path(u) for u in _links(web, host, "/component/search/?searchword=cctv&searchphrase=all")]
    assert "This email address is being protected from spambots" in _main(web, host, page)
    assert "cctv@bolsover" not in _main(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-02"
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] is None and d["5.3"]["spoc"]["phone"]


def test_phrase_only_search_and_signed_protocol(web: Heldback312Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    assert "did not match any pages" in _main(web, host, "/search?q=surveillance+camera")
    assert "did not match any pages" in _main(web, host, "/search?q=closed+circuit+television")
    assert "/cctv" in [_path(u) for u in _links(web, host, "/search?q=cctv")]
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert (
        doc["signed"] and doc["force"] == "Sussex" and "Signed for Sussex Police" in _text(web, host, _path(doc["url"]))
    )
    assert "Data Protection Act 1998" in _main(web, host, "/cctv") and d["5.2"]["status"] == "not_met"


def test_search_answers_404_without_results(web: Heldback312Web) -> None:
    host = "www.westoxon.gov.uk"
    assert _render(web, f"http://{host}/search?q=surveillance+camera").status == 404
    assert _render(web, f"http://{host}/search?q=cctv").status == 200


def test_wordpress_search_paged_by_path(web: Heldback312Web, truth: dict) -> None:
    host = "www.blaby.gov.uk"
    offices = "/council-and-democracy/visiting-the-council-offices"
    r = _render(web, f"http://{host}/?s=cctv")
    assert r.status == 301 and r.header("Location") == f"http://{host}/search/cctv/"
    first = [_path(u) for u in _links(web, host, "/search/cctv/")]
    assert offices not in first and "/search/cctv/page/2/" in first
    assert offices in [_path(u) for u in _links(web, host, "/search/cctv/page/2/")]
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{offices}"]


def test_quick_answer_box_on_legacy_site(web: Heldback312Web, truth: dict) -> None:
    host = "www.sstaffs.gov.uk"
    html = _html(web, host, "/search?q=cctv")
    assert '<div class="instant-answer"><h2>Quick answer</h2>' in html and '<main id="main">' not in html
    faq = "/community-safety/community-safety-faqs"
    assert faq in [_path(u) for u in _links(web, host, "/search?q=cctv")]
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["other_systems"]


def test_letter_range_results_and_spoc_only_in_policy(web: Heldback312Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    main = _main(web, host, "/search?q=cctv")
    assert "sorted by title" in main and "/search?q=cctv&from=S" in [
        _path(u) for u in _links(web, host, "/search?q=cctv")
    ]
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.3"]["evidence"]
    assert _no_extension(ev["url"]) and "single point of contact" not in _main(web, host, "/pages/cctv_footage")
    assert "filename=" in (_render(web, ev["url"]).header("Content-Disposition") or "")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_did_you_mean_rewrites_the_council_name(web: Heldback312Web) -> None:
    host = "www.southnorfolkandbroadland.gov.uk"
    assert "Did you mean:" in _main(web, host, "/search?q=broadland+cctv")
    assert "/search?q=broadband+cctv" in [_path(u) for u in _links(web, host, "/search?q=broadland+cctv")]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback312Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.oxfordshire.gov.uk", "www.westoxon.gov.uk", "www.southnorfolkandbroadland.gov.uk"}
    )
