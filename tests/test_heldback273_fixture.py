"""The 273rd held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the document shapes the set is built from are really served: a code scanned as a two-up booklet (paper images,
invisible OCR text) ending in a certificate signed with the Met; a Word privacy notice without extension with
tracked changes whose deleted words named an officer; a bilingual booklet read from both ends (Welsh half upside
down) holding the SPOC; a scanned certificate of compliance as the only step 2 claim; a strategy whose appendix
pages are stored turned a quarter, one holding the SPOC; a faxed scan of a signed ISA without extension; a visitor
map PDF as a one-fact source; a print driver's PDF without space characters; a committee appendix linked from the
CCTV page as the only step 1 claim; a slide deck PDF as the only step 2 claim and a scrutiny appendix signed with
digital-signature stamps; a browser-printed code holding the SPOC; a Word SLA without extension as a one-fact
source; and three councils that publish nothing but carry look-alikes.
"""

from __future__ import annotations

import io
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
    served_main as _main,
    served_text as _text,
    status_tally,
)
from pypdf import PdfReader

from fixtures.heldback273.truth import TRUTH_PATH
from fixtures.heldback273.web import Heldback273Web


@pytest.fixture(scope="module")
def web() -> Heldback273Web:
    return Heldback273Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _pdf(web: Heldback273Web, url: str) -> PdfReader:
    r = _render(web, url)
    assert r.status == 200 and r.header("Content-Type") == "application/pdf", url
    return PdfReader(io.BytesIO(r.body))


def _streams(reader: PdfReader) -> list[bytes]:
    return [pg.get_contents().get_data() for pg in reader.pages]  # type: ignore[union-attr]


def _docx_xml(web: Heldback273Web, url: str) -> str:
    import zipfile

    r = _render(web, url)
    assert r.status == 200
    with zipfile.ZipFile(io.BytesIO(r.body)) as z:
        return z.read("word/document.xml").decode("utf-8")


def test_fresh_councils(web: Heldback273Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 273)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_two_up_booklet_scan_with_signed_certificate(web: Heldback273Web, truth: dict) -> None:
    host = "www.lbhf.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    reader = _pdf(web, doc["url"])
    assert len(reader.pages) == 3  # six booklet pages, two to a sheet
    for page in reader.pages:
        assert float(page.mediabox.width) > float(page.mediabox.height)
        assert "/XObject" in page["/Resources"]  # type: ignore[operator]
    assert all(b"3 Tr" in s for s in _streams(reader)), "the OCR text is laid invisibly over the paper image"
    assert "Certificate of Agreement" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_word_notice_without_extension_with_tracked_changes(web: Heldback273Web, truth: dict) -> None:
    host = "www.calderdale.gov.uk"
    url = f"http://{host}/downloads/download/1187/public-spaces-cctv-privacy-notice"
    assert _no_extension(url)
    r = _render(web, url)
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert ".docx" in (r.header("Content-Disposition") or "")
    xml = _docx_xml(web, url)
    deleted = re.findall(r"<w:delText[^>]*>([^<]*)</w:delText>", xml)
    assert "<w:ins " in xml and any("Senior Responsible Officer" in t for t in deleted)
    text = _text(web, host, urlsplit(url).path)
    assert "Senior Responsible Officer" not in text and "Community Protection Team" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and {e["url"] for e in d["5.3"]["evidence"]} == {url}
    assert url in d["5.1"]["pages"]


