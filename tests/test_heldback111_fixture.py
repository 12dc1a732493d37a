"""Held-back set 111: real register councils no set from 96 to 110 used, its labels follow the labelling rules, its
tallies are the ones the README gives, and every structure it was written to have is really served."""

from __future__ import annotations

import json
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
    served_main,
    served_text,
    status_tally,
)

from fixtures.heldback111.truth import TRUTH_PATH, build
from fixtures.heldback111.web import Heldback111Web


@pytest.fixture(scope="module")
def web() -> Heldback111Web:
    return Heldback111Web()


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_committed_truth_is_what_the_labels_build(truth: dict[str, Any]) -> None:
    assert build() == truth


def test_real_register_councils_none_in_the_fifteen_sets_before(web: Heldback111Web, truth: dict[str, Any]) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(96, 111))
    types = Counter(register[c]["type"] for c in mine)
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
    t = status_tally(truth)
    assert t["5.1"] == Counter(met=9, partial=3, not_met=3)
    assert t["5.2"] == Counter(met=3, not_met=12)
    assert t["5.3"] == Counter(met=4, partial=5, not_met=6)
    assert t["5.5"] == Counter(met=4, partial=4, not_met=7)


def test_three_councils_publish_nothing_but_carry_look_alikes(web: Heldback111Web, truth: dict[str, Any]) -> None:
    assert_publish_nothing(
        web, truth, {"www.westsussex.gov.uk", "www.north-norfolk.gov.uk", "www.southhams.gov.uk"}, min_decoys=4
    )


def test_one_fact_councils_have_exactly_one_criterion(truth: dict[str, Any]) -> None:
    for host in ("www.cumberland.gov.uk", "www.rochford.gov.uk", "www.surreyheath.gov.uk"):
        d = auth_by_host(truth, host)["deliverables"]["5.1"]
        assert d["status"] == "partial" and sum(d["criteria"].values()) == 1, host


def test_barnet_long_page_has_the_camera_facts_near_its_foot_and_a_printer_copy(web: Heldback111Web) -> None:
    text = served_main(web, "www.barnet.gov.uk", "/community-safety")
    assert len(text.split()) > 4000
    assert text.find("Public space CCTV") > 0.85 * len(text)
    assert "single point of contact for surveillance camera systems" in text[int(0.85 * len(text)) :]
    printed = served_html(web, "www.barnet.gov.uk", "/community-safety/print")
    assert "<main" not in printed and 'rel="canonical"' in printed
    assert "single point of contact for surveillance camera systems" in printed
    linkers = linking(web, "www.barnet.gov.uk", "http://www.barnet.gov.uk/community-safety/print")
    # reached from the page itself (the copy repeats the page, its own link included)
    assert linkers == {"http://www.barnet.gov.uk/community-safety", "http://www.barnet.gov.uk/community-safety/print"}
    code = served_text(web, "www.barnet.gov.uk", "/documents/cctv-code-of-practice.pdf")
    assert "DRAFT" in code and "Date ..../..../20__" in code


def test_north_tyneside_facts_in_a_definition_list_and_sla_table_with_td_headers(web: Heldback111Web) -> None:
    notice = served_html(
        web, "my.northtyneside.gov.uk", "/data-protection-and-privacy/privacy-statements/cctv-privacy-notice"
    )
    assert "<dl>" in notice and "<dt>Single point of contact</dt>" in notice
    sla = served_html(web, "my.northtyneside.gov.uk", "/community-safety/cctv-monitoring-agreement")
    main = sla.split('<main id="main">', 1)[1]
    assert "<table" in main and "<th" not in main
    assert "<td><strong>Signed for Northumbria Police</strong></td>" in main


def test_cumberland_venue_page_only_through_a_category_filtered_directory(web: Heldback111Web) -> None:
    host = "www.cumberland.gov.uk"
    assert linking(web, host, f"http://{host}/talkin-tarn-country-park") == {
        f"http://{host}/directory?category=parks-and-countryside"
    }
    assert "Talkin Tarn" not in served_html(web, host, "/directory?category=community-safety")


def test_blaenau_gwent_side_by_side_page_with_wrong_lang(web: Heldback111Web) -> None:
    html = served_html(web, "www.blaenau-gwent.gov.uk", "/en/resident/community-safety/cctv")
    assert html.startswith('<!DOCTYPE html><html lang="cy">')
    assert html.count('<div class="col" lang="en">') == html.count('<div class="col" lang="cy">') >= 9
    assert "pwynt cyswllt unigol" in html and "single point of contact" in html
    assert "Caerphilly County Borough Council" in html


