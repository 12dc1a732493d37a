"""The thirty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows, none is in sets 17 to 30; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (a signed agreement only in a data
sharing register at an address without extension, a SPOC only inside a code of practice PDF, an agreement only on
a partnerships page, a mark with empty alt text beside a step 2 sentence, a mark whose alt text alone claims
step 1, a CCTV section five clicks deep on a site without search, a control-room telephone as the only contact,
a privacy-style page holding the only camera statement, a page that never writes 'CCTV', committee papers,
robots.txt forbidding the search, decoys on the councils that publish nothing).
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

from fixtures.heldback32.truth import TRUTH_PATH
from fixtures.heldback32.web import Heldback32Web


@pytest.fixture(scope="module")
def web() -> Heldback32Web:
    return Heldback32Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_17_to_30(web: Heldback32Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 16)
    assert not mine & codes_of_sets(range(17, 31)), "no council of sets 17-30 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "City corporation": 1,
            "London borough": 1,
            "Metropolitan district": 2,
            "Unitary authority": 5,
            "Non-metropolitan district": 7,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=0, types=5)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 6, "partial": 5, "not_met": 5}), tally
    assert tally["5.2"] == Counter({"met": 2, "not_met": 14})
    assert tally["5.3"] == Counter({"met": 2, "partial": 4, "not_met": 10})
    assert tally["5.5"] == Counter({"met": 2, "partial": 3, "not_met": 11})


def test_agreement_only_in_the_data_sharing_register_without_extension(web: Heldback32Web, truth: dict) -> None:
    host = "www.wigan.gov.uk"
    pg = "/Resident/Crime-Emergencies/Closed-Circuit-Television.aspx"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/Council/Data-Protection/Data-sharing-register.aspx"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "agreement" not in _text(web, host, pg).lower()


def test_spoc_only_inside_the_code_pdf(web: Heldback32Web, truth: dict) -> None:
    host = "www.wigan.gov.uk"
    pg = "/Resident/Crime-Emergencies/Closed-Circuit-Television.aspx"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    (ev,) = d["5.3"]["evidence"]
    assert urlsplit(ev["url"]).path.endswith(".pdf") and ev["url"] in _links(web, host, pg)
    assert "single point of contact" not in _text(web, host, pg)
    assert "single point of contact" in _text(web, host, urlsplit(ev["url"]).path)


def test_agreement_on_a_partnerships_page(web: Heldback32Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cambridgeshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/partnerships/community-safety-partnership"}
    assert "agreement" not in _main(web, host, "/streets-parking-transport/cctv").lower()
    assert d["5.3"]["status"] == "partial"


def test_certification_marks(web: Heldback32Web, truth: dict) -> None:
    host = "www.redbridge.gov.uk"
    pg = "/crime-and-public-safety/cctv"
    assert '<img src="/images/third-party-certification.png" alt=""' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]["5.2"]
    assert d["status"] == "met" and d["level"] == "step2" and d["mark_displayed"]
    host = "www.eppingforestdc.gov.uk"
    pg = "/residents/crime-and-safety/introduction-to-cctv"
    assert 'alt="Surveillance camera code of practice: third party certification, step 1 desktop, 2023"' in _html(
        web, host, pg
    )
    assert "step 1" not in _text(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]["5.2"]
    assert d["status"] == "met" and d["level"] == "step1" and d["mark_displayed"]


def test_deep_section_on_a_site_without_search(web: Heldback32Web, truth: dict) -> None:
    host = "www.thurrock.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az
    pg = "/residents/community/community-safety/closed-circuit-television-cctv/use-of-cctv"
    assert len(site.crumbs(site.pages[(host, pg)])) == 5
    assert f"http://{host}{pg}" in _auth(truth, host)["deliverables"]["5.1"]["pages"]


def test_thin_councils(web: Heldback32Web, truth: dict) -> None:
    for host, crit in (
        ("www.newcastle.gov.uk", "cameras"),
        ("www.stoke.gov.uk", "retention"),
        ("www.westmorlandandfurness.gov.uk", "subject_access"),
        ("www.gravesham.gov.uk", "operator"),
        ("www.cherwell.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    stoke = _main(web, "www.stoke.gov.uk", "/info/20006/housing_and_neighbourhoods/104/cctv")
    assert "Telephone 01782 236 590" in stoke and "@" not in stoke
    grav = _main(web, "www.gravesham.gov.uk", "/community-safety/community-safety-unit")
    assert "cctv" not in grav.lower() and "cameras" in grav
    assert _html(web, "democracy.gravesham.gov.uk", "/mgAi.aspx?ID=35194")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback32Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {
            "www.cityoflondon.gov.uk",
            "www.southglos.gov.uk",
            "www.centralbedfordshire.gov.uk",
            "www.teignbridge.gov.uk",
            "www.guildford.gov.uk",
        },
    )
    for host in ("www.southglos.gov.uk", "www.guildford.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
