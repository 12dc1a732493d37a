"""The two hundred and seventy-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the CMS furniture and search engines the set is built from are really served (a camera page filed under traffic
enforcement, so its breadcrumb says parking; a search results page marked noindex, nofollow; a signed agreement in a
related-documents sidebar; facts and a SPOC in closed details widgets on a page not titled CCTV; search results as
/node/N addresses that answer 301; a card landing page; a step 2 claim in a key-facts list; a 'cctv' search that
jumps to bus gate enforcement; a script-only search with a JSON endpoint; robots forbidding a search; one fact in a
hidden accordion panel; a Welsh site on another host; advert slots and a mailbox hidden by an email cloak script; a
retention schedule row; a 'Did you mean' search; a DPO who is not a SPOC; a SPOC only in a closed modal dialog; a
policy only in Cabinet papers; a search that does not index documents; a faceted news-first search; a SPOC in a
WordPress sidebar widget; a councils' shared service agreement beside a signed police protocol; a legacy .php site
with no search whose A to Z 'CCTV' entry is a signpost; a step 2 claim only in a hero strapline; a signed MoU as a
downloads-table row; a postback search pager; a SPOC in a hidden tab; a breadcrumb that files a page under Parking;
a step 1 claim in a hidden tab; a draft Word agreement; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback276.common import CmsSite
from fixtures.heldback276.truth import TRUTH_PATH
from fixtures.heldback276.web import Heldback276Web


@pytest.fixture(scope="module")
def web() -> Heldback276Web:
    return Heldback276Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _d(truth: dict, host: str) -> dict:
    return _auth(truth, host)["deliverables"]


def test_fresh_councils(web: Heldback276Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 276)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_hounslow_breadcrumb_under_parking_nofollow_search_and_sidebar_agreement(
    web: Heldback276Web, truth: dict
) -> None:
    host = "www.hounslow.gov.uk"
    pg = "/info/20087/parking_roads_and_travel/1402/cctv_and_the_borough_control_hub"
    crumbs = _html(web, host, pg).split('aria-label="Breadcrumb">', 1)[1].split("</nav>", 1)[0]
    assert "Parking, roads and travel" in crumbs and "Traffic enforcement" in crumbs
    assert f"http://{host}{pg}" not in _links(web, host, "/info/20102/community_safety")
    res = _html(web, host, "/site_search/results/?q=cctv")
    assert '<meta name="robots" content="noindex, nofollow">' in res and f'href="{pg}" rel="nofollow"' in res
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    aside = _html(web, host, pg).split('<aside class="sidebar">', 1)[1]
    assert urlsplit(doc["url"]).path in aside and urlsplit(doc["url"]).path not in _main(web, host, pg)
    assert "Signed on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"]


def test_bury_closed_details_and_node_search_links(web: Heldback276Web, truth: dict) -> None:
    host = "www.bury.gov.uk"
    pg = "/my-neighbourhood/safety-in-the-community/emergency-response-and-resilience"
    html = _html(web, host, pg)
    assert "<details open" not in html and "<details><summary>Who looks after all the council's camera systems?" in html
    assert "cctv" not in html.split("<title>", 1)[1].split("</title>", 1)[0].lower()
    d = _d(truth, host)
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    links = [u for u in _links(web, host, "/search/node?keys=cctv") if "/node/" in u]
    assert links, "results are node addresses"
    targets = {_render(web, u).header("Location") for u in links}
    assert all(_render(web, u).status == 301 for u in links) and f"http://{host}{pg}" in targets


def test_bathnes_cards_key_facts_step_2_and_keyword_jump(web: Heldback276Web, truth: dict) -> None:
    host = "www.bathnes.gov.uk"
    land = "/community-safety/closed-circuit-television-cctv"
    assert _html(web, host, land).count('class="card__link"') == 5
    room = f"{land}/the-guildhall-control-room"
    assert '<dl class="key-facts">' in _html(web, host, room) and "<dt>Certification</dt>" in _html(web, host, room)
    r = _render(web, f"http://{host}/search?q=cctv")
    assert r.status == 302 and r.header("Location").endswith(
        "/roads-travel-and-parking/bus-gates-and-camera-enforcement"
    )
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]


def test_suffolk_script_only_search_and_cookie_banner(web: Heldback276Web) -> None:
    host = "www.suffolk.gov.uk"
    page = _html(web, host, "/search?q=cctv")
    assert 'data-endpoint="/api/search"' in page and "cctv-in-suffolks-towns" not in page
    api = _render(web, f"http://{host}/api/search?q=cctv")
    assert api.header("Content-Type") == "application/json" and json.loads(api.body)["total"] >= 3
    for path in (
        "/",
        "/community-and-safety/cctv-in-suffolks-towns",
        "/roads-and-transport/bus-lane-cameras-in-ipswich",
    ):
        assert 'class="cookie-banner"' in _html(web, host, path)


def test_pembrokeshire_hidden_accordion_fact_and_welsh_site_elsewhere(web: Heldback276Web, truth: dict) -> None:
    host = "www.pembrokeshire.gov.uk"
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"]
    pg = "/privacy-promise/departmental-privacy-notices"
    html = _html(web, host, pg)
    panel = html.split('id="acc-2" hidden>', 1)[1].split("</div>", 1)[0]
    assert "overwritten after 30 days" in panel
    assert "http://www.sir-benfro.gov.uk/" in _links(web, host, "/")
    d51 = a["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]


def test_worcester_adverts_and_cloaked_mailbox(web: Heldback276Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    pg = "/community-safety/cctv"
    html = _html(web, host, pg)
    assert html.count('aria-label="Advertisement"') == 2 and "This email address is being protected" in html
    assert "community.safety@" not in _text(web, host, pg)
    spoc = _d(truth, host)["5.3"]["spoc"]
    assert spoc["phone"] and not spoc["email"]
    assert "service level agreement between the two councils" in _main(web, host, pg)
    assert _d(truth, host)["5.5"]["status"] == "not_met"


def test_north_herts_schedule_row_did_you_mean_and_dpo(web: Heldback276Web, truth: dict) -> None:
    host = "www.north-herts.gov.uk"
    d = _d(truth, host)
    assert f"http://{host}/your-council/retention-schedule" in d["5.1"]["pages"]
    assert "<td>Kept for 30 days, then overwritten automatically</td>" in _html(
        web, host, "/your-council/retention-schedule"
    )
    res = _html(web, host, "/search?search_api_fulltext=cctb")
    assert 'class="did-you-mean"' in res and "search_api_fulltext=cctv" in res
    assert "Data Protection Officer" in _main(web, host, "/community-safety-and-crime/cctv-and-footage-requests")
    assert d["5.3"]["status"] == "not_met"
    assert "democracy.north-herts.gov.uk" in web.sites[host].hosts()
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_reigate_spoc_only_in_closed_dialog(web: Heldback276Web, truth: dict) -> None:
    host = "www.reigate-banstead.gov.uk"
    pg = "/info/20093/community_safety/1247/cctv_and_community_safety"
    html = _html(web, host, pg)
    dlg = html.split('<dialog id="who"', 1)[1].split("</dialog>", 1)[0]
    assert not dlg.lstrip().startswith("open") and "single point of contact" in dlg
    assert html.count("single point of contact") == 1
    d = _d(truth, host)
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_mid_devon_policy_only_in_papers_and_pages_only_search(web: Heldback276Web, truth: dict) -> None:
    host, dem = "www.middevon.gov.uk", "democracy.middevon.gov.uk"
    assert "Surveillance camera policy" in _html(web, dem, "/mgAi.aspx?ID=8820")
    site = web.sites[host]
    assert isinstance(site, CmsSite) and not site.index_docs
    assert all(v["status"] == "not_met" for v in _d(truth, host).values())


def test_hinckley_faceted_news_first_and_park_fact(web: Heldback276Web, truth: dict) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    res = _html(web, host, "/search?q=cctv")
    assert "Filter by type" in res and "newest first" in res
    first = res.split('<li class="result"><h3><a href="', 1)[1].split('"', 1)[0]
    assert first.startswith("/news/")
    d51 = _d(truth, host)["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}/leisure-and-parks/parks/hollycroft-park"]


def test_newark_spoc_in_widget_and_councils_agreement_beside_police_protocol(web: Heldback276Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    pg = "/your-district/public-protection/crime-prevention/cctv/"
    assert "single point of contact" not in _main(web, host, pg)
    assert 'class="widget widget_text"' in _html(web, host, pg)
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and "nottinghamshire-police" in doc["url"]
    assert "shared service agreement" in _main(web, host, pg)
    site = web.sites[host]
    assert (
        isinstance(site, CmsSite)
        and site.search_mode == "grouped"
        and 'class="result-group"' in _html(web, host, "/search/?s=cctv")
    )


def test_gedling_legacy_no_search_and_a_to_z_signpost(web: Heldback276Web) -> None:
    host = "www.gedling.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/")
    az = _html(web, host, "/a-z")
    assert '<a href="/resident/communitysafety.php">CCTV</a>' in az
    assert "camera" not in _main_free(web, host, "/resident/communitysafety.php").lower()


def _main_free(web: Heldback276Web, host: str, path: str) -> str:
    """The text of a legacy page's content cell."""
    return _html(web, host, path).split("<h1>", 1)[1].split("</td>", 1)[0]


