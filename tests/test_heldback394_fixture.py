"""The three hundred and ninety-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before; the labelling rules
hold with the intended tallies; and the structures the set is built from are really served (a step 2 claim only in a
numbered footnote; a SPOC in an ARIA tab panel; a camera page under traffic control with a draft police agreement
inline on a consultation page; a signed memorandum linked only from a civic building's visitor page; bilingual .aspx
FAQs with a signed bilingual protocol; a signed SLA without extension behind the footage request page; a step 2 claim
only on a sales page for monitoring businesses and a SPOC only in a Word code; a SPOC in a questions page and a
company agreement that is not a police one; one fact in a glossary, in a correction notice and on a civic regalia
page; a step 1 claim only in a privacy notice; a SPOC as an FAQ answer beside a councils' agreement; committee papers
on two democracy hosts; crematorium webcasts, ceremony livestreams and chamber webcasts as look-alikes; and three
councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
import re
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

from collections import Counter

from fixtures.heldback394.truth import TRUTH_PATH
from fixtures.heldback394.web import Heldback394Web


@pytest.fixture(scope="module")
def web() -> Heldback394Web:
    return Heldback394Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_fresh_councils(web: Heldback394Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 394)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_step_2_only_in_a_footnote_and_spoc_in_a_tab_panel(web: Heldback394Web, truth: dict) -> None:
    host = "www.islington.gov.uk"
    cc = "/policing-safety/crime/cctv"
    html = _html(web, host, cc)
    assert '<sup id="ref-1"><a href="#fn-1">1</a></sup>' in html
    notes = html.split('<section class="footnotes">', 1)[1].split("</section>", 1)[0]
    head = html.split('<section class="footnotes">', 1)[0]
    assert "step 2" in notes and "step 2" not in head
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    gov = _html(web, host, f"{cc}/governance")
    panel = gov.split('<div role="tabpanel" id="tabpanel-2"', 1)[1].split("</div>", 1)[0]
    assert "single point of contact for surveillance cameras" in panel and "mailto:" in panel
    assert 'aria-selected="false">Responsibilities' in gov
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {f"{cc}/governance"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    # the Town Hall's ceremony livestream camera and the chamber webcasts are not evidence
    assert "stream your ceremony" in _main(web, host, "/births-deaths-marriages/ceremonies-at-islington-town-hall")
    assert not any("births-deaths" in u or "webcasts" in u for u in evidence_urls(_auth(truth, host)))


def test_cameras_under_traffic_control_and_draft_inline_on_consultation(web: Heldback394Web, truth: dict) -> None:
    host = "www.solihull.gov.uk"
    cp = "/traffic-and-roads/urban-traffic-control/public-realm-traffic-and-car-park-cameras"
    a = _auth(truth, host)
    assert f"http://{host}{cp}" in a["deliverables"]["5.1"]["pages"]
    assert not any("community-safety" in u for u in a["deliverables"]["5.1"]["pages"])
    consult = f"{cp}/have-your-say-police-access"
    assert _linking(web, host, f"http://{host}{consult}") >= {f"http://{host}{cp}"}
    main = _main(web, host, consult)
    assert "DRAFT" in main and "Date: __/__/20__" in main and "has not been signed" in main
    (doc,) = a["deliverables"]["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["url"] == f"http://{host}{consult}"
    assert a["deliverables"]["5.3"]["status"] == "partial" and a["deliverables"]["5.3"]["spoc"]["email"]
    # the scrutiny review is on the democracy host and never counts
    dem = "eservices.solihull.gov.uk"
    assert dem in web.sites[host].hosts()
    assert "1,904 incidents" in _text(web, dem, "/documents/s88213/CCTV%20service%20review.pdf")
    assert not any(dem in u for u in evidence_urls(a))
    assert "webcast camera" in _main(web, host, "/bereavement-services/robin-hood-crematorium-visitors")


def test_signed_memorandum_linked_only_from_a_civic_building_page(web: Heldback394Web, truth: dict) -> None:
    host = "www.wiltshire.gov.uk"
    a = _auth(truth, host)
    (doc,) = a["deliverables"]["5.5"]["documents"]
    assert a["deliverables"]["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Wiltshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-offices/bourne-hill"}
    text = _text(web, host, _path(doc["url"]))
    assert (
        "Signed for and on behalf of Wiltshire Police" in text
        and "Signed for and on behalf of Wiltshire Council" in text
    )
    assert "memorandum" not in _main(web, host, "/community-safety-cctv").lower()
    assert "Salisbury CCTV update" in _html(web, "cms.wiltshire.gov.uk", "/mgAi.aspx?ID=52600")
    assert a["deliverables"]["5.3"]["status"] == "partial" and a["deliverables"]["5.3"]["spoc"]["phone"]


def test_bilingual_faqs_and_signed_bilingual_protocol(web: Heldback394Web, truth: dict) -> None:
    host = "www.rctcbc.gov.uk"
    assert {f"http://{host}/EN", f"http://{host}/CY"} <= set(_links(web, host, "/"))
    a = _auth(truth, host)
    cy = "/CY/Resident/ArgyfyngauDiogelwchaThrosedd/TCC/CwestiynauCyffredinTCC.aspx"
    assert f"http://{host}{cy}" in a["deliverables"]["5.1"]["pages"]
    assert '<html lang="cy">' in _html(web, host, cy)
    (doc,) = a["deliverables"]["5.5"]["documents"]
    text = _text(web, host, _path(doc["url"]))
    assert "Heddlu De Cymru" in text and "Signed on behalf of South Wales Police" in text
    assert doc["force"] == "South Wales" and doc["date"] == "2024-07-18"
    assert "webcast" in _main(web, host, "/EN/Resident/BereavementServices/GlyntaffCrematorium.aspx")


def test_signed_sla_without_extension_behind_the_request_page(web: Heldback394Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    a = _auth(truth, host)
    (doc,) = a["deliverables"]["5.5"]["documents"]
    assert "." not in urlsplit(doc["url"]).path.rsplit("/", 1)[-1]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/cctv/request-footage"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "BS 7958" in _main(web, host, "/cctv") and a["deliverables"]["5.2"]["status"] == "not_met"
    assert a["heldback"]["robots_forbid_search"]


def test_step_2_only_on_a_sales_page_and_spoc_only_in_a_word_code(web: Heldback394Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    a = _auth(truth, host)
    cc = "/community/crime_and_safety/cctv.cfm"
    biz = "/community/crime_and_safety/cctv_monitoring_for_businesses.cfm"
    assert "<main" not in _html(web, host, cc)
    assert "step 2" in _text(web, host, biz) and "step 2" not in _text(web, host, cc)
    assert {_path(e["url"]) for e in a["deliverables"]["5.2"]["evidence"]} == {biz}
    code = "/documents/cctv/west-suffolk-cctv-code-of-practice.docx"
    assert (_render(web, f"http://{host}{code}").header("Content-Type") or "").startswith("application/vnd.openxml")
    assert "single point of contact" in _text(web, host, code) and "single point of contact" not in _text(web, host, cc)
    assert a["deliverables"]["5.3"]["status"] == "met" and a["deliverables"]["5.5"]["status"] == "partial"


def test_spoc_in_questions_page_and_company_agreement_is_not_police(web: Heldback394Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    a = _auth(truth, host)
    assert "Rugby First Limited" in _main(web, host, "/community-safety/public-space-cctv")
    assert a["deliverables"]["5.5"]["status"] == "not_met"
    q = "/community-safety/public-space-cctv/questions"
    assert "<h3>Who is accountable for the cameras?</h3>" in _html(web, host, q)
    assert {_path(e["url"]) for e in a["deliverables"]["5.3"]["evidence"]} == {q}


def test_one_fact_councils(web: Heldback394Web, truth: dict) -> None:
    for host, crit, path, marker in (
        ("www.babergh.gov.uk", "cameras", "/community/community-safety", "<dt>CCTV</dt><dd>"),
        (
            "www.stroud.gov.uk",
            "retention",
            "/council-and-democracy/ebley-mill",
            '<div class="notice notice--update"><h2>Correction</h2>',
        ),
        ("www.brentwood.gov.uk", "cameras", "/mayor/civic-regalia", "strongroom at the Town Hall"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert marker in _html(web, host, path), host
    assert "certification" in _main(web, "www.babergh.gov.uk", "/news/sudbury-and-hadleigh-cameras-live")
    assert _auth(truth, "www.babergh.gov.uk")["deliverables"]["5.2"]["status"] == "not_met"
    assert "paid for entirely by the council" in _main(web, "www.brentwood.gov.uk", "/foi.php?foiId=14218")


def test_step_1_only_in_the_privacy_notice(web: Heldback394Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    a = _auth(truth, host)
    art = "/article/309/Town-centres-Closed-Circuit-Television-CCTV-"
    assert "Data Protection Act 1998" in _main(web, host, art) and "step 1" not in _main(web, host, art)
    assert a["deliverables"]["5.2"]["level"] == "step1"
    assert {_path(e["url"]) for e in a["deliverables"]["5.2"]["evidence"]} == {"/privacy-cctv-ops"}
    assert a["deliverables"]["5.3"]["status"] == "partial" and a["deliverables"]["5.5"]["status"] == "not_met"


def test_spoc_as_faq_answer_beside_a_councils_agreement(web: Heldback394Web, truth: dict) -> None:
    host = "www.breckland.gov.uk"
    a = _auth(truth, host)
    assert "agreement between the two councils" in _main(web, host, "/privacy/cctv")
    faq = "/community/surveillance-camera-faqs"
    assert re.search(r"<h3>Who is responsible for the cameras\?</h3><p>Our Community Safety", _html(web, host, faq))
    assert a["deliverables"]["5.3"]["status"] == "met" and a["deliverables"]["5.5"]["status"] == "partial"
    assert not a["deliverables"]["5.5"]["documents"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback394Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.warwickshire.gov.uk", "www.n-kesteven.gov.uk", "www.southnorfolkandbroadland.gov.uk"}
    )
    assert "livestream" in _main(web, "www.warwickshire.gov.uk", "/registration-service/shire-hall-ceremonies")
    assert "does not operate public space CCTV" in _main(
        web, "www.warwickshire.gov.uk", "/foi/disclosure-log/public-space-cctv"
    )
