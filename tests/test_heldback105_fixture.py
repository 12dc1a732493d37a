"""The hundred-and-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 90 to 104 (those on disk); the labelling rules hold
with the intended tallies; and the structures the set is built from are really served (tabbed content with hidden
panels and a SPOC in a Key contacts sidebar; a step 2 claim only in the alt text of a certificate image; documents
served by download.aspx?id= with a Content-Disposition filename; a CCTV privacy notice only under Your council >
Privacy, found by a Funnelback-style search only on its second page through click-tracking redirects; a mega-menu
homepage; a Welsh-first language chooser and a CCTV partnership's own sub-site on the council's host with a Welsh
twin; a signed partnership agreement including North Wales Police; facts split between a page and its leaflet; a
SPOC page and a signed ISA each linked only by 'Find out more' / 'Read more'; a sitemap only at an odd path named by
robots.txt; CCTV under Open data with Word self assessments and a step 2 sentence; old addresses answering 301; a
SPOC behind a contact form; a draft Word protocol; a legacy site whose only map is an HTML site map page; a site
search only on a search subdomain; cameras watched by another council's company; a signed ISA only in a data
sharing register; a SPOC in a code of practice appendix; near misses (a RIPA SPOC, a Community Trigger SPOC, police
ISAs about other things, Park Mark); one-fact councils; councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from benchmarks.heldback_sets import set_names
from fixtures.heldback105.truth import TRUTH_PATH
from fixtures.heldback105.web import Heldback105Web


@pytest.fixture(scope="module")
def web() -> Heldback105Web:
    return Heldback105Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(evidence: list[dict]) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in evidence
    }


def test_real_councils_none_from_sets_90_to_104(web: Heldback105Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(90, 105) if f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 90-104 may be reused"
    types = Counter(register[g]["type"] for g in mine)
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


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_tabbed_page_hidden_panels_and_key_contacts_sidebar(web: Heldback105Web, truth: dict) -> None:
    host = "www.hackney.gov.uk"
    pg = "/community-safety/cctv"
    page = _html(web, host, pg)
    assert '<div role="tabpanel" id="panel-footage" aria-labelledby="tab-footage" hidden>' in page
    footage = page.split('id="panel-footage"', 1)[1].split("</div>", 1)[0]
    assert "Recordings are kept for 28 days" in footage
    assert '<aside class="sidebar key-contacts"><h2>Key contacts</h2>' in page
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cameras.spoc@")
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]


def test_step_2_only_in_certificate_alt_and_download_aspx_documents(web: Heldback105Web, truth: dict) -> None:
    host = "www.sandwell.gov.uk"
    pg = "/community-safety/cctv-sandwell"
    assert "step 2" not in _main(web, host, pg).lower()
    assert 'alt="Certificate of compliance: Sandwell Metropolitan Borough Council public space CCTV, full' in _html(
        web, host, pg
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-03"
    assert d["5.2"]["mark_displayed"]
    docs = [u for u in d["5.1"]["pages"] if "download.aspx?id=" in u]
    assert len(docs) == 3
    for u in docs:
        r = _render(web, u)
        assert r.header("Content-Type") == "application/pdf"
        assert 'filename="CCTV-' in (r.header("Content-Disposition") or "")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_privacy_notice_only_found_on_second_search_page_through_redirects(web: Heldback105Web, truth: dict) -> None:
    host = "www.buckinghamshire.gov.uk"
    spec = "/your-council/privacy/privacy-information-for-specific-services"
    pg = f"{spec}/cctv-and-privacy"
    assert _linking(web, host, f"http://{host}{pg}") == {f"http://{host}{spec}"}
    first = _html(web, host, "/s/search.html?query=cctv")
    assert "cctv-and-privacy" not in first and "start_rank=11" in first
    second = _links(web, host, "/s/search.html?collection=council-web&query=cctv&start_rank=11")
    (hit,) = [u for u in second if "cctv-and-privacy" in u]
    assert urlsplit(hit).path == "/s/redirect"
    r = _render(web, hit)
    assert r.status == 302 and r.header("Location") == f"http://{host}{pg}"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_mega_menu_and_near_misses_of_a_county_that_publishes_nothing(web: Heldback105Web, truth: dict) -> None:
    host = "www.hants.gov.uk"
    home = _html(web, host, "/")
    assert '<nav class="mega-menu" aria-label="All services">' in home and home.count("<a ") > 100
    ripa = _main(web, host, "/council/data-protection/surveillance-policy")
    assert "Senior Responsible Officer" in ripa and "Single Points of Contact" in ripa
    isa = _text(web, host, "/documents/supporting-families-information-sharing-agreement.pdf")
    assert "Signed for and on behalf of Hampshire and Isle of Wight Constabulary" in isa
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_welsh_first_chooser_partnership_sub_site_and_signed_agreement(web: Heldback105Web, truth: dict) -> None:
    host = "www.denbighshire.gov.uk"
    links = _links(web, host, "/")
    assert links.index(f"http://{host}/cy") < links.index(f"http://{host}/en")
    land = "/en/cctv-partnership"
    page = _html(web, host, land)
    assert '<body class="partnership">' in page and "jadu-cms" not in page
    assert '<body class="jadu-cms">' in _html(web, host, "/en/community-safety/cctv")
    assert _linking(web, host, f"http://{host}{land}") >= {f"http://{host}/en/community-safety/cctv"}
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cy/partneriaeth-tcc" in d["5.1"]["pages"]
    assert '<html lang="cy">' in _html(web, host, "/cy/partneriaeth-tcc")
    assert d["5.3"]["status"] == "partial" and not d["5.1"]["criteria"]["responsible_officer"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "North Wales"
    assert "Signed for and on behalf of North Wales Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_facts_split_with_leaflet_find_out_more_and_odd_sitemap(web: Heldback105Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    site = web.sites[host]
    assert "Sitemap: http://www.fenland.gov.uk/sitemap-fdc/pages-1.xml" in site.robots_txt()
    assert _render(web, f"http://{host}/sitemap.xml").status == 404
    xml = _render(web, f"http://{host}/sitemap-fdc/pages-1.xml").body.decode()
    assert f"http://{host}/community-safety/cctv/who-looks-after-our-cameras" in xml
    pg = "/community-safety/cctv"
    page = _html(web, host, pg)
    gov = "/community-safety/cctv/who-looks-after-our-cameras"
    assert f'<a href="{gov}">Find out more</a>' in page and page.count(gov) == 1
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    isa = urlsplit(doc["url"]).path
    assert f'<a href="{isa}">Read more</a>' in page and page.count(isa) == 1
    assert "31 days" not in _main(web, host, pg)
    leaflet = "/media/6120/CCTV-in-Fenland-leaflet.pdf"
    assert "Recordings are kept for 31 days" in _text(web, host, leaflet)
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {gov}


def test_open_data_word_self_assessments_and_step_2_sentence(web: Heldback105Web, truth: dict) -> None:
    host = "www.cheltenham.gov.uk"
    od = "/info/16/open_data/1182/cctv_policy_codes_of_practice_and_self_assessments"
    assert "<img" not in _main(web, host, od)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017"
    assert not d["5.2"]["mark_displayed"]
    sat = "/media/2105/car-parks-cctv-self-assessment.docx"
    assert (_render(web, f"http://{host}{sat}").header("Content-Type") or "").startswith("application/vnd.openxml")
    assert f"http://{host}{sat}" in d["5.1"]["pages"] and d["5.1"]["criteria"]["self_assessment"]


def test_old_addresses_redirect_and_spoc_behind_contact_form(web: Heldback105Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    new = f"http://{host}/community-safety/cctv-control-room"
    for old in ("/CCTV", "/info/200215/crime_and_safety/1043/cctv"):
        r = _render(web, f"http://{host}{old}")
        assert r.status == 301 and r.header("Location") == new, old
    az = _links(web, host, "/a-z")
    assert f"http://{host}/CCTV" in az and new not in az
    form = "/community-safety/cctv-control-room/cctv-enquiry-form"
    assert '<form action="' in _html(web, host, form) and "mailto:" not in _html(web, host, form)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert "DRAFT version 0.3" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Data Protection Act 1998" in _main(web, host, "/community-safety/cctv-control-room")


def test_legacy_site_whose_only_map_is_an_html_site_map(web: Heldback105Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    assert '<main id="main">' not in _html(web, host, "/")
    assert "Sitemap:" not in site.robots_txt() and _render(web, f"http://{host}/sitemap.xml").status == 404
    assert f"http://{host}/Site-Map.aspx" in _links(web, host, "/")
    smap = _links(web, host, "/Site-Map.aspx")
    assert f"http://{host}/Community/Emergency-Planning-CCTV/CCTV/About-CCTV.aspx" in smap
    assert f"http://{host}/libraries" in smap or any("/libraries/" in u for u in smap)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_search_only_on_subdomain_and_another_councils_company(web: Heldback105Web, truth: dict) -> None:
    host, sub = "www.maidstone.gov.uk", "search.maidstone.gov.uk"
    assert sub in web.sites[host].hosts() and web.sites[host].search is None
    assert 'action="http://search.maidstone.gov.uk/s/search.html"' in _html(web, host, "/")
    assert _render(web, f"http://{host}/search?q=cctv").status == 404
    assert f"http://{host}/community-and-safety/cctv" in _links(web, sub, "/s/search.html?query=cctv")
    main = _main(web, host, "/community-and-safety/cctv")
    assert "a company owned by Medway Council" in main and "service level agreement" in main
    assert "Park Mark" in _main(web, host, "/parking/car-parks")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.2"]["status"] == d["5.3"]["status"] == d["5.5"]["status"] == "not_met"


def test_agreement_only_in_data_sharing_register_and_spoc_in_code_appendix(web: Heldback105Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    reg = f"http://{host}/transparency/data-sharing-register"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire" and doc["date"] == "2024-03-14"
    assert _linking(web, host, doc["url"]) == {reg}
    assert '<th scope="col">Partner</th>' in _html(web, host, "/transparency/data-sharing-register")
    appendix = "/article/470/Appendix-A-Key-Personnel"
    assert "<caption>Key personnel</caption>" in _html(web, host, appendix)
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {appendix}
    assert "service level agreement with us" in _main(web, host, "/article/1764/CCTV")


def test_near_miss_spoc_and_police_isa_on_a_one_fact_council(web: Heldback105Web, truth: dict) -> None:
    host = "www.epsom-ewell.gov.uk"
    trigger = _main(web, host, "/community-safety/community-trigger")
    assert "single point of contact for the Community Trigger" in trigger
    isa = "/sites/default/files/documents/community-safety/asb-case-review-information-sharing-agreement.pdf"
    assert "Signed for Surrey Police" in _text(web, host, isa)
    dem = "democracy.epsom-ewell.gov.uk"
    assert "sixteen CCTV cameras" in _main(web, dem, "/mgAi.aspx?ID=9921")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == d["5.5"]["status"] == "not_met"
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])


def test_one_fact_councils(web: Heldback105Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.epsom-ewell.gov.uk", "retention", "/council-and-democracy/visiting-the-town-hall"),
        (
            "www.lancaster.gov.uk",
            "other_systems",
            "/waste-and-environmental-crime/environmental-crime/catching-fly-tippers",
        ),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    lancaster = "www.lancaster.gov.uk"
    env = f"http://{lancaster}/waste-and-environmental-crime/environmental-crime"
    fly = f"{env}/catching-fly-tippers"
    assert _linking(web, lancaster, fly) == {env}
    assert '<a href="/waste-and-environmental-crime/environmental-crime/catching-fly-tippers">Read more</a>' in _html(
        web, lancaster, "/waste-and-environmental-crime/environmental-crime"
    )


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback105Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.hants.gov.uk", "www.teignbridge.gov.uk", "www.wealden.gov.uk"})
    assert "Teignmouth Town Council" in _main(web, "www.teignbridge.gov.uk", "/community/community-safety")
    assert "Find out more" in _main(web, "www.wealden.gov.uk", "/community/keeping-safe")
