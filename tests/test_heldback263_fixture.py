"""The two hundred and sixty-third held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the page furniture the set is built from is really served: a signed agreement linked only inside a hidden modal
dialog; a step 2 claim only on a hidden carousel slide, beside a 'CCTV cameras' page under community safety that is
about bus lanes; a SPOC only in a contact card image's alt text; a cookie banner naming cameras on every page of a
council that publishes nothing; a Welsh-first page whose English text is a hidden tab; one fact only in a hidden
'Before you visit' dialog; a related-links box whose CCTV links lead to look-alikes; another council's notice shown
in the open tab and this council's, with its SPOC, in the hidden one; retention only in a print-only block; a draft
Word agreement and moderngov papers; a related-documents box holding a signed agreement beside a taxi code and another
council's arrangement; a SPOC only in a chrome-less contact card shown by an iframe; step 1 behind 'Read more'; step 2
only in a badge's dialog and a signed agreement on a hidden slide of a documents carousel; an off-site iframe map on a
legacy site; one fact only in a glossary tooltip.
"""

from __future__ import annotations

import json
import re

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

from fixtures.heldback263.truth import TRUTH_PATH
from fixtures.heldback263.web import Heldback263Web
from fixtures.simweb.served import html_images


@pytest.fixture(scope="module")
def web() -> Heldback263Web:
    return Heldback263Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _hidden_block(html: str, opener: str, needle: str) -> bool:
    """``needle`` sits inside the first element whose start tag contains ``opener`` and the ``hidden`` attribute."""
    m = re.search(rf"<[a-z]+[^>]*{re.escape(opener)}[^>]*\bhidden\b[^>]*>", html)
    return m is not None and needle in html[m.end() :] and html.index(needle) > m.start()


def test_fresh_councils_and_tallies(web: Heldback263Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 263)
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 4, "partial": 6, "not_met": 5}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_signed_agreement_only_inside_a_hidden_modal(web: Heldback263Web, truth: dict) -> None:
    host = "www.sutton.gov.uk"
    page = "/info/200514/community_safety_and_policing/1267/keeping_safe_-_out_and_about"
    mou = "/downloads/file/4471/joint-cctv-monitoring-mou-2023.pdf"
    html = _html(web, host, page)
    assert 'role="dialog" aria-modal="true"' in html and html.count(mou) == 1
    assert _hidden_block(html, 'role="dialog"', mou)
    assert _linking(web, host, f"http://{host}{mou}") == {f"http://{host}{page}"}
    assert "Signed on behalf of the Metropolitan Police Service" in _text(web, host, mou)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_step_2_on_hidden_carousel_slide_and_a_bus_lane_page_called_cctv(web: Heldback263Web, truth: dict) -> None:
    host = "www.kirklees.gov.uk"
    landing = "/beta/crime-and-safety.aspx"
    html = _html(web, host, landing)
    assert '<div class="carousel__slide" id="slide-1" role="group"' in html
    assert re.search(r'id="slide-2"[^>]*aria-hidden="true" hidden>.*?awarded full step 2', html)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-03"
    fake = "/beta/crime-and-safety/cctv-cameras.aspx"
    crumbs = _html(web, host, fake).split('aria-label="Breadcrumb">', 1)[1].split("</nav>", 1)[0]
    assert "Crime and community safety" in crumbs and "<h1>CCTV cameras</h1>" in _html(web, host, fake)
    assert "bus lanes" in _main(web, host, fake)
    assert f"http://{host}{fake}" not in d["5.1"]["pages"]
    real = f"http://{host}/beta/transport-roads-and-parking/closed-circuit-television.aspx"
    assert real in d["5.1"]["pages"] and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_only_in_a_contact_card_image(web: Heldback263Web, truth: dict) -> None:
    host = "www.blackpool.gov.uk"
    page = "/Residents/Planning-environment-and-community/Crime-and-safety/CCTV.aspx"
    assert "single point of contact" not in _main(web, host, page).lower()
    r = _render(web, f"http://{host}{page}")
    alts = [alt for _, alt in html_images(r.body, f"http://{host}{page}", r.header("Content-Type"))]
    assert any(alt.startswith("Single point of contact for surveillance cameras") for alt in alts)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == "not_met"
    assert "self-assessment" in _main(web, host, page)
    assert 'iframe src="https://webcams.example.net/' in _html(web, host, "/Visitors/Illuminations-webcam.aspx")
    assert "carousel" in _html(web, host, "/")


def test_cookie_banner_names_cameras_on_every_page_of_a_council_that_publishes_nothing(
    web: Heldback263Web, truth: dict
) -> None:
    host = "www.cambridgeshire.gov.uk"
    for path in ("/", "/council-tax", "/residents/travel-roads-and-parking/traffic-cameras"):
        html = _html(web, host, path)
        assert '<div class="cookie-banner"' in html and "Our traffic cameras page embeds images" in html
    assert_publish_nothing(web, truth, {host, "www.blaby.gov.uk", "www.stroud.gov.uk"})


