"""Held-back web 249's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a SPOC only in a photograph's caption; a draft Met
agreement offered on a consultation page; a stepless logo with the step 2 certificate linked only from a housing
concierge page; camera facts as part 6 of an eight-part guide on access to information; a Welsh twin linked by
hreflang and monitoring under an SLA with a shared IT service; a SPOC in an ``<address>`` card for two councils; a
Word agreement 'agreed' by both sides with signatures held on file; an old table layout whose search box leads to a
dead page, one fact on a car park page and the shared page on another council's host; one fact on a town centre
page; a signed police protocol linked only from the footage request page; step 1 only in a published
self-assessment Word file with an MoU mention; a CCTV page of PDF links only with the SRO in the code's key
personnel; step 2 as one bullet among operator qualifications and a signed ISA as an annual report's appendix; and
three councils that publish nothing but carry look-alikes).
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

from fixtures.heldback249.truth import TRUTH_PATH
from fixtures.heldback249.web import Heldback249Web


@pytest.fixture(scope="module")
def web() -> Heldback249Web:
    return Heldback249Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(entries: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in entries}


def test_fresh_councils(web: Heldback249Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 249)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 7, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_spoc_only_in_a_caption_and_draft_on_a_consultation_page(web: Heldback249Web, truth: dict) -> None:
    host = "new.enfield.gov.uk"
    pg = "/services/community-safety/closed-circuit-television-cctv"
    html = _html(web, host, pg)
    caption = html.split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert "single point of contact for surveillance cameras" in caption
    assert html.count("single point of contact") == 1
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {pg}
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/consultations/cctv-information-sharing-agreement"}
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert "award-winning" in _main(web, host, "/news/public-safety-centre-wins-national-award")
    assert d["5.2"]["status"] == "not_met"


def test_stepless_logo_and_certificate_only_from_the_concierge_page(web: Heldback249Web, truth: dict) -> None:
    host = "www.sandwell.gov.uk"
    pg = "/info/200223/housing/2536/cctv_in_sandwell"
    assert 'alt="compliance code logo"' in _html(web, host, pg) and "step" not in _main(web, host, pg).lower()
    cert = f"http://{host}/downloads/file/2980/certificate_of_compliance"
    assert _linking(web, host, cert) == {f"http://{host}/info/200223/housing/2541/concierge_and_door_entry"}
    r = _render(web, cert)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2021-03" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_camera_facts_as_part_six_of_a_guide(web: Heldback249Web, truth: dict) -> None:
    host = "www.herefordshire.gov.uk"
    root = f"http://{host}/info/200148/your_council/15/access_to_information"
    part6 = f"{root}/6"
    assert f"{root}/1" in _links(web, host, "/info/200148/your_council")
    assert part6 not in _links(web, host, "/info/200148/your_council")
    assert _linking(web, host, part6) == {f"{root}/{i}" for i in (1, 2, 3, 4, 5, 7, 8)}
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [part6] and d["5.1"]["status"] == "met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_welsh_twin_by_hreflang_and_sla_with_a_shared_service(web: Heldback249Web, truth: dict) -> None:
    host = "www.torfaen.gov.uk"
    pg = "/en/CommunitySafety/CCTV/CCTV.aspx"
    assert 'hreflang="cy"' in _html(web, host, pg) and "service level agreement" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cy/DiogelwchCymunedol/TCC/TCC.aspx" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.2"]["status"] == "not_met" and "BS 7958" in _main(web, host, pg)


def test_spoc_in_an_address_card(web: Heldback249Web, truth: dict) -> None:
    host = "www.redditchbc.gov.uk"
    html = _html(web, host, "/community/community-safety/cctv")
    card = html.split("<address>", 1)[1].split("</address>", 1)[0]
    assert "Single point of contact for surveillance cameras" in card and "mailto:" in card
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_word_agreement_with_signatures_held_on_file(web: Heldback249Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Suffolk"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.count("signature held on file") == 2 and "Signed" not in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("esc@")


def test_legacy_site_with_a_dead_search_and_one_fact(web: Heldback249Web, truth: dict) -> None:
    host = "www.bromsgrove.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/")
    assert 'action="/site-search"' in _html(web, host, "/")
    assert "not working" in _text(web, host, "/site-search?q=cctv")
    assert "http://www.redditchbc.gov.uk/community/community-safety/cctv" in _links(
        web, host, "/community/community-safety"
    )
    for h, crit, path in (
        (host, "cameras", "/parking/car-parks/school-drive-multi-storey"),
        ("www.horsham.gov.uk", "cameras", "/business/town-centre/horsham-town-centre"),
    ):
        d51 = _auth(truth, h)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], h
        assert d51["pages"] == [f"http://{h}{path}"], h


def test_protocol_linked_only_from_the_request_page(web: Heldback249Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/article/4410/Request-CCTV-footage"}
    pg = "/article/309/Town-centres-Closed-Circuit-Television-CCTV-"
    assert "working towards third-party certification" in _main(web, host, pg) and d["5.2"]["status"] == "not_met"


def test_step_1_only_in_the_self_assessment(web: Heldback249Web, truth: dict) -> None:
    host = "www.swale.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    (sat,) = _paths(d["5.2"]["evidence"])
    assert sat.endswith(".docx") and "Step 1 (desktop) certification" in _text(web, host, sat)
    for path in (
        "/community-safety-and-emergencies/cctv/introduction-to-cctv",
        "/community-safety-and-emergencies/cctv/cctv-documents",
    ):
        assert "step 1" not in _main(web, host, path).lower()
    assert d["5.5"]["status"] == "partial" and _paths(d["5.5"]["evidence"]) == {sat}


def test_page_of_pdf_links_and_sro_in_the_code(web: Heldback249Web, truth: dict) -> None:
    host = "www.tendringdc.gov.uk"
    main = _main(web, host, "/community/crime-community-safety/cctv")
    assert "camera" not in main.lower() and main.count("PDF") == 3
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and all(p.endswith(".pdf") for p in _paths(d["5.3"]["evidence"]))
    assert "Senior Responsible Officer for CCTV" in _text(web, host, next(iter(_paths(d["5.3"]["evidence"]))))
    assert not any("tdcdemocracy" in u for u in d["5.1"]["pages"]) and d["5.5"]["status"] == "not_met"
    assert "Colchester Amphora" in _main(web, "tdcdemocracy.tendringdc.gov.uk", "/mgIssueHistoryHome.aspx?IId=35765")


def test_step_2_as_a_bullet_and_isa_as_a_report_appendix(web: Heldback249Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    html = _html(web, host, "/community/crime_and_safety/cctv_operators_and_standards.cfm")
    assert "<li>full (step 2) third-party certification" in html and "<img" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2019-05" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and "Appendix C" in _text(web, host, urlsplit(doc["url"]).path)
    assert not _auth(truth, host)["heldback"]["a_z"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback249Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.oxfordshire.gov.uk", "www.southnorfolkandbroadland.gov.uk", "www.uttlesford.gov.uk"}
    )
    assert web.sites["www.uttlesford.gov.uk"].search is None
    assert "town councils" in _main(web, "www.southnorfolkandbroadland.gov.uk", "/community-safety/town-centre-cameras")
