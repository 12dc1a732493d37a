"""The 279th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before; the labelling rules
hold with the intended tallies; and the structures the set is built from are really served (police agreements filed
away from the camera pages: a signed ISA only on the 2024 page of an information sharing register grouped by year,
another only behind a township committee's issue history on a democracy host, another only in a policy library listed
by reference code, another only on a community safety partnership's documents page; a draft ISA as a Cabinet
appendix; a code whose certificate of agreement is blank; a protocol only mentioned in a policy page and another in a
privacy notice's table; a policy that says there is no agreement; a service level agreement between councils; a step
2 claim only in a 'Did you know?' callout; a step 1 sentence without a mark; a mark with a step 2 sentence; an award
that is not certification; a self-assessment tool that is not certification; a SPOC only in a page-owner line on a
legacy page, another only in a Word privacy notice, an SRO designated on a Welsh council's policy page with a Welsh
twin; robots.txt forbidding the search on five sites; one-fact councils; councils that publish nothing but carry
look-alikes).
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

from fixtures.heldback279.truth import TRUTH_PATH
from fixtures.heldback279.web import Heldback279Web


@pytest.fixture(scope="module")
def web() -> Heldback279Web:
    return Heldback279Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_brief_mix(web: Heldback279Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 279)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally


def test_signed_isa_only_on_the_2024_page_of_a_register_grouped_by_year(web: Heldback279Web, truth: dict) -> None:
    host = "www.wandsworth.gov.uk"
    reg = "/council-and-democracy/transparency/information-sharing-register"
    years = {f"http://{host}{reg}/{y}" for y in ("2022", "2023", "2024", "2025")}
    assert years <= set(_links(web, host, reg))
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{reg}/2024"}
    assert "Signed for and on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)
    # the 2023 page holds a police agreement about anti-social behaviour, not cameras
    assert "Anti-social behaviour case management" in _main(web, host, f"{reg}/2023")
    cctv = "/community-safety/crime-prevention/cctv-and-retail-radio"
    assert f"http://{host}{reg}" not in _links(web, host, cctv) and doc["url"] not in _links(web, host, cctv)
    assert "highly commended" in _main(web, host, cctv) and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.jcc@")


def test_signed_gmp_agreement_only_behind_a_township_issue_history(web: Heldback279Web, truth: dict) -> None:
    host, dem = "www.rochdale.gov.uk", "democracy.rochdale.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == dem and doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/ieIssueDetails.aspx?IId=30412"}
    assert "Rochdale Township Committee" in _html(web, dem, "/mgCommitteeDetails.aspx?ID=118")
    assert "For Greater Manchester Police" in _text(web, dem, urlsplit(doc["url"]).path)
    for pg in ("/community-safety/cctv-in-the-borough", "/information-data-governance/request-cctv-footage"):
        assert "agreement" not in _main(web, host, pg), pg
    assert not d["5.1"]["criteria"]["police_agreement"] and not any(dem in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_signed_protocol_only_in_a_policy_library_by_reference_code(web: Heldback279Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    lib = "/council-and-democracy/policies-and-strategies/community-safety-and-neighbourhoods"
    html = _html(web, host, lib)
    assert '<th scope="col">Reference</th>' in html and "<td>POL-CSN-07</td>" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Norfolk"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{lib}"}
    cctv = "/info/20047/community_safety/235/cctv"
    assert "protocol" not in _main(web, host, cctv)
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, cctv)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2018-06"
    assert d["5.3"]["status"] == "met" and d["5.1"]["criteria"]["statistics"]


def test_signed_protocol_only_on_the_partnership_documents_page(web: Heldback279Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    docs = f"http://{host}/community-safety/safer-north-west-partnership/partnership-documents"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["force"] == "Leicestershire"
    assert _linking(web, host, doc["url"]) == {docs}
    assert "For Leicestershire Police: Superintendent" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Police" not in _main(web, host, "/community-safety/cctv").split("Airwave")[1]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_draft_isa_as_cabinet_appendix_and_spoc_only_in_a_word_privacy_notice(web: Heldback279Web, truth: dict) -> None:
    host, dem = "www.newcastle-staffs.gov.uk", "moderngov.newcastle-staffs.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert urlsplit(doc["url"]).hostname == dem and "DRAFT" in _text(web, dem, urlsplit(doc["url"]).path)
    assert not d["5.1"]["criteria"]["police_agreement"]
    (ev,) = d["5.3"]["evidence"]
    assert d["5.3"]["status"] == "met" and _no_extension(ev["url"])
    r = _render(web, ev["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv")
    assert "service level agreement" in _main(web, host, "/community-safety/cctv")


def test_blank_certificate_of_agreement_in_the_attached_code(web: Heldback279Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    assert '<table class="attachments">' in _html(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Certificate of agreement") < text.index("Objectives") and "20__" in text
    assert d["5.5"]["status"] == "partial" and doc["draft"] and d["5.1"]["criteria"]["police_agreement"]


def test_mentions_in_a_policy_page_and_a_privacy_table(web: Heldback279Web, truth: dict) -> None:
    carm = "www.carmarthenshire.gov.wales"
    d = _auth(truth, carm)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == "not_met"
    assert "self-assessment tool" in _text(web, carm, "/media/8812/corporate-policy-cctv-camera-systems.pdf")
    cy = "/cartref/cyngor-a-democratiaeth/diogelu-data/systemau-teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, carm, cy) and f"http://{carm}{cy}" in d["5.1"]["pages"]
    col = "www.colchester.gov.uk"
    pn = "/privacy-policy/surveillance-privacy-policy"
    assert "<td>Essex Police, under the CCTV information sharing agreement; Environmental Health</td>" in _html(
        web, col, pn
    )
    c = _auth(truth, col)["deliverables"]
    assert c["5.5"]["status"] == "partial" and not c["5.5"]["documents"]
    assert (
        c["5.2"]["level"] == "step1"
        and not c["5.2"]["mark_displayed"]
        and "<img" not in _html(web, col, "/community-safety/cctv")
    )


def test_step_2_only_in_a_callout_and_an_agreement_between_councils(web: Heldback279Web, truth: dict) -> None:
    host = "www.stoke.gov.uk"
    cctv = "/info/20006/housing_and_neighbourhoods/104/cctv"
    html = _html(web, host, cctv)
    aside = html.split('<aside class="callout callout--info"', 1)[1].split("</aside>", 1)[0]
    assert "step 2" in aside and html.count("step 2") == 1
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    part = _main(web, host, "/info/20006/housing_and_neighbourhoods/1043/cctv_monitoring_for_partners")
    assert "service level agreement between the two councils" in part and d["5.5"]["status"] == "not_met"


def test_spoc_only_in_page_owner_line_on_a_legacy_page(web: Heldback279Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    html = _html(web, host, "/pages/cctv_footage")
    assert '<main id="main">' not in html
    owner = html.split('<p class="page-meta__owner">', 1)[1].split("</p>", 1)[0]
    assert "single point of contact for surveillance cameras" in owner
    assert html.count("single point of contact") == 1
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert "no standing agreement with Leicestershire Police" in _text(
        web, host, "/files/documents/cctv_policy/cctv-policy.pdf"
    )


def test_robots_forbid_search(web: Heldback279Web, truth: dict) -> None:
    hosts = {
        "www.oadby-wigston.gov.uk",
        "www.southnorfolkandbroadland.gov.uk",
        "www.colchester.gov.uk",
        "tewkesbury.gov.uk",
        "www.stroud.gov.uk",
    }
    assert {a["heldback"]["host"] for a in truth["authorities"] if a["heldback"]["robots_forbid_search"]} == hosts
    for host in hosts:
        assert "Disallow: /search" in _render(web, f"http://{host}/robots.txt").body.decode()


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.fdean.gov.uk", "cameras", "/environment-and-waste/public-toilets/newerne-street-lydney"),
        ("tewkesbury.gov.uk", "retention", "/contact-us/visiting-the-public-services-centre"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback279Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.westsussex.gov.uk", "www.southnorfolkandbroadland.gov.uk", "www.stroud.gov.uk"}
    )
    assert "does not run town centre cameras" in _main(
        web, "www.westsussex.gov.uk", "/fire-emergencies-and-crime/crime-and-community-safety/town-centre-cctv"
    )
