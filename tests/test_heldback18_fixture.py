"""The eighteenth held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the labelling
rules of fixtures/heldback/README.md hold; the councils are real register rows, none is in sets 12 to 16, and
those reused from earlier sets are the London borough, metropolitan district, county, unitary and Welsh
councils of sets 1 to 8 (every shire district is in no set); every homepage answers through the proxy under
its real host name; every evidence URL answers 200, holds its quote verbatim and is allowed by robots.txt; and
the ordinary structures the set is built from are really there (a signed agreement filed only in an
information sharing register at an address without extension, a certification mark with empty alt text
beside a step 2 sentence, a mark whose alt text is the claim, a single point of contact named only in a PDF,
a privacy notice four levels down as the whole disclosure, a Welsh twin under /cy/ and a Welsh-first site,
one-fact councils, decoys on the councils that publish nothing).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

from fixtures.heldback18.truth import TRUTH_PATH
from fixtures.heldback18.web import Heldback18Web
from heldback_served import (
    assert_publish_nothing,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    STATUSES,
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
def web() -> Heldback18Web:
    return Heldback18Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_and_reuse(web: Heldback18Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 18)
    recent = codes_of_sets(range(12, 17))
    assert not mine & recent, "no council of sets 12-16 may be reused"
    earlier = codes_of_sets(range(1, 12))
    reused = mine & earlier
    assert reused == {"E08000011", "E10000007", "E06000005", "E09000005", "W06000010", "W06000001"}
    assert {register[g]["type"] for g in reused} == {
        "London borough",
        "Metropolitan district",
        "County",
        "Unitary authority",
        "Welsh unitary authority",
    }
    early = codes_of_sets(range(1, 7))
    assert reused <= early, "every reused council comes from sets 1 to 6 (the Welsh ones are also in 7 or 8)"
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
    for key, allowed in STATUSES.items():
        for status in allowed:
            n = sum(a["deliverables"][key]["status"] == status for a in auths)
            assert n >= 3, (key, status, n)
    tally = Counter(a["deliverables"]["5.1"]["status"] for a in auths)
    assert tally == Counter({"met": 7, "partial": 6, "not_met": 5}), tally
    assert sum(a["deliverables"]["5.2"]["status"] == "met" for a in auths) == 3, "few certified"
    assert sum(a["deliverables"]["5.3"]["status"] == "met" for a in auths) == 3, "few published SPOCs"
    assert sum(a["deliverables"]["5.5"]["status"] == "met" for a in auths) == 3, "few signed agreements"


def test_a_signed_agreement_only_in_the_information_sharing_register(web: Heldback18Web, truth: dict) -> None:
    host = "www.darlington.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Durham"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/data-protection/information-sharing"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "information sharing" not in _main(web, host, "/your-council/cctv").lower()
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019"
    assert not d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "partial"


def test_certification_marks(web: Heldback18Web, truth: dict) -> None:
    brent = "/your-community/crime-and-community-safety/cctv-in-brent"
    page = _html(web, "www.brent.gov.uk", brent)
    assert '<img src="/images/scc-certification-mark.png" alt="">' in page
    d = _auth(truth, "www.brent.gov.uk")["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2017-03"
    wl = "/community-and-living/crime-and-community-safety/cctv.aspx"
    page = _html(web, "www.westlancs.gov.uk", wl)
    assert 'alt="Surveillance Camera Code of Practice: third party certification, step 2' in page
    assert "step 2" not in _main(web, "www.westlancs.gov.uk", wl)
    d = _auth(truth, "www.westlancs.gov.uk")["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2020" and d["5.5"]["status"] == "met"


def test_single_points_of_contact_named_only_in_a_pdf(web: Heldback18Web, truth: dict) -> None:
    for host, page in (
        ("www.brent.gov.uk", "/your-community/crime-and-community-safety/cctv-in-brent"),
        ("www.oadby-wigston.gov.uk", "/pages/cctv_footage"),
    ):
        d = _auth(truth, host)["deliverables"]
        assert d["5.3"]["status"] == "met"
        assert {urlsplit(e["url"]).path.endswith(".pdf") for e in d["5.3"]["evidence"]} == {True}
        assert "single point of contact" not in _main(web, host, page)
    d = _auth(truth, "www.carmarthenshire.gov.wales")["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_a_privacy_notice_four_levels_down_is_the_whole_disclosure(web: Heldback18Web, truth: dict) -> None:
    host = "www.derbyshire.gov.uk"
    pn = "/council/gdpr/privacy-notices/closed-circuit-television/closed-circuit-television-cctv.aspx"
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.1"]["evidence"]} == {pn}
    assert d["5.1"]["status"] == "met" and sum(d["5.1"]["criteria"].values()) == 10
    assert _auth(truth, host)["oracle_fetches"] == 5


def test_welsh_pages(web: Heldback18Web, truth: dict) -> None:
    host = "www.carmarthenshire.gov.wales"
    en = "/home/council-democracy/data-protection/surveillance-cameras/"
    cy = "/cartref/cyngor-a-democratiaeth/diogelu-data/camerau-gwyliadwriaeth/"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    assert f"http://{host}{cy}" in _auth(truth, host)["deliverables"]["5.1"]["pages"]
    assert '<html lang="cy">' in _html(web, "www.anglesey.gov.uk", "/")
    assert "http://www.anglesey.gov.uk/en" in _links(web, "www.anglesey.gov.uk", "/")


def test_one_fact_councils(web: Heldback18Web, truth: dict) -> None:
    for host, crit in (
        ("www.knowsley.gov.uk", "cameras"),
        ("www.ne-derbyshire.gov.uk", "subject_access"),
        ("www.torridge.gov.uk", "operator"),
        ("www.lewes-eastbourne.gov.uk", "disclosure"),
        ("www.easthants.gov.uk", "other_systems"),
        ("www.threerivers.gov.uk", "retention"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    assert web.sites["www.maldon.gov.uk"].search is None
    for host in ("www.anglesey.gov.uk", "www.uttlesford.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback18Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {
            "www.anglesey.gov.uk",
            "www.scambs.gov.uk",
            "www.maldon.gov.uk",
            "www.uttlesford.gov.uk",
            "www.fdean.gov.uk",
        },
    )
    assert "Holyhead Town Council" in _text(
        web, "www.anglesey.gov.uk", "/en/Residents/Community-safety/Town-centre-CCTV.aspx"
    )
