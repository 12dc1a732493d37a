"""The four hundred and fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Emphasis: traded and commercial camera services. Checks: the councils are fresh register rows; the labelling rules
hold with the intended tallies; and the structures the set is built from are really served: a step 2 claim only on a
housing page selling estate monitoring to landlords, with the police ISA mentioned only on a paid footage page for
insurers; a packages table, testimonials, an NSI near-miss and a signed customer SLA naming the police that is not a
police agreement; a step 2 claim only in a customer case study, beside case studies full of customers' camera facts;
a signed police protocol only as Schedule 2 of an unsigned model agreement (Word) sold to town and community councils,
behind a language chooser with /cy twins; one fact only in an income-streams table row; every fact of a council's
network only in the guide selling extra cameras to parishes; a SPOC only in a customers' escalation table beside a
closed-scheme near-miss; a SPOC only on a page licensing other people's cameras on council land, beside a partner's
hosted leaflet claiming its own certificate; a step 1 claim only as a figure tile and a signed ISA only as an annex
of a joining guide for customers; one fact only in a row of services sold to parishes; a signed MoU listed beside a
signed town council monitoring agreement; a recorded-only system whose bought-in monitoring ended only in news;
robots.txt forbidding the search; and councils that publish nothing but carry commercial look-alikes.
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

from fixtures.heldback405.truth import TRUTH_PATH
from fixtures.heldback405.web import Heldback405Web


@pytest.fixture(scope="module")
def web() -> Heldback405Web:
    return Heldback405Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_real_councils_none_from_the_fifteen_sets_before(web: Heldback405Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 405)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_step_2_only_on_landlords_page_and_isa_only_on_insurers_page(web: Heldback405Web, truth: dict) -> None:
    host = "www.walthamforest.gov.uk"
    cctv = "/crime-and-community-safety/cctv"
    claims = f"{cctv}/cctv-footage-for-civil-claims"
    estate = "/housing/estate-cctv-for-landlords"
    d = _auth(truth, host)["deliverables"]
    assert "step 2" in _main(web, host, estate) and "&pound;1,150" not in _main(web, host, estate)
    assert all("step 2" not in _main(web, host, pg) for pg in (cctv, claims, "/node/4504"))
    assert _linking(web, host, f"http://{host}{estate}") == {f"http://{host}/housing"}
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-03"
    assert [_path(e["url"]) for e in d["5.2"]["evidence"]] == [estate]
    assert "£153" in _main(web, host, claims) and "Metropolitan Police" in _main(web, host, claims)
    assert "Metropolitan Police" not in _main(web, host, cctv)
    assert d["5.5"]["status"] == "partial" and [_path(e["url"]) for e in d["5.5"]["evidence"]] == [claims]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_packages_testimonials_and_signed_customer_sla_are_not_police_agreements(
    web: Heldback405Web, truth: dict
) -> None:
    host = "www.gateshead.gov.uk"
    sales = "/article/5120/Security-and-monitoring-for-organisations"
    html = _html(web, host, sales)
    assert '<table class="packages">' in html and '<section class="testimonials">' in html and "<cite>" in html
    assert "NSI Gold" in _main(web, host, sales)
    sla = "/media/6620/Keelside-Homes-monitoring-SLA/pdf/Keelside_Homes_SLA_2024.pdf"
    text = _text(web, host, sla)
    assert "Signed for and on behalf of Keelside Homes Limited" in text and "Northumbria Police" in text
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}{sla}" not in evidence_urls(a) and f"http://{host}{sales}" not in evidence_urls(a)
    assert d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_2_only_in_a_case_study_beside_customers_camera_facts(web: Heldback405Web, truth: dict) -> None:
    host = "www.stoke.gov.uk"
    cctv = "/info/20006/housing_and_neighbourhoods/104/cctv"
    case1 = "/info/20012/business/1404/case_study_newcastle_under_lyme_town_centre"
    case2 = "/info/20012/business/1405/case_study_trentside_housing_tower_blocks"
    assert "step 2" in _main(web, host, case1) and "step 2" not in _main(web, host, cctv)
    assert "28 days" in _main(web, host, case1) and "64 cameras" in _main(web, host, case2)
    assert "inter-authority contract" in _main(web, host, case1)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "met" and [_path(e["url"]) for e in d["5.2"]["evidence"]] == [case1]
    assert not any("/20012/" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "met" and _path(d["5.3"]["evidence"][0]["url"]).endswith("/who_oversees_our_cameras")
    code = _render(web, f"http://{host}/downloads/file/3310/cctv_code_of_practice")
    assert code.header("Content-Type") == "application/pdf" and "filename=" in (
        code.header("Content-Disposition") or ""
    )
    assert d["5.5"]["status"] == "not_met"


def test_signed_protocol_only_as_schedule_of_an_unsigned_model_agreement(web: Heldback405Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    sell = f"http://{host}/en/Resident/Community-Safety/CCTV-for-town-and-community-councils.aspx"
    model = "/Documents/Community-Safety/Model-CCTV-Service-Agreement-Town-and-Community-Councils.docx"
    r = _render(web, f"http://{host}{model}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    text = _text(web, host, model)
    assert "Signed for the Town or Community Council: ....." in text
    assert "Schedule 2: Protocol for the disclosure of CCTV footage to North Wales Police" in text
    assert "Signed for North Wales Police" in text
    assert _linking(web, host, f"http://{host}{model}") == {sell}
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "North Wales" and _path(doc["url"]) == model
    assert f"http://{host}/cy/Resident/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng.aspx" in d["5.1"]["pages"]
    assert "committeemeetings.flintshire.gov.uk" in web.sites[host].hosts()
    assert "£1,240" in _main(web, host, _path(sell))


def test_one_fact_only_in_an_income_streams_row(web: Heldback405Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    income = "/your-council/how-we-earn-income/"
    html = _html(web, host, income)
    assert "<td>Our CCTV team, which already looks after the council's own 669 cameras" in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{income}"]
    assert "669 cameras" in _text(web, "rds.eppingforestdc.gov.uk", "/documents/s114502/CCTV-Strategy-2019-2025.pdf")


def test_whole_network_described_only_in_the_guide_selling_extra_cameras(web: Heldback405Web, truth: dict) -> None:
    host = "www.fylde.gov.uk"
    guide = "/council/community-safety/cctv/extra-cameras-for-town-and-parish-councils/"
    main = _main(web, host, guide)
    assert "£4,800" in main and "Wyre Council" in main and "31 days" in main
    assert "31 days" not in _main(web, host, "/council/community-safety/cctv/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"][0] == f"http://{host}{guide}"
    assert set(d["5.1"]["pages"]) == {f"http://{host}{guide}", f"http://{host}/council/community-safety/cctv/"}
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_spoc_only_in_customers_escalation_table_beside_closed_scheme_near_miss(
    web: Heldback405Web, truth: dict
) -> None:
    host = "www.guildford.gov.uk"
    biz = "/controlroom/monitoringforbusinesses"
    html = _html(web, host, biz)
    assert "<caption>Customer escalation</caption>" in html and "single point of contact" in html
    assert "closed to new applicants" in _main(web, host, biz)
    assert "single point of contact" not in _main(web, host, "/controlroom/publicspacecctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and [_path(e["url"]) for e in d["5.3"]["evidence"]] == [biz]
    assert d["5.2"]["status"] == "not_met"
    bid = "/media/9022/Experience-Guildford-monitoring-agreement/pdf/BID_monitoring_agreement_2024.pdf"
    assert "Signed for Experience Guildford Ltd" in _text(web, host, bid)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_only_on_camera_licence_page_and_partner_leaflet_certificate(web: Heldback405Web, truth: dict) -> None:
    host = "www.gravesham.gov.uk"
    lic = "/home/business/cameras-on-council-land"
    assert "single point of contact" in _main(web, host, lic) and "&pound;150" not in _main(web, host, lic)
    cctv = "/home/community-and-living/community-safety/public-space-cctv"
    assert "single point of contact" not in _main(web, host, cctv)
    leaflet = "/__data/assets/pdf_file/0022/712345/Swale-CCTV-Control-Centre-services.pdf"
    assert "full certification" in _text(web, host, leaflet)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met"
    assert [_path(e["url"]) for e in d["5.3"]["evidence"]] == [lic]
    assert any(
        "mgAi.aspx" in u for u in _links(web, "democracy.gravesham.gov.uk", "/ieListDocuments.aspx?CId=512&MId=3901")
    )


def test_step_1_tile_and_signed_isa_only_as_annex_of_joining_guide(web: Heldback405Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    cctv = "/communities-safety/cctv-public-spaces"
    html = _html(web, host, cctv)
    assert '<li class="tile"><span class="tile__figure">Step 1</span>' in html
    guide = "/sites/default/files/2024-05/Joining-the-West-Lindsey-CCTV-network.pdf"
    text = _text(web, host, guide)
    assert "Annex C: Information Sharing Agreement" in text and "Signed on behalf of Lincolnshire Police" in text
    assert _linking(web, host, f"http://{host}{guide}") == {f"http://{host}{cctv}/join-our-cctv-network"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-06" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire" and _path(doc["url"]) == guide


def test_one_fact_only_in_a_row_of_services_sold_to_parishes(web: Heldback405Web, truth: dict) -> None:
    host = "www.pendle.gov.uk"
    sell = "/info/20072/town_and_parish_councils/1203/services_we_sell_to_town_and_parish_councils"
    assert "<td>We act as data controller for the town centre cameras" in _html(web, host, sell)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert d51["pages"] == [f"http://{host}{sell}"]


def test_signed_mou_listed_beside_signed_town_council_agreement(web: Heldback405Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    links = _links(web, host, "/pages/cctv_associated_documents")
    mou = f"http://{host}/files/documents/cctv_mou_leicestershire_police/cctv_mou_leicestershire_police.pdf"
    town = f"http://{host}/files/documents/shepshed_monitoring_agreement/shepshed_monitoring_agreement.pdf"
    assert {mou, town} <= set(links)
    assert "Signed for Shepshed Town Council" in _text(web, host, _path(town))
    d = _auth(truth, host)["deliverables"]
    assert [doc["url"] for doc in d["5.5"]["documents"]] == [mou]
    assert all(d[k]["status"] == "met" for k in d)


def test_recorded_only_system_and_ended_monitoring_only_in_news(web: Heldback405Web, truth: dict) -> None:
    host = "www.fareham.gov.uk"
    assert "not watched live" in _main(web, host, "/safety/cctv/index.aspx")
    assert "Gosport" in _main(web, host, "/news/article.aspx?id=1180")
    assert "Gosport" not in _main(web, host, "/safety/cctv/index.aspx")
    a = _auth(truth, host)
    assert a["deliverables"]["5.5"]["status"] == "not_met" and a["heldback"]["robots_forbid_search"]


def test_councils_that_publish_nothing_still_carry_commercial_decoys(web: Heldback405Web, truth: dict) -> None:
    nothing = {"www.westsussex.gov.uk", "www.hyndburnbc.gov.uk", "www.north-norfolk.gov.uk"}
    assert_publish_nothing(web, truth, nothing)
    sec = "/education-children-and-families/services-for-schools/site-security-and-monitoring"
    assert '<table class="packages">' in _html(web, "www.westsussex.gov.uk", sec)
    assert "Blackburn with Darwen" in _html(web, "www.hyndburnbc.gov.uk", "/business/business-crime-radio-scheme/")
    hyndburn = web.sites["www.hyndburnbc.gov.uk"]
    assert hyndburn.search is None and '<main id="main">' not in _html(web, "www.hyndburnbc.gov.uk", "/")
    assert _auth(truth, "www.north-norfolk.gov.uk")["heldback"]["robots_forbid_search"]
