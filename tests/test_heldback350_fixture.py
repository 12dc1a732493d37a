"""The three hundred and fiftieth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the folded page furniture the set is built from is really served: accordion panels marked hidden="until-found";
privacy-notice answers in hidden <dd> elements (step 1 and a SPOC among them); a privacy notice entirely inside a
Bootstrap .collapse region; <details> elements sharing a name, with step 2 and the only link to a signed protocol in
closed ones, and a Welsh twin; the second halves of 'Read more' paragraphs in hidden spans, a SPOC in a popover and a
draft agreement in committee papers; flip cards whose aria-hidden backs hold every fact; a quick-questions widget
whose hidden answer bubbles hold step 2 and the contact; a CCTV page linked only from a hidden carousel slide on a
legacy housing page; a <select> chooser whose hidden tower block panels hold retention and footage requests, beside a
signed Word agreement served without extension; step 2 only in the caption of a hidden lightbox dialog; one fact in a
folded (hidden, inert) service notice; one fact in a form field's hidden help; other owners' cameras in hidden table
rows; and three councils that publish nothing but carry look-alikes.
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback350.truth import TRUTH_PATH
from fixtures.heldback350.web import Heldback350Web


@pytest.fixture(scope="module")
def web() -> Heldback350Web:
    return Heldback350Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _element_holding(html: str, quote: str) -> str:
    """The opening tag of the innermost div, dd, span, details, tr or section whose content holds ``quote``."""
    at = html.index(quote)
    opens = [
        m
        for m in re.finditer(r"<(div|dd|span|details|tr|section)\b[^>]*>", html[:at])
        if not re.search(rf"</{m.group(1)}>", html[m.end() : at])
    ]
    assert opens, quote
    return opens[-1].group(0)


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_briefs_mix(web: Heldback350Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 350)


def test_truth_shape_and_labelling_rules(web: Heldback350Web, truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert_publish_nothing(web, truth, {"www.scilly.gov.uk", "eastdevon.gov.uk", "www.preston.gov.uk"})


def test_until_found_accordion_holds_every_fact(web: Heldback350Web, truth: dict) -> None:
    host, path = "www.hillingdon.gov.uk", "/safer-hillingdon/cctv-hillingdon"
    html = _html(web, host, path)
    assert html.count('hidden="until-found"') == 7
    d = _auth(truth, host)["deliverables"]
    for e in d["5.1"]["evidence"]:
        if e["quote"] != "to deter and detect crime and anti-social behaviour":
            assert 'hidden="until-found"' in _element_holding(html, e["quote"]), e["quote"]
    for quote in ("Recorded pictures are kept for 32 days", "the Metropolitan Police", "email the CCTV team"):
        assert html.count(quote) == 1
        assert 'hidden="until-found"' in _element_holding(html, quote), quote
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert "BS 7958" in html and d["5.2"]["status"] == "not_met"
    assert "http://modgov.hillingdon.gov.uk/" in _html(web, host, "/council-and-democracy/meetings")


def test_privacy_notice_answers_in_hidden_dd(web: Heldback350Web, truth: dict) -> None:
    host, path = "www.knowsley.gov.uk", "/privacy-notices/security-service-privacy-notice"
    html = _html(web, host, path)
    assert '<dl class="faq">' in html and html.count(" hidden>") >= 8
    for quote in ("single point of contact", "step one (desktop) certification", "Pictures are held for 31 days"):
        assert _element_holding(html, quote).startswith('<dd class="faq__answer"'), quote
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2018" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_notice_entirely_in_a_bootstrap_collapse(web: Heldback350Web, truth: dict) -> None:
    host, path = "www.lincolnshire.gov.uk", "/directory-record/62078/surveillance-camera-systems"
    html = _html(web, host, path)
    assert 'data-bs-toggle="collapse" href="#full-notice"' in html and '<div class="collapse" id="full-notice">' in html
    body = html.split('<div class="collapse" id="full-notice">', 1)[1]
    outside = html.split('<div class="collapse" id="full-notice">', 1)[0]
    d = _auth(truth, host)["deliverables"]
    for e in d["5.1"]["evidence"]:
        if e["quote"] != "Surveillance camera systems privacy notice":
            assert e["quote"] in body and e["quote"] not in outside, e["quote"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "not_met"
    assert "dpo@lincolnshire.example.gov.uk" in body


def test_named_details_group_with_step_2_and_signed_protocol(web: Heldback350Web, truth: dict) -> None:
    host = "www.rctcbc.gov.uk"
    faq = "/EN/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership/CCTV/CCTVFAQs.aspx"
    html = _html(web, host, faq)
    assert html.count('<details name="cctv-faq"') == 9 and "<details open" not in html
    assert _element_holding(html, "full step 2 certification").startswith('<div class="faq-item__body">')
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-06"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Wales"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{faq}"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "on behalf of Rhondda Cynon Taf County Borough Council" in text and "on behalf of South Wales Police" in text
    cy = [u for u in d["5.1"]["pages"] if "/CY/" in u]
    assert cy and 'lang="cy"' in _html(web, host, urlsplit(cy[0]).path)


def test_read_more_halves_popover_spoc_and_draft_in_papers(web: Heldback350Web, truth: dict) -> None:
    host, path = "exeter.gov.uk", "/community-safety/a-safer-city-centre"
    html = _html(web, host, path)
    for quote in ("Recordings are held for 31 days", "carries that camera's number", "more than 200 high-definition"):
        assert _element_holding(html, quote).startswith('<span class="read-more__extra"'), quote
        assert " hidden>" in _element_holding(html, quote)
    assert 'popovertarget="spoc-pop"' in html
    assert _element_holding(html, "single point of contact").startswith(
        '<div class="info-popover" id="spoc-pop" popover>'
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and urlsplit(doc["url"]).hostname == "committees.exeter.gov.uk"
    assert _linking(web, host, doc["url"]) == {"http://committees.exeter.gov.uk/mgAi.aspx?ID=64130"}
    assert "DRAFT" in _text(web, "committees.exeter.gov.uk", urlsplit(doc["url"]).path)
    assert not any("committees." in u for u in d["5.1"]["pages"])


def test_flip_card_backs_hold_every_fact(web: Heldback350Web, truth: dict) -> None:
    host, hub = "www.stalbans.gov.uk", "/community-and-living/community-safety"
    html = _html(web, host, hub)
    d = _auth(truth, host)["deliverables"]
    for e in d["5.1"]["evidence"]:
        if urlsplit(e["url"]).path == hub:
            assert 'class="flip-card__back"' in _element_holding(html, e["quote"]), e["quote"]
            assert 'aria-hidden="true"' in _element_holding(html, e["quote"])
    assert "working towards" in html and d["5.2"]["status"] == "not_met"
    assert "4,868 incidents" in _text(web, host, "/sites/default/files/2025-03/community-cctv-annual-report-2024.pdf")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_quick_answer_bubbles_hold_step_2_and_contact(web: Heldback350Web, truth: dict) -> None:
    host, path = "www.wychavon.gov.uk", "/community-safety/cctv"
    html = _html(web, host, path)
    for quote in ("awarded full certification (step 2)", "Recordings are kept for 31 days", "Property Services"):
        assert _element_holding(html, quote).startswith('<div class="bubble bubble--answer"'), quote
        assert " hidden>" in _element_holding(html, quote)
    assert "service level agreement between the two councils" in _main(web, host, path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.5"]["status"] == "not_met"
    form = "/downloads/cctv-release-of-information-application-form.docx"
    assert (_render(web, f"http://{host}{form}").header("Content-Type") or "").startswith("application/vnd.openxml")


def test_cctv_page_linked_only_from_a_hidden_carousel_slide(web: Heldback350Web, truth: dict) -> None:
    host = "www.dacorum.gov.uk"
    cctv = f"http://{host}/community-safety/cctv-and-the-community-control-centre"
    estate = "/housing/your-estate"
    assert _linking(web, host, cctv) == {f"http://{host}{estate}"}
    html = _html(web, host, estate)
    assert 'style="display:none"' in _element_holding(html, "/community-safety/cctv-and-the-community-control-centre")
    assert '<main id="main">' not in html and not web.sites[host].sitemap
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert "Signed for and on behalf of Hertfordshire Constabulary" in _text(web, host, urlsplit(doc["url"]).path)


def test_chooser_panels_hold_retention_beside_signed_word_agreement(web: Heldback350Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    html = _html(web, host, "/housing/tower-blocks")
    assert '<select id="block" name="block">' in html and html.count('class="chooser__panel"') == 5
    assert 'data-value="evenlode" hidden' in _element_holding(html, "kept for 31 days")
    assert "31 days" not in _main(web, host, "/community-safety/cctv-in-oxford")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed for and on behalf of Thames Valley Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met"


def test_step_2_only_in_a_hidden_lightbox_caption(web: Heldback350Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    about = "/Community/Emergency-Planning-CCTV/CCTV/About-CCTV.aspx"
    html = _html(web, host, about)
    tag = _element_holding(html, "full step 2 certification")
    assert tag.startswith('<div class="lightbox"') and " hidden>" in tag
    assert 'href="#lb-2"' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03"
    (ev,) = d["5.5"]["evidence"]
    assert ev["url"].endswith(".pdf") and d["5.5"]["status"] == "partial"
    for page in (about, "/Community/Emergency-Planning-CCTV/CCTV/CCTV.aspx"):
        assert "information sharing agreement" not in _html(web, host, page)
    code = "/Community/Emergency-Planning-CCTV/CCTV/Documents/code-of-practice"
    assert _no_extension(code) and _render(web, f"http://{host}{code}").header("Content-Type") == "application/pdf"


def test_one_fact_councils_in_folded_notice_and_field_help(web: Heldback350Web, truth: dict) -> None:
    for host, path, crit, opening in (
        (
            "www.gosport.gov.uk",
            "/community-safety",
            "cameras",
            '<div class="notice__more" id="cctv-notice" hidden inert>',
        ),
        (
            "www.stevenage.gov.uk",
            "/report-it/anti-social-behaviour",
            "retention",
            '<div class="form-help" id="location-help" hidden>',
        ),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"]
        (ev,) = d51["evidence"]
        assert _element_holding(_html(web, host, path), ev["quote"]) == opening
    assert "28 days" in _html(web, "democracy.gosport.gov.uk", "/mgAi.aspx?ID=2544")
    assert "Joint CCTV Executive" in _html(web, "democracy.stevenage.gov.uk", "/mgCommitteeDetails.aspx?ID=523")


def test_other_owners_cameras_in_hidden_rows_and_folded_decoys(web: Heldback350Web, truth: dict) -> None:
    html = _html(web, "www.preston.gov.uk", "/parking/car-parks")
    assert html.count('<tr class="row-detail"') == 5
    assert _element_holding(html, "security team operates this car park's cameras").startswith('<tr class="row-detail"')
    scilly = _html(web, "www.scilly.gov.uk", "/transport-and-harbours/st-marys-harbour")
    assert '<details name="harbour"' in scilly and "harbour master" in scilly
    assert "does not operate public space CCTV" in _html(
        web, "www.scilly.gov.uk", "/council-and-democracy/freedom-of-information/disclosure-log/foi-2024-117"
    )
    devon = _html(web, "eastdevon.gov.uk", "/community-safety")
    assert 'role="tabpanel" id="panel-seaton" aria-labelledby="tab-seaton" hidden' in devon
    assert _auth(truth, "eastdevon.gov.uk")["heldback"]["robots_forbid_search"]
