"""Patterns webs 69-70 and real-text round 11 showed (written blind in session 17, measured once at 0938993, then
looked into). The passages are written for this test (invented places, forces, companies and people).

- the council's cameras "watched by the constabulary's operators, not by council staff": still the council's;
- "the borough's public realm cameras", watched at the council's traffic control centre: the council's;
- town centre CCTV "run by the district, borough and city councils, not by the county": someone else's;
- "Our CCTV system … was awarded step 2 full certification" on a page naming the town councils' cameras elsewhere;
- an installer saying the upgraded system "will be certified": no certification yet;
- criteria worded otherwise: a tool against crime, recordings handed to the force, number plate recognition cameras,
  "monitored day and night for the council by", evidence of crime, "CCTV and Concierge: general code of practice",
  "Incidents recorded by operators: 5,214";
- a Northern Ireland council's Policing and Community Safety Partnership; an agreement "being drawn up"; cameras the
  district "does not own or have access to".
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_the_councils_cameras_watched_by_police_operators_not_council_staff(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Community safety",
        "<p>We work with the police, the county council and local groups through the community safety partnership.</p>"
        "<p>The borough council's town centre cameras in Anytown are watched by Devon &amp; Cornwall Police's operators"
        " at the police control room, not by council staff.</p>",
        path="/community-safety",
    )
    assert pa.signals["cctv_info"] is True and "operator" in _crit(pa)


def test_the_boroughs_public_realm_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Keeping Anytown safe",
        "<p>The Safer Anytown partnership brings together the council, the police and the fire service.</p>"
        "<p>Pictures from the borough's public realm cameras are watched at the council's Urban Traffic Control Centre"
        " alongside the traffic cameras.</p>",
        path="/community-safety/keeping-anytown-safe",
    )
    assert pa.signals["cctv_info"] is True and "operator" in _crit(pa)


def test_town_centre_cctv_run_by_the_districts_listed(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Community safety",
        "<p>Town centre CCTV in the county is run by the district, borough and city councils, not by the county."
        " Contact your local council about cameras in your high street.</p>",
        path="/community-safety",
    )
    assert pa.signals["cctv_info"] is False


def test_our_system_awarded_certification_beside_the_town_councils_cameras(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "CCTV in Anytown",
        '<div class="badge"><img src="/images/sc-mark.png" alt=""></div>'
        "<p>Our CCTV system in Anytown was awarded step 2 full certification against the Surveillance Camera Code of"
        " Practice in May 2020.</p>"
        "<p>There are 41 fixed camera locations in and around Anytown town centre.</p>"
        "<p>In other towns in the county, any CCTV is run by the town or parish council.</p>",
        path="/community/cctv-in-anytown",
    )
    assert pa.decoy is None and pa.signals["cctv_info"] is True
    assert pa.certification is not None and pa.certification["level"] == "step2"


def test_an_installers_promise_of_certification_is_none(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Contractor chosen for Anytown camera upgrade",
        "<p>Eighteen cameras will be replaced on the seafront, paid for by a Safer Streets grant.</p>"
        "<p>The installer said the upgraded system will be certified against the Surveillance Camera Code of Practice"
        " once the work is finished.</p>",
        path="/news/camera-upgrade-contractor",
    )
    assert pa.signals["certification"] is False


def test_criteria_worded_otherwise(analyse_html: Callable[..., PageAnalysis]) -> None:
    page = analyse_html(
        "Public space cameras",
        "<p>We believe well-run public space cameras are an important tool against crime and disorder.</p>"
        "<p>The borough's system has 150 cameras across the town centre. Number plate recognition cameras at two"
        " roundabouts were added last year.</p>"
        "<p>Our control centre is staffed 24 hours a day. Recordings are handed to the force under a protocol agreed"
        " between the council and Devon &amp; Cornwall Police.</p>",
        path="/community-safety/public-space-cameras",
    )
    assert {"purpose", "disclosure", "other_systems", "cameras"} <= _crit(page)
    notice = analyse_html(
        "Surveillance privacy notice",
        "<h2>Town centre CCTV</h2><p>Cameras in the town centre help the police provide evidence of crime. They are"
        " monitored day and night for the council by Anytown Trading Ltd, the council's own company.</p>"
        "<p>Recordings are overwritten every 28 days.</p>",
        path="/privacy/surveillance-privacy-notice",
    )
    assert {"purpose", "operator", "retention"} <= _crit(notice)


def test_documents_named_as_the_code_and_the_outcome_summary(analyse_text: Callable[..., PageAnalysis]) -> None:
    code = analyse_text(
        "CCTV and Concierge: general code of practice\n\nPurpose\nThe system is used to prevent and detect crime.\n\n"
        "Keeping recordings\nRecordings are retained for 31 days and then overwritten.\n",
        path="/downloads/download/77/cctv-general-code-of-practice.txt",
    )
    assert "policy" in _crit(code)
    summary = analyse_text(
        "CCTV outcome summary 2024/25\n\nIncidents recorded by operators: 4,870. Incidents spotted proactively:"
        " 2,950.\n",
        path="/downloads/download/78/cctv-outcome-summary-2024-25.txt",
    )
    assert summary.signals["cctv_info"] is True and {"annual_review", "statistics"} <= _crit(summary)


def test_round_11_look_alikes_and_an_agreement_still_being_drawn_up(analyse_text: Callable[..., PageAnalysis]) -> None:
    ni = analyse_text(
        "Town centre CCTV\n\nMid Anytown District Council, working with the Policing and Community Safety Partnership,"
        " funds cameras in three towns. Images are relayed to the PSNI station under an information sharing agreement.\n"
    )
    assert ni.signals["cctv_info"] is False
    traffic = analyse_text(
        "Traffic cameras\n\nThe cameras at junctions on the A6 are traffic monitoring cameras owned by the county"
        " council as highway authority. The district council does not own or have access to them.\n"
    )
    assert traffic.signals["cctv_info"] is False
    drawn_up = analyse_text(
        "Sharing footage with the police\n\nRequests from Devon & Cornwall Police for recordings from Anytown Borough"
        " Council's 18 cameras are handled case by case by the community safety team. A written information sharing"
        " agreement between the council and the force is being drawn up and will be published here.\n"
    )
    assert drawn_up.signals["cctv_info"] is True and drawn_up.signals["sla"] is False
