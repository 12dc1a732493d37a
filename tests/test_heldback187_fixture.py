"""The hundred-and-eighty-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a comparison table of three camera families with a step 1
claim only in a footnote and a SPOC only in a job advert; a signed agreement only as an appendix of an annual report;
a privacy notice filed under S in a lettered index reached from the footer; camera counts on per-town pages, a SPOC
only in a contact directory and a draft protocol as an HTML page; another council's certificate on the page; one fact
in a table cell, on a radio scheme page and on a venue hire page; a step 2 claim in a linked mark's alt text, a SPOC
in terms of reference and a five-party agreement; `?question=` answers and a protocol linked only from a police
request form; a SPOC only in a Word request form on a legacy site; a step 2 claim only in a quoted letter; and three
councils that publish nothing but carry FOI answers, news, town and parish council pages, consultations, enforcement
cameras and job adverts).
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
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback187.truth import TRUTH_PATH
from fixtures.heldback187.web import Heldback187Web


@pytest.fixture(scope="module")
def web() -> Heldback187Web:
    return Heldback187Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils(web: Heldback187Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 187)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_camera_families_table_footnote_step_1_and_spoc_only_in_job_advert(web: Heldback187Web, truth: dict) -> None:
    host = "www.haringey.gov.uk"
    hub = "/community-safety-and-engagement/cameras-in-haringey"
    own = f"{hub}/community-safety-cctv"
    html = _html(web, host, hub)
    assert '<th scope="col">Community safety</th><th scope="col">Traffic enforcement</th>' in html
    assert f"http://{host}{own}" in _links(web, host, hub)
    page = _html(web, host, own)
    assert '<sup><a href="#fn-1">1</a></sup>' in page and '<li id="fn-1">' in page
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "step 1" in page.split('<div class="footnotes">', 1)[1]
    assert "step 1" not in page.split('<div class="footnotes">', 1)[0]
    job = "/jobs/surveillance-camera-compliance-officer"
    assert "single point of contact for surveillance cameras" in _main(web, host, job)
    assert d["5.3"]["status"] == "partial" and job not in _paths(d["5.3"])
    assert not any("/jobs/" in u or "disclosure-log" in u for u in d["5.1"]["pages"])
    assert "CCTV maintenance contract" in _main(web, "www.minutes.haringey.gov.uk", "/mgAi.aspx?ID=88114")
    assert not d["5.5"]["documents"] and d["5.5"]["status"] == "partial"


def test_signed_agreement_only_as_an_annual_report_appendix(web: Heldback187Web, truth: dict) -> None:
    host = "www.dudley.gov.uk"
    pg = f"http://{host}/council-community/community-advice/cctv-use-in-the-dudley-borough/"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "West Midlands"
    assert _linking(web, host, doc["url"]) == {pg}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Appendix C: Information sharing agreement" in text and "Signed for West Midlands Police" in text
    assert "Signed for" not in _main(web, host, urlsplit(pg).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert "Do you recognise" in _main(web, host, "/environment-rubbish/youve-been-shamed/")


def test_privacy_notice_under_s_reached_from_the_footer(web: Heldback187Web, truth: dict) -> None:
    host = "www.eastsussex.gov.uk"
    site = web.sites[host]
    assert not site.az and _auth(truth, host)["heldback"]["robots_forbid_search"]
    idx = _html(web, host, "/privacy")
    s_block = idx.split('<h2 id="S">S</h2>', 1)[1]
    assert '<a href="/privacy/cctv/">Surveillance cameras, including CCTV</a>' in s_block
    assert "/privacy/cctv/" not in idx.split('<h2 id="S">S</h2>', 1)[0]
    assert _linking(web, host, f"http://{host}/privacy/cctv/") == {f"http://{host}/privacy"}
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 3
    d = a["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}/privacy/cctv/"]
    assert "Data Protection Officer" in _main(web, host, "/privacy/cctv/") and d["5.3"]["status"] == "not_met"


def test_town_map_pages_spoc_in_contact_directory_and_draft_html_protocol(web: Heldback187Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    assert "Fleetwood has 11 cameras" in _main(web, host, "/cctv/camera-maps/fleetwood")
    contact = _html(web, host, "/contact-us")
    assert '<th scope="col">Subject</th><th scope="col">Who deals with it</th>' in contact
    assert "single point of contact" not in _main(web, host, "/cctv/cctv-wyre")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {"/contact-us"}
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and urlsplit(doc["url"]).path == "/cctv/release-of-images-protocol-draft"
    assert "20__" in _main(web, host, "/cctv/release-of-images-protocol-draft")
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    r = _render(web, f"http://{host}/downloads/file/1187/cctv-code-of-practice-2023")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")


def test_monitoring_councils_certificate_is_not_harts(web: Heldback187Web, truth: dict) -> None:
    host = "www.hart.gov.uk"
    main = _main(web, host, "/community-safety/cctv-cameras")
    assert "certificate of compliance" in main and "awarded to Runnymede Borough Council" in main
    assert "agreement between the two councils" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_partnership_mark_in_a_link_spoc_in_terms_of_reference_and_five_party_agreement(
    web: Heldback187Web, truth: dict
) -> None:
    host = "www.stevenage.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert (
        '<a href="/documents/cctv/hcp-certificate-of-compliance-2022.pdf"><img src="/images/sc-code-mark.png" alt="'
        in html
    )
    assert "step 2" not in _main(web, host, "/community-safety/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {"/documents/cctv/hcp-terms-of-reference-2024.pdf"}
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv/partnership-governance")
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert doc["signed"] and "Hertsmere Borough Council and Hertfordshire Constabulary" in text


def test_question_answers_and_protocol_only_on_the_police_request_form(web: Heldback187Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    pg = "/info-pages/cctv/"
    assert f"http://{host}{pg}?question=5594-1" in _links(web, host, pg)
    assert "household purposes" in _main(web, host, f"{pg}?question=5594-3")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{pg}?question=5594-1" in d["5.1"]["pages"]
    assert f"http://{host}{pg}?question=5594-3" not in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/forms/cctv-request-law-enforcement/"}
    assert d["5.5"]["status"] == "met" and d["5.3"]["status"] == "met"


def test_spoc_only_in_a_word_form_on_a_legacy_site(web: Heldback187Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    form = "/media/18842/Apply-to-access-CCTV-footage.docx"
    assert _paths(d["5.3"]) == {form} and d["5.3"]["status"] == "met"
    assert (_render(web, f"http://{host}{form}").header("Content-Type") or "").startswith(
        "application/vnd.openxmlformats"
    )
    assert "Single Point of Contact" not in _html(web, host, "/cctv")
    assert "working towards third party certification" in _html(web, host, "/cctv") and d["5.2"]["status"] == "not_met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_in_a_quoted_letter(web: Heldback187Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    about = "/Community/Emergency-Planning-CCTV/CCTV/About-CCTV.aspx"
    html = _html(web, host, about)
    assert "<blockquote><p>I am pleased to confirm" in html and "<img" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert all(urlsplit(u).path.endswith((".aspx", ".pdf")) for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_one_fact_councils(web: Heldback187Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.hastings.gov.uk", "cameras", "/streets-and-seafront/public-toilets"),
        ("www.melton.gov.uk", "operator", "/business/pubwatch-and-shopwatch-radio-scheme"),
        ("www.woking.gov.uk", "signage", "/venues/jubilee-square"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "<td>Baby change; the entrance is covered by a council camera" in _html(
        web, "www.hastings.gov.uk", "/streets-and-seafront/public-toilets"
    )
    assert "20 static cameras" in _main(web, "www.hastings.gov.uk", "/consultations/bottle-alley-cctv")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback187Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.halton.gov.uk", "www.anglesey.gov.uk", "www.lancaster.gov.uk"})
    assert _auth(truth, "www.halton.gov.uk")["heldback"]["robots_forbid_search"]
    assert "stopped running a town centre CCTV service in 2014" in _main(
        web, "www.anglesey.gov.uk", "/en/Council/Freedom-of-information/Disclosure-log/foi-5120"
    )
    assert "Holyhead Town Council" in _main(web, "www.anglesey.gov.uk", "/en/Council/Town-and-community-councils")
    assert "(closed)" in _main(web, "www.lancaster.gov.uk", "/consultations/budget-2017-closed")
    assert "486 people were arrested" in _main(web, "moderngov.halton.gov.uk", "/mgAi.aspx?ID=37496")
