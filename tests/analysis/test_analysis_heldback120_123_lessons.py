"""Patterns webs 120-123 showed (this session's blind webs to learn from, each measured once before its lessons). The
passages are written for this test (invented places and people).

- the council's agreement said as what it has: "covered by a protocol we have with [the force]" (a control room video's
  transcript) is a mention of its police agreement;
- a team's own line on the council's CCTV page ("Safer Communities Team: 01992 …") is a contact point (5.3 partial).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def test_a_protocol_we_have_with_the_force(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Inside our CCTV control room",
        "<h2>Transcript</h2><p>CCTV manager:</p><p>We look after 40 public space cameras in the town centres.</p>"
        "<p>CCTV manager:</p><p>How footage goes to the police is covered by a protocol we have with Devon and Cornwall"
        " Police.</p><p>CCTV manager:</p><p>Town councils can also pay for extra cameras under a service level agreement"
        " with us.</p>",
        path="/article/2210/inside-our-cctv-control-room",
    )
    assert pa.signals["sla"] and pa.sla and pa.sla[0]["force"] == "Devon and Cornwall Police"


def test_a_protocol_the_town_council_has_with_us_is_not(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Town council cameras",
        "<p>Northby Town Council's cameras are covered by an agreement we have with the town council about monitoring.</p>",
        path="/community-safety/town-council-cameras",
    )
    assert not pa.signals["sla"]


def test_a_teams_line_on_the_cctv_page_is_a_contact_point(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Public space CCTV",
        "<p>The council installs cameras to deter crime. Recordings are held for 31 days.</p>"
        "<p>Safer Neighbourhoods Team: 01632 960 771.</p>",
        path="/community/community-safety/public-space-cctv",
    )
    found = [f for f in pa.findings if f.type == "cctv_contact"]
    assert found and found[0].data["phone"] == "01632 960 771" and found[0].data["role"] == "Safer Neighbourhoods Team"


def test_a_teams_line_on_another_page_is_not(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Parking permits",
        "<p>Apply for a resident's permit online.</p><p>Parking Services Team: 01632 960 300.</p>",
        path="/parking/permits",
    )
    assert not [f for f in pa.findings if f.type == "cctv_contact"]
