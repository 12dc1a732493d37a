"""The three hundred and first held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows; the labelling rules hold with the intended tallies; and the structures
the set is built from are really served (a fact sheet linked only inside the no-script list of a related-content block
a script draws from a data attribute, beside a LocalGov subsite; two numbered guides with side navigation, the SPOC in
a guide part and a signed agreement behind a Jadu download record without extension; SharePoint addresses with encoded
spaces and documents only in a library view, a step 2 claim only in an annual report and a draft Word agreement; a
mega-menu kept in a script template; English and Welsh twins under /home and /cartref with a departmental leads
table; tab panels fetched from chrome-less fragments reached only by no-script links; a one-fact directory record;
knowledge-base articles; a step 2 claim only in a photo's caption; a 'Show all sections' accordion holding every
fact; a self-assessment table that is not certification; stale JSON-LD answers in a page's head; a chatbot's answers
in a script; a glossary popover; a key-facts aside and an off-site self-service portal; and councils that publish
nothing but carry look-alikes).
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

from fixtures.heldback301.truth import TRUTH_PATH
from fixtures.heldback301.web import Heldback301Web


@pytest.fixture(scope="module")
def web() -> Heldback301Web:
    return Heldback301Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils(web: Heldback301Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 301)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_fact_sheet_only_in_noscript_list_of_script_drawn_block(web: Heldback301Web, truth: dict) -> None:
    host = "www.westminster.gov.uk"
    est = "/housing/anti-social-behaviour/cctv"
    sheet = f"http://{host}/media/documents/housing-estate-cctv-fact-sheet.pdf"
    assert _linking(web, host, sheet) == {f"http://{host}{est}"}
    page = _html(web, host, est)
    outside, inside = page.split("<noscript>", 1)
    assert 'href="/media/documents/housing-estate-cctv-fact-sheet.pdf"' not in outside
    assert 'href="/media/documents/housing-estate-cctv-fact-sheet.pdf"' in inside.split("</noscript>", 1)[0]
    assert "data-related=" in outside and "housing-estate-cctv-fact-sheet.pdf" in outside
    d = _auth(truth, host)["deliverables"]
    assert sheet in d["5.1"]["pages"] and d["5.1"]["criteria"]["disclosure"]
    sub = "/leisure-libraries-and-community/crime-and-community-safety/cctv-service"
    assert 'class="localgov-subsites-navigation"' in _html(web, host, f"{sub}/contact-the-cctv-team")
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "31 days" in _main(web, host, "/licensing/model-conditions")
    assert not d["5.1"]["criteria"]["annual_review"]


def test_numbered_guides_spoc_in_a_part_and_signed_isa_behind_download_record(web: Heldback301Web, truth: dict) -> None:
    host = "www.stockport.gov.uk"
    part = "/requesting-footage/complaints-and-contacts"
    html = _html(web, host, part)
    assert 'class="guide-side-nav"' in html and '<li aria-current="page">3. Complaints and contacts</li>' in html
    guide_pages = {f"http://{host}/requesting-footage", f"http://{host}/requesting-footage/subject-access-request"}
    assert _linking(web, host, f"http://{host}{part}") == guide_pages
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {part}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester" and _no_extension(doc["url"])
    record = f"http://{host}/downloads/download/412/cctv-information-sharing-agreement"
    assert _linking(web, host, doc["url"]) == {record}
    assert record in _links(web, host, "/requesting-footage")
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed for and on behalf of Greater Manchester Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Stockport Homes" in _main(web, host, "/topic/community-safety/cctv-on-housing-estates")


def test_sharepoint_addresses_library_view_step_2_in_report_and_draft_word(web: Heldback301Web, truth: dict) -> None:
    host = "www.luton.gov.uk"
    pg = "/Page/Show/Community_and_living/Community_safety/Pages/Town%20centre%20CCTV.aspx"
    lib = f"http://{host}/Community_and_living/Community_safety/Documents/Forms/AllItems.aspx"
    assert "step 2" not in _main(web, host, pg).lower() and lib in _links(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    report = d["5.2"]["evidence"][0]["url"]
    assert "%20" in report and _linking(web, host, report) == {lib}
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-10" and not d["5.2"]["mark_displayed"]
    assert 'class="ms-listviewtable"' in _html(web, host, urlsplit(lib).path)
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _linking(web, host, doc["url"]) == {lib}
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_mega_menu_in_script_template_and_councils_that_publish_nothing(web: Heldback301Web, truth: dict) -> None:
    home = _html(web, "www.essex.gov.uk", "/")
    assert '<script type="text/x-template" id="mega-menu-tpl">' in home
    assert '<noscript><a href="/site-map">Site map</a></noscript>' in home
    assert "Safer Essex Roads Partnership" in _main(web, "www.essex.gov.uk", "/roads-and-travel/safety-cameras")
    assert_publish_nothing(web, truth, {"www.essex.gov.uk", "www.teignbridge.gov.uk", "www.wealden.gov.uk"})
    assert 'id="assistant-answers"' in _html(web, "www.teignbridge.gov.uk", "/help-and-accessibility")
    assert "popover" in _html(web, "www.wealden.gov.uk", "/licensing/premises-licence-conditions")


def test_english_and_welsh_twins_and_departmental_leads(web: Heldback301Web, truth: dict) -> None:
    host = "www.carmarthenshire.gov.wales"
    pg = "/home/council-democracy/data-protection/cctv-and-surveillance-cameras"
    cy = "/cartref/cyngor-a-democratiaeth/diogelu-data/teledu-cylch-cyfyng-a-chamerau-gwyliadwriaeth"
    assert f"http://{host}{cy}" in _links(web, host, pg) and f"http://{host}{pg}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    assert '<th scope="col">Department</th><th scope="col">CCTV lead</th>' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.3"]["status"] == "met"
    assert d["5.5"]["status"] == "not_met" and "Dyfed-Powys Police" in _main(web, host, pg)


def test_tab_panels_from_fragments_reached_only_by_noscript_links(web: Heldback301Web, truth: dict) -> None:
    host = "exeter.gov.uk"
    pg = "/community-and-environment/community-safety/cctv"
    html = _html(web, host, pg)
    assert 'data-src="/cctv/_fragments/police"' in html and "More than 200" not in html
    for frag in ("about", "recordings", "police"):
        url = f"http://{host}/cctv/_fragments/{frag}"
        assert _linking(web, host, url) == {f"http://{host}{pg}"}
        assert "<main" not in _html(web, host, urlsplit(url).path)
        assert f'<noscript><a href="/cctv/_fragments/{frag}">' in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _linking(web, host, doc["url"]) == {f"http://{host}/cctv/_fragments/police"}
    assert all("/cctv/_fragments/" in u for u in d["5.1"]["pages"])


def test_one_fact_councils(web: Heldback301Web, truth: dict) -> None:
    for host, path in (
        ("www.preston.gov.uk", "/directory_record/5120/cctv_monitoring"),
        ("www.stevenage.gov.uk", "/community-safety/cctv"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert '<table class="directory-record">' in _html(
        web, "www.preston.gov.uk", "/directory_record/5120/cctv_monitoring"
    )


def test_stale_json_ld_answers_are_not_on_the_page(web: Heldback301Web, truth: dict) -> None:
    host = "www.stevenage.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    head = html.split("</head>", 1)[0]
    assert '<script type="application/ld+json">' in head and "28 days" in head
    assert "28 days" not in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert not d["5.1"]["criteria"]["retention"] and not d["5.1"]["criteria"]["subject_access"]
    assert "democracy.stevenage.gov.uk" in web.sites[host].hosts()
    assert "9,406 incidents" in _text(
        web, "democracy.stevenage.gov.uk", "/documents/s41873/CCTV%20Operations%20Report.pdf"
    )
    assert not d["5.1"]["criteria"]["statistics"]


def test_knowledge_base_articles_step_2_and_spoc(web: Heldback301Web, truth: dict) -> None:
    host = "www.woking.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert all(re.fullmatch(r"/help/article/KA-\d{5}/en-us", p) for p in _paths(d["5.2"]) | _paths(d["5.3"]))
    assert _paths(d["5.2"]) == {"/help/article/KA-01190/en-us"} and _paths(d["5.3"]) == {"/help/article/KA-01189/en-us"}
    assert "step 2" not in _main(web, host, "/help/article/KA-01187/en-us")
    assert d["5.3"]["spoc"]["phone"] and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_in_a_photo_caption(web: Heldback301Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    pg = "/Community/Emergency-Planning-CCTV/CCTV/CCTV.aspx"
    html = _html(web, host, pg)
    cap = html.split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert "step 2" in cap and "step 2" not in html.replace(cap, "")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["awarded"] == "2021" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and _paths(d["5.5"]) == {
        "/Community/Emergency-Planning-CCTV/CCTV/PDF/Annual-CCTV-Report-2022-23.pdf"
    }


def test_show_all_sections_accordion_holds_every_fact(web: Heldback301Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert "Show all sections" in html and html.count('class="govuk-accordion__section-content"') == 6
    acc = html.split('<div class="govuk-accordion"', 1)[1]
    d = _auth(truth, host)["deliverables"]
    for e in d["5.1"]["evidence"]:
        assert e["quote"] in acc
    assert [d[k]["status"] for k in ("5.2", "5.3", "5.5")] == ["met", "met", "met"]
    assert "between the two councils" in acc


def test_self_assessment_table_is_not_certification(web: Heldback301Web, truth: dict) -> None:
    host = "www.gosport.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert '<th scope="col">Principle</th>' in _html(web, host, "/article/2105/Surveillance-camera-self-assessment")
    assert "1,417" in _main(web, host, "/article/3012/Petition-reinstate-live-CCTV-monitoring")


def test_key_facts_aside_and_off_site_portal(web: Heldback301Web, truth: dict) -> None:
    host = "www.lancaster.gov.uk"
    html = _html(web, host, "/crime-and-community-safety/cctv")
    assert '<aside class="key-facts is-sticky">' in html
    portal = [u for u in _links(web, host, "/crime-and-community-safety/cctv") if "achieveservice" in u]
    assert portal and urlsplit(portal[0]).hostname != host
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "partial"
