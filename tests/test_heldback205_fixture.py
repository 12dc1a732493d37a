"""The two hundred and fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from (two-tier areas and shared services) are really served: a borough with two
camera systems on two sections, watched from a neighbour borough's control centre, its SPOC in an ``<address>`` card;
a signed memorandum published only as an accessible HTML version beside a scan without the signatures; a unitary whose
page is mostly town councils' schemes, with its own cameras on a sub-page; a county with nothing of its own beside a
signed general police protocol that excludes images; a bilingual .aspx site whose cameras an SRS centre watches; a
one-fact council on a shared site, the fact in an infrastructure funding statement; a neighbour's hub with its
certification and signed code only mentioned; a step 2 claim as one row of an accreditations table; a one-fact trader
handbook served without extension and a police partnership only in Cabinet papers; a DPO who is not a SPOC; a signed
agreement linked only from an out-of-hours page and a step 1 year in a timeline; a row-header table with a stale .htm
twin from the A to Z and a project's senior responsible owner; a councils' SLA listed beside a signed police ISA; and
councils that publish nothing but carry look-alikes.
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

from fixtures.heldback205.truth import TRUTH_PATH
from fixtures.heldback205.web import Heldback205Web


@pytest.fixture(scope="module")
def web() -> Heldback205Web:
    return Heldback205Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback205Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 205)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 5, "partial": 4, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally


def test_two_systems_neighbour_control_centre_and_spoc_in_address_card(web: Heldback205Web, truth: dict) -> None:
    host = "www.westminster.gov.uk"
    est = "/housing/anti-social-behaviour/cctv"
    svc = "/leisure-libraries-and-community/crime-and-community-safety/cctv-service"
    d = _auth(truth, host)["deliverables"]
    assert {f"http://{host}{est}", f"http://{host}{svc}"} <= set(d["5.1"]["pages"])
    assert "Hammersmith and Fulham" in _main(web, host, svc) and "30 days" in _main(web, host, est)
    card = _html(web, host, svc).split("<address>", 1)[1].split("</address>", 1)[0]
    assert "Single point of contact" in card and "cctv.spoc@" in card
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {svc}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_signed_memorandum_only_in_accessible_html_beside_a_scan(web: Heldback205Web, truth: dict) -> None:
    host = "www.barnsley.gov.uk"
    cc = "/services/information-and-privacy/cctv/"
    mou = f"{cc}monitoring-memorandum/"
    scan = "/media/2231/cctv-monitoring-mou-signed.pdf"
    assert _linking(web, host, f"http://{host}{mou}") == {f"http://{host}{cc}"}
    assert "Signed for South Yorkshire Police" in _main(web, host, mou)
    assert "Signed for" not in _text(web, host, scan)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Yorkshire" and doc["url"] == f"http://{host}{mou}"
    assert "Doncaster" in _main(web, host, cc)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("safer@")


def test_town_councils_fill_the_page_own_cameras_on_a_sub_page(web: Heldback205Web, truth: dict) -> None:
    host = "www.wiltshire.gov.uk"
    main = _main(web, host, "/community-safety-cctv")
    assert "Salisbury City Council" in main and "Warminster Town Council" in main and "01722 342860" in main
    assert "certificate is the town council's" in main
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/community-safety-cctv/council-property" in d["5.1"]["pages"]
    assert d["5.3"]["spoc"]["email"] == "cctvrequests@wiltshire.example.gov.uk" and d["5.3"]["status"] == "partial"
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert "asset transfer agreement" in _main(web, "cms.wiltshire.gov.uk", "/mgAi.aspx?ID=52600")


def test_county_general_police_protocol_excludes_images(web: Heldback205Web, truth: dict) -> None:
    host = "www.warwickshire.gov.uk"
    text = _text(web, host, "/media/8812/warwickshire-sharing-of-information-protocol.pdf")
    assert "Signed for Warwickshire Police" in text and "does not cover recorded images" in text
    assert "Warwick District Council" in _main(web, host, "/community-safety/town-centre-cameras")
    assert not web.sites[host].az and _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_bilingual_aspx_site_watched_by_srs(web: Heldback205Web, truth: dict) -> None:
    host = "www.torfaen.gov.uk"
    pg = "/en/Community-Wellbeing/Community-Safety/CCTV.aspx"
    cy = "/cy/Lles-Cymunedol/Diogelwch-Cymunedol/TCC.aspx"
    assert f"http://{host}{cy}" in _links(web, host, pg) and 'lang="cy"' in _html(web, host, cy)
    assert '<h3 class="question">Who watches them?</h3>' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and "service level agreement" in _main(web, host, pg)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["spoc"]["email"].startswith("controlroom@")


def test_one_fact_in_infrastructure_funding_statement_on_shared_site(web: Heldback205Web, truth: dict) -> None:
    host = "www.adur-worthing.gov.uk"
    doc = "/media/Media,176532,smxx.pdf"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{doc}"]
    assert _render(web, f"http://{host}{doc}").header("Content-Type") == "application/pdf"
    assert "Adur District Council" in _main(web, host, "/news-releases/2018/new-cameras-for-adur")


def test_neighbours_hub_certification_and_code_only_mentioned(web: Heldback205Web, truth: dict) -> None:
    host = "www.burnley.gov.uk"
    main = _main(web, host, "/residents/community-safety/cctv")
    assert "full certification" in main and "King George's Hall" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert not any(u.endswith(".pdf") for u in _links(web, host, "/residents/community-safety/cctv"))


def test_step_2_as_a_row_of_an_accreditations_table(web: Heldback205Web, truth: dict) -> None:
    host = "www.bassetlaw.gov.uk"
    std = "/community-safety/cctv-control-room/standards/"
    html = _html(web, host, std)
    assert "<td>Step 2 (full certification), awarded June 2020</td>" in html and "<img" not in html
    assert "<td>BS 7958 management and operation of CCTV</td>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-06" and not d["5.2"]["mark_displayed"]


def test_trader_handbook_without_extension_and_partnership_in_papers(web: Heldback205Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    hb = f"http://{host}/downloads/file/2214/covered-market-trader-handbook"
    r = _render(web, hb)
    assert _no_extension(hb) and "filename=" in (r.header("Content-Disposition") or "")
    a = _auth(truth, host)
    assert a["deliverables"]["5.1"]["pages"] == [hb] and a["heldback"]["robots_forbid_search"]
    (ev,) = a["deliverables"]["5.5"]["evidence"]
    assert (
        urlsplit(ev["url"]).hostname == "mycouncil.oxford.gov.uk"
        and not a["deliverables"]["5.1"]["criteria"]["police_agreement"]
    )


def test_dpo_is_not_a_spoc_and_protocol_only_in_code(web: Heldback205Web, truth: dict) -> None:
    host = "www.eastleigh.gov.uk"
    pg = "/our-community/community-safety/cctv"
    main = _main(web, host, pg)
    assert "Data Protection Officer" in main and "protocol" not in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "not_met"
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {
        "/media/8125/cctv-management-and-operation-code-of-practice.pdf"
    }


def test_agreement_linked_only_from_out_of_hours_page_and_step_1_in_timeline(web: Heldback205Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/residents/out-of-hours-emergencies"}
    timeline = (
        _html(web, host, "/residents/community-safety/cctv").split('<ol class="timeline">', 1)[1].split("</ol>")[0]
    )
    assert "step one (desktop) certification" in timeline
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019" and not d["5.2"]["mark_displayed"]


def test_row_header_table_stale_twin_and_project_owner(web: Heldback205Web, truth: dict) -> None:
    host = "www.tandridge.gov.uk"
    pg = "/Your-council/Crime-and-safety/CCTV"
    assert '<th scope="row">Mint Walk, Warlingham</th>' in _html(web, host, pg)
    old = f"http://{host}/YourCouncil/DataProtectionFreedomofInformation/CCTV.htm"
    assert _linking(web, host, old) == {f"http://{host}/a-z"}
    assert "Data Protection Act 1998" in _main(web, host, urlsplit(old).path)
    assert "Senior responsible owner" in _main(web, host, "/Your-council/Projects/Ellice-Road-car-park")
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pg} and d["5.5"]["status"] == "not_met"


def test_councils_sla_listed_beside_signed_police_isa(web: Heldback205Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    agr = _main(web, host, "/communities/community-safety/cctv/partner-agreements/")
    assert "Maldon District Council" in agr and "Essex Police" in agr
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["force"] == "Essex" and doc["url"].endswith("essex-police-cctv-information-sharing-agreement.pdf")
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(
        web, host, "/communities/community-safety/cctv/cctv-in-chelmsford/"
    )
    assert d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback205Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.warwickshire.gov.uk", "www.westdevon.gov.uk", "www.rother.gov.uk"})
    assert '<main id="main">' not in _html(web, "www.rother.gov.uk", "/")
    assert "Okehampton Town Council" in _main(web, "www.westdevon.gov.uk", "/town-and-parish-councils")
