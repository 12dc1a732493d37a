"""The two hundred and fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows; the labelling rules hold with the intended tallies; and the structures
the set is built from are really served (a bilingual Welsh site whose language toggles join English pages to Welsh
twins, a step 1 claim only on the Welsh twin of an English page left two years behind, a Welsh-first bilingual SPOC
box, a police protocol signed only in Welsh beside an unsigned English copy; a language chooser that is only a GET
form beside translated leaflets; a SPOC only in a photograph's caption on another page; a question-and-answer table;
a signed Word agreement on a documents host; a stepless mark linking a certificate served without extension; a draft
protocol with blank signature lines; facts under the twelve principles as headings; answers at their own ?question=
addresses with a signed protocol linked only from the police request page; a document library row claiming step 2
on a legacy layout; figures only in a Word statement; one-fact councils; councils that publish nothing).
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

from fixtures.heldback204.truth import TRUTH_PATH
from fixtures.heldback204.web import Heldback204Web

VALE = "valeofglamorgan.gov.uk"


@pytest.fixture(scope="module")
def web() -> Heldback204Web:
    return Heldback204Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback204Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 204)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_welsh_twins_joined_by_language_toggles(web: Heldback204Web, truth: dict) -> None:
    en, cy = "/en/living/Safer-Vale/CCTV.aspx", "/cy/byw/Bro-Ddiogel/Teledu-Cylch-Cyfyng.aspx"
    assert f"http://{VALE}/cy/Hafan.aspx" in _links(web, VALE, "/")
    assert f"http://{VALE}{cy}" in _links(web, VALE, en) and f"http://{VALE}{en}" in _links(web, VALE, cy)
    assert '<html lang="cy">' in _html(web, VALE, cy) and '<html lang="en">' in _html(web, VALE, en)
    assert 'hreflang="cy" lang="cy">Cymraeg</a>' in _html(web, VALE, en)
    d = _auth(truth, VALE)["deliverables"]
    assert f"http://{VALE}{cy}" in d["5.1"]["pages"] and f"http://{VALE}{en}" in d["5.1"]["pages"]


def test_step_1_only_on_the_lagging_welsh_twin(web: Heldback204Web, truth: dict) -> None:
    en, cy = "/en/living/Safer-Vale/CCTV.aspx", "/cy/byw/Bro-Ddiogel/Teledu-Cylch-Cyfyng.aspx"
    english = _main(web, VALE, en).lower()
    assert "certif" not in english and "step" not in english and "March 2019" in _main(web, VALE, en)
    welsh = _main(web, VALE, cy)
    assert "ardystiad cam 1 (adolygiad bwrdd gwaith)" in welsh and "Mehefin 2022" in welsh
    d = _auth(truth, VALE)["deliverables"]["5.2"]
    assert d["status"] == "met" and d["level"] == "step1" and d["awarded"] == "2022-06" and not d["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["evidence"]} == {cy}


def test_bilingual_spoc_box_welsh_first(web: Heldback204Web, truth: dict) -> None:
    html = _html(web, VALE, "/en/living/Safer-Vale/CCTV.aspx")
    box = html.split('<div class="bilingual-box">', 1)[1]
    assert box.index('<div lang="cy">') < box.index('<div lang="en">')
    assert "pwynt cyswllt unigol y Cyngor" in box and "single point of contact for all surveillance camera" in box
    d = _auth(truth, VALE)["deliverables"]["5.3"]
    assert d["status"] == "met" and d["spoc"]["email"].startswith("cctv@")


def test_police_protocol_signed_only_in_welsh(web: Heldback204Web, truth: dict) -> None:
    d = _auth(truth, VALE)["deliverables"]["5.5"]
    (doc,) = d["documents"]
    assert d["status"] == "met" and doc["signed"] and doc["force"] == "South Wales"
    welsh = _text(web, VALE, urlsplit(doc["url"]).path)
    assert "Llofnodwyd ar ran Heddlu De Cymru" in welsh and "Signed" not in welsh
    copy = _text(web, VALE, "/Documents/Living/Safer-Vale/CCTV-Information-Sharing-Protocol-English-copy.pdf")
    assert "Signature blocks are not reproduced" in copy and "Llofnodwyd" not in copy
    police = f"http://{VALE}/en/living/Safer-Vale/CCTV/Working-with-the-police.aspx"
    assert police in _linking(web, VALE, doc["url"])


def test_language_chooser_is_only_a_form(web: Heldback204Web, truth: dict) -> None:
    host, pg = "www.newham.gov.uk", "/public-health-safety/cctv"
    html = _html(web, host, pg)
    assert '<form class="translate" action="/public-health-safety/cctv" method="get">' in html
    assert '<select id="lang" name="lang">' in html
    links = _links(web, host, pg)
    assert not any("lang=" in u for u in links)
    assert f"http://{host}/media/4411/cctv-in-newham-leaflet-portugues.pdf" in links
    assert "31 dias" in _text(web, host, "/media/4411/cctv-in-newham-leaflet-portugues.pdf")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_only_in_a_photo_caption(web: Heldback204Web, truth: dict) -> None:
    host = "www.bury.gov.uk"
    res = "/my-neighbourhood/safety-in-the-community/emergency-response-and-resilience"
    cctv = "/my-neighbourhood/safety-in-the-community/public-area-cctv"
    caption = _html(web, host, res).split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert "single point of contact for surveillance camera systems" in caption
    assert "single point of contact" not in _main(web, host, cctv)
    assert '<th scope="col">Question</th><th scope="col">Answer</th>' in _html(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {res}
    assert "Mill Gate" in _main(web, host, "/my-neighbourhood/safety-in-the-community/mill-gate-radio-link")
    assert d["5.5"]["status"] == "not_met"


def test_signed_word_agreement_on_a_documents_host(web: Heldback204Web, truth: dict) -> None:
    host = "www.durham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == "documents.durham.gov.uk" and doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/article/2654/CCTV"}
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "number plate recognition camera" in _main(web, host, "/article/2811/Durham-City-road-user-charge")


def test_stepless_mark_links_certificate_without_extension(web: Heldback204Web, truth: dict) -> None:
    host, pg = "www.wyre.gov.uk", "/cctv/cctv-wyre"
    cert = f"http://{host}/downloads/file/1902/cctv-certificate-of-compliance"
    html = _html(web, host, pg)
    assert (
        f'<a href="{urlsplit(cert).path}"><img src="/images/sc-code-compliant.png" alt="Surveillance Camera Code compliant"></a>'
        in html
    )
    assert "step" not in _main(web, host, pg).lower()
    r = _render(web, cert)
    assert _no_extension(cert) and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2019-11-14"
    assert "service level agreement with Fylde Council" in _main(web, host, "/cctv/monitoring-for-fylde")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "wyre.moderngov.co.uk" in web.sites[host].hosts()


def test_spoc_on_sub_page_and_draft_protocol(web: Heldback204Web, truth: dict) -> None:
    host, cctv = "www.woking.gov.uk", "/community-and-safety/cctv"
    assert "single point of contact" not in _main(web, host, cctv)
    assert "single point of contact" in _main(web, host, f"{cctv}/our-control-room")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.2"]["status"] == "not_met" and "BS 7958" in _main(web, host, f"{cctv}/our-control-room")


def test_facts_under_principle_headings_and_search_forbidden(web: Heldback204Web, truth: dict) -> None:
    host, pg = "www.melton.gov.uk", "/info/100004/community_safety/1288/town_centre_cctv"
    html = _html(web, host, pg)
    assert html.count("<h2>Principle ") == 5
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"]
    assert [k for k in ("5.2", "5.3", "5.5") if a["deliverables"][k]["status"] != "not_met"] == []


def test_answers_at_question_addresses_and_protocol_from_police_page(web: Heldback204Web, truth: dict) -> None:
    host, cctv = "thanet.gov.uk", "/info-pages/cctv"
    links = _links(web, host, cctv)
    assert f"http://{host}{cctv}?question=5594-3" in links
    assert "step 2" not in _main(web, host, cctv)
    assert "full step 2 certification" in _main(web, host, f"{cctv}?question=5594-3")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/info-pages/cctv-request-law-enforcement"}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_document_library_row_on_legacy_layout(web: Heldback204Web, truth: dict) -> None:
    host = "www.dacorum.gov.uk"
    lib = "/home/community-living/community-safety/cctv/cctv-documents"
    assert '<main id="main">' not in _html(web, host, lib)
    assert "certificate of compliance (step 2 full certification)" in _html(web, host, lib)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2019-12-12"
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert "not a member" in _text(web, host, "/home/community-living/community-safety/hertfordshire-cctv-partnership")


def test_figures_only_in_word_statement(web: Heldback204Web, truth: dict) -> None:
    host = "www.derbyshiredales.gov.uk"
    stmt = "/media/documents/community-safety/annual-cctv-statement-2024-25.docx"
    assert "96 requests" not in _main(web, host, "/community-safety/cctv")
    assert "96 requests" in _text(web, host, stmt)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["statistics"] and f"http://{host}{stmt}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.nottinghamshire.gov.uk", "operator", "/global-content/privacy"),
        ("www.cherwell.gov.uk", "retention", "/parking/car-parks/castle-quay-multi-storey"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback204Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"eastdevon.gov.uk", "www.epsom-ewell.gov.uk", "www.wealden.gov.uk"})
    assert _auth(truth, "eastdevon.gov.uk")["heldback"]["robots_forbid_search"]
    dem = "democracy.epsom-ewell.gov.uk"
    assert "Video Surveillance System Policy" in _text(
        web, dem, "/documents/s33110/Video-Surveillance-System-Policy.pdf"
    )
