"""Patterns webs 105-106 showed (session 20's held-back pair, measured frozen twice before they were opened). The
passages are written for this test (invented places and people).

- "We move three mobile cameras between fly-tipping hotspots" on a council's fly-tipping page is its own camera fact;
- a card's teaser put as the question its page answers ("Who runs the cameras in [three towns].") is no information;
- cameras "run by [Place] Community Housing" are the housing company's, whatever place name it carries;
- "The council owns and maintains 54 cameras" keeps a page the council's though the constabulary watches them;
- a service level agreement for monitoring bought from a company or a neighbouring council is no police agreement.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_the_councils_own_mobile_fly_tipping_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Stopping fly-tipping",
        "<p>Clearing dumped rubbish costs every household in the borough. Our officers look through it for names and"
        " addresses.</p><p>We move three mobile cameras between fly-tipping hotspots on the edge of town.</p>"
        "<p>A fixed penalty for fly-tipping is up to £1,000.</p>",
        path="/environment/fly-tipping/stopping-fly-tipping",
    )
    assert pa.signals["cctv_info"] and "other_systems" in _crit(pa)


def test_a_parish_moving_its_camera_is_not_the_council(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Fly-tipping in the parish",
        "<p>Westmere Parish Council owns a camera of its own. The clerk writes: we move our camera between the two lay-bys"
        " where fly-tipping happens most.</p>",
        path="/news/parish-fly-tipping",
    )
    assert not pa.signals["cctv_info"]


def test_a_teaser_that_asks_who_runs_the_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Staying safe",
        "<p>The police and the town councils lead on town centre safety.</p><h3><a href='/safe/cameras'>Town centre"
        " cameras</a></h3><p>Who runs the cameras in Northby, Eastwick and Southam.</p><h3><a href='/safe/grants'>Safety"
        " grants</a></h3><p>Money for community projects.</p>",
        path="/community/staying-safe",
    )
    assert not pa.signals["cctv_info"]


def test_a_statement_of_who_runs_them_still_reads(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Town centre CCTV",
        "<p>We run 40 cameras in the town centre from our own control room, staffed day and night.</p>"
        "<p>Recordings are kept for 31 days.</p>",
    )
    assert {"cameras", "retention"} <= _crit(pa)


def test_cameras_run_by_a_housing_company_named_for_the_place(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV on estates",
        "<p>Cameras in the tower blocks and on our estates are run by Anytown Community Housing. Ask them about footage"
        " on their website.</p>",
        path="/housing/estate-cctv",
    )
    assert not pa.signals["cctv_info"]


def test_cameras_run_by_the_councils_housing_team_stay_its_own(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV on estates",
        "<p>Cameras in the tower blocks are run by our Housing team. Recordings from the estate cameras are kept for 28"
        " days.</p>",
        path="/housing/estate-cctv",
    )
    assert pa.signals["cctv_info"] and "retention" in _crit(pa)


def test_a_council_that_owns_the_cameras_the_constabulary_watches(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Public space CCTV",
        "<p>The council owns and maintains 54 public space cameras in the town centre and two retail parks. They are there"
        " to deter crime and help people feel safe.</p><p>Devon and Cornwall Police operates and monitors the cameras from"
        " its own control room, day and night.</p><p>Questions about the cameras go to the community safety team:"
        " safety@anytown.example.gov.uk.</p>",
        path="/community-safety/public-space-cctv",
    )
    assert pa.decoy is None and {"cameras", "purpose", "operator"} <= _crit(pa)


def test_the_force_owning_its_own_cameras_is_still_anothers(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Town centre cameras",
        "<p>Devon and Cornwall Police owns and operates the 30 cameras in the town centre and watches them from its control"
        " room. Ask the police for any footage.</p>",
        path="/community-safety/town-centre-cameras",
    )
    assert "retention" not in _crit(pa) and not {"cameras", "operator"} <= _crit(pa)


def test_monitoring_bought_under_a_service_level_agreement(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Town centre CCTV",
        "<p>Anytown Borough Council runs 22 town centre cameras to prevent and detect crime.</p><p>The cameras are watched"
        " from the control room at Westmere District Council, which monitors them for us under a service level"
        " agreement.</p><p>An operator firm keeps the recorders: we pay for this under a maintenance agreement with"
        " Brightwatch Services Ltd.</p><h2>Documents</h2><ul><li><a href='/d/1.pdf'>CCTV code of practice</a></li>"
        "<li><a href='/d/2.pdf'>CCTV monitoring service level agreement</a></li></ul>",
    )
    assert {"cameras", "purpose"} <= _crit(pa) and "police_agreement" not in _crit(pa)


def test_a_service_level_agreement_with_the_police_still_counts(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Town centre CCTV",
        "<p>Anytown Borough Council runs 22 town centre cameras to prevent and detect crime.</p><p>Footage is released to"
        " Devon and Cornwall Police under a service level agreement signed in 2023.</p>",
    )
    assert "police_agreement" in _crit(pa)
