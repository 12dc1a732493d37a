"""The two hundred and eightieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: camera pages four to six clicks down on sites whose
search box is a postcode finder, a planning-register search, a form posting to another host, a search whose results
are script buttons, or no search at all; an A to Z only as a PDF listing addresses as text, an A to Z linked only
from the Contact us page, an A to Z whose 'CCTV' entry stops at a hub or is a signpost, an A to Z whose 'Cameras'
entry is penalty-charge cameras, an HTML site map of closed details, a site index two levels deep, a sitemap.xml that
stops two levels down; hubs whose only link words are 'Explore', 'More' and 'Mwy', 'Dive in', 'Keeping an eye out',
'In depth', 'Plan your visit', an arrow named by aria-label, life-event questions and a long list-like link; and the
labelled claims, contacts and agreements where the labels put them.
"""

from __future__ import annotations

import json
from collections import deque
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
from fixtures.heldback280.truth import TRUTH_PATH
from fixtures.heldback280.web import Heldback280Web


@pytest.fixture(scope="module")
def web() -> Heldback280Web:
    return Heldback280Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _depth(web: Heldback280Web, host: str, path: str, skip: tuple[str, ...] = ()) -> int:
    """Clicks from the homepage to ``path`` over the links the site serves (not through the pages ``skip``)."""
    site = web.sites[host]
    graph = link_graph(web, site)
    start, target = site.url("/"), site.url(path)
    avoid = {site.url(s) for s in skip}
    seen = {start: 0}
    queue = deque([start])
    while queue:
        u = queue.popleft()
        for v in graph.get(u, []):
            if v not in seen and v not in avoid:
                seen[v] = seen[u] + 1
                queue.append(v)
    return seen[target]


def _inbound(web: Heldback280Web, host: str, url: str) -> set[str]:
    """The pages linking to ``url``, leaving out its own sub-pages (whose breadcrumbs link back up)."""
    return {u for u in _linking(web, host, url) if not u.startswith(url + "/")}


def _no_site_search(web: Heldback280Web, host: str) -> None:
    assert web.sites[host].search is None
    assert 'role="search"' not in _html(web, host, "/") or "https://" in _html(web, host, "/").split('role="search"')[0]


def test_fresh_councils_and_tallies(web: Heldback280Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 280)
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 9, "partial": 3, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 4, "partial": 5, "not_met": 6}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_postcode_finder_explore_cards_five_deep_and_callout(web: Heldback280Web, truth: dict) -> None:
    host = "www.brent.gov.uk"
    assert "Find services near you (postcode)" in _html(web, host, "/")
    cctv = "/your-community/crime-and-community-safety/community-protection/keeping-brent-safe/cctv-in-brent"
    assert f'href="{cctv}"' not in _html(web, host, "/near-me?postcode=cctv")
    hub = "/your-community/crime-and-community-safety/community-protection/keeping-brent-safe"
    assert _inbound(web, host, f"http://{host}{cctv}") == {f"http://{host}{hub}"}
    assert f'<a class="card__link" href="{cctv}">Explore</a>' in _html(web, host, hub)
    assert _depth(web, host, cctv) == 5
    az = _html(web, host, "/a-z")
    assert 'href="/parking-and-transport/camera-enforcement">Cameras</a>' in az and cctv not in az
    assert "penalty charge notice" in _main(web, host, "/parking-and-transport/camera-enforcement")
    assert '<div class="callout"><strong>Did you know?</strong>' in _html(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"] and "<img" not in _html(web, host, cctv)
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_a_to_z_only_as_pdf_and_no_search(web: Heldback280Web, truth: dict) -> None:
    host = "www.sthelens.gov.uk"
    _no_site_search(web, host)
    assert _render(web, f"http://{host}/a-z").status == 404
    pdf = "/downloads/file/2231/a-to-z-of-services.pdf"
    assert f'href="{pdf}">A to Z (PDF)</a>' in _html(web, host, "/")
    r = _render(web, f"http://{host}{pdf}")
    assert r.header("Content-Type") == "application/pdf"
    assert "www.sthelens.gov.uk/article/3168/St-Helens-CCTV" in _text(web, host, pdf)
    cctv = "/article/3168/St-Helens-CCTV"
    pri = "/article/3165/Partnership-priorities"
    assert _inbound(web, host, f"http://{host}{cctv}") == {f"http://{host}{pri}"}
    assert f'<a href="{cctv}">Watching over the borough</a>' in _html(web, host, pri)
    assert _depth(web, host, cctv) == 5
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["awarded"] == "2017-02-27" and d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]


