"""The forty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows, none is in sets 27 to 46; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (a signed agreement only in a data
sharing register, another only in committee papers on a moderngov host, a code of practice served without
extension holding the only SPOC and a signed certificate of agreement, a mark with empty alt text beside a step 2
sentence, a step 2 claim only in alt text, a step 1 sentence without a mark, a camera page five clicks deep on a
site without search, control-room telephones as the only contact, an unsigned draft Word agreement, partnership
guidance that is not an agreement, a privacy notice holding the statement, a page that never writes the
abbreviation, robots.txt forbidding the search, a Welsh-first site, and councils that publish nothing but carry
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

from fixtures.heldback48.truth import TRUTH_PATH, build
from fixtures.heldback48.web import Heldback48Web


@pytest.fixture(scope="module")
def web() -> Heldback48Web:
    return Heldback48Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_truth_file_is_current(truth: dict) -> None:
    assert build() == truth


def test_real_councils_none_from_sets_27_to_46(web: Heldback48Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(27, 47)), "no council of sets 27-46 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 3,
            "Unitary authority": 3,
            "Non-metropolitan district": 6,
            "County": 1,
            "Welsh unitary authority": 1,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 7, "partial": 5, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_agreement_only_in_the_data_sharing_register_and_page_never_writes_cctv(
    web: Heldback48Web, truth: dict
) -> None:
    host = "www.richmond.gov.uk"
    pg = "/crime-and-community-safety/public-space-surveillance"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/about-the-council/information-governance/data-sharing-register"
    }
    main = _main(web, host, pg)
    assert "cctv" not in main.lower() and "agreement" not in main.lower()
    assert d["5.3"]["status"] == "partial" and d["5.1"]["status"] == "met"


def test_empty_alt_mark_and_control_room_phone(web: Heldback48Web, truth: dict) -> None:
    host = "go.walsall.gov.uk"
    pg = "/Community_safety/CCTV.aspx"
    assert '<img src="/images/scc_mark.png" alt=""' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert web.sites[host].chrome == "legacy"


def test_spoc_and_signed_certificate_only_in_an_extensionless_code(web: Heldback48Web, truth: dict) -> None:
    host = "www.telford.gov.uk"
    pg = "/info/20012/community_safety/1140/cctv"
    d = _auth(truth, host)["deliverables"]
    assert "single point of contact" not in _main(web, host, pg)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Mercia"
    assert {e["url"] for e in d["5.3"]["evidence"]} == {doc["url"]}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "single point of contact" in _text(web, host, urlsplit(doc["url"]).path)


def test_step_2_only_in_alt_text_and_agreement_only_in_committee_papers(web: Heldback48Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    pg = "/community-safety/cctv-and-the-control-room"
    assert 'alt="Surveillance Camera Commissioner certified: step 2, awarded 2021"' in _html(web, host, pg)
    assert "step 2" not in _text(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert urlsplit(doc["url"]).hostname == "democracy.canterbury.gov.uk"
    assert _linking(web, host, doc["url"]) == {"http://democracy.canterbury.gov.uk/mgAi.aspx?ID=40122"}
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert not d["5.1"]["criteria"]["police_agreement"]


def test_camera_page_five_clicks_deep_without_search(web: Heldback48Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    assert web.sites[host].search is None and not web.sites[host].az
    chain = [
        "/",
        "/home/primary-services",
        "/home/primary-services/community",
        "/home/primary-services/community/crime-and-safety",
        "/home/primary-services/community/crime-and-safety/keeping-the-town-safe",
        "/home/primary-services/community/crime-and-safety/keeping-the-town-safe/cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "not_met"


def test_draft_word_agreement_privacy_notice_and_robots(web: Heldback48Web, truth: dict) -> None:
    host = "www.swale.gov.uk"
    a = _auth(truth, host)
    d = a["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["url"].endswith(".docx")
    assert d["5.5"]["status"] == "partial"
    assert "/privacy/privacy-notices/cctv-control-centre" in " ".join(d["5.1"]["pages"])
    assert a["heldback"]["robots_forbid_search"]
    assert _auth(truth, "www.bradford.gov.uk")["heldback"]["robots_forbid_search"]


def test_step_1_sentence_and_spoc_with_phone(web: Heldback48Web, truth: dict) -> None:
    d = _auth(truth, "www.wyre.gov.uk")["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]
    assert _auth(truth, "www.wyre.gov.uk")["heldback"]["sitemap"]


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.wakefield.gov.uk", "cameras"),
        ("www.cornwall.gov.uk", "operator"),
        ("www.harlow.gov.uk", "operator"),
        ("www.tamworth.gov.uk", "operator"),
        ("www.newport.gov.uk", "retention"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    cornwall = _auth(truth, "www.cornwall.gov.uk")["deliverables"]["5.3"]
    assert cornwall["status"] == "partial" and cornwall["spoc"]["phone"] and not cornwall["spoc"]["email"]
    tamworth = _auth(truth, "www.tamworth.gov.uk")["deliverables"]
    assert tamworth["5.3"]["status"] == "partial" and tamworth["5.5"]["status"] == "not_met"


def test_welsh_first_with_twin(web: Heldback48Web, truth: dict) -> None:
    host = "www.newport.gov.uk"
    assert 'lang="cy"' in _html(web, host, "/")
    assert "teledu cylch cyfyng" in _text(web, host, "/cy/preifatrwydd")
    pages = _auth(truth, host)["deliverables"]["5.1"]["pages"]
    assert pages == [f"http://{host}/en/privacy", f"http://{host}/cy/preifatrwydd"]


def test_committee_papers_give_nothing(web: Heldback48Web, truth: dict) -> None:
    host = "www.wakefield.gov.uk"
    assert "democracy.wakefield.gov.uk" in web.sites[host].hosts()
    assert "single point of contact" in _text(web, "democracy.wakefield.gov.uk", "/documents/s88120/ia-report-cctv.pdf")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "not_met" and not any("democracy" in u for u in d["5.1"]["pages"])


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback48Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.bradford.gov.uk", "www.reading.gov.uk", "www.essex.gov.uk"})
    assert "service level agreement" in _text(
        web, "www.essex.gov.uk", "/community-safety/safer-essex-library/guidance-cctv-service-level-agreements"
    )
