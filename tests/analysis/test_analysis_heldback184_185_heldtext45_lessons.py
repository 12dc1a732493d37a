"""Patterns webs 184-185 and real-text round 45 showed (held back at session 32's freeze cf3a298, opened in session 33).
The passages are written for this test (an invented council, Anytown, and invented bodies and places), not taken from
the sets.

- A general privacy notice's list of purposes, "crime prevention and the prosecution of offenders, including our use of
  CCTV", is the council's own CCTV purpose; so is its Welsh twin (web 184's Powys).
- "The control room shares the police station with [the force] under a co-location arrangement" speaks of an
  arrangement with the force (web 185's Watford: 5.5 partial).
- A sports ground's safety certificate that "requires the club to staff its own CCTV control room" is the club's room,
  not the council's (web 185's Sunderland).
- A local democracy reporter's story, "A cash-strapped council has agreed to end …" with "A cabinet member said …", is
  the press's account (round 45).
- An NHS trust's policy ("The trust's main CCTV system", "on trust premises"), a university's security team and its
  protocol "agreed between the University and [the force]", a force that "works alongside the five local authority CCTV
  control rooms", a Welsh national body's "canolfannau chwaraeon cenedlaethol" and "Eight town councils … have joined
  forces to run a shared CCTV project" are other bodies' (round 45).
- A draft agreement said in the next paragraph to be "not yet signed by either party", members who "asked whether the
  council had a formal agreement", and discussions that "had started … and were continuing" are no agreement (round 45).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis


def test_a_privacy_notices_purpose_line_naming_our_use_of_cctv_is_the_councils(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    page = (
        "<p>Anytown Borough Council is a data controller. We use personal information to run our services, for"
        " example:</p><ul><li>collecting council tax and paying benefits</li><li>preventing and detecting crime and"
        " prosecuting offenders, including our use of CCTV</li><li>schools and adult care</li></ul>"
    )
    pa = analyse_html("Privacy notice", page, path="/privacy-notice")
    assert pa.signals["cctv_info"] and pa.criteria["purpose"]
    cy = (
        "<p>Mae Cyngor Bwrdeistref Anytown yn rheolydd data.</p><ul><li>treth y cyngor a budd-daliadau</li><li>atal a"
        " chanfod troseddau, gan gynnwys ein defnydd o deledu cylch cyfyng</li></ul>"
    )
    assert analyse_html("Hysbysiad preifatrwydd", cy, path="/cy/hysbysiad-preifatrwydd", lang="cy").signals["cctv_info"]
    # a list item naming CCTV without the council using it is still no statement of its own
    other = page.replace("including our use of CCTV", "including footage passed to us by shops")
    assert not analyse_html("Privacy notice", other, path="/privacy-notice").signals["cctv_info"]


def test_a_co_location_arrangement_with_the_force_is_spoken_of(analyse_html: Callable[..., PageAnalysis]) -> None:
    page = (
        "<p>The council's 140 cameras are watched around the clock from its CCTV control room at Anytown police"
        " station.</p><p>The control room shares the building with Devon and Cornwall Police under a co-location"
        " arrangement, and operators talk to officers on patrol by radio.</p>"
    )
    pa = analyse_html("Town centre CCTV", page, path="/community-safety/cctv")
    assert pa.signals["sla"] and [m["kind"] for m in pa.sla] == ["mention"]
    assert not analyse_html(
        "Town centre CCTV", page.replace(" under a co-location arrangement", ""), path="/community-safety/cctv"
    ).signals["sla"]


def test_a_room_the_council_requires_a_club_to_staff_is_the_clubs(analyse_html: Callable[..., PageAnalysis]) -> None:
    page = (
        "<p>We issue the general safety certificate for Anytown Park stadium. The certificate requires the club to staff"
        " its own CCTV control room on match days and to keep recordings of the turnstiles for the police.</p>"
    )
    assert not analyse_html("Safety at sports grounds", page, path="/licensing/sports-grounds").signals["cctv_info"]


def test_a_reporters_story_of_an_unnamed_council_is_the_press(
    ctx: AuthorityContext, inspect_text: Callable[..., PageAnalysis]
) -> None:
    story = (
        "Council ends all-night camera watch\n\nA cash-strapped council has agreed to stop monitoring its town centre"
        " CCTV cameras overnight, saving about £200,000 a year.\n\nRecordings will still be kept for the police.\n\nA"
        " cabinet member said the authority had run out of other options."
    )
    pa = inspect_text(story, ctx)
    assert pa.decoy and not pa.signals["cctv_info"]


def test_other_bodies_speaking_of_their_own_cameras(
    ctx: AuthorityContext, inspect_text: Callable[..., PageAnalysis]
) -> None:
    trust = (
        "CCTV policy\n\nThis policy covers all cameras on trust premises, including wards and car parks.\n\nThe trust's"
        " main CCTV system at its three hospital sites was audited in 2023. The Head of Security is responsible for it."
    )
    university = (
        "CCTV on campus\n\nUniversity Security operates cameras across the city sites to keep students and staff safe.\n\n"
        "Images are released to Devon and Cornwall Police only under the protocol agreed between the University and"
        " Devon and Cornwall Police."
    )
    force = (
        "Working with council CCTV\n\nDevon and Cornwall Police works alongside the four local authority CCTV control"
        " rooms in our area. Each room has a named liaison officer.\n\nTo report a crime, call 101."
    )
    sports = (
        "Adran 6 – Camerâu diogelwch\n\nMae'r camerâu yn ein canolfannau chwaraeon cenedlaethol yn recordio er mwyn atal"
        " troseddu. Rydym yn cadw'r lluniau am 30 diwrnod."
    )
    towns = (
        "Towns join up on cameras\n\nSix town councils in south Anyshire have joined forces to run a shared CCTV scheme"
        " with 50 cameras, paid for from their precepts."
    )
    for text in (trust, university, force, sports, towns):
        assert not inspect_text(text, ctx).signals["cctv_info"], text[:40]


def test_a_draft_said_unsigned_a_question_and_continuing_talks_are_no_agreement(
    inspect_text: Callable[..., PageAnalysis],
) -> None:
    draft = (
        "Agenda item\n\nCCTV information sharing\n\nThe Head of Community Safety presented a report on the draft"
        " information sharing agreement prepared with Devon and Cornwall Police for footage from the council's 60"
        " cameras.\n\nMembers heard that the force had asked for changes, so the agreement had not yet been signed by"
        " either party.\n\nRESOLVED that the draft be approved in principle."
    )
    assert not inspect_text(draft).signals["sla"]
    # (a draft with nothing said of its signing stays an agreement spoken of, as earlier rounds label drafts)
    assert inspect_text(
        draft.replace("so the agreement had not yet been signed by either party", "which were made")
    ).signals["sla"]
    talks = (
        "Agenda item\n\nCCTV review\n\nThe manager updated members on the council's 40 town centre cameras.\n\nMembers"
        " asked whether the council had a formal agreement with the police. The manager said that discussions with Devon"
        " and Cornwall Police about a service level agreement had started in May and were continuing."
    )
    assert not inspect_text(talks).signals["sla"]
