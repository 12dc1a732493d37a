"""The two hundred and thirty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh real register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served, with the weight on committee-system records: a
step 2 claim only in a forward plan entry; a signed agreement only in a 'Decision Notices' committee beside an ordinary
notice; a draft agreement only as a delegated decision's attachment in a decisions register; a SPOC only in an
e-petition response; a SPOC only in the answer to a member's question; a step 2 claim only in another member's
question answer; ordinary officer decisions, petitions, questions and forward plan entries that hold nothing; a signed
agreement as a three-page HTML document with the signatures on page 3; a signed Word protocol without extension with
the signatures first; a certification claim with no step and no date beside the mark; a SPOC in a policy bullet with a
Welsh twin; one-fact councils; and councils that publish nothing but carry look-alikes.
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

from fixtures.heldback235.truth import TRUTH_PATH
from fixtures.heldback235.web import Heldback235Web


@pytest.fixture(scope="module")
def web() -> Heldback235Web:
    return Heldback235Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_real_councils(web: Heldback235Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 235)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_step_2_only_in_a_forward_plan_entry(web: Heldback235Web, truth: dict) -> None:
    host, dem = "www.croydon.gov.uk", "democracy.croydon.gov.uk"
    entry = f"http://{dem}/ieIssueDetails.aspx?IId=7731&PlanId=418"
    assert _linking(web, host, entry) == {f"http://{dem}/mgListPlanItems.aspx?PlanId=418"}
    assert f"http://{dem}/mgListPlanItems.aspx?PlanId=418" in _links(web, dem, "/mgPlansHome.aspx")
    assert "step 2 (full) certification" in _main(web, dem, "/ieIssueDetails.aspx?IId=7731&PlanId=418")
    page = _main(web, host, "/community-and-safety/crime-and-antisocial-behaviour/cctv").lower()
    assert "certification" not in page and "step 2" not in page
    assert "certification" not in _main(web, dem, "/mgAi.aspx?ID=6518").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-10" and not d["5.2"]["mark_displayed"]
    assert {e["url"] for e in d["5.2"]["evidence"]} == {entry}
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_signed_agreement_over_three_html_pages(web: Heldback235Web, truth: dict) -> None:
    host = "www.doncaster.gov.uk"
    isa = f"http://{host}/documents/cctv-information-sharing-agreement"
    assert _linking(web, host, f"{isa}?page=1") == {
        f"http://{host}/services/crime-anti-social-behaviour-nuisance/cctv",
        f"{isa}?page=2",
    }
    assert _linking(web, host, f"{isa}?page=3") == {f"{isa}?page=2"}
    for n in (1, 2):
        assert "Signed for" not in _main(web, host, f"/documents/cctv-information-sharing-agreement?page={n}")
    assert "Signed for South Yorkshire Police" in _main(
        web, host, "/documents/cctv-information-sharing-agreement?page=3"
    )
    (doc,) = _auth(truth, host)["deliverables"]["5.5"]["documents"]
    assert doc["signed"] and doc["url"] == f"{isa}?page=3" and doc["force"] == "South Yorkshire"
    for i in (2257, 2401):
        text = _main(web, "doncaster.moderngov.co.uk", f"/ieDecisionDetails.aspx?ID={i}").lower()
        assert "cctv" in text or "camera" in text
        assert "agreement" not in text and "certif" not in text and "single point" not in text


def test_certification_without_step_or_date_beside_the_mark(web: Heldback235Web, truth: dict) -> None:
    host = "www.cheshireeast.gov.uk"
    pg = "/environment/community_safety/cctv.aspx"
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(web, host, pg)
    main = _main(web, host, pg).lower()
    assert "step" not in main and "full certification" not in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and d["5.2"]["awarded"] is None
    assert d["5.2"]["mark_displayed"] and d["5.5"]["status"] == "not_met"


def test_spoc_only_in_answer_to_a_members_question(web: Heldback235Web, truth: dict) -> None:
    host, dem = "www.leicestershire.gov.uk", "democracy.leicestershire.gov.uk"
    answer = f"http://{dem}/mgAi.aspx?ID=81234"
    assert "single point of contact for surveillance camera systems" in _main(web, dem, "/mgAi.aspx?ID=81234")
    site = web.sites[host]
    assert not any("single point of contact" in p.body for (h, _), p in site.pages.items() if h == host)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {answer}
    assert not d["5.1"]["criteria"]["responsible_officer"] and not site.az


def test_step_2_only_in_a_members_question_and_signed_protocol_signatures_first(
    web: Heldback235Web, truth: dict
) -> None:
    host, dem = "www.westlancs.gov.uk", "democracy.westlancs.gov.uk"
    pg = "/more/community-safety/cctv-in-west-lancashire.aspx"
    assert "certification" not in _main(web, host, pg).lower()
    assert "full step 2 certification" in _main(web, dem, "/mgAi.aspx?ID=40577")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-03"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _no_extension(doc["url"]) and doc["force"] == "Lancashire"
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, "/media/cctv-police-protocol")
    assert text.index("Signed on behalf of Lancashire Constabulary") < text.index("Purpose")
    assert '<aside class="related">' in _html(web, host, pg) and _linking(web, host, doc["url"]) == {
        f"http://{host}{pg}"
    }


def test_spoc_in_a_policy_bullet_with_welsh_twin(web: Heldback235Web, truth: dict) -> None:
    host = "www.carmarthenshire.gov.wales"
    pg = "/home/council-democracy/data-protection/cctv-and-surveillance-cameras"
    cy = "/cy/cartref/cyngor-a-democratiaeth/diogelu-data/teledu-cylch-cyfyng"
    html = _html(web, host, pg)
    assert "<li>Approval:" in html and "single point of contact" in html
    assert '<html lang="cy">' in _html(web, host, cy) and f"http://{host}{cy}" in _links(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.3"]["status"] == "met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_draft_agreement_only_as_a_delegated_decisions_attachment(web: Heldback235Web, truth: dict) -> None:
    host, dem = "www.tmbc.gov.uk", "democracy.tmbc.gov.uk"
    reg = f"http://{dem}/mgDelegatedDecisions.aspx?bcr=1"
    rec = f"http://{dem}/ieDecisionDetails.aspx?ID=3120"
    assert rec in _links(web, dem, "/mgDelegatedDecisions.aspx?bcr=1") and _linking(web, host, rec) == {reg}
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _linking(web, host, doc["url"]) == {rec}
    assert "20__" in _text(web, dem, urlsplit(doc["url"]).path)
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_signed_agreement_only_in_decision_notices_committee(web: Heldback235Web, truth: dict) -> None:
    host, dem = "www.dover.gov.uk", "democracy.dover.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=9610"}
    assert "Signed on behalf of Kent Police" in _text(web, dem, urlsplit(doc["url"]).path)
    ordinary = _html(web, dem, "/mgAi.aspx?ID=9921")
    assert "CCTV" in ordinary and "<h2>Documents</h2>" not in ordinary
    assert "<h1>Decision Notices</h1>" in _html(web, dem, "/mgCommitteeDetails.aspx?ID=302")


def test_spoc_only_in_an_e_petition_response(web: Heldback235Web, truth: dict) -> None:
    host, dem = "www.gosport.gov.uk", "democracy.gosport.gov.uk"
    pet = f"http://{dem}/mgEPetitionDisplay.aspx?Id=27"
    assert _linking(web, host, pet) == {f"http://{dem}/mgEPetitionListDisplay.aspx"}
    assert "single point of contact for surveillance cameras" in _main(web, dem, "/mgEPetitionDisplay.aspx?Id=27")
    assert "single point of contact" not in _main(web, host, "/article/1666/Public-space-CCTV")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {pet}
    assert d["5.1"]["criteria"]["self_assessment"] and not d["5.1"]["criteria"]["responsible_officer"]


def test_ordinary_committee_records_hold_nothing(web: Heldback235Web, truth: dict) -> None:
    for host, dem, path, words in (
        (
            "www.preston.gov.uk",
            "preston.moderngov.co.uk",
            "/mgAi.aspx?ID=8826",
            "service level agreement with Blackburn",
        ),
        ("www.preston.gov.uk", "preston.moderngov.co.uk", "/mgEPetitionDisplay.aspx?Id=58", "Council response"),
        (
            "www.hart.gov.uk",
            "democracy.hart.gov.uk",
            "/ieIssueDetails.aspx?IId=901&PlanId=55",
            "Runnymede Borough Council",
        ),
        (
            "www.gloucester.gov.uk",
            "democracy.gloucester.gov.uk",
            "/mgAi.aspx?ID=7155",
            "owned and monitored by Gloucestershire Constabulary",
        ),
        ("www.cheltenham.gov.uk", "democracy.cheltenham.gov.uk", "/mgAi.aspx?ID=8921", "Petition for CCTV"),
        ("www.erewash.gov.uk", "democracy.erewash.gov.uk", "/mgEPetitionDisplay.aspx?Id=19", "reviewing CCTV"),
        ("www.wychavon.gov.uk", "wychavon.moderngov.co.uk", "/mgAi.aspx?ID=5534", "Police and Crime Commissioner"),
    ):
        assert words in _main(web, dem, path), (dem, path)
        a = _auth(truth, host)
        assert not any(dem in e["url"] for d in a["deliverables"].values() for e in d["evidence"]), host
        assert a["deliverables"]["5.5"]["status"] == "not_met" and a["deliverables"]["5.2"]["status"] == "not_met"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.preston.gov.uk", "cameras", "/parking/car-parks/avenham-multi-storey"),
        ("www.hart.gov.uk", "cameras", "/community-safety"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_two_short_pages_and_a_complaints_phone(web: Heldback235Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} == {
        "/community-safety/cctv",
        "/community-safety/cctv/code-of-practice",
    }
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback235Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.cheltenham.gov.uk", "www.erewash.gov.uk", "www.gloucester.gov.uk"})
    assert "volunteer" in _main(web, "www.erewash.gov.uk", "/volunteering/cctv-volunteer-viewer").lower()
    assert "does not monitor" in _main(
        web, "www.gloucester.gov.uk", "/council-and-democracy/foi/disclosure-log/broken-cctv-cameras"
    )
