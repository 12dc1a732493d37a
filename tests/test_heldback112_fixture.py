"""Held-back set 112: fifteen real councils no earlier set (97 to 111) used, labelled by the rules of
fixtures/heldback/README.md, and every structure the set was written to have is really served."""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections import Counter

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    assert_truth_served,
    assert_wired,
    auth_by_host,
    codes_of_sets,
    evidence_urls,
    linking,
    register_rows_of,
    render,
    served_html,
    served_links,
    served_main,
    served_text,
    status_tally,
)

from benchmarks.heldback_sets import set_name, set_names
from fixtures.heldback112.truth import TRUTH_PATH, build
from fixtures.heldback112.web import Heldback112Web

N = 112


@pytest.fixture(scope="module")
def web() -> Heldback112Web:
    return Heldback112Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_committed_truth_is_what_the_labels_build(truth: dict) -> None:
    assert build() == truth


def test_wired_into_the_benchmark() -> None:
    assert_wired(N, Heldback112Web, TRUTH_PATH)


def test_real_register_rows_none_in_the_fifteen_sets_before(web: Heldback112Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    on_disk = set(set_names())
    earlier = [n for n in range(N - 15, N) if set_name(n) in on_disk]
    assert not mine & codes_of_sets(earlier)
    types = Counter(register[c]["type"] for c in mine)
    assert types == {
        "London borough": 1,
        "Metropolitan district": 1,
        "Unitary authority": 1,
        "County": 1,
        "Welsh unitary authority": 1,
        "Non-metropolitan district": 10,
    }


def test_labelling_rules_and_tallies(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}
    assert tally["5.2"] == {"met": 3, "not_met": 12}
    assert tally["5.3"] == {"met": 4, "partial": 5, "not_met": 6}
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}


def test_homepages_and_quotes_served_through_the_proxy(web: Heldback112Web, truth: dict) -> None:
    assert_truth_served(web, truth)


