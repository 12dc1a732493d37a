"""The hundred-and-seventy-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the set's format and markup structures are really served (a signed code PDF without extension shown only in an
iframe; a step 2 sentence only in a sidebar beside an empty-alt mark, with the facts in a Word statement; a
checkbox accordion and a SPOC only in a PDF behind a download page and file handler; a Welsh-first site with a
bilingual Word code and an OpenDocument copy; a step 2 callout beside a decorative-alt image, a Word report without
extension and a SPOC in a page-owner note; one fact in every page's footer; one fact in a callout; a SPOC in a hidden
aria accordion of privacy statements; a signed agreement linked only from a footnote; a step 2 row in a standards
table; a SPOC only in a callout beside a getfile.php code; a table of 'Download' links holding a signed Word
agreement without extension; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback175.common import ODT_TYPE
from fixtures.heldback175.truth import TRUTH_PATH
from fixtures.heldback175.web import Heldback175Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback175Web:
    return Heldback175Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _ctype(web: Heldback175Web, url: str) -> str:
    r = _render(web, url)
    assert r.status == 200, url
    return r.header("Content-Type") or ""


def test_fresh_councils(web: Heldback175Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 175)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_signed_code_shown_only_in_an_iframe(web: Heldback175Web, truth: dict) -> None:
    host = "www.barnet.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    pdf = urlsplit(doc["url"]).path
    viewer = "/documents/viewer/cctv-code-of-practice"
    assert f'<iframe src="{pdf}"' in _html(web, host, viewer)
    assert doc["url"] not in _links(web, host, viewer)
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/council-and-democracy/documents-library/community-safety"
    }
    text = _text(web, host, pdf)
    assert "Signed for and on behalf of the London Borough of Barnet" in text
    assert "Signed for and on behalf of the Metropolitan Police Service" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_step_2_only_in_a_sidebar_and_facts_in_a_word_statement(web: Heldback175Web, truth: dict) -> None:
    host = "www.tameside.gov.uk"
    landing = _html(web, host, "/communitysafety")
    aside = landing.split('<aside class="sidebar"', 1)[1].split("</aside>", 1)[0]
    assert '<img src="/images/sccop-mark.png" alt="">' in aside and "step 2 certification" in aside
    assert "step 2" not in _main(web, host, "/communitysafety/cctv-operations-in-tameside")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    statement = "/downloads/file/1830/cctv-operations-statement-2024-25.docx"
    assert _ctype(web, f"http://{host}{statement}") == DOCX
    assert "303 fixed public space cameras" in _text(web, host, statement)
    assert "303" not in _main(web, host, "/communitysafety/cctv-operations-in-tameside")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_checkbox_accordion_and_spoc_behind_download_handler(web: Heldback175Web, truth: dict) -> None:
    host = "www.luton.gov.uk"
    page = "/community-and-living/community-safety/cctv"
    html = _html(web, host, page)
    assert '<input type="checkbox" id="cctv-3" class="collapsible__toggle">' in html
    code = f"http://{host}/downloads/file/412/cctv-code-of-practice"
    assert _no_extension(code) and _ctype(web, code) == "application/pdf"
    assert _linking(web, host, code) == {f"http://{host}/downloads/download/412/cctv-code-of-practice"}
    assert "single point of contact" not in _main(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {code}
    assert "BS 7958" in _text(web, host, urlsplit(code).path) and d["5.2"]["status"] == "not_met"


def test_welsh_first_bilingual_word_code_and_odt_copy(web: Heldback175Web, truth: dict) -> None:
    host = "www.gwynedd.llyw.cymru"
    assert {f"http://{host}/cy", f"http://{host}/en"} <= set(_links(web, host, "/"))
    cy = "/cy/Trigolion/Diogelwch-cymunedol/Teledu-cylch-cyfyng.aspx"
    assert '<html lang="cy">' in _html(web, host, cy)
    code = "/Documents/TCC/Cod-Ymarfer-TCC-CCTV-Code-of-Practice.docx"
    text = _text(web, host, code)
    assert "Cedwir recordiadau am 31 diwrnod." in text and "Recordings are kept for 31 days" in text
    odt = _render(web, f"http://{host}/Documents/TCC/Cod-Ymarfer-TCC-CCTV-Code-of-Practice.odt")
    assert odt.header("Content-Type") == ODT_TYPE
    assert zipfile.ZipFile(io.BytesIO(odt.body)).read("mimetype").decode() == ODT_TYPE
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.5"]["status"] == "partial"


def test_callout_decorative_alt_word_report_and_page_owner_spoc(web: Heldback175Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    html = _html(web, host, "/safety-emergencies/cctv")
    box = html.split('<div class="callout callout--info"', 1)[1].split("</div>", 1)[0]
    assert 'alt="Decorative image"' in box and "step 2 certification" in box
    owner = html.split('<footer class="page-meta">', 1)[1].split("</footer>", 1)[0]
    assert "single point of contact for surveillance camera systems" in owner
    report = f"http://{host}/downloads/file/2210/cctv-annual-report-2024"
    r = _render(web, report)
    assert (
        _no_extension(report)
        and r.header("Content-Type") == DOCX
        and ".docx" in (r.header("Content-Disposition") or "")
    )
    assert _ctype(web, f"http://{host}/downloads/file/2211/cctv-annual-report-2024-odt") == ODT_TYPE
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and not d["5.2"]["mark_displayed"] and d["5.5"]["status"] == "not_met"
    assert d["5.1"]["criteria"]["statistics"] and report in d["5.1"]["pages"]


def test_one_fact_in_every_footer_and_one_in_a_callout(web: Heldback175Web, truth: dict) -> None:
    host = "www.winchester.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and '<main id="main">' not in _html(web, host, "/")
    for path in ("/", "/community/graffiti", "/council-tax/pay"):
        assert "Recordings are deleted after 30 days." in _html(web, host, path), path
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]
    host = "www.highpeak.gov.uk"
    park = "/leisure/pavilion-gardens"
    assert '<div class="callout callout--warning" role="note">' in _html(web, host, park)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{park}"]


def test_spoc_in_a_hidden_privacy_accordion(web: Heldback175Web, truth: dict) -> None:
    host = "www.testvalley.gov.uk"
    page = "/aboutyourcouncil/accesstoinformation/gdpr/gdpr-privacy-statements"
    html = _html(web, host, page)
    section = html.split("Closed circuit television (CCTV)</a></h2>", 1)[1].split("</div></div>", 1)[0]
    assert section.startswith('<div class="acc-body" id="sec-5" aria-hidden="true" style="display:none">')
    assert "single point of contact for all its surveillance camera systems" in section
    assert "Council tax and business rates" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{page}"]


def test_agreement_only_in_a_footnote_and_town_council_contract(web: Heldback175Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    page = "/community/community-safety/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{page}"}
    notes = _html(web, host, page).split('<section class="footnotes"', 1)[1]
    assert urlsplit(doc["url"]).path in notes
    assert "Thames Valley Police" not in _text(web, host, page).split("Recordings are kept")[0]
    decision = _text(web, "democratic.whitehorsedc.gov.uk", "/mgAi.aspx?ID=11920")
    assert "Abingdon Town Council" in decision


def test_step_2_row_among_near_misses_in_a_standards_table(web: Heldback175Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    html = _html(web, host, "/community-and-safety/cctv")
    for cell in (
        "Step 2 (full) certificate awarded March 2022",
        "BS 7958",
        "Award-winning",
        "Security Industry Authority",
    ):
        assert f"<td>{cell}" in html, cell
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-03" and d["5.5"]["status"] == "partial"


def test_getfile_handler_and_spoc_only_in_a_callout(web: Heldback175Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    code = f"http://{host}/media/handler/getfile.php?id=936"
    assert _ctype(web, code) == "application/pdf"
    record = "/directory_record/936/cctv_code_of_practice"
    assert code in _links(web, host, record)
    assert "single point of contact" in _html(web, host, record).split('<div class="callout callout--info"', 1)[1]
    assert "single point of contact" not in _main(web, host, "/info/20061/community_safety/238/cctv_cameras")
    assert "<caption>Where our cameras are</caption>" in _html(
        web, host, "/info/20061/community_safety/238/cctv_cameras"
    )
    assert _auth(truth, host)["deliverables"]["5.3"]["status"] == "met"


def test_download_links_table_with_signed_word_agreement(web: Heldback175Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    html = _html(web, host, "/community-and-safety/cctv")
    rows = html.split('<table class="documents">', 1)[1].split("</table>", 1)[0]
    assert rows.count(">Download</a>") == 3 and rows.count('alt=""') == 3
    assert '<img src="/images/surveillance-camera-code.png" alt="">' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _no_extension(doc["url"]) and _ctype(web, doc["url"]) == DOCX
    assert "Hart District Council" in _text(web, host, "/documents/download/117")
    assert "Constabulary" not in _text(web, host, "/documents/download/117")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback175Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.essex.gov.uk", "www.havant.gov.uk", "www.hyndburnbc.gov.uk"})
    odt = "http://www.essex.gov.uk/schools/downloads/model-cctv-policy-for-schools.odt"
    assert _ctype(web, odt) == ODT_TYPE
    assert "Blackburn with Darwen" in _main(web, "www.hyndburnbc.gov.uk", "/community-safety/town-centre-cameras")
    assert "Review of CCTV" in _html(web, "havant.moderngov.co.uk", "/mgAi.aspx?ID=8329")
