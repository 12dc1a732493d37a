"""The 370th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Emphasis: democracy pages. Checks: the councils are fresh (none in the fifteen sets before this one) and of the
brief's types; the labelling rules hold with the intended tallies; and the structures the set is built from are
really served: a SPOC designated only in the Mayor and Cabinet's response table to a select committee review, beside
the review's own recommendation, a councillor's casework notes, a residents' ePetition and a lost motion; a step 2
certificate only as an appendix to a scrutiny report; a signed police agreement only as a supporting document of an
Executive decision notice that reads as an approval; a draft police agreement only as a Lead Member decision's
appendix; a SPOC designated only by a notice of motion carried at Full Council beside a lost motion asking for a police
agreement; a signed protocol only as an annex of a Portfolio Holder's annual report reached from the councillor's own
page; a signed police agreement only as Appendix 2 of an urgent decision beside a signed agreement between councils;
a signed agreement only recorded in a decision notice; a shared two-council page; a SPOC on a child page of a
shared-service page; a bilingual /ENG and /CYM site with a numbered HTML code; one-fact councils; robots.txt forbidding
the search; and councils that publish nothing but carry democracy look-alikes.
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

from fixtures.heldback370.truth import TRUTH_PATH
from fixtures.heldback370.web import Heldback370Web


@pytest.fixture(scope="module")
def web() -> Heldback370Web:
    return Heldback370Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_briefs_types(web: Heldback370Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 370)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally


def test_spoc_only_in_executive_response_to_a_scrutiny_review(web: Heldback370Web, truth: dict) -> None:
    host, dem = "lewisham.gov.uk", "councilmeetings.lewisham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    response = f"http://{dem}/mgAi.aspx?ID=88460"
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {response}
    html = _html(web, dem, "/mgAi.aspx?ID=88460")
    assert '<th scope="col">Recommendation</th><th scope="col">Response</th>' in html
    assert "cameras.spoc@lewisham.example.gov.uk" in html
    # the review itself only recommends one, and the CCTV page names none
    review = _text(web, dem, "/documents/s104771/SSCSC-review-public-space-CCTV.pdf")
    assert "should name one officer as the single point of contact" in review
    assert "single point of contact" not in _main(web, host, "/inmyarea/publicsafety/cctv-cameras-in-the-borough")
    # councillor's casework, residents' ePetition and a lost motion are served beside it, and are not evidence
    assert "Casework notes" in _main(web, dem, "/mgUserInfo.aspx?UID=1187")
    assert "We the undersigned petition the council" in _main(web, dem, "/mgEPetitionDisplay.aspx?ID=61")
    assert "was lost" in _main(web, dem, "/mgAi.aspx?ID=88702")
    urls = evidence_urls(_auth(truth, host))
    assert not any(u.endswith(("UID=1187", "ID=61", "ID=88702")) for u in urls)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_certificate_only_as_scrutiny_appendix_and_signed_isa_behind_decision(web: Heldback370Web, truth: dict) -> None:
    host, dem = "www.manchester.gov.uk", "democracy.manchester.gov.uk"
    d = _auth(truth, host)["deliverables"]
    cert = f"http://{dem}/documents/s41822/Appendix2CertificateOfCompliance.pdf"
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-11-14" and not d["5.2"]["mark_displayed"]
    assert [e["url"] for e in d["5.2"]["evidence"]] == [cert]
    assert _linking(web, host, cert) == {f"http://{dem}/mgAi.aspx?ID=11502"}
    cctv = "/info/200030/crime_antisocial_behaviour_and_nuisance/708/cctv_cameras_and_security"
    assert "step 2" not in _main(web, host, cctv).lower() and "<img" not in _html(web, host, cctv)
    assert not any(dem in u for u in d["5.1"]["pages"])
    decision = "/ieDecisionDetails.aspx?ID=5311"
    assert "approved the information sharing agreement" in _main(web, dem, decision)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester" and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}{decision}"}
    text = _text(web, dem, urlsplit(doc["url"]).path)
    assert "on behalf of Manchester City Council" in text and "on behalf of Greater Manchester Police" in text
    code = "/downloads/download/4471/cctv_code_of_practice"
    r = _render(web, f"http://{host}{code}")
    assert _no_extension(code) and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_draft_agreement_only_as_lead_member_decision_appendix(web: Heldback370Web, truth: dict) -> None:
    host, dem = "www.somerset.gov.uk", "democracy.somerset.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/ieDecisionDetails.aspx?ID=1843"}
    assert "20__" in _text(web, dem, urlsplit(doc["url"]).path)
    assert "service level agreement" in _main(web, host, "/council-and-democracy/town-and-parish-councils")
    assert not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_spoc_by_carried_motion_beside_a_lost_police_motion(web: Heldback370Web, truth: dict) -> None:
    host, dem = "www.basingstoke.gov.uk", "democracy.basingstoke.gov.uk"
    d = _auth(truth, host)["deliverables"]
    minutes = _main(web, dem, "/mgAi.aspx?ID=7731")
    assert "the motion was CARRIED" in minutes and "Motion B was LOST" in minutes
    assert {e["url"] for e in d["5.3"]["evidence"]} == {f"http://{dem}/mgAi.aspx?ID=7731"}
    assert "single point of contact" not in _main(web, host, "/public-spaces-surveillance-cameras")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert all(urlsplit(e["url"]).hostname == host for e in d["5.5"]["evidence"])
    assert d["5.1"]["criteria"]["police_agreement"] and not d["5.1"]["criteria"]["responsible_officer"]


def test_signed_protocol_only_as_annex_reached_from_a_councillors_page(web: Heldback370Web, truth: dict) -> None:
    host, dem = "www.sevenoaks.gov.uk", "cds.sevenoaks.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {
        f"http://{dem}/mgUserInfo.aspx?UID=671",
        f"http://{dem}/mgAi.aspx?ID=19120",
    }
    assert "Annex 2: CCTV protocol" in _text(web, dem, urlsplit(doc["url"]).path)
    assert doc["url"] not in _links(web, host, "/article/2713/CCTV")
    assert "full step 2 certification" in _main(web, host, "/article/2713/CCTV")
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-03"
    assert "exempt information" in _main(web, dem, "/mgAi.aspx?ID=17581")
    assert d["5.1"]["criteria"]["statistics"] and "2,114 incidents" in _text(
        web, host, "/downloads/file/1904/cctv_annual_review_2024-25.pdf"
    )


def test_shared_service_page_with_spoc_on_a_child_page(web: Heldback370Web, truth: dict) -> None:
    host = "www.hertsmere.gov.uk"
    site = web.sites[host]
    assert site.democracy is None
    child = f"http://{host}/Community/Community-Safety/CCTV/Who-is-responsible.aspx"
    assert child in _links(web, host, "/Community/Community-Safety/CCTV.aspx")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {child}
    assert "BS 7958" in _main(web, host, "/News/Articles/2024/Control-room-gold.aspx")
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]
    assert "agreement" not in _main(web, host, "/Community/Community-Safety/CCTV.aspx").lower()
    assert d["5.5"]["status"] == "not_met"


def test_two_councils_share_one_page(web: Heldback370Web, truth: dict) -> None:
    host, dem = "www.adur-worthing.gov.uk", "democracy.adur-worthing.gov.uk"
    main = _main(web, host, "/community-safety/cctv")
    assert "Adur District Council" in main and "Worthing Borough Council" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020-09"
    assert "recommended that Worthing seek step 2" in _main(web, dem, "/mgAi.aspx?ID=33012")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv"}
    assert all(d[k]["status"] == "met" for k in ("5.1", "5.2", "5.3", "5.5"))


def test_police_agreement_only_as_urgent_decision_appendix_beside_councils_agreement(
    web: Heldback370Web, truth: dict
) -> None:
    host, dem = "www.burnley.gov.uk", "democracy.burnley.gov.uk"
    links = _links(web, dem, "/ieDecisionDetails.aspx?ID=3307")
    hub = f"http://{dem}/documents/s33071/Appendix1-HubPartnershipAgreement.pdf"
    isa = f"http://{dem}/documents/s33072/Appendix2-ISA-LancashireConstabulary.pdf"
    assert hub in links and isa in links
    assert "urgency procedure" in _main(web, dem, "/ieDecisionDetails.aspx?ID=3307")
    d = _auth(truth, host)["deliverables"]
    assert [doc["url"] for doc in d["5.5"]["documents"]] == [isa]
    assert "Constabulary" not in _text(web, dem, urlsplit(hub).path)
    assert hub not in evidence_urls(_auth(truth, host))


def test_signed_agreement_only_recorded_in_a_decision_notice(web: Heldback370Web, truth: dict) -> None:
    host, dem = "www.cherwell.gov.uk", "modgov.cherwell.gov.uk"
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {e["url"] for e in d["5.5"]["evidence"]} == {f"http://{dem}/ieDecisionDetails.aspx?ID=4120"}
    assert not d["5.1"]["criteria"]["police_agreement"]
    assert a["heldback"]["robots_forbid_search"]
    assert "Bretch Hill" in _main(web, dem, "/mgUserInfo.aspx?UID=277")


def test_bilingual_eng_cym_with_numbered_html_code(web: Heldback370Web, truth: dict) -> None:
    host = "www.cardiff.gov.uk"
    eng = "/ENG/Your-Council/Data-protection-and-FOI/cctv/Pages/default.aspx"
    cym = "/CYM/Eich-Cyngor/Diogelu-data-a-rhyddid-gwybodaeth/teledu-cylch-cyfyng/Pages/default.aspx"
    assert f"http://{host}{cym}" in _links(web, host, eng) and f"http://{host}{eng}" in _links(web, host, cym)
    assert '<html lang="cy">' in _html(web, host, cym)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert f"http://{host}{cym}" in d["5.1"]["pages"]
    code = "/ENG/Your-Council/Data-protection-and-FOI/cctv/CCTV-policy-code-of-practice/Pages/default.aspx"
    assert "<h2>1.6 Certification</h2>" in _html(web, host, code)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-06"
    assert a["heldback"]["democracy_host"] == "cardiff.moderngov.co.uk"
    assert not any("moderngov" in u for u in evidence_urls(a))


def test_one_fact_councils(web: Heldback370Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.testvalley.gov.uk", "cameras", "/towncentres/andover"),
        ("www.cherwell.gov.uk", "operator", "/info/120/safer-communities"),
        ("www.malvernhills.gov.uk", "signage", "/licensing/holding-an-event-in-a-public-space"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    tv = web.sites["www.testvalley.gov.uk"]
    assert tv.search is None and '<main id="main">' not in _html(web, "www.testvalley.gov.uk", "/")


def test_councils_that_publish_nothing_still_carry_democracy_look_alikes(web: Heldback370Web, truth: dict) -> None:
    nothing = {"www.kent.gov.uk", "www.cannockchasedc.gov.uk", "www.whitehorsedc.gov.uk"}
    assert_publish_nothing(web, truth, nothing)
    assert _auth(truth, "www.kent.gov.uk")["heldback"]["robots_forbid_search"]
    assert "CCTV camera at the Copt Hall car park" in _main(web, "democracy.kent.gov.uk", "/mgUserInfo.aspx?UID=3310")
    assert "contract with Abingdon Town Council" in _main(
        web, "democratic.whitehorsedc.gov.uk", "/ieDecisionDetails.aspx?ID=190869"
    )
    assert "weekly service charge" in _main(web, "democracy.cannockchasedc.gov.uk", "/mgAi.aspx?ID=2015")


def test_democracy_hosts_carry_councillors_pages_that_are_never_evidence(web: Heldback370Web, truth: dict) -> None:
    with_members = 0
    for a in truth["authorities"]:
        site = web.sites[a["heldback"]["host"]]
        if site.democracy is None:
            continue
        members = [path for (h, path) in site.pages if h == site.democracy and path.startswith("/mgUserInfo.aspx")]
        petitions = [path for (h, path) in site.pages if h == site.democracy and path.startswith("/mgEPetition")]
        for path in members + petitions:
            url = f"http://{site.democracy}{path}"
            assert _render(web, url).status == 200
            assert url not in evidence_urls(a), url
        with_members += bool(members)
    assert with_members == 13