def test_three_councils_publish_nothing_but_carry_look_alikes(web: Heldback112Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.essex.gov.uk", "www.folkestone-hythe.gov.uk", "www.arun.gov.uk"})


def test_one_fact_councils_have_a_single_criterion_on_one_page(truth: dict) -> None:
    for host in ("www.gedling.gov.uk", "www.reigate-banstead.gov.uk"):
        d = auth_by_host(truth, host)["deliverables"]["5.1"]
        assert d["status"] == "partial" and sum(d["criteria"].values()) == 1 and len(d["pages"]) == 1


def _crumbs(web: Heldback112Web, host: str, path: str) -> str:
    """The breadcrumb trail (a <nav> in modern chrome, a <p class="crumbs"> in the legacy table layout)."""
    html = served_html(web, host, path)
    if '<nav class="breadcrumb"' in html:
        return html.split('<nav class="breadcrumb"', 1)[1].split("</nav>", 1)[0]
    return html.split('<p class="crumbs">', 1)[1].split("</p>", 1)[0]


def test_redbridge_facts_and_spoc_in_definition_lists_under_enviro_crime(web: Heldback112Web) -> None:
    host = "www.redbridge.gov.uk"
    html = served_html(web, host, "/environment-and-streets/enviro-crime/cctv")
    assert '<dl class="facts">' in html and "<dt>How long footage is kept</dt><dd>Recordings are overwritten" in html
    assert "Enviro-crime and enforcement" in _crumbs(web, host, "/environment-and-streets/enviro-crime/cctv")
    spoc = served_html(web, host, "/your-council/data-protection/cctv-footage")
    assert "<dt>Surveillance camera single point of contact</dt>" in spoc


def test_wolverhampton_menu_links_hop_through_an_internal_redirect(web: Heldback112Web) -> None:
    host = "www.wolverhampton.gov.uk"
    assert f"http://{host}/redirect?url=/community/cctv" in served_links(web, host, "/")
    r = render(web, f"http://{host}/redirect?url=/community/cctv")
    assert r.status == 302 and r.header("Location") == f"http://{host}/community/cctv"
    assert render(web, f"http://{host}/redirect?url=//evil.example/").status == 404


def test_wolverhampton_police_agreement_is_a_row_of_the_transparency_register(web: Heldback112Web) -> None:
    host = "www.wolverhampton.gov.uk"
    main = served_main(web, host, "/council/transparency/contracts-and-agreements")
    assert "Highways maintenance framework" in main and "Information sharing agreement: CCTV footage" in main
    pdf = f"http://{host}/documents/isa-cctv-west-midlands-police.pdf"
    assert linking(web, host, pdf) == {f"http://{host}/council/transparency/contracts-and-agreements"}
    assert "Signed for and on behalf of West Midlands Police" in served_text(
        web, host, "/documents/isa-cctv-west-midlands-police.pdf"
    )


def test_luton_cctv_filed_under_capital_and_asset_management(web: Heldback112Web) -> None:
    crumbs = _crumbs(web, "www.luton.gov.uk", "/council/capital-and-asset-management/town-centre-management-cctv")
    assert "Capital and asset management" in crumbs


def test_merthyr_english_and_welsh_side_by_side_and_a_wrong_html_lang(web: Heldback112Web) -> None:
    host = "www.merthyr.gov.uk"
    html = served_html(web, host, "/resident/community-safety/cctv")
    assert re.search(r'<tr><td lang="en"[^>]*>There are 96 cameras.*?</td><td lang="cy"[^>]*>Mae 96', html)
    proto = served_html(web, host, "/resident/community-safety/cctv/police-protocol")
    assert proto.startswith("<!DOCTYPE HTML PUBLIC") and '<html lang="cy">' in proto
    assert "governed by a protocol signed by the council and South Wales Police" in proto


def test_eastbourne_long_page_with_camera_facts_at_the_bottom(web: Heldback112Web) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    text = served_main(web, host, "/community-safety")
    assert len(text.split()) >= 4000
    assert text.index("CCTV in Eastbourne") > 0.9 * len(text)


def test_eastbourne_cctv_mailbox_only_in_the_contact_directory(web: Heldback112Web) -> None:
    site = web.sites["www.lewes-eastbourne.gov.uk"]
    holding = {p.path for p in site.pages.values() if "cctv@eastbourne.example.gov.uk" in p.body}
    assert holding == {"/contact-us"}
    assert "/contact-us" in served_html(web, site.host, "/community-safety")  # the footer links it


def test_west_lindsey_printer_copy_and_word_table(web: Heldback112Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    page = "/communities-safety/cctv-public-spaces"
    assert f"http://{host}{page}/print" in served_links(web, host, page)
    printer = served_html(web, host, f"{page}/print")
    assert "<main" not in printer and "Recordings are retained for 31 days" in printer
    assert f"http://{host}{page}/print" not in evidence_urls(auth_by_host(truth, host))
    r = render(web, f"http://{host}/documents/cctv-annual-report-2023-24.docx")
    assert r.status == 200 and b"word/document.xml" in r.body
    xml = zipfile.ZipFile(io.BytesIO(r.body)).read("word/document.xml").decode()
    assert "<w:tbl>" in xml and "Incidents monitored" in xml.split("<w:tbl>", 1)[1]
    mou = served_text(web, host, "/documents/draft-mou-lincolnshire-police-cctv.pdf")
    assert "DRAFT" in mou and "20__" in mou


def test_dartford_cctv_page_sits_under_a_category_filter(web: Heldback112Web) -> None:
    host = "www.dartford.gov.uk"
    cat = f"http://{host}/by-category?category=community-and-living"
    assert cat in served_links(web, host, "/by-category")
    assert f"http://{host}/by-category/community-and-living/csp/cctv" in served_links(
        web, host, "/by-category?category=community-and-living"
    )
    assert "?category=community-and-living" in _crumbs(web, host, "/by-category/community-and-living/csp/cctv")


def test_stafford_has_no_site_search(web: Heldback112Web) -> None:
    host = "www.staffordbc.gov.uk"
    assert 'role="search"' not in served_html(web, host, "/cctv")
    assert render(web, f"http://{host}/search?q=cctv").status == 404


def test_north_herts_td_label_table_reached_by_read_more(web: Heldback112Web) -> None:
    host = "www.north-herts.gov.uk"
    html = served_html(web, host, "/community-and-safety/cctv")
    table = html.split('<table class="info"', 1)[1].split("</table>", 1)[0]
    assert "<th" not in table and '<td class="label"><strong>How long footage is kept</strong></td>' in table
    section = served_html(web, host, "/community-and-safety")
    assert '<a href="/community-and-safety/cctv">Read more</a>' in section
    assert linking(web, host, f"http://{host}/community-and-safety/cctv") == {f"http://{host}/community-and-safety"}


def test_arun_committee_item_on_its_democracy_host(web: Heldback112Web) -> None:
    text = served_text(web, "democracy.arun.gov.uk", "/mgAi.aspx?ID=8514")
    assert "public facing CCTV" in text
