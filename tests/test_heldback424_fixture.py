"""The four hundred and twenty-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh; the labelling rules hold with the intended tallies; and the structures the set is built
from are really served (enforcement purposes inside a CCTV page and an "approved device" certification near-miss; a
signed Met agreement linked only from the footage page; a full-certification sentence with no mark; a locations table
with row headers; a mark whose alt text and sentence name no step or date; a draft Word protocol; a county's disclosure
over two data protection pages with a team SPOC; a whole disclosure as clause 14 of car park conditions of use, beside a
penalty-charge "single point of contact"; footage pages split by audience with the signed police protocol only on the
officers' page; step 1 only in an annual report PDF; a SPOC in one row of a "who runs which camera" table; a signed
protocol linked only from a car park page; an English page with a Welsh twin and a three-step footage request holding
the SPOC; one-fact councils in a towpath works notice and a parking annual report; papers on democracy hosts; robots.txt
forbidding the search; and councils that publish nothing but carry transport and parking look-alikes).
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

from fixtures.heldback424.truth import TRUTH_PATH
from fixtures.heldback424.web import Heldback424Web


@pytest.fixture(scope="module")
def web() -> Heldback424Web:
    return Heldback424Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(items: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in items}


def test_fresh_councils(web: Heldback424Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 424)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_enforcement_purposes_approved_device_and_met_agreement(web: Heldback424Web, truth: dict) -> None:
    host = "www.towerhamlets.gov.uk"
    cs = "/lgnl/community_and_living/community_safety__crime_preve"
    cctv = f"{cs}/cctv/CCTV.aspx"
    main = _main(web, host, cctv)
    assert "bus lanes" in main and "traffic and parking rules" in main
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cctv}" in d["5.1"]["pages"]
    enforcement = "/lgnl/transport_and_streets/parking/traffic_enforcement_cameras.aspx"
    assert "approved device certified by the Secretary of State" in _main(web, host, enforcement)
    assert "certified as an approved device" in _main(
        web, host, "/lgnl/transport_and_streets/parking/pcn_questions.aspx"
    )
    assert d["5.2"]["status"] == "not_met" and f"http://{host}{enforcement}" not in evidence_urls(_auth(truth, host))
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{cs}/cctv/requesting_cctv_footage.aspx"}
    assert "Signed for and on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met"
    assert _paths(d["5.3"]["evidence"]) == {f"{cs}/cctv/who_looks_after_our_cameras.aspx"}
    dem = "democracy.towerhamlets.gov.uk"
    assert "Public Space CCTV Strategy" in _html(web, dem, "/mgAi.aspx?ID=88044")
    assert not any(urlsplit(u).hostname == dem for u in evidence_urls(_auth(truth, host)))


def test_full_certification_sentence_without_mark_and_row_header_table(web: Heldback424Web, truth: dict) -> None:
    host = "www.sthelens.gov.uk"
    cctv = "/community-living/community-safety/st-helens-cctv"
    assert "awarded full certification" in _main(web, host, cctv)
    assert "<img" not in _html(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-02-27"
    assert not d["5.2"]["mark_displayed"]
    assert '<th scope="row">Earlestown</th>' in _html(web, host, f"{cctv}/camera-locations")
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "Merseytravel" in _main(web, host, "/roads-transport/st-helens-bus-station")
    assert d["5.5"]["status"] == "not_met"


def test_mark_without_step_or_date_and_draft_word_protocol(web: Heldback424Web, truth: dict) -> None:
    host = "www.cheshireeast.gov.uk"
    cctv = "/environment/community_safety/cctv.aspx"
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(web, host, cctv)
    main = _main(web, host, cctv).lower()
    assert "step" not in main and "british standard 7958" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and d["5.2"]["awarded"] is None
    assert d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_county_disclosure_on_data_protection_pages_with_team_spoc(web: Heldback424Web, truth: dict) -> None:
    host = "www.leicestershire.gov.uk"
    dp = "/about-the-council/data-protection-and-privacy"
    a = _auth(truth, host)
    d = a["deliverables"]
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} == {
        f"{dp}/cctv-systems-used-by-the-council",
        f"{dp}/fair-processing-notice",
    }
    assert "Information Governance Team" in _main(web, host, f"{dp}/cctv-systems-used-by-the-council")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["role"] == "Information Governance Team"
    for look_alike in ("traffic-cameras", "park-and-ride", "speed-cameras", "school-transport-safety"):
        text = _main(web, host, f"/roads-and-travel/{look_alike}").lower()
        assert "camera" in text or "cctv" in text, look_alike
        assert f"http://{host}/roads-and-travel/{look_alike}" not in evidence_urls(a)


def test_disclosure_only_as_clause_of_car_park_conditions(web: Heldback424Web, truth: dict) -> None:
    host = "www.folkestone-hythe.gov.uk"
    cond = "/parking/car-parks/conditions-of-use"
    html = _html(web, host, cond)
    assert '<section class="clause" id="c14"><h2>14. Closed circuit television</h2>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{cond}"]
    assert "single point of contact for all challenges to penalty charge notices" in _main(
        web, host, "/parking/penalty-charge-notices"
    )
    assert [d[k]["status"] for k in ("5.2", "5.3", "5.5")] == ["not_met"] * 3


def test_footage_pages_by_audience_and_step_1_only_in_report(web: Heldback424Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"]
    d = a["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire" and _no_extension(doc["url"])
    police = f"http://{host}/article/21208/CCTV-footage-for-police-officers"
    assert _linking(web, host, doc["url"]) == {police}
    assert "filename=" in (_render(web, doc["url"]).header("Content-Disposition") or "")
    assert "step one" not in _main(web, host, "/article/21203/CCTV").lower()
    report = "/downloads/file/5512/cctv-annual-report-2023-24"
    assert "completed step one" in _text(web, host, report)
    assert (
        d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020-03" and _paths(d["5.2"]["evidence"]) == {report}
    )
    assert "help intercoms" in _main(web, host, "/article/21203/CCTV")


def test_spoc_in_one_row_of_who_runs_which_camera_table(web: Heldback424Web, truth: dict) -> None:
    host = "www.broxtowe.gov.uk"
    who = "/for-you/crime-safety-emergencies/cctv-surveillance-systems/cameras-in-broxtowe-who-to-contact"
    html = _html(web, host, who)
    assert "<td>A52 traffic cameras</td>" in html and "<td>Tram stops and the Beeston interchange</td>" in html
    assert "single point of contact for surveillance cameras.</td>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {who}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "shared services agreement" in _main(
        web, host, "/for-you/crime-safety-emergencies/cctv-surveillance-systems"
    )


def test_camera_page_from_parking_and_certification_intent_only_in_news(web: Heldback424Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    cctv = f"http://{host}/info/20061/community_safety/238/cctv_cameras"
    assert cctv in _links(web, host, "/info/20020/parking/112/car_park_safety")
    news = "/news/article/1402/council_works_towards_cctv_certification"
    assert "working towards independent certification" in _main(web, host, news)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_signed_protocol_only_from_a_car_park_page(web: Heldback424Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Mercia"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/parking/st-martins-gate-car-park"}
    sla = f"http://{host}/sites/default/files/2023-05/cctv-monitoring-sla-wychavon.pdf"
    assert sla in _links(web, host, "/community-safety/cctv") and sla != doc["url"]
    assert "Signed on behalf of West Mercia Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_welsh_twin_and_three_step_footage_request(web: Heldback424Web, truth: dict) -> None:
    host = "valeofglamorgan.gov.uk"
    sv = "/en/living/Safer-Vale"
    cy = "/cy/byw/Bro-Mwy-Diogel/Teledu-Cylch-Cyfyng.aspx"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    assert f"http://{host}{cy}" in _links(web, host, f"{sv}/CCTV.aspx")
    assert f"http://{host}{sv}/CCTV.aspx" in _links(web, host, cy)
    steps = [f"{sv}/Request-CCTV-Footage-Step-{i}.aspx" for i in (1, 2, 3)]
    for i, path in enumerate(steps, 1):
        assert f"<h1>Request CCTV footage - step {i} of 3" in _html(web, host, path)
    assert f"http://{host}{steps[1]}" in _links(web, host, steps[0])
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {steps[2]}
    assert "single point of contact" not in _main(web, host, f"{sv}/CCTV.aspx")
    assert d["5.5"]["status"] == "partial" and _paths(d["5.5"]["evidence"]) == {steps[1]}


def test_one_fact_councils_and_papers_on_democracy_host(web: Heldback424Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.middevon.gov.uk", "cameras", "/leisure/grand-western-canal/towpath-works-tiverton-basin"),
        ("www.eastherts.gov.uk", "operator", "/parking/parking-services-annual-report-2023-24"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    md = web.sites["www.middevon.gov.uk"]
    assert md.search is None and not md.az and '<main id="main">' not in _html(web, md.host, "/")
    dem = "democracy.middevon.gov.uk"
    assert "Retention" in _text(web, dem, "/documents/s21044/CCTV%20and%20Surveillance%20Policy.pdf")
    assert "KADOE contract" in _main(web, "www.eastherts.gov.uk", "/parking/parking-services-annual-report-2023-24")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback424Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"tewkesbury.gov.uk", "www.adur-worthing.gov.uk", "www.rochford.gov.uk"})
    assert _auth(truth, "tewkesbury.gov.uk")["heldback"]["robots_forbid_search"]
    assert "pay by plate" in _main(web, "www.adur-worthing.gov.uk", "/parking/beach-green-lancing")
    assert "camera car" in _main(web, "www.rochford.gov.uk", "/parking/on-street-enforcement")
