"""The three hundred and thirty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Emphasis: documents-first publishing. Checks: the councils are fresh (none in the fifteen sets before this one on
disk); the labelling rules hold with the intended tallies; and the structures the set is built from are really served:
a stub page over Drupal /media/N/download documents without extensions; a policy offered as PDF, ODT and a superseded
Word copy behind a listing; bilingual documents at one address told apart by ?lang=; an agreement published as a
conformed copy with typed /name/ signatures; an agreement filed among unrelated sharing agreements; an annual report
linked only from a news item; a Word policy at a legacy .doc address with committee minutes on a moderngov host;
documents inside collapsed <details> panels; a document library whose links read as file names; documents only on a
separate documents host with a draft agreement; one-fact councils whose fact is only in a report; councils that
publish nothing but carry spreadsheet, OpenDocument and PDF look-alikes.
"""

from __future__ import annotations

import io
import json
import zipfile
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

from fixtures.heldback332.truth import TRUTH_PATH
from fixtures.heldback332.web import Heldback332Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"


@pytest.fixture(scope="module")
def web() -> Heldback332Web:
    return Heldback332Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _ctype(web: Heldback332Web, url: str) -> str:
    r = _render(web, url)
    assert r.status == 200, url
    return r.header("Content-Type") or ""


def _zip_names(web: Heldback332Web, url: str) -> list[str]:
    return zipfile.ZipFile(io.BytesIO(_render(web, url).body)).namelist()


def test_fresh_councils(web: Heldback332Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 332)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_stub_page_over_extensionless_drupal_media_downloads(web: Heldback332Web, truth: dict) -> None:
    host = "www.newham.gov.uk"
    pg = "/public-health-safety/cctv"
    docs = [u for u in _links(web, host, pg) if "/media/" in u]
    assert docs == [f"http://{host}/media/5528/download", f"http://{host}/media/6104/download"]
    assert all(_no_extension(u) for u in docs)
    r = _render(web, docs[0])
    assert r.header("Content-Type") == DOCX and 'filename="newham-cctv-code-of-practice-2025.docx"' in (
        r.header("Content-Disposition") or ""
    )
    assert _ctype(web, docs[1]) == "application/pdf"
    main = _main(web, host, pg)
    assert "31 days" not in main and "Metropolitan Police" not in main and "Word, 64 KB" in main
    assert "Metropolitan Police" in _text(web, host, "/media/5528/download")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {e["url"] for e in d["5.1"]["evidence"]} >= set(docs)
    log = f"http://{host}/media/6330/download"
    assert _ctype(web, log).startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    assert "xl/worksheets/sheet1.xml" in _zip_names(web, log)


def test_policy_in_three_formats_behind_a_listing(web: Heldback332Web, truth: dict) -> None:
    host = "www.sheffield.gov.uk"
    cctv = "/your-city-council/cctv-body-worn-video"
    listing = f"http://{host}/your-city-council/policies-plans-and-strategies"
    assert listing in _links(web, host, cctv)
    assert not any(u.endswith((".pdf", ".docx", ".odt")) for u in _links(web, host, cctv))
    pdf = f"http://{host}/media/2291/surveillance-camera-policy-2025.pdf"
    odt = f"http://{host}/media/2292/surveillance-camera-policy-2025.odt"
    old = f"http://{host}/media/1480/surveillance-camera-policy.docx"
    assert _linking(web, host, pdf) == {listing} and _linking(web, host, odt) == {listing}
    assert _ctype(web, odt) == ODT and _zip_names(web, odt)[0] == "mimetype"
    assert "Data Protection Act 1998" in _text(web, host, urlsplit(old).path)
    text = _text(web, host, urlsplit(pdf).path)
    assert "step 2 certification" in text and "single point of contact" in text
    d = _auth(truth, host)["deliverables"]
    assert (d["5.2"]["level"], d["5.2"]["awarded"], d["5.2"]["mark_displayed"]) == ("step2", "2018-10", False)
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {pdf}
    assert old not in d["5.1"]["pages"] and odt not in d["5.1"]["pages"]


def test_bilingual_documents_told_apart_by_lang_query(web: Heldback332Web, truth: dict) -> None:
    host = "www.merthyr.gov.uk"
    base = "/web-documents/resident/community-safety/cctv/code-of-practice"
    en, cy = _text(web, host, f"{base}?lang=en-gb"), _text(web, host, f"{base}?lang=cy-gb")
    assert "68 cameras" in en and "68 cameras" not in cy and "Cod Ymarfer Teledu Cylch Cyfyng" in cy
    assert _render(web, f"http://{host}{base}").status == 404
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Wales" and urlsplit(doc["url"]).query == "lang=en-gb"
    proto = _text(web, host, urlsplit(doc["url"]).path + "?lang=en-gb")
    assert "Signed for South Wales Police" in proto and "Heddlu De Cymru" in proto
    twin = "/cy/preswylydd/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, twin)
    assert f"http://{host}{twin}" in d["5.1"]["pages"]
    assert d["5.2"]["status"] == "not_met" and "BS 7958" in en


def test_agreement_published_as_conformed_copy(web: Heldback332Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["date"] == "2024-05-07" and doc["force"] == "Hertfordshire"
    assert _ctype(web, doc["url"]) == DOCX and _no_extension(doc["url"])
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Conformed copy" in text and "/J. Baker/" in text and "/K. Adeyemi/" in text and "Signature:" not in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_agreement_filed_among_unrelated_sharing_agreements(web: Heldback332Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    listing = "/your-council/data-protection/information-sharing-agreements"
    html = _html(web, host, listing)
    assert html.count("<tr><td>") == 3 and "Single person discount" in html and "Early help" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}{listing}"}
    assert _ctype(web, f"http://{host}/media/p0q1zz9s/isa-cctv-derbyshire-constabulary.odt") == ODT
    assert "Derbyshire Constabulary" not in _main(web, host, "/living-here/safer-communities/cctv-service")
    assert "ISO 9001" in _text(web, host, "/media/k3xd2abc/cctv-annual-report-2024.pdf")
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "met"


