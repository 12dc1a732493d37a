"""The forty-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows, none is in sets 27 to 46; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (a signed agreement only in a data
sharing register and a SPOC only inside a code of practice served without extension, a mark with empty alt text
beside a certificate sentence, a step 2 claim only in alt text, a signed agreement only in committee papers, a
camera page five clicks deep on a site without search, a control-room telephone as the only contact, a draft
unsigned protocol, a page that never writes the abbreviation, a privacy notice holding the statement, a
Welsh-first site, robots.txt forbidding the search, hosted guidance about agreements, and councils that publish
nothing but carry look-alikes).
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

from fixtures.heldback47.truth import TRUTH_PATH
from fixtures.heldback47.web import Heldback47Web


@pytest.fixture(scope="module")
def web() -> Heldback47Web:
    return Heldback47Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_27_to_46(web: Heldback47Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 13)
    assert not mine & codes_of_sets(range(27, 47)), "no council of sets 27-46 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 3,
            "Unitary authority": 2,
            "Non-metropolitan district": 5,
            "County": 1,
            "Welsh unitary authority": 1,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 7, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 10}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 4, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 7}), tally


def test_agreement_in_data_sharing_register_and_spoc_only_in_pdf(web: Heldback47Web, truth: dict) -> None:
    host = "www.bromley.gov.uk"
    pg = "/crime-prevention-community-safety/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/about-the-council/policies-plans-and-strategies/data-sharing-register"
    }
    assert "agreement" not in _main(web, host, pg).lower()
    assert "single point of contact" not in _main(web, host, pg)
    (ev,) = d["5.3"]["evidence"]
    assert ev["url"] == f"http://{host}/media/2231/download" and d["5.3"]["status"] == "met"
    r = _render(web, ev["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert "single point of contact" in _text(web, host, "/media/2231/download")


def test_empty_alt_mark_and_control_room_phone_only(web: Heldback47Web, truth: dict) -> None:
    host = "www.sandwell.gov.uk"
    pg = "/info/200223/housing/2536/cctv_in_sandwell"
    assert '<img src="/images/scc-compliant.png" alt=""' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_2_only_in_alt_text_and_agreement_only_in_committee_papers(web: Heldback47Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    pg = "/communities-and-health/closed-circuit-television-cctv"
    assert 'alt="Surveillance Camera Commissioner full certification step 2, 2022"' in _html(web, host, pg)
    assert "step 2" not in _text(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == "democracy.ipswich.gov.uk" and doc["force"] == "Suffolk"
    assert _linking(web, host, doc["url"]) == {"http://democracy.ipswich.gov.uk/mgAi.aspx?ID=30881"}
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_camera_page_five_clicks_deep_without_search(web: Heldback47Web, truth: dict) -> None:
    host = "www.gosport.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    base = "/sections/your-council"
    chain = [
        "/",
        base,
        f"{base}/community",
        f"{base}/community/community-safety",
        f"{base}/community/community-safety/safer-gosport",
        f"{base}/community/community-safety/safer-gosport/cctv.aspx",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_draft_protocol_and_agreement_without_extension(web: Heldback47Web, truth: dict) -> None:
    (draft,) = _auth(truth, "www.mansfield.gov.uk")["deliverables"]["5.5"]["documents"]
    assert draft["draft"] and not draft["signed"] and draft["url"].endswith(".docx")
    shrop = _auth(truth, "www.shropshire.gov.uk")["deliverables"]
    (sla,) = shrop["5.5"]["documents"]
    assert sla["signed"] and sla["force"] == "West Mercia"
    assert not urlsplit(sla["url"]).path.endswith(".pdf")
    assert _linking(web, "www.shropshire.gov.uk", sla["url"]) == {
        "http://www.shropshire.gov.uk/community-and-living/partnerships"
    }
    assert shrop["5.2"]["level"] == "step1" and shrop["5.3"]["status"] == "partial"
    assert not shrop["5.3"]["spoc"]["email"] and not shrop["5.3"]["spoc"]["phone"]


def test_page_never_writes_cctv_and_privacy_notice_holds_statement(web: Heldback47Web, truth: dict) -> None:
    host = "www.leeds.gov.uk"
    assert "cctv" not in _main(web, host, "/saferleeds/leedswatch").lower()
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    notice = f"http://{host}/privacy-notices/public-surveillance-cameras"
    assert d51["status"] == "met" and notice in d51["pages"]
    assert sum(e["url"] == notice for e in d51["evidence"]) == 1
    assert "cctv" not in _main(web, host, "/privacy-notices/public-surveillance-cameras").lower()


def test_welsh_first_site(web: Heldback47Web, truth: dict) -> None:
    host = "www.ceredigion.gov.uk"
    assert 'lang="cy"' in _html(web, host, "/")
    assert f"http://{host}/en" in _links(web, host, "/")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.lancaster.gov.uk", "retention"),
        ("www.solihull.gov.uk", "operator"),
        ("www.ceredigion.gov.uk", "retention"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback47Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.medway.gov.uk", "www.westsussex.gov.uk", "tewkesbury.gov.uk"})
    for host in ("www.medway.gov.uk", "www.lancaster.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    guide = _main(web, "www.westsussex.gov.uk", "/community-safety/partnership-resources")
    assert "service level agreement" in guide and "not an agreement" in guide
