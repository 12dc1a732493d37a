"""The forty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 21 to 40; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement served without extension
from policies and strategies, another only in committee papers on a moderngov host, a SPOC only inside a code of
practice PDF, a mark with empty alt text beside a step 1 sentence, a step 2 claim only in alt text, a camera page
five clicks deep on a site without search, a control-room telephone as the only contact, Welsh-first pages,
pages that never write the abbreviation, robots.txt forbidding the search, and councils that publish nothing but
carry look-alikes).
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

from fixtures.heldback41.truth import TRUTH_PATH
from fixtures.heldback41.web import Heldback41Web


@pytest.fixture(scope="module")
def web() -> Heldback41Web:
    return Heldback41Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_21_to_40(web: Heldback41Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(21, 41)), "no council of sets 21-40 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "County": 1,
            "Welsh unitary authority": 2,
            "Non-metropolitan district": 10,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=2, types=5)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 6, "partial": 6, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 2, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 2, "partial": 3, "not_met": 10}), tally
    assert tally["5.5"] == Counter({"met": 2, "partial": 2, "not_met": 11}), tally


def test_spoc_only_in_pdf_and_agreement_without_extension(web: Heldback41Web, truth: dict) -> None:
    host = "www.bury.gov.uk"
    pg = "/my-neighbourhood/safety-in-the-community/emergency-control-and-public-area-cameras"
    d = _auth(truth, host)["deliverables"]
    assert "single point of contact" not in _main(web, host, pg)
    code = "/media/8812/public-area-cctv-code-of-practice.pdf"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {code}
    assert "single point of contact" in _text(web, host, code)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/policies-and-strategies"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")


def test_agreement_only_in_committee_papers_and_empty_alt_mark(web: Heldback41Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == "democracy.westlancs.gov.uk" and doc["signed"]
    assert _linking(web, host, doc["url"]) == {"http://democracy.westlancs.gov.uk/mgAi.aspx?ID=48812"}
    assert '<img src="/images/scc-cert.png" alt=""' in _html(web, host, "/crime-and-safety/cctv.aspx")
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1"


def test_step_2_claim_only_in_alt_text_and_control_room_phone(web: Heldback41Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    pg = "/your-community/cctv/cctv-in-ashford-and-tenterden"
    assert "step 2" not in _text(web, host, pg).lower()
    assert 'alt="Surveillance Camera Commissioner certificate of compliance: step 2' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_camera_page_five_clicks_deep_without_search_never_writing_cctv(web: Heldback41Web, truth: dict) -> None:
    host = "www.bexley.gov.uk"
    assert web.sites[host].search is None
    base = "/community-and-safety/crime-and-anti-social-behaviour/safer-bexley"
    chain = [
        "/",
        "/community-and-safety",
        "/community-and-safety/crime-and-anti-social-behaviour",
        base,
        f"{base}/partnership-work",
        f"{base}/partnership-work/public-space-cameras",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert "cctv" not in _main(web, host, chain[-1]).lower()
    assert _auth(truth, host)["deliverables"]["5.1"]["status"] == "met"


def test_welsh_first_councils(web: Heldback41Web, truth: dict) -> None:
    for host in ("www.denbighshire.gov.uk", "www.bridgend.gov.uk"):
        assert '<html lang="cy"' in _html(web, host, "/")
        assert f"http://{host}/en" in _links(web, host, "/")
    d = _auth(truth, "www.bridgend.gov.uk")["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.threerivers.gov.uk", "retention"),
        ("www.lewes-eastbourne.gov.uk", "operator"),
        ("www.maldon.gov.uk", "cameras"),
        ("www.eastcambs.gov.uk", "subject_access"),
        ("www.bolsover.gov.uk", "purpose"),
        ("www.fdean.gov.uk", "other_systems"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    assert not any("moderngov" in u for u in _auth(truth, "www.threerivers.gov.uk")["deliverables"]["5.1"]["pages"])


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback41Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.hants.gov.uk", "www.torridge.gov.uk", "www.blaby.gov.uk"})
    for host in ("www.maldon.gov.uk", "www.eastcambs.gov.uk", "www.torridge.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert web.sites["www.blaby.gov.uk"].search is None
