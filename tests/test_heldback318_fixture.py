"""The three hundred and eighteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (privacy notices and data protection pages as the main
home of the camera material: a SPOC, retention and a police agreement mention only in an appropriate policy
document; a service-level privacy notice reached from a directorate index table, and a requester's undertaking form
with signature blocks that is no agreement; a signed police protocol linked only from a privacy notice's legal
basis paragraph; a Welsh council's privacy notice written sentence by sentence in Welsh and English, with a step 2
sentence and an annual review at a ``?lang=`` document address; a CCTV policy filed under data protection with a
self-assessment that is not certification; a joint controller arrangement naming each council's SPOC and a draft
Word protocol; a footage-and-rights page under data protection with a timeline, the only link to a signed ISA; a
DPIA summary whose Yes/No screening answers hold the facts, the step 2 answer and the SPOC; full certification only
in a heading over a mark whose alt text says 'cctv logo' on a legacy page, and a signed Word agreement without
extension; open-data CCTV downloads with the SPOC only in the policy PDF; one-fact councils whose fact is a line of
a privacy page; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback318.truth import TRUTH_PATH
from fixtures.heldback318.web import Heldback318Web


@pytest.fixture(scope="module")
def web() -> Heldback318Web:
    return Heldback318Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(evidence: list[dict]) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in evidence
    }


def test_fresh_councils(web: Heldback318Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 318)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 4, "not_met": 11}, tally
    assert tally["5.3"] == {"met": 4, "partial": 5, "not_met": 6}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_spoc_retention_and_isa_mention_only_in_appropriate_policy_document(web: Heldback318Web, truth: dict) -> None:
    host = "www.hillingdon.gov.uk"
    apd = "/sites/default/files/2024-09/appropriate-policy-document-sc-and-criminal-offence-data.pdf"
    assert _render(web, f"http://{host}{apd}").header("Content-Type") == "application/pdf"
    assert _linking(web, host, f"http://{host}{apd}") == {f"http://{host}/data-protection"}
    text = _text(web, host, apd)
    assert "single point of contact for surveillance" in text and "Schedule 1" in text
    page = _main(web, host, "/safer-hillingdon/cctv-hillingdon")
    assert "single point of contact" not in page and "32 days" not in page and "£180" in page
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {apd}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _paths(d["5.5"]["evidence"]) == {apd}
    assert not any("modgov" in u for u in d["5.1"]["pages"])
    assert "800 cameras" in _text(web, "modgov.hillingdon.gov.uk", "/mgAi.aspx?ID=33140")


def test_directorate_index_and_undertaking_form_is_not_an_agreement(web: Heldback318Web, truth: dict) -> None:
    host = "www.trafford.gov.uk"
    idx = "/about-your-council/data-protection/privacy-notices.aspx"
    notice = f"{idx[:-5]}/Service-Level-Privacy-Notices/CCTV-service-privacy-notice.aspx"
    html = _html(web, host, idx)
    assert '<th scope="col">Directorate</th><th scope="col">Last reviewed</th>' in html
    assert _linking(web, host, f"http://{host}{notice}") == {f"http://{host}{idx}"}
    und = "/residents/community-safety/cctv/documents/cctv-disclosure-undertaking.docx"
    r = _render(web, f"http://{host}{und}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Signed for the requesting organisation" in _text(web, host, und)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}{und}" not in {e["url"] for e in d["5.5"]["evidence"]}
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_signed_protocol_linked_only_from_privacy_notice_legal_basis(web: Heldback318Web, truth: dict) -> None:
    host = "www.redcar-cleveland.gov.uk"
    notice = "/about-the-council/privacy-notices/cctv-surveillance-privacy-notice"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cleveland"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{notice}"}
    basis = _html(web, host, notice).split("<h2>Legal basis</h2>", 1)[1].split("<h2>", 1)[0]
    assert urlsplit(doc["url"]).path in basis
    assert "Signed for and on behalf of Cleveland Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.1"]["pages"][0] == f"http://{host}{notice}"


def test_sentence_by_sentence_bilingual_notice_step_2_and_lang_document(web: Heldback318Web, truth: dict) -> None:
    host = "www.caerphilly.gov.uk"
    notice = "/services/the-council/data-protection/privacy-notices/cctv-teledu-cylch-cyfyng"
    html = _html(web, host, notice)
    assert html.count('<span lang="cy">') >= 10 and html.count('<span lang="en">') >= 10
    assert "full step 2 audit in October 2018" in _main(web, host, notice)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    review = f"http://{host}/web-documents/resident/emergencies-and-crime-prevention/cctv/document?lang=en-gb"
    r = _render(web, review)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert _no_extension(review) and review in d["5.1"]["pages"]
    assert not web.sites[host].az


def test_policy_under_data_protection_and_self_assessment_not_certification(web: Heldback318Web, truth: dict) -> None:
    host = "www.gosport.gov.uk"
    pol = f"http://{host}/article/1666/CCTV-Policy"
    assert f"http://{host}/dataprotection" in _linking(web, host, pol)
    assert "not been watched live since October 2022" in _main(web, host, "/article/1666/CCTV-Policy")
    sat = "/media/2279/Surveillance-camera-self-assessment-tool.pdf"
    assert "not been audited by a certification body" in _text(web, host, sat)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "not_met" and "Data Protection Officer" in _main(
        web, host, "/article/1666/CCTV-Policy"
    )


def test_joint_controller_arrangement_names_each_councils_spoc_and_draft_protocol(
    web: Heldback318Web, truth: dict
) -> None:
    host = "www.preston.gov.uk"
    hub = "/about-the-council/data-protection/joint-controller-arrangements/lancashire-cctv-hub"
    main = _main(web, host, hub)
    assert "Article 26" in main and "For Blackburn with Darwen it is its CCTV Manager" in main
    assert "service level agreement" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctv.spoc@preston.example.gov.uk"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Lancashire"
    assert "DRAFT for consultation" in _text(web, host, urlsplit(doc["url"]).path)


def test_rights_page_timeline_is_the_only_route_to_signed_isa(web: Heldback318Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    rights = f"http://{host}/Your-Council/Data-Protection/CCTV-footage-and-your-rights.aspx"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {rights}
    assert '<ol class="timeline">' in _html(web, host, urlsplit(rights).path)
    assert "Signed on behalf of Kent Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_dpia_screening_checklist_holds_facts_step_2_and_spoc(web: Heldback318Web, truth: dict) -> None:
    host = "www.dacorum.gov.uk"
    dpia = "/your-council/data-protection/dpia-summaries/public-space-cctv"
    html = _html(web, host, dpia)
    assert '<table class="screening">' in html
    assert '<td class="answer answer--yes">Yes</td><td>Step 2 full certification' in html
    assert "single point of contact" not in _main(web, host, "/community-living/cctv")
    d = _auth(truth, host)["deliverables"]
    for key in ("5.2", "5.3"):
        assert d[key]["status"] == "met" and _paths(d[key]["evidence"]) == {dpia}, key
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03"


def test_full_certification_only_in_heading_over_cctv_logo_and_word_agreement(web: Heldback318Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    page = "/more/community-safety/cctv-in-west-lancashire.aspx"
    html = _html(web, host, page)
    assert '<main id="main">' not in html and not web.sites[host].az
    assert "<h2>The Surveillance Camera Commissioner - 5 Year Full Certification</h2>" in html
    assert 'alt="cctv logo"' in html
    after = html.split("5 Year Full Certification</h2>", 1)[1].split("<h2>", 1)[0]
    assert "step" not in after.lower() and "full certification" not in after.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")


def test_open_data_downloads_with_spoc_only_in_policy_pdf(web: Heldback318Web, truth: dict) -> None:
    host = "www.cheltenham.gov.uk"
    page = "/info/16/open_data/1182/cctv_policy_codes_of_practice_and_self_assessments"
    assert _linking(web, host, f"http://{host}{page}") >= {f"http://{host}/info/16/open_data"}
    assert "single point of contact" not in _main(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.3"]["evidence"]) == {"/downloads/file/3310/cctv_policy.pdf"}
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "Self assessment against the 12 guiding principles" in _text(
        web, host, "/downloads/file/3314/car_parks_cctv_self_assessment.pdf"
    )


def test_one_fact_councils_in_privacy_pages(web: Heldback318Web, truth: dict) -> None:
    for host, path in (
        ("thanet.gov.uk", "/your-services/information-requests/data-protection/how-long-we-keep-information/"),
        ("www.oxford.gov.uk", "/privacy-notices/covered-market-privacy-notice"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "170 cameras" in _text(web, "democracy.thanet.gov.uk", "/mgAi.aspx?ID=45098")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback318Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.suffolk.gov.uk", "www.wealden.gov.uk", "www.hastings.gov.uk"})
    assert "CCTV pipe survey footage" in _main(
        web, "www.suffolk.gov.uk", "/about/data-protection/records-retention-schedule"
    )
    az = _html(web, "www.wealden.gov.uk", "/a-z")
    assert '<a href="/your-council/data-protection/access-your-information">CCTV footage</a>' in az
    assert _auth(truth, "www.wealden.gov.uk")["heldback"]["robots_forbid_search"]
