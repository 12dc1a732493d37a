"""The three hundred and twenty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh real register rows; the labelling rules hold with the intended tallies; and the
structures the set is built from are really served (a code split into a main file and three annexes linked only by
their file names, the SPOC only in the Word annex and the signed police agreement as the third; a step 2 claim only
in an 'accreditation letter' served without extension, beside Word outcome summaries, current and stale; a code in
a document library reachable only through a category filter, linked by its reference number, with the camera audit
in /documents/s committee papers; Welsh twins told apart by ?lang=cy with English and Welsh policies without
extension and the SRO only in the policy; an annual report whose appendices are separate files, one a draft Word
MoU; a current code beside an archived stale one, and a signed agreement linked by its file name to a /documents/s
address on the democracy host; a partnership code in three parts linked as 'Part 1/2/3' on a legacy site; a DPIA
linked by a reference number without extension; a step 1 claim only in a Word self-assessment and a signed protocol
linked by file name; one-fact councils whose fact is only in a Word terms document, a report PDF or an FAQ PDF;
robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback321.truth import TRUTH_PATH
from fixtures.heldback321.web import Heldback321Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback321Web:
    return Heldback321Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(evidence: list[dict]) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in evidence
    }


def test_fresh_councils(web: Heldback321Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 321)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_code_split_into_annexes_linked_by_file_name(web: Heldback321Web, truth: dict) -> None:
    host = "www.royalgreenwich.gov.uk"
    pg = "/info/200202/community_safety/196/public_space_cameras"
    html = _html(web, host, pg)
    for n in (1, 2, 3):
        ext = "docx" if n == 2 else "pdf"
        name = f"RBG-CCTV-CoP-2024-Annex{n}.{ext}"
        assert f">{name}</a>" in html
    d = _auth(truth, host)["deliverables"]
    an2 = f"http://{host}/downloads/file/6122/RBG-CCTV-CoP-2024-Annex2.docx"
    assert _render(web, an2).header("Content-Type") == DOCX
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {an2}
    assert "single point of contact" not in _main(web, host, pg)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and doc["url"].endswith("Annex3.pdf")
    assert "Signed on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}


def test_step_2_only_in_accreditation_letter_without_extension(web: Heldback321Web, truth: dict) -> None:
    host = "www.sandwell.gov.uk"
    pg = "/community-safety/cctv-sandwell"
    letter = "/downloads/file/2817/accreditation-letter"
    assert "step 2" not in _main(web, host, pg).lower() and ">accreditation letter</a>" in _html(web, host, pg)
    r = _render(web, f"http://{host}{letter}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "full (step 2) certification" in _text(web, host, letter)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-03"
    assert {e["url"] for e in d["5.2"]["evidence"]} == {f"http://{host}{letter}"}
    cur, old = "/downloads/file/3390/cctv-outcome-summary", "/downloads/file/2455/cctv-outcome-summary"
    for path in (cur, old):
        assert _render(web, f"http://{host}{path}").header("Content-Type") == DOCX and _no_extension(path)
    assert "Data Protection Act 1998" in _text(web, host, old)
    assert f"http://{host}{cur}" in d["5.1"]["pages"] and f"http://{host}{old}" not in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and d["5.5"]["status"] == "not_met"


def test_code_only_behind_a_library_filter_linked_by_reference(web: Heldback321Web, truth: dict) -> None:
    host = "www.medway.gov.uk"
    code = f"http://{host}/downloads/file/5521/CSP-CCTV-03"
    flt = f"http://{host}/documents?category=community-safety"
    assert _linking(web, host, code) == {flt}
    assert ">CSP/CCTV/03</a>" in _html(web, host, "/documents?category=community-safety")
    assert "category=community-safety" in _html(web, host, "/documents") and _no_extension(code)
    d = _auth(truth, host)["deliverables"]
    assert code in d["5.1"]["pages"] and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    dem = "democracy.medway.gov.uk"
    report = f"http://{dem}/documents/s71234/CCTV%20audit%20report.pdf"
    assert _linking(web, host, report) == {f"http://{dem}/mgAi.aspx?ID=21349"}
    assert _render(web, report).header("Content-Type") == "application/pdf"
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_welsh_twin_by_query_and_sro_only_in_policy(web: Heldback321Web, truth: dict) -> None:
    host = "www.swansea.gov.uk"
    cy = _html(web, host, "/cctv?lang=cy")
    assert '<html lang="cy">' in cy and "/media/18343/Polisi-TCC-2023" in cy
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cctv?lang=cy" in d["5.1"]["pages"]
    pol = "/media/18342/CCTV-policy-2023"
    assert _no_extension(pol) and "Senior Responsible Officer" in _text(web, host, pol)
    assert "Senior Responsible Officer" not in _main(web, host, "/cctv")
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {pol}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_annual_report_appendices_as_separate_files_with_draft_word_mou(web: Heldback321Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    ar = "/community-safety/safer-runnymede/annual-report"
    links = _html(web, host, ar)
    for n in (1604, 1605, 1606):
        assert f"/downloads/download/{n}/" in links
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert _render(web, doc["url"]).header("Content-Type") == DOCX
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert _paths(d["5.2"]["evidence"]) == {"/downloads/download/1604/safer-runnymede-annual-report-2023-24"}
    assert "step 2" not in _main(web, host, ar).lower()


def test_stale_code_beside_current_and_signed_isa_by_file_name_on_democracy_host(
    web: Heldback321Web, truth: dict
) -> None:
    host = "www.chelmsford.gov.uk"
    dem = "democracy.chelmsford.gov.uk"
    cop = "/communities/community-safety/cctv/code-of-practice"
    html = _html(web, host, cop)
    assert "cctv-code-of-practice-2016.pdf" in html and "cctv-code-of-practice-2025.pdf" in html
    old = _text(web, host, "/media/2210/cctv-code-of-practice-2016.pdf")
    assert "Data Protection Act 1998" in old and "£10" in old
    d = _auth(truth, host)["deliverables"]
    assert not any("2016" in u for u in d["5.1"]["pages"])
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and urlsplit(doc["url"]).hostname == dem and "/documents/s45678/" in doc["url"]
    assert ">ISA Essex Police CCC signed.pdf</a>" in html
    assert _linking(web, host, doc["url"]) == {f"http://{host}{cop}", f"http://{dem}/mgAi.aspx?ID=9214"}
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {cop}


def test_partnership_code_in_three_parts_on_legacy_site(web: Heldback321Web, truth: dict) -> None:
    host = "www.hertsmere.gov.uk"
    pg = "/Community/Community-Safety/CCTV.aspx"
    html = _html(web, host, pg)
    assert '<main id="main">' not in html
    for n in (1, 2, 3):
        assert f">Part {n}</a>" in html
    d = _auth(truth, host)["deliverables"]
    parts = {u for u in d["5.1"]["pages"] if "Part-" in u}
    assert len(parts) == 3
    assert d["5.5"]["status"] == "partial" and _paths(d["5.5"]["evidence"]) == {
        "/Documents/09-Community/Community-Safety/CCTV-Code-of-Practice-Part-3.pdf"
    }


def test_dpia_by_reference_without_extension_and_spoc_on_page(web: Heldback321Web, truth: dict) -> None:
    host = "www.tandridge.gov.uk"
    dpia = f"http://{host}/Document-library/Download?documentId=3318"
    assert ">DPIA-0007</a>" in _html(web, host, "/Your-council/Crime-and-safety/CCTV")
    r = _render(web, dpia)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] and d["5.3"]["spoc"]["phone"]
    assert "Oxted Parish Council" in _main(web, host, "/News/Oxted-town-centre-CCTV-goes-live")


def test_step_1_in_word_self_assessment_and_signed_protocol_by_file_name(web: Heldback321Web, truth: dict) -> None:
    host = "www.cannockchasedc.gov.uk"
    pg = "/residents/community-safety/cctv"
    html = _html(web, host, pg)
    assert ">CCDC-CCTV-SAT-2022.docx</a>" in html and ">CCDC-SP-CCTV-Protocol-2024-signed.pdf</a>" in html
    assert "step 1" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    sat = "/sites/default/files/2022-06/CCDC-CCTV-SAT-2022.docx"
    assert _render(web, f"http://{host}{sat}").header("Content-Type") == DOCX
    assert d["5.1"]["criteria"]["self_assessment"] and _paths(d["5.2"]["evidence"]) == {sat}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Staffordshire" and d["5.3"]["status"] == "partial"


def test_one_fact_councils_fact_only_in_a_document(web: Heldback321Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.great-yarmouth.gov.uk", "cameras", "/downloads/file/7731/beach-hut-terms-and-conditions"),
        ("www.guildford.gov.uk", "operator", "/media/9921/parking-annual-report-2023-24.pdf"),
        ("www.e-lindsey.gov.uk", "operator", "/downloads/id/4512/community-safety-faqs"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        ctype = _render(web, f"http://{host}{path}").header("Content-Type") or ""
        assert "html" not in ctype, host
    assert (
        _render(web, "http://www.great-yarmouth.gov.uk/downloads/file/7731/beach-hut-terms-and-conditions").header(
            "Content-Type"
        )
        == DOCX
    )


def test_robots_forbid_search_and_a_site_without_search(web: Heldback321Web, truth: dict) -> None:
    for host in ("www.guildford.gov.uk", "www.e-lindsey.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert web.sites["www.rother.gov.uk"].search is None


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback321Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.westsussex.gov.uk", "www.braintree.gov.uk", "www.rother.gov.uk"})
    assert "Witham Town Council" in _main(web, "www.braintree.gov.uk", "/parish-and-town-councils/witham-town-council")
    assert "CCTV" in _text(web, "www.westsussex.gov.uk", "/media/8812/school-site-security-guidance.docx")
