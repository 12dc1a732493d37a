"""Set 334's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh real register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the modern page furniture the set is built from is really served: a site-wide service alert carrying
the only CCTV phone, facts in closed accordions, a step-by-step navigator hiding the SPOC and the signed agreement,
a 'Show more' card grid, a consultation banner, a Word leaflet without extension holding the only step 2 claim,
schema.org microdata breadcrumbs, ARIA tabs with hidden panels, a key-facts aside, an off-canvas drawer with and
without a plain fallback, hidden mega-menus with 'All services' fallbacks, bare-text breadcrumbs, a seven-part
privacy guide with a closed contents list, link-card landings, an 'On this page' contents list, a hub code whose
police signature is blank, cookie banners, and councils that publish nothing but carry look-alikes.
"""

from __future__ import annotations

import json
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

from fixtures.heldback334.truth import TRUTH_PATH
from fixtures.heldback334.web import Heldback334Web


@pytest.fixture(scope="module")
def web() -> Heldback334Web:
    return Heldback334Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _hidden_block(html: str, marker: str) -> str:
    """The html of the element whose opening tag holds `marker` and `hidden`, up to its first closing div/section."""
    start = html.index(marker)
    tag_end = html.index(">", start)
    assert "hidden" in html[start:tag_end], marker
    ends = [i for i in (html.find("</div>", tag_end), html.find("</section>", tag_end)) if i != -1]
    return html[tag_end : min(ends)]


def test_fresh_councils(web: Heldback334Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 334)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 9, "partial": 3, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 4, "partial": 5, "not_met": 6}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_service_alert_holds_the_only_phone_and_facts_sit_in_a_closed_accordion(
    web: Heldback334Web, truth: dict
) -> None:
    host = "www.rbkc.gov.uk"
    pg = "/community-and-local-life/community-safety/cctv-closed-circuit-television"
    html = _html(web, host, pg)
    assert '<div class="service-alert service-alert--alert" role="alert">' in html
    assert "020 7361 4190" in html and "020 7361 4190" not in _main(web, host, pg)
    assert "020 7361 4190" in _html(web, host, "/council-tax"), "the alert is on every page"
    panel = _hidden_block(html, 'id="cctv-c1"')
    assert "58 council cameras" in panel
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert '<div class="cookie-banner"' in html


def test_step_by_step_hides_the_spoc_and_the_signed_agreement(web: Heldback334Web, truth: dict) -> None:
    host = "www.manchester.gov.uk"
    sec = "/info/200030/crime_antisocial_behaviour_and_nuisance"
    pg = f"{sec}/708/cctv_cameras_and_security"
    html = _html(web, host, pg)
    assert '<nav class="step-nav" aria-label="Step by step">' in html
    assert "single point of contact for surveillance cameras" in _hidden_block(html, 'id="step-5"')
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and "cctv_information_sharing_agreement_gmp.pdf" in doc["url"]
    assert urlsplit(doc["url"]).path.rsplit("/", 1)[-1] in _hidden_block(html, 'id="step-3"')
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}", f"http://{host}{sec}/7812/request_cctv_footage"}
    assert "Signed for and on behalf of Greater Manchester Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("surveillance.spoc@")
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert "data protection impact assessment" in _main(web, "democracy.manchester.gov.uk", "/mgAi.aspx?ID=11143")


