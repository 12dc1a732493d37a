"""The hundred-and-seventieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Emphasis: how councils name (or fail to name) a surveillance camera single point of contact. Checks: the councils are
fresh register rows of the brief's mix; the labelling rules hold with the intended tallies; and the structures are
really served (a SPOC whose address is only in a mailto link, beside a RIPA SRO; a senior responsible officer for
surveillance cameras in a team's roles list as the only own fact; an acting SPOC only in an update banner; a SPOC role
'being reassigned' with a cctv@ mailbox; a SPOC named with no contact route; a SPOC only on a report-a-fault page; a
neighbour's control-centre SPOC beside the council's team mailbox; the council's own SPOC beside a neighbour's
certified control centre; a system manager in a code's Appendix A; a SPOC only proposed in a deferred Cabinet report;
a SPOC for police data requests, DPOs and RIPA SROs as near-misses; step 2 in a certification-year table, in a
key-facts list and in a business monitoring pitch; an electronically signed MoU, a signatories schedule and a
protocol signed in an HTML table; a certificate of agreement mentioned but absent; a Welsh twin; councils that
publish nothing).
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

from fixtures.heldback170.truth import TRUTH_PATH
from fixtures.heldback170.web import Heldback170Web


@pytest.fixture(scope="module")
def web() -> Heldback170Web:
    return Heldback170Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(evidence: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in evidence}


def test_fresh_councils(web: Heldback170Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 170)


def test_labelling_rules_and_tallies(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 5, "partial": 6, "not_met": 4}, tally
    assert tally["5.5"] == {"met": 3, "partial": 5, "not_met": 7}, tally


def test_spoc_address_only_in_mailto_beside_ripa_sro_and_step_2_table_row(web: Heldback170Web, truth: dict) -> None:
    host = "www.islington.gov.uk"
    gov = "/policing-safety/crime/cctv/governance"
    main, html = _main(web, host, gov), _html(web, host, gov)
    assert "Senior Responsible Officer under the Regulation of Investigatory Powers Act" in main
    assert "surveillance.spoc@" not in main and 'href="mailto:surveillance.spoc@islington.example.gov.uk"' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("surveillance.spoc@")
    cert = "/policing-safety/crime/cctv/complaints-and-certification"
    assert "<td>Step 2 full certification awarded April 2016" in _html(web, host, cert) and "<img" not in _html(
        web, host, cert
    )
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2016-04" and not d["5.2"]["mark_displayed"]


def test_sro_in_team_roles_is_the_only_own_fact(web: Heldback170Web, truth: dict) -> None:
    host = "www.knowsley.gov.uk"
    team = "/community-safety/crime-and-communities-team"
    assert '<ul class="team-roles">' in _html(web, host, team)
    assert "Senior Responsible Officer for the council's surveillance camera systems" in _main(web, host, team)
    assert "850 cameras" in _main(web, host, "/news/investing-in-your-safety")
    d = _auth(truth, host)["deliverables"]
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["responsible_officer"]
    assert d["5.1"]["status"] == "partial" and d["5.3"]["status"] == "met"
    assert not any("/news/" in u for u in d["5.1"]["pages"])


def test_acting_spoc_only_in_banner_and_electronically_signed_mou(web: Heldback170Web, truth: dict) -> None:
    host = "www.torbay.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    banner = html.split('<div class="notice-banner" role="status">', 1)[1].split("</div>", 1)[0]
    assert "single point of contact" in banner and "single point of contact" not in html.replace(banner, "")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Devon & Cornwall" and doc["date"] == "2024-03-19"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.count("Electronically signed for and on behalf of") == 2
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv/working-with-the-police"}


def test_welsh_twin_and_spoc_only_proposed_in_deferred_cabinet_report(web: Heldback170Web, truth: dict) -> None:
    host, dem = "www.bridgend.gov.uk", "democratic.bridgend.gov.uk"
    en = "/my-council/customer-services/cctv-and-after-hours-customer-service"
    cy = "/cy/fy-nghyngor/gwasanaethau-cwsmeriaid/teledu-cylch-cyfyng-a-gwasanaeth-y-tu-allan-i-oriau"
    assert f"http://{host}{cy}" in _links(web, host, en) and '<html lang="cy">' in _html(web, host, cy)
    report = "/documents/s31877/Surveillance-camera-governance-report.pdf"
    assert "It is recommended that Cabinet designates" in _text(web, dem, report)
    assert "No designation was made." in _main(web, dem, "/mgAi.aspx?ID=20417")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert not any(dem in e["url"] for k in d for e in d[k]["evidence"])
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.5"]["status"] == "partial"


def test_step_2_in_key_facts_spoc_being_reassigned_and_dpo(web: Heldback170Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert "<dd>third-party certified at step 2 (full certification), awarded 2019</dd>" in html
    assert "single point of contact for surveillance cameras is being reassigned" in _main(
        web, host, "/community-safety/cctv"
    )
    assert "Data Protection Officer" in _main(web, host, "/budgets-and-transparency/ask-see-cctv-footage-we-hold")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["awarded"] == "2019" and d["5.3"]["status"] == "partial"
    assert d["5.3"]["spoc"]["email"] == "cctv@canterbury.example.gov.uk"


def test_spoc_named_without_contact_and_code_without_extension(web: Heldback170Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    html = _html(web, host, "/cctv/cctv-wyre")
    gov = html.split("<h2>Governance</h2>", 1)[1].split("</main>", 1)[0]
    assert "single point of contact" in gov and "mailto:" not in gov and "tel:" not in gov and "@" not in gov
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    r = _render(web, f"http://{host}/downloads/file/1420/cctv-code-of-practice")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "service level agreement between the two councils" in _main(web, host, "/cctv/monitoring-for-fylde")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_on_fault_page_signatories_schedule_and_lay_inspectors(web: Heldback170Web, truth: dict) -> None:
    host = "www.stevenage.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.3"]["evidence"]) == {"/community-safety/cctv/report-a-fault"}
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv")
    sched = _html(web, host, "/community-safety/cctv/code-of-practice-signatories")
    assert "<td>Hertfordshire Constabulary</td>" in sched and "<td>Stevenage Borough Council</td>" in sched
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire" and doc["date"] == "2024-06-11"
    report = _text(web, host, "/documents/community-safety/cctv-annual-operations-report-2023-24.pdf")
    assert "Lay inspectors" in report and "certif" not in report.lower() and d["5.2"]["status"] == "not_met"
    assert "democracy.stevenage.gov.uk" in web.sites[host].hosts()


def test_one_fact_council_with_dpo_and_ripa_sro_only(web: Heldback170Web, truth: dict) -> None:
    host = "www.gloucester.gov.uk"
    assert web.sites[host].search is None
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}/business/city-centre/kings-square"]
    assert "Data Protection Officer" in _main(web, host, "/council/data-protection")
    assert "Senior Responsible Officer for RIPA" in _main(web, host, "/council/ripa")
    assert d["5.3"]["status"] == "not_met"


def test_stale_page_step_2_in_business_pitch_and_html_signed_protocol(web: Heldback170Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    main = _main(web, host, "/CCTV")
    assert "£10 fee" in main and "certification" not in main and "Page last updated: 17 August 2015" in main
    assert "(step 2) in 2017" in _main(web, host, "/CCTV/keeping-your-business-safe")
    proto = _html(web, host, "/CCTV/protocol-with-nottinghamshire-police")
    assert "<td>Signed for and on behalf of Nottinghamshire Police</td>" in proto
    assert "<td>Signed for and on behalf of Mansfield District Council</td>" in proto
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "met"


def test_neighbour_control_centre_spoc_is_not_the_councils(web: Heldback170Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    pg = "/home/other-services/community-protection/safer-maidstone/cctv"
    main = _main(web, host, pg)
    assert "Medway's CCTV operations manager is the single point of contact for the control centre" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("communityprotection@")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_own_spoc_beside_neighbours_certified_centre(web: Heldback170Web, truth: dict) -> None:
    host = "www.hart.gov.uk"
    who = "/community-safety/cctv-cameras/who-runs-our-cameras"
    assert "independently certified" in _main(web, host, who)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {who}


def test_certificate_mentioned_but_absent_and_appendix_without_spoc(web: Heldback170Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    art = _main(web, host, "/article/1764/CCTV")
    assert "certificate that precedes it" in art and "Signed" not in art and "signature" not in art.lower()
    appx = _main(web, host, "/article/1764/CCTV/2")
    assert "System Manager" in appx and "single point of contact" not in appx.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.3"]["status"] == "partial"


def test_councils_that_publish_nothing_still_carry_near_misses(web: Heldback170Web, truth: dict) -> None:
    nothing = {"www.staffordshire.gov.uk", "www.cheltenham.gov.uk", "www.hastings.gov.uk"}
    assert_publish_nothing(web, truth, nothing)
    staffs = _main(web, "www.staffordshire.gov.uk", "/your-council/police-requests-for-information")
    assert "single point of contact for requests from the police" in staffs
    for host in ("www.staffordshire.gov.uk", "www.hastings.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert '<main id="main">' not in _html(web, "www.hastings.gov.uk", "/")
    assert "Senior responsible owner for the upgrade project" in _text(
        web, "democracy.cheltenham.gov.uk", "/documents/s41872/Review-of-public-realm-CCTV.pdf"
    )
