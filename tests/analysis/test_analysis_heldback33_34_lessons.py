"""Patterns the thirty-third and thirty-fourth held-back webs showed (measured once, frozen at 8123037; learnt from
at the start of session 13).

A one-fact council whose street cameras are "watched by operators at" a neighbour's hub; cameras that "feed" a
control centre; a control-room line offered for alerting the operators (a contact point, not a complaints route);
a named camera service's contact card; a partnership with the force set up under an Act (a mention of an
agreement); the same room also watching the traffic cameras (other systems); the subject access route through the
council's information governance team (not a CCTV contact); a closed consultation (no CCTV information); an
operations centre that brings the camera monitoring together. The passages are written for this test (invented
places and people).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_street_cameras_watched_by_operators_at_a_hub(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Community safety",
        "<h2>Street cameras</h2><p>Our street cameras are watched by operators at the Eastvale hub in Market House, Northam.</p>"
        "<h2>Report a problem</h2><p>Report crime to the police on 101.</p>",
        path="/community-safety",
    )
    assert pa.signals["cctv_info"] is True and _crit(pa) == {"operator"}


def test_cameras_feeding_a_control_centre_and_an_alert_line(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Community safety",
        "<h2>Town centre cameras</h2><p>The town centre cameras feed the council's control centre, which sits inside Anytown police station.</p>"
        "<p>Traders on the radio link, or anyone who sees trouble starting, can alert the camera operators on 01632 960 415.</p>",
        path="/Pages/community-safety.aspx",
    )
    assert "operator" in _crit(pa)
    # the operators' line is a contact point for the cameras (5.3 partial) ...
    assert pa.spoc and pa.spoc["phone"] == "01632 960 415"
    # ... but not where to send a question or complaint about them
    assert "complaints" not in _crit(pa)


def test_a_named_service_contact_card_and_a_partnership_under_an_act(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV: the services that run cameras",
        "<p>Six council services run cameras, each following the national surveillance camera code of practice.</p>"
        "<h2>Town Watch</h2><p>Town Watch has 140 street cameras, used to prevent and detect crime. Council staff work alongside "
        "police officers in the control room, in a partnership with Anyshire Police set up under the Crime and Disorder Act 1998.</p>"
        "<p>The same room also watches 30 traffic cameras at night and 12 bus lane cameras.</p>"
        "<p>Town Watch, PO Box 404, Anytown AN1 4XX. Telephone 01632 960 777.</p>",
        path="/council/policies/cctv",
    )
    crit = _crit(pa)
    assert {"police_agreement", "other_systems", "cameras", "operator"} <= crit
    assert pa.signals["sla"] is True and pa.sla and pa.sla[0]["kind"] == "mention"
    assert pa.spoc and pa.spoc["phone"] == "01632 960 777"


def test_a_partnership_with_the_police_is_not_named_an_agreement_by_itself(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>Our CCTV control room has 140 cameras. We work in partnership with Anyshire Police to keep the town safe.</p>",
    )
    assert pa.signals["sla"] is False and "police_agreement" not in _crit(pa)


def test_the_subject_access_route_through_information_governance(analyse_html: Callable[..., PageAnalysis]) -> None:
    # Session 50 changed this convention: the records team or mailbox offered for footage from the council's cameras is the
    # published contact point for access to the cameras' information (the Code's third principle), as held-back webs 229's
    # Leicester, 351's Rochdale and 355's Leicester label it 5.3 partial; web 34's Leicester, labelled otherwise, now counts
    # against the audit. The data protection officer stays no CCTV contact (web 242's Waverley).
    pa = analyse_html(
        "CCTV footage request",
        "<p>If you appear in footage from our cameras you can ask to see it. Apply online or write to the Information "
        "Governance Team at the Civic Centre, Anytown AN1 1AA, giving the date, time and place.</p>",
        path="/your-council/data-protection/cctv-footage-request",
    )
    assert pa.signals["cctv_info"] is True and "subject_access" in _crit(pa)
    assert pa.spoc is not None and not pa.signals["spoc"]
    mailbox = analyse_html(
        "CCTV footage request",
        "<p>If you appear in footage from our cameras you can ask to see it: email dataprotection@anytown.example.gov.uk.</p>",
        path="/your-council/data-protection/cctv-footage-request",
    )
    assert mailbox.spoc and mailbox.spoc["email"] == "dataprotection@anytown.example.gov.uk"
    dpo = analyse_html(
        "CCTV footage request",
        "<p>If you appear in footage from our cameras you can ask to see it: email the Data Protection Officer at "
        "dpo@anytown.example.gov.uk.</p>",
        path="/your-council/data-protection/cctv-footage-request",
    )
    assert dpo.spoc is None
    cctv_box = analyse_html(
        "CCTV footage request",
        "<p>If you appear in footage from our cameras you can ask to see it: email cctv@anytown.example.gov.uk.</p>",
        path="/your-council/data-protection/cctv-footage-request",
    )
    assert cctv_box.spoc and cctv_box.spoc["email"] == "cctv@anytown.example.gov.uk"


def test_a_closed_consultation_is_not_cctv_information(analyse_html: Callable[..., PageAnalysis]) -> None:
    body = (
        "<p>This consultation closed in 2016. It proposed to stop paying for 40 cameras in Anytown, Northam and "
        "Westby, monitored at the time by a neighbouring council.</p>"
    )
    pa = analyse_html("[Archived] Budget proposal: public space CCTV", body, path="/consultations/archive/budget-cctv")
    assert pa.decoy == "closed consultation or past proposal" and pa.signals["cctv_info"] is False
    open_one = analyse_html(
        "Consultation: body cameras for our wardens",
        "<p>We propose that our environmental wardens wear body cameras, recording only when a situation turns hostile. "
        "Tell us what you think before 30 June.</p>",
        path="/consultations/body-cameras",
    )
    assert open_one.decoy is None and open_one.signals["cctv_info"] is True


def test_an_operations_centre_bringing_the_camera_monitoring_together(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "City operations centre",
        "<p>The operations centre at 12 Quay Street brings our emergency control, traffic control and community safety "
        "camera monitoring together in one room.</p>",
        path="/council-and-mayor/city-operations-centre",
    )
    assert pa.signals["cctv_info"] is True and _crit(pa) == {"operator"}
