"""The 267th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows; the labelling rules hold with the intended tallies; and the structures
the set is built from are really served (a signed police agreement with redacted signatures only as a scrutiny
appendix on a democracy host; a step 2 claim only in a statistics table's caption on an .aspx page; a SPOC only on
a body-worn video page; an ISA mention in a privacy notice served without extension; an agreement named in Cabinet
papers whose appendix link opens an exempt notice page; committee papers in a county's own DotNetNuke-style system;
Welsh twins at Welsh slugs without a language prefix; one fact on a review page and on a regeneration page; a stale
page with a protocol mention; a signed police protocol only on a shared-services page beside the councils' SLA, on a
legacy layout; an audit committee paper; a neighbour's certificate on the council's page; a SPOC only in a Word code;
a signed MoU linked only from the police entry of a partnership's partner list; a signed agreement behind a document
library's detail page; an ISA mention only in scrutiny minutes; CCTV on a business page beside the BID; a
self-assessment with certification only 'worked towards'; robots.txt forbidding the search; and councils that
publish nothing but carry look-alikes).
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback267.truth import TRUTH_PATH
from fixtures.heldback267.web import Heldback267Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback267Web:
    return Heldback267Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _d(truth: dict, host: str) -> dict:
    return _auth(truth, host)["deliverables"]


def test_fresh_councils(web: Heldback267Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 267)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 4, "partial": 6, "not_met": 5}, tally
    assert tally["5.5"] == {"met": 4, "partial": 5, "not_met": 6}, tally


def test_redacted_signatures_in_a_scrutiny_appendix(web: Heldback267Web, truth: dict) -> None:
    host, dem = "www.croydon.gov.uk", "democracy.croydon.gov.uk"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=61244"}
    text = _text(web, dem, urlsplit(doc["url"]).path)
    assert (
        text.count("Signature: [redacted]") == 2
        and "Signed for and on behalf of the Metropolitan Police Service" in text
    )
    cctv = "/community-and-safety/safety/crime-and-antisocial-behaviour/cctv"
    assert "agreement" not in _main(web, host, cctv).lower() and not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.team@")


def test_step_2_only_in_a_table_caption_and_spoc_on_the_body_worn_video_page(web: Heldback267Web, truth: dict) -> None:
    host = "www.wigan.gov.uk"
    cctv = "/Resident/Crime-Emergencies/Closed-Circuit-Television.aspx"
    html = _html(web, host, cctv)
    caption = html.split("<caption>", 1)[1].split("</caption>", 1)[0]
    assert "step 2" in caption and html.count("step 2") == 1
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    bwv = "/Resident/Crime-Emergencies/Closed-Circuit-Television/Body-Worn-Video.aspx"
    assert "single point of contact" in _main(web, host, bwv) and "single point of contact" not in _main(
        web, host, cctv
    )
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {bwv}
    notice = f"http://{host}/Docs/Resident/Crime-Emergencies/CCTV-and-BWV-privacy-notice"
    r = _render(web, notice)
    assert r.header("Content-Type") == DOCX and "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {e["url"] for e in d["5.5"]["evidence"]} == {notice}


def test_agreement_named_in_cabinet_papers_but_its_appendix_is_an_exempt_notice(
    web: Heldback267Web, truth: dict
) -> None:
    host, dem = "www.durham.gov.uk", "democracy.durham.gov.uk"
    item = _html(web, dem, "/mgAi.aspx?ID=52210")
    assert "Appendix 3: information sharing agreement with Durham Constabulary" in item
    exempt = _render(web, f"http://{dem}/documents/s191046/Appendix_3_exempt")
    assert "text/html" in (exempt.header("Content-Type") or "") and b"This document is exempt." in exempt.body
    assert "signed an information sharing agreement" in _text(web, dem, "/documents/s191044/CCTV_review_report.pdf")
    d = _d(truth, host)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.2"]["level"] == "step1" and d["5.3"]["status"] == "met"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_county_committee_system_and_councils_that_publish_nothing(web: Heldback267Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.nottinghamshire.gov.uk", "www.ceredigion.gov.uk", "www.maldon.gov.uk"})
    host = "www.nottinghamshire.gov.uk"
    dms = "/dms/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/7214/Committee/2254/Default.aspx"
    assert "Safer Streets round 5 update" in _main(web, host, dms)
    paper = "/dms/Portals/0/Documents/Meetings/2024-07-11/Safer-Streets-round-5-update.pdf"
    assert "does not own or operate public space CCTV" in _text(web, host, paper)
    assert "Audit Committee" in _html(web, "democracy.maldon.gov.uk", "/mgCommitteeDetails.aspx?ID=145")


def test_welsh_twins_at_welsh_slugs(web: Heldback267Web) -> None:
    host = "www.ceredigion.gov.uk"
    en = "/resident/community-safety/cctv-in-our-towns"
    cy = "/hafan/diogelwch-cymunedol/teledu-cylch-cyfyng-yn-ein-trefi"
    assert not cy.startswith("/cy") and '<html lang="cy">' in _html(web, host, cy)
    assert _linking(web, host, f"http://{host}{cy}") >= {f"http://{host}{en}"}
    assert "Dyfed-Powys Police" in _main(web, host, en)


def test_one_fact_councils(truth: dict) -> None:
    for host, path in (
        ("www.molevalley.gov.uk", "/crime-safety-emergencies/cctv-review"),
        ("www.harlow.gov.uk", "/regeneration/old-harlow-market-street"),
    ):
        d51 = _d(truth, host)["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    (ev,) = _d(truth, "www.harlow.gov.uk")["5.5"]["evidence"]
    assert urlsplit(ev["url"]).hostname == "moderngov.harlow.gov.uk"


def test_stale_page_with_a_contractors_standard_and_a_protocol_mention(web: Heldback267Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    main = _main(web, host, "/community-and-living/community-safety/cctv")
    assert "Data Protection Act 1998" in main and "£10" in main and "BS 7958" in main
    assert "<caption>Types of camera</caption>" in _html(web, host, "/community-and-living/community-safety/cctv")
    d = _d(truth, host)
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]
    assert d["5.5"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_signed_protocol_only_on_a_shared_services_page(web: Heldback267Web, truth: dict) -> None:
    host = "www.wyreforestdc.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/")
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Mercia"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/shared-services"}
    sla = _text(web, host, "/media/3620/north-worcs-cctv-sla.pdf")
    assert "Bromsgrove District Council" in sla and "Police" not in sla


def test_neighbours_certificate_and_spoc_only_in_a_word_code(web: Heldback267Web, truth: dict) -> None:
    host = "www.hart.gov.uk"
    main = _main(web, host, "/community-safety/cctv-cameras")
    assert "full certification, awarded to Runnymede Borough Council" in main and "single point of contact" not in main
    d = _d(truth, host)
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    code = f"http://{host}/sites/default/files/2024-05/Hart_CCTV_Code_of_Practice.docx"
    assert _render(web, code).header("Content-Type") == DOCX
    assert {e["url"] for e in d["5.3"]["evidence"]} == {code}


def test_mou_linked_from_the_police_entry_of_a_partner_list(web: Heldback267Web, truth: dict) -> None:
    host = "exeter.gov.uk"
    csp = "/community-safety/safer-exeter-partnership"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}{csp}"}
    entry = next(li for li in _html(web, host, csp).split("<li>") if urlsplit(doc["url"]).path in li)
    assert entry.startswith("Devon and Cornwall Police")
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(
        web, host, "/community-safety/cctv-control-centre"
    )
    assert d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2" and d["5.3"]["status"] == "met"


def test_signed_agreement_behind_a_document_library_detail_page(web: Heldback267Web, truth: dict) -> None:
    host = "www.erewash.gov.uk"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    detail = f"http://{host}/document-library/cctv-volunteer-monitoring-agreement"
    assert _linking(web, host, doc["url"]) == {detail}
    assert _linking(web, host, detail) == {f"http://{host}/document-library/community-safety"}
    assert _render(web, doc["url"]).header("Content-Type") == DOCX
    assert "Signed on behalf of Derbyshire Constabulary" in _text(web, host, urlsplit(doc["url"]).path)


def test_business_page_beside_the_bid_and_ripa_near_miss(web: Heldback267Web, truth: dict) -> None:
    host = "www.gloucester.gov.uk"
    main = _main(web, host, "/business/city-centre/city-centre-safety")
    assert main.index("BID street rangers") < main.index("CCTV")
    assert "Senior Responsible Officer for RIPA" in _text(web, host, "/media/9921/public-space-cctv-policy.pdf")
    d = _d(truth, host)
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_self_assessment_and_working_towards_certification(web: Heldback267Web, truth: dict) -> None:
    host = "www.spelthorne.gov.uk"
    assert "working towards third party certification" in _main(web, host, "/community-safety/cctv")
    d = _d(truth, host)
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    assert d["5.5"]["status"] == "not_met"
