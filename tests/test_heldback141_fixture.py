"""The hundred and forty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really there (a Senior Responsible Officer on a governance page and a
signed Met agreement linked only from a privacy notice's sharing section; a step 2 claim only as a row of a standards
table, said to have lapsed, and a police agreement only in a question's answer; a SPOC only inside a CCTV privacy
notice and a signed agreement linked from an officer decision record; bilingual ASP.NET twins with the SPOC in a
roles table, Wrexham's monitoring agreement and Wrexham's certificate; a self-assessment said not to be certification
and an ended council-to-council monitoring agreement; a step 1 claim only in a question-and-answer list and a signed
agreement with a BID, not the police; a draft police agreement served without extension with blank signatures; a SPOC
designated only by an officer decision record; a partnership agreement between councils and a Park Mark alt text; a
step 2 claim only in the alt text of a mark inside a table cell and a protocol signed with the police as an HTML
signatories table; one-fact councils; robots.txt forbidding the search; councils that publish nothing but carry
look-alikes).
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback141.truth import TRUTH_PATH
from fixtures.heldback141.web import Heldback141Web


@pytest.fixture(scope="module")
def web() -> Heldback141Web:
    return Heldback141Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_councils(web: Heldback141Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 141)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_sro_on_governance_page_and_agreement_linked_only_from_privacy_notice(web: Heldback141Web, truth: dict) -> None:
    host = "www.westminster.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {"/community-safety/cctv/governance"}
    assert "Senior Responsible Officer for surveillance cameras" in _main(
        web, host, "/community-safety/cctv/governance"
    )
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv/privacy-notice"}
    assert "Metropolitan Police Service: J. Tranter" in _text(web, host, urlsplit(doc["url"]).path)


def test_step_2_only_in_a_standards_table_row_and_agreement_in_an_answer(web: Heldback141Web, truth: dict) -> None:
    host = "www.sandwell.gov.uk"
    d = _auth(truth, host)["deliverables"]
    std = "/info/200223/community_safety/2538/cctv_standards"
    assert "<td>Step 2 (full certification) after an on-site audit, awarded March 2021</td>" in _html(web, host, std)
    assert "step 2" not in _main(web, host, "/info/200223/community_safety/2536/cctv_in_sandwell").lower()
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-03"
    assert "Lapsed on 21 November 2025" in _main(web, host, std)
    faq = "/info/200223/community_safety/2539/cctv_questions"
    assert '<dd class="qa__a">' in _html(web, host, faq)
    assert d["5.5"]["status"] == "partial" and _paths(d["5.5"]) == {faq} and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_spoc_only_in_privacy_notice_and_agreement_from_decision_record(web: Heldback141Web, truth: dict) -> None:
    host = "www.durham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "single point of contact" not in _main(web, host, "/cctv").lower()
    assert _paths(d["5.3"]) == {"/article/cctv-privacy-notice"} and d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    odr = f"http://{host}/council-and-democracy/officer-decisions/odr-2024-311"
    assert _linking(web, host, doc["url"]) == {odr}
    assert 'class="decision"' in _html(web, host, urlsplit(odr).path)
    assert doc["signed"] and doc["force"] == "Durham"


def test_bilingual_twins_roles_table_and_wrexham_near_misses(web: Heldback141Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    en = "/en/Resident/Community-Safety/CCTV.aspx"
    cy = "/cy/Resident/Community-Safety/CCTV.aspx"
    d = _auth(truth, host)["deliverables"]
    assert 'hreflang="cy"' in _html(web, host, en) and '<html lang="cy">' in _html(web, host, cy)
    assert "Pwynt cyswllt unigol ar gyfer camerâu gwyliadwriaeth" in _main(web, host, cy)
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {en}
    main = _main(web, host, en)
    assert "service level agreement between the two councils" in main and "holds its own certificate" in main
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial"


def test_self_assessment_is_not_certification_and_agreement_with_gosport_ended(
    web: Heldback141Web, truth: dict
) -> None:
    host = "www.fareham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "not third-party certification" in _main(web, host, "/safety/cctv/selfassessment.aspx")
    assert "That agreement has ended" in _main(web, host, "/safety/cctv/default.aspx")
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert d["5.1"]["criteria"]["self_assessment"]
    assert 'alt="Park Mark Safer Parking award"' in _html(web, host, "/parking/car-parks/ferneham-hall.aspx")


def test_step_1_only_in_an_answer_and_signed_agreement_with_the_bid(web: Heldback141Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "step 1" not in _main(web, host, "/community-safety/cctv").lower()
    assert d["5.2"]["level"] == "step1" and _paths(d["5.2"]) == {"/community-safety/cctv/questions-and-answers"}
    bid = _text(web, host, "/media/8841/monitoring-agreement-oxford-bid.pdf")
    assert "Signed for Oxford BID" in bid and "Police" not in bid
    assert d["5.5"]["status"] == "not_met"


def test_draft_police_agreement_without_extension(web: Heldback141Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "__/__/20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert "BS 7958" in _main(web, host, "/community-safety/cctv") and d["5.2"]["status"] == "not_met"
    assert "democracy.chorley.gov.uk" in web.sites[host].hosts()


def test_spoc_only_in_an_officer_decision_record(web: Heldback141Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    od = "/council/transparency/officer-decisions/od-2024-017"
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv").lower()
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {od}
    assert 'class="decision"' in _html(web, host, od)


def test_partnership_agreement_between_councils_is_not_a_police_agreement(web: Heldback141Web, truth: dict) -> None:
    host = "www.hertsmere.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "partnership agreement between the four councils" in _main(
        web, host, "/Community/Community-Safety/CCTV.aspx"
    )
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"]


def test_step_2_in_mark_alt_inside_a_table_and_html_signatories_table(web: Heldback141Web, truth: dict) -> None:
    host = "www.lichfielddc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    rep = "/community-safety/cctv-closed-circuit-television/2"
    assert "step 2" not in _main(web, host, rep).lower() and "<td><img " in _html(web, host, rep)
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2018"
    prot = "/community-safety/cctv-closed-circuit-television/3"
    assert '<th scope="col">Signed for</th>' in _html(web, host, prot)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and urlsplit(doc["url"]).path == prot and doc["force"] == "Staffordshire"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.e-lindsey.gov.uk", "www.cannockchasedc.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.highpeak.gov.uk", "cameras", "/parking/car-parks/pavilion-gardens"),
        ("www.cannockchasedc.gov.uk", "retention", "/residents/housing/estates/benion-road-chadsmoor"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback141Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.nottinghamshire.gov.uk", "www.malvernhills.gov.uk", "www.e-lindsey.gov.uk"}
    )
    assert "CCTV" not in _main(web, "www.nottinghamshire.gov.uk", "/privacy")
