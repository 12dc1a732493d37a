"""Patterns the held-back pair 95-96 showed (written blind in session 19, measured frozen once at 2012a90, looked into
in session 20). The passages are written for this test (invented places and people).

- one fact of a council place in a plain sentence that names no other owner: "CCTV recordings made at the lido are
  kept for 21 days", "The crematorium's CCTV recordings are kept for 14 days", "A notice by the entrance tells visitors
  that CCTV is in operation"; never a home camera, a taxi's or a shop's;
- "the council's public area CCTV cameras" are the council's own;
- a CCTV page naming a parish council's cameras in passing stays the council's own when it says the scheme is run by
  the council;
- "the police cameras" on a county's page that says it runs none are the police's;
- a facts table row "Enquiries | [post], [phone]" on the CCTV page is a CCTV contact point.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_one_fact_of_a_council_place(analyse_html: Callable[..., PageAnalysis]) -> None:
    cases = [
        ("Marsh Lane Lido", "CCTV recordings made at the lido are kept for 21 days and then erased.", "retention"),
        ("Crematorium", "The crematorium's CCTV recordings are kept for 14 days, then deleted.", "retention"),
        ("Brook Street Day Centre", "A notice by the entrance tells visitors that CCTV is in operation.", "signage"),
    ]
    for title, fact, criterion in cases:
        pa = analyse_html(title, f"<p>Open daily from 9am. Parking is free after 6pm.</p><p>{fact}</p>", path="/x/y")
        assert pa.signals["cctv_info"] and criterion in _crit(pa), title


def test_a_private_or_another_bodys_camera_fact_is_not_the_councils(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    cases = [
        (
            "Home security",
            "If you fit a doorbell camera, CCTV recordings of your neighbours must be kept no longer than 30 days.",
        ),
        ("Licensed vehicles", "Taxi CCTV recordings are kept for 31 days by the vehicle's licence holder."),
        ("Shopping parade", "The shops' CCTV recordings are kept for 28 days by the store managers."),
    ]
    for title, fact in cases:
        pa = analyse_html(title, f"<p>Some background for residents.</p><p>{fact}</p>", path="/advice/x")
        assert not pa.signals["cctv_info"], title


def test_the_councils_public_area_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Out of hours service",
        "<p>What does the out of hours team do?</p><ul><li>answers calls when offices are shut</li>"
        "<li>watches the council's public area CCTV cameras and lift alarms</li></ul>",
        path="/community/out-of-hours",
    )
    assert pa.signals["cctv_info"]


def test_a_scheme_run_by_the_council_beside_a_parish_councils_cameras(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>Cameras help deter crime in the town centre.</p><p>The Millbrook scheme is run by Anytown Borough Council"
        " with Millbrook Town Council and the police; it is watched from a control room in the town hall.</p>"
        "<p>Recordings are kept for 31 days.</p><h2>Other cameras</h2><p>Eastford Parish Council runs its own cameras"
        " on the village green; please contact the parish council about them.</p>",
        path="/community-safety/cctv",
    )
    assert pa.decoy is None and pa.signals["cctv_info"] and {"operator", "retention"} <= _crit(pa)


def test_the_police_cameras_are_not_the_councils(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Town cameras",
        "<p>The cameras in the market towns belong to the police, who watch them from their own room. The county council"
        " does not run public space cameras.</p><p>To ask for footage from the police cameras, contact the police.</p>",
        path="/community-safety/town-cameras",
    )
    assert not pa.signals["cctv_info"]


def test_an_enquiries_row_of_a_facts_table(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>Our cameras help keep the town centre safe.</p><table><tr><th>Recordings kept</th><td>31 days</td></tr>"
        "<tr><th>Enquiries</th><td>Head of Community Services, 01632 000 418</td></tr></table>",
        path="/community-safety/cctv",
    )
    contacts = [f for f in pa.findings if f.deliverable == "5.3"]
    assert contacts and "01632 000 418" in contacts[0].quote
