"""The two hundred and ninety-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh real register rows; the labelling rules hold with the intended tallies; and the document
structures the set is built from are really served: a policy link that gives a PDF cut short while the whole file sits
behind a document library's media page; an OpenDocument code sent as application/zip from an address without an
extension, its single point of contact in a table; a code in three PDF parts listed in a landing table, step 2 only in
a table of part 1 and the signed agreement only in part 3; a bilingual two-column Word policy; retention and subject
access only in a Word request form's table, whose "PDF version" is an HTML error page; a signed certificate that is a
Word file at a .pdf address, signatures in a Word table; a Word web-page export sent as application/octet-stream beside
an empty PDF; a draft Word agreement; an OpenDocument annual review beside a Word copy cut short; one fact only in part
2 of a two-part strategy; a code in HTML parts whose signed schedule is only in the whole-code PDF; another council's
certificate; a systems table inside a PDF; one fact only in a separate annexes file; and councils that publish nothing.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections import Counter
from typing import Any
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

from fixtures.heldback299.truth import TRUTH_PATH
from fixtures.heldback299.web import Heldback299Web

ODT = "application/vnd.oasis.opendocument.text"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback299Web:
    return Heldback299Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _get(web: Heldback299Web, host: str, path: str) -> Any:
    r = _render(web, f"http://{host}{path}")
    assert r.status == 200, (host, path)
    return r


def _zip_part(body: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(body)) as z:
        return z.read(name).decode("utf-8")


def _cells(xml: str, tag: str) -> list[str]:
    """The text of each table cell (``w:tc`` or ``table:table-cell``) of an office XML part."""
    return [re.sub(r"<[^>]+>", "", c) for c in re.findall(rf"<{tag}\b[^>]*>(.*?)</{tag}>", xml, re.S)]


def _ev_paths(auth: dict, key: str) -> set[str]:
    return {urlsplit(e["url"]).path for e in auth["deliverables"][key]["evidence"]}


def test_fresh_councils(web: Heldback299Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 299)


def test_labelling_rules_and_tallies(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_truncated_policy_beside_whole_copy_behind_media_page(web: Heldback299Web, truth: dict) -> None:
    host = "www.croydon.gov.uk"
    pg = "/community-and-safety/safety/crime-and-antisocial-behaviour/cctv"
    broken = f"http://{host}/sites/default/files/2023-11/CCTV-operations-policy.pdf"
    good = f"http://{host}/sites/default/files/2023-11/CCTV-operations-policy-v3.pdf"
    assert broken in _links(web, host, pg) and good not in _links(web, host, pg)
    cut = _render(web, broken)
    assert cut.header("Content-Type") == "application/pdf" and cut.body.startswith(b"%PDF")
    assert b"%%EOF" not in cut.body
    whole = _render(web, good).body
    assert whole.rstrip().endswith(b"%%EOF") and whole.startswith(cut.body)
    assert _linking(web, host, good) == {f"http://{host}/media/document/5521"}
    assert _linking(web, host, f"http://{host}/media/document/5521") == {f"http://{host}/documents"}
    a = _auth(truth, host)
    assert good in a["deliverables"]["5.1"]["pages"] and broken not in a["deliverables"]["5.1"]["pages"]
    assert "598 police investigations" in _text(web, host, urlsplit(good).path)
    assert _ev_paths(a, "5.5") == {urlsplit(good).path} and not a["deliverables"]["5.5"]["documents"]


def test_odt_code_sent_as_zip_without_extension_spoc_in_table(web: Heldback299Web, truth: dict) -> None:
    host = "www.kirklees.gov.uk"
    code = "/beta/documents/cctv/code-of-practice-2024"
    assert "." not in code.rsplit("/", 1)[1]
    r = _get(web, host, code)
    assert r.header("Content-Type") == "application/zip" and r.header("Content-Disposition") is None
    with zipfile.ZipFile(io.BytesIO(r.body)) as z:
        assert z.namelist()[0] == "mimetype" and z.read("mimetype").decode() == ODT
    cells = _cells(_zip_part(r.body, "content.xml"), "table:table-cell")
    assert "Single point of contact for surveillance camera systems" in cells
    assert "cctvspoc@kirklees.example.gov.uk" in cells
    assert (
        "single point of contact"
        not in _main(web, host, "/beta/transport-roads-and-parking/closed-circuit-television.aspx").lower()
    )
    a = _auth(truth, host)
    assert a["deliverables"]["5.3"]["status"] == "met" and _ev_paths(a, "5.3") == {code}
    assert a["deliverables"]["5.5"]["status"] == "not_met"


def test_three_part_code_in_landing_table(web: Heldback299Web, truth: dict) -> None:
    host = "www.southend.gov.uk"
    land = "/downloads/download/612/cctv-code-of-practice"
    html = _html(web, host, land)
    parts = [
        f"/downloads/file/{n}"
        for n in (
            "2208/cctv-code-part-1-purpose-and-principles",
            "2209/cctv-code-part-2-operating-the-system",
            "2210/cctv-code-part-3-appendices",
        )
    ]
    assert "<table>" in html and all(f'href="{u}"' in html for u in parts)
    for u in parts:
        assert _linking(web, host, f"http://{host}{u}") == {f"http://{host}{land}"}
        assert "filename=" in (_get(web, host, u).header("Content-Disposition") or "")
    texts = [_text(web, host, u) for u in parts]
    assert "Step 2 full certification" in texts[0] and not any("Step 2" in t for t in texts[1:])
    assert "Signed for and on behalf of Essex Police" in texts[2] and not any("Essex Police:" in t for t in texts[:2])
    assert "step 2" not in _main(web, host, "/community-safety/cctv").lower()
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-11" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex" and urlsplit(doc["url"]).path == parts[2]


def test_bilingual_two_column_word_policy(web: Heldback299Web, truth: dict) -> None:
    host = "www.swansea.gov.uk"
    policy = "/media/8812/cctv-policy-polisi-tcc.docx"
    assert f"http://{host}{policy}" in _links(web, host, "/cctv")
    assert f"http://{host}{policy}" in _links(web, host, "/cy/teledu-cylch-cyfyng")
    xml = _zip_part(_get(web, host, policy).body, "word/document.xml")
    rows = re.findall(r"<w:tr>(.*?)</w:tr>", xml, re.S)
    assert len(rows) == 5 and all(len(_cells(r, "w:tc")) == 2 for r in rows)
    step2 = next(r for r in rows if "step 2" in r)
    assert "cam 2" in _cells(step2, "w:tc")[1]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2019-06"
    assert f"http://{host}/cy/teledu-cylch-cyfyng" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_request_form_table_and_html_error_page_sent_as_pdf(web: Heldback299Web, truth: dict) -> None:
    host = "www.bromsgrove.gov.uk"
    form = _get(web, host, "/media/2231/cctv-footage-request-form.docx")
    cells = _cells(_zip_part(form.body, "word/document.xml"), "w:tc")
    assert any("kept for 31 days" in c for c in cells) and any("subject access request" in c for c in cells)
    bad = _get(web, host, "/media/2232/cctv-footage-request-form.pdf")
    assert bad.header("Content-Type") == "application/pdf" and bad.body.startswith(b"<!DOCTYPE html>")
    main = _main(web, host, "/council/community-safety/cctv")
    assert "31 days" not in main and "subject access" not in main
    a = _auth(truth, host)
    assert f"http://{host}/media/2231/cctv-footage-request-form.docx" in a["deliverables"]["5.1"]["pages"]
    assert not any("2232" in u for u in a["deliverables"]["5.1"]["pages"])


def test_word_certificate_at_pdf_address(web: Heldback299Web, truth: dict) -> None:
    host = "www.redditchbc.gov.uk"
    cert = "/downloads/file/1932/cctv-certificate-of-agreement.pdf"
    r = _get(web, host, cert)
    assert r.header("Content-Type") == DOCX and r.body.startswith(b"PK") and not r.body.startswith(b"%PDF")
    cells = _cells(_zip_part(r.body, "word/document.xml"), "w:tc")
    assert "Signed for and on behalf of West Mercia Police" in cells
    assert "Signed for and on behalf of Redditch Borough Council" in cells
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Mercia" and doc["date"] == "2024-02-06"
    assert d["5.3"]["status"] == "met" and _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_word_web_page_as_octet_stream_empty_pdf_and_draft(web: Heldback299Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    review = _get(web, host, "/downloads/file/3301/cctv-annual-review-2023-24")
    assert review.header("Content-Type") == "application/octet-stream"
    assert ".htm" in (review.header("Content-Disposition") or "")
    assert b"Microsoft Word 15 (filtered)" in review.body and b"1,038 arrests" in review.body
    empty = _get(web, host, "/downloads/file/3302/cctv-annual-review-2023-24-pdf")
    assert empty.header("Content-Type") == "application/pdf" and empty.body == b""
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.1"]["criteria"]["statistics"] and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert "watford.moderngov.co.uk" in web.sites[host].hosts()
    assert not any("moderngov" in u for u in d["5.1"]["pages"])


def test_odt_annual_review_beside_truncated_word_copy(web: Heldback299Web, truth: dict) -> None:
    host = "www.tendringdc.gov.uk"
    odt = _get(web, host, "/sites/default/files/2025-03/cctv-annual-review-2024.odt")
    assert odt.header("Content-Type") == ODT
    assert "step 1 (desktop) certification" in _zip_part(odt.body, "content.xml")
    word = _get(web, host, "/sites/default/files/2025-03/cctv-annual-review-2024.docx")
    with pytest.raises(zipfile.BadZipFile):
        zipfile.ZipFile(io.BytesIO(word.body))
    assert "step 1" not in _main(web, host, "/community/crime-community-safety/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021"
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_one_fact_only_in_part_2_and_only_in_annexes_file(web: Heldback299Web, truth: dict) -> None:
    host = "www.harlow.gov.uk"
    part1 = "/wp-content/uploads/2023/01/Community-Safety-Strategy-2023-26-Part-1.pdf"
    part2 = "/wp-content/uploads/2023/01/Community-Safety-Strategy-2023-26-Part-2.pdf"
    assert "27 high-definition cameras" in _text(web, host, part2) and "camera" not in _text(web, host, part1).lower()
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{part2}"]
    host = "www.wyreforestdc.gov.uk"
    main = "/media/3120/health-safety-and-wellbeing-policy.docx"
    annex = "/media/3121/health-safety-and-wellbeing-policy-annexes.docx"
    assert "30 days" not in _text(web, host, main)
    assert any(
        "overwritten after 30 days" in c
        for c in _cells(_zip_part(_get(web, host, annex).body, "word/document.xml"), "w:tc")
    )
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]
    assert d51["pages"] == [f"http://{host}{annex}"]


def test_html_parts_and_schedule_only_in_whole_pdf(web: Heldback299Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    code = "/info/20328/cctv/3992/cctv_code_of_practice"
    parts = [code] + [f"{code}/{n}" for n in range(2, 6)]
    for i, part in enumerate(parts):
        assert "Schedule 3" not in _main(web, host, part)
        assert ("step 2" in _main(web, host, part)) == (i == 3)
    assert f"http://{host}{parts[1]}" in _links(web, host, parts[0])
    whole = "/downloads/file/8123/cctv_code_of_practice_2024"
    assert _linking(web, host, f"http://{host}{whole}") == {f"http://{host}{code}"}
    assert "Signed for and on behalf of Norfolk Constabulary" in _text(web, host, whole)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Norfolk" and urlsplit(doc["url"]).path == whole


def test_shared_service_certificate_and_systems_table_in_pdf(web: Heldback299Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    assert 'alt="Huntingdonshire District Council control room - certificate of compliance' in _html(
        web, host, "/cctv/cctv-shared-service"
    )
    text = _text(web, host, "/media/4410/cctv-code-of-practice.pdf")
    assert "Annex 1 - Council camera systems" in text and "212 cameras" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and not d["5.2"]["evidence"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_councils_that_publish_nothing(web: Heldback299Web, truth: dict) -> None:
    hosts = {"www.worcestershire.gov.uk", "www.southnorfolkandbroadland.gov.uk", "www.erewash.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    tmpl = _get(web, "www.worcestershire.gov.uk", "/sites/default/files/schools/cctv-policy-template-for-schools.docx")
    assert "[insert number of days]" in _zip_part(tmpl.body, "word/document.xml")
    assert '<main id="main">' not in _html(web, "www.erewash.gov.uk", "/")
