"""The thirty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows, none is in sets 17 to 34; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (a signed agreement served without
extension from a policies page, another only in committee papers on a democracy host, a third on a partnership
page; a SPOC only inside a code of practice PDF; a mark with empty alt text beside a sentence claiming step 1, a
step 2 claim only in alt text; a camera page five clicks deep on a site without search; a control-room telephone
as the only contact; a privacy notice holding the whole statement; a page that never writes the abbreviation;
robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    status_tally,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
)

from fixtures.heldback38.truth import TRUTH_PATH
from fixtures.heldback38.web import Heldback38Web


@pytest.fixture(scope="module")
def web() -> Heldback38Web:
    return Heldback38Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_17_to_34(web: Heldback38Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 16)
    assert not mine & codes_of_sets(range(17, 35)), "no council of sets 17-34 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 2,
            "County": 2,
            "Non-metropolitan district": 10,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=0, types=5)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 6, "partial": 7, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 2, "partial": 3, "not_met": 11}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 2, "not_met": 11}), tally


def test_agreement_without_extension_and_spoc_only_in_the_code(web: Heldback38Web, truth: dict) -> None:
    host = "www.portsmouth.gov.uk"
    pg = "/services/community-safety/cctv-in-portsmouth"
    code = "/wp-content/uploads/2024/03/pcc-cctv-code-of-practice-2024.pdf"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/policies-and-strategies"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "single point of contact" not in _main(web, host, pg)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {code}
    assert "single point of contact" in _text(web, host, code)
    assert d["5.3"]["status"] == "met"


def test_agreement_only_in_committee_papers(web: Heldback38Web, truth: dict) -> None:
    host, dem = "www.calderdale.gov.uk", "democracy.calderdale.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == dem and doc["signed"] and doc["force"] == "West Yorkshire"
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=30211"}
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial"


def test_agreement_on_the_partnership_page(web: Heldback38Web, truth: dict) -> None:
    host = "www.wandsworth.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/safer-wandsworth-partnership"}
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"]


def test_step_1_beside_an_empty_alt_mark_deep_page_without_search(web: Heldback38Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    assert web.sites[host].search is None
    chain = [
        "/",
        "/community.cfm",
        "/community/safety.cfm",
        "/community/safety/crime-reduction.cfm",
        "/community/safety/crime-reduction/town-centres.cfm",
        "/community/safety/crime-reduction/town-centres/public-space-surveillance.cfm",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert '<img src="/images/scc-mark.png" alt=""' in _html(web, host, chain[-1])
    text = _text(web, host, chain[-1])  # the legacy table layout has no <main>
    assert "CCTV" not in text and "step 1" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_in_alt_text_inside_a_privacy_notice(web: Heldback38Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    pg = "/info/20802/privacy_notices/1269/warwick_district_council_privacy_notice/7"
    assert 'alt="Surveillance Camera Commissioner certification mark: step 2' in _html(web, host, pg)
    assert "step 2" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2"
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert d["5.3"]["status"] == "partial"


def test_control_room_telephone_the_only_contact(truth: dict) -> None:
    d = _auth(truth, "www.runnymede.gov.uk")["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.somerset.gov.uk", "cameras"),
        ("www.nottinghamshire.gov.uk", "subject_access"),
        ("www.warwickshire.gov.uk", "retention"),
        ("www.reigate-banstead.gov.uk", "cameras"),
        ("www.rugby.gov.uk", "operator"),
        ("www.worcester.gov.uk", "signage"),
        ("www.eastherts.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_search_forbidden_missing_and_committee_hosts(web: Heldback38Web, truth: dict) -> None:
    for host in ("www.somerset.gov.uk", "www.rugby.gov.uk", "www.eastherts.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert {h for h, s in web.sites.items() if s.search is None} == {"www.stratford.gov.uk", "www.arun.gov.uk"}
    assert "Scrutiny" in _text(web, "democracy.somerset.gov.uk", "/mgCommitteeDetails.aspx?ID=412")
    assert (
        "cctv" not in _main(web, "www.somerset.gov.uk", "/crime-and-community-safety/keeping-communities-safe").lower()
    )


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback38Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.surreyheath.gov.uk", "www.northwarks.gov.uk", "www.arun.gov.uk"},
    )
