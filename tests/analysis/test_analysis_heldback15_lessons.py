"""Patterns the fifteenth held-back web and real-text round 9 showed (both measured once, frozen, in session 10
after web 14's lessons; learnt from after).

Cameras said to belong to the police, or run "not by the county council", are not the council's; a contact
panel whose team name is set as its own bold label is still the page's contact; "Who to contact" heads a
contact; "our mobile CCTV cameras" are the council's own; a decision record's capitalised verbs ("ENDORSED",
"DELEGATED authority to the Director") make a committee paper; a camera policy that sets covert surveillance
aside is no RIPA policy. The passages are written for this test (the invented Anytown); each rule has a
passage beside it that must still be read as before.
"""

from __future__ import annotations

from collections.abc import Callable

from read_excerpt import read

from analysis.page import PageAnalysis


def test_cameras_that_belong_to_the_police_are_not_the_councils(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    police = analyse_html(
        "Town centre cameras",
        "<p>The cameras in Northam, Southam and other towns belong to Anyshire Constabulary. The police watch them "
        "from their headquarters, so please ask the police about them.</p>",
        path="/community-safety/town-centre-cameras",
    )
    assert police.signals["cctv_info"] is False
    county = analyse_html(
        "Town centre CCTV",
        "<p>Public space CCTV in Anyshire's towns is run by the district councils with Anyshire Police, not by the "
        "county council. For cameras in your town, contact your district council.</p>",
        path="/community-safety/town-centre-cctv",
    )
    assert county.signals["cctv_info"] is False
    # the council's own cameras, watched by the police, are still the council's
    own = analyse_html(
        "Town centre CCTV",
        "<p>Anytown Council owns 40 town centre cameras. The police watch them from the police station.</p>",
        path="/community-safety/town-centre-cctv",
    )
    assert own.signals["cctv_info"] is True


def test_a_contact_panel_with_the_team_as_a_bold_label(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Closed circuit television (CCTV)",
        "<p>Our CCTV system runs 24 hours a day and watches cameras around the borough.</p>"
        "<h2>Contact us</h2><p><strong>Community Protection Team</strong></p>"
        "<p>Email community.protection@anytown.example.gov.uk</p>",
    )
    assert any(f.type == "cctv_contact" for f in pa.findings)
    who = analyse_html(
        "CCTV",
        "<p>Public space CCTV schemes operate in the borough.</p><h2>Who to contact</h2>"
        "<p>Town centre scheme: Director of Housing, 01632 000 341</p>",
    )
    assert any(f.type == "cctv_contact" for f in who.findings)
    # a panel under a heading that is not a contact heading gives no contact point
    other = analyse_html(
        "CCTV",
        "<p>Our CCTV system runs 24 hours a day.</p><h2>Recycling and waste</h2>"
        "<p><strong>Waste Team</strong></p><p>Email waste@anytown.example.gov.uk</p>",
    )
    assert not any(f.type == "cctv_contact" for f in other.findings)


def test_our_mobile_cctv_cameras_are_the_councils_own(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Graffiti and vandalism",
        "<p>Report graffiti and we will remove offensive graffiti within a day.</p><p>Our mobile CCTV cameras are "
        "moved between places where anti-social behaviour is reported.</p>",
        path="/community-safety/graffiti-and-vandalism",
    )
    assert pa.signals["cctv_info"] is True


def test_a_decision_record_is_a_committee_paper_on_the_councils_cameras() -> None:
    pa = read(
        "1) ENDORSED the plan to renew the town centre CCTV cameras and to share a monitoring service with a "
        "neighbouring council;\n2) the cost of the new CCTV system to be met from reserves;\n"
        "3) DELEGATED authority to the Head of Community Safety to sign the contract."
    )
    assert pa.signals["cctv_info"] is True
    assert pa.secondary is True
    # a news story with one of those words is no decision record
    news = read(
        "Shoppers welcome new cameras\n\nTraders said they ENDORSED the idea of more cameras in the precinct, "
        "according to a survey by the chamber of trade."
    )
    assert news.secondary is False


def test_a_camera_policy_that_sets_covert_surveillance_aside_is_no_ripa_policy() -> None:
    policy = read(
        "1. Introduction\n\nThis policy governs the overt surveillance cameras, including CCTV, operated by "
        "Anytown Council as a data controller in its public spaces and buildings.\n\nThis policy does not "
        "cover the council's use of its surveillance powers under the Regulation of Investigatory Powers Act "
        "2000. Covert surveillance is dealt with in a separate RIPA policy."
    )
    assert policy.decoy is None
    assert policy.signals["cctv_info"] is True
    ripa = read(
        "RIPA policy\n\nThis policy sets out how Anytown Council authorises directed surveillance and covert "
        "human intelligence sources under the Regulation of Investigatory Powers Act 2000. Overt CCTV is "
        "governed by the council's CCTV policy."
    )
    assert ripa.decoy == "covert surveillance (RIPA)"
