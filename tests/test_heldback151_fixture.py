"""The hundred-and-fifty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (camera material filed deep or in unlikely sections:
housing estate safety five menu levels down with an A to Z that never says CCTV, community advice with the signed
police protocol linked only from a maps-section page, recycling-site rules and a country park's facilities table,
town centre management under Business on a Welsh-first site, Lifeline, a leisure centre's safety page holding the
SPOC, a park's safety page holding the signed agreement, a CCTV page outside every menu reached only from sheltered
housing and car parks, neighbourhood shopping centres under commercial property, a multi-storey car park holding the
control centre; one-fact councils on a regeneration project's questions page and a community centre's facilities
list, five clicks down; sites without search or A to Z; robots forbidding search; documents without extension; a
step 2 claim only in a business brochure; and councils that publish nothing but carry look-alikes).
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
from fixtures.heldback151.truth import TRUTH_PATH
from fixtures.heldback151.web import Heldback151Web


@pytest.fixture(scope="module")
def web() -> Heldback151Web:
    return Heldback151Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _depth(web: Heldback151Web, host: str, path: str, skip: set[str] | None = None) -> int:
    """Fewest clicks from the homepage to `path` over the served links, never passing through `skip` paths."""
    graph = link_graph(web, web.sites[host])
    start, target = f"http://{host}/", f"http://{host}{path}"
    seen, queue = {start: 0}, deque([start])
    while queue:
        u = queue.popleft()
        if u == target:
            return seen[u]
        for v in graph.get(u, []):
            if v not in seen and urlsplit(v).path not in (skip or set()):
                seen[v] = seen[u] + 1
                queue.append(v)
    raise AssertionError(f"{target} not reachable")


def _robots_forbid(web: Heldback151Web, host: str) -> bool:
    site = web.sites[host]
    return site.search is not None and f"Disallow: {site.search[0]}" in site.robots_txt()


def test_fresh_councils(web: Heldback151Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 151)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 2, "partial": 6, "not_met": 7}, tally
    assert tally["5.5"] == {"met": 3, "partial": 3, "not_met": 9}, tally


def test_estate_safety_five_menu_levels_down_and_a_to_z_without_cctv(web: Heldback151Web, truth: dict) -> None:
    host = "www.wandsworth.gov.uk"
    jcc = "/housing/council-tenants-and-leaseholders/your-estate/estate-safety/cameras-and-the-joint-control-centre"
    assert _depth(web, host, jcc, skip={"/a-z"}) == 5
    az = _main(web, host, "/a-z")
    assert "Estate safety" in az and "cctv" not in az.lower() and "camera" not in az.lower()
    assert "cctv" not in _main(web, host, "/community-safety/crime-prevention").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and f"http://{host}{jcc}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("jcc@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_protocol_linked_only_from_the_camera_map_note(web: Heldback151Web, truth: dict) -> None:
    host = "www.dudley.gov.uk"
    site = web.sites[host]
    assert _robots_forbid(web, host) and not site.az
    pg = "/council-community/community-advice/cctv-use-in-the-dudley-borough/"
    assert 'href="/council-community/community-advice/">Community advice</a>' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "West Midlands"
    assert _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}/maps/cctv-camera-locations/"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "About this data" in _main(web, host, "/maps/cctv-camera-locations/")
    assert d["5.3"]["status"] == "not_met"


def test_cameras_on_recycling_rules_and_park_facilities_table_spoc_on_data_protection_page(
    web: Heldback151Web, truth: dict
) -> None:
    host = "www.leicestershire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    pages = {urlsplit(u).path for u in d["5.1"]["pages"]}
    rules = "/waste-and-recycling/recycling-and-household-waste-sites/rules-for-using-our-sites"
    park = "/countryside/country-parks/beacon-hill-country-park"
    assert {rules, park} <= pages
    assert '<th scope="col">Facility</th>' in _html(web, host, park) and "<td>CCTV</td>" in _html(web, host, park)
    dp = "/about-the-council/data-protection-and-privacy/cctv-systems-used-by-the-council"
    assert "14" not in _main(web, host, dp)
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {dp}
    pol = f"http://{host}/media/8813/cctv-policy"
    assert _no_extension(pol) and pol in _links(web, host, dp)
    assert d["5.5"]["status"] == "not_met"
    assert "district and borough councils" in _main(web, host, "/community-safety/town-centre-cctv")


def test_welsh_first_twins_under_town_centre_management(web: Heldback151Web, truth: dict) -> None:
    host = "www.neath-porttalbot.gov.uk"
    home = _links(web, host, "/")
    assert home.index(f"http://{host}/cy") < home.index(f"http://{host}/en")
    pg = "/en/business/town-centres/town-centre-management/town-centre-safety-and-cctv"
    cy = "/cy/busnes/canol-trefi/rheoli-canol-trefi/diogelwch-canol-trefi-a-teledu-cylch-cyfyng"
    assert _depth(web, host, pg) == 5
    assert f"http://{host}{cy}" in _links(web, host, pg) and f"http://{host}{pg}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"] and "<img" not in _html(web, host, pg)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and "privacy-statement" in d["5.5"]["evidence"][0]["url"]


def test_no_search_no_a_to_z_and_spoc_only_on_a_leisure_centre_page(web: Heldback151Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and not site.sitemap
    assert "<form" not in _html(web, host, "/")
    pg = "/community-and-living/community-safety/crime-and-anti-social-behaviour/cctv"
    assert _depth(web, host, pg) == 4
    assert "single point of contact" not in _main(web, host, pg)
    assert "Data Protection Act 1998" in _main(web, host, pg) and "£10" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/leisure-and-culture/leisure-centres/westminster-lodge/your-safety-at-the-centre"
    }
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_cctv_filed_under_lifeline(web: Heldback151Web, truth: dict) -> None:
    host = "www.redditchbc.gov.uk"
    pg = "/health-and-wellbeing/lifeline/our-24-hour-control-room/public-space-cameras"
    assert _depth(web, host, pg) == 4
    assert 'href="/health-and-wellbeing/lifeline">Lifeline</a>' in _html(web, host, pg)
    assert "<caption>Cameras by area</caption>" in _html(web, host, pg)
    assert "cctv" not in _main(web, host, "/a-z").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]
    assert d["5.5"]["status"] == "not_met"


def test_signed_agreement_linked_only_from_the_park_safety_page(web: Heldback151Web, truth: dict) -> None:
    host = "www.horsham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex" and _no_extension(doc["url"])
    park = f"http://{host}/parks-and-countryside/parks/horsham-park/safety-in-the-park"
    assert _linking(web, host, doc["url"]) == {park}
    assert d["5.3"]["status"] == "not_met" and "mailto:" not in _html(
        web, host, "/community/safety-and-emergencies/cctv"
    )


def test_one_fact_councils_five_clicks_down(web: Heldback151Web, truth: dict) -> None:
    for host, path in (
        ("www.lewes-eastbourne.gov.uk", "/regeneration/newhaven/town-deal/dacre-road-car-park/questions"),
        (
            "www.spelthorne.gov.uk",
            "/services/health-and-wellbeing/older-people/community-centres/greeno-centre/facilities.aspx",
        ),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert _depth(web, host, path, skip={"/a-z"}) == 5, host
    assert not web.sites["www.spelthorne.gov.uk"].az
    assert "Eastbourne Borough Council's cameras" in _main(
        web, "www.lewes-eastbourne.gov.uk", "/eastbourne/community-safety/cctv"
    )


def test_cctv_page_outside_every_menu(web: Heldback151Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    site = web.sites[host]
    assert _robots_forbid(web, host) and not site.az and not site.sitemap
    pg = f"http://{host}/communities-and-health/closed-circuit-television-cctv"
    assert _linking(web, host, pg) == {
        f"http://{host}/housing/sheltered-housing/safety-in-your-scheme",
        f"http://{host}/parking/car-parks",
    }
    assert pg not in _links(web, host, "/communities-and-health")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "not_met"


def test_camera_counts_in_shopping_centres_table_and_word_form(web: Heldback151Web, truth: dict) -> None:
    host = "www.harlow.gov.uk"
    cen = "/business/council-shops-and-commercial-property/neighbourhood-centres/safety-at-our-shopping-centres"
    assert "<caption>Cameras at our shopping centres</caption>" in _html(web, host, cen)
    assert _depth(web, host, cen) == 4
    form = "/downloads/file/772/cctv-footage-request-form.docx"
    assert (_render(web, f"http://{host}{form}").header("Content-Type") or "").startswith(
        "application/vnd.openxmlformats"
    )
    assert "democracy.harlow.gov.uk" in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"


def test_control_centre_under_a_car_park_and_step_2_only_in_a_brochure(web: Heldback151Web, truth: dict) -> None:
    host = "www.swale.gov.uk"
    cc = "/parking/car-parks/spirit-of-sittingbourne-multi-storey/cctv-control-centre"
    assert 'href="/parking/car-parks">Car parks</a>' in _html(web, host, cc)
    assert _depth(web, host, cc) == 4
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert ev["url"].endswith("swale-cctv-monitoring-brochure.pdf") and d["5.2"]["level"] == "step2"
    for path in (cc, f"{cc}/monitoring-for-businesses"):
        assert "step 2" not in _main(web, host, path).lower()
    assert "step 2 certification" in _text(web, host, urlsplit(ev["url"]).path)
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Kent"


def test_robots_forbid_search_and_sites_without_search(web: Heldback151Web, truth: dict) -> None:
    for host in ("www.dudley.gov.uk", "www.ipswich.gov.uk", "www.uttlesford.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    for host in ("www.stalbans.gov.uk", "www.torridge.gov.uk"):
        assert not _auth(truth, host)["heldback"]["search"], host
    assert '<main id="main">' not in _html(web, "www.torridge.gov.uk", "/")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback151Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.slough.gov.uk", "www.torridge.gov.uk", "www.uttlesford.gov.uk"})
    assert "Thames Valley Police" in _main(web, "www.slough.gov.uk", "/crime-safety/cctv")
    assert "democracy.slough.gov.uk" in web.sites["www.slough.gov.uk"].hosts()
    strap = _html(web, "www.torridge.gov.uk", "/community-safety.php")
    assert "CCTV, neighbourhood policing" in strap and "camera" not in strap.split("</strong>", 1)[1].split("<ul>")[0]
    assert "town councils" in _main(web, "www.uttlesford.gov.uk", "/community-safety/town-centre-cameras")
    assert "democracy.uttlesford.gov.uk" in web.sites["www.uttlesford.gov.uk"].hosts()
