"""Patterns the fifty-third and fifty-fourth held-back webs showed (written blind at session 14's end, measured
once at c72b464, first looked into at session 15's start). The passages are written for this test (invented places,
forces and people).

- a short camera page whose only statement names the officer who is the single point of contact "for the
  council's public space cameras", with one town's cameras owned by its town council mentioned below: the
  council's page, not the town council's;
- a draft agreement whose heading and first line are marked "DRAFT" in capitals: a document's marking, not a
  newspaper's lede, so the draft is read as an agreement (partial), not as somebody else's report.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def test_spoc_for_the_councils_cameras_beside_a_town_councils_cameras(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Street cameras",
        "<p>Our Neighbourhoods Manager is the designated single point of contact for the council's town centre"
        " cameras.</p><p>Write to streetcameras@anytown.example.gov.uk or ring 01632 960 410.</p>"
        "<p>The cameras in Eastby are owned by the town council.</p>",
        path="/community/street-cameras",
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"] is True and pa.signals["spoc"] is True
    assert pa.spoc and pa.spoc["email"] == "streetcameras@anytown.example.gov.uk"
    # the town council's own page about its cameras stays the town council's
    town = analyse_html(
        "Eastby Town Council cameras",
        "<p>The cameras in Eastby are owned by the town council, which pays for their upkeep.</p>"
        "<p>The Town Clerk answers questions about them.</p>",
        path="/community/eastby-town-council-cameras",
    )
    assert town.decoy is not None and town.signals["cctv_info"] is False


def test_a_draft_agreement_marked_in_capitals_is_an_unsigned_agreement(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "DRAFT Data sharing protocol: town centre cameras and Devon &amp; Cornwall Police",
        "<p>DRAFT for comment only - not to be signed</p>"
        "<p>Parties: Anytown Borough Council and Devon &amp; Cornwall Police.</p>"
        "<p>Signed for the council: .................... Date: ..../..../20__</p>"
        "<p>Signed for Devon &amp; Cornwall Police: .................... Date: ..../..../20__</p>",
        path="/media/2231/camera-data-sharing-protocol-draft",
    )
    assert pa.decoy is None
    (sla,) = [f for f in pa.findings if f.type == "sla"]
    assert sla.data["draft"] is True and sla.data["signed"] is False


def test_a_guides_parts_on_the_control_centre(analyse_html: Callable[..., PageAnalysis]) -> None:
    """A CCTV guide split into numbered parts: "Staffing" and "How the system works" speak of the council's
    control centre, never of CCTV; the guide's title places them."""
    staffing = analyse_html(
        "Public space CCTV",
        "<h2>3. Who watches the cameras</h2><p>The control centre is staffed by the council's own security team,"
        " whose operators are licensed by the Security Industry Authority.</p>",
        path="/public-space-cctv/who-watches",
    )
    assert staffing.signals["cctv_info"] is True and staffing.criteria["operator"]
    works = analyse_html(
        "Public space CCTV",
        "<h2>2. How it works</h2><p>Every camera feeds the council's control centre, where pictures are recorded"
        " with the date and time.</p><p>Recordings are wiped automatically after 28 days.</p>",
        path="/public-space-cctv/how-it-works",
    )
    assert works.signals["cctv_info"] is True and works.criteria["retention"]


def test_police_take_copies_owned_jointly_and_a_phone_lines_hours(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>The system is owned jointly by Anytown Borough Council and Westby District Council.</p>"
        "<p>Officers of the police may view or take copies of recordings when investigating a crime.</p>"
        "<p>Control room: telephone 01632 960 222 (staffed 24 hours).</p>",
    )
    assert pa.criteria["operator"] and pa.criteria["disclosure"]
    assert not pa.criteria["cameras"]
    room = analyse_html("CCTV", "<p>Our control room is staffed 24 hours a day by trained council operators.</p>")
    assert room.criteria["cameras"]


def test_questions_say_which_criterion_their_terse_answers_give(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Street cameras",
        "<h2>Where are the cameras?</h2><p>Anytown market square and Westby high street. Eastby's belong to the town"
        " council.</p>"
        "<h2>How long do you keep the pictures?</h2><p>Four weeks, then they are overwritten.</p>"
        "<h2>Who watches them?</h2><p>Anytown Borough Council's own operators, from the civic offices.</p>"
        "<h2>How do I complain?</h2><p>Use the council's general complaints form.</p>",
        path="/community/street-cameras",
    )
    crit = {k for k, v in pa.criteria.items() if v}
    assert {"cameras", "retention", "operator", "complaints"} <= crit
    quotes = {f.data["criterion"]: f.quote for f in pa.findings if f.type == "criterion"}
    assert quotes["cameras"] == "Anytown market square and Westby high street."
    assert quotes["retention"] == "Four weeks, then they are overwritten."
    # an answer about another body's cameras gives the council nothing
    other = analyse_html(
        "Street cameras",
        "<p>Anytown Borough Council runs the street cameras in the town centre.</p>"
        "<h2>Where are the cameras in Eastby?</h2><p>They are owned by Eastby Town Council, which decides where.</p>",
        path="/community/street-cameras",
    )
    assert not other.criteria.get("cameras")


def test_places_joined_by_small_words_and_a_coverage_label(analyse_html: Callable[..., PageAnalysis]) -> None:
    listed = analyse_html(
        "Town cameras",
        "<p>The council pays for cameras in Northam, Sutton on the Water and Eastby, watched by a contractor.</p>",
    )
    assert listed.criteria["cameras"]
    label = analyse_html("Town cameras", "<p>Camera coverage: Bridge Row and the Corn Market in Westby.</p>")
    assert label.criteria["cameras"]


def test_a_general_notices_questions_give_the_cameras_nothing(analyse_html: Callable[..., PageAnalysis]) -> None:
    """On a page not about CCTV as a whole, a question gives its criterion only when it or its answer is about the
    cameras: a general privacy notice's "How long do we keep your data?" is about every record the council holds."""
    pa = analyse_html(
        "How we use your information",
        "<h2>How long do we keep your data?</h2><p>For as long as our retention schedule says, then it is destroyed.</p>"
        "<h2>Cameras at our offices</h2><p>Our cameras at the Civic Centre record the reception and car park.</p>",
        path="/privacy/how-we-use-your-information",
    )
    assert pa.signals["cctv_info"] is True and not pa.criteria.get("retention")
    camera_q = analyse_html(
        "How we use your information",
        "<h2>Cameras at our offices</h2><p>Our cameras at the Civic Centre record the reception and car park.</p>"
        "<h2>How long do we keep camera recordings?</h2><p>Four weeks, unless the police ask us to keep them.</p>",
        path="/privacy/how-we-use-your-information",
    )
    assert camera_q.criteria.get("retention")


def test_the_questions_councils_ask_name_their_criterion() -> None:
    from analysis.vocab_questions import QUESTION_CRITERIA

    def asked(q: str) -> list[str]:
        return [k for k, rx in QUESTION_CRITERIA.items() if rx.search(q)]

    assert asked("Are the cameras watched around the clock?") == ["cameras"]
    assert asked("Is there CCTV in the market square?") == ["cameras"]
    assert asked("How long are the recordings held?") == ["retention"]
    assert asked("Who do we share it with?") == ["disclosure"]
    assert asked("Who runs the town centre cameras?") == ["operator"]
    assert asked("Why does the council use CCTV?") == ["purpose"]
    assert asked("Can I get a copy of footage of me?") == ["subject_access"]
    assert asked("How can I make a complaint?") == ["complaints"]
    assert asked("How do I report a missed bin?") == []
