"""Patterns the eleventh held-back web showed (measured once, frozen, in session 9; learnt from after).

A certificate's own words ("This certifies that …"); an award in a definition list whose second clause
notes that the scheme closed; agreements under names of their own (a statement of intent, a concordat);
the control room's number on the line after the cameras; a council saying it runs no cameras. The
passages are written for this test (the invented Anytown); each rule has a passage beside it that must
still be read as before.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis
from read_excerpt import read


def test_a_certificates_own_words_are_the_claim() -> None:
    pa = read(
        "Certificate of compliance\n\nThis certifies that the public space CCTV system operated by Anytown Borough "
        "Council meets the requirements of the Surveillance Camera Code of Practice: step 2, full certification."
    )
    assert pa.signals["certification"] is True


def test_an_award_beside_a_note_that_the_scheme_closed_is_still_the_award() -> None:
    pa = read(
        "Town centre CCTV\n\nAnytown Borough Council runs 90 cameras.\n\nCertification\nStep 2 full certification "
        "against the Surveillance Camera Code of Practice, awarded March 2021; the scheme closed in 2025"
    )
    assert pa.signals["certification"] is True


def test_the_scheme_closing_alone_is_nobodys_award() -> None:
    pa = read(
        "Certification news\n\nThe third-party certification scheme closed in 2025; all certificates issued "
        "under the scheme have lapsed."
    )
    assert pa.signals["certification"] is False


def test_agreements_under_names_of_their_own_with_the_force(analyse_html: Callable[..., PageAnalysis]) -> None:
    for sentence in (
        "Statement of intent: public space CCTV and Anyshire Constabulary (draft, version 0.1).",
        "We are working with Anyshire Police on a concordat setting out how footage is shared.",
    ):
        pa = analyse_html("Town centre CCTV", f"<p>Anytown Borough Council runs 40 CCTV cameras.</p><p>{sentence}</p>")
        assert pa.signals["sla"] is True, sentence


def test_a_statement_of_intent_without_the_police_is_not_an_agreement(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Town centre CCTV",
        "<p>Anytown Borough Council runs 40 CCTV cameras.</p><p>Our statement of intent on town centre "
        "regeneration is published on the planning pages.</p>",
    )
    assert pa.signals["sla"] is False


def test_the_control_rooms_number_after_the_cameras_is_a_contact_point(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Anytown town centre",
        "<p>The market and the high street make the town centre the busiest place in the borough.</p>"
        "<p>The town centre's CCTV cameras are watched from the council's control room at the civic centre.</p>"
        "<p>To report something happening now, call the control room on 01632 000 190.</p>",
        path="/business/town-centre",
    )
    assert any(f.type == "cctv_contact" for f in pa.findings)


def test_a_council_that_runs_no_cameras_publishes_no_cctv_information(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Community safety",
        "<p>Anytown District Council does not operate any CCTV cameras in public places. The cameras in the "
        "market towns are run by the town councils.</p><p>Report anti-social behaviour to the police on 101.</p>",
        path="/community/community-safety",
    )
    assert pa.signals["cctv_info"] is False


def test_a_council_that_runs_only_office_cameras_still_says_so(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Community safety",
        "<p>Anytown District Council does not operate any public space CCTV. Our own CCTV covers the council "
        "offices and their car park, and recordings are kept for 30 days.</p>",
        path="/community/community-safety",
    )
    assert pa.signals["cctv_info"] is True
