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


def test_a_guidance_title_and_a_car_parks_number_plate_cameras_are_no_information(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    partnership = analyse_html(
        "Safer Anyshire partnership",
        "<p>The partnership shares guidance between councils and the police."
        ' <a href="/files/safer-anyshire-cctv-guidance.pdf">Public space CCTV and the police: guidance for partners'
        " (PDF, 180KB)</a></p>",
        path="/community-safety/safer-anyshire-partnership",
    )
    assert partnership.signals["cctv_info"] is False
    car_park = analyse_html(
        "Country park car park number plate cameras",
        "<p>The car park operator uses number plate recognition cameras at the entrance on our behalf. Its own notice"
        " explains what it records and for how long.</p>",
        path="/countryside/car-park-number-plate-cameras",
    )
    assert car_park.signals["cctv_info"] is False


def test_who_answers_for_cctv_the_police_getting_footage_and_a_posts_name(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    accountability = analyse_html(
        "CCTV code of practice: accountability",
        "<p>The executive director of communities is responsible for all of the council's functions relating to"
        " CCTV.</p><p>Concerns about the use of CCTV can be raised through the council's complaints procedure.</p>",
        path="/cctv/code-of-practice/4",
    )
    assert "responsible_officer" in _crit(accountability)
    access = analyse_html(
        "Access to CCTV records",
        "<p>If a crime has happened, report it to the police, who can get footage from us directly.</p>"
        "<p>You have the right to see footage of yourself under data protection law.</p>",
        path="/cctv/access-to-cctv-records",
    )
    assert "disclosure" in _crit(access)
    post = analyse_html(
        "CCTV",
        "<p>The council runs 40 cameras in Anytown town centre to prevent and detect crime.</p>"
        "<p>To see footage of yourself, write to the Head of Corporate Policy and Community Safety at the Town Hall.</p>",
        path="/article/17/cctv",
    )
    assert "policy" not in _crit(post)


def test_a_partnerships_annual_operations_report(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Anyshire CCTV Partnership annual operations report 2024/25\n\nControl room performance\nOperators dealt with"
        " 5,910 incidents across the partnership and assisted with 430 arrests.\n",
        path="/documents/community-safety/cctv-annual-operations-report-2024-25.txt",
    )
    assert {"annual_review", "statistics"} <= _crit(pa)


def test_round_11_other_bodies_cameras(analyse_text: Callable[..., PageAnalysis]) -> None:
    for text in (
        "Cameras on fire engines\n\nOur appliances carry forward facing cameras, and some crews wear body cameras, to"
        " protect firefighters from attack. Recordings are kept for 30 days.\n",
        "Our roadside cameras\n\nNational Highways uses around 3,000 cameras on motorways and major A roads so that"
        " control room staff can see incidents. Images are not normally recorded.\n",
        "CCTV in custody\n\nAll areas of our custody suites are covered by cameras that record sound and pictures."
        " Recordings are kept for 90 days. Detainees can ask for footage through the force's data protection team.\n",
        "Teledu cylch cyfyng yn ein hysbytai\n\nMae Bwrdd Iechyd Prifysgol Glan Môr yn defnyddio camerâu yn ei"
        " ysbytai a'i feysydd parcio i ddiogelu cleifion a staff. Caiff lluniau eu cadw am 30 diwrnod.\n",
        "Polisi teledu cylch cyfyng Ysgol Gyfun Glan Môr\n\nMae gan yr ysgol 20 o gamerâu o amgylch y safle. Y"
        " Pennaeth sy'n penderfynu ble y cânt eu gosod. Caiff y polisi ei adolygu gan y Corff Llywodraethu.\n",
    ):
        pa = analyse_text(text)
        assert pa.signals["cctv_info"] is False, text[:40]
