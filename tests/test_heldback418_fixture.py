"""The four hundred and eighteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: a SPOC only in a commercial tenants' guide; a CCTV page at
a query-string address and a signed police protocol linked only from the market traders' page; a step 2 claim only in
a definition list; certification and SPOC only inside a code PDF beside a Welsh twin; a one-fact lettings page and a
one-fact unit particulars served without extension; a SPOC and agreement mention in folded ``<details>`` answers; a
legacy site-by-site table with a let office building; a step 1 claim only in an annual review PDF; a signed agreement
linked only from a law-enforcement request form; facts spread over sibling per-system privacy notices; a
certification sentence beside a mark and a council-to-council SLA; and councils that publish nothing but carry
look-alikes (workspace run by others, estates without cameras, lease clauses).
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback418.truth import TRUTH_PATH
from fixtures.heldback418.web import Heldback418Web


@pytest.fixture(scope="module")
def web() -> Heldback418Web:
    return Heldback418Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback418Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 418)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_spoc_only_in_commercial_tenants_guide(web: Heldback418Web, truth: dict) -> None:
    host = "www.ealing.gov.uk"
    guide = "/info/201152/commercial_property/2240/guide_for_commercial_tenants"
    cctv = "/info/201149/crime_prevention/719/cctv_public_safety"
    assert "single point of contact" in _main(web, host, guide)
    assert "single point of contact" not in _main(web, host, cctv)
    assert "Metropolitan Police" in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {guide}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}{guide}" in _linking(web, host, f"http://{host}{cctv}")
    assert "moving" in _main(web, host, "/info/201160/parking/moving_traffic_enforcement").lower()


def test_query_string_page_and_protocol_only_from_market_page(web: Heldback418Web, truth: dict) -> None:
    host = "www.bolton.gov.uk"
    cctv = f"http://{host}/community-safety-anti-social-behaviour/cctv?categoryId=20041&documentId=186"
    assert _render(web, cctv).status == 200
    d = _auth(truth, host)["deliverables"]
    assert cctv in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/markets/trading-at-bolton-market"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Schedule 3 - Signatories" in text and "Signed for and on behalf of Greater Manchester Police" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"]


def test_step_2_only_in_definition_list(web: Heldback418Web, truth: dict) -> None:
    host = "www.leicester.gov.uk"
    html = _html(web, host, "/your-council/city-operations-room")
    assert "<dt>Certification</dt><dd>Step 2 full certification" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    reg = _main(web, host, "/your-council/how-we-work/data-protection-and-foia/cctv-register")
    assert "LCB Depot" in reg and "Dock workspaces" in reg
    assert "CCTV on entrances" in _main(web, host, "/business/workspaces/dock")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_certification_and_spoc_only_inside_code_pdf_with_welsh_twin(web: Heldback418Web, truth: dict) -> None:
    host = "www.conwy.gov.uk"
    main = _main(web, host, "/Resident/Community-Safety/CCTV")
    assert "single point of contact" not in main.lower() and "certificat" not in main.lower()
    code = "/Resident/Community-Safety/CCTV/CCTV-Code-of-Practice.pdf"
    text = _text(web, host, code)
    assert "Document control" in text and "Certificate of Compliance" in text
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {code}
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {code}
    cy = f"http://{host}/cy/Preswylydd/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng"
    assert cy in d["5.1"]["pages"] and '<html lang="cy">' in _html(web, host, urlsplit(cy).path)
    assert "<dt>Security</dt>" in _html(web, host, "/Business/Conwy-Business-Centre")


def test_one_fact_councils(web: Heldback418Web, truth: dict) -> None:
    for host, path in (
        ("crawley.gov.uk", "/business/commercial-property/neighbourhood-parades"),
        ("www.fenland.gov.uk", "/downloads/download/412/south-fens-business-centre-office-7"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    part = "http://www.fenland.gov.uk/downloads/download/412/south-fens-business-centre-office-7"
    r = _render(web, part)
    assert _no_extension(part) and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert _linking(web, "www.fenland.gov.uk", part) == {
        "http://www.fenland.gov.uk/business/commercial-property/business-centres"
    }
    assert "Cabinet agreed" in _main(web, "democracy.crawley.gov.uk", "/mgAi.aspx?ID=9012")


def test_spoc_in_folded_details(web: Heldback418Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    faq = "/streets-parking-transport/cctv/cctv-questions"
    html = _html(web, host, faq)
    assert html.count('<details class="faq"><summary>') == 3 and "designated single point of contact" in html
    assert "single point of contact" not in _main(web, host, "/streets-parking-transport/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"
    assert "Arrests supported" in _text(web, host, "/media/7712/hawk-eye-report-q2-2024.pdf")
    assert "data controller" in _main(web, host, "/business/cctv-monitoring-for-businesses")


def test_legacy_site_table_with_let_office(web: Heldback418Web, truth: dict) -> None:
    host = "www.tandridge.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az
    html = _html(web, host, "/Your-council/Crime-and-safety/CCTV")
    assert '<main id="main">' not in html and "managing agent for the council" in html
    assert _auth(truth, host)["deliverables"]["5.3"]["spoc"]["phone"] == "01883 722000"


def test_step_1_only_in_annual_review(web: Heldback418Web, truth: dict) -> None:
    host = "www.testvalley.gov.uk"
    page = "/communityandleisure/community-safety/town-centre-cameras"
    assert "step 1" not in _main(web, host, page).lower()
    assert "step 1" in _text(web, host, "/assets/attach/9911/CCTV-annual-review-2024.pdf")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2022-02" and d["5.3"]["status"] == "met"
    assert "Kier" in _main(web, host, "/business/walworth-business-park/walworth-enterprise-centre")


def test_agreement_linked_only_from_law_enforcement_form(web: Heldback418Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/info-pages/cctv-request-law-enforcement/"}
    assert "<form>" in _html(web, host, "/info-pages/cctv-request-law-enforcement/")


def test_sibling_privacy_notices(web: Heldback418Web, truth: dict) -> None:
    host = "www.great-yarmouth.gov.uk"
    idx = f"http://{host}/privacy/surveillance-cameras"
    d = _auth(truth, host)["deliverables"]
    pages = {urlsplit(u).path for u in d["5.1"]["pages"]}
    assert pages == {"/privacy/town-centre-cctv", "/privacy/body-worn-video-cameras"}
    for path in pages | {"/privacy/market-place-cctv"}:
        assert idx in _linking(web, host, f"http://{host}{path}")
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_mark_beside_step_2_sentence_and_council_sla(web: Heldback418Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    main = "/communities/community-safety/cctv/cctv-in-chelmsford/"
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, main)
    assert "service level agreement with Maldon" in _main(web, host, main)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex"
    code = _render(web, f"http://{host}/media/3321/cctv-code-of-practice.docx")
    assert (code.header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback418Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.eastsussex.gov.uk", "www.hastings.gov.uk", "www.adur-worthing.gov.uk"})
    assert "Sea Change Sussex" in _main(web, "www.eastsussex.gov.uk", "/business/finding-premises")
    assert "We do not provide cameras" in _main(
        web, "www.hastings.gov.uk", "/business/commercial-property/industrial-estates"
    )
    assert _auth(truth, "www.adur-worthing.gov.uk")["heldback"]["robots_forbid_search"]
