"""The three hundred and forty-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after
the detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served: a signed police protocol published only as
scanned page images whose alt text carries the transcription, on a site of query-string 'document' addresses; an
HTML annual report in four sections filed under performance and not linked from the CCTV pages, whose governance
section holds the SPOC, a step 2 sentence and the link to a signed agreement; performance indicator pages holding
the figures and a step 2 status beside a police crime indicator; a SPOC only inside an independent evaluation PDF
at a Jadu file address, with committee papers on another council's moderngov host; a police agreement mentioned
only in a limited-assurance audit report in Audit Committee papers on a legacy site without search; a downloads
page of extensionless files with the step 1 claim only in the annual report beside a stepless mark, and a signed
agreement; the SPOC and a protocol mention only in a partnership's HTML annual report; a Welsh twin and a statutory
performance self-assessment that is not the Commissioner's tool; a data protection page beside the police's town
cameras and a council plan performance row about them; a monitoring council's client report published for the
council's own cameras at /w/ addresses; one-fact councils (a year-in-numbers list, a council plan action tracker);
and councils that publish nothing but carry look-alikes (a scorecard's enforcement row, a county data portal, a
policy and a task and finish report only on the democracy host).
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
    evidence_urls,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback346.truth import TRUTH_PATH
from fixtures.heldback346.web import Heldback346Web


@pytest.fixture(scope="module")
def web() -> Heldback346Web:
    return Heldback346Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _d(truth: dict, host: str) -> dict:
    return _auth(truth, host)["deliverables"]


def test_fresh_councils_of_the_brief_mix(web: Heldback346Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 346)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_signed_protocol_only_as_scanned_page_images(web: Heldback346Web, truth: dict) -> None:
    host = "www.bolton.gov.uk"
    sec = "/community-safety-anti-social-behaviour"
    proto = f"{sec}/safer-bolton-partnership/cctv-images-protocol?categoryId=20041&documentId=311"
    cctv = f"{sec}/cctv?categoryId=20041&documentId=186"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Greater Manchester"
    assert doc["url"] == f"http://{host}{proto}"
    assert "Signed for and on behalf" not in _main(web, host, proto)
    html = _html(web, host, proto)
    assert html.count('<figure class="scan"><img src="/images/bolton-cctv-protocol-page-') == 3
    assert 'alt="Signed for and on behalf of Bolton Council: R. Ashworth' in html
    assert _render(web, f"http://{host}/images/bolton-cctv-protocol-page-3.png").header("Content-Type") == "image/png"
    assert _linking(web, host, f"http://{host}{proto}") == {
        f"http://{host}{sec}/safer-bolton-partnership?categoryId=20041&documentId=240"
    }
    assert f"http://{host}{cctv}" in d["5.1"]["pages"] and "?categoryId=" in cctv
    assert "protocol" not in _main(web, host, cctv).lower()
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_html_annual_report_under_performance_holds_spoc_step_2_and_agreement(web: Heldback346Web, truth: dict) -> None:
    host = "www.swale.gov.uk"
    report = "/your-council/performance/service-reports/cctv-control-centre-annual-report-2024-25"
    gov = f"{report}/governance-and-compliance"
    sections = [
        f"{report}/{s}" for s in ("the-control-centre", "performance", "governance-and-compliance", "looking-ahead")
    ]
    assert {f"http://{host}{s}" for s in sections} <= set(_links(web, host, report))
    assert f"http://{host}{sections[3]}" in _links(web, host, sections[2])
    assert f"http://{host}{sections[1]}" in _links(web, host, sections[2])
    linkers = _linking(web, host, f"http://{host}{report}")
    assert f"http://{host}/your-council/performance/service-reports" in linkers
    assert not any("/community-safety-and-emergencies" in u for u in linkers)
    for page in (
        "/community-safety-and-emergencies/cctv/introduction-to-cctv",
        "/community-safety-and-emergencies/cctv/requesting-cctv-footage",
    ):
        main = _main(web, host, page)
        assert "annual report" not in main.lower() and "single point of contact" not in main and "step 2" not in main
    main = _main(web, host, gov)
    assert "single point of contact" in main and "step 2 full certification" in main
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2023-03"
    assert not d["5.2"]["mark_displayed"] and "<img" not in main
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {gov}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and _linking(web, host, doc["url"]) == {f"http://{host}{gov}"}
    assert "Signed for Kent Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Gravesham" in _main(web, host, sections[1])


def test_indicator_pages_hold_figures_and_certification(web: Heldback346Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    ind = "/about-us/performance/indicators"
    cctv = "/community-safety/cctv"
    assert {
        f"http://{host}{ind}/{i}"
        for i in ("cs01-recorded-crime", "cs07-cctv-incidents-supported", "cs08-surveillance-camera-code-certification")
    } <= set(_links(web, host, ind))
    assert "Thames Valley Police" in _main(web, host, f"{ind}/cs01-recorded-crime")
    assert "<dl>" in _html(web, host, f"{ind}/cs08-surveillance-camera-code-certification")
    assert "step 2" not in _main(web, host, cctv).lower() and "636" not in _main(web, host, cctv)
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-11"
    assert [urlsplit(e["url"]).path for e in d["5.2"]["evidence"]] == [
        f"{ind}/cs08-surveillance-camera-code-certification"
    ]
    assert f"http://{host}{ind}/cs07-cctv-incidents-supported" in d["5.1"]["pages"]
    assert f"http://{host}{ind}/cs01-recorded-crime" not in evidence_urls(_auth(truth, host))
    assert d["5.5"]["status"] == "not_met"


def test_spoc_only_in_evaluation_pdf_and_papers_on_another_councils_host(web: Heldback346Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    evalr = "/downloads/file/2871/cctv-evaluation-report-2023-and-2024"
    assert "single point of contact" not in _main(web, host, "/cctv")
    assert "single point of contact for surveillance camera systems" in _text(web, host, evalr)
    r = _render(web, f"http://{host}{evalr}")
    assert (
        _no_extension(evalr)
        and r.header("Content-Type") == "application/pdf"
        and "filename=" in (r.header("Content-Disposition") or "")
    )
    d = _d(truth, host)
    assert d["5.3"]["status"] == "met" and [e["url"] for e in d["5.3"]["evidence"]] == [f"http://{host}{evalr}"]
    site = web.sites[host]
    assert site.democracy == "democracy.highpeak.gov.uk"
    assert "http://democracy.highpeak.gov.uk/" in _links(web, host, "/council-and-democracy/committee-meetings")
    assert not any("highpeak" in u for u in evidence_urls(_auth(truth, host)))
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_agreement_mentioned_only_in_audit_committee_papers_on_legacy_site(web: Heldback346Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    dem = "moderngov.oadby-wigston.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/pages/cctv_footage")
    audit = "/documents/s5521/Internal%20Audit%20Report%20-%20CCTV.pdf"
    assert "Limited assurance." in _text(web, dem, audit)
    assert _linking(web, host, f"http://{dem}{audit}") == {f"http://{dem}/mgAi.aspx?ID=11902"}
    assert "Leicestershire Police" not in _text(web, host, "/pages/cctv_footage")
    d = _d(truth, host)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert [e["url"] for e in d["5.5"]["evidence"]] == [f"http://{dem}{audit}"]
    assert not d["5.1"]["criteria"]["police_agreement"] and not any(dem in u for u in d["5.1"]["pages"])


def test_downloads_page_step_1_only_in_report_beside_stepless_mark(web: Heldback346Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    page = "/article/309/Town-centres-Closed-Circuit-Television-CCTV-"
    files = "/downloads/download/612/cctv-reports-and-agreements"
    links = [u for u in _links(web, host, files) if "/downloads/file/" in u]
    assert len(links) == 3 and all(_no_extension(u) for u in links)
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, page)
    assert "step 1" not in _main(web, host, page).lower() and "Data Protection Act 1998" in _main(web, host, page)
    report = "/downloads/file/4471/cctv-annual-report-2024-25"
    assert "completed step 1 (desktop) certification" in _text(web, host, report)
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex" and doc["url"] in links
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_spoc_and_protocol_mention_only_in_partnership_annual_report(web: Heldback346Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    cctv = "/access-information/cctv-cameras-footage"
    ar = "/community-and-living/community-safety/welwyn-hatfield-community-safety-partnership/annual-report-2024-25"
    main = _main(web, host, cctv)
    assert "single point of contact" not in main and "protocol" not in main
    assert f"http://{host}{ar}" not in _links(web, host, cctv)
    assert "Hertfordshire Constabulary" in _main(web, host, ar)
    d = _d(truth, host)
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {ar}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]


def test_welsh_twin_and_statutory_self_assessment_look_alike(web: Heldback346Web, truth: dict) -> None:
    host = "www.bridgend.gov.uk"
    cy = "/cy/fy-nghyngor/gwasanaethau-cwsmeriaid/teledu-cylch-cyfyng-a-gwasanaeth-cwsmeriaid-y-tu-allan-i-oriau/"
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _d(truth, host)
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    sa = "/my-council/performance/self-assessment-2023-24"
    assert "Local Government and Elections (Wales) Act 2021" in _main(web, host, sa)
    assert not d["5.1"]["criteria"]["self_assessment"] and f"http://{host}{sa}" not in d["5.1"]["pages"]
    assert "agreement between the two councils" in _main(
        web, host, "/my-council/customer-services/cctv-and-after-hours-customer-service/"
    )
    assert d["5.5"]["status"] == "not_met" and d["5.1"]["criteria"]["statistics"]


def test_police_town_cameras_and_council_plan_row_are_not_the_councils(web: Heldback346Web, truth: dict) -> None:
    host = "www.westmorlandandfurness.gov.uk"
    row = "/your-council/council-plan/performance-report-january-to-march-2025"
    assert "owned and monitored by Cumbria Constabulary" in _main(web, host, row)
    assert "belong to Cumbria Constabulary" in _main(web, host, "/community/public-space-cameras-in-our-towns")
    d = _d(truth, host)
    pages = {urlsplit(u).path for u in d["5.1"]["pages"]}
    assert pages == {"/your-council/data-protection-and-privacy/cctv-and-surveillance"}
    form = "/your-council/data-protection-and-privacy/cctv-request-form.docx"
    assert (_render(web, f"http://{host}{form}").header("Content-Type") or "").startswith(
        "application/vnd.openxmlformats"
    )
    assert d["5.1"]["criteria"]["other_systems"] and d["5.3"]["status"] == "partial"


def test_client_report_of_the_monitoring_council_at_w_addresses(web: Heldback346Web, truth: dict) -> None:
    host = "www.midsuffolk.gov.uk"
    rep = "/documents/d/midsuffolk/stowmarket-cctv-client-report-2024-25"
    assert "Prepared by West Suffolk Council's CCTV control room" in _text(web, host, rep)
    d = _d(truth, host)
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} == {"/w/cctv-in-stowmarket", rep}
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_councils(web: Heldback346Web, truth: dict) -> None:
    for host, path in (
        ("www.breckland.gov.uk", "/your-council/annual-report-2024-25/our-year-in-numbers"),
        ("www.n-kesteven.gov.uk", "/your-council/council-plan/action-tracker"),
    ):
        d51 = _d(truth, host)["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert "CCTV cameras" in _main(web, host, path)
    assert _auth(truth, "www.n-kesteven.gov.uk")["heldback"]["robots_forbid_search"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback346Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.bexley.gov.uk", "www.hertfordshire.gov.uk", "www.threerivers.gov.uk"})
    scorecard = "/about-the-council/how-we-are-performing/quarterly-scorecard-july-to-september-2025"
    assert "bus lane and moving traffic cameras" in _main(web, "www.bexley.gov.uk", scorecard)
    dash = "/services/herts-insight/community-safety-dashboard"
    assert "does not own or watch any public space cameras" in _main(web, "www.hertfordshire.gov.uk", dash)
    assert _auth(truth, "www.hertfordshire.gov.uk")["heldback"]["robots_forbid_search"]
    dem = "moderngov.threerivers.gov.uk"
    assert "Recordings are kept for 31 days." in _text(
        web, dem, "/documents/s61842/Appendix%20A%20CCTV%20Policy%202024-2028.pdf"
    )
    assert "task and finish" in _html(web, dem, "/mgAi.aspx?ID=7720")
