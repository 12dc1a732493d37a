"""The 264th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the governance structures the set is built from are really served: a SPOC only as a row of the constitution's
proper officer designations beside the RIPA SRO, SIRO and DPO; a SPOC only in Part B of a covert-and-overt
surveillance policy linked from nothing but the RIPA page, which also says there is no written police agreement; a
three-party section 22A collaboration agreement beside an unrelated section 22A agreement; one page holding Welsh and
English columns side by side with a step 2 claim in both; a SPOC in the remit column of a two-council management
structure table and a protocol mentioned only in a half-yearly report; a step 1 claim only in the Data Protection
Officer's annual report and a draft working protocol with dotted signature lines; a step 2 claim only in the evidence
table of a Local Code of Corporate Governance; a signed release protocol only as section 5.6 of the constitution's
Part 5 PDF; a SPOC only in the senior salaries transparency table and a signed database access agreement; one-fact
councils whose fact sits in an Executive Member's portfolio, a fees and charges row and a RIPA page; and councils that
publish nothing but carry look-alikes.
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

from fixtures.heldback264.truth import TRUTH_PATH
from fixtures.heldback264.web import Heldback264Web


@pytest.fixture(scope="module")
def web() -> Heldback264Web:
    return Heldback264Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(items: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in items}


def test_fresh_councils(web: Heldback264Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 264)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_only_in_proper_officer_designations(web: Heldback264Web, truth: dict) -> None:
    host = "www.towerhamlets.gov.uk"
    proper = "/council-and-democracy/constitution/part-3-responsibility-for-functions/proper-officers"
    html = _html(web, host, proper)
    assert '<th scope="col">Designated officer</th><th scope="col">How to contact</th>' in html
    row = html.split("Single point of contact for surveillance camera systems", 1)[1].split("</tr>", 1)[0]
    assert "camera.spoc@towerhamlets.example.gov.uk" in row
    for near in (
        "Senior Responsible Officer for covert surveillance",
        "Senior Information Risk Owner",
        "Data Protection Officer",
    ):
        assert near in html, near
    assert _linking(web, host, f"http://{host}{proper}") == {
        f"http://{host}/council-and-democracy/constitution/part-3-responsibility-for-functions"
    }
    cctv = "/lgnl/community_and_living/community_safety__crime_preve/cctv/CCTV.aspx"
    assert "single point of contact" not in _main(web, host, cctv).lower()
    assert f"http://{host}{proper}" not in _links(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {proper}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_in_part_b_of_policy_linked_only_from_ripa_page(web: Heldback264Web, truth: dict) -> None:
    host = "www.southtyneside.gov.uk"
    pol = "/media/9921/Surveillance-Policy-2024.pdf"
    ripa = f"http://{host}/article/2005/Regulation-of-Investigatory-Powers-Act-RIPA"
    assert _linking(web, host, f"http://{host}{pol}") == {ripa}
    text = _text(web, host, pol)
    part_a, part_b = text.split("Part B - Overt surveillance camera systems")
    assert "Part A - Covert surveillance under RIPA" in part_a and "Senior Responsible Officer" in part_a
    assert "single point of contact for surveillance camera systems" in part_b
    assert "There is no written agreement with Northumbria Police at present" in part_b
    for art in ("/article/35110/CCTV", "/article/35111/Why-have-CCTV-", "/article/35113/Asking-for-CCTV-footage"):
        assert f"http://{host}{pol}" not in _links(web, host, art)
    d = _auth(truth, host)
    assert d["deliverables"]["5.3"]["status"] == "met" and _paths(d["deliverables"]["5.3"]["evidence"]) == {pol}
    assert d["deliverables"]["5.5"]["status"] == "not_met" and d["heldback"]["robots_forbid_search"]


def test_three_party_section_22a_agreement_beside_unrelated_22a(web: Heldback264Web, truth: dict) -> None:
    host = "www.northlincs.gov.uk"
    pg = "/your-council/about-your-council/information-and-performance/information-governance/cctv/"
    assert "section 22A of the Police Act 1996" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Humberside"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    for signer in (
        "Signed for North Lincolnshire Council",
        "Signed for the Chief Constable of Humberside Police",
        "Signed by the Police and Crime Commissioner for Humberside",
    ):
        assert signer in text, signer
    other = "/media/6190/section-22a-agreement-community-safety-analysts.pdf"
    assert "Section 22A" in _text(web, host, other) and f"http://{host}{other}" in _links(
        web, host, "/your-council/about-your-council/partnerships/"
    )
    assert all(urlsplit(e["url"]).path != other for e in d["5.5"]["evidence"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.")


def test_welsh_and_english_side_by_side_with_step_2_in_both(web: Heldback264Web, truth: dict) -> None:
    host = "www.conwy.gov.uk"
    pg = "/en/Resident/Community-Safety/CCTV-Teledu-Cylch-Cyfyng.aspx"
    html = _html(web, host, pg)
    assert '<div class="col col-cy" lang="cy">' in html and '<div class="col col-en" lang="en">' in html
    cy_col = html.split('<div class="col col-cy" lang="cy">', 1)[1].split('<div class="col col-en"', 1)[0]
    assert "ardystiad cam 2" in cy_col and "step 2" not in cy_col
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in html
    assert f"http://{host}{pg}" in _links(web, host, "/en/Resident/Community-Safety")
    assert f"http://{host}{pg}" in _links(web, host, "/cy/Preswylydd/Diogelwch-Cymunedol")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert d["5.5"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_spoc_in_management_structure_remit_and_protocol_only_in_report(web: Heldback264Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    struct = "/about-us/senior-management-structure"
    html = _html(web, host, struct)
    assert '<th scope="col">Remit</th><th scope="col">Contact</th>' in html
    assert "Vale of White Horse" in _main(web, host, struct)
    reports = _links(web, host, "/community-safety/cctv/cctv-reports")
    pdfs = [u for u in reports if u.endswith(".pdf")]
    assert len(pdfs) == 2
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {struct}
    (ev,) = d["5.5"]["evidence"]
    assert ev["url"] in pdfs and "protocol" not in _main(web, host, "/community-safety/cctv").lower()
    assert d["5.1"]["criteria"]["statistics"] and d["5.5"]["status"] == "partial"


def test_step_1_only_in_dpo_annual_report_and_draft_protocol(web: Heldback264Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    assert "step" not in _main(web, host, "/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    (ev,) = d["5.2"]["evidence"]
    assert "Data Protection Officer" in _text(web, host, urlsplit(ev["url"]).path)
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    proto = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT - not for signature" in proto and "20__" in proto
    assert "Safer Parking Award" in _main(web, host, "/parking/safer-parking")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("community@")


def test_step_2_only_in_local_code_of_corporate_governance(web: Heldback264Web, truth: dict) -> None:
    host = "www.ambervalley.gov.uk"
    assert "certification" not in _main(web, host, "/community-and-living/community-safety/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    path = urlsplit(ev["url"]).path
    assert _linking(web, host, ev["url"]) == {
        f"http://{host}/council-and-democracy/governance/local-code-of-corporate-governance"
    }
    assert "Principle F" in _text(web, host, path) and "step 2 certification" in _text(web, host, path)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_signed_protocol_only_in_constitution_part_5(web: Heldback264Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Staffordshire" and "." not in urlsplit(doc["url"]).path.rsplit("/", 1)[-1]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/constitution"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    for sec in (
        "5.1 Members' Code of Conduct",
        "5.4 Protocol for the Strategic Alliance",
        "5.6 Protocol for the Release of CCTV Images",
    ):
        assert sec in text, sec
    assert "Signed for Staffordshire Police" in text.split("5.6 Protocol", 1)[1]
    assert doc["url"] not in _links(web, host, "/article/2741/CCTV")
    assert "filename=" in (_render(web, doc["url"]).header("Content-Disposition") or "")
    assert d["5.1"]["criteria"]["police_agreement"] and d["5.3"]["status"] == "partial"


def test_spoc_in_senior_salaries_and_signed_database_access_agreement(web: Heldback264Web, truth: dict) -> None:
    host = "www.threerivers.gov.uk"
    sal = "/services/council-information/transparency/senior-salaries"
    html = _html(web, host, sal)
    assert '<th scope="col">Salary band</th><th scope="col">Responsibilities</th>' in html
    assert "RIPA Senior Responsible Officer" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {sal}
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Community Crime Database" in text and "Signed on behalf of Hertfordshire Constabulary" in text
    assert doc["signed"] and doc["date"] == "2025-02-05"
    assert "moderngov.threerivers.gov.uk" in web.sites[host].hosts()
    assert not any("moderngov" in u for u in d["5.1"]["pages"])


def test_one_fact_councils(web: Heldback264Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.westoxon.gov.uk", "operator", "/council-and-democracy/the-executive"),
        ("www.sholland.gov.uk", "operator", "/council/finance/fees-and-charges-2025-26"),
        ("www.torridge.gov.uk", "signage", "/council-and-democracy/regulation-of-investigatory-powers"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert '<th scope="col">Portfolio</th>' in _html(web, "www.westoxon.gov.uk", "/council-and-democracy/the-executive")
    assert '<main id="main">' not in _html(web, "www.sholland.gov.uk", "/council/finance/fees-and-charges-2025-26")
    assert "Investigatory Powers Commissioner" in _html(
        web, "www.torridge.gov.uk", "/council-and-democracy/regulation-of-investigatory-powers"
    )
    assert _auth(truth, "www.westoxon.gov.uk")["heldback"]["robots_forbid_search"]


def test_executive_decision_only_on_meetings_host(web: Heldback264Web) -> None:
    r = _render(web, "http://meetings.westoxon.gov.uk/mgAi.aspx?ID=3912")
    assert r.status == 200 and b"63 cameras" in r.body


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback264Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"new.devon.gov.uk", "www.midsuffolk.gov.uk", "www.easthants.gov.uk"})
    foi = "/accesstoinformation/archives/information_request/cctv-and-community-safety-contacts"
    assert "highways operations control centre" in _main(web, "new.devon.gov.uk", foi)
    assert "Babergh CCTV scheme" in _main(
        web, "www.midsuffolk.gov.uk", "/council-and-democracy/constitution/joint-scheme-of-delegation"
    )
    assert "Approved by magistrates" in _html(
        web, "www.easthants.gov.uk", "/your-council/regulation-of-investigatory-powers-act"
    )
