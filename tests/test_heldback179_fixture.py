"""The hundred-and-seventy-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the discovery structures the set is built from are really served (a camera page five clicks down the housing
menu and absent from every part of a split sitemap index; SPOC under data protection and a signed Met agreement under
partnerships; an A to Z that files the service under its brand name while its CCTV entry is bus lanes; robots.txt
forbidding the search; old addresses answering 301; a policy filed under 'About this website'; a stale sitemap
listing a dead /cctv; a park page only on page 2 of a directory; a code only in a policies library; a signed
agreement only as a grant schedule in the transparency section, and another only as an appendix of an evaluation
filed under performance; an A to Z 'CCTV and surveillance' entry that is the RIPA page; a page reached only from a
notice, another only from a sentence; a menu-only sitemap; a Word statement without extension; and councils that
publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
import re
from collections import Counter, deque
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback.truth import link_graph
from fixtures.heldback179.truth import TRUTH_PATH
from fixtures.heldback179.web import Heldback179Web


@pytest.fixture(scope="module")
def web() -> Heldback179Web:
    return Heldback179Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _depth(web: Heldback179Web, host: str, url: str) -> int:
    """Clicks from the homepage to `url` over the links the site serves."""
    graph = link_graph(web, web.sites[host])
    start = f"http://{host}/"
    seen = {start: 0}
    queue = deque([start])
    while queue:
        u = queue.popleft()
        for v in graph.get(u, []):
            if v not in seen:
                seen[v] = seen[u] + 1
                queue.append(v)
    return seen[url]


def _a_z(web: Heldback179Web, host: str) -> list[tuple[str, str]]:
    body = _html(web, host, "/a-z").split('<main id="main">', 1)[1].split("</main>", 1)[0]
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', body)


def _locs(web: Heldback179Web, host: str, path: str) -> list[str]:
    r = _render(web, f"http://{host}{path}")
    assert r.status == 200 and "xml" in (r.header("Content-Type") or "")
    return re.findall(r"<loc>([^<]+)</loc>", r.body.decode("utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback179Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 179)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_deep_page_missing_from_split_sitemap_spoc_and_agreement_far_away(web: Heldback179Web, truth: dict) -> None:
    host = "www.camden.gov.uk"
    page = (
        f"http://{host}/housing/council-tenants-and-leaseholders/safety-on-your-estate/estate-security/"
        "cctv-and-responsive-security-patrol"
    )
    assert _depth(web, host, page) == 5
    assert _linking(web, host, page) == {page.rsplit("/", 1)[0]}
    index = _render(web, f"http://{host}/sitemap.xml").body.decode("utf-8")
    assert "<sitemapindex" in index and f"Sitemap: http://{host}/sitemap.xml" in web.sites[host].robots_txt()
    parts = _locs(web, host, "/sitemap.xml")
    assert len(parts) == 3
    listed = {u for part in parts for u in _locs(web, host, urlsplit(part).path)}
    assert page not in listed and any(u.endswith("camden-cctv-code-of-practice.pdf") for u in listed)
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/about-the-council/data-protection/surveillance-camera-governance"
    }
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/about-the-council/partnerships/safer-camden/partnership-documents"
    }
    assert "Signed for and on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)


def test_a_z_files_service_under_brand_name_robots_forbid_search_and_old_address(
    web: Heldback179Web, truth: dict
) -> None:
    host = "www.leeds.gov.uk"
    page = "/community-safety/safer-leeds/leedswatch"
    entries = dict((t, u) for u, t in _a_z(web, host))
    assert entries["Leedswatch"] == page and entries["Public space surveillance"] == page
    assert [u for t, u in entries.items() if t.startswith("CCTV")] == ["/parking/bus-lane-enforcement"]
    assert "Disallow: /search" in web.sites[host].robots_txt()
    old = _render(web, f"http://{host}/saferleeds/Leedswatch-security-service")
    assert old.status == 301 and old.header("Location") == f"http://{host}{page}"
    assert "/saferleeds/Leedswatch-security-service" in _html(web, host, "/news-and-events/watching-over-the-city")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "<details>" in _html(web, host, page)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {
        "/privacy-and-data/service-privacy-notices/communities-privacy/cctv-notice"
    }


def test_policy_filed_under_about_this_website_old_address_301(web: Heldback179Web, truth: dict) -> None:
    host = "www.brighton-hove.gov.uk"
    pol = f"http://{host}/about-website/brighton-hove-city-council-surveillance-camera-policy"
    assert _linking(web, host, pol) == {f"http://{host}/about-website"}
    assert '<a href="/about-website">About this website</a>' in _html(web, host, "/")
    old = _render(web, f"http://{host}/about-website/brighton-hove-city-council-cctv-policy")
    assert old.status == 301 and old.header("Location") == pol
    assert "/about-website/brighton-hove-city-council-cctv-policy" in _html(web, host, "/community-safety")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert "single point of contact" in _main(web, host, urlsplit(pol).path)


def test_councils_that_publish_nothing(web: Heldback179Web, truth: dict) -> None:
    hosts = {"www.cambridgeshire.gov.uk", "www.ceredigion.gov.uk", "www.eastcambs.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    assert dict((t, u) for u, t in _a_z(web, "www.cambridgeshire.gov.uk"))["CCTV"] == (
        "/residents/community-safety/cameras-in-town-centres"
    )
    assert "does not run town centre CCTV" in _main(
        web, "www.cambridgeshire.gov.uk", "/residents/community-safety/cameras-in-town-centres"
    )
    assert len(_locs(web, "www.cambridgeshire.gov.uk", "/sitemap.xml")) == 3
    assert [urlsplit(u).path for u in _locs(web, "www.eastcambs.gov.uk", "/sitemap.xml")] == [
        "/wp-sitemap-posts-page-1.xml",
        "/wp-sitemap-posts-post-1.xml",
    ]
    assert "City of Ely Council" in _main(web, "www.eastcambs.gov.uk", "/community/cctv-in-ely-and-soham")
    assert "Disallow: /search" in web.sites["www.ceredigion.gov.uk"].robots_txt()
    assert 'lang="cy"' in _html(web, "www.ceredigion.gov.uk", "/cy/diogelwch-cymunedol/camerau-trefi")


def test_one_fact_on_page_two_of_a_directory_and_five_levels_down(web: Heldback179Web, truth: dict) -> None:
    host = "www.gedling.gov.uk"
    park = f"http://{host}/resident/parksandopenspaces/parks/churchlanerecreationground.php"
    page2 = f"http://{host}/resident/parksandopenspaces/parksdirectory.php?page=2"
    assert _linking(web, host, park) == {page2}
    into_page2 = _linking(web, host, page2) - {f"http://{host}/resident/parksandopenspaces/parksdirectory.php"}
    assert into_page2 and all("/parksandopenspaces/parks/" in u for u in into_page2)  # only its own parks' crumbs
    site = web.sites[host]
    assert not site.az and "Disallow: /search.php" in site.robots_txt()
    for one, path in (
        (host, urlsplit(park).path),
        ("www.southribble.gov.uk", "/regeneration/town-deals/leyland-town-deal/public-realm/market-square"),
    ):
        d51 = _auth(truth, one)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
        assert d51["pages"] == [f"http://{one}{path}"]
    sr = "www.southribble.gov.uk"
    assert _depth(web, sr, f"http://{sr}/regeneration/town-deals/leyland-town-deal/public-realm/market-square") == 5
    assert (
        dict((t, u) for u, t in _a_z(web, sr))["CCTV and surveillance"] == "/community-safety/covert-surveillance-ripa"
    )


def test_stale_sitemap_dead_cctv_address_and_code_only_in_library(web: Heldback179Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    listed = _locs(web, host, "/sitemap.xml")
    assert f"http://{host}/cctv" in listed and _render(web, f"http://{host}/cctv").status == 404
    page = f"http://{host}/community-and-safety/safer-brentwood/cctv-control-room"
    assert page not in listed
    code = f"http://{host}/sites/default/files/2024-05/CCTV-Code-of-Practice-2024.pdf"
    assert _linking(web, host, code) == {
        f"http://{host}/council-and-democracy/policies-and-strategies/community-safety-policies"
    }
    assert "step 2" not in _main(web, host, urlsplit(page).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-03"
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"


def test_agreement_only_as_grant_schedule_in_transparency(web: Heldback179Web, truth: dict) -> None:
    host = "www.castlepoint.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/transparency/grants-received"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "For Essex Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "agreement" not in _main(web, host, "/article/4107/Public-space-CCTV").lower()


def test_a_z_security_cameras_no_search_and_word_statement(web: Heldback179Web, truth: dict) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    site = web.sites[host]
    assert site.search is None and "<form" not in _html(web, host, "/")
    titles = [t for _, t in _a_z(web, host)]
    assert "Security cameras" in titles and not any(t.upper().startswith("CCTV") for t in titles)
    stmt = f"http://{host}/downloads/file/3391/cctv-annual-statement-2023"
    assert _no_extension(stmt)
    assert (_render(web, stmt).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and [e["url"] for e in d["5.2"]["evidence"]] == [stmt]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_evaluation_under_performance_holds_signed_protocol(web: Heldback179Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    cctv = f"http://{host}/CCTV"
    assert _linking(web, host, cctv) == {f"http://{host}/community/community-safety/town-centres"}
    assert _depth(web, host, cctv) == 4
    main = _main(web, host, "/CCTV")
    assert "BS 7958" in main and "Data Protection Act 1998" in main and "independently evaluated" in main
    ev = f"http://{host}/council/performance/service-evaluations/cctv-evaluation-2024"
    assert ev not in _linking(web, host, ev) and cctv not in _linking(web, host, ev)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {ev} and doc["force"] == "Staffordshire"
    assert d["5.2"]["status"] == "not_met"


def test_notice_only_route_old_address_and_spoc_in_transparency_register(web: Heldback179Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    page = f"http://{host}/w/public-space-cctv"
    assert _linking(web, host, page) == {f"http://{host}/w/community-safety"}
    assert 'class="notice"' in _html(web, host, "/w/community-safety")
    old = _render(web, f"http://{host}/cctv")
    assert old.status == 301 and old.header("Location") == page
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/w/surveillance-camera-systems-register"}
    assert "Rugby First Limited" in _main(web, host, "/w/public-space-cctv") and d["5.5"]["status"] == "not_met"


def test_page_filed_under_data_protection_with_a_z_footage_entry(web: Heldback179Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    page = "/pages/cctv_footage"
    assert dict((t, u) for u, t in _a_z(web, host))["Footage (CCTV)"] == page
    rights = f"http://{host}/pages/your_council/data_protection_and_foi/your_information_rights"
    assert _linking(web, host, f"http://{host}{page}") == {rights, f"http://{host}/a-z"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))
    assert "moderngov.oadby-wigston.gov.uk" in web.sites[host].hosts()


def test_page_only_from_a_sentence_and_menu_only_sitemap(web: Heldback179Web, truth: dict) -> None:
    host = "www.rossendale.gov.uk"
    page = f"http://{host}/community-safety/town-centre-cameras"
    assert _linking(web, host, page) == {f"http://{host}/community-safety/anti-social-behaviour"}
    assert page not in _locs(web, host, "/sitemap.xml")
    assert "certification" in _main(web, host, "/news/hub-recognised")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
