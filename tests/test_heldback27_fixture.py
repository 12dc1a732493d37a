"""The twenty-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows, none is in sets 17 to 26; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (a signed agreement only in a policy
library at an address without extension, a SPOC only inside a policy PDF, a signed protocol filed in a data
sharing register, a step 1 sentence beside a mark with empty alt text, a mark whose alt text alone claims step 2,
a camera page four clicks deep on a site without search, a control-room telephone as the only contact, a privacy
notice holding the only statement, a page that never writes 'CCTV', a Welsh-first site with a twin, committee
papers on democracy hosts, robots.txt forbidding the search, and look-alikes on the councils that publish nothing).
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

from fixtures.heldback27.truth import TRUTH_PATH
from fixtures.heldback27.web import Heldback27Web


@pytest.fixture(scope="module")
def web() -> Heldback27Web:
    return Heldback27Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_17_to_26(web: Heldback27Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 14)
    assert not mine & codes_of_sets(range(17, 27)), "no council of sets 17-26 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 2,
            "Metropolitan district": 3,
            "Unitary authority": 3,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 5,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=5)
    auths = truth["authorities"]

    def tally(key: str) -> Counter:
        return Counter(a["deliverables"][key]["status"] for a in auths)

    assert tally("5.1") == Counter({"met": 5, "partial": 5, "not_met": 4})
    assert tally("5.2") == Counter({"met": 2, "not_met": 12})
    assert tally("5.3") == Counter({"met": 2, "partial": 2, "not_met": 10})
    assert tally("5.5") == Counter({"met": 2, "partial": 2, "not_met": 10})


def test_signed_agreement_only_in_the_policy_library_without_extension(web: Heldback27Web, truth: dict) -> None:
    host = "www.northlincs.gov.uk"
    pg = "/your-council/about-your-council/information-and-performance/information-governance/cctv/"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Humberside"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/policies-and-strategies/policy-library"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "agreement" not in _main(web, host, pg).lower()
    assert pg.count("/") - 1 == 5, "the CCTV page is five levels down"


def test_spoc_only_inside_the_policy_pdf(web: Heldback27Web, truth: dict) -> None:
    host = "www.northlincs.gov.uk"
    pg = "/your-council/about-your-council/information-and-performance/information-governance/cctv/"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    (path,) = {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]}
    assert path.endswith(".pdf") and f"http://{host}{path}" in _links(web, host, pg)
    assert "single point of contact" not in _main(web, host, pg)
    assert "single point of contact" in _text(web, host, path)


def test_protocol_in_the_data_sharing_register_and_a_control_room_phone(web: Heldback27Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    main = "/Community/Emergency-Planning-CCTV/CCTV/CCTV.aspx"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/Your-Council/Data-Protection/Data-sharing-register.aspx"}
    assert "Signed for and on behalf of Kent Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "@" not in _main(web, host, main) and "Telephone: 01304 872 999" in _main(web, host, main)
    assert d["5.1"]["criteria"]["statistics"] and d["5.1"]["criteria"]["annual_review"]


def test_step_1_sentence_beside_a_mark_with_empty_alt_text(web: Heldback27Web, truth: dict) -> None:
    host = "www.towerhamlets.gov.uk"
    pg = "/lgnl/community_and_living/community_safety__crime_preve/cctv/CCTV.aspx"
    assert '<img src="/images/scc-mark.png" alt=""' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"
    assert d["5.5"]["documents"] == []


def test_mark_alt_text_alone_claims_step_2_on_a_deep_page_without_search(web: Heldback27Web, truth: dict) -> None:
    host = "www.hart.gov.uk"
    pg = "/community-safety/keeping-safe/town-centres/cctv-cameras"
    site = web.sites[host]
    assert site.search is None and not site.sitemap
    assert all(u != pg for u, _ in site.az_entries)
    chain = ["/", "/community-safety", "/community-safety/keeping-safe", "/community-safety/keeping-safe/town-centres"]
    for parent, child in zip(chain, chain[1:] + [pg]):
        assert f"http://{host}{child}" in _links(web, host, parent), (parent, child)
    assert 'alt="Surveillance Camera Code of Practice: step 2 full certification, 2021"' in _html(web, host, pg)
    assert "step 2" not in _text(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.5"]["status"] == "partial"


def test_privacy_notice_holds_the_only_statement(web: Heldback27Web, truth: dict) -> None:
    host = "my.northtyneside.gov.uk"
    d = _auth(truth, host)["deliverables"]
    pages = {urlsplit(u).path for u in d["5.1"]["pages"]}
    assert pages == {"/category/data-protection-and-privacy/privacy-statements/cctv-privacy-notice"}
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert "Cabinet approved an update to the CCTV policy" in _text(
        web, "democracy.northtyneside.gov.uk", "/mgAi.aspx?ID=3162"
    )


def test_one_fact_councils(web: Heldback27Web, truth: dict) -> None:
    for host, crit in (
        ("www.sutton.gov.uk", "cameras"),
        ("www.blackpool.gov.uk", "cameras"),
        ("www.cheltenham.gov.uk", "operator"),
        ("www.watford.gov.uk", "cameras"),
        ("www.wrexham.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    watford = "/info/20010/your_environment/203/town_centre_safety"
    assert "cctv" not in _main(web, "www.watford.gov.uk", watford).lower()


def test_welsh_first_site_with_a_twin(web: Heldback27Web, truth: dict) -> None:
    host = "www.wrexham.gov.uk"
    en, cy = "/en/community-safety", "/diogelwch-cymunedol"
    assert '<html lang="cy">' in _html(web, host, "/") and '<html lang="cy">' in _html(web, host, cy)
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert f"http://{host}{cy}" in _auth(truth, host)["deliverables"]["5.1"]["pages"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback27Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.sunderland.gov.uk", "www.wolverhampton.gov.uk", "www.stroud.gov.uk", "www.iow.gov.uk"},
    )
    assert _auth(truth, "www.sunderland.gov.uk")["heldback"]["robots_forbid_search"]
    guide = _main(web, "www.wolverhampton.gov.uk", "/community/safer-wolverhampton-partnership")
    assert "service level agreement" in guide
