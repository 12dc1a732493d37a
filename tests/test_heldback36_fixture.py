"""The thirty-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows, none is in sets 17 to 34; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (a signed agreement filed under
policies and strategies and served without extension, another only in cabinet papers on a moderngov host, a
Welsh-first site whose code of practice is served without extension, a step 2 claim beside a mark with empty alt
text, a step 1 claim only in alt text, a SPOC only inside a policy PDF, a camera page five clicks deep on a site
without search, a control-room telephone as the only contact, a privacy notice holding the whole statement, a
page that never writes the abbreviation, robots.txt forbidding the search, and councils that publish nothing but
carry look-alikes).
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

from fixtures.heldback36.truth import TRUTH_PATH
from fixtures.heldback36.web import Heldback36Web


@pytest.fixture(scope="module")
def web() -> Heldback36Web:
    return Heldback36Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_17_to_34(web: Heldback36Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(17, 35)), "no council of sets 17-34 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 4,
            "County": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 7,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 6, "partial": 6, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 2, "not_met": 10}), tally


def test_agreement_under_policies_served_without_extension(web: Heldback36Web, truth: dict) -> None:
    host = "www.swindon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Wiltshire"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/info/20003/council_and_democracy/policies_and_strategies"
    }
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    main = _main(web, host, "/info/20029/people_and_communities/1052/cctv_in_swindon")
    assert "agreement" not in main.lower()


def test_control_room_telephone_the_only_contact(web: Heldback36Web, truth: dict) -> None:
    host = "www.swindon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    main = _main(web, host, "/info/20029/people_and_communities/1052/cctv_in_swindon")
    assert "@" not in main and "single point" not in main


def test_agreement_only_in_cabinet_papers_and_a_page_without_the_abbreviation(web: Heldback36Web, truth: dict) -> None:
    host = "www.broxtowe.gov.uk"
    dem = "democracy.broxtowe.gov.uk"
    pg = "/for-you/crime-safety-emergencies/surveillance-systems"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire" and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=22871"}
    assert not any(dem in u for u in d["5.1"]["pages"])
    main = _main(web, host, pg)
    assert "cctv" not in main.lower() and "single point of contact" in main
    assert d["5.3"]["status"] == "met"


def test_welsh_first_with_a_code_served_without_extension(web: Heldback36Web, truth: dict) -> None:
    host = "www.caerphilly.gov.uk"
    site = web.sites[host]
    assert site.pages[(host, "/")].lang == "cy"
    cy = "/gwasanaethau/argyfyngau-ac-atal-troseddu/teledu-cylch-cyfyng"
    en = "/en/services/emergencies-and-crime-prevention/cctv"
    assert f"http://{host}{en}" in _links(web, host, cy) and f"http://{host}{cy}" in _links(web, host, en)
    assert 'lang="cy"' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Gwent"
    r = _render(web, doc["url"])
    assert r.status == 200 and "filename=" in (r.header("Content-Disposition") or "")
    assert not urlsplit(doc["url"]).path.endswith(".pdf")


def test_empty_alt_mark_beside_a_step_2_claim(web: Heldback36Web, truth: dict) -> None:
    host = "www.southend.gov.uk"
    pg = "/community-safety/cctv-control-room"
    assert '<img src="/images/scc-certified.png" alt=""' in _html(web, host, pg)
    assert "step 2 full certification" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]


def test_step_1_only_in_alt_text_and_spoc_only_in_the_policy_pdf(web: Heldback36Web, truth: dict) -> None:
    host = "www.doncaster.gov.uk"
    pg = "/services/community-safety/overt-surveillance-cameras"
    pdf = "/services/community-safety/documents/overt-cctv-policy.pdf"
    assert 'alt="Surveillance Camera Commissioner: step 1 desktop certification, awarded 2022"' in _html(web, host, pg)
    assert "step 1" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1"
    assert "single point of contact" not in _main(web, host, pg).lower()
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pdf}
    assert "Single Point of Contact" in _text(web, host, pdf)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_camera_page_five_clicks_deep_without_search(web: Heldback36Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    assert web.sites[host].search is None
    chain = [
        "/",
        "/community",
        "/community/community_safety",
        "/community/community_safety/crime_and_disorder",
        "/community/community_safety/crime_and_disorder/safer_town_centres",
        "/community/community_safety/crime_and_disorder/safer_town_centres/town_centre_cameras",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 6 and a["deliverables"]["5.1"]["status"] == "partial"


def test_privacy_notice_holds_the_whole_statement(truth: dict) -> None:
    tv = _auth(truth, "www.testvalley.gov.uk")["deliverables"]
    assert tv["5.1"]["status"] == "met" and all("privacy-notice" in u for u in tv["5.1"]["pages"])
    assert tv["5.3"]["status"] == "met" and tv["5.5"]["status"] == "partial"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.luton.gov.uk", "retention"),
        ("www.hounslow.gov.uk", "subject_access"),
        ("www.winchester.gov.uk", "other_systems"),
        ("www.folkestone-hythe.gov.uk", "cameras"),
        ("www.nwleics.gov.uk", "operator"),
        ("www.e-lindsey.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback36Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.cumberland.gov.uk", "www.kent.gov.uk", "www.gedling.gov.uk"})
    for host in ("www.luton.gov.uk", "www.winchester.gov.uk", "www.e-lindsey.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert web.sites["www.cumberland.gov.uk"].search is None
    assert "democracy.gedling.gov.uk" in web.sites["www.gedling.gov.uk"].hosts()
