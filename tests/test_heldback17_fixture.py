"""The seventeenth held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the labelling
rules of fixtures/heldback/README.md hold; the councils are real register rows, none is in sets 12 to 16, and
those reused from earlier sets are the London borough, metropolitan district, county, unitary and Welsh
councils the register left no fresh choice for, all from sets 1 to 6 (every shire district is in no set);
every homepage answers through the proxy under its real host name; every evidence URL answers 200, holds its
quote verbatim and is allowed by robots.txt; and the ordinary structures the set is built from are really
there (a signed agreement at an address without extension on an information governance page, another only
on a partnerships page, a SPOC only in a code PDF, a mark with empty alt text beside a step 2 sentence, a mark
whose alt text makes the claim, a privacy notice five clicks down as the whole disclosure, a Welsh twin and a
Welsh-first site, one-fact councils, decoys on the councils that publish nothing).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

from fixtures.heldback17.truth import TRUTH_PATH
from fixtures.heldback17.web import Heldback17Web
from heldback_served import (
    assert_publish_nothing,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    assert_labelling_rules,
    auth_by_host as _auth,
    served_text as _text,
    served_html as _html,
    served_main as _main,
    served_links as _links,
    render as _render,
)
import pytest


@pytest.fixture(scope="module")
def web() -> Heldback17Web:
    return Heldback17Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_and_reuse(web: Heldback17Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 18)
    recent = codes_of_sets(range(12, 17))
    assert not mine & recent, "no council of sets 12-16 may be reused"
    earlier = codes_of_sets(range(1, 12))
    reused = mine & earlier
    # only where the register has no council of that type left that no set used: every shire district here
    # is in no earlier set
    assert {register[g]["type"] for g in reused} == {
        "London borough",
        "Metropolitan district",
        "County",
        "Unitary authority",
        "Welsh unitary authority",
    }
    assert len(reused) == 6
    early = codes_of_sets(range(1, 7))
    assert reused <= early, "every reused council comes from sets 1 to 6 (the Welsh ones are also in 8 and 9)"
    welsh = {g for g in mine if register[g]["nation"] == "Wales"}
    assert welsh == {"W06000004", "W06000009"}
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "County": 1,
            "Unitary authority": 1,
            "Non-metropolitan district": 12,
            "Welsh unitary authority": 2,
        }
    )
    for a in truth["authorities"]:
        assert a["police_force"] == register[a["gss_code"]]["police_force"]


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=2, types=6)
    auths = truth["authorities"]
    tally = Counter(a["deliverables"]["5.1"]["status"] for a in auths)
    assert tally == Counter({"met": 8, "partial": 5, "not_met": 5}), tally
    assert sum(a["deliverables"]["5.2"]["status"] == "met" for a in auths) == 3, "few certified"
    assert sum(a["deliverables"]["5.3"]["status"] == "met" for a in auths) == 3, "few published SPOCs"
    assert sum(a["deliverables"]["5.5"]["status"] == "met" for a in auths) == 2, "few published agreements"


def test_signed_agreements_filed_away_from_the_cctv_page(web: Heldback17Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/information-governance"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "agreement" not in _main(web, host, "/cctv").lower()
    assert d["5.3"]["status"] == "partial"

    host = "www.dartford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/partnerships"}
    cctv = "/by-category/community-and-living2/csp/cctv"
    assert "agreement" not in _main(web, host, cctv).lower()
    assert d["5.3"]["status"] == "met" and "single point of contact" in _main(web, host, cctv)


def test_a_spoc_only_in_the_code_and_a_mark_with_empty_alt_text(web: Heldback17Web, truth: dict) -> None:
    host = "www.hartlepool.gov.uk"
    pg = "/info/20043/community_safety/723/cctv_in_hartlepool"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path.endswith(".pdf") for e in d["5.3"]["evidence"]} == {True}
    assert "single point of contact" not in _main(web, host, pg)
    page = _html(web, host, pg)
    assert 'alt=""' in page and "step 2 certification" in page
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2019"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_marks_and_claims(web: Heldback17Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    pg = "/community-parks-and-leisure/community-safety/cctv/"
    assert 'alt="Surveillance Camera Code compliant: full (step 2) certification"' in _html(web, host, pg)
    assert "step 2" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "met"
    d = _auth(truth, "www.ashford.gov.uk")["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2022" and not d["5.2"]["mark_displayed"]
    r = _render(web, "http://www.ashford.gov.uk/media/2931/cctv-code-of-practice.docx")
    assert r.status == 200 and "wordprocessingml" in (r.header("Content-Type") or "")


def test_a_privacy_notice_five_clicks_down_is_the_whole_disclosure(web: Heldback17Web, truth: dict) -> None:
    host = "www.lancashire.gov.uk"
    sp = "/council/transparency/access-to-information/service-and-project-specific-privacy-notices/"
    pn = f"{sp}closed-circuit-television-cctv/"
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.1"]["evidence"]} == {pn}
    assert d["5.1"]["status"] == "met" and sum(d["5.1"]["criteria"].values()) == 8
    assert _linking(web, host, f"http://{host}{pn}") == {f"http://{host}{sp}"}
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "not_met"


def test_welsh_twin_and_welsh_first(web: Heldback17Web, truth: dict) -> None:
    host = "www.denbighshire.gov.uk"
    en = "/en/resident/community-and-living/community-safety.aspx"
    cy = "/cy/preswylydd/cymuned-a-byw/diogelwch-cymunedol.aspx"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    assert f"http://{host}{cy}" in _auth(truth, host)["deliverables"]["5.1"]["pages"]
    host = "www.pembrokeshire.gov.uk"
    assert '<html lang="cy">' in _html(web, host, "/") and '<html lang="cy">' in _html(
        web, host, "/diogelwch-cymunedol"
    )
    assert "Dyfed-Powys Police" in _text(web, host, "/en/community-safety")


def test_one_fact_councils_and_search(web: Heldback17Web, truth: dict) -> None:
    for host, crit in (
        ("www.bexley.gov.uk", "cameras"),
        ("www.denbighshire.gov.uk", "operator"),
        ("www.bolsover.gov.uk", "retention"),
        ("www.lewes-eastbourne.gov.uk", "purpose"),
        ("www.castlepoint.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    for host in ("www.bolsover.gov.uk", "www.cotswold.gov.uk"):
        assert web.sites[host].search is None, host
    for host in ("www.bexley.gov.uk", "www.pembrokeshire.gov.uk", "www.southhams.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback17Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {
            "www.pembrokeshire.gov.uk",
            "www.eastcambs.gov.uk",
            "www.southhams.gov.uk",
            "www.cotswold.gov.uk",
            "www.rossendale.gov.uk",
        },
    )