def test_rochford_fact_in_a_td_header_table(web: Heldback111Web) -> None:
    html = served_html(web, "www.rochford.gov.uk", "/town-centres/rayleigh")
    main = html.split('<main id="main">', 1)[1]
    assert "<td><b>CCTV</b></td>" in main and "<th" not in main


def test_south_kesteven_menu_redirects_and_transparency_row(web: Heldback111Web) -> None:
    host = "www.southkesteven.gov.uk"
    home = served_html(web, host, "/")
    assert 'href="/redirect?url=/community-safety/cctv"' in home
    r = render(web, f"http://{host}/redirect?url=/community-safety/cctv")
    assert r.status == 301 and r.header("Location") == f"http://{host}/community-safety/cctv"
    page = served_main(web, host, "/council-and-democracy/transparency")
    assert "Leisure management contract" in page and "Memorandum of understanding: CCTV control room" in page
    assert "Lincolnshire Police" in page


def test_surrey_heath_page_with_wrong_lang(web: Heldback111Web) -> None:
    html = served_html(web, "www.surreyheath.gov.uk", "/camberley-town-centre")
    assert html.startswith('<!DOCTYPE html><html lang="fr">')


def test_rushmoor_mailbox_only_in_the_contact_directory(web: Heldback111Web) -> None:
    site = web.sites["www.rushmoor.gov.uk"]
    holders = [path for (h, path), pg in site.pages.items() if "cctv@rushmoor.example.gov.uk" in pg.body]
    assert holders == ["/contact-us"]
    assert "cctv@rushmoor" not in served_html(
        web, "www.rushmoor.gov.uk", "/community-parks-and-leisure/community-safety/cctv"
    )


def test_warwick_certificate_only_in_alt_text_and_isa_by_download_id(web: Heldback111Web) -> None:
    host = "www.warwickdc.gov.uk"
    main = served_main(web, host, "/crime-and-law-enforcement/cctv")
    assert "step 2" not in main
    assert "step 2 full certification, March 2018" in served_html(web, host, "/crime-and-law-enforcement/cctv")
    r = render(web, f"http://{host}/download.aspx?id=4417")
    assert r.status == 200 and 'filename="ISA-Warwickshire-Police-CCTV.pdf"' in (r.header("Content-Disposition") or "")


def test_breckland_camera_page_filed_under_environment(web: Heldback111Web) -> None:
    html = served_html(web, "www.breckland.gov.uk", "/environment/person-of-interest")
    crumbs = html.split('aria-label="Breadcrumb">', 1)[1].split("</nav>", 1)[0]
    assert ">Environment</a>" in crumbs
    notice = served_html(web, "www.breckland.gov.uk", "/privacy/cctv").split('<main id="main">', 1)[1]
    assert "<td><strong>How long we keep it</strong></td>" in notice and "<th" not in notice


def test_north_warwickshire_legacy_page_only_in_category_directory(web: Heldback111Web) -> None:
    host = "www.northwarks.gov.uk"
    target = f"http://{host}/info/20196/community_safety/1144/cctv_-_closed_circuit_television"
    assert linking(web, host, target) == {f"http://{host}/services?category=community-safety"}
    html = served_html(web, host, "/services?category=community-safety")
    assert "<main" not in html and '<table width="100%">' in html
    agreement = served_text(web, host, "/downloads/atherstone-cctv-partnership-agreement.pdf")
    assert agreement.count("Signed for") == 3


def test_broxtowe_facts_in_a_word_table(web: Heldback111Web) -> None:
    r = render(web, "http://www.broxtowe.gov.uk/media/surveillance-cameras-facts-and-figures.docx")
    assert r.status == 200 and b"word/document.xml" in r.body
    import io
    import zipfile

    xml = zipfile.ZipFile(io.BytesIO(r.body)).read("word/document.xml").decode("utf-8")
    assert "<w:tbl>" in xml and "1,214 incidents logged" in xml.split("<w:tbl>", 1)[1]
    page = served_main(web, "www.broxtowe.gov.uk", "/for-you/crime-safety-emergencies/cctv-surveillance-systems")
    assert "31 days" not in page and "1,214" not in page
