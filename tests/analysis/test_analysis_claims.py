"""A third party's account of one council states a fact about it (the page's signals say so),
but it is never that council's publication: no verdict rests on it."""

from __future__ import annotations

from analysis.assess import assess
from analysis.page import analyse
from analysis.text import extract

CASE_STUDY = """Case study: how Northbrook District Council joined up its cameras

This case study describes the approach taken by Northbrook District Council. In 2022
Northbrook District Council designated its Community Safety Lead as the single point of
contact for every surveillance camera system the council runs, reachable at
cameras@northbrook.example.

Northbrook District Council was awarded full step 2 certification against the Surveillance
Camera Code of Practice in May 2021.
"""

GUIDANCE = """Guidance: appointing a single point of contact

This guidance is for local authorities. Each local authority should designate a single point
of contact for its surveillance camera systems. The single point of contact should hold a list
of every system and keep the self-assessment for each. Local authorities may wish to publish
the contact details of the single point of contact on their websites.
"""


def _txt(text: str):
    return analyse(extract(text.encode(), "file:///evidence/page.txt", "text/plain"))


def test_a_case_study_about_one_council_states_its_spoc_and_certificate_but_credits_nothing() -> None:
    pa = _txt(CASE_STUDY)
    assert pa.decoy and pa.decoy.startswith("third-party")
    assert pa.signals["spoc"] and pa.signals["certification"]
    assert not pa.signals["cctv_info"]
    verdicts = assess([pa], "ok")
    assert verdicts["5.3"]["status"] == "not_met"
    assert verdicts["5.2"]["status"] == "not_met"


def test_guidance_about_councils_in_general_claims_no_spoc() -> None:
    pa = _txt(GUIDANCE)
    assert not pa.signals["spoc"]
    assert assess([pa], "ok")["5.3"]["status"] == "not_met"


def _council(text: str):
    from analysis.context import AuthorityContext

    ctx = AuthorityContext("Westmarsh Borough Council", "http://www.westmarsh.example/", "Thames Valley")
    return analyse(extract(text.encode(), "http://www.westmarsh.example/files/doc.txt", "text/plain"), ctx)


def test_a_template_agreement_with_blank_parties_is_nobodys_agreement() -> None:
    pa = _council(
        "Model service level agreement for public space CCTV\n\nThis agreement is made between "
        "[name of local authority] and [name of police force].\n\nSigned on behalf of the council "
        "..........\nSigned on behalf of the police .........."
    )
    assert not pa.signals["sla"] and pa.sla == []


def test_guidance_on_agreeing_a_protocol_is_not_a_mention_of_the_councils_agreement() -> None:
    pa = _council(
        "Guidance: agreeing a CCTV protocol with the police\n\nCouncils running public space "
        "cameras usually agree a protocol with their police force about requests for footage."
    )
    assert not pa.signals["sla"]


def test_the_councils_own_signed_agreement_still_counts() -> None:
    pa = _council(
        "Service level agreement for public space CCTV\n\nBetween Westmarsh Borough Council and "
        "Thames Valley Police.\n\nSigned on behalf of Westmarsh Borough Council: A Person, 2 June 2024\n"
        "Signed on behalf of Thames Valley Police: Superintendent, 4 June 2024"
    )
    assert pa.signals["sla"] and pa.sla[0]["signed"] is True
