"""The 408th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix of types; the labelling rules hold with the
intended tallies; and the messy text each site is built from is really served: a CCTV page pasted from Word (o:p
tags, bullet glyphs with tabs, non-breaking spaces, 'Close Circuit Television') with step 2 only in an all-capitals
banner; articles titled 'C.C.T.V.' and 'cctv footage requests' with step 1 only in an annual review PDF that cuts
'certifi-/cation' with a footer and running header; a code PDF whose SPOC sentence is cut by a page break and whose
'SC Code' is the national code, beside a signed ISA whose police signature follows a page break; a policy where
'SCC' is the council, with 'Survelliance', soft hyphens, the SPOC's role and mailbox in different sections and a
self-assessment that is not certification; a SPOC in an all-capitals paragraph, a report table flattened into a run
of cells with bare page numbers, and a draft police protocol known by its running header; a one-fact council whose
fact is an all-capitals notice and whose policy is only a Cabinet appendix; a page copied from an older site whose
mailbox is a spam-protection sentence; camera locations as tab-separated cells, a ligature inside 'certification' in
a Word statement and a signed protocol with a flattened signature table; all-capitals headings and soft hyphens
inside the ISA mention; a Word privacy notice with ligatures beside a RIPA SRO trap; a legacy site with 'S.P.O.C.', a
standards table one paragraph per cell and an all-capitals signature schedule at doc.cfm?id=; Symbol-font bullets at
/node/496; and councils that publish nothing but carry look-alikes (one of them bilingual).
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

from fixtures.heldback408.truth import TRUTH_PATH
from fixtures.heldback408.web import Heldback408Web

NBSP, SHY = "\u00a0", "\u00ad"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback408Web:
    return Heldback408Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _ctype(web: Heldback408Web, url: str) -> str:
    return _render(web, url).header("Content-Type") or ""


def test_fresh_councils(web: Heldback408Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 408)


def test_labelling_rules_and_tallies(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_word_paste_and_step_2_only_in_a_capitals_banner(web: Heldback408Web, truth: dict) -> None:
    host = "www.brent.gov.uk"
    pg = "/your-community/crime-and-community-safety/cctv-in-brent"
    html = _html(web, host, pg)
    assert "<o:p></o:p>" in html and 'class="MsoListParagraphCxSpFirst"' in html
    assert '\u2022<span style="mso-tab-count:1">\t</span>' in html and "<li>spotting crime" not in html
    assert f"191{NBSP}cameras" in html and "Close Circuit Television" in html
    main = _main(web, host, pg)
    assert "\u2019" in main and "'" in main and "\u2014" in main
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert ev["quote"] == ev["quote"].upper() and ev["quote"] in main
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-03" and not d["5.2"]["mark_displayed"]
    assert "step 2" not in main.lower().replace("(step 2)", "")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Metropolitan Police" in main and d["5.3"]["spoc"]["email"].startswith("cctv.controlroom@")


def test_dotted_titles_and_step_1_cut_by_a_page_break(web: Heldback408Web, truth: dict) -> None:
    host = "www.southtyneside.gov.uk"
    assert "<h1>C.C.T.V.</h1>" in _html(web, host, "/article/35110/C-C-T-V-")
    assert "<h1>cctv footage requests</h1>" in _html(web, host, "/article/35113/cctv-footage-requests")
    pdf = "/media/41207/CCTV-Annual-Review-2023-24.pdf"
    text = _text(web, host, pdf)
    assert "certifi- Page 1 of 2 South Tyneside Council | C.C.T.V. Annual Review 2023/24 cation against" in text
    assert "certification" not in text
    for art in ("/article/35110/C-C-T-V-", "/article/35114/C-C-T-V-annual-review"):
        assert "step 1" not in _main(web, host, art).lower()
    d = _auth(truth, host)["deliverables"]
    assert {_path(e["url"]) for e in d["5.2"]["evidence"]} == {pdf} and d["5.2"]["level"] == "step1"
    assert {_path(e["url"]) for e in d["5.5"]["evidence"]} == {pdf} and d["5.5"]["status"] == "partial"
    assert _linking(web, host, f"http://{host}{pdf}") == {f"http://{host}/article/35114/C-C-T-V-annual-review"}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_code_cut_by_running_headers_and_signatures_split_by_a_page(web: Heldback408Web, truth: dict) -> None:
    host = "www.southglos.gov.uk"
    pg = "/community-safety/cctv-cameras"
    code = "/assets/documents/community-safety/CCTV-Code-of-Practice-v3-1.pdf"
    isa = "/assets/documents/community-safety/CCTV-ISA-Avon-and-Somerset-Constabulary-2023-signed.pdf"
    text = _text(web, host, code)
    head = "South Gloucestershire Council - CCTV Code of Practice v3.1 (SC Code)"
    assert f"checks OFFICIAL Page 1 of 2 Review due: April 2026 {head} each one against this code" in text
    assert "surveil- lance need" in text and "(the 'SC Code')" in text
    assert "single point of contact" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {code}
    itext = _text(web, host, isa)
    council, police = itext.index("Signed on behalf of South Gloucestershire"), itext.index("Signed on behalf of Avon")
    assert council < itext.index("Version 2.0 FINAL - Page 1 of 2") < police
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["date"] == "2023-09-19" and _path(doc["url"]) == isa
    assert _linking(web, host, f"http://{host}{isa}") == {f"http://{host}{pg}"}


def test_scc_is_the_council_and_self_assessment_is_not_certification(web: Heldback408Web, truth: dict) -> None:
    host = "www.surreycc.gov.uk"
    pg = "/council-and-democracy/your-privacy/data-protection/surveillance-camera-data-governance-policy"
    html = _html(web, host, pg)
    assert f"sur{SHY}veil{SHY}lance" in html and "Survelliance Camera Code" in html and f"SC{NBSP}Code" in html
    assert "Surrey County Council (SCC)" in html and "self-assessment tool" in html
    roles, contact = html.index("<h2>Responsibilities</h2>"), html.index("<h2>Contact</h2>")
    assert roles < html.index("Single Point of Contact (SPOC)") < contact < html.index("mailto:surveillance.spoc@")
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert d["5.1"]["criteria"]["self_assessment"] and a["heldback"]["robots_forbid_search"]


def test_capitals_spoc_flattened_report_table_and_draft_by_running_header(web: Heldback408Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    pg = "/article/21203/CCTV"
    main = _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    for ev in d["5.3"]["evidence"]:
        assert ev["quote"] == ev["quote"].upper().replace("CCTV@BOSTON.EXAMPLE.GOV.UK", "cctv@boston.example.gov.uk")
    assert "SINGLE POINT OF CONTACT (SPOC)" in main and d["5.3"]["status"] == "met"
    report = "/downloads/file/2417/cctv-annual-report-2023-24"
    rtext = _text(web, host, report)
    assert "Measure 2022/23 2023/24 Daily log entries 16,884 17,342 Incidents recorded 3,108 3,377" in rtext
    assert "in future years; 1 BOSTON BOROUGH COUNCIL CCTV ANNUAL REPORT 2023/24 this will be done" in rtext
    assert "working towards third party certification" in rtext and d["5.2"]["status"] == "not_met"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    dtext = _text(web, host, _path(doc["url"]))
    assert dtext.count("DRAFT - FOR CONSULTATION - NOT FOR SIGNATURE") == 1 and "Date ..../..../20.." in dtext
    for url in (f"http://{host}{report}", doc["url"]):
        assert _ctype(web, url) == PDF and "." not in urlsplit(url).path.rsplit("/", 1)[-1]
    assert "under agreements between the councils" in main
    assert not any("democracy." in u for u in d["5.1"]["pages"])


def test_one_fact_in_a_capitals_notice_and_policy_only_in_cabinet_papers(web: Heldback408Web, truth: dict) -> None:
    host = "www.middevon.gov.uk"
    dem = "democracy.middevon.gov.uk"
    pg = "/business/markets/tiverton-pannier-market"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{pg}"] and d51["evidence"][0]["quote"].isupper()
    appx = "/documents/s28110/Appendix%20A%20-%20Surveillance%20Systems%20Policy.pdf"
    assert "Recordings are kept for 31 days" in _text(web, dem, appx)
    assert _linking(web, host, f"http://{dem}{appx}") == {f"http://{dem}/mgAi.aspx?ID=29911"}
    assert not d51["criteria"]["retention"] and not d51["criteria"]["policy"]


def test_old_site_paste_with_a_spam_protected_mailbox(web: Heldback408Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert "This email address is being protected from spambots" in html and "mailto:" not in html
    assert "\t-\tHelp in the prevention of crime." in html and "Survelliance Camera Commissioner" in html
    d = _auth(truth, host)["deliverables"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "Service Level Agreement" in html and d["5.5"]["status"] == "not_met"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_tab_cells_ligature_in_certification_and_flattened_signatures(web: Heldback408Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    pg = "/info/20061/community_safety/238/cctv_cameras"
    html = _html(web, host, pg)
    assert "<p>Town\tLocation\tCameras<br>\nLutterworth\tChurch Street\t1<br>" in html and "<table" not in html
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    std = _path(ev["url"])
    assert _ctype(web, ev["url"]) == DOCX and "\ufb01" in ev["quote"]
    stext = _text(web, host, std)
    assert "certi\ufb01cation" in stext and "certification" not in stext
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-02"
    (doc,) = d["5.5"]["documents"]
    ptext = _text(web, host, _path(doc["url"]))
    assert "Signed for Name Position Date Harborough District Council L. Okafor" in ptext
    assert "o\ufb03cers" in ptext and doc["signed"] and doc["date"] == "2023-03-14"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/downloads/download/412/cctv"}
    news = _html(web, host, "/news/article/1296/extra_cctv_cameras_to_boost_safety_in_district")
    assert 'alt="cctv, camera, survellience"' in news


def test_capital_headings_and_soft_hyphens_in_the_isa_mention(web: Heldback408Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    html = _html(web, host, "/community/community-safety/cctv")
    for head in ("WHO RUNS THE CAMERAS?", "HOW LONG IS FOOTAGE KEPT?", "WHO CAN SEE IT?"):
        assert f"<h2>{head}</h2>" in html
    assert f"infor{SHY}ma{SHY}tion sharing agreement with the Constab{SHY}ulary" in html
    assert "surveilance (PSS)" in html and "<p>cctv is vital" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert SHY in d["5.5"]["evidence"][0]["quote"] and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_word_privacy_notice_with_ligatures_and_a_ripa_sro(web: Heldback408Web, truth: dict) -> None:
    host = "www.broxtowe.gov.uk"
    pn = "/media/5521/cctv-public-space-camera-surveillance-privacy-notice.docx"
    text = _text(web, host, pn)
    assert "o\ufb00enders" in text and "speci\ufb01c" in text and f"assess{SHY}ment (DPIA)" in text
    assert "Senior Responsible Officer for the Regulation of Investigatory Powers Act" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["role"] == "Community Safety team"
    assert {_path(e["url"]) for e in d["5.5"]["evidence"]} == {pn} and d["5.5"]["status"] == "partial"
    assert "shared services agreement" in _main(
        web, host, "/for-you/crime-safety-emergencies/cctv-surveillance-systems/"
    )


def test_legacy_dotted_spoc_cell_table_and_capitals_signatures(web: Heldback408Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    site = web.sites[host]
    html = _html(web, host, "/community-safety/cctv.cfm")
    assert '<main id="main">' not in html and "S.P.O.C. (single point of contact)" in html
    std = _html(web, host, "/community-safety/cctv-standards.cfm")
    assert "<p>SC Code 3rd party cert. \u2013 Step 2 (full)</p>\n<p>NSI</p>\n<p>06/2020</p>" in std
    assert "<th" not in std and "<td>SC Code" not in std and not site.az
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-06"
    (doc,) = d["5.5"]["documents"]
    assert _path(doc["url"]) == "/doc.cfm?id=4471" and doc["signed"] and doc["date"] == "2022-09-22"
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == PDF and "filename=" in (r.header("Content-Disposition") or "")
    assert "SIGNED FOR AND ON BEHALF OF WARWICKSHIRE POLICE" in _text(web, host, "/doc.cfm?id=4471")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]


def test_symbol_bullets_at_a_node_address_give_one_criterion(web: Heldback408Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    html = _html(web, host, "/node/496")
    assert (
        '\u00b7<span style="mso-tab-count:1">\t</span>' in html and "<h1>Close Circuit Television (CCTV)</h1>" in html
    )
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["purpose"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback408Web, truth: dict) -> None:
    hosts = {"www.pembrokeshire.gov.uk", "tewkesbury.gov.uk", "www.castlepoint.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    welsh = _html(web, "www.pembrokeshire.gov.uk", "/cy/diogelwch-cymunedol")
    assert '<html lang="cy">' in welsh and "teledu cylch cyfyng" in welsh
    taxi = _main(web, "www.pembrokeshire.gov.uk", "/licensing/hackney-carriage-vehicle-conditions")
    assert "WHERE A CCTV SYSTEM IS FITTED IN A LICENSED VEHICLE" in taxi
    assert web.sites["tewkesbury.gov.uk"].search is None
