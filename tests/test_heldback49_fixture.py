"""The forty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 31 to 46; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement served without extension
from a policies page, another only in a data sharing register, a third only in committee papers on a democracy
host; a mark with empty alt text beside a step 1 sentence; a step 2 claim only in alt text; a SPOC only inside a
code of practice PDF; a camera page five clicks deep on a site without search; a control-room telephone as the only
contact; a privacy notice holding the statement; a page that never writes the abbreviation; robots.txt forbidding
the search; a Welsh-first site; hosted guidance about agreements; councils that publish nothing but carry
look-alikes).
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

from fixtures.heldback49.truth import TRUTH_PATH
from fixtures.heldback49.web import Heldback49Web


@pytest.fixture(scope="module")
def web() -> Heldback49Web:
    return Heldback49Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_31_to_46(web: Heldback49Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 14)
    assert not mine & codes_of_sets(range(31, 47)), "no council of sets 31-46 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 2,
            "Metropolitan district": 3,
            "Unitary authority": 3,
            "Non-metropolitan district": 5,
            "Welsh unitary authority": 1,
        }
    )


def test_truth_shape_and_labelling_rules(web: Heldback49Web, truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=5)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 7, "partial": 4, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 3, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 2, "not_met": 9}), tally


def test_empty_alt_mark_and_agreement_without_extension(web: Heldback49Web, truth: dict) -> None:
    host = "www.sutton.gov.uk"
    pg = "/community-safety/public-space-cctv"
    d = _auth(truth, host)["deliverables"]
    assert '<img src="/images/scc-certification-step1.png" alt=""' in _html(web, host, pg)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/policies-and-strategies"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "agreement" not in _main(web, host, pg).lower()


def test_step_2_only_in_alt_text_and_spoc_only_in_pdf(web: Heldback49Web, truth: dict) -> None:
    host = "www.blackpool.gov.uk"
    pg = "/Residents/Planning-environment-and-community/Crime-and-safety/CCTV.aspx"
    d = _auth(truth, host)["deliverables"]
    assert 'alt="Surveillance Camera Commissioner third party certification - step 2' in _html(web, host, pg)
    assert "step 2" not in _text(web, host, pg).lower()
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2"
    assert "single point of contact" not in _text(web, host, pg)
    code = "/Documents/Residents/Crime-and-safety/CCTV-code-of-practice-2024.pdf"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {code}
    assert "single point of contact" in _text(web, host, code)
    assert d["5.3"]["status"] == "met"


def test_agreement_only_in_the_data_sharing_register_and_page_never_writes_cctv(
    web: Heldback49Web, truth: dict
) -> None:
    host = "www.iow.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/information-governance/data-sharing-register"}
    main = _main(web, host, "/community-protection/public-space-surveillance")
    assert "cctv" not in main.lower() and "agreement" not in main.lower() and "protocol" not in main.lower()
    assert d["5.1"]["status"] == "met"


def test_agreement_only_in_committee_papers(web: Heldback49Web, truth: dict) -> None:
    host, dem = "www.watford.gov.uk", "democracy.watford.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == dem and doc["signed"] and doc["force"] == "Hertfordshire"
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=18204"}
    assert "agreement" not in _main(web, host, "/info/20010/your_environment/203/community_safety/7/town_centre_cctv")
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "met"


def test_camera_page_five_clicks_deep_without_search(web: Heldback49Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and not site.sitemap
    base = "/Community/Community-Safety/Emergency-Planning-CCTV"
    chain = ["/", "/Community", "/Community/Community-Safety", base, f"{base}/CCTV", f"{base}/CCTV/About-CCTV.aspx"]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_control_room_telephone_the_only_contact(truth: dict) -> None:
    for host in ("www.dover.gov.uk", "www.towerhamlets.gov.uk"):
        spoc = _auth(truth, host)["deliverables"]["5.3"]
        assert spoc["status"] == "partial" and spoc["spoc"]["phone"] and not spoc["spoc"]["email"], host


def test_privacy_notice_holds_the_statement(truth: dict) -> None:
    d = _auth(truth, "www.wolverhampton.gov.uk")["deliverables"]
    assert d["5.1"]["status"] == "met" and all("privacy" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"]


def test_welsh_first(web: Heldback49Web, truth: dict) -> None:
    host = "www.wrexham.gov.uk"
    assert '<html lang="cy"' in _html(web, host, "/")
    assert f"http://{host}/en" in _links(web, host, "/")
    assert '<html lang="cy"' in _html(web, host, "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.towerhamlets.gov.uk", "operator"),
        ("www.sunderland.gov.uk", "operator"),
        ("www.cheltenham.gov.uk", "retention"),
        ("www.hart.gov.uk", "purpose"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback49Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"my.northtyneside.gov.uk", "www.northlincs.gov.uk", "www.stroud.gov.uk"})
    for host in ("my.northtyneside.gov.uk", "www.hart.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert web.sites["www.stroud.gov.uk"].search is None and web.sites["www.stroud.gov.uk"].sitemap
    guidance = _main(web, "www.northlincs.gov.uk", "/community-advice/partnership-guidance-camera-data-sharing")
    assert "information sharing agreement with the police" in guidance
