"""Patterns webs 101-104 showed (written blind in session 20, each measured once before its lessons). The passages are
written for this test (invented places and people).

- a data sharing agreement with the force about other records ("collision records … The agreement does not cover
  camera footage") is no police agreement about the cameras;
- cameras watched from a neighbour's control room "under a service level agreement between the two councils" is the
  operator, not an agreement with the police.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_an_agreement_with_the_force_about_other_records(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Road casualty data sharing agreement",
        "<p>We receive collision reports from Devon and Cornwall Police under a data sharing agreement signed by both"
        " organisations in 2022, to plan road safety work. The agreement does not cover camera footage.</p>",
        path="/council/data-protection/data-sharing/road-casualty",
    )
    assert not pa.signals["sla"] and not pa.sla


def test_an_agreement_between_councils_is_not_a_police_agreement(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Cabinet decision: camera monitoring",
        "<p>Cabinet agreed that Eastford District Council's control room should watch the borough's cameras under a"
        " service level agreement between the two councils, at a cost of about £30,000 a year.</p>",
        path="/council/decisions/camera-monitoring",
    )
    assert "police_agreement" not in _crit(pa) and "operator" in _crit(pa)


def test_asking_the_data_protection_officer_for_footage_that_shows_you(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "CCTV privacy notice",
        "<p>This notice covers recordings made by the cameras at our offices and depots.</p><p>Recordings are overwritten"
        " after 28 days.</p><h2>Your rights</h2><p>You can ask for a copy of footage that shows you by contacting our data"
        " protection officer.</p>",
        path="/council/data-protection/privacy-notices/cctv",
    )
    assert "subject_access" in _crit(pa)
