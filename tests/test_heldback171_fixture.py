"""The hundred and seventy-first held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served, most of them about agreements with the police (an
agreement made by an exchange of two signed letters, the reply served without extension; a signed agreement filed only
as a nil-value row of the transparency contracts register; a signed ISA and the SPOC only in the CCTV row of the
article 30 record of processing; a joint control room agreement with the police that alone holds the step 1 claim; a
protocol signed by the police and not by the council; an agreement mentioned only in Cabinet minutes on a democracy
host; a WASPI protocol linked only off-site beside a councils' SLA; a police monitoring agreement only mentioned beside
a BID-paid position; a call-handling protocol mentioned on a refuge points page; signed police agreements about other
things; a councils' shared service agreement), a step 2 claim only in a quoted award letter beside a stepless mark, a
step 2 claim in an HTML code's audit section, FAQ answers at ?question= addresses, a Welsh twin, one-fact councils on
a help points page and a PSPO page, robots.txt forbidding the search, and councils that publish nothing but carry
look-alikes.
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

from fixtures.heldback171.truth import TRUTH_PATH
from fixtures.heldback171.web import Heldback171Web


@pytest.fixture(scope="module")
def web() -> Heldback171Web:
    return Heldback171Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_fresh_councils(web: Heldback171Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 171)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    from collections import Counter

    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally


def test_agreement_by_exchange_of_letters(web: Heldback171Web, truth: dict) -> None:
    host = "www.croydon.gov.uk"
    page = f"http://{host}/community-and-safety/safety/crime-and-antisocial-behaviour/cctv/working-with-the-police"
    d = _auth(truth, host)["deliverables"]
    mine, reply = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and mine["signed"] and reply["signed"]
    assert _linking(web, host, mine["url"]) == {page} and _linking(web, host, reply["url"]) == {page}
    assert _no_extension(reply["url"]) and not _no_extension(mine["url"])
    r = _render(web, reply["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    first, answer = _text(web, host, _path(mine["url"])), _text(web, host, _path(reply["url"]))
    assert "on behalf of the London Borough of Croydon" in first and "Commissioner of Police" not in first
    assert "Commissioner of Police of the Metropolis" in answer and "behalf of the London Borough" not in answer
    assert "The two letters together are the agreement" in _main(web, host, urlsplit(page).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_signed_agreement_as_a_contracts_register_row(web: Heldback171Web, truth: dict) -> None:
    host = "www.rochdale.gov.uk"
    reg = "/council/transparency/contracts-register"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{reg}"}
    html = _html(web, host, reg)
    assert '<th scope="col">Other party</th>' in html and "<td>Greater Manchester Police</td><td>£0</td>" in html
    assert "CCTV camera maintenance" in html  # the contractor's row beside it is no police agreement
    assert "Signed for and on behalf of Greater Manchester Police" in _text(web, host, _path(doc["url"]))
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"


def test_spoc_and_signed_isa_only_in_the_record_of_processing(web: Heldback171Web, truth: dict) -> None:
    host = "www.eastriding.gov.uk"
    how = "/council/governance-and-spending/how-we-use-your-information/"
    ropa = f"{how}record-of-processing-activities/"
    notice = f"{how}find-privacy-information/privacy-notice-for-cctv/"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}{ropa}"}
    row = _html(web, host, ropa).split("<td>Public space and building CCTV</td>", 1)[1].split("</tr>", 1)[0]
    assert "surveillance camera single point of contact" in row and doc["url"].split(host, 1)[1] in row
    assert "single point of contact" not in _main(web, host, notice)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {ropa} and d["5.3"]["status"] == "met"
    assert "For Humberside Police" in _text(web, host, _path(doc["url"]))


def test_signed_police_agreements_about_other_things(web: Heldback171Web, truth: dict) -> None:
    host = "www.suffolk.gov.uk"
    text = _text(web, host, "/assets/data-protection/isa-mash-suffolk-constabulary.pdf")
    assert "Signed for Suffolk Constabulary" in text and "camera" not in text.lower()
    assert "none of these agreements covers camera recordings" in _main(
        web, host, "/council-and-democracy/data-protection/information-sharing-agreements"
    )
    a = _auth(truth, host)
    assert a["deliverables"]["5.5"]["status"] == "not_met" and a["heldback"]["robots_forbid_search"]


def test_welsh_twin_waspi_link_off_site_and_councils_sla(web: Heldback171Web, truth: dict) -> None:
    host = "www.denbighshire.gov.uk"
    part = "/en/community-and-living/community-safety/cctv/denbighshire-cctv-partnership.aspx"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    links = _links(web, host, part)
    assert any(urlsplit(u).hostname == "www.waspi.gov.wales" for u in links)
    sla = "/en/documents/community-safety/cctv-service-level-agreement-cwac.pdf"
    assert f"http://{host}{sla}" in links
    sla_text = _text(web, host, sla)
    assert "Signed for Cheshire West and Chester Council" in sla_text and "Signed for North Wales" not in sla_text
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    cy = f"http://{host}/cy/cymuned-a-byw/diogelwch-cymunedol/teledu-cylch-cyfyng.aspx"
    assert cy in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, urlsplit(cy).path)
    assert d["5.3"]["status"] == "met"


def test_question_addresses_step_2_in_code_and_agreement_only_in_minutes(web: Heldback171Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    dem = "democracy.thanet.gov.uk"
    assert "How do the police get CCTV footage?" in _html(web, host, "/info-pages/cctv/?question=5594-3")
    code = "/info-pages/cctv-code-of-practice/"
    html = _html(web, host, code)
    assert 'alt="Surveillance Camera Commissioner certification mark"' in html and "step 2" in _main(web, host, code)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert [urlsplit(e["url"]).hostname for e in d["5.5"]["evidence"]] == [dem]
    assert d["5.5"]["status"] == "partial" and not d["5.1"]["criteria"]["police_agreement"]
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])
    assert "agreement" not in _main(web, host, "/info-pages/cctv/").lower()


def test_step_2_in_quoted_letter_and_protocol_signed_by_police_only(web: Heldback171Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    cert = "/Community/Emergency-Planning-CCTV/CCTV/Certification.aspx"
    html = _html(web, host, cert)
    quoted = html.split("<blockquote>", 1)[1].split("</blockquote>", 1)[0]
    assert "step 2 full certification" in quoted
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in html
    assert "step 2" not in html.replace(quoted, "")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2020-06"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    text = _text(web, host, _path(doc["url"]))
    assert "Signed on behalf of Kent Police: Superintendent" in text
    assert "Signed on behalf of Dover District Council: Signature ......" in text


def test_step_1_only_inside_the_joint_control_room_agreement(web: Heldback171Web, truth: dict) -> None:
    host = "www.woking.gov.uk"
    pg = "/community-and-safety/crime-and-community-safety/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Surrey"
    text = _text(web, host, _path(doc["url"]))
    assert "step 1 (desktop) certification" in text and "Points of contact" in text
    assert "step 1" not in _main(web, host, pg) and "certification" not in _html(web, host, pg)
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert {e["url"] for e in d["5.2"]["evidence"]} == {doc["url"]}
    assert "service level agreement between the two councils" in _main(web, host, f"{pg}/monitoring-for-surrey-heath")
    assert d["5.3"]["status"] == "partial"


def test_police_monitoring_agreement_only_mentioned_beside_bid(web: Heldback171Web, truth: dict) -> None:
    host = "www.epsom-ewell.gov.uk"
    main = _main(web, host, "/residents/community-safety/video-surveillance-and-cctv")
    assert "Epsom BID pays for a viewing position" in main and "working towards" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.2"]["status"] == "not_met"
    assert "democracy.epsom-ewell.gov.uk" in web.sites[host].hosts()
    assert "Surrey Police" in _text(web, "democracy.epsom-ewell.gov.uk", "/mgAi.aspx?ID=10295")


def test_refuge_points_mention_award_winning_and_no_spoc(web: Heldback171Web, truth: dict) -> None:
    host = "www.bassetlaw.gov.uk"
    main = _main(web, host, "/community-safety/cctv-refuge-points/")
    assert "call-handling protocol" in main and "award-winning" in main
    assert "Senior Responsible Officer for RIPA" in _main(web, host, "/community-safety/ripa/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "not_met"


def test_councils_shared_service_agreement_and_partners_certification(web: Heldback171Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    text = _text(web, host, "/media/18322/cctv-shared-service-agreement.pdf")
    assert "Peterborough City Council" in text and "Police" not in text
    assert "Peterborough City Council holds its own step 2 certification" in _main(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    assert _auth(truth, host)["oracle_fetches"] == 2


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.melton.gov.uk", "operator", "/community-and-safety/help-points"),
        (
            "www.cherwell.gov.uk",
            "cameras",
            "/environment-and-community-safety/public-spaces-protection-orders/banbury-town-centre",
        ),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback171Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.suffolk.gov.uk", "www.wealden.gov.uk", "www.lancaster.gov.uk"})
    assert _auth(truth, "www.lancaster.gov.uk")["heldback"]["robots_forbid_search"]
    assert "Sussex Police" in _main(web, "www.wealden.gov.uk", "/community/community-safety/")
