"""The two hundred and tenth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh (none in sets 195 to 209); the labelling rules hold with the intended tallies; and the
structures the set is built from are really served. Its emphasis is police agreements filed in committee papers and
partnership sections: a signed agreement only as Appendix B of the Executive's response to a scrutiny referral; one
only as an annex inside a committee's printed minutes; one only among an outside body's documents; one only in the
moderngov document library; an agreement only mentioned, as awaiting signature, in a joint executive's minutes; a
draft Word protocol on a community safety partnership page; and a councils' shared service agreement that is no
police agreement. Around them: a step 1 claim as a standards list item, a step 2 claim only in an annual review's
question-and-answer rows beside a stepless mark, a step 2 claim only in a footnote; SPOCs inside a numbered procedure
step, in a review's header, on a consultation page and reached only by a form; a privacy notice with an editor's note
left in and only a DPO; one-fact park and car park pages (with a Welsh twin); and three councils that publish nothing.
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

from fixtures.heldback210.truth import TRUTH_PATH
from fixtures.heldback210.web import Heldback210Web


@pytest.fixture(scope="module")
def web() -> Heldback210Web:
    return Heldback210Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_fresh_councils(web: Heldback210Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 210)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally


def test_agreements_only_in_committee_papers(web: Heldback210Web, truth: dict) -> None:
    """Five councils' police agreements (four signed, one mentioned) are only on their democracy hosts."""
    only_papers = []
    for a in truth["authorities"]:
        ev = a["deliverables"]["5.5"]["evidence"]
        dem = a["heldback"]["democracy_host"]
        if ev and dem and all(urlsplit(e["url"]).hostname == dem for e in ev):
            only_papers.append(a["heldback"]["host"])
            assert not a["deliverables"]["5.1"]["criteria"]["police_agreement"], a["name"]
            assert not any(urlsplit(u).hostname == dem for u in a["deliverables"]["5.1"]["pages"]), a["name"]
    assert set(only_papers) == {
        "lewisham.gov.uk",
        "www.boston.gov.uk",
        "www.dartford.gov.uk",
        "www.newark-sherwooddc.gov.uk",
        "www.north-herts.gov.uk",
    }


def test_signed_met_isa_only_as_appendix_to_response_to_scrutiny_referral(web: Heldback210Web, truth: dict) -> None:
    host, dem = "lewisham.gov.uk", "councilmeetings.lewisham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == dem
    item = f"http://{dem}/mgAi.aspx?ID=43102"
    assert _linking(web, host, doc["url"]) == {item}
    assert "Response to referral from the Safer Stronger Communities Select Committee" in _html(web, dem, _path(item))
    referral = _main(web, dem, "/mgAi.aspx?ID=42871")
    assert "refer its views to Mayor and Cabinet" in referral
    assert "Appendix B" in _text(web, dem, "/documents/s118202/SSCSC_referral_CCTV_response.pdf")
    text = _text(web, dem, _path(doc["url"]))
    assert (
        "Signed for and on behalf of the London Borough of Lewisham" in text and "Metropolitan Police Service" in text
    )
    page = _main(web, host, "/myservices/community-safety/cctv-cameras-in-the-borough")
    assert "agreement" not in page.lower() and "020 8314 7780" in page
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_signed_isa_only_as_an_annex_inside_printed_minutes(web: Heldback210Web, truth: dict) -> None:
    host, dem = "www.boston.gov.uk", "democracy.boston.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    meeting = f"http://{dem}/ieListDocuments.aspx?CId=331&MId=4517"
    assert _linking(web, host, doc["url"]) == {meeting} and "Printed_minutes" in doc["url"]
    assert "Printed minutes" in _html(web, dem, _path(meeting))
    minutes = _text(web, dem, _path(doc["url"]))
    assert minutes.index("47. Overview of the CCTV function") < minutes.index("Annex to minute 47")
    assert "Signed for and on behalf of Lincolnshire Police" in minutes
    assert "Supporting documents" not in _html(web, dem, "/mgAi.aspx?ID=8717")
    assert "Lincolnshire Police" not in _text(web, dem, "/documents/g4517/Public_reports_pack_23rd-Jan-2024.pdf")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] == "01205 314 602"
    assert f"http://{host}/media/38112/CCTV-Policy-2024/pdf/CCTV_Policy_2024.pdf" in d["5.1"]["pages"]


