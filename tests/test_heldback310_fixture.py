"""The three hundred and tenth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the document-library structures the set is built from are really served (a signed agreement titled only by
acronyms in a topic-filtered library, Word behind an id handler; pages told apart only by categoryId/documentId on one
path; an annual report only under one year of a year-filtered library beside a textless scanned certificate; English
and Welsh Word policies without extension with the SPOC only in the Word file; one fact inside an allotment tenancy
PDF; a signed agreement between two councils naming the police only as a user; a policies register table with a
signed protocol past its review date; a draft protocol filed under Consultations; a disclosure that is one ?chapter=
view of a privacy notices page; a legacy publications table linking a Word statement at GetDocument.ashx; a WordPress
filter-plugin library with a signed ISA beside a company contract and a superseded scan; a shared two-council library
whose only camera notice is the partner's; a scanned decision notice; and councils that publish nothing but carry
look-alikes).
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

from fixtures.heldback310.truth import TRUTH_PATH
from fixtures.heldback310.web import Heldback310Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback310Web:
    return Heldback310Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _textless(web: Heldback310Web, url: str) -> bool:
    """A scanned document: served as a PDF, but with no words to extract."""
    r = _render(web, url)
    parts = urlsplit(url)
    text = _text(web, parts.hostname or "", parts.path + (f"?{parts.query}" if parts.query else ""))
    return r.status == 200 and r.header("Content-Type") == "application/pdf" and not re.search(r"[A-Za-z]{3}", text)


def test_fresh_councils(web: Heldback310Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 310)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_acronym_titled_agreement_behind_id_handler_in_topic_library(web: Heldback310Web, truth: dict) -> None:
    host = "www.lambeth.gov.uk"
    listing = f"http://{host}/documents?topic=community-safety"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and urlsplit(doc["url"]).query == "id=4502"
    assert _linking(web, host, doc["url"]) == {listing}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == DOCX and ".docx" in (r.header("Content-Disposition") or "")
    main = _main(web, host, "/documents?topic=community-safety")
    assert "PSS data exchange - MPS Central South BCU" in main and "police" not in main.lower()
    assert '<select id="f-topic" name="topic">' in _html(web, host, "/documents")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("pss.")


def test_pages_told_apart_only_by_document_id(web: Heldback310Web, truth: dict) -> None:
    host = "www.bolton.gov.uk"
    base = "/community-safety-anti-social-behaviour/cctv?categoryId=20041&documentId="
    titles = {re.search(r"<h1>(.*?)</h1>", _html(web, host, f"{base}{n}")).group(1) for n in (186, 187, 188)}  # type: ignore[union-attr]
    assert len(titles) == 3
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} == {
        "/community-safety-anti-social-behaviour/cctv",
        "/downloads",
    }
    code = f"http://{host}/downloads?categoryId=30012&documentId=9051"
    assert _render(web, code).header("Content-Type") == DOCX
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_report_under_one_year_of_a_year_filter_beside_a_scan(web: Heldback310Web, truth: dict) -> None:
    host = "www.middlesbrough.gov.uk"
    report = f"http://{host}/media/8841/cctv-annual-report-2024-25.pdf"
    year = f"http://{host}/open-data/reports-and-performance?year=2024-25"
    assert _linking(web, host, report) == {year}
    assert _textless(web, f"http://{host}/media/8842/surveillance-camera-certificate.pdf")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-06" and not d["5.2"]["mark_displayed"]
    assert {e["url"] for e in d["5.3"]["evidence"]} == {report}
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv")
    assert "moderngov.middlesbrough.gov.uk" in web.sites[host].hosts()


def test_bilingual_word_policies_without_extension_hold_the_spoc(web: Heldback310Web, truth: dict) -> None:
    host = "www.merthyr.gov.uk"
    listing = _html(web, host, "/council/document-library?topic=community-safety")
    assert "(English)" in listing and "(Cymraeg)" in listing
    d = _auth(truth, host)["deliverables"]
    (url,) = {e["url"] for e in d["5.3"]["evidence"]}
    assert _no_extension(url) and _render(web, url).header("Content-Type") == DOCX
    assert "single point of contact" in _text(web, host, urlsplit(url).path)
    assert "single point of contact" not in _main(web, host, "/resident/community-safety/cctv")
    assert f"http://{host}/cy/preswylydd/diogelwch-cymunedol/teledu-cylch-cyfyng" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and d["5.2"]["status"] == "not_met"


def test_one_fact_inside_a_tenancy_pdf_in_a_library(web: Heldback310Web, truth: dict) -> None:
    host = "www.ne-derbyshire.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    (url,) = d51["pages"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert _linking(web, host, url) == {f"http://{host}/documents?doc_category=parks-and-allotments"}
    assert "records 24 hours a day" in _text(web, host, urlsplit(url).path)


def test_signed_agreement_between_councils_is_not_a_police_one(web: Heldback310Web, truth: dict) -> None:
    host = "www.castlepoint.gov.uk"
    text = _text(web, host, "/downloads/file/5120/cctv-monitoring-agreement")
    assert "Signed for Southend-on-Sea City Council" in text and "Essex Police" in text
    assert _no_extension(f"http://{host}/downloads/file/5120/cctv-monitoring-agreement")
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_policies_register_with_signed_protocol_past_review(web: Heldback310Web, truth: dict) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    reg = _html(web, host, "/council-and-democracy/policies-register")
    assert '<th scope="col">Review due</th>' in reg and "September 2024" in reg
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/policies-register"}
    assert d["5.2"]["level"] == "step1" and d["5.3"]["status"] == "met"


def test_draft_protocol_filed_under_consultations(web: Heldback310Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-documents?type=consultations"}
    assert "20.." in _text(web, host, urlsplit(doc["url"]).path)


def test_disclosure_is_one_chapter_view_of_the_privacy_page(web: Heldback310Web, truth: dict) -> None:
    host = "www.southderbyshire.gov.uk"
    pn = "/about-us/data-privacy-and-cookies/privacy-notice"
    assert "Swadlincote" in _main(web, host, f"{pn}?chapter=3")
    assert "Swadlincote" not in _main(web, host, f"{pn}?chapter=1") and "Swadlincote" not in _main(web, host, pn)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{pn}?chapter=3" in d["5.1"]["pages"] and d["5.3"]["status"] == "not_met"


def test_legacy_publications_table_word_statement_and_scan(web: Heldback310Web, truth: dict) -> None:
    host = "www.elmbridge.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/crime/cctv.htm")
    stmt = f"http://{host}/GetDocument.ashx?id=771"
    assert _linking(web, host, stmt) == {f"http://{host}/publications.htm"}
    assert _render(web, stmt).header("Content-Type") == DOCX
    assert _textless(web, f"http://{host}/GetDocument.ashx?id=118")
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.3"]["evidence"]} == {stmt} and d["5.5"]["status"] == "partial"


def test_filter_plugin_library_signed_isa_contract_and_superseded_scan(web: Heldback310Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    listing = f"http://{host}/your-council/policies-and-strategies/?_sft_category=community-safety"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Suffolk" and _linking(web, host, doc["url"]) == {listing}
    assert _textless(web, f"http://{host}/wp-content/uploads/2012/08/CCTV-Code-of-Practice-2012.pdf")
    assert "East Suffolk Services Ltd" in _text(web, host, "/wp-content/uploads/2022/03/ESSL-Service-Agreement.pdf")
    assert d["5.2"]["level"] == "step2" and d["5.3"]["status"] == "partial"


def test_shared_site_library_holds_only_the_partner_councils_notice(web: Heldback310Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    lewes = _main(web, host, "/documents?council=lewes")
    assert "CCTV privacy notice (Lewes District Council)" in lewes
    assert "CCTV" not in _main(web, host, "/documents?council=eastbourne")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}/leisure-and-tourism/eastbourne-seafront"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback310Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.warwickshire.gov.uk", "www.eastcambs.gov.uk", "www.arun.gov.uk"}, min_decoys=4
    )
    text = _text(web, "www.warwickshire.gov.uk", "/media/2231/warwickshire-information-sharing-protocol.pdf")
    assert "Signed for Warwickshire Police" in text and "outside the scope of this protocol" in text
    assert _textless(web, "http://www.arun.gov.uk/downloads/download/7710/decision-notice-AW-221-23")
    assert "democracy.arun.gov.uk" in web.sites["www.arun.gov.uk"].hosts()
    assert _auth(truth, "www.eastcambs.gov.uk")["heldback"]["robots_forbid_search"]
