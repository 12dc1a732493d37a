"""The 371st held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served, with the emphasis on corporate documents: a SPOC only in
the annex of a Word local code of corporate governance; a police agreement only as a control in a risk register
pasted from a spreadsheet; step 2 only as an 'other sources of assurance' row of an internal audit annual opinion;
step 2 only in the third-line cell of an assurance map; step 1 only in a bilingual two-column corporate plan table;
a signed Word protocol linked only from a significant partnerships register (beside a council-to-council SLA);
figures only as scorecard rows; a SPOC only in an extensionless Word data protection policy; a SPOC as a key-facts
row header; a signed agreement published as a web page with a signature table; signatories recorded only in a
register's columns beside an unsigned PDF; a draft Word agreement with blank signature lines; another council's
certification in corporate annual reports; a police agreement as an amber business plan action; partners' and other
councils' figures; one-fact councils in a statement of accounts and an equality impact assessment; and councils
that publish nothing but carry look-alikes.
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

from fixtures.heldback371.truth import TRUTH_PATH
from fixtures.heldback371.web import Heldback371Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback371Web:
    return Heldback371Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _ev_paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_councils(web: Heldback371Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 371)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_only_in_word_local_code_and_agreement_only_a_risk_register_control(
    web: Heldback371Web, truth: dict
) -> None:
    host = "www.camden.gov.uk"
    lcode = "/sites/default/files/2024-07/Local-Code-of-Corporate-Governance-2024.docx"
    r = _render(web, f"http://{host}{lcode}")
    assert r.header("Content-Type") == DOCX
    text = _text(web, host, lcode)
    assert "Single point of contact for surveillance camera systems (SPOC)" in text
    assert "Senior Responsible Officer (RIPA)" in text and "Data Protection Officer" in text
    assert _linking(web, host, f"http://{host}{lcode}") == {
        f"http://{host}/about-the-council/governance/local-code-of-corporate-governance"
    }
    cctv = "/community-safety/cctv-and-responsive-security-patrol"
    assert "single point of contact" not in _main(web, host, cctv).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _ev_paths(d["5.3"]) == {lcode}
    crr = "/about-the-council/performance-and-risk/corporate-risk-register"
    html = _html(web, host, crr)
    assert '<p class="sheet-tab">Sheet: CRR Q4 2024-25</p>' in html and '<th class="row">3</th><td>CR09</td>' in html
    assert "awaiting sign-off by the BCU Commander" in _main(web, host, crr)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _ev_paths(d["5.5"]) == {crr}
    assert d["5.1"]["criteria"]["police_agreement"]
    bench = "/sites/default/files/2024-03/London-public-space-CCTV-benchmark-2023.pdf"
    assert "Islington holds full step 2 certification" in _text(web, host, bench)
    assert d["5.2"]["status"] == "not_met"


def test_step_2_only_as_an_assurance_source_row_of_the_internal_audit_opinion(web: Heldback371Web, truth: dict) -> None:
    host = "www.kirklees.gov.uk"
    opinion = "/beta/your-council/pdf/head-of-internal-audit-annual-opinion-2023-24.pdf"
    text = _text(web, host, opinion)
    assert "Other sources of assurance relied on" in text and "step 2 (full certification)" in text
    assert "West Yorkshire Combined Authority" in text
    assert "step 2" not in _main(web, host, "/beta/transport-roads-and-parking/closed-circuit-television.aspx").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-03" and not d["5.2"]["mark_displayed"]
    assert _ev_paths(d["5.2"]) == {opinion}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["role"] == "CCTV Manager"


def test_signed_protocol_only_behind_a_partnerships_register_row(web: Heldback371Web, truth: dict) -> None:
    host = "www.darlington.gov.uk"
    reg = f"http://{host}/your-council/partnerships/significant-partnerships-register"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Durham"
    assert _linking(web, host, doc["url"]) == {reg}
    assert _render(web, doc["url"]).header("Content-Type") == DOCX
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "on behalf of Darlington Borough Council" in text and "on behalf of Durham Constabulary" in text
    main = _main(web, host, urlsplit(reg).path)
    assert "Stockton-on-Tees Borough Council" in main and "Service level agreement" in main
    score = "/your-council/performance/quarterly-performance-scorecard"
    assert "CCTV 001" in _main(web, host, score) and "Durham Constabulary recorded crime" in _main(web, host, score)
    for pg in ("/your-council/cctv-1", "/your-council/cctv-1/what-we-do", "/your-council/cctv-1/footage"):
        assert "4,318" not in _main(web, host, pg)
    assert _ev_paths(d["5.5"]) == {urlsplit(doc["url"]).path, urlsplit(reg).path}


def test_step_1_only_in_a_bilingual_corporate_plan_table(web: Heldback371Web, truth: dict) -> None:
    host = "www.neath-porttalbot.gov.uk"
    wbo = "/council/corporate-plan/well-being-objective-4"
    html = _html(web, host, wbo)
    assert '<table class="bilingual">' in html and "Cwblhau cam 1 (desg)" in html and '<td lang="cy">' in html
    assert "step 1" not in _main(web, host, "/community-safety/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2023-02" and _ev_paths(d["5.2"]) == {wbo}
    cy = f"http://{host}/cy/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert cy in d["5.1"]["pages"] and '<html lang="cy">' in _html(web, host, urlsplit(cy).path)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_spoc_only_in_extensionless_word_policy_and_partners_figures(web: Heldback371Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    pol = "/downloads/file/1893/data-protection-policy"
    r = _render(web, f"http://{host}{pol}")
    assert _no_extension(pol) and r.header("Content-Type") == DOCX
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert "Surveillance camera single point of contact (SPOC)" in _text(web, host, pol)
    for h, path in web.sites[host].pages:
        if h == host:
            assert "single point of contact" not in _main(web, host, path).lower(), path
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _ev_paths(d["5.3"]) == {pol}
    sr = "/community-safety/safer-runnymede"
    assert 'alt="Surveillance Camera Code Compliant certification mark"' in _html(web, host, sr)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2018-12"
    partners = _main(web, host, f"{sr}/partners")
    assert "Spelthorne Borough Council" in partners and "Rushmoor Borough Council" in partners
    assert f"http://{host}{sr}/partners" not in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "not_met"


def test_one_fact_councils_in_corporate_documents(web: Heldback371Web, truth: dict) -> None:
    for host, path, kind in (
        ("www.lichfielddc.gov.uk", "/council/finance/documents/statement-of-accounts-2023-24.pdf", "application/pdf"),
        ("www.guildford.gov.uk", "/media/41188/EqIA-North-Street-public-realm", DOCX),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert _render(web, f"http://{host}{path}").header("Content-Type") == kind
    assert "Note 31: Joint operations" in _text(
        web, "www.lichfielddc.gov.uk", "/council/finance/documents/statement-of-accounts-2023-24.pdf"
    )
    assert _auth(truth, "www.lichfielddc.gov.uk")["heldback"]["robots_forbid_search"]
    assert _no_extension("/media/41188/EqIA-North-Street-public-realm")


def test_spoc_as_key_facts_row_header_and_monitoring_councils_certification(web: Heldback371Web, truth: dict) -> None:
    host = "www.e-lindsey.gov.uk"
    html = _html(web, host, "/community/cctv")
    assert '<th scope="row">Single point of contact for surveillance camera systems</th>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    ar = _main(web, host, "/council/annual-report-2023-24")
    assert "Boston Borough Council's control room, which holds full certification" in ar
    assert d["5.2"]["status"] == "not_met"


def test_signed_agreement_as_a_web_page_with_a_signature_table(web: Heldback371Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    reg = f"http://{host}/council/data-protection/information-sharing"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire"
    r = _render(web, doc["url"])
    assert "html" in (r.header("Content-Type") or "")
    assert _linking(web, host, doc["url"]) == {reg}
    html = _html(web, host, urlsplit(doc["url"]).path)
    assert '<th scope="col">Signed for</th>' in html and "<td>Lancashire Constabulary</td>" in html
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_signatories_only_in_register_columns_and_self_assessment_tool(web: Heldback371Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    reg = "/council/information-governance/information-sharing-agreements"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["date"] == "2024-03-19" and doc["force"] == "Devon & Cornwall"
    pdf = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for" not in pdf and "register of information sharing agreements" in pdf
    assert '<th scope="col">Signed for the partner</th>' in _html(web, host, reg)
    assert "Superintendent, North Devon, 19 March 2024" in _main(web, host, reg)
    assert "Self-Assessment Tool" in _main(web, host, "/community-safety-and-emergencies/cctv")
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    assert d["5.3"]["status"] == "not_met"


def test_monitoring_councils_certification_and_amber_agreement_action(web: Heldback371Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "full certification, run for us by Runnymede Borough Council" in _main(
        web, host, "/council/annual-report-2023-24"
    )
    assert d["5.2"]["status"] == "not_met"
    bp = "/council/performance/business-plan-quarterly-monitoring"
    html = _html(web, host, bp)
    assert '<table class="xls">' in html and "<td>Amber</td>" in html
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _ev_paths(d["5.5"]) == {bp}
    assert "Safer Runnymede control centre in Addlestone" in _main(
        web, host, "/community-parks-and-leisure/community-safety/cctv"
    )


def test_step_2_only_in_an_assurance_map_cell_and_draft_word_agreement(web: Heldback371Web, truth: dict) -> None:
    host = "www.winchester.gov.uk"
    amap = "/council/governance/assurance-framework"
    assert '<th scope="col">Third line (independent)</th>' in _html(web, host, amap)
    assert "step 2" not in _main(web, host, "/community-safety/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and _ev_paths(d["5.2"]) == {amap} and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and _ev_paths(d["5.3"]) == {"/community-safety/cctv"}
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Hampshire"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "__/__/20__" in text and "DRAFT" in text
    assert "democracy.winchester.gov.uk" in web.sites[host].hosts()


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback371Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.lincolnshire.gov.uk", "www.rother.gov.uk", "www.northwarks.gov.uk"})
    assert '<main id="main">' not in _html(web, "www.rother.gov.uk", "/")
    scorecard = _text(web, "www.rother.gov.uk", "/community/community-safety/partnership-scorecard")
    assert "Hastings public space CCTV" in scorecard
    assert "does not own or operate public space CCTV" in _text(
        web, "www.lincolnshire.gov.uk", "/downloads/file/7714/statement-of-accounts-2023-24"
    )
