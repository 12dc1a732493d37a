"""The four hundred and first held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Emphasis: councils that report their cameras through yearly documents. Checks: the councils are fresh; the
labelling rules hold with the intended tallies; and the structures the set is built from are really served: a
surveillance annual report that opens with RIPA and holds the CCTV facts, the SPOC and a Met ISA mention only in
?section= views; retention, disclosure and a signed MoU only behind indicator definitions of a performance
framework; a hub annual report without extension whose step 2 claim sits in one measure's commentary beside BS 7958
and SIA rows, and a code whose certificate of agreement is blank; a self-assessment chapter with figures and a
'working towards' line beside a /cy twin; one fact in a statement of accounts' narrative report; a police protocol
renewed each year by signed one-page assurance statements; 'video surveillance' pages with the SPOC only in the
annual review and monitoring funded by a BID; step 2 only in a council tax explainer and the SPOC only in a
subject access form; a twelve-principle compliance review whose evidence cell links the signed ISA; a shared
service report crediting another council's certificate; one fact four clicks deep on a legacy site; quarterly
reports with step 2 in one past quarter and the SPOC in the latest; and three councils that publish nothing but
carry annual-report look-alikes (a PCC's annual report, BID annual reports, a governance statement's RIPA line).
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

from fixtures.heldback401.truth import TRUTH_PATH
from fixtures.heldback401.web import Heldback401Web


@pytest.fixture(scope="module")
def web() -> Heldback401Web:
    return Heldback401Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    out = set()
    for e in d["evidence"]:
        parts = urlsplit(e["url"])
        out.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def test_fresh_councils(web: Heldback401Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 401)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_ripa_first_annual_report_with_section_views(web: Heldback401Web, truth: dict) -> None:
    host = "www.lbhf.gov.uk"
    rep = "/council-and-democracy/annual-reports/surveillance-annual-report-2024-25"
    landing = _main(web, host, rep)
    assert "Regulation of Investigatory Powers Act" in landing and "Surveillance Camera Code" not in landing
    assert {f"http://{host}{rep}?section=cctv", f"http://{host}{rep}?section=roles"} <= set(_links(web, host, rep))
    cctv_links = set(_links(web, host, "/crime/cctv"))
    assert f"http://{host}{rep}" in cctv_links and not any("section=" in u for u in cctv_links)
    assert "13,964 incidents" in _main(web, host, f"{rep}?section=cctv")
    roles = _html(web, host, f"{rep}?section=roles")
    assert "Senior Responsible Officer for RIPA" in roles and "cctv.spoc@lbhf.example.gov.uk" in roles
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.3"]) == {f"{rep}?section=roles"} and d["5.3"]["status"] == "met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "13,964" not in _main(web, host, "/crime/cctv")


def test_facts_and_signed_mou_behind_indicator_definitions(web: Heldback401Web, truth: dict) -> None:
    host = "www.sunderland.gov.uk"
    cctv, fw = "/article/14022/CCTV-and-the-City-Emergency-Centre", "/article/9002/Performance-framework-2024-25"
    ns08 = "/article/9014/Indicator-definition-NS08"
    assert f"http://{host}{ns08}" in _links(web, host, fw)
    for page in (cctv, fw):
        assert "31 days" not in _main(web, host, page) and "memorandum" not in _main(web, host, page).lower()
    assert "31 days" in _main(web, host, ns08)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Northumbria"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{ns08}"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of Sunderland City Council" in text and "on behalf of Northumbria Police" in text
    assert "9,412 incidents on camera" in _main(web, host, fw)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_hub_report_commentary_step_2_and_blank_certificate(web: Heldback401Web, truth: dict) -> None:
    host = "www.blackburn.gov.uk"
    rep, code = "/downloads/file/2291/hub-annual-report-2023-24", "/downloads/file/2290/cctv-code-of-practice"
    for path in (rep, code):
        r = _render(web, f"http://{host}{path}")
        assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, rep)
    assert "Commentary: the hub holds step 2 full certification" in text and "BS 7958" in text and "SIA" in text
    assert "step 2" not in _main(web, host, "/community-safety/cctv").lower()
    code_text = _text(web, host, code)
    assert "[insert address]" in code_text and "20__" in code_text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-09"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    bid = f"http://{host}/business/town-centre/blackburn-bid"
    assert "30 cameras" in _main(web, host, "/business/town-centre/blackburn-bid") and bid not in d["5.1"]["pages"]


def test_self_assessment_chapter_and_welsh_twin(web: Heldback401Web, truth: dict) -> None:
    host = "www.wrexham.gov.uk"
    en, cy = "/service/cctv", "/cy/gwasanaeth/teledu-cylch-cyfyng"
    ch = "/council/performance/self-assessment-2024-25/safe-communities"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    chapter = _main(web, host, ch)
    assert "2,871 incidents" in chapter and "working towards third-party certification" in chapter
    assert "2,871" not in _main(web, host, en)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.2"]["status"] == "not_met"
    assert d["5.5"]["status"] == "partial" and _paths(d["5.5"]) == {ch}


def test_one_fact_in_statement_of_accounts_narrative(web: Heldback401Web, truth: dict) -> None:
    host = "www.woking.gov.uk"
    nar = "/council-and-democracy/finance/statement-of-accounts-2023-24/narrative-report"
    a = _auth(truth, host)
    d51 = a["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{nar}"]
    assert [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert "section 114" in _main(web, host, nar) and a["heldback"]["robots_forbid_search"]
    assert "Surrey Heath" in _main(web, host, "/news/surrey-heath-cctv-monitoring")


def test_police_protocol_renewed_by_yearly_signed_statements(web: Heldback401Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    ass = f"http://{host}/community-safety/cctv/annual-assurance-statements"
    statements = [u for u in _links(web, host, urlsplit(ass).path) if "assurance-statement-20" in u]
    assert len(statements) == 3 and all(_no_extension(u) for u in statements)
    for u in statements:
        text = _text(web, host, urlsplit(u).path)
        assert "Signed on behalf of Chorley Council" in text and "Signed on behalf of Lancashire Constabulary" in text
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["url"].endswith("2025-26") and doc["force"] == "Lancashire"
    assert "1,962 incidents" in _main(web, host, "/performance/annual-reports/cctv-annual-report-2024-25")


def test_video_surveillance_wording_spoc_in_review_and_bid_monitoring(web: Heldback401Web, truth: dict) -> None:
    host = "www.epsom-ewell.gov.uk"
    vss = "/residents/community-safety/video-surveillance"
    for page in (vss, f"{vss}/policy", f"{vss}/annual-review-2024-25"):
        assert "cctv" not in _main(web, host, page).lower(), page
    assert "single point of contact" not in _main(web, host, vss)
    review = _main(web, host, f"{vss}/annual-review-2024-25")
    assert "single point of contact" in review and "Business Improvement District" in review
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {f"{vss}/annual-review-2024-25"}
    assert d["5.5"]["status"] == "not_met" and "Go Epsom" in _main(web, host, "/business/epsom-bid")


def test_step_2_in_council_tax_explainer_and_spoc_in_request_form(web: Heldback401Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    pdf, form = "/media/2460/council-tax-explained-2025-26.pdf", "/media/2201/cctv-subject-access-request-form.pdf"
    for page in ("/article/1764/CCTV", "/article/455/CCTV-code-of-practice"):
        main = _main(web, host, page).lower()
        assert "step 2" not in main and "single point of contact" not in main
    assert "step 2 (full) certification" in _text(web, host, pdf)
    assert _linking(web, host, f"http://{host}{pdf}") == {f"http://{host}/article/2450/Council-tax-explained"}
    assert "single point of contact for surveillance camera systems" in _text(web, host, form)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03" and _paths(d["5.3"]) == {form}
    assert d["5.5"]["status"] == "not_met" and "service level agreement" in _main(
        web, host, "/article/1770/CCTV-for-town-and-parish-councils"
    )


def test_twelve_principle_review_links_signed_isa(web: Heldback401Web, truth: dict) -> None:
    host = "crawley.gov.uk"
    rev = "/community-and-living/community-safety/cctv/annual-compliance-review-2024-25"
    html = _html(web, host, rev)
    assert html.count("<tr>") == 13 and "11. Effectiveness" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{rev}"}
    row = html.split("11. Effectiveness", 1)[1].split("</tr>", 1)[0]
    assert urlsplit(doc["url"]).path in row
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_shared_service_report_credits_another_councils_certificate(web: Heldback401Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    text = _text(web, host, "/media/1877/cctv-shared-service-annual-report-2024-25.pdf")
    assert "Peterborough City Council's CCTV service holds step 2 full certification" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial"
    r = _render(web, f"http://{host}/media/1204/cctv-access-request-form.docx")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_one_fact_four_clicks_deep_on_legacy_site(web: Heldback401Web, truth: dict) -> None:
    host = "www.braintree.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    assert '<main id="main">' not in _html(web, host, "/")
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 5 and a["deliverables"]["5.1"]["status"] == "partial"
    assert "Witham Town Council runs the cameras" in _html(web, host, "/community/witham-town-council")


def test_quarterly_reports_step_2_in_one_past_quarter_spoc_in_latest(web: Heldback401Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    he = "/streets-parking-transport/cctv/hawk-eye/"
    quarters = [f"{he}{y}/q{i}/" for y in ("2023-24", "2024-25") for i in range(1, 5)]
    with_step2 = [q for q in quarters if "step 2" in _main(web, host, q)]
    with_spoc = [q for q in quarters if "single point of contact" in _main(web, host, q)]
    assert with_step2 == [f"{he}2023-24/q2/"] and with_spoc == [f"{he}2024-25/q4/"]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["awarded"] == "2018-07" and d["5.5"]["status"] == "not_met"
    assert "agreement between the two councils" in _main(web, host, "/streets-parking-transport/cctv/")


def test_councils_that_publish_nothing_still_carry_annual_report_look_alikes(web: Heldback401Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.staffordshire.gov.uk", "www.hastings.gov.uk", "www.melton.gov.uk"})
    staffs = "moderngov.staffordshire.gov.uk"
    assert "Commissioner's Annual Report" in _text(
        web, staffs, "/documents/s178001/Commissioners Annual Report 2024-25.pdf"
    )
    assert "Regulation of Investigatory Powers Act" in _main(
        web, "www.staffordshire.gov.uk", "/Your-council/Governance/Annual-governance-statement-2024-25.aspx"
    )
    assert "Police and Crime Commissioner" in _text(
        web, "www.hastings.gov.uk", "/media/3921/sussex-pcc-annual-report-2024-25-summary.pdf"
    )
    assert "Harborough" in _text(
        web, "democracy.melton.gov.uk", "/documents/s31050/CCTV Post Implementation Review.pdf"
    )
