"""The 381st held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (community-safety cameras and traffic enforcement on one
page under /parking-permits/ with a policy PDF that says VSS, never CCTV, and holds the SPOC; a step 2 claim and a
police agreement mention only in a privacy notice under a translation banner, beside a taxi camera policy that makes
the council data controller; a 2006 code with a blank certificate of agreement and a SPOC on an audit-and-governance
page; a bilingual .aspx site whose footage page mentions a WASPI protocol; a 'CCTV Code of Practice' page under an
out-of-date warning with the SPOC in a FAQ about monitoring moving to a trading company; one anchored page under
Freedom of information with stale cues and only a DPO; step 2 as one item of an accreditations list and a signed
agreement beside a licensing protocol with the same force; an agreement drafted as a legal instrument and a SPOC on
the footage request page; a strategy PDF holding a step 1 claim and a signed protocol appendix; camera material on
page 7 of a paged document with the claim only in a regulatory services annual report; one-fact councils; robots.txt
forbidding search; and councils that publish nothing but carry legal and licensing look-alikes).
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

from fixtures.heldback381.truth import TRUTH_PATH
from fixtures.heldback381.web import Heldback381Web


@pytest.fixture(scope="module")
def web() -> Heldback381Web:
    return Heldback381Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_councils_are_fresh(web: Heldback381Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 381)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_enforcement_page_and_vss_policy(web: Heldback381Web, truth: dict) -> None:
    host = "www.harrow.gov.uk"
    pg = "/parking-permits/cctv-traffic-enforcement-cameras"
    html = _html(web, host, pg)
    assert "<h2>Cameras for community safety</h2>" in html and "<h2>Cameras for traffic enforcement</h2>" in html
    assert "approved devices certified" in _main(web, host, pg)
    pol = "/media/2871/vss-and-surveillance-camera-policy.pdf"
    text = _text(web, host, pol)
    assert "cctv" not in text.lower() and "VSS" in text and "single point of contact" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {pol}
    assert d["5.2"]["status"] == "not_met"
    pcn = f"http://{host}/parking-permits/challenge-a-pcn"
    assert "video evidence" in _main(web, host, "/parking-permits/challenge-a-pcn")
    assert pcn not in evidence_urls(_auth(truth, host))


def test_claim_only_in_privacy_notice_beside_taxi_policy(web: Heldback381Web, truth: dict) -> None:
    host = "www.calderdale.gov.uk"
    cctv = "/communities/crime-prevention/cctv"
    pn = "/council/data/protection-foi/privacy-notices-council-services/public-spaces-cctv-privacy-notice"
    assert 'class="notice notice--info"' in _html(web, host, cctv)
    assert "step 2" not in _main(web, host, cctv) and "step 2" in _main(web, host, pn)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03" and _paths(d["5.2"]) == {pn}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _paths(d["5.5"]) == {pn}
    taxi = "/licensing/taxis/cctv-in-licensed-vehicles"
    main = _main(web, host, taxi)
    assert "data controller" in main and "31 days" in main
    assert f"http://{host}{taxi}" not in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial"


def test_blank_certificate_and_spoc_after_audit(web: Heldback381Web, truth: dict) -> None:
    host = "www.redcar-cleveland.gov.uk"
    code = "/media/2219/cctv-code-of-practice-2006.pdf"
    text = _text(web, host, code)
    assert "Dated the ........ day of" in text and "Signed for and on behalf of Cleveland Police" in text
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and doc["force"] == "Cleveland"
    gov = "/about-the-council/audit-and-governance/surveillance-camera-governance"
    assert "limited assurance" in _main(web, host, gov)
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {gov}
    pn = "/about-the-council/privacy-notices/cctv-surveillance-privacy-notice"
    assert "Home Improvement Agency" in _main(web, host, pn)
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_bilingual_aspx_site_and_waspi_mention(web: Heldback381Web, truth: dict) -> None:
    host = "www.torfaen.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    cctv = "/en/Community-Wellbeing/Community-Safety/Crime-Prevention/CCTV-releasingforevidence/CCTV.aspx"
    cy = "/cy/Lles-Cymunedol/Diogelwch-Cymunedol/Atal-Troseddu/Teledu-Cylch-Cyfyng.aspx"
    assert f"http://{host}{cy}" in _links(web, host, cctv)
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    rel = "/en/Community-Wellbeing/Community-Safety/Crime-Prevention/CCTV-releasingforevidence/Releasing-footage-for-evidence.aspx"
    assert "WASPI" in _main(web, host, rel)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _paths(d["5.5"]) == {rel}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("controlroom@")


def test_out_of_date_code_page_and_spoc_in_transfer_faq(web: Heldback381Web, truth: dict) -> None:
    host = "www.tendringdc.gov.uk"
    cctv = "/community/crime-community-safety/cctv"
    assert "<h1>CCTV Code of Practice</h1>" in _html(web, host, cctv)
    assert "may be out of date" in _main(web, host, cctv)
    faq = f"{cctv}/monitoring-moves-to-colchester"
    main = _main(web, host, faq)
    assert "Essex Police are not a party" in main and "single point of contact" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {faq}
    assert d["5.5"]["status"] == "not_met"
    dem = "tdcdemocracy.tendringdc.gov.uk"
    assert f"http://{dem}/mgIssueHistoryHome.aspx?IId=35765" in _links(web, host, faq)
    assert not any(dem in u for u in evidence_urls(_auth(truth, host)))


def test_anchored_foi_page_with_stale_cues_and_dpo_only(web: Heldback381Web, truth: dict) -> None:
    host = "www.midsussex.gov.uk"
    pg = "/my-council/freedom-of-information/cctv-information"
    html = _html(web, host, pg)
    assert '<a href="#installation">' in html and '<section id="release-of-evidence">' in html
    main = _main(web, host, pg)
    assert "Data Protection Act 1998" in main and "£10 fee" in main and "Data Protection Officer" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_accreditations_list_and_agreement_beside_licensing_protocol(web: Heldback381Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    cctv = "/living-here/safer-communities/cctv-service"
    html = _html(web, host, cctv)
    acc = html.split("<h2>Accreditations</h2>", 1)[1].split("</ul>", 1)[0]
    assert "ISO 9001" in acc and "Security Industry Authority" in acc and "(step 2)" in acc
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-06" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Derbyshire" and _no_extension(doc["url"])
    legal = f"http://{host}/your-council/legal-services/protocols-and-agreements"
    assert _linking(web, host, doc["url"]) == {legal}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    lic = f"http://{host}/media/p81lq0zt/licensing-enforcement-protocol"
    assert lic in _links(web, host, urlsplit(legal).path) and "Licensing Act 2003" in _text(
        web, host, urlsplit(lic).path
    )
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_agreement_as_legal_instrument_and_spoc_on_request_page(web: Heldback381Web, truth: dict) -> None:
    host = "www.horsham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "IN WITNESS" in text and "(A) The Council owns" in text and "PARTIES:" in text
    assert doc["signed"] and doc["date"] == "2023-10-16" and doc["force"] == "Sussex"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community/cctv"}
    req = "/community/cctv/request-cctv-footage"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {req}
    assert "single point of contact" not in _main(web, host, "/community/cctv")


def test_strategy_pdf_with_step_1_and_signed_appendix(web: Heldback381Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    strat = "/downloads/file/1811/cctv_strategy_2022-2025"
    text = _text(web, host, strat)
    assert "step 1 (desktop)" in text and "working towards step 2" in text and "Appendix 3" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-11"
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).path == strat and doc["signed"] and doc["force"] == "Nottinghamshire"
    assert "£10 fee" in _main(web, host, "/CCTV") and d["5.3"]["status"] == "partial"


def test_page_seven_of_paged_document_and_claim_in_annual_report(web: Heldback381Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    pg = "/info/20010/your_environment/203/community_safety/7"
    assert "<h1>Community safety</h1>" in _html(web, host, pg)
    main = _main(web, host, pg)
    assert "Town centre CCTV" in main and "step 2" not in main
    report = "/downloads/file/3302/community_protection_annual_report_2023-24"
    text = _text(web, host, report)
    assert "Licensing" in text and "Environmental health" in text and "(step 2)" in text
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.2"]) == {report} and d["5.2"]["level"] == "step2"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "watford.moderngov.co.uk" in web.sites[host].hosts()
    assert not any("moderngov" in u for u in evidence_urls(_auth(truth, host)))


def test_one_fact_councils(web: Heldback381Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.molevalley.gov.uk", "cameras", "/crime-safety-emergencies/cctv-review"),
        ("www.sholland.gov.uk", "statistics", "/community/community-safety-partnership"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    sh = web.sites["www.sholland.gov.uk"]
    assert sh.search is None and '<main id="main">' not in _html(web, sh.host, "/")


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.redcar-cleveland.gov.uk", "www.uttlesford.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback381Web, truth: dict) -> None:
    nothing = {"www.suffolk.gov.uk", "www.uttlesford.gov.uk", "www.nuneatonandbedworth.gov.uk"}
    assert_publish_nothing(web, truth, nothing)
    ripa = "/about/information-governance/regulation-of-investigatory-powers"
    assert "<caption>Authorisations granted each year</caption>" in _html(web, "www.suffolk.gov.uk", ripa)
    reg = "/licensing/premises-licence-register/premises/1142"
    assert "at least 31 days" in _main(web, "www.uttlesford.gov.uk", reg)
