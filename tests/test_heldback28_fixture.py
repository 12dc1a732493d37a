"""The twenty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows, none is in sets 17 to 26; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (a signed agreement only in a policy
library at an address without extension, a SPOC and a signed certificate of agreement only inside a code of
practice PDF, a certification mark with empty alt text beside the claim, a claim only in alt text, a control
room telephone as the only contact, privacy notices holding the only CCTV statement, a Welsh-first site, a page
five clicks deep on a site without search that never writes CCTV, an SLA with another council rather than the
police, committee papers on democracy hosts, robots.txt forbidding the search, decoys on the councils that
publish nothing).
"""

from __future__ import annotations

import json
from collections import Counter, deque
from urllib.parse import urlsplit

import pytest
from heldback_served import (
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

from fixtures.heldback.truth import link_graph
from fixtures.heldback28.truth import TRUTH_PATH
from fixtures.heldback28.web import Heldback28Web


@pytest.fixture(scope="module")
def web() -> Heldback28Web:
    return Heldback28Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_17_to_26(web: Heldback28Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 14)
    assert not mine & codes_of_sets(range(17, 27)), "no council of sets 17-26 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 2,
            "Metropolitan district": 2,
            "Unitary authority": 3,
            "County": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 5,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    auths = truth["authorities"]
    tally = Counter(a["deliverables"]["5.1"]["status"] for a in auths)
    assert tally == Counter({"met": 6, "partial": 5, "not_met": 3}), tally
    assert sum(a["deliverables"]["5.2"]["status"] == "met" for a in auths) == 2
    assert Counter(a["deliverables"]["5.3"]["status"] for a in auths) == Counter({"met": 2, "partial": 3, "not_met": 9})
    assert Counter(a["deliverables"]["5.5"]["status"] for a in auths) == Counter(
        {"met": 2, "partial": 2, "not_met": 10}
    )


def test_a_signed_agreement_only_in_the_policy_library(web: Heldback28Web, truth: dict) -> None:
    host = "www.dudley.gov.uk"
    pg = "/council-community/community-advice/cctv-use-in-the-dudley-borough"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/council-community/plans-policies-and-strategies/policy-library"
    }
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "agreement" not in _main(web, host, pg).lower()
    assert d["5.3"]["status"] == "met" and "single point of contact" in _main(web, host, pg)


def test_spoc_and_certificate_only_inside_the_code_pdf(web: Heldback28Web, truth: dict) -> None:
    host = "www.southampton.gov.uk"
    pg = "/people-places/community-safety/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire"
    assert doc["url"] in _links(web, host, pg)
    assert "single point of contact" not in _main(web, host, pg)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {urlsplit(doc["url"]).path}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "certificate of agreement" in text and "Hampshire and Isle of Wight Constabulary" in text


def test_mark_with_empty_alt_beside_the_claim_and_a_claim_only_in_alt(web: Heldback28Web, truth: dict) -> None:
    hk = "www.hackney.gov.uk"
    page = _html(web, hk, "/public-space-surveillance")
    assert '<img src="/images/sccc-mark.png" alt=""' in page
    d = _auth(truth, hk)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    cv = "www.coventry.gov.uk"
    mrs = "/street-scene/monitoring-response-service"
    assert 'alt="Surveillance camera code compliant: step 2 full certification' in _html(web, cv, mrs)
    assert "step 2" not in _text(web, cv, mrs).lower()
    d = _auth(truth, cv)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2"


def test_a_control_room_telephone_as_the_only_contact(truth: dict) -> None:
    for host in ("www.hackney.gov.uk", "www.coventry.gov.uk"):
        d53 = _auth(truth, host)["deliverables"]["5.3"]
        assert d53["status"] == "partial" and d53["spoc"]["phone"] and not d53["spoc"]["email"], host


def test_privacy_notices_hold_the_only_cctv_statement(truth: dict) -> None:
    for host, n in (("www.coventry.gov.uk", 1), ("www.colchester.gov.uk", 1), ("www.preston.gov.uk", 1)):
        pages = _auth(truth, host)["deliverables"]["5.1"]["pages"]
        notices = [u for u in pages if "privacy" in u]
        assert len(notices) == n, host
    d = _auth(truth, "www.colchester.gov.uk")["deliverables"]["5.1"]
    assert d["status"] == "met" and len(d["pages"]) == 1


def test_welsh_first_site(web: Heldback28Web, truth: dict) -> None:
    host = "valeofglamorgan.gov.uk"
    cy, en = "/cy/byw/Bro-Ddiogelach/Teledu-Cylch-Cyfyng.aspx", "/en/living/Safer-Vale/CCTV.aspx"
    assert '<html lang="cy">' in _html(web, host, "/") and '<html lang="cy">' in _html(web, host, cy)
    assert f"http://{host}{en}" in _links(web, host, cy) and f"http://{host}{cy}" in _links(web, host, en)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["evidence"][0]["url"] == f"http://{host}{cy}"


def test_a_deep_page_without_search_that_never_writes_cctv(web: Heldback28Web, truth: dict) -> None:
    host = "www.woking.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az
    pg = f"http://{host}/community/community-safety/town-centre/partnership-working/town-centre-cameras"
    graph = link_graph(web, site)
    depth = {f"http://{host}/": 0}
    queue = deque([f"http://{host}/"])
    while queue:
        u = queue.popleft()
        for v in graph.get(u, []):
            if v not in depth:
                depth[v] = depth[u] + 1
                queue.append(v)
    assert depth[pg] >= 5
    assert "cctv" not in _text(web, host, urlsplit(pg).path).lower()
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]


def test_an_sla_with_another_council_is_not_a_police_agreement(web: Heldback28Web, truth: dict) -> None:
    host = "www.preston.gov.uk"
    doc = "http://preston.moderngov.co.uk/documents/s9921/CCTV%20monitoring%20report.pdf"
    r = _render(web, doc)
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "Blackburn with Darwen" in _text(web, "preston.moderngov.co.uk", "/mgAi.aspx?ID=9921")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met"
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["retention"]


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("valeofglamorgan.gov.uk", "operator"),
        ("www.woking.gov.uk", "cameras"),
        ("crawley.gov.uk", "cameras"),
        ("www.preston.gov.uk", "retention"),
        ("www.durham.gov.uk", "other_systems"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback28Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.wiltshire.gov.uk", "www.norfolk.gov.uk", "www.epsom-ewell.gov.uk"},
    )
    assert _auth(truth, "www.norfolk.gov.uk")["heldback"]["robots_forbid_search"]
    assert _auth(truth, "www.islington.gov.uk")["heldback"]["robots_forbid_search"]
    for host in ("www.wiltshire.gov.uk", "www.epsom-ewell.gov.uk"):
        assert web.sites[host].democracy, host
    assert "Video surveillance system policy" in _text(
        web, "democracy.epsom-ewell.gov.uk", "/ieIssueDetails.aspx?IId=11328&Opt=3"
    )
