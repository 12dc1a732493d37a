"""The hundred and eighty-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a CCTV page linked only from an off-canvas drawer hidden
until a button is pressed; drop-down menus whose parents are javascript: links; a guide whose parts are linked only
from a hidden contents list; a script-hidden mobile menu; A to Z pages split by letter, one letter running over two
pages, one A to Z under U, one in Welsh letters with Ll and Th, one whose CCTV entry leads nowhere; a canned document
search holding the only link to a signed memorandum; a search with a Recommended box; paged search results; sitemaps
named only in robots.txt, a sitemap index of three parts and a two-level index; documents served without extension, a
PDF with a filename and a Word file without one; a step 2 claim only in a hidden carousel slide's alt text; a step 1
claim only in a report without extension; a SPOC in a definition list and one in a closed details widget; a Welsh
twin; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback184.truth import TRUTH_PATH
from fixtures.heldback184.web import Heldback184Web


@pytest.fixture(scope="module")
def web() -> Heldback184Web:
    return Heldback184Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _xml_locs(web: Heldback184Web, url: str) -> list[str]:
    r = _render(web, url)
    assert r.status == 200 and r.header("Content-Type") == "application/xml", url
    return re.findall(r"<loc>([^<]+)</loc>", r.body.decode())


def test_fresh_councils(web: Heldback184Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 184)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_cctv_page_only_in_off_canvas_drawer(web: Heldback184Web, truth: dict) -> None:
    host = "www.brent.gov.uk"
    cctv = "/your-community/crime-and-community-safety/cctv-in-brent/"
    home = _html(web, host, "/")
    drawer = home.split('<div id="site-drawer" class="off-canvas" hidden>', 1)[1].split("</div>", 1)[0]
    assert f'href="{cctv}"' in drawer and home.count(f'href="{cctv}"') == 1
    assert cctv not in _html(web, host, "/your-community/crime-and-community-safety").split('<main id="main">')[1]
    main = _main(web, host, cctv)
    assert "191 cameras" in main and "bus lane" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_a_to_z_letter_over_two_pages_and_canned_document_search(web: Heldback184Web, truth: dict) -> None:
    host = "www.wolverhampton.gov.uk"
    cctv = f"http://{host}/community-safety/public-space-cctv"
    assert f"http://{host}/a-z/c?page=2" in _links(web, host, "/a-z/c")
    assert cctv not in _links(web, host, "/a-z/c") and cctv in _links(web, host, "/a-z/c?page=2")
    site_links = {u for u in _linking(web, host, cctv) if "/search" not in u and not u.startswith(cctv)}
    assert site_links == {f"http://{host}/a-z/c?page=2"}  # besides search results and its own sub-page
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands" and _no_extension(doc["url"])
    linkers = _linking(web, host, doc["url"])
    assert f"http://{host}/search?q=cctv&type=documents" in linkers
    assert all(urlsplit(u).path == "/search" for u in linkers)  # only search results pages link the memorandum
    assert "Signed for and on behalf of West Midlands Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "filename=" in (_render(web, doc["url"]).header("Content-Disposition") or "")
    gov = _html(web, host, "/community-safety/public-space-cctv/governance")
    assert "<dt>Single point of contact for surveillance cameras</dt>" in gov
    assert d["5.3"]["status"] == "met"


def test_sitemaps_named_only_in_robots_and_deep_page(web: Heldback184Web, truth: dict) -> None:
    host = "www.middlesbrough.gov.uk"
    robots = web.sites[host].robots_txt()
    maps = re.findall(r"Sitemap: (\S+)", robots)
    assert len(maps) == 3 and _render(web, f"http://{host}/sitemap.xml").status == 404
    a = _auth(truth, host)
    cctv = f"http://{host}/community-safety-and-crime/safer-middlesbrough-partnership/tools-and-powers/cctv"
    (doc,) = a["deliverables"]["5.5"]["documents"]
    assert cctv in _xml_locs(web, maps[0]) and doc["url"] in _xml_locs(web, maps[2])
    assert _no_extension(doc["url"]) and doc["signed"] and doc["force"] == "Cleveland"
    assert a["oracle_fetches"] == 6


def test_welsh_a_to_z_letters_and_twin(web: Heldback184Web, truth: dict) -> None:
    host = "www.powys.gov.uk"
    letters = _links(web, host, "/cy/a-i-y")
    assert {f"http://{host}/cy/a-i-y/{x}" for x in ("ll", "th", "ch", "t")} <= set(letters)
    assert '<html lang="cy">' in _html(web, host, "/cy/a-i-y/t")
    assert f"http://{host}/cy/erthygl/2290/Teledu-cylch-cyfyng-yng-nghanol-trefi" in _links(web, host, "/cy/a-i-y/t")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cy/erthygl/4410/Hysbysiad-Preifatrwydd" in d["5.1"]["pages"]
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["purpose"]
    assert "information.compliance@" in _main(web, host, "/en/article/4410/Privacy-Notice")
    assert d["5.3"]["status"] == "not_met"


def test_dropdown_menu_with_script_parents_and_one_fact(web: Heldback184Web, truth: dict) -> None:
    host = "www.wyreforestdc.gov.uk"
    home = _html(web, host, "/")
    assert '<ul class="sf-menu" data-plugin="superfish">' in home and 'href="javascript:void(0)"' in home
    assert "<main" not in home
    cs = "/your-council/privacy-and-data-protection/privacy-notices/customer-services-privacy-notice/"
    menu = home.split('<ul class="sf-menu"', 1)[1]
    assert f'href="{cs}"' in menu
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{cs}"]
    assert "Bromsgrove" in _text(web, "democracy.wyreforestdc.gov.uk", "/mgAi.aspx?ID=3391")


def test_sitemap_index_of_three_parts_and_report_without_extension(web: Heldback184Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    assert "Sitemap: http://www.stalbans.gov.uk/sitemap_index.xml" in web.sites[host].robots_txt()
    parts = _xml_locs(web, f"http://{host}/sitemap_index.xml")
    assert len(parts) == 3
    cctv = f"http://{host}/community-and-living/community-safety/cctv/"
    report = f"http://{host}/documents/community-cctv-annual-report"
    assert cctv in _xml_locs(web, parts[1]) and report in _xml_locs(web, parts[2])
    assert _no_extension(report) and "Data Protection Act 1998" in _main(web, host, urlsplit(cctv).path)
    assert report in _auth(truth, host)["deliverables"]["5.1"]["pages"]


def test_a_to_z_under_u_and_step_1_only_in_report(web: Heldback184Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    cctv = f"http://{host}/council/use-cctv"
    assert cctv in _links(web, host, "/a-z/u") and cctv not in _links(web, host, "/a-z/c")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    (ev,) = d["5.2"]["evidence"]
    assert _no_extension(ev["url"]) and "step 1" not in _main(web, host, "/council/use-cctv")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_recommended_result_and_media_downloads(web: Heldback184Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    results = _html(web, host, "/search?q=cctv")
    assert '<div class="best-bets"><h2>Recommended</h2>' in results
    assert 'href="/communities-and-health/closed-circuit-television-cctv"' in results.split("best-bets")[1]
    pdf, word = _render(web, f"http://{host}/media/2281/download"), _render(web, f"http://{host}/media/2290/download")
    assert pdf.header("Content-Type") == "application/pdf" and "filename=" in (pdf.header("Content-Disposition") or "")
    assert (word.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert word.header("Content-Disposition") is None
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "met"


def test_step_2_only_in_hidden_carousel_slide_and_nested_sitemap_index(web: Heldback184Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    pg = "/community/crime_and_safety/cctv.cfm"
    html = _html(web, host, pg)
    assert '<li class="slide" aria-hidden="true"><img src="/images/sccop.png" alt="Surveillance Camera Code' in html
    assert "step 2" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.5"]["status"] == "not_met"
    top = _xml_locs(web, f"http://{host}/sitemap.xml")
    assert f"http://{host}/sitemaps/index-services.xml" in top
    inner = _xml_locs(web, f"http://{host}/sitemaps/index-services.xml")
    assert f"http://{host}{pg}" in _xml_locs(web, inner[0])
    assert "between the councils" in _main(web, host, pg)


def test_guide_parts_only_in_hidden_contents(web: Heldback184Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    code = f"http://{host}/info/20328/cctv/3992/cctv_code_of_practice"
    assert '<ol id="guide-contents" class="guide-contents" hidden>' in _html(web, host, urlsplit(code).path)
    for n in (1, 7, 8):
        assert all(u.startswith(code) for u in _linking(web, host, f"{code}/{n}")), n
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {f"{code}/7"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_a_to_z_under_c_and_s_and_spoc_in_closed_details(web: Heldback184Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    cctv = f"http://{host}/living-here/safer-communities/cctv-service"
    assert cctv in _links(web, host, "/a-z/c") and cctv in _links(web, host, "/a-z/s")
    html = _html(web, host, urlsplit(cctv).path)
    closed = html.split("<details><summary>Who is responsible for the cameras?</summary>", 1)[1].split("</details>")[0]
    assert "single point of contact" in closed
    assert _no_extension(f"http://{host}/media/x3kd2p1q/cctv-code-of-practice")
    assert "ISO 9001" in _main(web, host, urlsplit(cctv).path)
    assert _auth(truth, host)["deliverables"]["5.2"]["status"] == "not_met"


def test_word_agreement_without_extension_linked_from_partners_part(web: Heldback184Web, truth: dict) -> None:
    host = "www.swale.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats") and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety-and-emergencies/cctv/our-partners"}
    assert "For Kent Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback184Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.warwickshire.gov.uk", "www.harlow.gov.uk", "www.tendringdc.gov.uk"})
    assert 'class="mobile-nav js-hide" aria-hidden="true"' in _html(web, "www.warwickshire.gov.uk", "/")
    harlow = "www.harlow.gov.uk"
    assert f"http://{harlow}/community-safety" in _links(web, harlow, "/a-to-z/c")
    assert not re.search(r"(?i)cctv|camera", _main(web, harlow, "/community-safety"))
    tendring = "www.tendringdc.gov.uk"
    res = _html(web, tendring, "/search?q=cctv")
    assert "/news/plans-approved-for-new-cctv-cameras-in-clacton" in res.split("best-bets")[1].split("</div>")[0]
    assert "page=2" in res