def test_life_event_questions_and_search_results_as_buttons(web: Heldback280Web, truth: dict) -> None:
    host = "www.thurrock.gov.uk"
    results = _html(web, host, "/search?query=cctv")
    assert 'data-go="/closed-circuit-television-cctv/use-of-cctv"' in results
    assert not any("closed-circuit" in u for u in _links(web, host, "/search?query=cctv"))
    assert _render(web, f"http://{host}/a-z").status == 404
    guide = f"http://{host}/closed-circuit-television-cctv"
    assert _inbound(web, host, guide) == {f"http://{host}/housing/estate-safety"}
    assert "How do we keep blocks and estates safe?</a>" in _html(web, host, "/life-events/new-council-tenant")
    for part in ("use-of-cctv", "requesting-footage", "who-is-responsible"):
        assert _depth(web, host, f"/closed-circuit-television-cctv/{part}") == 5
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/closed-circuit-television-cctv/who-is-responsible"
    }
    assert "900 CCTV cameras" in _main(web, host, "/foi-responses/cctv-cameras")
    assert not any("foi" in u for u in d["5.1"]["pages"])


def test_bilingual_customer_services_cards(web: Heldback280Web, truth: dict) -> None:
    host = "www.bridgend.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    csv = "/en/my-council/customer-services"
    cc = f"{csv}/cctv-and-after-hours-customer-service"
    assert f'<a class="card__link" href="{cc}">More</a>' in _html(web, host, csv)
    cy = "/cy/fy-nghyngor/gwasanaethau-cwsmeriaid/teledu-cylch-cyfyng"
    assert 'class="card__link" href="' + cy + '">Mwy</a>' in _html(web, host, "/cy/fy-nghyngor/gwasanaethau-cwsmeriaid")
    assert _depth(web, host, cc) == 4
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"] and "mailto:" not in _html(web, host, cc)


def test_offsite_search_and_plan_your_visit(web: Heldback280Web, truth: dict) -> None:
    host = "www.blaby.gov.uk"
    home = _html(web, host, "/")
    assert 'action="https://www.google.co.uk/search"' in home and web.sites[host].search is None
    vis = "/your-council/contact-and-visit/our-offices/council-offices-narborough"
    assert f'href="{vis}">Plan your visit</a>' in _html(web, host, "/your-council/contact-and-visit/our-offices")
    assert _depth(web, host, vis) == 4
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]


def test_arrow_links_a_to_z_stops_at_hub_and_step_1_in_a_list(web: Heldback280Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    stat = "/access-information/information-we-publish/policy-and-statutory-information"
    cctv = f"{stat}/cctv-cameras-footage"
    html = _html(web, host, stat)
    assert f'href="{cctv}" aria-label="Go to CCTV cameras and footage">&rarr;</a>' in html
    assert _inbound(web, host, f"http://{host}{cctv}") == {f"http://{host}{stat}"}
    assert 'href="/access-information">CCTV</a>' in _html(web, host, "/a-z")
    assert _depth(web, host, cctv) == 4
    assert "<ol><li>" in html and "step one (desktop) certification" in _main(web, host, stat)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-06" and d["5.5"]["status"] == "not_met"


def test_planning_only_search_and_one_fact_in_a_progress_table(web: Heldback280Web, truth: dict) -> None:
    host = "www.n-kesteven.gov.uk"
    assert "Search planning applications" in _html(web, host, "/")
    assert "No planning applications match" in _main(web, host, "/planning-search?ref=cctv")
    prog = "/your-council/plans-and-performance/corporate-plan/progress-2024-25"
    assert "<td>Sleaford's town centre cameras are upgraded" in _html(web, host, prog).replace("&#x27;", "'")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["pages"] == [f"http://{host}{prog}"] and d51["criteria"]["operator"]


def test_site_map_of_closed_details_and_six_clicks_by_menu(web: Heldback280Web, truth: dict) -> None:
    host = "www.threerivers.gov.uk"
    _no_site_search(web, host)
    assert _render(web, f"http://{host}/a-z").status == 404
    tools = "/community/community-safety/community-safety-partnership/tackling-anti-social-behaviour/crime-database-and-cameras"
    cctv = f"{tools}/cctv"
    assert _inbound(web, host, f"http://{host}{cctv}") == {f"http://{host}{tools}", f"http://{host}/site-map"}
    assert f'href="{cctv}">Keeping an eye out</a>' in _html(web, host, tools)
    assert "<details><summary>Community</summary>" in _html(web, host, "/site-map")
    assert _depth(web, host, "/site-map") == 1
    assert _depth(web, host, cctv) == 2 and _depth(web, host, cctv, skip=("/site-map",)) == 6
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["url"].endswith(".docx")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "on behalf of Three Rivers District Council" in text and "on behalf of Hertfordshire Constabulary" in text
    assert not any("prevent" in e["url"] for e in d["5.3"]["evidence"])
    assert "single point of contact for Prevent" in _main(web, host, "/community/community-safety/prevent")


def test_legacy_long_link_one_fact(web: Heldback280Web, truth: dict) -> None:
    host = "www.torridge.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/")
    assert "CCTV, neighbourhood policing, public spaces protection orders and more</a>" in _html(
        web, host, "/community"
    )
    quay = "/community/community-safety/public-spaces-protection-orders/bideford-quay"
    assert _depth(web, host, quay) == 4
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["disclosure"]


