"""The 377th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Emphasis: town centres, high streets and the visitor economy. Checks: the councils are fresh; the labelling rules
hold with the intended tallies; and the structures the set is built from are really served (a step 2 claim only in
the caption of a control room photo on a page selling monitoring to businesses; City Watch under the city centre
section with the SPOC in an address card, Purple Flag accreditation and a Merseytravel data sharing agreement; a
Word annual report with a step 1 sentence listed only among other services' annual reports; a county policy guide
whose SPOC is one row of a roles table beside a SIRO and a DPO; facts spread over town-by-town pages; a CCTV page
reached only from the A to Z with a signed protocol PDF; a privacy notice whose facts are in a row-header table and
a monitoring council's certificate; legacy .cfm pages with a step 2 sentence beside a mark and councils' monitoring
agreements; a signed police protocol as one row of a town centre agreements table; a post-handover page with an
e-signature completion certificate; one-fact councils on a regeneration list and a high street project; tourism,
committee and BID sites on other domains that hold camera wording but are never evidence; councils that publish
nothing but carry look-alikes).
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
    evidence_urls,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback377.common import TownSite
from fixtures.heldback377.truth import TRUTH_PATH
from fixtures.heldback377.web import Heldback377Web


@pytest.fixture(scope="module")
def web() -> Heldback377Web:
    return Heldback377Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback377Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 377)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_off_site_hosts_are_never_evidence(web: Heldback377Web, truth: dict) -> None:
    seen = 0
    for site in web.sites.values():
        assert isinstance(site, TownSite)
        for host in site.offsite_hosts:
            seen += 1
            assert host.split(".", 1)[-1] != site.host.split(".", 1)[-1], host
            assert any(urlsplit(u).hostname == host for u in _links(web, site.host, "/") + _all_links(web, site))
            assert not any(urlsplit(u).hostname == host for u in evidence_urls(_auth(truth, site.host)))
    assert seen == 8
    assert "certified against the Surveillance Camera Code" in _text(
        web, "www.visitliverpool.com", "/plan-your-trip/staying-safe"
    )
    assert "CCTV" in _text(web, "www.discoverceredigion.wales", "/plan/staying-safe")


def _all_links(web: Heldback377Web, site: TownSite) -> list[str]:
    out: list[str] = []
    for host, path in site.pages:
        if host == site.host:
            out += _links(web, host, path)
    return out


def test_step_2_only_in_a_figure_caption_on_a_business_page(web: Heldback377Web, truth: dict) -> None:
    host = "new.enfield.gov.uk"
    pg = "/business-and-town-centres/public-safety-centre"
    html = _html(web, host, pg)
    caption = html.split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert "step 2 certification" in caption and html.count("step 2") == 1
    assert "certification" not in _main(web, host, "/community-safety/closed-circuit-television-cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {pg}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("epsc@")
    assert "https://connected.enfield.gov.uk/" in _links(web, host, "/community-safety/closed-circuit-television-cctv")


def test_city_watch_in_city_centre_spoc_in_address_card(web: Heldback377Web, truth: dict) -> None:
    host = "liverpool.gov.uk"
    cw = f"http://{host}/city-centre/city-watch"
    assert f"http://{host}/city-centre" in _linking(web, host, cw)
    resp = "/crime-prevention-and-emergencies/cctv/who-is-responsible"
    card = _html(web, host, resp).split("<address>", 1)[1].split("</address>", 1)[0]
    assert "cctvspoc@liverpool.example.gov.uk" in card and "Head of City Watch" in card
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {resp}
    assert "Purple Flag accreditation" in _main(web, host, "/city-centre/a-safe-night-out")
    assert d["5.2"]["status"] == "not_met"
    assert "data sharing agreement with Merseytravel" in _main(web, host, "/city-centre/city-watch")
    assert d["5.5"]["status"] == "not_met"


def test_word_annual_report_only_among_service_reports(web: Heldback377Web, truth: dict) -> None:
    host = "www.hull.gov.uk"
    rep = f"http://{host}/downloads/file/4417/cctv-annual-report-2023-24.docx"
    assert _linking(web, host, rep) == {f"http://{host}/council-and-democracy/annual-reports"}
    assert (_render(web, rep).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "step one (desktop) certification" in _text(web, host, urlsplit(rep).path)
    assert "annual report" not in _main(web, host, "/crime-and-safety/cctv-in-hull").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021"
    assert rep in d["5.1"]["pages"]
    hull_site = web.sites[host]
    assert isinstance(hull_site, TownSite) and "cmis.hullcc.gov.uk" in hull_site.offsite_hosts


def test_county_spoc_is_one_row_of_a_roles_table(web: Heldback377Web, truth: dict) -> None:
    host = "www.gloucestershire.gov.uk"
    site = web.sites[host]
    assert site.sitemap and not site.az
    pol = (
        "/council-and-democracy/access-to-information-and-data-protection/"
        "closed-circuit-television-cctv-and-surveillance/cctv-and-surveillance-camera-policy"
    )
    roles = _html(web, host, f"{pol}/roles-and-responsibilities")
    for row in (
        "Senior Information Risk Owner",
        "Surveillance Camera Single Point of Contact",
        "Data Protection Officer",
    ):
        assert f"<tr><td>{row}" in roles, row
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctv@gloucestershire.example.gov.uk"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert len([u for u in d["5.1"]["pages"] if pol in u]) >= 6


def test_facts_spread_over_town_by_town_pages(web: Heldback377Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    stc = "/community-safety/safer-town-centres"
    d = _auth(truth, host)["deliverables"]
    pages = {urlsplit(u).path for u in d["5.1"]["pages"]}
    assert {f"{stc}/coalville", f"{stc}/ashby-de-la-zouch", f"{stc}/recordings-requests-and-contacts"} <= pages
    assert f"{stc}/castle-donington" not in pages
    assert "Download Festival" in _main(web, host, f"{stc}/castle-donington")
    assert "Safe Space" in _main(web, host, f"{stc}/ashby-de-la-zouch")
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == d["5.5"]["status"] == "not_met"


def test_cctv_page_only_from_a_to_z_and_signed_protocol(web: Heldback377Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    pg = f"http://{host}/cctv"
    assert _linking(web, host, pg) - {f"{pg}/where-our-cameras-are"} == {f"http://{host}/a-z"}
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex" and doc["date"] == "2023-09-25"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signatories" in text and "Signed for Sussex Police" in text
    assert "Safer Parking Award" in _main(web, host, "/city-centre/car-parks") and d["5.2"]["status"] == "not_met"
    assert "Data Protection Act 1998" in _main(web, host, "/cctv")


def test_privacy_notice_row_header_table_and_monitoring_councils_certificate(web: Heldback377Web, truth: dict) -> None:
    host = "www.surreyheath.gov.uk"
    pn = "/about-council/information-and-data/privacy/shbc-cctv-privacy-notice"
    assert '<th scope="row">How long we keep it</th>' in _html(web, host, pn)
    town = _main(web, host, "/residents/camberley-town-centre")
    assert "Runnymede's control room holds full certification" in town
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_legacy_cfm_pages_mark_and_councils_agreements(web: Heldback377Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    cctv = "/community/crime_and_safety/cctv.cfm"
    html = _html(web, host, cctv)
    assert '<main id="main">' not in html and 'alt="Surveillance Camera Code of Practice certification mark"' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2022-06"
    assert "service agreements between the councils" in _text(
        web, host, "/community/crime_and_safety/cctv_partners.cfm"
    )
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_police_protocol_one_row_of_an_agreements_table(web: Heldback377Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    agr = "/town-centres/partnership-agreements"
    html = _html(web, host, agr)
    assert html.count("<tr><td>") == 4 and html.count("Download (PDF)") == 1
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}{agr}"}
    assert "Signed on behalf of Staffordshire Police" in _text(web, host, urlsplit(doc["url"]).path)
    code = f"http://{host}/downloads/file/1190/cctv-code-of-practice"
    assert _no_extension(code) and "filename=" in (_render(web, code).header("Content-Disposition") or "")
    assert d["5.3"]["status"] == "partial"


def test_post_handover_page_e_signature_certificate(web: Heldback377Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _no_extension(doc["url"]) and doc["force"] == "Warwickshire"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Completion certificate (electronic signatures)" in text and "signed electronically" in text
    main = _main(web, host, "/w/public-space-cctv")
    assert "working towards third-party certification" in main and d["5.2"]["status"] == "not_met"
    assert "agreement with the company ended" in main
    assert d["5.3"]["status"] == "met"


def test_one_fact_councils(web: Heldback377Web, truth: dict) -> None:
    for host, path in (
        ("www.babergh.gov.uk", "/towns-and-villages/sudbury-vision-for-prosperity"),
        ("www.ambervalley.gov.uk", "/regeneration/heanor-market-place-improvements"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert "<li>" in _html(web, host, path)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback377Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.ceredigion.gov.uk", "www.ne-derbyshire.gov.uk", "www.blaby.gov.uk"}, min_decoys=4
    )
    assert "teledu cylch cyfyng" in _main(web, "www.ceredigion.gov.uk", "/cy/trigolion/diogelwch-cymunedol").lower()
    ned = web.sites["www.ne-derbyshire.gov.uk"]
    assert ned.search is None and not ned.az and '<main id="main">' not in _html(web, ned.host, "/")
    assert _auth(truth, "www.blaby.gov.uk")["heldback"]["robots_forbid_search"]
