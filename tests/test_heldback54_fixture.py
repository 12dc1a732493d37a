"""The fifty-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 33 to 52; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in a data sharing
register and served without extension, another on a partnerships page, a certificate of agreement inside a code
PDF, a SPOC only inside a PDF, a step 2 sentence beside a mark with empty alt text, step 1 and step 2 claims only
in alt text, a camera page five clicks deep on a site without search, a control-room telephone as the only
contact, an agreement mentioned only in a Cabinet report on a democracy host, a draft unsigned Word agreement,
hosted guidance about agreements, a privacy notice holding the statement that never writes the abbreviation,
robots.txt forbidding the search, and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback54.truth import TRUTH_PATH
from fixtures.heldback54.web import Heldback54Web


@pytest.fixture(scope="module")
def web() -> Heldback54Web:
    return Heldback54Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_33_to_52(web: Heldback54Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 16)
    assert not mine & codes_of_sets(range(33, 53)), "no council of sets 33-52 may be reused"
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
    assert_labelling_rules(truth, welsh=0, types=4)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 8, "partial": 5, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 10}), tally


def test_agreement_in_data_sharing_register_without_extension_and_spoc_in_pdf(web: Heldback54Web, truth: dict) -> None:
    host = "www.wigan.gov.uk"
    pg = "/Resident/Crime-Emergencies/Closed-Circuit-Television.aspx"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/Council/Information-Governance/Data-sharing-register.aspx"
    }
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "single point of contact" not in _text(web, host, pg)
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/Docs/PDF/Resident/Crime-Emergencies/CCTV-Code-of-Practice.pdf"
    }
    assert "single point of contact" in _text(
        web, host, "/Docs/PDF/Resident/Crime-Emergencies/CCTV-Code-of-Practice.pdf"
    )


def test_empty_alt_mark_beside_step_2_sentence_and_control_room_phone(web: Heldback54Web, truth: dict) -> None:
    host = "www.redbridge.gov.uk"
    pg = "/community-safety/cctv-and-safer-streets"
    assert '<img src="/images/redbridge-scc-mark.png" alt="">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_claims_only_in_alt_text(web: Heldback54Web, truth: dict) -> None:
    for host, path, step in (
        (
            "www.southglos.gov.uk",
            "/community-and-living/safer-communities/crime-reduction/town-centres/community-safety-cameras",
            "step 1",
        ),
        ("www.charnwood.gov.uk", "/pages/cctv", "step 2"),
    ):
        html = _html(web, host, path)
        assert 'alt="Surveillance Camera' in html and step in html
        assert step not in _main(web, host, path).lower(), host
        d52 = _auth(truth, host)["deliverables"]["5.2"]
        assert d52["status"] == "met" and d52["mark_displayed"], host


def test_camera_page_five_clicks_deep_without_search_and_sla_on_partnerships(web: Heldback54Web, truth: dict) -> None:
    host = "www.southglos.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/community-and-living",
        "/community-and-living/safer-communities",
        "/community-and-living/safer-communities/crime-reduction",
        "/community-and-living/safer-communities/crime-reduction/town-centres",
        "/community-and-living/safer-communities/crime-reduction/town-centres/community-safety-cameras",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Avon and Somerset"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/partnerships"}


def test_certificate_of_agreement_inside_code_pdf(web: Heldback54Web, truth: dict) -> None:
    d = _auth(truth, "www.charnwood.gov.uk")["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire"
    text = _text(web, "www.charnwood.gov.uk", urlsplit(doc["url"]).path)
    assert "Certificate of agreement" in text and "Signed for and on behalf of Leicestershire Police" in text


def test_agreement_only_in_cabinet_report_and_draft_word_agreement(web: Heldback54Web, truth: dict) -> None:
    thurrock = _auth(truth, "www.thurrock.gov.uk")["deliverables"]
    assert "democracy.thurrock.gov.uk" in web.sites["www.thurrock.gov.uk"].hosts()
    assert thurrock["5.5"]["status"] == "partial"
    assert [urlsplit(e["url"]).hostname for e in thurrock["5.5"]["evidence"]] == ["democracy.thurrock.gov.uk"]
    assert not any("democracy" in u for u in thurrock["5.1"]["pages"])
    assert not thurrock["5.1"]["criteria"]["police_agreement"]
    hunts = _auth(truth, "www.huntingdonshire.gov.uk")["deliverables"]["5.5"]
    (doc,) = hunts["documents"]
    assert hunts["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_hosted_guidance_is_not_an_agreement(web: Heldback54Web, truth: dict) -> None:
    d = _auth(truth, "www.guildford.gov.uk")["deliverables"]
    assert d["5.5"]["status"] == "not_met"
    text = _text(web, "www.guildford.gov.uk", "/media/8812/surrey-cctv-sla-guidance.pdf")
    assert "service level agreement" in text and "not itself an agreement" in text


def test_privacy_notice_holds_the_statement_without_the_abbreviation(web: Heldback54Web, truth: dict) -> None:
    host = "www.stoke.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "met" and all("privacy_notices" in u for u in d51["pages"])
    assert "cctv" not in _main(web, host, urlsplit(d51["pages"][0]).path).lower()


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.stoke.gov.uk", "www.westmorlandandfurness.gov.uk", "www.guildford.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.newcastle.gov.uk", "operator"),
        ("www.westmorlandandfurness.gov.uk", "retention"),
        ("www.teignbridge.gov.uk", "cameras"),
        ("www.cherwell.gov.uk", "subject_access"),
        ("www.guildford.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback54Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.cityoflondon.gov.uk", "www.centralbedfordshire.gov.uk", "www.gravesham.gov.uk"},
    )
    assert "Swale" in _text(web, "democracy.gravesham.gov.uk", "/mgAi.aspx?ID=29911")
