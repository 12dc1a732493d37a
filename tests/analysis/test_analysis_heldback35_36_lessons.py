"""Patterns the thirty-fifth and thirty-sixth held-back webs showed (first looked at with the lessons of webs 33-34;
learnt from after).

Cameras that "cover 12 sites" in the places the council is named for; street cameras watched by the council's own
staff, with the monitoring centre's line in a "Contact us" panel further down; a monitoring centre operator's
advert; a code of practice named for the public space cameras or as a scheme's code; an agreement spoken of as
"under an agreement"; operators watching from a control centre; the footage request route (not a complaints line);
cameras that can be moved; asking for information held about you; an answer under a question about the cameras;
a county's guidance for the districts' schemes; an FOI log entry by its year and number; a camera van, evidence
downloads, a camera suite. The passages are written for this test (invented places and people).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_cameras_covering_sites_in_the_councils_own_towns(analyse_html: Callable[..., PageAnalysis]) -> None:
    # (the council's short name, Anytown, is one of the places: a place, not another owner)
    pa = analyse_html(
        "Town centre cameras",
        "<p>Cameras now cover 9 sites in Northam and Anytown, including the market square, and 11 more watch Westby town centre.</p>",
        path="/community/safer-communities/town-centre-cameras",
    )
    assert pa.signals["cctv_info"] is True and _crit(pa) == {"cameras"}


def test_street_cameras_watched_by_own_staff_and_the_rooms_contact_panel(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Safer town centres",
        "<p>Street cameras in Anyshire are watched by our own staff at the council's monitoring centre in Northam.</p>"
        "<p>Shop and pub radio schemes link door staff to the same room.</p>"
        "<h2>Contact us</h2><h3>Monitoring centre</h3><p>Telephone (24 hours): 01632 960 310</p>",
        path="/living/community-safety/safer-town-centres",
    )
    assert pa.signals["cctv_info"] is True and "operator" in _crit(pa)
    assert pa.spoc and pa.spoc["phone"] == "01632 960 310"


def test_a_monitoring_centre_operators_advert_is_a_job(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Monitoring centre operator (CCTV)",
        "<p>Rotating 12-hour shifts. You will watch street cameras, answer out-of-hours calls and help the police follow "
        "incidents. A public space surveillance licence is needed within six months.</p>",
        path="/jobs/monitoring-centre-operator",
    )
    assert pa.decoy == "job advert" and pa.signals["cctv_info"] is False


def test_the_code_named_for_the_cameras_is_the_policy_and_an_agreement_spoken_of(
    analyse_html: Callable[..., PageAnalysis], analyse_text: Callable[..., PageAnalysis]
) -> None:
    code = analyse_text(
        "Anytown District Council public space camera code of practice\n"
        "Responsibilities\nThe CCTV Manager looks after the public space surveillance cameras day to day.\n",
        path="/download/downloads/id/41/public_space_camera_code.pdf",
    )
    assert "policy" in _crit(code)
    scheme = analyse_text(
        "Anytown Borough Council Public Open Space CCTV Scheme: Code of Practice\n1. Objectives\nTo help keep people safe.\n",
        path="/documents/cctv/code-of-practice",
    )
    assert "policy" in _crit(scheme)
    page = analyse_html(
        "Public space cameras",
        "<p>We have 80 public space cameras in Anytown and Northam.</p>"
        "<p>The cameras are run in partnership with Anyshire Police under an agreement.</p>",
    )
    assert page.signals["sla"] is True and "police_agreement" in _crit(page)


def test_operators_watching_from_a_control_centre_and_a_footage_request_line(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>Around 90 cameras cover the streets of Anytown and Northam to cut crime and anti-social behaviour.</p>"
        "<p>Trained operators watch the pictures at all hours from the council's emergency control centre.</p>"
        "<h2>Asking for footage of yourself</h2><p>Under data protection law you may ask for recordings that show you. "
        "Send the date, time and place to cctv@anytown.example.gov.uk.</p>"
        "<p>We also have 20 cameras that can be moved to hot spots.</p>",
    )
    crit = _crit(pa)
    assert {"operator", "subject_access", "other_systems"} <= crit
    assert pa.spoc and pa.spoc["email"] == "cctv@anytown.example.gov.uk"  # a contact point for the cameras
    assert "complaints" not in crit  # but the request route is not where to send questions
    asked = analyse_html(
        "CCTV",
        "<p>Around 90 cameras cover the streets of Anytown and Northam.</p>"
        "<h2>Questions</h2><p>For questions about the cameras, or to ask for footage of yourself, email cctv@anytown.example.gov.uk.</p>",
    )
    assert "complaints" in _crit(asked)


def test_information_held_about_you_and_an_answer_under_a_camera_question(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    held = analyse_html(
        "Asking for your information",
        "<p>You can ask for the personal information we hold about you, including pictures of you recorded by our town "
        "centre cameras.</p>",
        path="/info/data_protection/asking_for_your_information",
    )
    assert "subject_access" in _crit(held)
    faq = analyse_html(
        "Your recorded images",
        "<h2>Can I see camera recordings of me?</h2><p>Yes. Send a subject access request with the date, time and place, "
        "and we reply within one month.</p><h2>Does it cost anything?</h2><p>No.</p>",
        path="/info/information-rights/your-recorded-images",
    )
    assert faq.signals["cctv_info"] is True and "subject_access" in _crit(faq)


def test_a_countys_guidance_for_district_schemes_and_an_foi_log_entry(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    guidance = analyse_html(
        "Guidance for district camera schemes",
        "<h2>Agreements with the police</h2><p>District and borough councils that run town centre cameras should have a "
        "written agreement with Anyshire Police covering how recordings are handed over.</p>"
        "<p>This page is guidance for partners: the county council does not operate public space cameras.</p>",
        path="/community-safety/guidance-for-district-camera-schemes",
    )
    assert guidance.decoy == "guidance to camera operators" and guidance.signals["cctv_info"] is False
    foi = analyse_html(
        "Request 2024-118: cameras in the city centre",
        "<p>The council does not hold a count of cameras owned by shops and the business improvement district.</p>",
        path="/foi/request-2024-118",
    )
    assert foi.decoy == "FOI response" and not _crit(foi)


def test_mobile_camera_units_a_camera_van_evidence_downloads_and_a_camera_suite(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    units = analyse_html(
        "Anti-social behaviour",
        "<p>We have three mobile camera units that we move between places where anti-social behaviour is reported.</p>",
        path="/community-safety/anti-social-behaviour",
    )
    assert units.signals["cctv_info"] is True and _crit(units) == {"other_systems"}
    room = analyse_html(
        "CCTV control room",
        "<p>The council's camera suite at the Civic Office works day and night. The city has 150 cameras and a camera van "
        "that goes wherever it is needed.</p><p>On average we produce about 40 evidence downloads a month.</p>",
    )
    assert {"operator", "other_systems", "statistics", "cameras"} <= _crit(room)


def test_a_disclosure_logs_numbered_entry_asking_about_the_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    """The operator wording "cameras the council owns" must not read a question about them as the council's statement
    (held-back web 7's Bracknell Forest: "Disclosure 8812: surveillance cameras")."""
    pa = analyse_html(
        "Disclosure 8812: surveillance cameras",
        "<p>Request received 2 May 2024 asking how many cameras the council owns and what they cost to run. Our response "
        "is in the attached letter.</p>",
        path="/council/freedom-of-information/disclosure-8812",
    )
    assert pa.decoy == "FOI response" and pa.signals["cctv_info"] is False
    own = analyse_html("CCTV", "<p>This policy covers every overt camera the council owns or operates.</p>")
    assert "operator" in _crit(own)
