"""The three hundred and twenty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh; the labelling rules hold with the intended tallies; and the structures the set is
built from are really served (a CMIS decision sheet recording an agreement renewal that is not published, with the
step 2 claim only in an extensionless Binary.ashx report; moderngov under /mginternet/ on an eservices host with a
step 1 claim in scrutiny minutes beside a deferred step 2, and a SPOC on the page citing a Cabinet Member decision;
committee services on the main host, step 2 only in a closed consultation's list and an ISA revision only in a
report; a county that signposts districts and has a deferred CMIS item; a Welsh twin and a signed three-party
memorandum in Cabinet papers linked from the page; a CCTV page linking straight to a committee appendix holding the
signed ISA, with a certificate of compliance only in a decision record; a signed Word monitoring agreement behind a
decision page and a deferred SRO designation; a one-fact car parks page with robots forbidding the search; a SPOC
designated only in Executive minutes and a draft police protocol appendix; a Civica-style meetings portal with a
deferred report; a one-fact community safety page and proposals only in committee minutes; a decisions register on
the main host holding the SPOC and a protocol mention the CCTV page never names; a deferred SPOC recommendation and
the monitoring council's certificate in news; a self-assessment that is not certification and a signed protocol as
an annex of an annual report in committee papers; papers on an off-domain moderngov host).
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

from fixtures.heldback322.truth import TRUTH_PATH
from fixtures.heldback322.web import Heldback322Web


@pytest.fixture(scope="module")
def web() -> Heldback322Web:
    return Heldback322Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback322Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 322)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally


def test_cmis_decision_sheet_and_extensionless_report(web: Heldback322Web, truth: dict) -> None:
    host, cmis = "www.ealing.gov.uk", "cmis.ealing.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev55,) = d["5.5"]["evidence"]
    assert urlsplit(ev55["url"]).hostname == cmis and "ViewCMIS_DecisionDetails" in ev55["url"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    cctv = f"http://{host}/info/201149/crime_prevention/719/cctv_public_safety"
    assert ev55["url"] in _links(web, host, urlsplit(cctv).path)
    assert "Metropolitan Police" not in _main(web, host, urlsplit(cctv).path)
    (ev52,) = d["5.2"]["evidence"]
    assert urlsplit(ev52["url"]).path == "/CMISWebPublic/Binary.ashx" and not ev52["url"].endswith(".pdf")
    r = _render(web, ev52["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "step 2" in _text(web, cmis, "/CMISWebPublic/Binary.ashx?Document=41877")
    assert "step 2" not in _main(web, host, urlsplit(cctv).path)
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert not any(cmis in u for u in d["5.1"]["pages"])


def test_mginternet_prefix_step1_with_deferred_step2_and_spoc_citing_decision(web: Heldback322Web, truth: dict) -> None:
    host, dem = "www.solihull.gov.uk", "eservices.solihull.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert ev["url"] == f"http://{dem}/mginternet/mgAi.aspx?ID=47580" and d["5.2"]["level"] == "step1"
    assert "step two audit had been deferred" in _main(web, dem, "/mginternet/mgAi.aspx?ID=47580")
    page = "/Crime-and-community-safety/Public-realm-CCTV"
    assert f"http://{dem}/mginternet/ieDecisionDetails.aspx?ID=8812" in _links(web, host, page)
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {page}
    assert "Transport for West Midlands" in _main(web, host, page) and d["5.5"]["status"] == "not_met"


def test_committee_services_on_main_host_and_step2_in_consultation(web: Heldback322Web, truth: dict) -> None:
    host = "www.shropshire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    cons = f"http://{host}/get-involved/cctv-and-out-of-hours-service-changes"
    assert [e["url"] for e in d["5.2"]["evidence"]] == [cons]
    assert "Status: closed" in _main(web, host, urlsplit(cons).path)
    (ev,) = d["5.5"]["evidence"]
    assert urlsplit(ev["url"]).hostname == host and urlsplit(ev["url"]).path.startswith(
        "/committee-services/documents/"
    )
    assert _linking(web, host, ev["url"]) >= {f"http://{host}/committee-services/mgAi.aspx?ID=31201"}
    assert "West Mercia Police" in _main(web, host, "/community-safety/cctv-in-shrewsbury")
    assert "agreement" not in _main(web, host, "/community-safety/cctv-in-shrewsbury")


def test_three_party_memorandum_in_cabinet_papers_and_welsh_twin(web: Heldback322Web, truth: dict) -> None:
    host, dem = "www.monmouthshire.gov.uk", "democracy.monmouthshire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Gwent" and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=22150"}
    assert f"http://{dem}/mgAi.aspx?ID=22150" in _links(web, host, "/community-safety/cctv")
    text = _text(web, dem, urlsplit(doc["url"]).path)
    assert "Torfaen County Borough Council" in text and "Gwent Police" in text
    assert f"http://{host}/cy/diogelwch-cymunedol/teledu-cylch-cyfyng" in d["5.1"]["pages"]
    assert '<html lang="cy">' in _html(web, host, "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng")
    assert d["5.3"]["status"] == "met"


def test_page_links_straight_to_appendix_and_certificate_only_in_decision(web: Heldback322Web, truth: dict) -> None:
    host, dem = "www.charnwood.gov.uk", "democracy.charnwood.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire"
    assert f"http://{host}/pages/cctv" in _linking(web, host, doc["url"])
    assert f"http://{dem}/mgAi.aspx?ID=9044" in _linking(web, host, doc["url"])
    (ev,) = d["5.2"]["evidence"]
    assert "ieDecisionDetails" in ev["url"] and d["5.2"]["level"] is None and d["5.2"]["awarded"] == "2020"
    assert "certificate" not in _main(web, host, "/pages/cctv").lower()


def test_word_agreement_behind_decision_and_deferred_sro(web: Heldback322Web, truth: dict) -> None:
    host, dem = "www.cherwell.gov.uk", "modgov.cherwell.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"].endswith(".docx") and doc["force"] == "Thames Valley"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/ieDecisionDetails.aspx?ID=4471"}
    assert "deferred the item" in _main(web, dem, "/mgAi.aspx?ID=18802")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_spoc_only_in_minutes_and_draft_protocol_appendix(web: Heldback322Web, truth: dict) -> None:
    host, dem = "www.malvernhills.gov.uk", "moderngov.malvernhills.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).hostname for e in d["5.3"]["evidence"]} == {dem}
    for path in ("/privacy-policy/cctv-and-body-worn-cameras", "/community-safety/cctv"):
        assert "single point of contact" not in _main(web, host, path).lower()
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, dem, urlsplit(doc["url"]).path)


def test_decisions_register_on_main_host_and_silent_cctv_page(web: Heldback322Web, truth: dict) -> None:
    host = "www.pendle.gov.uk"
    site = web.sites[host]
    assert site.democracy is None
    d = _auth(truth, host)["deliverables"]
    reg = f"http://{host}/directory/27/decisions_register"
    for key in ("5.3", "5.5"):
        (ev,) = d[key]["evidence"]
        assert urlsplit(ev["url"]).hostname == host and _linking(web, host, ev["url"]) == {reg}
    assert '<th scope="col">Ref</th>' in _html(web, host, "/directory/27/decisions_register")
    main = _main(web, host, "/info/20094/data_protection_and_freedom_of_information/174/cctv").lower()
    assert "single point of contact" not in main and "protocol" not in main and "decision" not in main


def test_proposals_and_deferrals_are_not_achievements(web: Heldback322Web, truth: dict) -> None:
    g = _auth(truth, "www.gravesham.gov.uk")["deliverables"]
    minutes = _main(web, "democracy.gravesham.gov.uk", "/mgAi.aspx?ID=35193")
    assert "third-party accreditation would be sought" in minutes and "Kent Police" in minutes
    assert [g[k]["status"] for k in ("5.1", "5.2", "5.3", "5.5")] == ["partial", "not_met", "not_met", "not_met"]
    r = _auth(truth, "www.rushmoor.gov.uk")["deliverables"]
    assert "was deferred" in _main(web, "democracy.rushmoor.gov.uk", "/mgAi.aspx?ID=9120")
    assert "full certification" in _main(web, "www.rushmoor.gov.uk", "/news/monitoring-moves-to-runnymede")
    assert r["5.2"]["status"] == "not_met" and r["5.3"]["status"] == "partial" and r["5.5"]["status"] == "partial"
    w = "democracy.winchester.gov.uk"
    assert "Deferred" in _main(web, w, "/meetings/meeting/3012")
    assert _no_extension(f"http://{w}/documents/d55120")


def test_self_assessment_is_not_certification_and_annual_report_annex(web: Heldback322Web, truth: dict) -> None:
    host, dem = "www.northdevon.gov.uk", "democracy.northdevon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "Self-Assessment Tool" in _main(web, host, "/community-safety-and-emergencies/cctv")
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == dem and doc["signed"]
    assert f"http://{host}/community-safety-and-emergencies/cctv" in _linking(web, host, doc["url"])
    assert "Annex 1" in _text(web, dem, urlsplit(doc["url"]).path)
    assert not d["5.1"]["criteria"]["statistics"]


def test_one_fact_councils_and_robots(web: Heldback322Web, truth: dict) -> None:
    for host, crit, path in (
        (
            "www.whitehorsedc.gov.uk",
            "cameras",
            "/vale-of-white-horse-district-council/parking/car-parks/abingdon-car-parks",
        ),
        ("www.gravesham.gov.uk", "operator", "/community/community-safety-unit"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert _auth(truth, "www.whitehorsedc.gov.uk")["heldback"]["robots_forbid_search"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback322Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.essex.gov.uk", "www.winchester.gov.uk", "www.havant.gov.uk"})
    assert "deferred" in _main(
        web,
        "cmis.essex.gov.uk",
        next(
            p for (h, p) in web.sites["www.essex.gov.uk"].pages if h == "cmis.essex.gov.uk" and "ViewMeetingPublic" in p
        ),
    )
    havant = web.sites["www.havant.gov.uk"]
    assert havant.democracy == "havant.moderngov.co.uk"
    assert "http://havant.moderngov.co.uk/" in _links(web, "www.havant.gov.uk", "/council-and-democracy/meetings")
