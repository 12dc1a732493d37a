"""The hundred-and-fifty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a SPOC only in the owner column of a policy register; a
SPOC and a lapsed police agreement only in an information governance annual report; a signed police agreement filed
only on a Part 3 law enforcement processing page, without extension; a SPOC named as chair of a community safety
partnership's CCTV group, with /EN/ and /CY/ twins; a SPOC and a signed protocol only as appendices on a CMIS host;
a signed police agreement only as an appendix of an annual report without extension; a deed of accession to a
neighbour's police agreement, countersigned by the police; cameras watched by a neighbour council's shared service
with the neighbour's manager as SPOC; signed agreements between councils that are not police agreements; an unsigned
customer contract template; a DPIA register row; one-fact councils; councils that publish nothing; robots.txt
forbidding the search).
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

from fixtures.heldback152.truth import TRUTH_PATH
from fixtures.heldback152.web import Heldback152Web


@pytest.fixture(scope="module")
def web() -> Heldback152Web:
    return Heldback152Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(evidence: list[dict]) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in evidence
    }


def test_fresh_councils_of_the_brief_mix(web: Heldback152Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 152)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 5, "partial": 3, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 3, "not_met": 8}), tally


def test_spoc_only_in_policy_register_owner_column(web: Heldback152Web, truth: dict) -> None:
    host = "www.brent.gov.uk"
    reg = "/council-and-democracy/policies-plans-and-strategies/policy-register/"
    cctv = "/your-community/crime-and-community-safety/cctv-in-brent/"
    html = _html(web, host, reg)
    assert '<th scope="col">Owner</th>' in html
    assert "<td>Head of Community Protection, designated single point of contact" in html
    assert "single point of contact" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {reg}
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"] and "<img" not in _main(web, host, cctv)
    policy = "/media/1487/surveillance-camera-policy-2024.docx"
    assert (_render(web, f"http://{host}{policy}").header("Content-Type") or "").startswith("application/vnd.openxml")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _paths(d["5.5"]["evidence"]) == {policy}
    assert "democracy.brent.gov.uk" in web.sites[host].hosts()


def test_spoc_and_lapsed_agreement_only_in_information_governance_report(web: Heldback152Web, truth: dict) -> None:
    host = "www.sheffield.gov.uk"
    report = "/sites/default/files/2024-10/information-governance-annual-report-2023-24.pdf"
    cctv = "/your-city-council/cctv-body-worn-video"
    assert _linking(web, host, f"http://{host}{report}") == {
        f"http://{host}/your-city-council/data-protection/information-governance"
    }
    main = _main(web, host, cctv)
    assert "single point of contact" not in main and "South Yorkshire Police" in main and "agreement" not in main
    assert "Data Protection Act 1998" in main
    text = _text(web, host, report)
    assert "single point of contact for surveillance camera systems" in text and "being renegotiated" in text
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.3"]["evidence"]) == {report} == _paths(d["5.5"]["evidence"])
    assert d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]


def test_signed_agreement_filed_on_law_enforcement_processing_page(web: Heldback152Web, truth: dict) -> None:
    host = "www.cheshirewestandchester.gov.uk"
    part3 = f"http://{host}/your-council/data-protection/law-enforcement-processing"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cheshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {part3}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of Cheshire West and Chester Council" in text and "Cheshire Constabulary" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.controlroom@")


def test_spoc_chairs_partnership_cctv_group_with_welsh_twins(web: Heldback152Web, truth: dict) -> None:
    host = "www.rctcbc.gov.uk"
    base = "/EN/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    struct = f"{base}/PartnershipStructure.aspx"
    assert "single point of contact" not in _main(web, host, f"{base}/CCTV/CCTV.aspx")
    assert "CCTV Strategic Group: chaired by the council's Community Safety Manager" in _main(web, host, struct)
    cy = "/CY/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership/CCTV/CCTV.aspx"
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.3"]["evidence"]) == {struct} and d["5.3"]["spoc"]["phone"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_and_signed_protocol_only_on_cmis_host(web: Heldback152Web, truth: dict) -> None:
    host, dem = "www.norwich.gov.uk", "cmis.norwich.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Norfolk" and urlsplit(doc["url"]).hostname == dem
    assert "/CMIS5/Document.ashx?" in doc["url"]
    meeting = (
        f"http://{dem}/CMIS5/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/5702/Committee/4/Default.aspx"
    )
    assert _linking(web, host, doc["url"]) == {meeting}
    assert "filename=" in (_render(web, doc["url"]).header("Content-Disposition") or "")
    assert {urlsplit(e["url"]).hostname for e in d["5.3"]["evidence"]} == {dem}
    assert not any(dem in u for u in d["5.1"]["pages"]) and not d["5.1"]["criteria"]["police_agreement"]
    assert not d["5.1"]["criteria"]["responsible_officer"]


def test_signed_agreement_only_as_annual_report_appendix(web: Heldback152Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    cctv = "/more/community-safety/cctv-in-west-lancashire.aspx"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{cctv}"}
    assert '<aside class="related"><h2>Related information</h2>' in _html(web, host, cctv)
    assert "Appendix 2: Information sharing agreement" in _text(web, host, urlsplit(doc["url"]).path)
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(web, host, cctv)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "not_met"


def test_deed_of_accession_countersigned_by_police(web: Heldback152Web, truth: dict) -> None:
    host = "www.preston.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _no_extension(doc["url"]) and "accession" in doc["title"]
    assert "Countersigned for and on behalf of Lancashire Constabulary" in _text(web, host, urlsplit(doc["url"]).path)
    isa = _text(web, host, "/downloads/file/1823/lancashire_cctv_hub_information_sharing_agreement.pdf")
    assert "Lancashire Constabulary" in isa and "Preston City Council" not in isa
    sla = _text(web, host, "/downloads/file/1822/cctv_monitoring_sla_blackburn_with_darwen.pdf")
    assert "Constabulary" not in sla and "Signed for and on behalf of Preston City Council" in sla
    assert not web.sites[host].az and d["5.3"]["status"] == "not_met"


def test_neighbour_shared_service_and_its_manager_as_spoc(web: Heldback152Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    main = _main(web, host, "/cctv")
    assert "Huntingdonshire District Council" in main
    assert "https://www.huntingdonshire.gov.uk/streets-parking-transport/cctv/" in _links(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and "huntingdonshire" in d["5.3"]["spoc"]["email"]
    ssa = _text(web, host, "/media/2876/cctv-shared-service-agreement.pdf")
    assert "Signed for and on behalf of Huntingdonshire District Council" in ssa and "Constabulary" not in ssa
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["statistics"]


def test_agreements_between_councils_are_not_police_agreements(web: Heldback152Web, truth: dict) -> None:
    ws = "www.westsuffolk.gov.uk"
    site = web.sites[ws]
    assert site.search is None and not site.az and '<main id="main">' not in _html(web, ws, "/")
    assert _auth(truth, ws)["oracle_fetches"] == 5
    sla = _text(web, ws, "/documents/cctv/sla-mid-suffolk-cctv-monitoring.pdf")
    assert "Mid Suffolk District Council" in sla and "Constabulary" not in sla
    assert _auth(truth, ws)["deliverables"]["5.5"]["status"] == "not_met"
    ch = "www.chesterfield.gov.uk"
    template = _text(web, ch, "/media/2281/cctv-monitoring-customer-agreement-template.docx")
    assert "..../..../20.." in template and "Constabulary" not in template
    assert "ISO 9001" in _main(web, ch, "/living-here/safer-communities/cctv-service")
    d = _auth(truth, ch)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    dpia = "/your-council/data-protection-and-privacy-notices/dpia-register"
    assert "<td>Town centre CCTV upgrade (Safer Streets)</td>" in _html(web, ch, dpia)
    assert f"http://{ch}{dpia}" in d["5.1"]["pages"]


def test_neighbour_handover_only_in_papers_and_one_fact_councils(web: Heldback152Web, truth: dict) -> None:
    dem = "tdcdemocracy.tendringdc.gov.uk"
    assert "Colchester Amphora Trading Limited" in _main(web, dem, "/mgAi.aspx?ID=30417")
    gos = _main(web, "democracy.gosport.gov.uk", "/mgAi.aspx?ID=2531")
    assert "Fareham Borough Council left the joint CCTV partnership" in gos
    for host, crit, path in (
        ("www.tendringdc.gov.uk", "cameras", "/leisure/leisure-centres/clacton-leisure-centre"),
        ("exeter.gov.uk", "operator", "/communities-and-neighbourhoods/community-safety/safety-of-women-at-night"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "more than 200 cameras" in _text(web, "exeter.gov.uk", "/media/5512/safer-exeter-newsletter-may-2023.pdf")


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.sheffield.gov.uk", "www.worcestershire.gov.uk", "www.gosport.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback152Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.worcestershire.gov.uk", "www.gosport.gov.uk", "www.erewash.gov.uk"})
    assert "does not own or operate public space CCTV" in _main(
        web, "www.worcestershire.gov.uk", "/foi/disclosure-log/public-space-cctv"
    )
    assert web.sites["www.erewash.gov.uk"].search is None
