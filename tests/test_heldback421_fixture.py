"""The four hundred and twenty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the procurement structures the set is built from are really served: a step 2 claim only as a KPI row of a contract
performance notice; a SPOC only in a contract record's council-contact field; an agreement named only in a tender
specification; a signed police agreement only as a published contract copy (no extension) behind a category filter of a
contracts portal; a SPOC only as the contact person in section I of a contract award notice; a CCTV policy linked only
from a closed request for quotation; a signed police schedule reached only through a contract change notice; a draft
police protocol in Word as a schedule of an agreement between councils; a contractor's SSAIB and BS 7958 in an award
notice; a step 2 claim only in a tender clarification log; a step 1 claim and a signed protocol only inside a closed
tender's specification; one-fact councils; and councils that publish nothing but carry look-alikes.
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

from fixtures.heldback421.truth import TRUTH_PATH
from fixtures.heldback421.web import Heldback421Web


@pytest.fixture(scope="module")
def web() -> Heldback421Web:
    return Heldback421Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback421Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 421)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    from collections import Counter

    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_step_2_as_kpi_row_spoc_in_contract_record_and_agreement_only_in_specification(
    web: Heldback421Web, truth: dict
) -> None:
    host = "www.bromley.gov.uk"
    record = "/supplying-the-council/contracts-register/cs-0219-cctv-monitoring-and-maintenance"
    perf = f"{record}/performance-2024-25"
    assert _linking(web, host, f"http://{host}{perf}") == {f"http://{host}{record}"}
    html = _html(web, host, perf)
    assert '<th scope="col">KPI</th>' in html and "step 2 full certification awarded in March 2020" in html
    for part in ("1", "2", "3"):
        assert "step 2" not in _main(web, host, f"/crime-prevention-community-safety/cctv/{part}").lower()
    rec = _html(web, host, record)
    assert '<dl class="contract-record">' in rec and "<dt>Council contact</dt>" in rec
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {record}
    spec = "/downloads/file/2290/cctv-monitoring-and-maintenance-specification.pdf"
    assert "Metropolitan Police Service" in _text(web, host, spec)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert not d["5.1"]["criteria"]["police_agreement"] and not d["5.1"]["criteria"]["responsible_officer"]
    assert not any("supplying-the-council" in u for u in d["5.1"]["pages"])
    assert "cds.bromley.gov.uk" in web.sites[host].hosts()


def test_police_agreement_as_published_contract_copy_behind_a_category_filter(web: Heldback421Web, truth: dict) -> None:
    host = "www.barnsley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Yorkshire" and _no_extension(doc["url"])
    rec = f"http://{host}/council/contracts-portal/record/BMBC-2023-0417"
    assert _linking(web, host, doc["url"]) == {rec}
    assert _linking(web, host, rec) == {f"http://{host}/council/contracts-portal?category=community-safety"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed on behalf of South Yorkshire Police" in _text(web, host, urlsplit(doc["url"]).path)
    cctv = "/services/information-and-privacy/cctv"
    assert not any("contracts-portal" in u for u in _links(web, host, cctv))
    assert "agreement" not in _main(web, host, cctv).lower()
    assert not d["5.1"]["criteria"]["police_agreement"] and d["5.3"]["status"] == "partial"


def test_spoc_only_as_contact_person_in_an_award_notice(web: Heldback421Web, truth: dict) -> None:
    host = "www.n-somerset.gov.uk"
    can = "/doing-business-with-us/contract-award-notices/public-space-cctv-digital-upgrade"
    html = _html(web, host, can)
    section = html.split("<h2>Section I: Contracting authority</h2>", 1)[1].split("</section>", 1)[0]
    assert "single point of contact for surveillance camera systems" in section
    assert "single point of contact" not in _main(web, host, "/community-safety/public-space-cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {can}
    assert not d["5.1"]["criteria"]["responsible_officer"]
    assert d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]


def test_policy_linked_only_from_a_closed_request_for_quotation(web: Heldback421Web, truth: dict) -> None:
    host = "www.havant.gov.uk"
    policy = f"http://{host}/sites/default/files/2024-03/havant-borough-council-cctv-policy.pdf"
    rfq = f"http://{host}/business/selling-to-the-council/closed-opportunities/rfq-2024-11-deployable-cameras"
    assert _linking(web, host, policy) == {rfq}
    assert "Request for quotation" in _html(web, host, urlsplit(rfq).path)
    d = _auth(truth, host)["deliverables"]
    assert policy in d["5.1"]["pages"] and d["5.1"]["criteria"]["retention"]
    assert "31 days" not in _main(web, host, "/community-and-safety/cctv")
    assert "Meridian Centre" in _main(web, host, "/community-and-safety/meridian-centre-cameras")
    assert d["5.5"]["status"] == "not_met"


def test_signed_police_schedule_only_through_a_contract_change_notice(web: Heldback421Web, truth: dict) -> None:
    host = "www.highpeak.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    change = f"http://{host}/business/procurement/notices/hpbc-0031-contract-change-notice-2"
    assert doc["signed"] and doc["force"] == "Derbyshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {change}
    assert "Notice type:</strong> Contract change notice" in _html(web, host, urlsplit(change).path)
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "For Derbyshire Constabulary" in text and "For Peak Watch Monitoring Ltd" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_draft_word_police_protocol_scheduled_to_a_councils_agreement(web: Heldback421Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Hampshire"
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    iaa = "/media/4410/cctv-inter-authority-agreement-runnymede.pdf"
    assert "Signed for Runnymede Borough Council" in _text(web, host, iaa)
    assert f"http://{host}{iaa}" not in {x["url"] for x in d["5.5"]["documents"]}
    assert "BS 7958" in _main(web, host, "/community-parks-and-leisure/community-safety/cctv")
    assert d["5.2"]["status"] == "not_met"


def test_contractors_certificates_in_an_award_notice_are_not_the_councils(web: Heldback421Web, truth: dict) -> None:
    host = "www.winchester.gov.uk"
    main = _main(web, host, "/business/tenders-and-procurement/awarded/cctv-monitoring-2023")
    assert "SSAIB" in main and "service level agreement" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "not_met"
    assert "mailto:" not in _html(web, host, "/community-safety/cctv")
    assert "democracy.winchester.gov.uk" in web.sites[host].hosts()


def test_step_2_only_in_a_tender_clarification_log(web: Heldback421Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    clar = "/your-council/procurement/tenders/control-centre-equipment-refresh/clarifications"
    assert '<div class="clarification-log">' in _html(web, host, clar)
    assert "step 2" not in _main(web, host, "/communities-safety/cctv-public-spaces").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2021-10"
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {clar}
    assert not any("procurement" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_1_and_signed_protocol_only_inside_a_closed_tender_specification(web: Heldback421Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    spec = "/media/3391/cbc-2024-112-volume-2-specification.pdf"
    itt = f"http://{host}/pages/procurement/closed-tenders/cbc-2024-112-cctv-control-room-monitoring"
    assert _linking(web, host, f"http://{host}{spec}") == {itt}
    text = _text(web, host, spec)
    assert "Annex D" in text and "step 1 (desktop) certification" in text
    assert "Signed for Leicestershire Police" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.5"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {spec}
    assert not any("procurement" in u or "media" in u for u in d["5.1"]["pages"])
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_spoc_on_a_sub_page_and_market_engagement_notice(web: Heldback421Web, truth: dict) -> None:
    host = "www.guildford.gov.uk"
    who = "/community-safety/cctv/who-looks-after-the-cameras"
    assert f"http://{host}{who}" in _links(web, host, "/community-safety/cctv")
    assert "74 town centre and car park cameras" in _main(
        web, host, "/business/procurement/preliminary-market-engagement-cctv-monitoring"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert not any("procurement" in u for u in d["5.1"]["pages"])


def test_one_fact_councils(web: Heldback421Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.lancashire.gov.uk", "retention", "/council/visiting-our-offices"),
        ("www.gravesham.gov.uk", "operator", "/community/community-safety"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "drainage CCTV survey" in _main(web, "www.lancashire.gov.uk", "/council/finance/contracts-register")
    assert "Swale Borough Council" in _main(web, "www.gravesham.gov.uk", "/council/transparency/contracts")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback421Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.ceredigion.gov.uk", "www.north-norfolk.gov.uk", "www.hyndburnbc.gov.uk"})
    assert '<html lang="cy">' in _html(web, "www.ceredigion.gov.uk", "/cy/preswylwyr/diogelwch-cymunedol")
    assert '<main id="main">' not in _html(web, "www.north-norfolk.gov.uk", "/")
    assert web.sites["www.north-norfolk.gov.uk"].search is None
    assert "East Lancashire CCTV partnership" in _main(web, "www.hyndburnbc.gov.uk", "/council/contracts-register")
