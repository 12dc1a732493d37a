"""The thirty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and serving live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 17 to 30; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in a data sharing
register at an address without extension, a SPOC only inside a procedures PDF, a mark whose alt text alone claims
step 1, a mark with empty alt text beside a step 2 sentence, an agreement under partnerships four clicks deep, a
privacy notice five clicks deep on a site without search, pages that never write 'CCTV', a telephone as the only
contact, robots.txt forbidding the search, councils that publish nothing but carry decoys).
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

from fixtures.heldback.truth import link_graph
from fixtures.heldback31.truth import TRUTH_PATH
from fixtures.heldback31.web import Heldback31Web


@pytest.fixture(scope="module")
def web() -> Heldback31Web:
    return Heldback31Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_17_to_30(web: Heldback31Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 16)
    assert not mine & codes_of_sets(range(17, 31)), "no council of sets 17-30 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 2,
            "Metropolitan district": 2,
            "Unitary authority": 4,
            "County": 1,
            "Non-metropolitan district": 7,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=0, types=5)
    auths = truth["authorities"]
    tally = Counter(a["deliverables"]["5.1"]["status"] for a in auths)
    assert tally == Counter({"met": 5, "partial": 5, "not_met": 6}), tally
    for key, want in (("5.2", {"met": 2, "not_met": 14}), ("5.3", {"met": 2, "partial": 2, "not_met": 12})):
        assert Counter(a["deliverables"][key]["status"] for a in auths) == Counter(want), key
    assert Counter(a["deliverables"]["5.5"]["status"] for a in auths) == Counter(
        {"met": 2, "partial": 2, "not_met": 12}
    )


def test_signed_agreement_only_in_the_data_sharing_register(web: Heldback31Web, truth: dict) -> None:
    host = "www.stockport.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/council-and-democracy/data-protection/data-sharing-register"
    }
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path


def test_spoc_only_inside_the_procedures_pdf(web: Heldback31Web, truth: dict) -> None:
    host = "www.stockport.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    (ev,) = d["5.3"]["evidence"]
    assert urlsplit(ev["url"]).path.endswith(".pdf")
    for step in ("cctv-purpose", "cctv-how-it-works", "cctv-staffing", "cctv-recordings", "cctv-code-of-practice"):
        assert "single point of contact" not in _main(web, host, f"/how-cctv-is-used/{step}")
    assert "single point of contact" in _text(web, host, urlsplit(ev["url"]).path)


def test_a_mark_whose_alt_text_alone_claims_step_1(web: Heldback31Web, truth: dict) -> None:
    host = "www.barnet.gov.uk"
    pg = "/community/community-safety/cctv"
    assert 'alt="Surveillance Camera Commissioner third party certification step 1' in _html(web, host, pg)
    assert "step 1" not in _text(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"


def test_empty_alt_mark_and_agreement_under_partnerships(web: Heldback31Web, truth: dict) -> None:
    host = "www.blackburn.gov.uk"
    pg = "/community-safety/cctv-hub"
    assert '<img src="/images/cert-mark.png" alt="">' in _html(web, host, pg)
    assert "step 2" in _text(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/partnerships/east-lancashire-cctv-partnership"}
    assert doc["url"] not in _links(web, host, pg)


def test_privacy_notice_five_clicks_deep_without_search(web: Heldback31Web, truth: dict) -> None:
    host = "www.tandridge.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az
    pn = f"http://{host}/your-council/data-protection/privacy/by-service/offices-and-car-parks"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [pn] and d["5.1"]["status"] == "partial"
    graph = link_graph(web, site)
    depth = {f"http://{host}/": 0}
    frontier = [f"http://{host}/"]
    while frontier:
        nxt = []
        for u in frontier:
            for v in graph.get(u, []):
                if v not in depth:
                    depth[v] = depth[u] + 1
                    nxt.append(v)
        frontier = nxt
    assert depth[pn] >= 4


def test_pages_that_never_write_cctv(web: Heldback31Web, truth: dict) -> None:
    for host, path in (
        ("www.southtyneside.gov.uk", "/article/1001/community-safety"),
        ("www.bathnes.gov.uk", "/crime-and-safety/public-space-cameras"),
    ):
        assert "cctv" not in _main(web, host, path).lower(), host
        assert f"http://{host}{path}" in _auth(truth, host)["deliverables"]["5.1"]["pages"]


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.southtyneside.gov.uk", "operator"),
        ("www.fareham.gov.uk", "complaints"),
        ("www.tandridge.gov.uk", "retention"),
        ("www.malvernhills.gov.uk", "signage"),
        ("www.rbkc.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_a_telephone_as_the_only_contact(web: Heldback31Web, truth: dict) -> None:
    host = "www.fareham.gov.uk"
    page = _html(web, host, "/safety/cctv/index.aspx")
    assert "01329 236 100" in page and "mailto:" not in page.split("<main")[-1].split("</main>")[0]
    assert _auth(truth, host)["deliverables"]["5.3"]["status"] == "partial"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback31Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {
            "www.cheshirewestandchester.gov.uk",
            "www.slough.gov.uk",
            "eastdevon.gov.uk",
            "www.cambridgeshire.gov.uk",
            "www.braintree.gov.uk",
            "www.pendle.gov.uk",
        },
    )
    for host in ("www.slough.gov.uk", "www.braintree.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_privacy_notice_holds_the_only_cctv_statement(web: Heldback31Web, truth: dict) -> None:
    host = "www.bassetlaw.gov.uk"
    d = _auth(truth, host)["deliverables"]["5.1"]
    assert d["status"] == "met" and d["pages"] == [
        f"http://{host}/about-us/data-protection/departmental-privacy-notices/cctv-privacy-notice"
    ]
