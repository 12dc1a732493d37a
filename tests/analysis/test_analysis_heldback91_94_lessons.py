"""Patterns webs 91-94 and real-text round 16 showed (written blind in session 19, measured once at 6d3e8dc, then
looked into). The passages are written for this test (invented places, bodies and people).

- a council place's own page with its one fact on the cameras: a theatre's camera signs, a windmill's signs telling
  visitors CCTV is in operation, a theatre's camera recordings kept 30 days, a harbour's camera system, a park's
  cameras, a business centre's camera system run by the district council's team, "if one of our cameras recorded the
  area" on an anti-social behaviour page; never a bus lane camera's record of a vehicle;
- a county's denial goes on in the next sentence ("Several of them share a control room …"), and a partnership's
  leaflet that says other councils run it is theirs;
- the council's own CCTV page counting its cameras keeps them its own beside a university's in passing;
- "CCTV advisors can be contacted on …" is a contact; a draft agreement for the "control centre" is a draft agreement;
- round 16: ports, football clubs, fire authorities, national parks, combined authorities, airports and cathedrals
  signing their own notices; a commissioner's camera fund; a magazine's report; "does not currently have a written
  agreement"; a power to sign agreements; an audit tracker's row read cell by cell; a SPOC in brackets after the role
  and after another post's clause; a tenants' handbook; a consultation on watching cameras live; the Welsh genitive.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_one_fact_on_a_council_places_own_page(analyse_html: Callable[..., PageAnalysis]) -> None:
    cases = [
        ("Palace Theatre", "Camera warning signs are displayed at both entrances to the theatre.", "signage"),
        ("Old Mill", "Signs at the gate tell visitors that CCTV is in operation at the mill.", "signage"),
        ("Riverside Theatre", "Camera recordings are kept for 30 days before they are overwritten.", "retention"),
        (
            "Anytown Harbour",
            "Footage from the harbour's camera system is kept for 14 days and then deleted.",
            "retention",
        ),
        ("Victoria Park", "Recordings from the park's cameras are overwritten after 28 days.", "retention"),
        (
            "Anytown Business Centre",
            "The centre's camera system is run by the borough council's community safety team.",
            "operator",
        ),
    ]
    for title, fact, criterion in cases:
        pa = analyse_html(title, f"<p>Opening times and how to book.</p><p>{fact}</p>", path="/leisure/places")
        assert pa.signals["cctv_info"], title
        assert criterion in _crit(pa), (title, _crit(pa))
    asb = analyse_html(
        "Your case: what happens next",
        "<p>An officer will call you within five working days.</p><p>If one of our cameras recorded the area, its"
        " recordings are kept for 31 days, so report incidents promptly.</p>",
        path="/community-safety/anti-social-behaviour/your-case",
    )
    assert asb.signals["cctv_info"] and "retention" in _crit(asb)
    lane = analyse_html(
        "Bus lanes",
        "<p>If our cameras recorded your vehicle in a bus lane, we will send you a penalty charge notice.</p>",
        path="/parking/bus-lanes",
    )
    assert not lane.signals["cctv_info"]


def test_a_denial_goes_on_and_other_councils_partnership(analyse_html: Callable[..., PageAnalysis]) -> None:
    county = analyse_html(
        "Town centre cameras",
        "<p>Town centre cameras in the county are run by the district and borough councils, not by the county council."
        " Several of them share a control room through the county CCTV Partnership.</p>",
        path="/community-safety/town-centre-cameras",
    )
    assert not county.signals["cctv_info"]
    leaflet = analyse_html(
        "Northshire CCTV Partnership",
        "<p>The partnership is run by Westby Borough Council, Eastby District Council and Northgate City Council.</p>"
        "<p>Its control room watches town centres and car parks, and recordings are kept for 31 days.</p>",
        path="/media/cctv-partnership-leaflet",
    )
    assert not leaflet.signals["cctv_info"]


def test_own_cctv_page_counting_its_cameras_beside_a_universitys(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV in Anytown",
        "<p>CCTV helps us detect crime and find missing people.</p><h2>Camera numbers</h2><p>We have a total of 88"
        " cameras:</p><ul><li>40 in the town centre</li><li>48 in council blocks</li></ul><p>Anytown University runs a"
        " further 60 cameras of its own, linked to ours by radio.</p><p>Images from our cameras go to a monitoring suite"
        " at the police station.</p><p>Email cctv@anytown.example.gov.uk with questions about the cameras.</p>",
    )
    assert pa.decoy is None and pa.signals["cctv_info"]
    assert pa.spoc and pa.spoc["email"] == "cctv@anytown.example.gov.uk"


def test_contacted_on_and_a_draft_for_the_control_centre(
    analyse_html: Callable[..., PageAnalysis], analyse_text
) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>We use closed circuit television to tackle crime.</p><p>CCTV advisors can be contacted on 01632 960 512.</p>",
    )
    assert pa.spoc and pa.spoc["phone"] == "01632 960 512"
    draft = analyse_text(
        "Service level agreement: Anytown Safer Streets and Devon & Cornwall Police (consultation draft)\n"
        "DRAFT v0.2 - not for signature\n1. Parties\nAnytown Borough Council and Devon & Cornwall Police.\n"
        "2. Services\nThe control centre will pass live incidents to the police contact centre.\n"
        "Signed for Anytown Borough Council: ........ Date: ..../..../20__\n",
        path="/downloads/file/4410/safer-streets-police-sla-consultation-draft",
    )
    (doc,) = draft.sla
    assert doc["draft"] and not doc["signed"]


def test_other_bodies_sign_their_own_notices(analyse_text: Callable[..., PageAnalysis]) -> None:
    titles = [
        "Port of Westhaven - CCTV policy (summary)",
        "Anytown AFC - CCTV at the Riverside Ground",
        "Northshire Fire Authority - CCTV and vehicle cameras",
        "Moorland National Park Authority - cameras at our car parks",
        "Westshire Combined Authority - CCTV at our bus stations",
        "Anytown Airport - CCTV privacy notice",
        "Anytown Cathedral - CCTV in the Close",
    ]
    for title in titles:
        pa = analyse_text(
            f"{title}\n\nWe operate 60 cameras across our site, watched from our control room around the clock. Footage"
            " is kept for 30 days and may be shared with Devon & Cornwall Police under an information sharing agreement.",
        )
        assert not pa.signals["cctv_info"], title
        assert not pa.signals["sla"], title


def test_a_commissioners_fund_and_a_magazines_report(analyse_text: Callable[..., PageAnalysis]) -> None:
    fund = analyse_text(
        "Commissioner opens £250,000 fund for community cameras\n\nTown and parish councils across the county can now"
        " bid for up to £10,000 each towards new cameras, the Police and Crime Commissioner announced today.",
    )
    assert not fund.signals["cctv_info"]
    press = analyse_text(
        "Borough's control room earns code mark\n\nWestby Borough Council has been awarded a certificate of compliance"
        " against the Surveillance Camera Code after an audit, the trade association's magazine reports.",
    )
    assert not press.signals["certification"] and not press.signals["cctv_info"]


def test_no_agreement_a_power_to_sign_and_a_trackers_cells(analyse_text: Callable[..., PageAnalysis]) -> None:
    none = analyse_text(
        "Working with the police\n\nAnytown Borough Council does not currently have a written agreement with Devon &"
        " Cornwall Police about its cameras in the town centre.",
    )
    assert not none.signals["sla"]
    power = analyse_text(
        "Schedule 4 - Functions delegated to officers\n\nHead of Community Safety\n(a) To approve the installation of"
        " public space cameras.\n(b) To sign, on behalf of the council, information sharing agreements with Devon &"
        " Cornwall Police that relate to CCTV.",
    )
    assert not power.signals["sla"] and "signage" not in _crit(power)
    tracker = analyse_text(
        "Audit Committee - recommendations tracker\n\nAudit: CCTV (2024/25) | Rec 3: Put in place a written agreement"
        " with Devon & Cornwall Police on live access to the control room. | Update: Data sharing agreement signed by"
        " the council and Devon & Cornwall Police on 3 March 2025. | Status: Closed",
    )
    assert tracker.signals["sla"]


def test_spoc_named_in_brackets_or_after_another_posts_clause(analyse_text: Callable[..., PageAnalysis]) -> None:
    board = analyse_text(
        "Information Governance Board - terms of reference\n\n3. Membership\n3.1 Senior Information Risk Owner\n"
        "3.2 Surveillance Camera Single Point of Contact (Head of Community Safety)\n3.3 Records Manager\n"
        "4.1 The SPOC reports each quarter on the council's camera register.",
    )
    assert board.signals["spoc"] and board.spoc and board.spoc.get("role") == "Head of Community Safety"
    statement = analyse_text(
        "Annual Governance Statement - extract\n\nSurveillance cameras. The Director of Place is Anytown Borough"
        " Council's Senior Responsible Officer for surveillance camera systems, and the Community Safety Manager acts"
        " as the single point of contact for services that run cameras.",
    )
    assert statement.spoc and statement.spoc.get("role") == "Community Safety Manager"


def test_tenants_handbook_consultation_and_welsh_genitive(analyse_text: Callable[..., PageAnalysis]) -> None:
    handbook = analyse_text(
        "Your tenancy handbook - Section 9: Safety on your estate\n\n9.2 Cameras. Royal Borough of Anytown has cameras"
        " in many of its blocks and estates to keep communal areas safe. We keep recordings for 28 days.",
    )
    assert handbook.signals["cctv_info"]
    question = analyse_text(
        "Question 4 of 10\n\nAnytown Borough Council pays about £60,000 a year for the 18 cameras in the High Street to"
        " be watched live on Friday and Saturday evenings. We propose to keep recording only.\n\nTo what extent do you"
        " agree with this proposal?",
    )
    assert question.signals["cctv_info"]
    welsh = analyse_text(
        "Cwestiwn 3\n\nAr hyn o bryd mae camerâu teledu cylch cyfyng Cyngor Sir Anytown yn y dref yn cael eu monitro'n"
        " fyw ar nos Sadwrn.",
    )
    assert welsh.signals["cctv_info"]
