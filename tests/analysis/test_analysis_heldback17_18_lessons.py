"""Patterns the seventeenth and eighteenth held-back webs showed (measured once, frozen, at the start of
session 11 with session 10's detectors; learnt from after).

Town centre cameras owned by another named council ("owned by the City of Anyford Council", "Westbury
Borough Council owns the cameras in Westbury") are not the audited council's; cameras at the council's own
offices, on its page about visiting them, are its building cameras though the paragraph names neither CCTV
nor the council; a row of a CCTV page's table of figures is its statistics; and a handful of criteria worded
in ways the vocabulary had not met. The passages are written for this test (the invented Anytown); each rule
has a passage beside it that must still be read as before.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.links import Link, score_link
from analysis.page import PageAnalysis
from analysis.scent import is_task


def _crits(pa: PageAnalysis) -> set[str]:
    return {k for k, v in pa.criteria.items() if v}


def test_cameras_another_named_council_owns_are_not_the_councils(analyse_html: Callable[..., PageAnalysis]) -> None:
    passive = analyse_html(
        "Community safety",
        "<p>Town centre CCTV in Anyford is owned by the City of Anyford Council and run by a volunteer partnership. "
        "Ask the City of Anyford Council for footage from those cameras.</p>",
        path="/community-safety",
    )
    assert passive.signals["cctv_info"] is False
    active = analyse_html(
        "Westbury town centre cameras",
        "<p>Westbury Borough Council owns the cameras in Westbury town centre. They are watched from the police "
        "control room. This page covers Westbury only.</p>",
        path="/community-safety/westbury-town-centre-cctv",
    )
    assert "operator" not in _crits(active)
    towns = analyse_html(
        "Community safety",
        "<p>Northam Town Council and Southam Town Council run the town centre cameras in their towns. Ask them "
        "about those systems.</p>",
        path="/community-safety",
    )
    assert towns.signals["cctv_info"] is False
    # the council's own code saying the same of itself is its own
    own = analyse_html(
        "Community safety",
        "<p>The public space CCTV system is owned by Anytown Borough Council and monitored from its control room "
        "at the Town Hall.</p>",
        path="/community-safety",
    )
    assert own.signals["cctv_info"] is True
    assert "operator" in _crits(own)


def test_cameras_at_the_councils_offices_on_its_visiting_page(analyse_html: Callable[..., PageAnalysis]) -> None:
    body = (
        "<p>The Civic Centre, Market Street, is open from 9am to 5pm on weekdays. There is parking behind the "
        "building.</p><p>For everyone's safety, cameras cover the reception area and the car park. Recordings "
        "from them are kept for 28 days and then recorded over.</p>"
    )
    pa = analyse_html("Visiting the Civic Centre", body, path="/contact-us/visiting-the-civic-centre")
    assert pa.signals["cctv_info"] is True
    assert "retention" in _crits(pa)
    # pasted text with no council behind it could be anybody's building
    assert analyse_html("Visiting the Civic Centre", body, context=None).signals["cctv_info"] is False
    # a shop's cameras in a planning condition are no premises of the council's
    shop = analyse_html(
        "Decision notice: retail unit",
        "<p>Condition 4: before the unit opens, cameras shall be installed to cover the car park and service yard.</p>",
        path="/planning/decisions/retail-unit",
    )
    assert shop.signals["cctv_info"] is False


def test_a_row_of_a_cctv_pages_table_of_figures_is_its_statistics(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV service performance",
        "<p>What the monitoring centre dealt with in the last year:</p><table><tr><th>Measure</th><th>2024/25</th></tr>"
        "<tr><td>Incidents logged</td><td>3,870</td></tr><tr><td>Arrests assisted</td><td>412</td></tr></table>",
        path="/community-safety/cctv/cctv-service-performance",
    )
    assert pa.signals["cctv_info"] is True
    assert "statistics" in _crits(pa)
    # a short line that is no figure stays navigation
    nav = analyse_html(
        "CCTV",
        "<p>Back to top</p><p>Print this page</p>",
        path="/community-safety/cctv",
    )
    assert "statistics" not in _crits(nav)


def test_criteria_worded_as_the_webs_worded_them(analyse_html: Callable[..., PageAnalysis]) -> None:
    page = analyse_html(
        "CCTV",
        "<p>Our public space CCTV covers the town centres of Anytown, Westcombe and Oldbridge and several parks.</p>"
        "<p>In Anytown, cameras in the town centre help deter shoplifting, vandalism and anti-social behaviour.</p>"
        "<p>Recordings wipe themselves after a month unless the police have asked for them.</p>"
        "<p>Recordings can only be viewed by the council and the police.</p>"
        "<p>The cameras are monitored for the council by the Anyshire CCTV hub.</p>",
    )
    assert {"cameras", "purpose", "retention", "disclosure", "operator"} <= _crits(page)
    passed = analyse_html(
        "CCTV privacy notice",
        "<p>We pass CCTV recordings only to the police, insurers or others the law allows.</p>",
        path="/privacy/cctv",
    )
    assert "disclosure" in _crits(passed)


def test_recordings_used_to_look_into_other_complaints_are_no_complaints_route(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    purposes = analyse_html(
        "CCTV privacy notice",
        "<p>We use CCTV recordings at our offices to keep staff and visitors safe and to support investigations "
        "into complaints, grievances and accidents.</p>",
        path="/privacy/cctv",
    )
    assert "complaints" not in _crits(
        analyse_html(
            "CCTV privacy notice",
            "<p>Recordings from the CCTV cameras at our offices may be used in investigations into complaints made "
            "about staff conduct.</p>",
            path="/privacy/cctv",
        )
    )
    assert purposes.signals["cctv_info"] is True
    assert "complaints" not in _crits(purposes)
    route = analyse_html(
        "CCTV",
        "<p>If you wish to complain about our CCTV cameras, write to the CCTV manager at the Town Hall.</p>",
    )
    assert "complaints" in _crits(route)


def test_a_complaint_made_to_the_cctv_manager_names_no_responsible_officer(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>Our town centre CCTV cameras are monitored around the clock. A complaint about the system should be "
        "made to the CCTV manager.</p>",
    )
    assert "responsible_officer" not in _crits(pa)


def test_subject_access_beside_a_parking_sentence_on_a_cctv_page(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV in Anytown",
        "<h2>Our cameras</h2><p>The Anytown network has 140 cameras across the borough.</p><h2>Asking for "
        "footage</h2><p>You can ask to see recordings of yourself, for example after a fall. Parking and bus lane "
        "footage is dealt with by the parking team.</p>",
    )
    assert "subject_access" in _crits(pa)
    # the same paragraph on a parking page is the parking team's
    parking = analyse_html(
        "Parking",
        "<p>Parking and bus lane footage is dealt with by the parking team. You can ask to see recordings of your "
        "vehicle when you challenge a penalty charge notice.</p>",
        path="/parking/challenge-a-pcn",
    )
    assert parking.signals["cctv_info"] is False


def test_contact_us_is_a_place_to_browse_not_a_task() -> None:
    assert is_task("Contact us") is False
    assert is_task("Contact the planning team") is True
    contact = score_link(Link("https://www.anytown.gov.uk/contact-us", "Contact us", ""))
    business = score_link(Link("https://www.anytown.gov.uk/business", "Business", ""))
    safety = score_link(Link("https://www.anytown.gov.uk/community-safety", "Community safety", ""))
    assert business < contact < safety


def test_a_cctv_pages_fact_beside_another_bodys_cameras_stays_that_bodys(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    """The CCTV page's own fact beside a look-alike counts (above); beside a town council's cameras it does not."""
    town = analyse_html(
        "CCTV",
        "<p>Kingsbridge Town Council funds 11 cameras along Fore Street and in the park. The cameras are monitored "
        "on the Town Council's behalf under an agreement with the district council's control room. The Town Clerk "
        "is the Town Council's point of contact for questions about the scheme.</p>",
    )
    assert town.signals["cctv_info"] is False
