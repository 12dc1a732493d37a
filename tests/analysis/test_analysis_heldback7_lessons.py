"""Reading lessons of the seventh held-back web, measured twice before anything was learnt from it
(first look, then frozen after session 6's last merge). Passages written for this test; each
positive failed before its rule.

- A certificate's own words: "Certified compliant with the Surveillance Camera Code of Practice".
- Agreements under other names: an "information exchange agreement", a "deed of agreement"
  executed by both parties, a "working arrangement signed with" a constabulary.
- "Certificate (PDF)" listed on the CCTV page is opened (it is one of the page's own documents);
  "Birth certificates" elsewhere stays below the line.
- "You will find council cameras in A, B and C town centres" is the council's own.
"""

from __future__ import annotations

from analysis.assess import verdicts
from analysis.links import EVIDENCE_PAGE_PRIOR, Link, assess_link


def test_a_certificates_own_words_are_a_certification(analyse_text) -> None:
    pa = analyse_text(
        "Northby Borough Council: public space CCTV\n\nCertified compliant with the Surveillance Camera Code of "
        "Practice - step 2 full certification. Issued 12 January 2025.",
        path="/media/4410/certificate.pdf",
    )
    assert pa.signals["certification"] and pa.certification["level"] == "step2"
    assert verdicts([pa], "ok")["5.2"]["status"] == "met"


def test_an_information_exchange_agreement_is_an_agreement(analyse_text) -> None:
    pa = analyse_text(
        "Information exchange agreement: Anytown Council and Westshire Police (public space cameras)\n\n"
        "Requests\nAn officer asks the control room for footage on the evidence form.\n\nSignatures\n"
        "Signed for Anytown Council by the Director of Communities, 3 June 2024.\n"
        "Signed for Westshire Police by the Superintendent, 11 June 2024.",
        path="/downloads/download/77/information-exchange-agreement",
    )
    docs = [d for d in pa.sla if d["kind"] == "document"]
    assert docs and docs[0]["signed"]


def test_a_deed_executed_by_both_parties_is_signed(analyse_text) -> None:
    pa = analyse_text(
        "Appendix 3: Deed of agreement - town centre CCTV\n\nParties\nNorthby Council and the Chief Constable of "
        "Westshire Police.\n\nExecution\nExecuted as a deed by Northby Council on 2 April 2024 and by Westshire "
        "Police on 9 April 2024.",
        path="/documents/s5512/Appendix%203.pdf",
    )
    docs = [d for d in pa.sla if d["kind"] == "document"]
    assert docs and docs[0]["signed"] and docs[0]["date"] == "2024-04-02"


def test_a_working_arrangement_signed_with_the_constabulary_is_an_agreement(analyse_text) -> None:
    pa = analyse_text(
        "Working arrangement signed with Westshire Constabulary - town cameras\n\nScope\nHow officers ask for "
        "and collect recordings from the district council's cameras.\n\nSignatures\nSigned by the Head of "
        "Communities, Northby District Council, 1 May 2024.\nSigned by the Inspector, Westshire Constabulary, "
        "6 May 2024.",
        path="/document-library/working-arrangement",
    )
    docs = [d for d in pa.sla if d["kind"] == "document"]
    assert docs and docs[0]["signed"]


def test_the_certificate_listed_on_the_cctv_page_is_opened_and_birth_certificates_are_not() -> None:
    cert = Link(
        url="http://www.northby.gov.uk/downloads/download/412/certificate-2024", text="Certificate (PDF)", context=""
    )
    birth = Link(url="http://www.northby.gov.uk/registrars/birth-certificates", text="Birth certificates", context="")
    assert assess_link(cert, None, prior=EVIDENCE_PAGE_PRIOR).score >= 0.8
    assert assess_link(birth).score < 0.45
    deal = Link(
        url="http://www.northby.gov.uk/doc/77",
        text="Working arrangement signed with Westshire Constabulary",
        context="",
    )
    assert assess_link(deal).target > 0


def test_council_cameras_in_named_town_centres(analyse_html) -> None:
    pa = analyse_html(
        "Safer communities",
        "<p>You will find council cameras in Northby, Eastwick and Westford town centres.</p>",
        path="/community/safer-communities",
    )
    assert pa.signals["cctv_info"]


def test_council_cctv_owners_in_guidance_are_nobodys_own(analyse_html) -> None:
    pa = analyse_html(
        "Framework agreement",
        "<p>Police forces and council camera owners can use this framework as a checklist for a local agreement. "
        "The framework binds nobody.</p>",
        path="/guidance/framework",
    )
    assert not pa.signals["cctv_info"]
