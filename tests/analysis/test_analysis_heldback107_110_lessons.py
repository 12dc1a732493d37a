"""Patterns webs 107-110 showed (the session's second wave, written blind, each measured once before its lessons). The
passages are written for this test (invented places and people).

- a script-drawn section's <noscript> fallback is what a reader without scripts sees: its text is read;
- "Recordings from the camera columns in [a park] are kept for 30 days" on the park's page;
- another council that "funds four cameras" on a website two councils share is not the audited one;
- an agreement "between the council and [the force]" that "covers crime statistics and case conferences, not camera
  recordings" is no police agreement about the cameras, nor CCTV information;
- a page that is only a table of camera locations is the council's own information about where its cameras are;
- a council that manages the town councils' systems for them and is their data controller keeps its CCTV page its own.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_a_noscript_fallback_is_read(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>Questions and answers about our cameras.</p><div id='qa'></div><script>drawQa()</script><noscript><p>Our cameras"
        " help prevent crime in the town centre. Recordings are kept for 31 days and then overwritten.</p></noscript>",
        path="/community-safety/cctv",
    )
    assert "retention" in _crit(pa)


def test_recordings_from_the_camera_columns_in_a_park(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Riverside Park",
        "<p>The park has a lake, a cafe and woodland walks.</p><p>Recordings from the camera columns in Riverside Park are"
        " kept for 30 days.</p>",
        path="/parks/riverside-park",
    )
    assert pa.signals["cctv_info"] and "retention" in _crit(pa)


def test_another_council_that_funds_the_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Eastford District Council: Millbrook CCTV",
        "<p>Eastford District Council funds three cameras in Millbrook town centre, watched by the police. This page is"
        " about Eastford's cameras only.</p>",
        path="/community-safety/eastford-cctv",
    )
    assert not pa.signals["cctv_info"]


def test_an_agreement_not_about_the_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Community safety information sharing",
        "<p>The community safety partnership shares crime and disorder data under an information sharing agreement between"
        " Anytown Borough Council and Devon and Cornwall Police, signed in 2023. It covers anonymised crime statistics and"
        " case conferences, not camera recordings.</p>",
        path="/community-safety/information-sharing",
    )
    assert not pa.signals["cctv_info"] and not pa.signals["sla"] and "police_agreement" not in _crit(pa)


def test_a_table_of_camera_locations(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Town centre camera locations",
        "<h1>Town centre camera locations</h1><table><tr><th>Town</th><th>Location</th><th>Camera</th></tr>"
        "<tr><td>Millbrook</td><td>Market Place</td><td>MB01</td></tr><tr><td>Millbrook</td><td>Bridge Street</td>"
        "<td>MB02</td></tr><tr><td>Eastford</td><td>High Street</td><td>EF01</td></tr></table>",
        path="/community-safety/town-centre-camera-locations",
    )
    assert pa.signals["cctv_info"] and "cameras" in _crit(pa)


def test_the_council_managing_the_town_councils_systems(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>Cameras help us keep our town centres safe.</p><p>We manage the town centre CCTV systems in three towns on behalf"
        " of the town councils, who pay for their upkeep. The council is the data controller for these systems.</p><p>Requests"
        " for footage should go to our Localities team on 01632 000 990.</p><p>Millbrook Town Council runs its own separate"
        " system; please ask the town council about it.</p>",
        path="/council/data-protection/cctv",
    )
    assert pa.decoy is None and pa.signals["cctv_info"] and "operator" in _crit(pa)
