"""The hundred-and-seventy-third held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (criteria split between a housing page and a public
realm page with a Word fact sheet served without extension; a SPOC beside a BS 7958 audit and a signed agreement
whose signatures close a sign-off section; step 2 only in a table's <tfoot> note under a numbered address; numbered
pages with a Welsh twin and a signed bilingual agreement; step 2 only as a row of an accreditations table with a
draft agreement printed for comment; questions and answers in a <dl> on a page never titled CCTV; the SPOC only in a
Word self-assessment on a legacy site; one fact in a figcaption and one on a beach safety page; a transparency
statement listed only among the transparency datasets; a signed agreement whose signatories come first, served
without extension; a councils' partnership with a constabulary ISA mention and 'preparing to apply'; and councils
that publish nothing but carry look-alikes).
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

from fixtures.heldback173.truth import TRUTH_PATH
from fixtures.heldback173.web import Heldback173Web


@pytest.fixture(scope="module")
def web() -> Heldback173Web:
    return Heldback173Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_councils_of_the_brief_mix(web: Heldback173Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 173)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_two_departments_and_a_fact_sheet_without_extension(web: Heldback173Web, truth: dict) -> None:
    host = "www.westminster.gov.uk"
    estate = "/housing/anti-social-behaviour/cctv-on-estates"
    realm = "/community-safety/public-realm-cctv"
    fact = f"http://{host}/media/document/estate-cctv-fact-sheet"
    d = _auth(truth, host)["deliverables"]
    assert {f"http://{host}{estate}", f"http://{host}{realm}", fact} <= set(d["5.1"]["pages"])
    assert _no_extension(fact) and _linking(web, host, fact) == {f"http://{host}{estate}"}
    r = _render(web, fact)
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert "Metropolitan Police Service" in _text(web, host, urlsplit(fact).path)
    assert "agreement" not in _main(web, host, estate) and "agreement" not in _main(web, host, realm)
    assert "Hammersmith and Fulham" in _main(web, host, realm) and "Hammersmith" not in _main(web, host, estate)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _paths(d["5.5"]) == {urlsplit(fact).path}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    bid = _main(web, host, "/business/business-improvement-districts/heart-of-london")
    assert "CCTV" in bid and "MC3" in _main(web, host, "/licensing/premises/model-conditions")


def test_spoc_beside_bs7958_and_signed_agreement_with_sign_off(web: Heldback173Web, truth: dict) -> None:
    host = "www.salford.gov.uk"
    gov = "/crime-and-community-safety/cctv/governance"
    main = _main(web, host, gov)
    assert "single point of contact for surveillance cameras" in main and "BS 7958" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {gov}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{gov}"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Sign-off") < text.index("Signed for and on behalf of Greater Manchester Police")
    assert '<th scope="col">Arrests assisted</th>' in _html(web, host, "/crime-and-community-safety/cctv")
    assert "Salix Homes" in _main(web, host, "/housing/housing-associations/salix-homes")


def test_step_2_only_in_a_table_footer_under_a_numbered_address(web: Heldback173Web, truth: dict) -> None:
    host = "www.southend.gov.uk"
    sec = "/business-1/town-centre-management/3"
    html = _html(web, host, sec)
    tfoot = html.split("<tfoot>", 1)[1].split("</tfoot>", 1)[0]
    assert "full (step 2) certification" in tfoot
    assert html.count("step 2") == 1 and "<img" not in html.split('<main id="main">', 1)[1]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"] == {**d["5.2"], "status": "met", "level": "step2", "awarded": "2019-10", "mark_displayed": False}
    assert _paths(d["5.2"]) == {sec}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Leigh-on-Sea Town Council" in _main(web, host, "/news/leigh-town-council-cameras")


def test_numbered_pages_welsh_twin_and_signed_bilingual_agreement(web: Heldback173Web, truth: dict) -> None:
    host = "www.neath-porttalbot.gov.uk"
    dem = "democracy.neath-porttalbot.gov.uk"
    assert f"http://{host}/27239" in _links(web, host, "/27238")
    assert '<html lang="cy">' in _html(web, host, "/27239")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/27239" in d["5.1"]["pages"] and not any(dem in u for u in d["5.1"]["pages"])
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed on behalf of South Wales Police" in text and "Llofnodwyd ar ran Heddlu De Cymru" in text
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "CCTV: Position Statement" in _html(web, dem, "/mgAi.aspx?ID=27992")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_step_2_as_a_table_row_and_draft_agreement_printed_for_comment(web: Heldback173Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    root = "/communities/community-safety/cctv"
    html = _html(web, host, f"{root}/standards")
    assert "<td>BS 7958 CCTV management and operation</td>" in html and "<td>Step 2 (full certification)</td>" in html
    d = _auth(truth, host)["deliverables"]
    assert (
        d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-06" and _paths(d["5.2"]) == {f"{root}/standards"}
    )
    (doc,) = d["5.5"]["documents"]
    assert (
        doc["draft"]
        and not doc["signed"]
        and urlsplit(doc["url"]).path == f"{root}/information-sharing-with-essex-police"
    )
    assert "Signed for Essex Police: ...................." in _main(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and "Maldon" in _main(web, host, f"{root}/cctv-in-chelmsford")


def test_definition_list_on_a_page_never_titled_cctv(web: Heldback173Web, truth: dict) -> None:
    host = "www.basingstoke.gov.uk"
    pg = "/community-safety/surveillance-cameras"
    assert (
        "cctv" not in _main(web, host, pg).lower()
        and "cctv" not in _main(web, host, f"{pg}/questions-and-answers").lower()
    )
    assert "<dl><dt>How long is footage kept?</dt>" in _html(web, host, f"{pg}/questions-and-answers")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and f"http://{host}{pg}/questions-and-answers" in d["5.1"]["pages"]
    assert all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))


def test_spoc_only_in_word_self_assessment_on_legacy_site(web: Heldback173Web, truth: dict) -> None:
    host = "www.tandridge.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    assert '<main id="main">' not in _html(web, host, "/Your-council/Crime-and-safety/CCTV")
    sat = "/Documents/Your-council/CCTV-self-assessment-2024.docx"
    text = _text(web, host, sat)
    assert "Single point of contact (SPOC)" in text and "not a certificate" in text
    assert "single point of contact" not in _html(web, host, "/Your-council/Crime-and-safety/CCTV").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {sat} and d["5.2"]["status"] == "not_met"
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.5"]["status"] == "not_met"


def test_one_fact_councils(web: Heldback173Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.great-yarmouth.gov.uk", "cameras", "/sport-and-leisure/wellesley-recreation-ground"),
        ("www.e-lindsey.gov.uk", "operator", "/coast/beach-safety"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    fig = _html(web, "www.great-yarmouth.gov.uk", "/sport-and-leisure/wellesley-recreation-ground")
    assert "<figcaption>The main gates. Two cameras cover" in fig
    assert "third-party certification" in _main(web, "www.e-lindsey.gov.uk", "/news/boston-control-room-certified")


def test_statement_only_among_transparency_datasets(web: Heldback173Web, truth: dict) -> None:
    host = "www.cannockchasedc.gov.uk"
    stmt = f"http://{host}/sites/default/files/2024-07/cctv-transparency-statement-2024.pdf"
    assert _linking(web, host, stmt) == {f"http://{host}/council/transparency"}
    assert "award-winning" in _main(web, host, "/residents/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {urlsplit(stmt).path}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_signatories_first_agreement_without_extension(web: Heldback173Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    pg = "/info/20101/community_safety/270/cctv_in_oxford"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley" and _no_extension(doc["url"])
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Signed for and on behalf of Thames Valley Police") < text.index("The monitoring suite")
    main = _main(web, host, pg)
    assert "in line with the Surveillance Camera Code of Practice" in main and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and "Oxford University runs a further 99 cameras" in main


def test_councils_partnership_with_mention_and_preparing_to_apply(web: Heldback173Web, truth: dict) -> None:
    host = "www.hertsmere.gov.uk"
    main = _main(web, host, "/Community/Community-Safety/CCTV.aspx")
    assert "preparing to apply for third-party certification" in main and "East Herts" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("communitysafety@")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback173Web, truth: dict) -> None:
    hosts = {"www.worcestershire.gov.uk", "www.braintree.gov.uk", "www.eastleigh.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    for host in ("www.worcestershire.gov.uk", "www.braintree.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert _auth(truth, "www.eastleigh.gov.uk")["heldback"]["democracy_host"] == "democracy.eastleigh.gov.uk"
    assert "51 analogue cameras" in _html(web, "democracy.eastleigh.gov.uk", "/mgAi.aspx?ID=19354")
