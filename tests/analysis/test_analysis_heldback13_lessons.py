"""Patterns the thirteenth held-back web showed (measured once, frozen, in session 9; learnt from after).

A council that "does not own or run any" public cameras; a council survey's "what residents told us" is no
reporter's; a footage route given as "by emailing the … team at …" is a contact point; a radio scheme run
by a Business Improvement District is the BID's. The passages are written for this test (the invented
Anytown); each rule has a passage beside it that must still be read as before.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis
from analysis.thirdparty import third_party


def test_a_council_that_does_not_own_or_run_cameras_publishes_nothing(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Community safety",
        "<p>Anytown District Council does not own or run any public space CCTV. A few parish councils have put "
        "up cameras of their own; ask the parish clerk.</p>",
        path="/community/community-safety",
    )
    assert pa.signals["cctv_info"] is False


def test_what_residents_told_us_in_a_survey_is_the_councils_own_voice() -> None:
    text = "Community safety plan\n\nWhat residents of Anytown told us in the survey: 61% feel safe after dark."
    assert third_party("", "", text) is None
    assert third_party("", "", "Community safety\n\nA council officer told us the cameras were old.") is not None


def test_a_footage_route_by_emailing_a_team_is_a_contact_point(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Public space CCTV",
        "<p>Anytown Borough Council has 40 cameras in the town centre.</p><p>You can ask for footage of yourself "
        "by emailing the Policy and Partnerships team at policy.partnerships@anytown.example.gov.uk.</p>",
    )
    assert any(f.type == "cctv_contact" for f in pa.findings)


def test_a_radio_scheme_run_by_a_bid_is_not_the_councils_cctv(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Townlink radio scheme",
        "<p>Townlink is a radio network for shops and pubs, run by the Anytown business improvement district. "
        "Members can talk to each other and to the CCTV operators. Ask the BID about joining.</p>",
        path="/business/townlink-radio",
    )
    assert pa.signals["cctv_info"] is False


def test_the_compliance_mark_granted_after_an_audit_is_the_councils_certification() -> None:
    from read_excerpt import read

    pa = read(
        "Public space CCTV\n\nAnytown Council owns cameras in its town centres, watched from its control room.\n\n"
        "In 2022 an outside auditor spent two days with our operators, checking the way we work against the "
        "Surveillance Camera Code of Practice's guiding principles. After that audit we were allowed to use "
        "the Code's compliance mark for five years."
    )
    assert pa.signals["certification"] is True


def test_the_scheme_allowing_organisations_to_use_the_mark_is_nobodys_award() -> None:
    from read_excerpt import read

    pa = read(
        "Certification scheme\n\nOrganisations that pass the audit are allowed to use the compliance mark for five "
        "years under the Surveillance Camera Code of Practice."
    )
    assert pa.signals["certification"] is False
