"""The hundred and seventy-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Emphasis: committee papers and democracy hosts. Checks: the councils are fresh (none in the fifteen sets before);
the labelling rules hold with the intended tallies; and the structures the set is built from are really served (a
signed police agreement only as moderngov's bare HTML conversion of a Cabinet appendix; a SPOC recommendation withdrawn
in the minutes; an options appraisal floating step 1 and a first police agreement; exempt appendices; a Police and
Crime Panel's papers about other bodies' memorandum; a draft annual report in scrutiny papers beside the final one on
the site; a draft police agreement recommended to Cabinet and deferred; a decision called in and withdrawn; an
officer decision with a contractor's service level agreement; a joint executive's papers; a moderngov under
/moderngov/ on a service. host; a revised draft agreement in a committee-system council's papers beside the signed
one; a step 2 claim only in a certification letter and inside a closed <details>; step 1 only in an annual report; a
self-assessment that is not certification; a SPOC role with no contact route; a Welsh twin reached only by its
language link; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
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

from fixtures.heldback177.truth import TRUTH_PATH
from fixtures.heldback177.web import Heldback177Web


@pytest.fixture(scope="module")
def web() -> Heldback177Web:
    return Heldback177Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_fresh_councils(web: Heldback177Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 177)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 3, "partial": 6, "not_met": 6}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_agreement_only_as_bare_html_conversion_and_spoc_recommendation_withdrawn(
    web: Heldback177Web, truth: dict
) -> None:
    host, dem = "www.lbhf.gov.uk", "democracy.lbhf.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert urlsplit(doc["url"]).hostname == dem and doc["url"].endswith(".html?CT=2")
    item = f"http://{dem}/mgAi.aspx?ID=51822"
    assert _linking(web, host, doc["url"]) == {item}
    bare = _html(web, dem, _path(doc["url"]))
    assert "<main" not in bare and "<a " not in bare and "Signed on behalf of the Metropolitan Police Service" in bare
    assert "single point of contact" in _text(web, dem, "/documents/s118240/CCTV_governance_Cabinet_report.pdf")
    assert "Recommendation 4 was withdrawn" in _main(web, dem, "/mgAi.aspx?ID=51822")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.control@")
    assert "BS 7958" in _main(web, host, "/crime/cctv") and d["5.2"]["status"] == "not_met"
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])


def test_step_2_only_in_a_certification_letter_beside_a_mark_and_off_domain_papers(
    web: Heldback177Web, truth: dict
) -> None:
    host = "www.sandwell.gov.uk"
    pg = "/info/200274/community_safety/2536/cctv_in_sandwell"
    letter = "/downloads/file/3318/cctv_certification_letter"
    assert "step 2" not in _main(web, host, pg).lower() and "step 2" in _text(web, host, letter)
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, pg)
    assert (_render(web, f"http://{host}{letter}").header("Content-Disposition") or "").startswith("attachment")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert "service agreement with the BID" in _text(web, host, "/downloads/file/2207/cctv_general_code_of_practice")
    assert d["5.5"]["status"] == "not_met"
    dem = web.sites[host].democracy
    assert (
        dem
        and not dem.endswith("sandwell.gov.uk")
        and f"http://{dem}/" in _links(web, host, "/info/200280/council_and_democracy/1102/meetings_and_minutes")
    )


def test_options_appraisal_and_exempt_appendices_are_neither_certification_nor_agreement(
    web: Heldback177Web, truth: dict
) -> None:
    host, dem = "www.rbwm.gov.uk", "rbwm.moderngov.co.uk"
    text = _text(web, dem, "/documents/s44120/CCTV_and_control_room_options.pdf")
    assert "Option C: apply for third-party certification" in text and "no such agreement today" in text
    item = _main(web, dem, "/mgAi.aspx?ID=31904")
    assert "are exempt and were not published" in item
    assert all("Appendix" not in t for t in _links(web, dem, "/mgAi.aspx?ID=31904"))
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    notice = f"http://{host}/council-and-democracy/data-protection/privacy-notices/privacy-notice-rbwm-cctv"
    assert notice in d["5.1"]["pages"] and d["5.1"]["status"] == "met"


def test_spoc_role_without_contact_and_panel_papers_about_other_bodies(web: Heldback177Web, truth: dict) -> None:
    host, dem = "www.surreycc.gov.uk", "mycouncil.surreycc.gov.uk"
    pg = "/council-and-democracy/your-privacy/data-protection/surveillance-camera-data-governance-policy"
    html = _html(web, host, pg)
    assert "Single Point of Contact (SPOC)" in html and "mailto:" not in html and not web.sites[host].az
    d = _auth(truth, host)["deliverables"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and not spoc["email"] and not spoc["phone"]
    memo = _text(web, dem, "/documents/s98110/PCC_community_safety_fund_CCTV.pdf")
    assert "memorandum of understanding between Surrey Police and the eleven borough" in memo
    assert d["5.5"]["status"] == "not_met"


def test_welsh_twin_only_by_language_link_and_draft_report_in_scrutiny_papers(web: Heldback177Web, truth: dict) -> None:
    host, dem = "www.blaenau-gwent.gov.uk", "democracy.blaenau-gwent.gov.uk"
    pg = f"http://{host}/en/resident/community-safety/public-space-cctv"
    cy = f"http://{host}/cy/preswylydd/diogelwch-cymunedol/teledu-cylch-cyfyng-mannau-cyhoeddus"
    assert _linking(web, host, cy) == {pg}
    assert '<html lang="cy">' in _html(web, host, _path(cy))
    d = _auth(truth, host)["deliverables"]
    assert (
        cy in d["5.1"]["pages"]
        and f"http://{host}/media/4417/cctv-annual-monitoring-report-2023-24.pdf" in d["5.1"]["pages"]
    )
    assert _text(web, dem, "/documents/s27811/CCTV_annual_monitoring_report_draft.pdf").lstrip().startswith("DRAFT")
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])
    assert "published on the council's website" in _main(web, dem, "/mgAi.aspx?ID=22671")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]


def test_legacy_cfm_step_2_inside_details_and_officer_decision_with_contractor_sla(
    web: Heldback177Web, truth: dict
) -> None:
    host, dem = "www.stratford.gov.uk", "democracy.stratford.gov.uk"
    html = _html(web, host, "/community-safety/cctv.cfm")
    assert "<main" not in html
    inside = html.split("<details>", 1)[1].split("</details>", 1)[0]
    assert "full step 2 certification" in inside and html.count("step 2") == 1
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    dec = _text(web, dem, "/ieDecisionDetails.aspx?ID=4471")
    assert "service level agreement between the council and the contractor" in dec
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_draft_agreement_recommended_to_cabinet_and_deferred(web: Heldback177Web, truth: dict) -> None:
    host, dem = "www.middevon.gov.uk", "democracy.middevon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and urlsplit(doc["url"]).hostname == dem
    text = _text(web, dem, _path(doc["url"]))
    assert "NOT YET AGREED" in text and "Signed for Devon and Cornwall Police: ......" in text
    assert "RECOMMENDS to Cabinet" in _main(web, dem, "/mgAi.aspx?ID=9921")
    assert "deferred" in _main(web, dem, "/mgAi.aspx?ID=9990")
    assert d["5.1"]["status"] == "partial" and d["5.1"]["pages"] == [
        f"http://{host}/contact-us/visiting-phoenix-house/"
    ]


def test_self_assessment_is_not_certification_and_spoc_on_footage_page(web: Heldback177Web, truth: dict) -> None:
    host, dem = "www.northdevon.gov.uk", "democracy.northdevon.gov.uk"
    assert "completed the Self-Assessment Tool" in _main(web, host, "/community-safety-and-emergencies/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/community-safety-and-emergencies/cctv/access-to-cctv-information"
    }
    assert "Restricted enclosures 2 to 6 were not published" in _main(web, dem, "/mgAi.aspx?ID=19046")
    assert "agreement between the two councils" in _main(
        web, host, "/community-safety-and-emergencies/cctv/south-molton"
    )
    assert d["5.5"]["status"] == "not_met"


def test_isa_mention_only_in_code_and_spoc_on_footage_subpage(web: Heldback177Web, truth: dict) -> None:
    host = "www.broxtowe.gov.uk"
    pg = "/for-you/crime-safety-emergencies/cctv-surveillance-systems/"
    assert "Nottinghamshire Police" not in _main(web, host, pg)
    assert "information sharing agreement" in _text(
        web, host, "/media/4822/public-space-surveillance-code-of-practice.pdf"
    )
    assert "single point of contact" in _main(web, host, f"{pg}requesting-surveillance-footage/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_signatories_table_step_1_in_report_no_contact_and_called_in_decision(web: Heldback177Web, truth: dict) -> None:
    host, dem = "www.tunbridgewells.gov.uk", "democracy.tunbridgewells.gov.uk"
    pg = "/community/community-safety/cctv"
    main = _main(web, host, pg)
    assert "step 1" not in main and "mailto:" not in _html(web, host, pg)
    assert "step 1 (desktop) certification" in _text(
        web, host, "/__data/assets/pdf_file/0009/412218/CCTV-Annual-Report-2024.pdf"
    )
    prot = _text(web, host, "/__data/assets/pdf_file/0010/412219/CCTV-protocol-Kent-Police-2024.pdf")
    assert "Organisation | Name | Position | Signature | Date" in prot and "Kent Police | Supt" in prot
    assert "Decision status: Called in." in _main(web, dem, "/ieDecisionDetails.aspx?ID=2871")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "met"


def test_joint_executive_papers_and_one_fact(web: Heldback177Web, truth: dict) -> None:
    host, dem = "www.north-herts.gov.uk", "democracy.north-herts.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert [k for k, v in d51["criteria"].items() if v] == ["subject_access"]
    assert "Hertfordshire CCTV Partnership" not in _main(web, host, "/data-protection/cctv-footage-requests")
    assert "Stevenage" in _text(web, dem, "/documents/s23011/Annual_Operations_Report_2023-24.pdf")


def test_signed_word_agreement_beside_revised_draft_in_committee_papers(web: Heldback177Web, truth: dict) -> None:
    host, dem = "www.west-lindsey.gov.uk", "minutes.west-lindsey.gov.uk"
    d = _auth(truth, host)["deliverables"]
    signed, draft = d["5.5"]["documents"]
    assert signed["signed"] and urlsplit(signed["url"]).hostname == host and draft["draft"]
    assert urlsplit(draft["url"]).hostname == dem
    ctype = _render(web, signed["url"]).header("Content-Type") or ""
    assert ctype.startswith("application/vnd.openxmlformats")
    assert "Lincolnshire Police - signed:" in _text(web, host, urlsplit(signed["url"]).path)
    assert "____" in _text(web, dem, _path(draft["url"]))
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == "not_met"


def test_moderngov_under_a_path_on_a_service_host(web: Heldback177Web) -> None:
    site = web.sites["www.folkestone-hythe.gov.uk"]
    assert site.democracy == "service.folkestone-hythe.gov.uk"
    links = _links(web, site.democracy, "/moderngov/")
    assert "http://service.folkestone-hythe.gov.uk/moderngov/mgListCommittees.aspx" in links
    assert "operate no public space cameras" in _text(
        web, site.democracy, "/moderngov/documents/s50213/Transfer_of_town_centre_CCTV.pdf"
    )


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback177Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.southhams.gov.uk", "www.folkestone-hythe.gov.uk", "www.adur-worthing.gov.uk"}
    )
    assert "deferred a decision" in _main(web, "democracy.adur-worthing.gov.uk", "/mgAi.aspx?ID=11806")
