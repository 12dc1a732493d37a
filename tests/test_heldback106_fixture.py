"""Held-back set 106: real register rows no earlier set of the fifteen before it used, the type mix, the labelling
rules and tallies, the councils that publish nothing, and one check per structure that it is really served.
(tests/test_heldback_sets.py checks that the committed truth is what the labels build, that the set is wired into
the benchmark, and that every quote is served through the proxy.)"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host,
    codes_of_sets,
    linking,
    register_rows_of,
    render,
    served_html,
    served_links,
    served_main,
    served_text,
    status_tally,
)

from benchmarks.heldback_sets import set_names
from fixtures.heldback106.truth import TRUTH_PATH
from fixtures.heldback106.web import Heldback106Web

N = 106


@pytest.fixture(scope="module")
def web() -> Heldback106Web:
    return Heldback106Web()


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _statuses(truth: dict[str, Any], host: str) -> dict[str, str]:
    d = auth_by_host(truth, host)["deliverables"]
    return {k: d[k]["status"] for k in ("5.1", "5.2", "5.3", "5.5")}


# ---- councils, labels, tallies -----------------------------------------------------------------------------------
def test_real_register_rows_none_in_the_fifteen_sets_before(web: Heldback106Web, truth: dict[str, Any]) -> None:
    mine, _ = register_rows_of(web, truth, 15)
    on_disk = set(set_names())
    earlier = [n for n in range(N - 15, N) if f"heldback{n}" in on_disk]
    assert earlier, "sets 91 to 100 at least are on disk"
    assert not mine & codes_of_sets(earlier)


def test_type_mix(truth: dict[str, Any]) -> None:
    types = Counter(a["type"] for a in truth["authorities"])
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 1,
            "County": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 10,
        }
    )


def test_labelling_rules(truth: dict[str, Any]) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)


def test_tallies(truth: dict[str, Any]) -> None:
    tally = status_tally(truth)
    assert tally["5.1"] == Counter(met=10, partial=2, not_met=3)
    assert tally["5.2"] == Counter(met=3, not_met=12)
    assert tally["5.3"] == Counter(met=4, partial=5, not_met=6)
    assert tally["5.5"] == Counter(met=3, partial=3, not_met=9)


def test_three_councils_publish_nothing_but_carry_look_alikes(web: Heldback106Web, truth: dict[str, Any]) -> None:
    assert_publish_nothing(web, truth, {"www.solihull.gov.uk", "www.rother.gov.uk", "www.woking.gov.uk"})


def test_one_fact_councils(truth: dict[str, Any]) -> None:
    for host, crit in [("www.burnley.gov.uk", "police_agreement"), ("eastdevon.gov.uk", "cameras")]:
        d = auth_by_host(truth, host)["deliverables"]["5.1"]
        assert d["status"] == "partial"
        assert [k for k, v in d["criteria"].items() if v] == [crit]
        assert len(d["pages"]) == 1


# ---- structures -------------------------------------------------------------------------------------------------
def test_islington_tabs_hide_all_but_the_first_panel_and_the_certificate_is_only_an_image(web: Heldback106Web) -> None:
    host, path = "www.islington.gov.uk", "/policing-safety/crime/cctv"
    page = served_html(web, host, path)
    assert 'role="tablist"' in page
    panels = re.findall(r'<section class="tabs__panel"[^>]*>', page)
    assert len(panels) == 5 and "hidden" not in panels[0] and all("hidden" in x for x in panels[1:])
    alts = re.findall(r'alt="([^"]*)"', page)
    assert any("step 2 certification" in x for x in alts)
    assert "step 2" not in served_main(web, host, path)


def test_islington_police_isa_is_signed_but_about_gangs(web: Heldback106Web, truth: dict[str, Any]) -> None:
    text = served_text(web, "www.islington.gov.uk", "/media/isa/integrated-gangs-team-isa.pdf")
    assert "Metropolitan Police Service" in text and "Signed for and on behalf" in text
    assert "CCTV" not in text and "camera" not in text.lower()
    assert _statuses(truth, "www.islington.gov.uk")["5.5"] == "not_met"


def test_solihull_cards_say_only_read_more_and_the_committee_item_is_on_the_democracy_host(web: Heldback106Web) -> None:
    page = served_html(web, "www.solihull.gov.uk", "/community-safety")
    assert page.count(">Read more</a>") == 3
    item = served_text(web, "eservices.solihull.gov.uk", "/mginternet/mgAi.aspx?ID=47580")
    assert "CCTV" in item and "senior responsible owner" in item


def test_north_somerset_partnership_site_has_its_own_chrome_on_a_sub_path(web: Heldback106Web) -> None:
    host = "www.n-somerset.gov.uk"
    for path in (
        "/safer-stronger",
        "/safer-stronger/control-room/cctv",
        "/safer-stronger/about-us",
        "/safer-stronger/documents",
    ):
        page = served_html(web, host, path)
        assert 'class="ssns"' in page and '<main id="main">' not in page, path
    assert "http://www.n-somerset.gov.uk/safer-stronger" in served_links(web, host, "/community-safety")
    nsi = served_text(web, host, "/my-council/data-protection-foi/publicationscheme/cctv-privacy-impact-assessments")
    assert "National Security Inspectorate" in nsi and "BS 7958" in nsi


def test_lancashire_notice_is_on_page_two_behind_a_click_tracking_redirect(web: Heldback106Web) -> None:
    host = "www.lancashire.gov.uk"
    notice = "/council/transparency/access-to-information/service-and-project-specific-privacy-notices/closed-circuit-television-cctv"
    first = served_html(web, host, "/s/search.html?collection=lcc-web&query=cctv")
    assert notice not in first and "start_rank=11" in first
    links = served_links(web, host, "/s/search.html?collection=lcc-web&query=cctv&start_rank=11")
    tracked = [u for u in links if "/s/redirect?" in u and "closed-circuit-television-cctv" in u]
    assert len(tracked) == 1
    r = render(web, tracked[0])
    assert r.status == 302 and r.header("Location") == f"http://{host}{notice}"
    notices = served_links(
        web, host, "/council/transparency/access-to-information/service-and-project-specific-privacy-notices"
    )
    assert len([u for u in notices if "/service-and-project-specific-privacy-notices/" in u]) == 21


def test_cardiff_welsh_twins_and_the_sitemap_named_only_by_robots(web: Heldback106Web) -> None:
    host = "www.cardiff.gov.uk"
    base = "/your-council/data-protection-and-foi/cctv"
    for en in (base, f"{base}/requesting-cctv-footage", f"{base}/cctv-policy-code-of-practice"):
        twins = [u for u in served_links(web, host, en) if "/cy/" in u]
        assert twins, en
        assert '<html lang="cy">' in served_html(web, host, twins[0].split(host, 1)[1])
    robots = render(web, f"http://{host}/robots.txt").body.decode()
    assert "Sitemap: http://www.cardiff.gov.uk/sitemaps/cardiff-eng-pages-1.xml" in robots
    xml = render(web, f"http://{host}/sitemaps/cardiff-eng-pages-1.xml").body.decode()
    assert f"http://{host}{base}</loc>" in xml
    assert render(web, f"http://{host}/sitemap.xml").status == 404
    assert render(web, f"http://{host}/a-z").status == 404


def test_burnley_one_fact_is_a_register_row(web: Heldback106Web) -> None:
    page = served_html(web, "www.burnley.gov.uk", "/council-democracy/data-protection/data-sharing-register")
    assert "<table>" in page and page.count("<tr>") == 6
    assert "Public space CCTV cameras: information sharing agreement with Lancashire Constabulary" in page


def test_woking_search_lives_on_a_search_subdomain(web: Heldback106Web) -> None:
    home = served_html(web, "www.woking.gov.uk", "/")
    assert 'action="http://search.woking.gov.uk/search"' in home
    assert render(web, "http://www.woking.gov.uk/search?q=cctv").status == 404
    results = served_links(web, "search.woking.gov.uk", "/search?q=cctv")
    assert "http://www.woking.gov.uk/licensing/taxi-cctv" in results
    assert "search.woking.gov.uk" in web.sites["www.woking.gov.uk"].hosts()


def test_east_devon_fact_is_on_the_second_page_of_results(web: Heldback106Web) -> None:
    host, page = "eastdevon.gov.uk", "/community-and-living/crime-and-community-safety"
    first = served_html(web, host, "/search?q=cctv")
    assert page not in first and "page=2" in first
    assert f"http://{host}{page}" in served_links(web, host, "/search?q=cctv&page=2")


def test_bassetlaw_facts_split_between_page_and_leaflet(web: Heldback106Web) -> None:
    host = "www.bassetlaw.gov.uk"
    page = served_main(web, host, "/community-safety/cctv-and-refuge-points")
    leaflet = served_text(web, host, "/media/5512/cctv-in-bassetlaw-leaflet.pdf")
    for fact in ("31 days", "subject access", "step 2"):
        assert fact in leaflet and fact not in page
    alts = re.findall(r'alt="([^"]*)"', served_html(web, host, "/community-safety/cctv-and-refuge-points"))
    assert any("Surveillance Camera Code of Practice compliant" in x for x in alts)


def test_cherwell_old_addresses_answer_301_to_the_new_page(web: Heldback106Web) -> None:
    host = "www.cherwell.gov.uk"
    r = render(web, f"http://{host}/index.cfm?articleid=3850")
    assert r.status == 301
    assert r.header("Location") == f"http://{host}/info/120/safer-communities/162/closed-circuit-television-cctv"
    for path in ("/", "/a-z"):
        links = served_links(web, host, path)
        assert f"http://{host}/index.cfm?articleid=3850" in links
        assert f"http://{host}/info/120/safer-communities/162/closed-circuit-television-cctv" not in links


def test_epping_documents_by_download_id_and_spoc_in_a_key_contacts_sidebar(web: Heldback106Web) -> None:
    host = "www.eppingforestdc.gov.uk"
    for doc_id, name in [
        ("2231", "EFDC-CCTV-Code-of-Practice-2023.pdf"),
        ("2245", "CCTV-ISA-Essex-Police-signed.docx"),
    ]:
        r = render(web, f"http://{host}/download.aspx?id={doc_id}")
        assert r.status == 200 and r.header("Content-Disposition") == f'attachment; filename="{name}"'
    page = served_html(web, host, "/residents/crime-and-safety/introduction-to-cctv")
    aside = page.split('<aside class="key-contacts">', 1)[1].split("</aside>", 1)[0]
    assert "single point of contact (SPOC)" in aside
    assert "preparing for third party certification" in served_text(web, host, "/download.aspx?id=2232")


def test_melton_has_only_an_html_site_map_and_find_out_more_cards(web: Heldback106Web, truth: dict[str, Any]) -> None:
    host = "www.melton.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and not site.sitemap
    assert render(web, f"http://{host}/sitemap.xml").status == 404
    assert f"http://{host}/sitemap" in served_links(web, host, "/")
    assert served_html(web, host, "/community-and-living/safer-communities").count(">Find out more</a>") == 2
    sla = served_text(web, host, "/downloads/file/2230/cctv-monitoring-service-level-agreement")
    assert "Harborough District Council" in sla and "Police" not in sla
    assert _statuses(truth, host)["5.5"] == "not_met"


def test_basingstoke_mega_menu_has_over_a_hundred_links(web: Heldback106Web) -> None:
    page = served_html(web, "www.basingstoke.gov.uk", "/cctv")
    menu = page.split('<nav class="mega-menu"', 1)[1].split("</nav>", 1)[0]
    assert menu.count("<a href") >= 100
    assert page.index('class="mega-menu"') < page.index('<main id="main">')


def test_great_yarmouth_company_page_on_the_council_host(web: Heldback106Web) -> None:
    host = "www.great-yarmouth.gov.uk"
    company = "/community-safety/cctv/community-safety-great-yarmouth-ltd"
    assert f"http://{host}/community-safety/cctv" in linking(web, host, f"http://{host}{company}")
    assert "not-for-profit company set up by the borough council" in served_main(web, host, company)
