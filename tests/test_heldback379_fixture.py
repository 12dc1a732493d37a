"""Held-back web 379's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the request and rights journeys the set is built from are really served: a start page whose 'Start now' button
leads to a forms host whose form answers 302 to a sign-in wall (nothing behind it is credited); a listing entry that
goes straight to a sign-in wall on an account host; charges tables and a 'what happens next' list holding a SPOC; a
data request portal of route tiles with a printable PDF form; a subject access hub shared by all services with a Word
form; a step 2 claim in a figure caption under a mark, a step 1 sentence on a request page, a step 2 claim on an
insurers' page and another only inside a policy PDF; signed police agreements linked from police pages (PDF), a draft
memorandum for comment; an FAQ with jump links; a news subdomain; committee papers that never count; and councils
that publish nothing but carry look-alikes.
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
    evidence_urls,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback379.truth import TRUTH_PATH
from fixtures.heldback379.web import Heldback379Web


@pytest.fixture(scope="module")
def web() -> Heldback379Web:
    return Heldback379Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _d(truth: dict, host: str) -> dict:
    return _auth(truth, host)["deliverables"]


def test_fresh_councils(web: Heldback379Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 379)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    from collections import Counter

    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_start_now_into_a_forms_host_and_a_sign_in_wall(web: Heldback379Web, truth: dict) -> None:
    host, forms, acct = "www.haringey.gov.uk", "forms.haringey.gov.uk", "my.haringey.gov.uk"
    start = "/community-safety-and-engagement/cctv/request-cctv-footage"
    html = _html(web, host, start)
    assert 'class="govuk-button govuk-button--start">Start now</a>' in html
    assert f"http://{forms}/service/cctv-footage-request" in _links(web, host, start)
    assert "http://forms.haringey.gov.uk/service/cctv-footage-request/form" in _links(
        web, forms, "/service/cctv-footage-request"
    )
    r = _render(web, f"http://{forms}/service/cctv-footage-request/form")
    location = r.header("Location") or ""
    assert r.status == 302 and urlsplit(location).hostname == acct
    wall = _html(web, acct, urlsplit(location).path + "?" + urlsplit(location).query)
    assert 'type="password"' in wall and "days" not in _main(web, acct, "/account/signin?" + urlsplit(location).query)
    for h, path in ((host, start), (forms, "/service/cctv-footage-request")):
        assert "days" not in _main(web, h, path), path
    d = _d(truth, host)
    assert not d["5.1"]["criteria"]["retention"] and d["5.1"]["status"] == "met"
    assert not any(urlsplit(u).hostname == acct for u in evidence_urls(_auth(truth, host)))
    assert {urlsplit(e["url"]).hostname for e in d["5.3"]["evidence"]} == {forms}
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_listing_entry_straight_to_an_account_sign_in_wall(web: Heldback379Web, truth: dict) -> None:
    host, acct = "www.staffsmoorlands.gov.uk", "my.staffsmoorlands.gov.uk"
    assert f"http://{acct}/service/cctv_footage_request" in _links(web, host, "/apply-for-it")
    wall = _main(web, acct, "/service/cctv_footage_request")
    assert "Sign in" in wall and "31" not in wall and "camera" not in wall.lower()
    d51 = _d(truth, host)["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["subject_access"]
    assert d51["pages"] == [f"http://{host}/apply-for-it"]


def test_charges_table_and_spoc_on_what_happens_next(web: Heldback379Web, truth: dict) -> None:
    host, dem = "www.doncaster.gov.uk", "doncaster.moderngov.co.uk"
    req = "/services/the-council-democracy/cctv-requests"
    assert "<caption>Charges for insurers and legal representatives</caption>" in _html(web, host, req)
    nxt = _html(web, host, f"{req}/what-happens-next")
    assert '<ol class="steps">' in nxt and nxt.index('<ol class="steps">') < nxt.index("single point of contact")
    d = _d(truth, host)
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        f"{req}/what-happens-next"
    }
    assert "149 requests" in _main(web, dem, "/mgAi.aspx?ID=2257") and not d["5.1"]["criteria"]["statistics"]
    assert "BS 7958" in _main(web, host, "/services/crime-anti-social-behaviour-nuisance/cctv")
    assert d["5.2"]["status"] == "not_met" and _auth(truth, host)["heldback"]["robots_forbid_search"]
    sar = f"http://{host}/services/the-council-democracy/your-information/subject-access-request"
    assert sar in d["5.1"]["pages"] and "council tax records" in _main(web, host, urlsplit(sar).path)


def test_data_request_portal_tiles_and_printable_form(web: Heldback379Web, truth: dict) -> None:
    host = "www.rutland.gov.uk"
    portal = "/my-council/data-protection/make-a-data-request"
    html = _html(web, host, portal)
    assert html.count('<li class="card">') == 4 and '<ul class="card-grid">' in html
    form = "/media/3318/cctv-footage-request-form.pdf"
    assert _linking(web, host, f"http://{host}{form}") == {f"http://{host}{portal}/camera-footage"}
    assert _render(web, f"http://{host}{form}").header("Content-Type") == "application/pdf"
    assert "Please print this form" in _text(web, host, form)
    pn = "/my-council/data-protection/privacy-notices/closed-circuit-television"
    assert "self-assessment tool" in _main(web, host, pn)
    d = _d(truth, host)
    assert not d["5.1"]["criteria"]["self_assessment"] and d["5.1"]["criteria"]["annual_review"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "partial"


def test_subject_access_hub_with_word_form_and_spoc_in_privacy_notice(web: Heldback379Web, truth: dict) -> None:
    host = "www.lancashire.gov.uk"
    site = web.sites[host]
    assert not site.az and site.sitemap
    word = "/media/9921/subject-access-request-form.docx"
    hub = "/council/transparency/access-to-information/personal-information"
    assert _linking(web, host, f"http://{host}{word}") == {f"http://{host}{hub}"}
    assert (_render(web, f"http://{host}{word}").header("Content-Type") or "").startswith(
        "application/vnd.openxmlformats"
    )
    assert "Part C: camera recordings" in _text(web, host, word)
    d = _d(truth, host)
    pn = f"http://{host}/council/transparency/access-to-information/service-and-project-specific-privacy-notices/closed-circuit-television-cctv"
    assert d["5.3"]["status"] == "met" and [e["url"] for e in d["5.3"]["evidence"]] == [pn]
    assert "district councils" in _main(web, host, "/community-safety/town-centre-cctv")


def test_step_2_claim_in_a_figure_caption_and_welsh_twins(web: Heldback379Web, truth: dict) -> None:
    host = "www.wrexham.gov.uk"
    pg = "/community-and-living/community-safety/cctv"
    html = _html(web, host, pg)
    assert "<figcaption>Our control room holds step 2 full certification" in html
    assert 'alt="Surveillance Camera Code certification mark"' in html
    d = _d(truth, host)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-07" and d["5.2"]["mark_displayed"]
    cy = f"http://{host}/cy/cymuned-a-byw/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert cy in d["5.1"]["pages"] and f"http://{host}/cy" in _links(web, host, "/")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "North Wales"
    assert "Signed on behalf of North Wales Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "shared service agreement between the two councils" in _main(web, host, pg)


def test_step_1_sentence_on_a_request_page_and_word_form(web: Heldback379Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    req = "/access-information/cctv-cameras-footage/request-cctv-camera-footage"
    html = _html(web, host, req)
    assert html.index("<h2>Can I rely on the footage you send?</h2>") < html.index("step 1 (desktop)")
    assert "£100 per camera" in html and "<img" not in _main(web, host, req)
    docx = [u for u in _links(web, host, req) if u.endswith(".docx")]
    assert len(docx) == 1
    d = _d(truth, host)
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "partial"


def test_spoc_in_contact_card_and_signed_partnership_agreement(web: Heldback379Web, truth: dict) -> None:
    host = "www.westoxon.gov.uk"
    req = "/community-and-living/community-safety/public-space-cctv/ask-for-cctv-footage"
    html = _html(web, host, req)
    card = html.split('<aside class="contact-card">', 1)[1].split("</aside>", 1)[0]
    assert "single point of contact for surveillance camera systems" in card
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/community-and-living/community-safety/public-space-cctv/information-for-police-officers"
    }
    assert "Chief Constable of Thames Valley Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert not any("meetings." in u for u in evidence_urls(_auth(truth, host)))


def test_step_2_only_in_policy_pdf_and_draft_memorandum(web: Heldback379Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    assert "step 2" not in _main(web, host, "/pages/cctv_footage")
    d = _d(truth, host)
    assert [urlsplit(e["url"]).path for e in d["5.2"]["evidence"]] == ["/files/documents/cctv_policy/CCTV%20Policy.pdf"]
    assert "step 2 full certification" in _text(web, host, "/files/documents/cctv_policy/CCTV%20Policy.pdf")
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT v0.3" in text and "Date: ......" in text
    assert d["5.3"]["status"] == "met"


def test_faq_jump_links_and_third_party_request_form(web: Heldback379Web, truth: dict) -> None:
    host = "www.tamworth.gov.uk"
    html = _html(web, host, "/cctv-faqs")
    assert '<a href="#q4">' in html and '<h3 id="q4">Can the police see the pictures?</h3>' in html
    links = _links(web, host, "/community-safety/cctv/requesting-footage")
    assert any(urlsplit(u).hostname == "www.wmca.org.uk" for u in links)
    d = _d(truth, host)
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]
    assert d["5.5"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_audience_pages_news_subdomain_and_signed_protocol(web: Heldback379Web, truth: dict) -> None:
    host, news = "www.swale.gov.uk", "news.swale.gov.uk"
    hub = "/community-safety-and-emergencies/cctv/requesting-footage"
    assert _html(web, host, hub).count('<li class="card">') == 3
    assert "18" in _main(web, news, "/news/safer-streets-cameras-to-keep-you-safe")
    assert f"http://{news}/" in _links(web, host, "/news")
    d = _d(truth, host)
    assert not any(urlsplit(u).hostname == news for u in evidence_urls(_auth(truth, host)))
    assert [urlsplit(e["url"]).path for e in d["5.2"]["evidence"]] == [f"{hub}/insurers-and-solicitors"]
    (doc,) = d["5.5"]["documents"]
    assert (
        doc["signed"]
        and doc["force"] == "Kent"
        and "Signed for Kent Police" in _text(web, host, urlsplit(doc["url"]).path)
    )


def test_legacy_one_fact_body_worn_video(web: Heldback379Web, truth: dict) -> None:
    host = "www.bolsover.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/")
    assert "1998" in _html(web, host, "/index.php/data-protection-cctv-and-foi/249-data-protection")
    d51 = _d(truth, host)["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["other_systems"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback379Web, truth: dict) -> None:
    hosts = {"www.midsuffolk.gov.uk", "www.threerivers.gov.uk", "www.southnorfolkandbroadland.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    assert "does not hold town centre recordings" in _main(
        web, "www.midsuffolk.gov.uk", "/community/community-safety/request-cctv-footage"
    )
    dem = "moderngov.threerivers.gov.uk"
    policy = f"http://{dem}/documents/s32125/CCTV%20Policy%202024-2028.pdf"
    assert _linking(web, "www.threerivers.gov.uk", policy) == {f"http://{dem}/mgAi.aspx?ID=6428"}
    assert "Recordings are kept for 31 days" in _text(web, dem, urlsplit(policy).path)
