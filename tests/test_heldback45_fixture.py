"""The forty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows of the expected types, none is in sets 25 to 42; the labelling rules
hold with the intended tallies; and the structures the set is built from are really there (a signed agreement
only in a data sharing register, served without extension; a SPOC only inside a code of practice PDF; a step 2
claim only in alt text; a mark with empty alt text beside a step 1 sentence; a certificate served without an
extension; a camera page five clicks deep on a site without search; a control-room telephone as the only contact;
a signed agreement only in committee papers on a moderngov host; a privacy notice holding the statement; a
Welsh-first site; pages that never write the abbreviation; robots.txt forbidding the search; a draft agreement;
hosted guidance about agreements; councils that publish nothing but carry look-alikes).
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

from fixtures.heldback45.truth import TRUTH_PATH
from fixtures.heldback45.web import Heldback45Web


@pytest.fixture(scope="module")
def web() -> Heldback45Web:
    return Heldback45Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_25_to_42(web: Heldback45Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(25, 43)), "no council of sets 25-42 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "Metropolitan district": 2,
            "London borough": 1,
            "Welsh unitary authority": 1,
            "County": 1,
            "Unitary authority": 1,
            "Non-metropolitan district": 9,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 7, "partial": 4, "not_met": 4}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_agreement_only_in_the_data_sharing_register_without_extension(web: Heldback45Web, truth: dict) -> None:
    host = "www.lbbd.gov.uk"
    pg = "/community-safety/keeping-the-borough-safe-cameras"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/information-governance/data-sharing-register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    main = _main(web, host, pg)
    assert "cctv" not in main.lower() and "single point of contact" not in main
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/sites/default/files/2024-05/public-space-camera-code-of-practice.pdf"
    }
    assert "single point of contact" in _text(
        web, host, "/sites/default/files/2024-05/public-space-camera-code-of-practice.pdf"
    )


def test_step_2_claim_only_in_alt_text_and_control_room_phone(web: Heldback45Web, truth: dict) -> None:
    host = "www.tameside.gov.uk"
    pg = "/communitysafety/cctv-operations-in-tameside"
    assert 'alt="Surveillance Camera Code of Practice - full certification (step 2)' in _html(web, host, pg)
    assert "step 2" not in _text(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_empty_alt_mark_and_page_five_clicks_deep_without_search(web: Heldback45Web, truth: dict) -> None:
    host = "www.wirral.gov.uk"
    assert web.sites[host].search is None
    chain = [
        "/",
        "/residents",
        "/residents/community-safety",
        "/residents/community-safety/crime-and-anti-social-behaviour",
        "/residents/community-safety/crime-and-anti-social-behaviour/safer-streets",
        "/residents/community-safety/crime-and-anti-social-behaviour/safer-streets/cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert '<img src="/images/scc-compliant.png" alt="">' in _html(web, host, chain[-1])
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.3"]["status"] == "met"


def test_certificate_without_extension_and_page_without_the_abbreviation(web: Heldback45Web, truth: dict) -> None:
    host = "www.bromsgrove.gov.uk"
    pg = "/council/community-and-living/community-safety/public-space-surveillance"
    assert "cctv" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    r = _render(web, ev["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]


def test_signed_agreement_only_in_committee_papers(web: Heldback45Web, truth: dict) -> None:
    host = "www.redcar-cleveland.gov.uk"
    dem = "moderngov.redcar-cleveland.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == dem and doc["signed"] and doc["force"] == "Cleveland"
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=22815"}
    assert not any("moderngov" in u for u in d["5.1"]["pages"])
    assert all("privacy-notices" in u for u in d["5.1"]["pages"])


def test_welsh_first_site(web: Heldback45Web, truth: dict) -> None:
    host = "www.merthyr.gov.uk"
    assert '<html lang="cy">' in _html(web, host, "/")
    assert f"http://{host}/en" in _links(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    assert any("teledu-cylch-cyfyng" in u for u in d["5.1"]["pages"])
    (doc,) = d["5.5"]["documents"]
    assert doc["force"] == "South Wales" and doc["url"].endswith(".docx")


def test_draft_agreement_and_mentions(truth: dict) -> None:
    mid = _auth(truth, "www.midsussex.gov.uk")["deliverables"]
    (doc,) = mid["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and mid["5.5"]["status"] == "partial"
    horsham = _auth(truth, "www.horsham.gov.uk")["deliverables"]
    assert horsham["5.5"]["status"] == "partial" and not horsham["5.5"]["documents"]


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.southoxon.gov.uk", "cameras"),
        ("www.spelthorne.gov.uk", "operator"),
        ("www.redditchbc.gov.uk", "retention"),
        ("www.midsussex.gov.uk", "police_agreement"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback45Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {
            "www.leicestershire.gov.uk",
            "www.southnorfolkandbroadland.gov.uk",
            "www.molevalley.gov.uk",
            "www.wyreforestdc.gov.uk",
        },
    )
    for host in ("www.molevalley.gov.uk", "www.redditchbc.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert "information sharing agreement" in _text(
        web, "www.leicestershire.gov.uk", "/sites/default/files/2023-11/parish-camera-schemes-guide.pdf"
    )
    assert "democracy.wyreforestdc.gov.uk" in web.sites["www.wyreforestdc.gov.uk"].hosts()
