"""Patterns the forty-ninth to fifty-second held-back webs showed (first looked at with the detectors at fa82217,
after the lessons of webs 43-46). The passages are written for this test (invented places, forces and people).

- one-fact statements: a question placing the cameras on a named street, answered below without naming them; the
  council's "camera control centre" staffed by its operators; "the borough council's street cameras … are recorded
  at the Town Hall"; pictures "from our street and estate cameras" in a privacy page; "estate camera recordings";
- a county's or partnership's guidance note on agreements with the police ("[Partnership] guidance: …", "prepared
  for the … partnerships", "each council decides");
- a protocol with the force named at the end of its sentence ("… is maintained with [the force]");
- a control room's number given with its extension.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.contact_route import find_phone
from analysis.page import PageAnalysis


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_a_question_placing_the_cameras_on_a_street_and_its_answer(analyse_html: Callable[..., PageAnalysis]) -> None:
    faq = analyse_html(
        "Town centre: questions and answers",
        "<h2>Who patrols the town at night?</h2><p>Police officers at weekends and volunteer street pastors.</p>"
        "<h2>Why are there cameras on Station Road?</h2><p>They are there to deter crime and anti-social behaviour.</p>"
        "<h2>How do I report fly-tipping?</h2><p>Use the online form.</p>",
        path="/community-safety/town-centre-questions",
    )
    assert faq.signals["cctv_info"] is True and _crit(faq) == {"purpose"}
    # a householder's question about a camera of their own is not the council's
    doorbell = analyse_html(
        "Neighbour disputes",
        "<h2>Can I put a camera on my house?</h2><p>Yes, but point it at your own property to prevent disputes.</p>",
        path="/housing/neighbour-disputes",
    )
    assert doorbell.signals["cctv_info"] is False


def test_the_councils_own_cameras_in_other_words(analyse_html: Callable[..., PageAnalysis]) -> None:
    room = analyse_html(
        "Tackling crime",
        "<p>Enforcement officers patrol the borough every day.</p>"
        "<p>Our camera control centre at the Civic Centre is staffed by council operators around the clock, and they"
        " pass what they see to the police.</p>",
        path="/community/tackling-crime",
    )
    assert room.signals["cctv_info"] is True and {"operator"} <= _crit(room)
    recorded = analyse_html(
        "A safer town centre",
        "<p>Wardens patrol the high street on Friday evenings.</p>"
        "<p>The borough council's street cameras in Westby and Northam are recorded at the Town Hall.</p>",
        path="/community-safety/safer-town-centre",
    )
    assert recorded.signals["cctv_info"] is True
    estate = analyse_html(
        "How we use your information",
        "<h2>Recorded images</h2><p>Pictures from our street and estate cameras are kept for 28 days and then deleted.</p>"
        "<h2>Council tax</h2><p>We use your details to bill and collect council tax.</p>",
        path="/privacy/how-we-use-your-information",
    )
    assert estate.signals["cctv_info"] is True and "retention" in _crit(estate)
    wiped = analyse_html(
        "Estate safety",
        "<p>Estate officers walk every block each fortnight.</p>"
        "<p>Estate camera recordings are wiped automatically after 30 days unless an officer saves a clip.</p>",
        path="/housing/estate-safety",
    )
    assert wiped.signals["cctv_info"] is True and "retention" in _crit(wiped)


def test_a_partnerships_guidance_note_on_agreements_is_not_the_councils(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    note = analyse_html(
        "Partnership guidance: sharing camera footage with the police",
        "<p>This note was prepared for the county's community safety partnerships. It suggests what a council's"
        " information sharing agreement with the police should cover: purposes, who may view and how copies are"
        " logged.</p><p>Each council decides whether to adopt it.</p>",
        path="/community/partnership-guidance-footage-sharing",
    )
    assert note.decoy is not None and note.signals["sla"] is False and note.signals["cctv_info"] is False


def test_a_protocol_maintained_with_the_force_is_a_mention(analyse_text: Callable[..., PageAnalysis]) -> None:
    code = analyse_text(
        "Anytown Borough Council CCTV Code of Practice\n"
        "The scheme is owned by Anytown Borough Council and operated from its control room.\n"
        "A protocol covering police access to the control room and to recordings is maintained with Devon and"
        " Cornwall Police.\n",
        path="/files/cctv-code-of-practice.pdf",
    )
    assert code.signals["sla"] is True and [f.type for f in code.findings if f.type.startswith("sla")] == [
        "sla_mention"
    ]


def test_a_phone_number_with_its_extension(analyse_html: Callable[..., PageAnalysis]) -> None:
    assert find_phone("Control room: 020 7946 0000 extension 61500") == "020 7946 0000"
    assert find_phone("call 01632 000 418 ext. 22") == "01632 000 418"
    page = analyse_html(
        "CCTV",
        "<p>Our 80 cameras are monitored around the clock.</p><h2>Contact us</h2><p>CCTV hub</p>"
        "<p>Control room: 020 7946 0000 extension 61500</p>",
        path="/community-safety/cctv",
    )
    assert any(f.type == "cctv_contact" for f in page.findings)


def test_the_traffic_cameras_live_pictures_are_not_the_councils_cctv(analyse_html: Callable[..., PageAnalysis]) -> None:
    """The county pages of nine webs (16, 19, 20, 22, 26, 31, 41, 44, 46) offer "still images from our traffic (or roadside) cameras"
    for journey planning: read as the council's own cameras once "pictures from our … cameras" was learnt."""
    traffic = analyse_html(
        "Traffic cameras",
        "<p>Still images from our traffic cameras on the A30 and A38 refresh every five minutes so you can plan your"
        " journey. The pictures are not recorded.</p>",
        path="/roads/traffic-cameras",
    )
    assert traffic.signals["cctv_info"] is False
    roadside = analyse_html(
        "Road conditions",
        "<p>Still images from our roadside cameras refresh every few minutes so you can check conditions before you"
        " travel.</p>",
        path="/transport/road-conditions",
    )
    assert roadside.signals["cctv_info"] is False
