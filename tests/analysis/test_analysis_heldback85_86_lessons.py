"""Patterns the held-back pair 85-86 showed (written blind in session 18, measured frozen at a2cc3aa and again at
119f197, then looked into in session 19). The passages are written for this test (invented places and people).

- an agreement's title naming its parties after a dash ("Information sharing agreement - [the council's] camera
  control room and [the force]") is the agreement, not a page signed by the force;
- a signed agreement whose parties and signatories are two councils (a monitoring service bought from a neighbour)
  is no agreement with the police, however much it says of police requests for footage.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.text import extract
from fixtures.heldback.kit import pdf_bytes


def test_agreement_title_naming_its_parties_after_a_dash() -> None:
    ctx = AuthorityContext("Anytown Borough Council", "https://www.anytown.gov.uk/", "Kent", "England")
    title = "Information Sharing Agreement - Anytown CCTV Control Centre and Kent Police"
    body = pdf_bytes(
        title,
        [
            "1. Parties",
            "Anytown Borough Council and the Chief Constable of Kent Police.",
            "2. Purpose",
            "How officers ask the control room for recorded images and how the images are handed over.",
            "3. Signatures",
            "Signed on behalf of Anytown Borough Council: R. Okafor, Director of Place, 2 June 2025",
            "Signed on behalf of Kent Police: Superintendent J. Ames, 9 June 2025",
        ],
        "Anytown Borough Council",
    )
    url = "https://democracy.anytown.gov.uk/documents/s4410/Appendix-B-CCTV-ISA.pdf"
    pa = analyse(extract(body, url, "application/pdf"), ctx)
    assert pa.decoy is None
    (doc,) = pa.sla
    assert doc["signed"] and doc["force"]


def test_agreement_between_two_councils_is_not_a_police_agreement(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Service Level Agreement - camera monitoring\n"
        "Between Anytown Borough Council and Riverside District Council (on behalf of the joint monitoring service).\n"
        "The provider watches the client's cameras at set hours, records them all the time and deals with police"
        " requests for recordings for the client.\n"
        "Signed for Anytown Borough Council: K. Reid, Head of Place, 3 May 2025\n"
        "Signed for Riverside District Council: P. Lowe, Corporate Director, 7 May 2025\n",
        path="/documents/s5120/Appendix-1-monitoring-SLA.pdf",
    )
    assert pa.sla == []
    assert pa.signals["sla"] is False


def test_three_signatories_run_together_keep_the_force(analyse_text: Callable[..., PageAnalysis]) -> None:
    """A PDF runs its signature lines into one: the force's signature after two councils' is still read."""
    pa = analyse_text(
        "Town Centre CCTV Partnership Agreement 2025-2028\n"
        "Parties: Anytown Borough Council, Northbridge Town Council and Devon & Cornwall Police.\n"
        "The borough council runs the monitoring room; the police ask for recordings under this agreement.\n"
        "Signed on behalf of Anytown Borough Council: A. Reyes, Director, 2 May 2025 Signed on behalf of Northbridge Town"
        " Council: B. Lund, Town Clerk, 6 May 2025 Signed on behalf of Devon & Cornwall Police: Inspector C. Marsh,"
        " 9 May 2025\n",
        path="/documents/s7710/Appendix-A-CCTV-Partnership-Agreement.pdf",
    )
    (doc,) = pa.sla
    assert doc["signed"] and doc["force"]