def test_show_more_cards_banner_and_step_2_only_in_a_word_leaflet(web: Heldback334Web, truth: dict) -> None:
    host = "www.nottinghamcity.gov.uk"
    pg = "/information-for-residents/community/community-protection/cctv"
    html = _html(web, host, pg)
    assert html.count('<button class="show-more"') == 6
    assert "286 public space" in _hidden_block(html, 'id="more-3"')
    assert (
        'role="status"><h2>Have your say</h2>' in html
        and "camera" not in html.split('role="status">')[1].split("</div>")[0]
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (ev,) = d["5.2"]["evidence"]
    assert _no_extension(ev["url"])
    r = _render(web, ev["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "cctv-service-leaflet.docx" in (r.header("Content-Disposition") or "")
    assert "step 2" not in _main(web, host, pg).lower() and "<img" not in _main(web, host, pg)
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"
    assert "panic button" in _main(web, host, "/information-for-business/licensing/cctv-in-licensed-vehicles")


def test_microdata_breadcrumbs_tabs_key_facts_and_welsh_twin(web: Heldback334Web, truth: dict) -> None:
    host = "www.newport.gov.uk"
    req = "/en/Transport-Streets/CCTV/Requesting-CCTV.aspx"
    html = _html(web, host, req)
    assert 'itemtype="https://schema.org/BreadcrumbList"' in html and '<nav class="breadcrumb"' not in html
    assert '<ul role="tablist">' in html
    panel = _hidden_block(html, 'id="req-p4"')
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Gwent" and urlsplit(doc["url"]).path in panel
    main = _html(web, host, "/en/Transport-Streets/CCTV/CCTV.aspx")
    assert '<aside class="key-facts">' in main and "<dt>Single point of contact for surveillance cameras</dt>" in main
    assert d["5.3"]["status"] == "met"
    assert f"http://{host}/cy/Trafnidiaeth-Strydoedd/Teledu-Cylch-Cyfyng.aspx" in d["5.1"]["pages"]
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))


def test_one_fact_in_closed_accordion_with_text_breadcrumbs(web: Heldback334Web, truth: dict) -> None:
    host = "www.lancaster.gov.uk"
    pg = "/sport-and-leisure/parks/happy-mount-park"
    html = _html(web, host, pg)
    assert '<p class="you-are-here">You are here: ' in html and '<nav class="breadcrumb"' not in html
    assert "Five cameras" in _hidden_block(html, 'id="visit-c3"')
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{pg}"]


def test_off_canvas_drawer_with_fallback_and_nothing_published(web: Heldback334Web, truth: dict) -> None:
    host = "www.stevenage.gov.uk"
    html = _html(web, host, "/")
    assert '<div class="offcanvas" id="offcanvas" hidden>' in html
    assert '<a class="menu-toggle" href="/site-menu"' in html
    assert f"http://{host}/site-menu" in _links(web, host, "/council-tax")
    partner = _links(web, host, "/partner-organisations")
    assert "http://www.hertfordshirecctv.example.co.uk/" in partner
    dem = "democracy.stevenage.gov.uk"
    assert "control room" in _main(web, dem, "/mgAi.aspx?ID=7412")
    assert "SIA" in _main(web, host, "/jobs/cctv-operations-officer")


def test_mega_menu_only_route_and_control_centre_phone(web: Heldback334Web, truth: dict) -> None:
    host = "www.woking.gov.uk"
    pg = f"http://{host}/contact-us/out-of-hours"
    html = _html(web, host, "/")
    assert '<div class="mega-menu__panel" hidden>' in html and '<a class="mega-menu__all" href="/services">' in html
    assert pg in _links(web, host, "/services")
    assert "/contact-us/out-of-hours" not in _main(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["operator"] and d["5.1"]["status"] == "partial"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] == "01483 743 900"


def test_seven_part_privacy_guide_with_closed_contents_and_dpo_only(web: Heldback334Web, truth: dict) -> None:
    host = "www.teignbridge.gov.uk"
    guide = "/cookies-and-privacy-notices/service-privacy-notices/closed-circuit-television-cctv"
    parts = [u for u in _links(web, host, guide) if u.startswith(f"http://{host}{guide}/")]
    assert len(set(parts)) == 7
    for u in set(parts):
        assert '<details class="guide-contents"><summary>Contents</summary>' in _html(web, host, urlsplit(u).path)
    rights = f"{guide}/your-rights-and-access-to-your-information"
    assert "dpo@teignbridge.example.gov.uk" in _main(web, host, rights)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "not_met"
    assert len({urlsplit(u).path for u in d["5.1"]["pages"]}) == 8


def test_card_landing_contents_list_and_blank_police_signature(web: Heldback334Web, truth: dict) -> None:
    host = "www.preston.gov.uk"
    cctv = "/community-and-living/crime-and-safety/cctv"
    assert '<ul class="card-list">' in _html(web, host, "/community-and-living/crime-and-safety")
    html = _html(web, host, cctv)
    assert '<nav class="on-this-page" aria-label="On this page">' in html and '<section id="contact">' in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and doc["force"] == "Lancashire"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of Lancashire Constabulary: Signature .........." in text and "20__" in text
    assert "service level agreement" in _main(web, host, cctv)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_drawer_without_fallback_step_1_sentence_and_spoc(web: Heldback334Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    pg = "/info/20101/community_safety/270/cctv_in_oxford"
    html = _html(web, host, pg)
    assert '<button class="menu-toggle" aria-controls="offcanvas" aria-expanded="false">Menu</button>' in html
    assert "<caption>Council cameras by location</caption>" in html and "<img" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2018"
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "99 cameras" in _main(web, host, pg) and d["5.1"]["criteria"]["other_systems"]


def test_certificate_only_in_a_closed_accordion_and_callout(web: Heldback334Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    main = "/Community/Emergency-Planning-CCTV/CCTV/CCTV.aspx"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert _linking(web, host, ev["url"]) == {f"http://{host}{main}"}
    assert urlsplit(ev["url"]).path in _hidden_block(_html(web, host, main), 'id="ddc-c1"')
    assert d["5.2"]["awarded"] == "2019-03-14" and not d["5.2"]["mark_displayed"]
    assert '<div class="callout"><p>CCTV footage is kept for 30 days</p></div>' in _html(
        web, host, "/Community/Emergency-Planning-CCTV/CCTV/About-CCTV.aspx"
    )
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"


def test_signed_agreement_card_in_hidden_tab_and_cabinet_papers(web: Heldback334Web, truth: dict) -> None:
    host = "www.dacorum.gov.uk"
    pg = "/home/community-living/community-safety/cctv"
    html = _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    assert urlsplit(doc["url"]).path in _hidden_block(html, 'id="cctv-p4"')
    assert "single point of contact" in _hidden_block(html, 'id="cctv-p3"')
    assert '<p class="you-are-here">You are here: ' in html
    assert not any("democracy" in u for e in d.values() for u in [x["url"] for x in e["evidence"]])


def test_one_fact_in_a_hidden_tab(web: Heldback334Web, truth: dict) -> None:
    host = "www.gosport.gov.uk"
    html = _html(web, host, "/community-safety")
    assert "no longer watched live" in _hidden_block(html, 'id="cs-p3"')
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}/community-safety"]
    assert "live monitoring" in _main(web, host, "/petitions/reinstate-live-cctv-monitoring")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback334Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.eastsussex.gov.uk", "www.stevenage.gov.uk", "www.wealden.gov.uk"})
    for host, fallback in (("www.eastsussex.gov.uk", "/all-services"), ("www.wealden.gov.uk", "/a-z")):
        html = _html(web, host, "/")
        assert '<div class="mega-menu__panel" hidden>' in html and f'href="{fallback}">All services</a>' in html
    assert "penalty charge notice" in _main(web, "www.eastsussex.gov.uk", "/roads-transport/bus-lanes")
    assert "separate councils" in _main(web, "www.wealden.gov.uk", "/community/town-and-parish-councils")


def test_cookie_banners_sit_outside_main(web: Heldback334Web) -> None:
    for host in (
        "www.rbkc.gov.uk",
        "www.eastsussex.gov.uk",
        "www.teignbridge.gov.uk",
        "www.dover.gov.uk",
        "www.dacorum.gov.uk",
    ):
        html = _html(web, host, "/")
        assert html.index('<div class="cookie-banner"') < html.index('<main id="main">'), host
        assert "cookie" not in _main(web, host, "/").lower(), host
