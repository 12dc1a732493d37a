"""The hundred-and-ninety-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a SPOC designated in the numbered governance clauses of an
HTML policy with its mailbox two clauses later, beside a RIPA page naming its own Senior Responsible Officer and a
communications-data SPoC; a signed Northumbria Police agreement as a policy appendix page; a named Senior Responsible
Officer with a telephone on a legacy page without <main>, a project's Senior Responsible Owner elsewhere; a SPOC only in
the key information box of a camera consultation; a team mailbox designated as SPOC; a signed Kent Police agreement as
one row of a partnership documents table beside a police ASB protocol; a signed Nottinghamshire Police protocol linked
only from a police-access child page, beside a councils' shared service agreement; 'single point of contact' in job
adverts, a police force's evidence page, taxi licensing, schools guidance, Prevent and ASB pages; a town council's CCTV
contact in a parish table; the DPO the only contact beside a one-fact offices page; the CCTV article copied at an A to
Z address; a step 2 claim only in a table caption; a step 1 sentence; a step 2 claim in a key facts table; a draft
unsigned PDF agreement; SharePoint-style /Pages/default.aspx addresses with a /CYM twin; monitoring by a neighbour
council under an SLA; committee papers on two moderngov hosts; robots.txt forbidding the search; and councils that
publish nothing but carry look-alikes).
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
    evidence_urls,
    linking as _linking,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback194.truth import TRUTH_PATH
from fixtures.heldback194.web import Heldback194Web


@pytest.fixture(scope="module")
def web() -> Heldback194Web:
    return Heldback194Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_fresh_councils_of_the_brief_mix(web: Heldback194Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 194)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_in_policy_governance_clauses_and_appendix_agreement(web: Heldback194Web, truth: dict) -> None:
    host = "www.newcastle.gov.uk"
    pol = "/local-government/access-information-and-data/surveillance-camera-policy"
    gov = f"{pol}/section-7-governance"
    html = _html(web, host, gov)
    assert '<span class="clause__no">7.2</span> The Information Governance Manager is the council' in html
    assert '<span class="clause__no">7.5</span> Questions about any of the council' in html
    assert "single point of contact" not in _main(web, host, pol)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {gov}
    ripa = f"http://{host}/local-government/access-information-and-data/regulation-investigatory-powers"
    ripa_text = _main(web, host, urlsplit(ripa).path)
    assert "Senior Responsible Officer for RIPA" in ripa_text and "single point of contact (SPoC)" in ripa_text
    assert ripa not in evidence_urls(_auth(truth, host))
    (doc,) = d["5.5"]["documents"]
    appc = f"{pol}/appendix-c-information-sharing-agreement"
    assert doc["signed"] and doc["force"] == "Northumbria" and urlsplit(doc["url"]).path == appc
    assert f"http://{host}{appc}" in _links(web, host, pol)
    main = _main(web, host, appc)
    assert "on behalf of Newcastle City Council" in main and "on behalf of Northumbria Police" in main


def test_named_senior_responsible_officer_and_draft_pdf_on_legacy_site(web: Heldback194Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    page = "/community-safety/cctv.cfm"
    html = _html(web, host, page)
    assert '<main id="main">' not in html and 'class="keyfacts"' in html
    assert "Senior Responsible Officer for surveillance cameras is Rachel Delahaye" in html and "01789 260 713" in html
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["name"] == "Rachel Delahaye"
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-03"
    owner = "/regeneration/canal-quarter.cfm"
    assert "Senior Responsible Owner" in _text(web, host, owner)
    assert f"http://{host}{owner}" not in evidence_urls(a)
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "20__" in text and "DRAFT" in text


def test_spoc_only_in_a_consultation_key_information_box(web: Heldback194Web, truth: dict) -> None:
    host = "www.broxtowe.gov.uk"
    cctv = "/for-you/crime-safety-emergencies/cctv-surveillance-systems/"
    cons = "/about-the-council/consultations-feedback-complaints/consultations/camera-surveillance-derby-road-car-park-stapleford/"
    assert "single point of contact" not in _main(web, host, cctv).lower()
    box = _html(web, host, cons).split('<section class="key-info">', 1)[1].split("</section>", 1)[0]
    assert "Surveillance Camera Single Point of Contact (SPOC)" in box
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and [e["url"] for e in d["5.3"]["evidence"]] == [f"http://{host}{cons}"]
    assert "shared services agreement" in _main(web, host, cctv) and d["5.5"]["status"] == "not_met"


def test_team_mailbox_spoc_and_signed_isa_in_documents_table(web: Heldback194Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    cctv = "/by-category/community-and-living2/csp/cctv"
    docs = f"http://{host}/by-category/community-and-living2/csp/partnership-documents"
    assert "single point of contact for all of its surveillance cameras" in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("csu.cameras@")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and _linking(web, host, doc["url"]) == {docs}
    assert "<table>" in _html(web, host, urlsplit(docs).path)
    assert f"http://{host}/media/2289/asb-information-sharing-protocol.pdf" in _links(web, host, urlsplit(docs).path)
    dover = "/media/2292/dover-cctv-scheme-evaluation-2013.pdf"
    assert "62 cameras" in _text(web, host, dover)
    assert f"http://{host}{dover}" not in evidence_urls(_auth(truth, host))


def test_signed_protocol_only_from_police_access_page(web: Heldback194Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    pol = f"http://{host}/your-district/public-protection/crime-prevention/cctv/police-access-to-the-control-room/"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["force"] == "Nottinghamshire"
    assert _linking(web, host, doc["url"]) == {pol}
    ssa = "/media/nsdc-redesign/documents-and-images/cctv/cctv-shared-service-agreement.pdf"
    assert "Police" not in _text(web, host, ssa)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    dem = "democracy.newark-sherwooddc.gov.uk"
    assert dem in web.sites[host].hosts()
    assert not any(dem in u for u in d["5.1"]["pages"])


@pytest.mark.parametrize(
    ("host", "path"),
    [
        ("www.ealing.gov.uk", "/jobs/vacancy/cctv-control-room-operator"),
        ("www.newark-sherwooddc.gov.uk", "/jobs/cctv-operator"),
        ("www.plymouth.gov.uk", "/parking-and-travel/police-requests-for-cctv-footage"),
        ("www.ashford.gov.uk", "/licensing/taxi-cctv"),
        ("www.worcestershire.gov.uk", "/schools-and-learning/guidance-for-schools/cctv-in-schools"),
        ("www.worcestershire.gov.uk", "/community-and-living/community-safety"),
        ("www.southhams.gov.uk", "/community-safety"),
        ("www.waverley.gov.uk", "/info/200301/community_safety"),
    ],
)
def test_single_point_of_contact_look_alikes_are_not_evidence(
    web: Heldback194Web, truth: dict, host: str, path: str
) -> None:
    assert "single point of contact" in _main(web, host, path).lower()
    assert f"http://{host}{path}" not in evidence_urls(_auth(truth, host))


def test_town_council_contacts_in_parish_tables(web: Heldback194Web, truth: dict) -> None:
    for host, path, town in (
        ("www.southhams.gov.uk", "/your-council/town-and-parish-councils", "Dartmouth Town Council"),
        ("www.waverley.gov.uk", "/info/200300/your_council/2160/town_and_parish_councils", "Farnham Town Council"),
    ):
        html = _html(web, host, path)
        assert "<table>" in html and town in html and "CCTV" in html
        assert _auth(truth, host)["deliverables"]["5.3"]["status"] == "not_met"


def test_article_copied_at_an_a_to_z_address(web: Heldback194Web, truth: dict) -> None:
    host = "www.ealing.gov.uk"
    copy = f"http://{host}/a_to_z/service/54/cctv"
    assert copy in _links(web, host, "/a-z")
    article = "/info/201149/crime_prevention/719/cctv_public_safety"
    assert "Recordings are kept for 31 days" in _main(web, host, urlsplit(copy).path)
    a = _auth(truth, host)
    assert copy not in evidence_urls(a) and a["deliverables"]["5.1"]["pages"] == [f"http://{host}{article}"]
    assert a["deliverables"]["5.3"]["spoc"]["email"] == "cctv@ealing.example.gov.uk"


def test_certification_claims(web: Heldback194Web, truth: dict) -> None:
    ashford = "www.ashford.gov.uk"
    cap = _html(web, ashford, "/your-community/cctv/cctv-service-performance").split("<caption>", 1)[1]
    assert "full step 2 certification" in cap.split("</caption>", 1)[0]
    assert "step 2" not in _main(web, ashford, "/your-community/cctv/cctv-in-ashford-and-tenterden")
    d = _auth(truth, ashford)["deliverables"]["5.2"]
    assert d["status"] == "met" and d["level"] == "step2" and not d["mark_displayed"]
    ply = _auth(truth, "www.plymouth.gov.uk")["deliverables"]["5.2"]
    assert ply["level"] == "step1" and ply["awarded"] == "2020"
    assert "<img" not in _main(web, "www.plymouth.gov.uk", "/parking-and-travel/cctv-and-urban-traffic-control-centre")
    worcester = "www.worcester.gov.uk"
    assert "working towards third-party certification" in _main(web, worcester, "/community-safety/cctv")
    assert _auth(truth, worcester)["deliverables"]["5.2"]["status"] == "not_met"


def test_sharepoint_addresses_and_welsh_twin(web: Heldback194Web, truth: dict) -> None:
    host = "www.cardiff.gov.uk"
    en = "/ENG/Your-Council/Data-protection-and-FOI/cctv/Pages/default.aspx"
    cy = "/CYM/Eich-Cyngor/Diogelu-data-a-Rhyddid-Gwybodaeth/teledu-cylch-cyfyng/Pages/default.aspx"
    assert f"http://{host}{cy}" in _links(web, host, en)
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert all(urlsplit(u).path.endswith("/Pages/default.aspx") for u in d["5.1"]["pages"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]


def test_one_fact_councils_and_dpo_only_contact(web: Heldback194Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.north-herts.gov.uk", "cameras", "/business/markets/hitchin-market"),
        ("www.breckland.gov.uk", "cameras", "/contact-us/our-offices"),
    ):
        d = _auth(truth, host)["deliverables"]
        assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == [crit]
        assert d["5.1"]["pages"] == [f"http://{host}{path}"]
        assert d["5.3"]["status"] == "not_met"
    assert "mailto:dpo@breckland.example.gov.uk" in _html(web, "www.breckland.gov.uk", "/contact-us/our-offices")


def test_agreements_between_councils_are_not_police_agreements(web: Heldback194Web, truth: dict) -> None:
    assert "service level agreement" in _main(web, "www.worcester.gov.uk", "/community-safety/cctv")
    assert _auth(truth, "www.worcester.gov.uk")["deliverables"]["5.5"]["status"] == "not_met"
    dem = "democracy.north-herts.gov.uk"
    assert "partnership agreement between Stevenage Borough Council" in _main(web, dem, "/mgAi.aspx?ID=5122")
    nh = _auth(truth, "www.north-herts.gov.uk")
    assert nh["deliverables"]["5.5"]["status"] == "not_met" and nh["heldback"]["democracy_host"] == dem


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.worcestershire.gov.uk", "www.waverley.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback194Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.worcestershire.gov.uk", "www.southhams.gov.uk", "www.waverley.gov.uk"}, min_decoys=4
    )