def test_east_staffs_hero_step_2_downloads_row_and_postback_pager(web: Heldback276Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    html = _html(web, host, "/CCTV")
    hero = html.split('<p class="hero__strap">', 1)[1].split("</p>", 1)[0]
    assert "step 2" in hero and html.lower().count("step 2") == 1
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    row = html.split(urlsplit(doc["url"]).path, 1)[1].split("</tr>", 1)[0]
    assert "<td>PDF</td>" in row and doc["signed"]
    res = _html(web, host, "/Search?q=apply")
    assert "javascript:__doPostBack" in res and 'id="__VIEWSTATE"' in res
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-10"


def test_boston_spoc_in_hidden_tab_and_report_figures(web: Heldback276Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    html = _html(web, host, "/article/21203/CCTV")
    contact = html.split('id="cctv-4" hidden>', 1)[1].split("</section>", 1)[0]
    assert "single point of contact" in contact
    assert "402 arrests" in _text(web, host, "/media/8802/CCTV-Annual-Report-2023-24.pdf")
    d = _d(truth, host)
    assert d["5.3"]["status"] == "met" and d["5.1"]["criteria"]["statistics"]
    assert f"http://{host}/article/21877/Fenside-estate-cameras" not in d["5.1"]["pages"]


def test_stratford_parking_breadcrumb_hidden_step_1_and_draft_word(web: Heldback276Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    pg = "/community-safety/cctv.cfm"
    html = _html(web, host, pg)
    assert "You are here:" in html and '<a href="/parking/index.cfm">Parking</a>' in html
    assert _linking(web, host, f"http://{host}{pg}") >= {f"http://{host}/community-safety/index.cfm"}
    hist = html.split('id="t-2" hidden>', 1)[1].split("</section>", 1)[0]
    assert "step 1 (desktop)" in hist and '<main id="main">' not in html
    d = _d(truth, host)
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2017"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback276Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.suffolk.gov.uk", "www.middevon.gov.uk", "www.gedling.gov.uk"})
