"""The three hundred and fifty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Emphasis: dates and currency. Checks: the councils are fresh register rows of the brief's mix; the labelling rules
hold with the intended tallies; and the structures the set is built from are really served (a dated service notice
announcing a future move beside an agreement 'in force' whose replacement is only being drawn up; six years of
annual reports, three linked, three on request, one due; a lapsed step 2 told in the past tense; a status table with
a current signed agreement beside a superseded protocol; certification only planned; a Welsh twin that lags the
English page; an expired step 2 with its validity period; an interim SPOC; a draft protocol as a web page; a press
release under current and archive addresses; a code in three editions; a one-fact page 'last reviewed' in 2025; a
dated notice withdrawing a service; a trail of future-tense news; step one done and step two only planned; a signed
final agreement whose file name says 'draft'; a next-steps table where the SPOC is only planned; a figure stamped
'updated February 2018'; a consultations list with closing dates; and cameras handed to another body in 2014).
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

from fixtures.heldback359.truth import TRUTH_PATH
from fixtures.heldback359.web import Heldback359Web


@pytest.fixture(scope="module")
def web() -> Heldback359Web:
    return Heldback359Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_brief_mix(web: Heldback359Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 359)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_future_move_notice_and_agreement_being_replaced(web: Heldback359Web, truth: dict) -> None:
    host = "www.sutton.gov.uk"
    pg = "/info/200514/community_safety_and_policing/1268/cctv_in_the_borough"
    main = _main(web, host, pg)
    assert "Service update - 14 January 2025" in main and "will move from Sutton Police Station" in main
    assert "A new agreement is being drawn up" in main and "Last updated: 14 January 2025" in main
    links = _links(web, host, pg)
    code = f"http://{host}/downloads/file/3120/public_space_cctv_code_of_practice_2019"
    old = f"http://{host}/downloads/file/1544/cctv_code_of_practice_2014"
    assert {code, old} <= set(links) and _no_extension(code)
    r = _render(web, code)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Review due: March 2022" in _text(web, host, urlsplit(code).path)
    assert "SUPERSEDED" in _text(web, host, urlsplit(old).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_six_years_of_reports_and_lapsed_step_2(web: Heldback359Web, truth: dict) -> None:
    host = "www.leeds.gov.uk"
    rep = "/saferleeds/leedswatch/annual-reports"
    html = _html(web, host, rep)
    assert html.count("<tr><td>20") == 7 and html.count("Available on request</td>") == 3
    assert "Due July 2026" in html and "Not yet published" in html
    pdfs = [u for u in _links(web, host, rep) if u.endswith(".pdf")]
    assert len(pdfs) == 3
    gov = "/saferleeds/leedswatch/governance"
    main = _main(web, host, gov)
    assert "certificate lapsed" in main and "no longer display the certification mark" in main
    assert "<img" not in _html(web, host, gov)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-03"
    assert not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {gov}
    assert d["5.5"]["status"] == "partial" and "being reviewed" in main
    assert f"http://{host}/sites/default/files/2025-07/leedswatch-annual-report-2024-25.pdf" in d["5.1"]["pages"]


def test_status_table_current_agreement_beside_superseded_and_planned_certification(
    web: Heldback359Web, truth: dict
) -> None:
    host = "www.torbay.gov.uk"
    docs = "/community-safety/cctv/policies-and-agreements"
    html = _html(web, host, docs)
    assert "Current - in force until September 2026" in html and "Expired March 2019" in html
    assert "Superseded June 2023" in html
    isa = f"http://{host}/media/21845/cctv-information-sharing-agreement-devon-and-cornwall-police-2023.pdf"
    prot = f"http://{host}/media/6120/cctv-protocol-2014.pdf"
    assert _linking(web, host, isa) == {f"http://{host}{docs}"} and _linking(web, host, prot) == {
        f"http://{host}{docs}"
    }
    isa_text = _text(web, host, urlsplit(isa).path)
    assert "Signed for and on behalf of Torbay Council" in isa_text and "Devon and Cornwall Police" in isa_text
    assert "expired on 31 March 2019" in _text(web, host, urlsplit(prot).path)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["url"] == isa
    assert "we plan to apply for third-party certification" in _main(web, host, "/community-safety/cctv")
    assert d["5.2"]["status"] == "not_met"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_lagging_welsh_twin_and_councils_sla(web: Heldback359Web, truth: dict) -> None:
    host = "www.torfaen.gov.uk"
    en, cy = "/Community-Wellbeing/Community-Safety/CCTV", "/cy/Lles-Cymunedol/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    assert "Last updated: 3 September 2025" in _main(web, host, en) and "12 Mawrth 2019" in _main(web, host, cy)
    assert "29 cameras" in _main(web, host, en) and "24 camera" in _main(web, host, cy)
    assert "service level agreement between the councils" in _main(web, host, en)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.5"]["status"] == "not_met"
    assert "democracy.torfaen.gov.uk" in web.sites[host].hosts()


def test_expired_certificate_interim_spoc_and_html_draft_protocol(web: Heldback359Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    std = "/community-safety/cctv-standards-and-contacts.cfm"
    main = _main(web, host, std)
    assert "valid for five years" in main and "expired on 13 October 2024" in main and "Interim single point" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2019-10-14" and d["5.2"]["level"] == "step2"
    assert d["5.3"]["status"] == "met" and "interim" in d["5.3"]["spoc"]["role"]
    prot = "/community-safety/cctv-police-protocol-draft.cfm"
    ptext = _main(web, host, prot)
    assert "not yet signed" in ptext and "Date: ............" in ptext and "signed at the Safer Warwickshire" in ptext
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    cur = _main(web, host, "/news/press.cfm/current/1/item/138234")
    arch = _main(web, host, "/news/press.cfm/archive/1/item/138234")
    assert "Archived on 7 June 2024" in arch and "Archived" not in cur
    assert not any("press.cfm" in u for u in d["5.1"]["pages"])
    assert "2026 (planned)" in _main(web, host, "/community-safety/cctv-history.cfm")


def test_code_in_three_editions_past_tense_step_2_and_resigned_certificate(web: Heldback359Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/CCTV")
    assert "Last updated: 9 March 2016" in _html(web, host, "/CCTV") and "1998" in _html(web, host, "/CCTV")
    ed = _html(web, host, "/CCTV/code-of-practice-editions")
    assert "<td>Current</td>" in ed and "Superseded March 2024" in ed and "Withdrawn June 2018" in ed
    base = "/sites/default/files/docs/cctv/control-centre-code-of-practice-edition-"
    c24, c18, c12 = (_text(web, host, f"{base}{n}") for n in ("4-2024.pdf", "3-2018.pdf", "2-2012.pdf"))
    assert "Signed for and on behalf of Staffordshire Police" in c24 and "was awarded full (step 2)" in c24
    assert "is applying for step 2 certification" in c18 and "20__" in c12
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"].endswith("edition-4-2024.pdf") and doc["signed"] and doc["date"] == "2024-03-21"
    assert d["5.2"]["awarded"] == "2018-07" and not any("edition-3" in e["url"] for e in d["5.2"]["evidence"])


def test_one_fact_councils(web: Heldback359Web, truth: dict) -> None:
    for host, crit, path, stamp in (
        ("www.rossendale.gov.uk", "operator", "/regeneration/rawtenstall-town-centre", "Last reviewed: March 2025"),
        ("www.southderbyshire.gov.uk", "cameras", "/business/town-centre/swadlincote", "updated February 2018"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"] and stamp in _main(web, host, path)
    assert "will pay for new cameras" in _main(web, "www.rossendale.gov.uk", "/news/2017/cctv-improvements-planned")
    assert _auth(truth, "www.rossendale.gov.uk")["heldback"]["robots_forbid_search"]
    report = "http://democracy.southderbyshire.gov.uk/documents/s8841/Swadlincote-CCTV-report.pdf"
    assert _linking(web, "www.southderbyshire.gov.uk", report) == {
        "http://democracy.southderbyshire.gov.uk/mgAi.aspx?ID=7710"
    }


def test_dated_withdrawal_notice_and_spoc_on_node_page(web: Heldback359Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    req = _html(web, host, "/node/497")
    assert 'class="service-notice"' in req and "posted 1 May 2023" in req and "From 1 June 2023" in req
    main = _main(web, host, "/node/496")
    assert "working towards third-party certification" in main and "last reviewed in February 2022" in main
    assert "until March 2026" in _main(web, host, "/node/2210")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]
    assert not d["5.1"]["criteria"]["standards"] and "NSI Gold" in _main(
        web, host, "/news/partnership-control-room-nsi-gold"
    )


def test_step_one_done_step_two_planned_and_signed_agreement_named_draft(web: Heldback359Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    main = _main(web, host, "/community/community-safety/cctv")
    assert "completed step one (desktop)" in main and "We had planned the step two" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-01"
    (doc,) = d["5.5"]["documents"]
    assert "draft" in doc["url"] and doc["signed"] and not doc["draft"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Version 3.0 FINAL" in text and "Signed on behalf of Suffolk Constabulary" in text and "v1.0 draft" in text


def test_next_steps_table_with_planned_spoc(web: Heldback359Web, truth: dict) -> None:
    host = "www.newcastle-staffs.gov.uk"
    html = _html(web, host, "/community-safety/town-centre-cctv/what-happens-next")
    assert "<td>Spring 2026</td><td>Designate a single point of contact" in html and "<td>Planned</td>" in html
    assert "single point of contact" not in _main(web, host, "/community-safety/town-centre-cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and not d["5.1"]["criteria"]["responsible_officer"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "moderngov.newcastle-staffs.gov.uk" in web.sites[host].hosts()
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_consultations_with_closing_dates_and_councils_shared_service(web: Heldback359Web, truth: dict) -> None:
    host = "www.broxtowe.gov.uk"
    cons = _html(web, host, "/about-the-council/consultations")
    assert "11 October 2024" in cons and "Open until 30 June 2026" in cons
    assert "shared services agreement" in _main(
        web, host, "/for-you/crime-safety-emergencies/cctv-surveillance-systems"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "met"
    pn = f"http://{host}/media/4402/cctv-public-space-camera-surveillance-privacy-notice.pdf"
    assert pn in _links(web, host, "/for-you/crime-safety-emergencies/cctv-surveillance-systems")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback359Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.staffordshire.gov.uk", "www.castlepoint.gov.uk", "www.eastcambs.gov.uk"})
    dates = [
        _main(web, "www.castlepoint.gov.uk", f"/news/{p}")
        for p in ("2023/funding-for-new-cameras", "2024/cabinet-agrees-monitoring", "2025/first-new-cameras-canvey")
    ]
    assert all("Published" in t for t in dates) and "will be watched" in dates[2]
    ec = web.sites["www.eastcambs.gov.uk"]
    assert ec.search is None and not ec.sitemap and not ec.az
    assert "Until January 2014 the district council owned" in _html(
        web, "www.eastcambs.gov.uk", "/community/community-safety"
    )
    assert "will start at the first six sites during 2026" in _main(
        web, "www.staffordshire.gov.uk", "/Highways/Moving-traffic-enforcement"
    )
