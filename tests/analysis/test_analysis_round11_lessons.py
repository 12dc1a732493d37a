"""Patterns real-text round 11 showed (85 excerpts gathered in session 11, scored once with the detectors at
52dee25: cctv_info F1 0.87, P 0.78; learnt from after).

Most of its false positives were the press and other people's pages about a named council's cameras: a
councillor named with ward and party in brackets, the paper as the one who went to see the control room, a
reprint's "…, reports the Anytown Herald.", a trade paper's byline with "Editor" on its own line, a
broadcaster's time stamp with "| Updated", a supplier's "Industry News" furniture; and a town council's own
page saying it "are planning to install" cameras. The passages are written for this test (invented places and
people); each rule has a passage beside it that must still be read as the council's own.
"""

from __future__ import annotations

from read_excerpt import read


def test_a_councillor_named_with_ward_and_party_is_a_press_report() -> None:
    pa = read(
        "Worries new CCTV rules will not stop fly-tipping\n\nA new CCTV policy for Westmere District Council was "
        'agreed by its cabinet last week.\n\nCouncillor Jo Lamb (Northgate, Independent) said: "Westmere District '
        'Council owns the public space cameras and must set out how they are governed."'
    )
    assert pa.signals["cctv_info"] is False
    # the council's own release quotes its cabinet member without ward or party
    own = read(
        "New CCTV policy agreed\n\nOur cabinet agreed a new CCTV policy last week. It sets out how our 40 public "
        "space cameras are run and who may see the recordings.\n\nCouncillor Jo Lamb, cabinet member for "
        'community safety, said: "Our cameras help keep the town centre safe."'
    )
    assert own.signals["cctv_info"] is True


def test_the_paper_going_to_see_the_control_room_is_a_press_feature() -> None:
    pa = read(
        "Feature: a night in the CCTV control room\n\nThe Chronicle went to see the room that watches all of "
        "Eastvale's 85 cameras, based at the district council offices. Operators sit in front of three walls of "
        "screens and talk to the police by radio. The shared service cost the two councils £310,000 last year."
    )
    assert pa.signals["cctv_info"] is False


def test_a_reprint_credited_to_a_paper_is_not_the_councils_page() -> None:
    pa = read(
        "Village gets new CCTV cameras\n\nFive new CCTV cameras will be put up in Lowford to cut crime, and the "
        "council's control room will watch them day and night, reports the Northvale Herald.\n\nThe places were "
        "chosen after talking to residents and the police."
    )
    assert pa.signals["cctv_info"] is False


def test_a_trade_papers_byline_and_editor_line() -> None:
    pa = read(
        "Alex Moore\nEditor\n\nEastvale District Council has renewed its CCTV monitoring contract. The council's 60 "
        "cameras will be watched from a private monitoring centre for the next five years."
    )
    assert pa.signals["cctv_info"] is False


def test_a_broadcasters_time_stamp_and_its_thought() -> None:
    pa = read(
        "Changes to Westmere CCTV\n\n4 March 2011, 09:14 | Updated: 4 March 2011, 10:02\n\nPlans to stop watching "
        "Westmere's CCTV cameras live look to have been dropped. It's thought a new control room will open at the "
        "police station and officers will watch the cameras at weekends."
    )
    assert pa.signals["cctv_info"] is False


def test_a_town_council_that_are_planning_cameras() -> None:
    pa = read(
        "Lowford Town Council are planning to put up three permanent CCTV cameras\n\nLowford Town Council are "
        "planning to put up three permanent public space CCTV cameras near the skate park and the two main "
        "junctions. The places were chosen on police advice."
    )
    assert pa.signals["cctv_info"] is False
    # a district's page naming the town council as a partner in its own scheme stays the district's
    own = read(
        "CCTV\n\nOur CCTV control room watches 52 cameras across the district, 24 hours a day. We work with "
        "Lowford Town Council, which pays towards the cameras in its market place."
    )
    assert own.signals["cctv_info"] is True
