"""The three hundred and fortieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh real register rows; the labelling rules hold with the intended tallies; and the
governance structures the set is built from are really served: a SPOC designated only in a Lead Member decision
record on a democracy host, in a governance group's terms-of-reference table, in a strategy PDF, and (without a
contact) only in the constitution's Part 3; a step 1 claim only in scrutiny minutes and another only in an annual
governance statement served as Word without an extension; a step 2 sentence without a mark and a lapsed mark beside
one; a signed police agreement as Schedule 3 of a policy PDF, as an appendix deep inside a Cabinet reports pack, and
linked from page 3 of a three-page article; a draft protocol only as a CMIS appendix at a Document.ashx address; an
agreement whose heads of terms were an exempt appendix in moderngov pages under /moderngov/ on the council's own host;
and the near-misses: a programme's Senior Responsible Owner in a single member decision, RIPA senior responsible
officers, data protection officers, a deferred decision, a recommendation that was not agreed, a not-started action in
a governance statement, a forward plan renewal, money set aside to prepare for certification, a self-assessment tool,
and agreements with other councils.
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

from fixtures.heldback340.truth import TRUTH_PATH
from fixtures.heldback340.web import Heldback340Web


@pytest.fixture(scope="module")
def web() -> Heldback340Web:
    return Heldback340Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils_and_labelling_rules(web: Heldback340Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 340)
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_only_in_a_lead_member_decision_record(web: Heldback340Web, truth: dict) -> None:
    host, dem = "www.leicestershire.gov.uk", "democracy.leicestershire.gov.uk"
    dec = f"http://{dem}/ieDecisionDetails.aspx?ID=6120"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {dec}
    assert _linking(web, host, dec) == {f"http://{dem}/mgDelegatedDecisions.aspx"}
    text = _text(web, dem, "/ieDecisionDetails.aspx?ID=6120")
    assert "single point of contact (SPOC)" in text and "surveillance.spoc@" in text
    assert '<main id="main">' not in _html(web, dem, "/ieDecisionDetails.aspx?ID=6120")
    for page in ("/about-the-council/data-protection-and-privacy/cctv-systems-used-by-the-council",):
        assert "single point of contact" not in _main(web, host, page)
    ripa = "/about-the-council/data-protection-and-privacy/covert-surveillance-ripa"
    assert "Senior Responsible Officer" in _main(web, host, ripa) and f"http://{host}{ripa}" not in evidence_urls(
        _auth(truth, host)
    )
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]


def test_programme_senior_responsible_owner_in_a_single_member_decision(web: Heldback340Web, truth: dict) -> None:
    host, dem = "www.hounslow.gov.uk", "democraticservices.hounslow.gov.uk"
    a = _auth(truth, host)
    dec = "/ieDecisionDetails.aspx?ID=9412"
    assert "Senior Responsible Owner" in _text(web, dem, dec)
    report = "/documents/s188210/CCTV_fees_single_member_decision_report.pdf"
    assert report in {urlsplit(u).path for u in _links(web, dem, dec)}
    assert "Senior Responsible Owner of the Transforming our Community Experience programme" in _text(web, dem, report)
    assert not any(urlsplit(u).hostname == dem for u in evidence_urls(a))
    d = a["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("controlhub@")
    assert d["5.5"]["status"] == "partial" and "Metropolitan Police" in d["5.5"]["evidence"][0]["quote"]


def test_draft_protocol_only_as_a_cmis_appendix(web: Heldback340Web, truth: dict) -> None:
    host, dem = "www.birmingham.gov.uk", "cmis.birmingham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and doc["force"] == "West Midlands"
    assert urlsplit(doc["url"]).path == "/cmis5/Document.ashx" and ".pdf" not in doc["url"]
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    meeting = (
        f"http://{dem}/cmis5/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/21845/Committee/2/Default.aspx"
    )
    assert _linking(web, host, doc["url"]) == {meeting}
    text = _text(web, dem, urlsplit(doc["url"]).path + "?" + urlsplit(doc["url"]).query)
    assert "DRAFT" in text and "20__" in text
    report = "/cmis5/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=Rb4kX2dW1c"
    assert "Senior Responsible Officer under the Regulation of Investigatory Powers Act" in _text(web, dem, report)
    assert "Data Protection Officer" in _main(web, host, "/privacy/community-safety-cctv")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_exempt_heads_of_terms_in_moderngov_pages_on_the_councils_own_host(web: Heldback340Web, truth: dict) -> None:
    host = "www.slough.gov.uk"
    item = "/moderngov/mgAi.aspx?ID=51234"
    page = _html(web, host, item)
    assert "Schedule 12A" in page and '<main id="main">' not in page
    assert not [u for u in _links(web, host, item) if "Appendix" in u or "appendix" in u]
    assert _linking(web, host, f"http://{host}{item}") == {
        f"http://{host}/moderngov/ieListDocuments.aspx?CId=133&MId=7120"
    }
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}{item}" in {e["url"] for e in d["5.5"]["evidence"]}
    own = "/crime-safety/cctv/council-buildings-and-vehicles"
    assert f"http://{host}{own}" in d["5.1"]["pages"] and f"http://{host}/crime-safety/cctv" in d["5.1"]["pages"]
    assert "Data Protection Officer" in _main(web, host, "/privacy-notices/cctv-council-premises-and-vehicles")
    assert d["5.3"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"


def test_welsh_twins_step_2_sentence_and_extensionless_review(web: Heldback340Web, truth: dict) -> None:
    host = "www.caerphilly.gov.uk"
    pol = "/services/emergencies-and-crime-prevention/cctv/cctv-policy-summary"
    assert f"http://{host}{pol}?lang=cy-gb" in _links(web, host, pol)
    assert '<html lang="cy">' in _html(web, host, f"{pol}?lang=cy-gb")
    assert "step 2" in _main(web, host, pol) and "<img" not in _html(web, host, pol)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"] == {**d["5.2"], "status": "met", "level": "step2", "awarded": "2017-01", "mark_displayed": False}
    assert f"http://{host}{pol}?lang=cy-gb" in d["5.1"]["pages"]
    review = f"http://{host}/services/emergencies-and-crime-prevention/cctv/cctv-annual-reviews/cctv-annual-review-2025"
    assert _no_extension(review) and "filename=" in (_render(web, review).header("Content-Disposition") or "")
    assert d["5.1"]["criteria"]["statistics"] and review in d["5.1"]["pages"]
    assert "deferred a vote" in _text(web, "democracy.caerphilly.gov.uk", "/mgAi.aspx?ID=30877")
    assert d["5.5"]["status"] == "not_met"


def test_governance_group_table_minutes_step_1_and_schedule_3(web: Heldback340Web, truth: dict) -> None:
    host, dem = "www.gedling.gov.uk", "democracy.gedling.gov.uk"
    group = "/community-and-living/community-safety/surveillance-cameras/governance-group"
    assert '<caption>Terms of reference: membership</caption><thead><tr><th scope="col">Role</th>' in _html(
        web, host, group
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {group}
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-11"
    assert {urlsplit(e["url"]).hostname for e in d["5.2"]["evidence"]} == {dem}
    assert "step one" not in _main(web, host, "/community-and-living/community-safety/surveillance-cameras")
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, "/media/documents/policy-and-code-of-practice-for-surveillance-cameras.pdf")
    assert (
        doc["signed"]
        and doc["date"] == "2024-09-10"
        and "Schedule 3" in text
        and "Signed on behalf of Nottinghamshire Police" in text
    )
    assert "Senior Responsible Officer" in _text(web, dem, "/ieIssueDetails.aspx?IId=24939&Opt=3")


def test_word_ags_part_3_designation_and_signed_appendix_in_a_reports_pack(web: Heldback340Web, truth: dict) -> None:
    host, dem = "www.harborough.gov.uk", "democracy.harborough.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ags,) = {e["url"] for e in d["5.2"]["evidence"]}
    r = _render(web, ags)
    assert _no_extension(ags) and (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert ".docx" in (r.header("Content-Disposition") or "")
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2022"
    (part3,) = {e["url"] for e in d["5.3"]["evidence"]}
    assert _no_extension(part3) and d["5.3"]["status"] == "partial"
    assert not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert "Senior Responsible Officer under the Regulation of Investigatory Powers Act" in _text(
        web, host, urlsplit(part3).path
    )
    (doc,) = d["5.5"]["documents"]
    pack = _text(web, dem, urlsplit(doc["url"]).path)
    assert doc["signed"] and pack.index("Garden waste") < pack.index("Appendix C") < pack.index(
        "Signed for Leicestershire Police"
    )
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/ieListDocuments.aspx?CId=132&MId=5120"}


def test_three_page_article_mark_and_forward_plan_renewal(web: Heldback340Web, truth: dict) -> None:
    host, dem = "www.warwickdc.gov.uk", "democracy.warwickdc.gov.uk"
    art = "/info/20109/crime_and_law_enforcement/112/cctv"
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(web, host, art)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{art}/3"}
    assert "Renewal of the CCTV information sharing agreement" in _text(web, dem, "/mgIssueHistoryHome.aspx?IId=28814")
    assert not any(urlsplit(u).hostname == dem for u in evidence_urls(_auth(truth, host)))
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {art}


def test_spoc_only_in_a_strategy_pdf_and_town_councils_slas(web: Heldback340Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    strategy = "/wp-content/uploads/2025/03/CCTV-Strategy-2025-2031.pdf"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {strategy}
    assert "single point of contact" not in _main(web, host, "/crime-and-community-safety/cctv/")
    assert "service level agreements with the district council" in _text(web, host, strategy)
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    assert "decommissioned" in _text(web, "democracy.eppingforestdc.gov.uk", "/ieDecisionDetails.aspx?ID=2217")


def test_self_assessment_tool_and_councils_processing_agreement(web: Heldback340Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    page = "/environmental-health/community-safety/cctv-surveillance-systems/"
    main = _main(web, host, page)
    assert "self-assessment tool" in main and "information processing agreement" in main
    d = _auth(truth, host)["deliverables"]
    assert (
        d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    )
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("environmentalhealth@")


def test_one_fact_councils(web: Heldback340Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.hyndburnbc.gov.uk", "operator", "/accrington-town-centre/"),
        ("www.fareham.gov.uk", "retention", "/community_and_living/community_safety/town_centre_cctv.aspx"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert '<main id="main">' not in _html(web, "www.fareham.gov.uk", "/")
    issue = _text(web, "moderngov.fareham.gov.uk", "/mgIssueHistoryHome.aspx?IId=17409")
    assert (
        "Gosport Borough Council" in issue and "prepare for a future application for third-party certification" in issue
    )
    assert "Blackburn with Darwen" in _text(web, "democracy.hyndburnbc.gov.uk", "/ieDecisionDetails.aspx?ID=4471")


def test_councils_that_publish_nothing_carry_governance_near_misses(web: Heldback340Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.highpeak.gov.uk", "www.waverley.gov.uk", "www.rochford.gov.uk"})
    assert _auth(truth, "www.highpeak.gov.uk")["heldback"]["robots_forbid_search"]
    assert "Deferred" in _text(web, "democracy.highpeak.gov.uk", "/mgIssueHistoryHome.aspx?IId=20417")
    assert web.sites["www.waverley.gov.uk"].search is None
    assert "Deferred" in _text(web, "democracy.waverley.gov.uk", "/ieDecisionDetails.aspx?ID=3390")
    ags = _text(web, "www.rochford.gov.uk", "/sites/default/files/2025-07/annual-governance-statement-2024-25.pdf")
    assert "single point of contact" in ags and "not started" in ags
    assert "was not agreed" in _text(web, "democracy.rochford.gov.uk", "/mgAi.aspx?ID=19044")