def test_welsh_first_page_with_english_in_a_hidden_tab(web: Heldback263Web, truth: dict) -> None:
    host = "www.gwynedd.llyw.cymru"
    page = "/cy/Trigolion/Diogelwch-cymunedol/Teledu-cylch-cyfyng.aspx"
    html = _html(web, host, page)
    assert '<html lang="cy">' in html
    assert re.search(r'role="tabpanel" id="iaith-panel-1"[^>]*hidden>.*?The council owns 73 CCTV cameras', html)
    assert any(u.startswith(f"http://{host}{page}") for u in _links(web, host, "/en/Residents/Community-safety.aspx"))
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}{page}"] and d["5.5"]["status"] == "partial"


def test_one_fact_only_in_a_before_you_visit_dialog(web: Heldback263Web, truth: dict) -> None:
    host = "www.sstaffs.gov.uk"
    page = "/council-and-democracy/about-the-council/visiting-the-council-offices"
    assert _hidden_block(_html(web, host, page), 'role="dialog"', "covered by cameras")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]


def test_related_links_named_cctv_lead_to_look_alikes(web: Heldback263Web) -> None:
    host = "www.blaby.gov.uk"
    html = _html(web, host, "/residents/community-safety")
    box = html.split('<aside class="related-links">', 1)[1].split("</aside>", 1)[0]
    assert ">CCTV code of practice</a>" in box and ">Request CCTV footage</a>" in box
    assert "licensed by the council" in _main(web, host, "/business/licensing/taxi-and-private-hire/vehicle-cameras")


def test_this_councils_notice_and_spoc_in_the_hidden_tab(web: Heldback263Web, truth: dict) -> None:
    host = "www.southnorfolkandbroadland.gov.uk"
    page = "/privacy/cctv-and-surveillance-privacy-notice"
    html = _html(web, host, page)
    assert 'id="council-panel-0" aria-labelledby="council-tab-0">' in html
    assert _hidden_block(html, 'id="council-panel-1"', "Broadland's single point of contact for surveillance cameras")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "infogov@broadland.example.gov.uk"
    assert "governance@southnorfolk.example.gov.uk" in html


def test_retention_only_in_print_block_draft_word_isa_and_moderngov(web: Heldback263Web, truth: dict) -> None:
    host = "www.newcastle-staffs.gov.uk"
    page = "/community-safety/town-centre-cctv"
    html = _html(web, host, page)
    block = html.split('<div class="print-only" aria-hidden="true">', 1)[1]
    assert "held for 31 days" in block and html.count("31 days") == 1
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    dem = "moderngov.newcastle-staffs.gov.uk"
    assert dem in web.sites[host].hosts() and "analogue" in _main(web, dem, "/mgAi.aspx?ID=20042")
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_signed_isa_in_related_documents_beside_look_alikes(web: Heldback263Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    page = "/info/cbc-article/?catid=community-safety&id=KA-01990"
    box = _html(web, host, page).split('<aside class="related-links">', 1)[1].split("</aside>", 1)[0]
    assert "CCTV code of practice - licensed vehicles" in box and "Monitoring Tendring" in box
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex" and doc["url"].split(host, 1)[1] in box
    assert "Signed for Essex Police" in _text(web, host, doc["url"].split(host, 1)[1])
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]


def test_spoc_only_in_a_chrome_less_card_shown_by_iframe(web: Heldback263Web, truth: dict) -> None:
    host = "www.n-kesteven.gov.uk"
    card = "/embed/contact-card/cctv"
    html = _html(web, host, "/residents/community-safety/cctv")
    assert (
        f'<iframe src="{card}"' in html
        and "single point of contact" not in _main(web, host, "/residents/community-safety/cctv").lower()
    )
    card_html = _html(web, host, card)
    assert "<main" not in card_html and "<nav" not in card_html and "single point of contact" in card_html.lower()
    assert _linking(web, host, f"http://{host}{card}") == {f"http://{host}/contact-us/team-directory"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["evidence"][0]["url"] == f"http://{host}{card}"


def test_step_1_behind_read_more_and_a_cookie_dialog(web: Heldback263Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    html = _html(web, host, "/community-and-living/community-safety/cctv")
    assert _hidden_block(html, 'class="truncate__more"', "step 1 (desktop) certification")
    assert '<div class="cookie-notice" role="dialog"' in _html(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]


def test_step_2_in_badge_dialog_and_signed_isa_on_hidden_slide(web: Heldback263Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    html = _html(web, host, "/pages/cctv")
    assert '<img src="/images/sc-certification-mark.png" alt="">' in html
    assert _hidden_block(html, 'role="dialog"', "full step 2 certification")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    isa = doc["url"].split(host, 1)[1]
    assert re.search(r'id="slide-4"[^>]*hidden>.*?' + re.escape(isa), html)
    assert _linking(web, host, doc["url"]) == {f"http://{host}/pages/cctv"}
    assert d["5.2"]["mark_displayed"] and all(d[k]["status"] == "met" for k in d)


def test_off_site_iframe_on_legacy_site_and_one_fact_in_a_tooltip(web: Heldback263Web, truth: dict) -> None:
    html = _html(web, "www.stroud.gov.uk", "/community-and-living/community-safety")
    assert "<main" not in html and 'iframe src="https://maps.stroudtown.example.org.uk/' in html
    host = "tewkesbury.gov.uk"
    tip = _html(web, host, "/safer-tewkesbury")
    assert re.search(r'role="tooltip" id="tip-cctv" hidden>[^<]*owns the cameras', tip)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
