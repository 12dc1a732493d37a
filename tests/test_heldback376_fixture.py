"""The 376th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Emphasis: money, procurement and funding. Checks: the councils are fresh register rows of the brief's mix; the
labelling rules hold with the intended tallies; and the structures the set is built from are really served (an
annual report holding the only step 2 claim, extensionless and filed under finance performance reports; a
pre-market engagement notice describing a control room; a signed police access and cost-sharing agreement as an
extensionless Word file; a Passport to Compliance self-assessment; a SPOC only beside a monitoring charge in a fees
and charges page; a signed ISA linked only from a CCTV privacy notice; a bilingual site with a step 1 claim in a
definition list; a step 2 claim only as a row of an awards table; one fact only as a capital line of a medium-term
financial plan PDF; a joint hub code whose certificate has blank lines for the police; a monitoring agreement with a
combined authority, not the police; one fact only on a capital project page of a shared two-council site; a step 2
note only in a fees and charges PDF; a signed police monitoring agreement linked only from a payments-to-public-
bodies table; one fact only in a UKSPF progress table; and three councils that publish nothing but carry finance
and procurement look-alikes).
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

from fixtures.heldback376.truth import TRUTH_PATH
from fixtures.heldback376.web import Heldback376Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback376Web:
    return Heldback376Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback376Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 376)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 9, "partial": 3, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 4, "not_met": 11}, tally
    assert tally["5.3"] == {"met": 4, "partial": 5, "not_met": 6}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_step_2_only_in_an_annual_report_filed_under_finance(web: Heldback376Web, truth: dict) -> None:
    host = "www.brent.gov.uk"
    report = f"http://{host}/documents/d/guest/cctv-annual-report-2024-25"
    perf = f"http://{host}/council-and-democracy/spending-and-performance/performance-reports"
    assert _no_extension(report) and _linking(web, host, report) == {perf}
    r = _render(web, report)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    cctv = "/your-community/crime-and-community-safety/cctv-in-brent"
    assert "step 2" not in _main(web, host, cctv).lower() and report not in _links(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-03"
    assert {e["url"] for e in d["5.2"]["evidence"]} == {report}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    pme = "/business/selling-to-the-council/pme-cctv-control-room"
    assert "190 cameras" in _main(web, host, pme) and "BS 7958" in _main(web, host, pme)
    assert f"http://{host}{pme}" not in d["5.1"]["pages"]
    assert "Public space CCTV maintenance" in _main(
        web, host, "/council-and-democracy/spending-and-performance/contracts-register"
    )
    assert "democracy.brent.gov.uk" in web.sites[host].hosts()


def test_police_cost_sharing_agreement_as_extensionless_word(web: Heldback376Web, truth: dict) -> None:
    host = "www.birmingham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/info/20017/safer_communities/1246/police_use_of_city_cameras"
    }
    assert _render(web, doc["url"]).header("Content-Type") == DOCX
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "£85,000 a year" in text and "on behalf of West Midlands Police" in text
    gov = "/info/20017/safer_communities/1245/who_is_responsible_for_our_cameras"
    assert '<th scope="col">Role</th><th scope="col">Contact</th>' in _html(web, host, gov)
    assert "Passport to Compliance" in _main(web, host, gov) and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("surveillance.cameras@")


def test_spoc_only_beside_the_monitoring_charge_and_isa_from_privacy_notice(web: Heldback376Web, truth: dict) -> None:
    host = "www.halton.gov.uk"
    fees = "/Pages/councildemocracy/finance/FeesAndCharges.aspx"
    notice = "/Pages/councildemocracy/privacynotices/CCTVPrivacyNotice.aspx"
    cctv = "/Pages/community/safety/CCTV.aspx"
    assert "CCTV monitoring for housing providers and businesses" in _main(web, host, fees)
    for path in (cctv, notice):
        assert "single point of contact" not in _main(web, host, path), path
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {fees}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cheshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{notice}"}
    assert "working towards third-party certification" in _main(
        web, host, "/Pages/councildemocracy/finance/ServicePlans.aspx"
    )
    assert d["5.2"]["status"] == "not_met"


def test_bilingual_step_1_in_a_definition_list(web: Heldback376Web, truth: dict) -> None:
    host = "www.merthyr.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    pg = "/en/resident/crime-and-safety/town-centre-cameras"
    assert "<dt>Third-party certification</dt><dd>Step 1 (desktop review)" in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    cy = f"http://{host}/cy/preswylydd/trosedd-a-diogelwch/camerau-canol-y-dref"
    assert cy in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, urlsplit(cy).path)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {f"{pg}/contact-the-cctv-team"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_as_an_awards_table_row(web: Heldback376Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    awards = "/council/performance/awards-and-accreditations"
    assert "<td>Surveillance Camera Code of Practice certification, step 2 (full)</td>" in _html(web, host, awards)
    assert "step 2" not in _main(web, host, "/resident-community-and-living/closed-circuit-television-cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2021-11"
    assert "between the council and the BID only" in _main(
        web, host, "/council/finance/hoddesdon-cctv-funding-agreement"
    )
    assert d["5.5"]["status"] == "not_met"


def test_one_fact_only_in_financial_documents_and_tables(web: Heldback376Web, truth: dict) -> None:
    cases = (
        ("www.southderbyshire.gov.uk", "cameras", "/assets/attach/7204/Medium-Term-Financial-Plan-2025-2030.pdf"),
        (
            "www.lewes-eastbourne.gov.uk",
            "operator",
            "/regeneration/capital-projects/eastbourne-seafront-lighting-and-cameras",
        ),
        ("www.hinckley-bosworth.gov.uk", "cameras", "/info/200412/uk_shared_prosperity_fund/1581/year_2_progress"),
    )
    for host, crit, path in cases:
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "Rink Passage" in _text(web, "www.southderbyshire.gov.uk", cases[0][2])
    eb = "www.lewes-eastbourne.gov.uk"
    assert _linking(web, eb, f"http://{eb}{cases[1][2]}") == {f"http://{eb}/regeneration/capital-projects"}
    assert "not Eastbourne Borough Council cameras" in _main(web, eb, "/community/newhaven-cctv")
    assert "<td>2 CCTV cameras on a new column by the bandstand</td>" in _html(web, cases[2][0], cases[2][2])
    assert not web.sites["www.hinckley-bosworth.gov.uk"].az


def test_joint_code_with_blank_police_signature_on_legacy_site(web: Heldback376Web, truth: dict) -> None:
    host = "www.rossendale.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Lancashire" and _no_extension(doc["url"])
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of Lancashire Constabulary" in text and "20__" in text
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_combined_authority_monitoring_agreement_is_not_a_police_agreement(web: Heldback376Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    assert "Staffordshire Police are not a party to it" in _main(
        web, host, "/council/transparency/monitoring-agreement-wmca"
    )
    assert "£1,250 per camera per year" in _text(web, host, "/Media/Default/Finance/fees-and-charges-2025-26.pdf")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    assert "BS 7958" in _main(web, host, "/CCTV") and d["5.1"]["criteria"]["standards"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_step_2_note_only_in_fees_and_charges_pdf(web: Heldback376Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    fees_pdf = f"http://{host}/download/downloads/id/8123/fees_and_charges_2025_26.pdf"
    assert _linking(web, host, fees_pdf) == {f"http://{host}/info/20005/council_and_democracy/412/fees_and_charges"}
    assert "full step 2 certification" in _text(web, host, urlsplit(fees_pdf).path)
    assert "step 2" not in _main(web, host, "/info/20052/crime_and_safety/190/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019"
    assert {e["url"] for e in d["5.2"]["evidence"]} == {fees_pdf}


def test_police_agreement_only_from_payments_to_public_bodies(web: Heldback376Web, truth: dict) -> None:
    host = "www.arun.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex"
    payments = f"http://{host}/transparency/payments-to-other-public-bodies"
    assert _linking(web, host, doc["url"]) == {payments}
    assert doc["url"] not in _links(web, host, "/cctv-strategy")
    assert "For Sussex Police: Chief Superintendent" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_councils_that_publish_nothing_still_carry_finance_look_alikes(web: Heldback376Web, truth: dict) -> None:
    nothing = {"www.eastsussex.gov.uk", "www.fdean.gov.uk", "tewkesbury.gov.uk"}
    assert_publish_nothing(web, truth, nothing)
    assert "Schools' security framework" in _main(
        web, "www.eastsussex.gov.uk", "/your-council/procurement/contracts-register"
    )
    assert "Mobile CCTV camera" in _main(web, "www.fdean.gov.uk", "/community/community-grants/awards-2024-25")
    assert "CCTV cameras at Back Lane car park" in _main(
        web, "tewkesbury.gov.uk", "/community/rural-england-prosperity-fund"
    )
    for host in ("www.eastsussex.gov.uk", "tewkesbury.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
