"""Patterns the fifty-ninth and sixtieth held-back webs showed (written blind during session 15, merged unopened,
measured once at 4837c53 with the session's other lessons in, then looked into). The passages are written for this
test (invented places, forces and people).

- "[Town] town centre's cameras are watched from a control room run for us by [another council]" in a corporate
  privacy notice: the council's cameras, whoever watches them;
- a scheme "run by a partnership of the borough council, [a] Town Council and [the force]": the council's own
  scheme, not another body's;
- an agreement with the police as a code's appendix whose heading runs into its first paragraph;
- "Our team watches more than 350 cameras 24 hours a day" on the council's control centre's page.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.text import extract
from fixtures.simweb.content.items import Item
from fixtures.simweb.documents import pdf_bytes


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_a_town_centres_cameras_watched_for_us_by_another_council(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Corporate privacy notice",
        "<p>Anytown Borough Council collects personal information to deliver its services.</p>"
        "<p>Westby town centre's cameras are watched from a control room run for us by Northam District Council.</p>",
        path="/about-council/privacy/corporate-privacy-notice",
    )
    assert pa.signals["cctv_info"] is True and "operator" in _crit(pa)


def test_a_scheme_run_by_a_partnership_the_council_leads(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Public space CCTV",
        "<p>The Westby scheme is run by a partnership of the borough council, Westby Town Council and Devon &amp;"
        " Cornwall Police, and watched day and night from a control centre in the town.</p>"
        "<p>Recordings are kept for 28 days.</p>",
        path="/community/safety/public-space-cctv",
    )
    assert pa.decoy is None and pa.signals["cctv_info"] is True
    assert {"operator", "retention"} <= _crit(pa)
    # a scheme the town council runs with the police, the principal council not named among them, stays theirs
    theirs = analyse_html(
        "Westby town cameras",
        "<p>The Westby scheme is run by Westby Town Council and Devon &amp; Cornwall Police.</p>",
        path="/community/safety/westby-town-cameras",
    )
    assert theirs.signals["cctv_info"] is False


def test_an_appendix_agreement_whose_heading_runs_into_its_text(ctx: AuthorityContext) -> None:
    """A code of practice as a PDF whose appendix heading runs into the appendix's first paragraph."""
    items = [
        Item("h2", "1. Ownership"),
        Item("p", "The scheme is owned by Anytown Borough Council, the data controller for its recordings."),
        Item("h2", "2. Release of recordings"),
        Item("p", "Recordings go to the police on a signed request, and nothing is released for entertainment."),
        Item(
            "p",
            "Appendix H - Protocol between Anytown Borough Council and Devon & Cornwall Police This protocol governs the"
            " live link between the council's control room and the force's control room, police tasking of the cameras,"
            " and how recordings are handed over as evidence, each request logged with the officer's number.",
        ),
        Item("sig", "Signed for and on behalf of Anytown Borough Council: Head of Community Safety, 4 April 2025."),
        Item("sig", "Signed for and on behalf of Devon & Cornwall Police: Superintendent, 11 April 2025."),
    ]
    body = pdf_bytes(
        "Anytown Borough Council public space CCTV code of practice (version 3, May 2025)", items, "x", "2025"
    )
    pa = analyse(
        extract(body, "https://www.anytown.gov.uk/downloads/cctv-code-of-practice.pdf", "application/pdf"), ctx
    )
    (sla,) = [f for f in pa.findings if f.type == "sla"]
    assert sla.data["signed"] is True and sla.data["force"]


def test_the_number_of_cameras_the_councils_team_watches(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Safer Anytown",
        "<h2>1. About us</h2><p>Safer Anytown is the council's control centre at the Civic Centre. Our team watches"
        " more than 200 cameras 24 hours a day for Anytown and for the councils that buy monitoring from us.</p>",
        path="/community-safety/safer-anytown",
    )
    assert pa.signals["cctv_info"] is True and "cameras" in _crit(pa)
    speed = analyse_html(
        "Road safety",
        "<p>Our team maintains more than 40 speed cameras on the county's roads.</p>",
        path="/roads/road-safety",
    )
    assert speed.signals["cctv_info"] is False
