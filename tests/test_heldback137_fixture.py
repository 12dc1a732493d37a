"""The hundred and thirty-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a certification claim that states no step; superseded
camera counts on an estates page; a signed police agreement filed on a partnership governance page; a release
protocol linked from an English page and its /cy twin; an archived FAQ reached from the A to Z; FAQ answers at their
own ?question= addresses; a privacy notice as a guide in parts with a show-all page; a code that cites a partnership
certificate it never publishes; a memorandum served without extension by Content-Disposition; a compliance claim only
in scrutiny minutes on a democracy host; Squiz tier addresses; one-fact councils; robots.txt forbidding search; and
councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback137.truth import TRUTH_PATH
from fixtures.heldback137.web import Heldback137Web


@pytest.fixture(scope="module")
def web() -> Heldback137Web:
    return Heldback137Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback137Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 137)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_certification_without_a_step_and_superseded_counts(web: Heldback137Web, truth: dict) -> None:
    host = "www.hackney.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and not d["5.2"]["mark_displayed"]
    main = _main(web, host, "/cctv")
    assert "step" not in main.lower() and "<img" not in _html(web, host, "/cctv").split('<main id="main">')[1]
    assert "387 cameras" in main and "1,674" in _main(web, host, "/housing/estate-security")
    assert f"http://{host}/housing/estate-security" not in d["5.1"]["pages"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/cctv/governance"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_signed_agreement_on_partnership_governance_page(web: Heldback137Web, truth: dict) -> None:
    host = "www.salford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/crime-and-safety/safer-salford/partnership-governance"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "City Mayor" in text and "automatic number plate recognition" in text
    assert "information sharing agreement" not in _main(web, host, "/crime-and-safety/cctv").lower()
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_bilingual_twin_protocol_and_archived_faq(web: Heldback137Web, truth: dict) -> None:
    host = "www.wrexham.gov.uk"
    en, cy = "/service/community-safety/cctv", "/cy/gwasanaeth/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert 'lang="cy"' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}{en}", f"http://{host}{cy}"}
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    old = f"http://{host}/archive/english/faq/cctv.htm"
    assert _linking(web, host, old) == {f"http://{host}/a-z"} and old not in d["5.1"]["pages"]
    assert "Flintshire" in _main(web, host, en) and d["5.5"]["status"] == "met"


def test_faq_answers_at_question_addresses(web: Heldback137Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    page = "/info-pages/cctv/"
    assert "single point of contact" not in _main(web, host, page)
    links = _links(web, host, page)
    assert f"http://{host}{page}?question=5594-3" in links
    assert "single point of contact" in _main(web, host, f"{page}?question=5594-3")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and urlsplit(d["5.3"]["evidence"][0]["url"]).query == "question=5594-3"
    assert "household purposes" in _main(web, host, f"{page}?question=5594-1")


def test_guide_in_parts_with_show_all_page(web: Heldback137Web, truth: dict) -> None:
    host = "www.teignbridge.gov.uk"
    root = "/cookies-and-privacy-notices/service-privacy-notices/closed-circuit-television-cctv"
    whole = _main(web, host, f"{root}/print")
    for head in ("1. About this notice", "4. Who we share it with", "6. Your rights and access to your information"):
        assert head in whole
    assert f"http://{host}{root}/print" in _links(web, host, root)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "not_met"
    assert all("/print" not in u for u in d["5.1"]["pages"])


def test_code_cites_unpublished_certificate_and_step_1(web: Heldback137Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "certificate on the previous form" in _main(web, host, "/article/1765/CCTV-code-of-practice")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-05" and not d["5.2"]["mark_displayed"]


def test_memorandum_without_extension_and_mark(web: Heldback137Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(
        web, host, "/community-safety-and-crime/cctv"
    )
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert "Lifeline" in _main(web, host, "/community-safety-and-crime/cctv")


def test_compliance_claim_only_in_scrutiny_minutes(web: Heldback137Web, truth: dict) -> None:
    host, dem = "www.tamworth.gov.uk", "democracy.tamworth.gov.uk"
    assert "fully compliant" in _main(web, dem, "/mgAi.aspx?ID=13011")
    d = _auth(truth, host)["deliverables"]
    assert not any(dem in u for u in d["5.1"]["pages"]) and d["5.2"]["status"] == "not_met"
    assert d["5.5"]["status"] == "not_met" and "shared service agreement" in _main(web, host, "/cctv")


def test_squiz_tier_addresses(web: Heldback137Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert any("/tier-2-primary-areas/" in u and u.endswith("/tier-3-primary-areas/cctv") for u in d["5.1"]["pages"])
    assert "meetings.maidstone.gov.uk" in web.sites[host].hosts()


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.cambridgeshire.gov.uk", "www.hastings.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, path in (
        ("www.blackpool.gov.uk", "/Residents/Leisure-and-culture/Comedy-Carpet.aspx"),
        ("www.basildon.gov.uk", "/business/commercial-property/felmores-shops"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback137Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.cambridgeshire.gov.uk", "crawley.gov.uk", "www.hastings.gov.uk"})
