"""The nineteenth held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the labelling
rules of fixtures/heldback/README.md hold; the councils are real register rows, none is in sets 14 to 18, the
six reused from earlier sets are the metropolitan district, county, unitary, London borough and two Welsh
councils the brief named (every shire district is in no set); the set is wired into benchmarks.heldback and
`make bench`; every homepage answers through the proxy under its real host name; every evidence URL answers
200, holds its quote verbatim and is allowed by robots.txt; and the ordinary structures the set is built from
are really there (agreements signed by the police filed away from the camera page: in cabinet papers, in a
data sharing agreements register at an address without extension, as a Word file on a partnerships page; a
single point of contact named only in a code PDF five clicks down; a certification mark with empty alt text
beside a step 1 sentence; Welsh twins; one-fact councils; decoys on the councils that publish nothing).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    codes_of_sets,
    STATUSES,
    assert_labelling_rules,
    register_rows_of,
)
from heldback_served import auth_by_host as _auth
from heldback_served import evidence_urls as _evidence_urls
from heldback_served import linking as _linking
from heldback_served import render as _render
from heldback_served import served_html as _html
from heldback_served import served_links as _links
from heldback_served import served_main as _main
from heldback_served import served_text as _text

from fixtures.heldback19.truth import TRUTH_PATH
from fixtures.heldback19.web import Heldback19Web

REUSED = {
    "E08000002": "Bury",
    "E10000014": "Hampshire",
    "E06000002": "Middlesbrough",
    "E09000010": "Enfield",
    "W06000016": "Rhondda Cynon Taf",
    "W06000011": "Swansea",
}


@pytest.fixture(scope="module")
def web() -> Heldback19Web:
    return Heldback19Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_and_reuse(web: Heldback19Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 18)
    recent = codes_of_sets(range(14, 19))
    assert not mine & recent, "no council of sets 14-18 may be reused"
    assert set(REUSED) <= mine
    for g, short in REUSED.items():
        assert short in register[g]["name"]
    shire = {g for g in mine if register[g]["type"] == "Non-metropolitan district"}
    assert len(shire) == 12 and not shire & set(REUSED)
    welsh = {g for g in mine if register[g]["nation"] == "Wales"}
    assert welsh == {"W06000016", "W06000011"}
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
    assert tally == Counter({"met": 7, "partial": 6, "not_met": 5}), tally
    for a in auths:
        n = sum(a["deliverables"]["5.1"]["criteria"].values())
        assert n <= 1 or n >= 6, (a["name"], n)
    assert sum(a["deliverables"]["5.2"]["status"] == "met" for a in auths) == 3, "few certified"
    assert sum(a["deliverables"]["5.3"]["status"] == "met" for a in auths) == 3, "few published SPOCs"
    assert sum(a["deliverables"]["5.5"]["status"] == "met" for a in auths) == 3, "few signed agreements"


def test_agreements_signed_by_the_police_filed_away_from_the_camera_page(web: Heldback19Web, truth: dict) -> None:
    # Enfield: only as a cabinet report appendix on the moderngov host
    host = "new.enfield.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert urlsplit(doc["url"]).hostname == "governance.enfield.gov.uk"
    assert _linking(web, host, doc["url"]) == {"http://governance.enfield.gov.uk/mgAi.aspx?ID=51207"}
    assert not d["5.1"]["criteria"]["police_agreement"], "committee papers never count for 5.1"
    # Swansea: a register of data sharing agreements, at an address without extension
    host = "www.swansea.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Wales"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/dataprotection/datasharingagreements"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "agreement" not in _main(web, host, "/cctv").lower()
    # Ashfield: a Word document on the partnerships page
    host = "www.ashfield.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire" and doc["url"].endswith(".docx")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/partnerships"}
    assert "Signed on behalf of Nottinghamshire Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial"


def test_a_spoc_only_in_a_code_pdf_five_clicks_down(web: Heldback19Web, truth: dict) -> None:
    host = "www.rctcbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/SiteElements/Resources/Documents/CCTV/CCTVCodeofPractice2024.pdf"
    }
    faqs = "/EN/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership/CCTV/CCTVFAQs.aspx"
    assert "single point of contact" not in _main(web, host, faqs).lower()
    site = web.sites[host]
    depth, cur = 0, site.pages[(host, faqs)]
    while cur.parent is not None:
        cur, depth = site.pages[(host, cur.parent)], depth + 1
    assert depth == 5
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_a_mark_with_empty_alt_text_beside_a_step_1_sentence(web: Heldback19Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    page = _html(web, host, "/resident-community-and-living/closed-circuit-television-cctv")
    assert '<img src="/images/scc-mark.png" alt="">' in page
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019"
    assert d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"
    enf = _html(web, "new.enfield.gov.uk", "/services/community-safety/closed-circuit-television-cctv")
    assert 'alt="Surveillance Camera Commissioner certification mark: full certification (step 2)"' in enf


def test_welsh_twins(web: Heldback19Web, truth: dict) -> None:
    for host, en, cy in (
        (
            "www.rctcbc.gov.uk",
            "/EN/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership/CCTV/CCTV.aspx",
            "/CY/Preswylwyr/ArgyfyngauDiogelwchaThrosedd/PartneriaethDiogelwchCymunedol/TCC/TCC.aspx",
        ),
        ("www.swansea.gov.uk", "/cctv", "/cctv?lang=cy"),
    ):
        assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
        assert '<html lang="cy">' in _html(web, host, cy)
        assert f"http://{host}{cy}" in _auth(truth, host)["deliverables"]["5.1"]["pages"]


def test_one_fact_councils(web: Heldback19Web, truth: dict) -> None:
    for host, crit in (
        ("www.bury.gov.uk", "operator"),
        ("www.middlesbrough.gov.uk", "cameras"),
        ("www.sholland.gov.uk", "operator"),
        ("www.rochford.gov.uk", "subject_access"),
        ("www.southribble.gov.uk", "purpose"),
        ("www.hinckley-bosworth.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    for host in ("www.rochford.gov.uk", "www.blaby.gov.uk"):
        assert web.sites[host].search is None, host
    for host in ("www.hants.gov.uk", "www.southderbyshire.gov.uk", "www.north-herts.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback19Web, truth: dict) -> None:
    nothing = [a for a in truth["authorities"] if all(a["deliverables"][k]["status"] == "not_met" for k in STATUSES)]
    assert {a["heldback"]["host"] for a in nothing} >= {
        "www.hants.gov.uk",
        "www.southderbyshire.gov.uk",
        "www.blaby.gov.uk",
        "www.n-kesteven.gov.uk",
        "www.westoxon.gov.uk",
    }
    for a in nothing:
        site = web.sites[a["heldback"]["host"]]
        hits = [p for p in site.pages.values() if re.search(r"(?i)cctv|camera|surveillance", p.body)]
        assert len(hits) >= 3, a["name"]
        assert not _evidence_urls(a)
    assert "Thames Valley Police" in _text(web, "www.westoxon.gov.uk", "/residents/community-safety")