def test_signed_protocol_only_among_an_outside_bodys_documents_and_step_2_footnote(
    web: Heldback210Web, truth: dict
) -> None:
    host, dem = "www.dartford.gov.uk", "democracy.dartford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    body = f"http://{dem}/mgOutsideBodyDetails.aspx?ID=61"
    assert _linking(web, host, doc["url"]) == {body}
    assert body in _links(web, dem, "/mgListOutsideBodies.aspx")
    assert "Signed on behalf of Kent Police" in _text(web, dem, _path(doc["url"]))
    cctv = "/by-category/community-and-living2/csp/cctv"
    html = _html(web, host, cctv)
    lead, notes = html.split('<ol class="footnotes">', 1)
    assert "step 2" not in lead and "Full (step 2) certification" in notes and "<img" not in html
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-05-14"
    assert not d["5.2"]["mark_displayed"]
    assert f"http://{host}/by-category/community-and-living2/csp" in _linking(web, host, f"http://{host}{cctv}")


def test_signed_isa_only_in_the_moderngov_document_library_and_sro_by_form(web: Heldback210Web, truth: dict) -> None:
    host, dem = "www.newark-sherwooddc.gov.uk", "democracy.newark-sherwooddc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    entry = f"http://{dem}/ecSDDisplay.aspx?NAME=SD412&ID=412&RPID=130213"
    assert _linking(web, host, doc["url"]) == {entry}
    assert entry in _links(web, dem, "/ecCatDisplay.aspx?sch=doc&cat=13021")
    assert "Signed on behalf of Nottinghamshire Police" in _text(web, dem, _path(doc["url"]))
    sla = _text(
        web, host, "/media/nsdc-redesign/documents-and-images/your-district/cctv/CCTV-Shared-Service-Agreement.pdf"
    )
    assert "Broxtowe Borough Council" in sla and "Police" not in sla
    sat = _text(
        web,
        host,
        "/media/nsdc-redesign/documents-and-images/your-district/cctv/Surveillance-Camera-Self-Assessment-2024.pdf",
    )
    assert "not been submitted for third-party certification" in sat and d["5.2"]["status"] == "not_met"
    page = _html(web, host, "/your-district/public-protection/crime-prevention/cctv/")
    assert "Senior Responsible Officer for surveillance cameras" in page and "mailto:" not in page
    assert 'href="/cctv-enquiry-form/"' in page and "<form" in _html(web, host, "/cctv-enquiry-form/")
    assert d["5.3"]["status"] == "met" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]


def test_agreement_only_mentioned_as_awaiting_signature_in_joint_executive_minutes(
    web: Heldback210Web, truth: dict
) -> None:
    host, dem = "www.north-herts.gov.uk", "democracy.north-herts.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    (ev,) = d["5.5"]["evidence"]
    assert ev["url"] == f"http://{dem}/mgAi.aspx?ID=31450" and "for signature" in _main(web, dem, "/mgAi.aspx?ID=31450")
    assert "agreement" not in _main(web, host, "/community-safety/cctv").lower()
    code = _render(web, f"http://{host}/files/hertfordshire-cctv-partnership-code-practice")
    assert code.header("Content-Type") == "application/pdf" and "filename=" in (
        code.header("Content-Disposition") or ""
    )


def test_step_2_and_spoc_only_in_annual_review_and_draft_protocol_in_partnership_section(
    web: Heldback210Web, truth: dict
) -> None:
    host = "www.tunbridgewells.gov.uk"
    d = _auth(truth, host)["deliverables"]
    html = _html(web, host, "/community-safety/cctv")
    assert (
        'alt="Surveillance Camera Code of Practice certification mark"' in html
        and "step" not in _main(web, host, "/community-safety/cctv").lower()
    )
    review = _text(web, host, "/__data/assets/pdf_file/0011/41222/Annual-CCTV-Review-2024.pdf")
    assert "Q: Has the system been certified" in review and "Full (step 2)" in review
    assert "single point of contact for surveillance camera systems" in review
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/community-safety/community-safety-partnership/information-sharing"
    }
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Date: .........." in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.1"]["criteria"]["police_agreement"]