def test_dive_in_cards_figures_only_in_report_and_draft(web: Heldback280Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    cctv = "/community/community-safety/safer-communities/cctv"
    assert f'href="{cctv}">Dive in</a>' in _html(web, host, "/community/community-safety/safer-communities")
    assert "636" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    rep = next(u for u in d["5.1"]["pages"] if u.endswith(".pdf"))
    assert "636 incidents" in _text(web, host, urlsplit(rep).path)
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_a_to_z_only_from_contact_page_and_signed_protocol(web: Heldback280Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    _no_site_search(web, host)
    assert 'href="/a-to-z"' not in _html(web, host, "/")
    assert _linking(web, host, f"http://{host}/a-to-z") == {f"http://{host}/contact-us"}
    assert '<a href="/cctv">Who is watching?</a>' in _html(web, host, "/parking/car-parks/safety-in-our-car-parks")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["date"] == "2023-07-18" and doc["force"] == "Sussex"
    assert d["5.2"]["status"] == "not_met" and "Safer Parking Award" in _main(
        web, host, "/parking/car-parks/safety-in-our-car-parks"
    )


def test_sitemap_stops_two_levels_down_and_agreement_six_clicks(web: Heldback280Web, truth: dict) -> None:
    host = "www.westoxon.gov.uk"
    _no_site_search(web, host)
    sitemap = _render(web, f"http://{host}/sitemap.xml").body.decode()
    assert (
        "Sitemap: " in web.sites[host].robots_txt() and "<loc>http://www.westoxon.gov.uk/communities</loc>" in sitemap
    )
    assert "public-space-cctv" not in sitemap and "town-centre-cameras" not in sitemap
    pg = "/communities/community-safety/safer-towns/town-centre-cameras/public-space-cctv"
    assert f'href="{pg}">In depth</a>' in _html(
        web, host, "/communities/community-safety/safer-towns/town-centre-cameras"
    )
    assert _depth(web, host, pg) == 5
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _depth(web, host, urlsplit(doc["url"]).path) == 7
    assert doc["signed"] and doc["force"] == "Thames Valley"
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_councils_that_publish_nothing(web: Heldback280Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.essex.gov.uk", "www.sstaffs.gov.uk", "www.easthants.gov.uk"})
    assert 'href="/crime-and-safety/cctv-in-your-area">CCTV</a>' in _html(web, "www.essex.gov.uk", "/a-z")
    assert "does not run public space CCTV" in _main(web, "www.easthants.gov.uk", "/community-safety/cctv")
    host = "www.sstaffs.gov.uk"
    _no_site_search(web, host)
    index = _html(web, host, "/site-index")
    assert 'href="/community/parish-councils"' in index and _render(web, f"http://{host}/a-z").status == 404
