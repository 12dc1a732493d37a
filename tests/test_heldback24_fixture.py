"""The twenty-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows, none is in sets 15 to 22; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (a signed agreement only in a policy
library at an address without extension, a SPOC and a signed certificate of agreement only inside a code of
practice PDF, a certification mark whose alt text alone claims step 2, a Welsh twin under /cy/, one-fact
councils, decoys on the councils that publish nothing, robots.txt forbidding the search, a site without search).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_publish_nothing,
    assert_labelling_rules,
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

from fixtures.heldback24.truth import TRUTH_PATH
from fixtures.heldback24.web import Heldback24Web


@pytest.fixture(scope="module")
def web() -> Heldback24Web:
    return Heldback24Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_15_to_22(web: Heldback24Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 12)
    assert not mine & codes_of_sets(range(15, 23)), "no council of sets 15-22 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "County": 1,
            "Unitary authority": 2,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 7,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=5)
    auths = truth["authorities"]
    tally = Counter(a["deliverables"]["5.1"]["status"] for a in auths)
    assert tally == Counter({"met": 5, "partial": 3, "not_met": 4}), tally
    assert sum(a["deliverables"]["5.2"]["status"] == "met" for a in auths) == 2
    assert sum(a["deliverables"]["5.3"]["status"] == "met" for a in auths) == 2
    assert sum(a["deliverables"]["5.5"]["status"] == "met" for a in auths) == 2


def test_a_signed_agreement_only_in_the_policy_library(web: Heldback24Web, truth: dict) -> None:
    host = "www.derby.gov.uk"
    pg = "/community-and-safety/crime-prevention/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Derbyshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/policies-and-plans/policy-library"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "agreement" not in _main(web, host, pg).lower()
    assert d["5.3"]["status"] == "met" and "single point of contact" in _main(web, host, pg)


def test_spoc_and_certificate_only_inside_the_code_pdf(web: Heldback24Web, truth: dict) -> None:
    host = "www.plymouth.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Devon & Cornwall"
    assert doc["url"] in _links(web, host, "/cctv")
    assert "single point of contact" not in _main(web, host, "/cctv")
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {urlsplit(doc["url"]).path}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Certificate of agreement" in text and "Signed for Devon and Cornwall Police" in text
    assert d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    assert '<img src="/images/scc-certified.png" alt=""' in _html(web, host, "/cctv"), "a mark with empty alt text"


def test_a_mark_whose_alt_text_alone_claims_step_2(web: Heldback24Web, truth: dict) -> None:
    host = "www.ealing.gov.uk"
    art = "/info/201149/crime_prevention/719/cctv_public_safety"
    page = _html(web, host, art)
    assert 'alt="Surveillance camera code compliant: step 2 full certification, 2020"' in page
    assert "step 2" not in _text(web, host, art).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2"
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"


def test_welsh_twin_under_cy(web: Heldback24Web, truth: dict) -> None:
    host = "www.blaenau-gwent.gov.uk"
    en, cy = "/en/resident/community-safety/", "/cy/preswylydd/diogelwch-cymunedol/"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    assert f"http://{host}{cy}" in _auth(truth, host)["deliverables"]["5.1"]["pages"]


def test_a_privacy_notice_four_levels_down_beside_a_service_page(web: Heldback24Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    pn = "/your-council/your-chesterfield/data-protection-privacy-notice/parking-and-cctv/cctv-privacy-notice.aspx"
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{pn}" in d["5.1"]["pages"] and d["5.1"]["criteria"]["other_systems"]
    assert f"http://{host}{pn}" in _links(
        web, host, "/your-council/your-chesterfield/data-protection-privacy-notice/parking-and-cctv"
    )
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.blaenau-gwent.gov.uk", "cameras"),
        ("www.cambridge.gov.uk", "operator"),
        ("exeter.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback24Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {
            "www.worcestershire.gov.uk",
            "www.ambervalley.gov.uk",
            "www.erewash.gov.uk",
            "www.hastings.gov.uk",
        },
    )
    for host in ("www.worcestershire.gov.uk", "www.hastings.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert web.sites["www.erewash.gov.uk"].search is None
