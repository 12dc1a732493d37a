"""The fifty-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 35 to 55; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in a data sharing
register and served without extension, with the SPOC only inside a PDF; a signed agreement only under policies and
strategies; a signed protocol only on a partnership page, a Word file without extension; a step 1 claim only in alt
text and an agreement mentioned only in a committee report on a democracy host; a step 2 sentence beside a mark
with empty alt text on a page five clicks deep on a site without search, sitemap or A-Z; a control-room telephone
as the only contact; a draft unsigned Word agreement beside a National Security Inspectorate standard; hosted
guidance about agreements; a commercial monitoring SLA; a privacy notice holding the whole statement; robots.txt
forbidding the search; one-fact councils; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter, deque
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    codes_of_sets,
    register_rows_of,
    status_tally,
)
from heldback_served import auth_by_host as _auth
from heldback_served import linking as _linking
from heldback_served import render as _render
from heldback_served import served_html as _html
from heldback_served import served_links as _links
from heldback_served import served_main as _main
from heldback_served import served_text as _text

from fixtures.heldback.truth import link_graph
from fixtures.heldback56.truth import TRUTH_PATH
from fixtures.heldback56.web import Heldback56Web


@pytest.fixture(scope="module")
def web() -> Heldback56Web:
    return Heldback56Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_35_to_55(web: Heldback56Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(35, 56))
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 6,
            "Non-metropolitan district": 7,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=0, types=4)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 8, "partial": 4, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_agreement_in_data_sharing_register_without_extension_and_spoc_only_in_pdf(
    web: Heldback56Web, truth: dict
) -> None:
    host = "liverpool.gov.uk"
    pdf = "/media/1ppd0a1b/corporate-surveillance-camera-policy.pdf"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Merseyside"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/council/data-protection-and-freedom-of-information/data-sharing-register"
    }
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path
    for page in web.sites[host].pages.values():
        assert "single point of contact" not in page.body, page.path
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pdf}
    assert "single point of contact (SPOC)" in _text(web, host, pdf)


def test_agreement_only_under_policies_and_strategies(web: Heldback56Web, truth: dict) -> None:
    host = "www.york.gov.uk"
    pg = "/info/20114/york_city_centre/1432/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "North Yorkshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/info/20046/policies_and_strategies"}
    assert doc["url"] not in _links(web, host, pg)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _html(web, host, pg).split('<main id="main">', 1)[1]


def test_protocol_on_partnership_page_is_a_word_file_without_extension(web: Heldback56Web, truth: dict) -> None:
    host = "www.melton.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/info/200035/community_safety/612/safer_melton_partnership"
    }
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert 'filename="cctv_operating_protocol.docx"' in (r.header("Content-Disposition") or "")
    assert "Signed for Leicestershire Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_claim_only_in_alt_text_and_agreement_only_in_committee_report(web: Heldback56Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    pg = "/community-safety-and-emergencies/cctv"
    assert 'alt="Surveillance Camera Code of Practice third party certification mark: step 1' in _html(web, host, pg)
    assert "step 1" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    assert "democracy.northdevon.gov.uk" in web.sites[host].hosts()
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert [urlsplit(e["url"]).hostname for e in d["5.5"]["evidence"]] == ["democracy.northdevon.gov.uk"]
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert not d["5.1"]["criteria"]["police_agreement"]


def _depth(web: Heldback56Web, host: str, target: str) -> int:
    graph = link_graph(web, web.sites[host])
    start = f"http://{host}/"
    seen = {start: 0}
    queue = deque([start])
    while queue:
        u = queue.popleft()
        for v in graph.get(u, []):
            if v not in seen:
                seen[v] = seen[u] + 1
                queue.append(v)
    return seen[target]


def test_empty_alt_mark_on_a_page_five_clicks_deep_without_search(web: Heldback56Web, truth: dict) -> None:
    host = "www.derbyshiredales.gov.uk"
    pg = "/residents/community-and-living/community-safety/crime-prevention/cctv"
    a = _auth(truth, host)
    assert not a["heldback"]["search"] and not a["heldback"]["sitemap"] and not a["heldback"]["a_z"]
    assert _depth(web, host, f"http://{host}{pg}") == 5
    assert '<img src="/images/scc-certification-mark.png" alt=""' in _html(web, host, pg)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"]


def test_control_room_phone_is_the_only_contact(web: Heldback56Web, truth: dict) -> None:
    d = _auth(truth, "lewisham.gov.uk")["deliverables"]
    assert d["5.3"]["status"] == "partial"
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "mailto:" not in _html(web, "lewisham.gov.uk", "/myservices/community-safety/cctv-cameras-in-lewisham")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_draft_word_agreement_and_inspection_standard(web: Heldback56Web, truth: dict) -> None:
    host = "www.westnorthants.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "National Security Inspectorate" in _main(web, host, "/local-communities/cctv")
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]


def test_hosted_guidance_and_commercial_sla_are_not_agreements(web: Heldback56Web, truth: dict) -> None:
    wealden = _auth(truth, "www.wealden.gov.uk")["deliverables"]
    assert wealden["5.5"]["status"] == "not_met"
    text = _text(web, "www.wealden.gov.uk", "/media/4471/sussex-public-space-cameras-police-arrangements-guidance.pdf")
    assert "service level agreement with Sussex Police" in text and "binds no council" in text
    bristol = _auth(truth, "www.bristol.gov.uk")["deliverables"]
    assert bristol["5.5"]["status"] == "not_met" and bristol["5.3"]["status"] == "not_met"
    sla = _text(web, "www.bristol.gov.uk", "/files/documents/4471-remote-monitoring-service-level-agreement.pdf")
    assert "intruder alarms" in sla and "Police" not in sla
    assert "senior responsible owner" in _main(web, "www.bristol.gov.uk", "/news/operations-centre-opens")


def test_privacy_notice_holds_the_statement(web: Heldback56Web, truth: dict) -> None:
    host = "www.buckinghamshire.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "met" and d51["criteria"]["dpia"]
    assert all("/privacy-information-for-specific-services/" in u for u in d51["pages"])


def test_prevent_single_point_of_contact_is_not_the_camera_spoc(web: Heldback56Web, truth: dict) -> None:
    host = "www.northyorks.gov.uk"
    assert "single point of contact" in _main(web, host, "/environment-and-neighbourhoods/community-safety")
    assert _auth(truth, host)["deliverables"]["5.3"]["status"] == "not_met"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.eastleigh.gov.uk", "www.leicester.gov.uk", "www.northyorks.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.northyorks.gov.uk", "cameras"),
        ("www.leicester.gov.uk", "retention"),
        ("www.wealden.gov.uk", "operator"),
        ("www.hertsmere.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback56Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.eastleigh.gov.uk", "www.chorley.gov.uk", "www.bristol.gov.uk"})
    advert = _text(web, "www.chorley.gov.uk", "/Jobs/CCTV-Control-Room-Operator.aspx")
    assert "64 town centre and car park cameras" in advert and "31 days" in advert
    assert "Task group" in _html(web, "democracy.chorley.gov.uk", "/mgAi.aspx?ID=32224")