def test_bilingual_booklet_read_from_both_ends(web: Heldback273Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    booklet = f"http://{host}/en/PDFFiles/Housing/CCTV-Code-of-Practice-bilingual.pdf"
    streams = _streams(_pdf(web, booklet))
    turned = [bool(re.search(rb"-1(\.0+)? -?0(\.0+)? -?0(\.0+)? -1(\.0+)? ", s)) for s in streams]
    assert turned == [False, False, False, True, True], "English upright from the front, the Welsh half upside down"
    text = _text(web, host, urlsplit(booklet).path)
    assert "pwynt cyswllt unigol" in text and "single point of contact" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {booklet}
    cy = f"http://{host}/cy/Preswylydd/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng.aspx"
    assert cy in d["5.1"]["pages"]
    assert _linking(web, host, booklet) >= {cy, f"http://{host}/en/Resident/Community-Safety/CCTV.aspx"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_in_a_scanned_certificate(web: Heldback273Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    cert = f"http://{host}/media/4421/cctv-certificate-scan.pdf"
    reader = _pdf(web, cert)
    assert len(reader.pages) == 1 and b"3 Tr" in _streams(reader)[0]
    main = _main(web, host, "/vale-of-white-horse-district-council/community-safety/cctv")
    assert "step" not in main.lower() and "certificate (scanned copy, PDF)" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert {e["url"] for e in d["5.2"]["evidence"]} == {cert}


def test_strategy_with_turned_appendix_pages(web: Heldback273Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    strat = f"http://{host}/media/9931/CCTV-Strategy-2019-2025.pdf"
    reader = _pdf(web, strat)
    assert [page.get("/Rotate", 0) for page in reader.pages] == [0, 0, 90, 90]
    assert "Single point of contact" in (reader.pages[3].extract_text() or "")
    text = _text(web, host, urlsplit(strat).path)
    assert "preparing for third party certification" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {strat}


def test_faxed_scan_of_signed_isa_without_extension(web: Heldback273Web, truth: dict) -> None:
    host = "www.e-lindsey.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert "filename=" in (r.header("Content-Disposition") or "")
    reader = _pdf(web, doc["url"])
    pages = [page.extract_text() or "" for page in reader.pages]
    assert len(pages) == 3 and all(
        "FROM: LINCS POLICE INFO MGT" in t and f"P.{i}/3" in t for i, t in enumerate(pages, 1)
    )
    assert all(b"3 Tr" in s for s in _streams(reader))
    assert _linking(web, host, doc["url"]) == {f"http://{host}/article/6123/CCTV"}


def test_one_fact_in_visitor_map_and_in_word_sla(web: Heldback273Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.fylde.gov.uk", "cameras", "/media/2214/st-annes-town-centre-visitor-map.pdf"),
        ("www.pendle.gov.uk", "retention", "/downloads/download/2719/cctv_service_level_agreement_nelson_town_council"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "Council CCTV camera" in _text(web, "www.fylde.gov.uk", "/media/2214/st-annes-town-centre-visitor-map.pdf")
    sla = "http://www.pendle.gov.uk/downloads/download/2719/cctv_service_level_agreement_nelson_town_council"
    assert _no_extension(sla) and "<w:tbl>" in _docx_xml(web, sla)


def test_print_driver_pdf_without_space_characters(web: Heldback273Web, truth: dict) -> None:
    host = "www.fareham.gov.uk"
    guide = f"http://{host}/PDF/safety/CCTV-footage-requests.pdf"
    shown = re.findall(rb"\(([^)]*)\) Tj", b"".join(_streams(_pdf(web, guide))))
    assert len(shown) > 40 and not any(b" " in w for w in shown)
    assert "Recordings are kept for 31 days" in _text(web, host, urlsplit(guide).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["retention"] and guide in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_1_only_in_committee_appendix_linked_from_the_page(web: Heldback273Web, truth: dict) -> None:
    host = "www.highpeak.gov.uk"
    dem = "democracy.highpeak.gov.uk"
    app = f"http://{dem}/documents/s31877/Appendix%201%20-%20CCTV%20Evaluation%20Report%202023-24.pdf"
    assert f"http://{host}/community/cctv" in _linking(web, host, app)
    assert "step 1" not in _main(web, host, "/community/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1"
    assert {e["url"] for e in d["5.2"]["evidence"]} == {app}
    assert not any(dem in u for u in d["5.1"]["pages"]) and not d["5.1"]["criteria"]["statistics"]


def test_slide_deck_step_2_and_digitally_signed_scrutiny_appendix(web: Heldback273Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    deck = f"http://{host}/files/documents/cctv_annual_review_2023_slides/CCTV%20annual%20review%202023%20slides.pdf"
    reader = _pdf(web, deck)
    assert len(reader.pages) == 4
    assert all(float(pg.mediabox.width) / float(pg.mediabox.height) > 1.7 for pg in reader.pages)
    assert "step 2" not in _main(web, host, "/pages/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and {e["url"] for e in d["5.2"]["evidence"]} == {deck}
    (doc,) = d["5.5"]["documents"]
    assert (
        doc["signed"]
        and doc["force"] == "Leicestershire"
        and urlsplit(doc["url"]).hostname == "democracy.charnwood.gov.uk"
    )
    assert _text(web, "democracy.charnwood.gov.uk", urlsplit(doc["url"]).path).count("Digitally signed by") == 2
    assert _linking(web, host, doc["url"]) == {"http://democracy.charnwood.gov.uk/mgAi.aspx?ID=52109"}


def test_browser_printed_code_holds_the_spoc(web: Heldback273Web, truth: dict) -> None:
    host = "www.gravesham.gov.uk"
    code = f"http://{host}/downloads/file/4410/surveillance-camera-local-authority-code-of-practice.pdf"
    pages = [pg.extract_text() or "" for pg in _pdf(web, code).pages]
    assert len(pages) == 2
    for i, t in enumerate(pages, 1):
        assert "11/03/2025, 09:41" in t and "policyhub.gravesham.example.gov.uk" in t and f"{i}/2" in t
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {code}
    assert "will seek third-party certification" in _text(web, host, urlsplit(code).path)
    assert d["5.2"]["status"] == "not_met" and _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback273Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.bracknell-forest.gov.uk", "www.hants.gov.uk", "www.cotswold.gov.uk"})
    foi = _text(web, "www.hants.gov.uk", "/Documents/FOI/2023/FOI-23-4471-response.pdf")
    assert "does not own or monitor town centre cameras" in foi
