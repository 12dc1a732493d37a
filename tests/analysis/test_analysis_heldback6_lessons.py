"""Reading lessons of the sixth held-back web's first look (measured before anything was learnt from
it). Passages written for this test on the patterns the set showed; each failed before its rule.

- Cameras named only by the town centres they watch, and CCTV at the council's buildings said
  plainly ("Every recycling centre has CCTV", "There are CCTV cameras at the council offices", the
  Welsh "Mae camerâu … yn swyddfeydd y Cyngor"): the council's own, a mention.
- "A memorandum with X Police sets out how officers view recordings": an agreement mentioned.
- Road safety cameras run by a safer roads partnership, and an FOI request listed by its number and
  subject, are not the council's CCTV information.
"""

from __future__ import annotations

from analysis.assess import verdicts


def test_cameras_named_by_the_town_centres_they_watch(analyse_html) -> None:
    pa = analyse_html(
        "Safer Northby partnership",
        "<p>The partnership funds the cameras in Northby and Eastwick town centres, which are watched from the "
        "control room at the town hall.</p>",
        path="/community/safer-northby-partnership",
    )
    assert pa.signals["cctv_info"]


def test_plain_statements_of_cctv_at_council_sites(analyse_html) -> None:
    for sentence in (
        "Each of our recycling centres has CCTV.",
        "There are CCTV cameras at the council offices in Market Street.",
    ):
        pa = analyse_html("Recycling centres", f"<p>Opening hours and what you can bring.</p><p>{sentence}</p>")
        assert pa.signals["cctv_info"], sentence


def test_welsh_cameras_at_the_council_offices(analyse_html) -> None:
    pa = analyse_html(
        "Hysbysiad preifatrwydd",
        "<p>Mae camerâu teledu cylch cyfyng yn swyddfeydd y Cyngor yn y dref.</p>",
        path="/cy/preifatrwydd",
        lang="cy",
    )
    assert pa.signals["cctv_info"]


def test_a_memorandum_with_the_police_is_an_agreement_mentioned(analyse_html) -> None:
    pa = analyse_html(
        "CCTV in Northby",
        "<p>About 90 cameras cover the town centre and are watched from the council's control room.</p>"
        "<p>A memorandum with Westshire Police explains how officers view and request footage.</p>",
    )
    assert pa.signals["sla"]
    assert verdicts([pa], "ok")["5.5"]["status"] == "partial"


def test_road_safety_cameras_are_enforcement_not_cctv(analyse_html) -> None:
    pa = analyse_html(
        "Safety cameras",
        "<p>Speed and red light cameras on the county's roads are run by the Westshire Safer Roads Partnership, "
        "not by the county council.</p>",
        path="/roads/road-safety/safety-cameras",
    )
    assert not pa.signals["cctv_info"]


def test_an_foi_request_listed_by_number_and_subject_is_not_information(analyse_html) -> None:
    pa = analyse_html(
        "Freedom of information",
        "<p>How to ask us for information.</p><ul><li>FOI 4410: town centre cameras</li>"
        "<li>FOI 4411: grass cutting</li></ul>",
        path="/council/freedom-of-information",
    )
    assert not pa.signals["cctv_info"]


def test_a_link_to_guidance_on_agreeing_protocols_is_no_agreement(analyse_html) -> None:
    """The simulated web's community safety landings list such guidance beside the council's CCTV page."""
    pa = analyse_html(
        "Community safety",
        '<ul><li><a href="/cs/guidance">Guidance: agreeing CCTV protocols with the police</a></li>'
        '<li><a href="/cs/cctv">CCTV</a></li></ul>',
        path="/community-safety",
    )
    assert not pa.signals["sla"]


def test_public_safety_cameras_are_not_road_safety_cameras(analyse_html) -> None:
    """Held-back web 3's Bexley calls its CCTV "public safety cameras"; only road safety cameras are
    enforcement."""
    pa = analyse_html(
        "Public safety cameras",
        "<p>Northby's public safety cameras deter crime and help find missing people. They are watched from the "
        "council's control room and recordings are kept for 31 days.</p>",
        path="/services/safer-communities/public-safety-cameras",
    )
    assert pa.signals["cctv_info"]
