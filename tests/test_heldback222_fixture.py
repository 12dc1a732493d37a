"""The two hundred and twenty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh real register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (signed police agreements reached only through
committee systems: a supporting document of an individual Cabinet Member decision in a decisions register, an
appendix to the crime and disorder committee's annual scrutiny of the partnership, an attachment to the council's
response on an e-petition page, and a background paper listed under a committee report on an older district site,
served without extension; a police agreement mentioned only in a notice of motion in legacy minutes and only in the
reply to a public question; a draft protocol reached through a meetings calendar; a SPOC in a table's footer row, on
a report-a-faulty-camera page and on a page for services asking for a new camera; step 2 with a mark, in a sentence
and only in a code PDF; step 1 only in an annual report; a Welsh twin; one-fact councils; robots forbidding the
search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback222.truth import TRUTH_PATH
from fixtures.heldback222.web import Heldback222Web


@pytest.fixture(scope="module")
def web() -> Heldback222Web:
    return Heldback222Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _signed_doc(d: dict, force: str) -> dict:
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and not doc["draft"] and doc["force"] == force
    return doc


def test_fresh_real_councils(web: Heldback222Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 222)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally


def test_agreement_only_behind_a_cabinet_member_decision(web: Heldback222Web, truth: dict) -> None:
    host, mg = "www.hillingdon.gov.uk", "modgov.hillingdon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    doc = _signed_doc(d, "Metropolitan Police")
    assert urlsplit(doc["url"]).hostname == mg
    decision = f"http://{mg}/ieDecisionDetails.aspx?ID=1512"
    assert _linking(web, host, doc["url"]) == {decision}
    assert decision in _links(web, mg, "/mgDelegatedDecisions.aspx?bcr=1")
    page = _main(web, mg, "/ieDecisionDetails.aspx?ID=1512")
    assert "Cabinet Member for Community and Environment" in page and "Supporting documents" in page
    text = _text(web, mg, urlsplit(doc["url"]).path)
    assert "on behalf of the London Borough of Hillingdon" in text and "on behalf of the Metropolitan Police" in text
    assert "agreement" not in _main(web, host, "/safer-hillingdon/cctv-hillingdon").lower()
    assert not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_agreement_only_as_crime_and_disorder_committee_appendix(web: Heldback222Web, truth: dict) -> None:
    host, ed = "www.coventry.gov.uk", "edemocracy.coventry.gov.uk"
    d = _auth(truth, host)["deliverables"]
    doc = _signed_doc(d, "West Midlands")
    item = f"http://{ed}/mgAi.aspx?ID=61207"
    assert _linking(web, host, doc["url"]) == {item}
    assert "crime and disorder committee" in _main(web, ed, "/mgAi.aspx?ID=61207")
    assert "Appendix 3" in _html(web, ed, "/mgAi.aspx?ID=61207")
    pg = "/street-scene/coventry-control-centre"
    assert 'alt="Surveillance camera code compliant - valid until June 2026"' in _html(web, host, pg)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2021-06"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_agreement_only_through_an_e_petition_response(web: Heldback222Web, truth: dict) -> None:
    host, dm = "www.chelmsford.gov.uk", "democracy.chelmsford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    doc = _signed_doc(d, "Essex")
    petition = f"http://{dm}/mgEPetitionDisplay.aspx?Id=87"
    assert _linking(web, host, doc["url"]) == {petition}
    assert petition in _links(web, dm, "/mgEPetitionListDisplay.aspx")
    assert f"http://{dm}/mgEPetitionListDisplay.aspx" in _links(web, host, "/council-and-democracy/petitions")
    assert "Council's response" in _main(web, dm, "/mgEPetitionDisplay.aspx?Id=87")
    assert "agreement" not in _main(web, host, "/communities/community-safety/cctv/cctv-in-chelmsford").lower()
    assert d["5.2"]["status"] == "not_met"


def test_agreement_only_as_background_paper_on_the_council_host(web: Heldback222Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    d = _auth(truth, host)["deliverables"]
    doc = _signed_doc(d, "Surrey")
    assert urlsplit(doc["url"]).hostname == host and _no_extension(doc["url"])
    report = f"http://{host}/Committees/CommunityServices/2022-11-17/report-8"
    assert _linking(web, host, doc["url"]) == {report}
    html = _html(web, host, "/Committees/CommunityServices/2022-11-17/report-8")
    assert html.index("<h2>Background papers</h2>") < html.index(urlsplit(doc["url"]).path)
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert web.sites[host].democracy is None
    assert "step 2" not in _text(web, host, "/community-safety/safer-runnymede").lower()
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {"/media/CCTV-Code-of-Practice-2023.pdf"}


def test_agreement_mentioned_only_in_a_notice_of_motion_on_a_legacy_site(web: Heldback222Web, truth: dict) -> None:
    host = "www.rother.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/")
    a = _auth(truth, host)
    d = a["deliverables"]
    mins = "/meetings/full-council/2024-02-26/minutes"
    assert "NOTICE OF MOTION" in _text(web, host, mins)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {mins}
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["operator"]


def test_spoc_in_table_footer_and_draft_through_meetings_calendar(web: Heldback222Web, truth: dict) -> None:
    host, dm = "www.tandridge.gov.uk", "democracy.tandridge.gov.uk"
    pg = "/YourCouncil/DataProtectionFreedomofInformation/CCTV.htm"
    html = _html(web, host, pg)
    foot = html.split("<tfoot>", 1)[1].split("</tfoot>", 1)[0]
    assert "single point of contact for surveillance cameras" in foot
    assert "single point of contact" not in html.split("<tfoot>", 1)[0]
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pg}
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    item = f"http://{dm}/mgAi.aspx?ID=17502"
    meeting = f"http://{dm}/ieListDocuments.aspx?CId=133&MId=2841"
    assert _linking(web, host, doc["url"]) == {item}
    assert meeting in _links(web, dm, "/mgCalendarMonthView.aspx?M=3&Y=2024")
    text = _text(web, dm, urlsplit(doc["url"]).path)
    assert "DRAFT" in text and "20__" in text and "Signed for and on behalf of Surrey Police" in text


def test_spoc_on_fault_page_and_protocol_in_public_question_reply(web: Heldback222Web, truth: dict) -> None:
    host, dm = "www.cannockchasedc.gov.uk", "democracy.cannockchasedc.gov.uk"
    cctv = "/residents/community-safety/cctv"
    assert "single point of contact" not in _main(web, host, cctv)
    assert "single point of contact" in _main(web, host, f"{cctv}/report-a-faulty-camera")
    assert "<form" in _html(web, host, f"{cctv}/report-a-faulty-camera")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert "self-assessment tool" in _main(web, host, cctv) and d["5.2"]["status"] == "not_met"
    assert d["5.1"]["criteria"]["self_assessment"]
    q = _main(web, dm, "/mgAi.aspx?ID=8812")
    assert (
        "Questions from members of the public" in _html(web, dm, "/mgAi.aspx?ID=8812") and "Staffordshire Police" in q
    )
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "protocol" not in _main(web, host, cctv)


def test_spoc_on_new_camera_request_page_and_step_2_sentence(web: Heldback222Web, truth: dict) -> None:
    host = "www.bcpcouncil.gov.uk"
    cctv = "/crime-and-anti-social-behaviour/cctv"
    req = f"{cctv}/requesting-a-new-surveillance-camera"
    assert f"http://{host}{req}" in _links(web, host, cctv)
    assert "single point of contact" not in _main(web, host, cctv)
    assert "<img" not in _html(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {req}
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "loan agreement" in _main(web, host, "/crime-and-anti-social-behaviour/north-bournemouth-mobile-camera")
    assert d["5.5"]["status"] == "not_met"


def test_welsh_twin_spoc_and_working_towards(web: Heldback222Web, truth: dict) -> None:
    host = "www.merthyr.gov.uk"
    team = "/resident/community-safety/town-centre-safety-team"
    cy = "/cy/preswylydd/diogelwch-cymunedol/tim-diogelwch-canol-y-dref"
    assert f"http://{host}{cy}" in _links(web, host, team)
    assert 'lang="cy"' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert "working towards" in _main(web, host, team) and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_1_only_in_annual_report_without_extension(web: Heldback222Web, truth: dict) -> None:
    host = "www.lichfielddc.gov.uk"
    report = "/downloads/file/3120/cctv-annual-report-2023-24"
    assert _no_extension(report) and "Step 1 (desktop)" in _text(web, host, report)
    assert "step 1" not in _main(web, host, "/community-safety/cctv-closed-circuit-television").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-09"
    assert d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]


def test_one_fact_councils_and_robots(web: Heldback222Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.rother.gov.uk", "operator", "/parking/car-parks/bexhill-town-centre-car-parks"),
        ("www.malvernhills.gov.uk", "other_systems", "/leisure/parks/priory-park"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert _auth(truth, "www.malvernhills.gov.uk")["heldback"]["robots_forbid_search"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback222Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"new.devon.gov.uk", "www.adur-worthing.gov.uk", "www.braintree.gov.uk"})
    assert "Sussex Police" in _main(
        web, "www.adur-worthing.gov.uk", "/news/worthing-to-upgrade-town-centre-and-seafront-cctv"
    )
    assert "Town Council" in _main(web, "www.braintree.gov.uk", "/community-safety/safer-streets-halstead")
