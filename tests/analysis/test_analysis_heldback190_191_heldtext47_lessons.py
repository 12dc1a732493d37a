"""Patterns webs 190-191 and real-text round 47 showed (held back at session 33's freeze 6bb8f41, opened at session 34's
start). The passages are written for this test (an invented council, Anytown, and invented bodies and places), not taken
from the sets.

- "The police tell us their suite is run to the Surveillance Camera Code and holds its own certificate" is the force's
  certificate (web 191's Carmarthenshire, whose town cameras are the force's).
- "The control room … is run by [a neighbouring council], which holds the … certificate of compliance for it" is that
  council's (web 190's Monmouthshire); so is a mark whose own words name another council's control room, one partner's
  logo on a partnership page (web 191's Guildford).
- An FOI answer that says the agreement in full and encloses a copy ("A copy … is attached") has answered (round 47).
- "That officers prepare a draft information sharing agreement with [the force] …, to be brought back to Cabinet for
  approval before it is signed" is no agreement yet (round 47).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def test_the_forces_own_certificate_is_not_the_councils(analyse_html: Callable[..., PageAnalysis]) -> None:
    police = (
        "<p>The cameras in Anytown town centre belong to Devon and Cornwall Police and are watched from the force's"
        " monitoring suite. The police tell us their suite is run to the Surveillance Camera Code and holds its own"
        " certificate.</p>"
    )
    assert not analyse_html("CCTV in our towns", police).signals["certification"]
    ours = (
        "<p>The council's 60 cameras in Anytown are watched from our control room. Our control room is run to the"
        " Surveillance Camera Code and holds its own certificate.</p>"
    )
    assert analyse_html("CCTV in Anytown", ours).signals["certification"]


def test_a_neighbours_certificate_named_in_the_claim_or_in_its_mark(analyse_html: Callable[..., PageAnalysis]) -> None:
    run_by = (
        "<p>The council has 24 cameras in Anytown and Eastbury. The control room in Eastbury is run by Westford, which"
        " holds the Surveillance Camera Commissioner's certificate of compliance for it.</p>"
    )
    assert not analyse_html("CCTV", run_by).signals["certification"]
    assert analyse_html("CCTV", run_by.replace("run by Westford", "run by Anytown")).signals["certification"]
    mark = (
        "<p>The county's councils and the police meet as a CCTV partnership to share good practice.</p><ul>"
        '<li><a href="https://www.westford.example.gov.uk/cctv"><img src="/images/westford-mark.png" alt="Westford Borough'
        ' Council CCTV control room - Surveillance Camera Code of Practice certification mark, step 2"></a></li></ul>'
    )
    assert not analyse_html("County CCTV partnership", mark, path="/cctv-partnership").signals["certification"]
    own_mark = mark.replace("Westford Borough Council", "Anytown Borough Council")
    assert analyse_html("County CCTV partnership", own_mark, path="/cctv-partnership").signals["certification"]


def test_an_foi_answer_that_encloses_the_agreement_has_answered(inspect_text: Callable[..., PageAnalysis]) -> None:
    answer = (
        "Freedom of Information Request – FOI/2025/0418\n\nTown centre CCTV and the police\n\n1. Does the council have a"
        " formal agreement with the police about its CCTV?\n\nYes. Anytown Borough Council and Devon and Cornwall Police"
        " have a Service Level Agreement for public space CCTV, which came into force on 1 May 2023 after both parties"
        " signed it. A copy, with staff names removed, is attached.\n\n2. How long is footage kept?\n\n28 days."
    )
    got = inspect_text(answer)
    assert got.signals["cctv_info"] and got.signals["sla"]
    sent = answer.split("Yes.")[0] + "Our response is attached.\n"
    assert not inspect_text(sent).signals["sla"]


def test_a_decision_to_prepare_a_draft_agreement_is_none_yet(inspect_text: Callable[..., PageAnalysis]) -> None:
    decision = (
        "Decision details\n\nCCTV – town centre expansion\n\nDecision Maker: Cabinet\n\nDecision:\n\n1. That 12 more public"
        " space cameras be installed in Anytown.\n\n2. That officers prepare a draft information sharing agreement with"
        " Devon and Cornwall Police covering access to recorded images, to be brought back to Cabinet for approval before"
        " it is signed."
    )
    assert not inspect_text(decision).signals["sla"]
    signed = decision.replace(
        "officers prepare a draft information sharing agreement",
        "the information sharing agreement signed in March",
    ).replace(", to be brought back to Cabinet for approval before it is signed", ", be published on the CCTV page")
    assert inspect_text(signed).signals["sla"]
