"""The twenty-first held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the labelling
rules of fixtures/heldback/README.md hold; the councils are real register rows, none is in sets 15 to 20, and
those reused from earlier sets are the London boroughs, metropolitan districts, county, unitaries and Welsh
councils named in the brief (every shire district is in no set); every homepage answers through the proxy
under its real host name; every evidence URL answers 200, holds its quote verbatim and is allowed by
robots.txt; and the ordinary structures the set is built from are really there (a signed agreement only on a
data sharing agreements page, another only in a policy library at an address without extension, a SPOC only
in a code PDF, a mark with empty alt text beside a step 2 sentence, a mark whose alt text claims step 1, a
Welsh-first site and a Welsh twin, one-fact councils, decoys on the councils that publish nothing).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

from fixtures.heldback21.truth import TRUTH_PATH
from fixtures.heldback21.web import Heldback21Web
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
def web() -> Heldback21Web:
    return Heldback21Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_and_reuse(web: Heldback21Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 17)
    recent = codes_of_sets(range(15, 21))
    assert not mine & recent, "no council of sets 15-20 may be reused"
    earlier = codes_of_sets(range(1, 15))
    shire = {g for g in mine if register[g]["type"] == "Non-metropolitan district"}
    assert shire == {"E07000146", "E07000196", "E07000198", "E07000203", "E07000225", "E07000240", "E07000244"}
    assert not shire & earlier, "the shire districts are in no earlier set"
    assert mine - shire <= earlier, "the other councils are reused from earlier sets, each with a new site"
    welsh = {g for g in mine if register[g]["nation"] == "Wales"}
    assert welsh == {"W06000002", "W06000003"}
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 2,
            "Metropolitan district": 2,
            "County": 1,
            "Unitary authority": 3,
            "Non-metropolitan district": 7,
            "Welsh unitary authority": 2,
        }
    )
    for a in truth["authorities"]:
        assert a["police_force"] == register[a["gss_code"]]["police_force"]


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=2, types=6)
    auths = truth["authorities"]
    tally = Counter(a["deliverables"]["5.1"]["status"] for a in auths)
    assert tally == Counter({"met": 9, "partial": 4, "not_met": 4}), tally
    assert sum(a["deliverables"]["5.2"]["status"] == "met" for a in auths) == 2, "few certified"
    assert sum(a["deliverables"]["5.3"]["status"] == "met" for a in auths) == 3, "few published SPOCs"
    assert sum(a["deliverables"]["5.5"]["status"] == "met" for a in auths) == 2, "few signed agreements"


def test_a_signed_agreement_only_on_the_data_sharing_page(web: Heldback21Web, truth: dict) -> None:
    host = "www.rochdale.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/information-data-governance/data-sharing-agreements"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for Rochdale" in text and "Signed for Greater Manchester Police" in text
    assert "agreement" not in _main(web, host, "/information-data-governance/request-cctv-footage").lower()


def test_a_signed_agreement_in_the_policy_library_without_extension(web: Heldback21Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Norfolk"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/info/20001/policies_and_strategies"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    page = _html(web, host, "/info/20093/community_safety/412/cctv")
    assert 'alt="Surveillance Camera Code of Practice: step 1 desktop certification awarded 2019"' in page
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]


def test_a_spoc_only_in_the_code_pdf(web: Heldback21Web, truth: dict) -> None:
    host = "www.salford.gov.uk"
    pg = "/crime-and-community-safety/cctv"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/media/4410/cctv-policy-and-code-of-practice.pdf"
    }
    assert "single point of contact" not in _main(web, host, pg)


def test_a_mark_with_empty_alt_and_a_step_2_sentence(web: Heldback21Web, truth: dict) -> None:
    host = "www.conwy.gov.uk"
    pg = "/en/Resident/Crime-and-emergencies/Crime/CCTV/Public-Space-Surveillance-Cameras.aspx"
    page = _html(web, host, pg)
    assert 'alt=""' in page and "step 2 certification" in page
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018"
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert _auth(truth, host)["oracle_fetches"] >= 5, "the camera pages sit four levels down"


def test_welsh_first_and_welsh_twin(web: Heldback21Web, truth: dict) -> None:
    for host, en, cy in (
        (
            "www.gwynedd.llyw.cymru",
            "/en/Residents/Community-safety/Public-space-cameras.aspx",
            "/cy/Trigolion/Diogelwch-cymunedol/Camerau-mannau-cyhoeddus.aspx",
        ),
        (
            "www.conwy.gov.uk",
            "/en/Resident/Crime-and-emergencies/Crime/CCTV/Public-Space-Surveillance-Cameras.aspx",
            "/cy/Preswylydd/Trosedd-ac-argyfyngau/Trosedd/TCC/Camerau-Gwyliadwriaeth-Mannau-Cyhoeddus.aspx",
        ),
    ):
        assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
        assert '<html lang="cy">' in _html(web, host, cy)
        assert f"http://{host}{cy}" in _auth(truth, host)["deliverables"]["5.1"]["pages"]
    assert '<html lang="cy">' in _html(web, "www.gwynedd.llyw.cymru", "/")


def test_one_fact_councils(web: Heldback21Web, truth: dict) -> None:
    for host, crit in (
        ("www.gloucestershire.gov.uk", "retention"),
        ("www.halton.gov.uk", "operator"),
        ("www.gwynedd.llyw.cymru", "cameras"),
        ("www.staffsmoorlands.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    assert web.sites["www.halton.gov.uk"].search is None and web.sites["www.midsuffolk.gov.uk"].search is None
    for host in ("www.gloucestershire.gov.uk", "www.rutland.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback21Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {
            "www.haringey.gov.uk",
            "www.rutland.gov.uk",
            "www.sstaffs.gov.uk",
            "www.midsuffolk.gov.uk",
        },
    )


def test_an_unsigned_draft_agreement_is_only_partial(web: Heldback21Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and doc["force"] == "Suffolk"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT" in text and "20__" in text
    assert '<details class="accordion-item"' in _html(web, host, "/community/community-safety/cctv")


def test_a_spoc_in_an_annual_report(web: Heldback21Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] == "01727 800 190"
    assert all(urlsplit(e["url"]).path.endswith(".pdf") for e in d["5.3"]["evidence"])
    assert d["5.1"]["criteria"]["annual_review"] and d["5.1"]["criteria"]["statistics"]