def test_annual_report_linked_only_from_news(web: Heldback332Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    report = f"http://{host}/downloads/file/9020/cctv_annual_report_2023-24"
    assert _linking(web, host, report) == {f"http://{host}/news/article/9931/cctv_annual_report_published"}
    assert _no_extension(report) and _ctype(web, report) == "application/pdf"
    d = _auth(truth, host)["deliverables"]
    assert (d["5.2"]["status"], d["5.2"]["level"], d["5.2"]["awarded"]) == ("met", "step1", "2021-05")
    assert {e["url"] for e in d["5.2"]["evidence"]} == {report}
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "partial"
    assert _ctype(web, f"http://{host}/downloads/file/8812/cctv_code_of_practice") == DOCX


def test_word_policy_at_legacy_doc_address_and_audit_minutes(web: Heldback332Web, truth: dict) -> None:
    host = "www.redditchbc.gov.uk"
    pol = f"http://{host}/media/2231/cctv-policy-2024.doc"
    assert _ctype(web, pol) == DOCX and "word/document.xml" in _zip_names(web, pol)
    dem = "moderngov.redditchbc.gov.uk"
    assert dem in web.sites[host].hosts()
    assert "found fully compliant" in _main(web, dem, "/mgAi.aspx?ID=21744")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {pol}
    assert "Bromsgrove District Council" in _text(web, host, urlsplit(pol).path)


def test_documents_inside_collapsed_details(web: Heldback332Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    html = _html(web, host, "/cctv")
    assert html.count("<details><summary>") == 2 and "<details open" not in html
    d = _auth(truth, host)["deliverables"]
    spoc = {e["url"] for e in d["5.3"]["evidence"]}
    assert spoc == {f"http://{host}/media/4472/surveillance-camera-systems-policy.pdf"}
    inside = html.split("<details>", 1)[1]
    assert all(urlsplit(u).path in inside for u in spoc)
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["annual_review"]
    assert "shared service agreement" in _text(web, host, "/media/4471/cctv-code-of-practice.pdf")


def test_document_library_with_file_name_links(web: Heldback332Web, truth: dict) -> None:
    host = "www.gloucester.gov.uk"
    lib = "/council-and-democracy/document-library"
    assert '">gcc_cctv_annual_review_2024.docx</a>' in _html(web, host, lib)
    review = f"http://{host}/media/6631/gcc_cctv_annual_review_2024.docx"
    assert _linking(web, host, review) == {f"http://{host}{lib}"}
    assert review not in _links(web, host, "/community-and-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert (d["5.2"]["level"], d["5.2"]["awarded"]) == ("step2", "2020-02")
    assert d["5.3"]["spoc"]["email"].startswith("cctv@") and d["5.5"]["status"] == "partial"


def test_documents_on_a_separate_documents_host_with_draft_agreement(web: Heldback332Web, truth: dict) -> None:
    host, docs = "www.hart.gov.uk", "documents.hart.gov.uk"
    assert docs in web.sites[host].hosts()
    links = _links(web, host, "/community-safety/cctv-cameras")
    assert {urlsplit(u).hostname for u in links if u.endswith((".pdf", ".docx"))} == {docs}
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and urlsplit(doc["url"]).hostname == docs
    assert "DRAFT - not for signature" in _text(web, docs, urlsplit(doc["url"]).path)
    assert all(urlsplit(e["url"]).hostname == docs for e in d["5.3"]["evidence"])
    assert d["5.2"]["status"] == "not_met"


def test_one_fact_councils_fact_only_in_a_report(web: Heldback332Web, truth: dict) -> None:
    for host, crit, path in (
        (
            "www.wyreforestdc.gov.uk",
            "operator",
            "/downloads/file/4410/corporate_plan_progress_report_quarter_2_2024-25",
        ),
        ("www.erewash.gov.uk", "cameras", "/media/documents/council-plan-delivery-report-2024-25.docx"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert '<main id="main">' not in _html(web, "www.erewash.gov.uk", "/")
    site = web.sites["www.erewash.gov.uk"]
    assert site.search is None and not site.az


def test_councils_that_publish_nothing_carry_document_lookalikes(web: Heldback332Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.milton-keynes.gov.uk", "www.derbyshire.gov.uk", "www.maldon.gov.uk"})
    assert _auth(truth, "www.milton-keynes.gov.uk")["heldback"]["robots_forbid_search"]
    taxi = _text(web, "www.milton-keynes.gov.uk", "/media/2871/taxi-licensing-policy-2024.pdf")
    assert "Any CCTV fitted in a licensed vehicle" in taxi
    csv = _render(web, "http://www.derbyshire.gov.uk/site-elements/documents/council/foi-disclosure-log-2025.csv")
    assert (csv.header("Content-Type") or "").startswith("text/csv") and b"CCTV at county council buildings" in csv.body
    odt = "http://www.derbyshire.gov.uk/site-elements/documents/education/school-cctv-guidance.odt"
    assert _ctype(web, odt) == ODT
    ods = "http://www.maldon.gov.uk/wp-content/uploads/2025/07/foi-disclosure-log-2025.ods"
    assert _ctype(web, ods) == "application/vnd.oasis.opendocument.spreadsheet"
    assert "Chelmsford City Council" in _main(web, "www.maldon.gov.uk", "/community-safety/town-centre-cameras")