def test_step_1_list_item_and_spoc_inside_a_numbered_procedure_step(web: Heldback210Web, truth: dict) -> None:
    host = "www.trafford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "<li>Surveillance Camera Code of Practice: the control room completed step 1" in _html(
        web, host, "/residents/community/community-safety/cctv.aspx"
    )
    rel = _html(web, host, "/residents/community/community-safety/cctv-release-of-evidence.aspx")
    steps = rel.split("<ol>", 1)[1].split("</ol>", 1)[0]
    assert "Surveillance Camera Single Point of Contact" in steps
    assert d["5.2"]["level"] == "step1" and d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_legacy_site_spoc_only_on_a_consultation_page(web: Heldback210Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert '<main id="main">' not in _html(web, host, "/community-safety/cctv.cfm")
    assert "Single Point of Contact" not in _html(web, host, "/community-safety/cctv.cfm")
    assert "Single Point of Contact for surveillance" in _html(
        web, host, "/community-safety/cctv-consultation-meon-vale.cfm"
    )
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/community-safety/cctv-consultation-meon-vale.cfm"
    }
    assert "British Standard 7958" in _html(web, host, "/community-safety/cctv.cfm") and d["5.2"]["status"] == "not_met"
    assert any("%20" in u for u in _links(web, host, "/community-safety/cctv.cfm"))


def test_councils_shared_service_agreement_is_not_a_police_agreement(web: Heldback210Web, truth: dict) -> None:
    host = "www.broxtowe.gov.uk"
    d = _auth(truth, host)["deliverables"]
    page = _main(web, host, "/for-you/crime-safety-emergencies/cctv-surveillance-systems/")
    assert "shared services agreement" in page and d["5.5"]["status"] == "not_met"
    cons = "/about-the-council/consultations/consultation-and-consideration-for-camera-surveillance/"
    assert f"http://{host}{cons}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_privacy_notice_with_editors_note_and_only_a_dpo(web: Heldback210Web, truth: dict) -> None:
    host = "www.waverley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    main = _main(web, host, "/info/200364/freedom_of_information_and_data_protection/2142/privacy_notice_for_cctv")
    assert "[Editor's note:" in main and "Data Protection Officer" in main
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "not_met"


def test_one_fact_councils_and_welsh_twin(web: Heldback210Web, truth: dict) -> None:
    for host, path in (
        ("www.pembrokeshire.gov.uk", "/parking/riverside-multi-storey-haverfordwest"),
        ("www.reigate-banstead.gov.uk", "/info/20182/parks_and_countryside/410/priory_park"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"][0] == f"http://{host}{path}"
    cy = "/cy/parcio/maes-parcio-aml-lawr-glan-yr-afon-hwlffordd"
    assert '<html lang="cy">' in _html(web, "www.pembrokeshire.gov.uk", cy)
    assert f"http://www.pembrokeshire.gov.uk{cy}" in _links(
        web, "www.pembrokeshire.gov.uk", "/parking/riverside-multi-storey-haverfordwest"
    )
    assert "reigate-banstead.moderngov.co.uk" in web.sites["www.reigate-banstead.gov.uk"].hosts()


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback210Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.bracknell-forest.gov.uk", "www.hants.gov.uk", "www.middevon.gov.uk"}, min_decoys=4
    )
    assert _auth(truth, "www.hants.gov.uk")["heldback"]["robots_forbid_search"]
    ripa = _main(web, "www.hants.gov.uk", "/aboutthecouncil/strategiesplansandpolicies/surveillance-policy")
    assert "Single Points of Contact" in ripa
    policy = _text(web, "democracy.middevon.gov.uk", "/documents/s19210/Appendix_1_Surveillance_Camera_Policy.pdf")
    assert "Recordings are retained for 31 days" in policy
    assert "publicprotectionpartnership.org.uk" in _html(
        web, "www.bracknell-forest.gov.uk", "/community-and-safety/fly-tipping"
    )
