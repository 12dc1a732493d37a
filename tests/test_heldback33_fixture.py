"""The thirty-third held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows, none is in sets 17 to 32; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (a signed agreement only in a policy
library at an address without extension, a SPOC and a certificate of agreement only inside a code PDF, a mark
with empty alt text beside a step 2 sentence, a mark whose alt text alone claims step 2, a control-room telephone
as the only contact, a page five clicks deep on a site without search, committee papers on a moderngov host, a
privacy notice holding the only CCTV statement, decoys on the councils that publish nothing, robots.txt
forbidding the search).
"""

from __future__ import annotations

import json
from collections import Counter
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

from fixtures.heldback33.truth import TRUTH_PATH
from fixtures.heldback33.web import Heldback33Web


@pytest.fixture(scope="module")
def web() -> Heldback33Web:
    return Heldback33Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_17_to_32(web: Heldback33Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(17, 33)), "no council of sets 17-32 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 5,
            "Non-metropolitan district": 8,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=0, types=4)
    auths = truth["authorities"]
    tally = Counter(a["deliverables"]["5.1"]["status"] for a in auths)
    assert tally == Counter({"met": 5, "partial": 5, "not_met": 5}), tally
    assert sum(a["deliverables"]["5.2"]["status"] == "met" for a in auths) == 2
    assert Counter(a["deliverables"]["5.3"]["status"] for a in auths) == Counter({"met": 2, "partial": 4, "not_met": 9})
    assert Counter(a["deliverables"]["5.5"]["status"] for a in auths) == Counter(
        {"met": 2, "partial": 3, "not_met": 10}
    )


def test_a_signed_agreement_only_in_the_policy_library(web: Heldback33Web, truth: dict) -> None:
    host = "www.lbhf.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/policies-and-strategies"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "agreement" not in _main(web, host, "/crime/cctv").lower()
    assert d["5.3"]["status"] == "partial"


def test_spoc_and_certificate_only_inside_the_code_pdf(web: Heldback33Web, truth: dict) -> None:
    host = "www.bcpcouncil.gov.uk"
    pg = "/crime-and-anti-social-behaviour/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Dorset"
    assert doc["url"] in _links(web, host, pg)
    assert "single point of contact" not in _main(web, host, pg)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {urlsplit(doc["url"]).path}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Certificate of agreement" in text and "Signed for Dorset Police" in text
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == "not_met"


def test_a_mark_with_empty_alt_beside_the_step_2_sentence(web: Heldback33Web, truth: dict) -> None:
    host = "www.bedford.gov.uk"
    pg = "/environmental-issues/community-safety/cctv"
    assert '<img src="/images/scc-cert-mark.png" alt="">' in _html(web, host, pg)
    assert "(step 2)" in _text(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"


def test_a_mark_whose_alt_text_alone_claims_step_2(web: Heldback33Web, truth: dict) -> None:
    host = "www.basingstoke.gov.uk"
    page = _html(web, host, "/CCTV")
    assert 'alt="Surveillance Camera Commissioner: step 2 third party certification, awarded 2022"' in page
    assert "step 2" not in _text(web, host, "/CCTV").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2"
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_a_privacy_notice_beside_the_cctv_page(web: Heldback33Web, truth: dict) -> None:
    host = "www.northnorthants.gov.uk"
    pn = "/service-privacy-notices/cctv-and-surveillance-privacy-notice"
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{pn}" in d["5.1"]["pages"] and d["5.1"]["criteria"]["other_systems"]
    assert f"http://{host}{pn}" in _links(web, host, "/community-safety-and-emergencies/cctv")


def test_one_fact_councils(web: Heldback33Web, truth: dict) -> None:
    for host, crit in (
        ("www.highpeak.gov.uk", "complaints"),
        ("www.middevon.gov.uk", "operator"),
        ("www.hyndburnbc.gov.uk", "operator"),
        ("www.great-yarmouth.gov.uk", "retention"),
        ("www.cannockchasedc.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    # High Peak: a control-room telephone is the only contact and the page never writes CCTV
    hp = _text(web, "www.highpeak.gov.uk", "/community-safety")
    assert "control room on 01298" in hp and "CCTV" not in hp
    assert _auth(truth, "www.highpeak.gov.uk")["deliverables"]["5.3"]["status"] == "partial"
    # Great Yarmouth: the only statement sits in the general privacy notice
    gy = _auth(truth, "www.great-yarmouth.gov.uk")["deliverables"]["5.1"]
    assert gy["pages"] == ["http://www.great-yarmouth.gov.uk/privacy"]


def test_mid_devon_five_clicks_deep_without_search(web: Heldback33Web, truth: dict) -> None:
    host = "www.middevon.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az
    chain = [
        "/",
        "/residents",
        "/residents/community",
        "/residents/community/community-safety",
        "/residents/community/community-safety/town-centres",
        "/residents/community/community-safety/town-centres/tiverton-cameras",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert "democracy.middevon.gov.uk" in site.hosts()


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback33Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {
            "www.birmingham.gov.uk",
            "www.westberks.gov.uk",
            "www.scilly.gov.uk",
            "www.rother.gov.uk",
            "www.dacorum.gov.uk",
        },
    )
    for host in ("www.birmingham.gov.uk", "www.westberks.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert web.sites["www.scilly.gov.uk"].search is None
    assert "democracy.dacorum.gov.uk" in web.sites["www.dacorum.gov.uk"].hosts()
