"""Site-level lessons of the fourth held-back web's frozen run (after it was measured).

Wirral's only CCTV contact was its combined alarm and camera monitoring centre; "monitoring centre"
was not read as a CCTV contact point the way "control room" is. Passages written for this test.
"""

from __future__ import annotations

import pytest

from analysis.assess import verdicts


def test_a_monitoring_centre_phone_and_mailbox_are_a_cctv_contact_point(analyse_html) -> None:
    pa = analyse_html(
        "Community alarms and CCTV",
        "<p>Our monitoring centre answers community alarm calls and watches the borough's 50 public space "
        "cameras, day and night.</p><p>Contact the monitoring centre on 0151 496 0321 or "
        "monitoringcentre@anytown.gov.uk.</p>",
    )
    assert pa.spoc and pa.spoc["phone"] and pa.spoc["email"]
    assert verdicts([pa], "ok")["5.3"]["status"] == "partial"
    # a bare contact line is the cameras' contact point (5.3), not the complaints criterion: most labellers of the
    # held-back webs left such lines unlabelled (webs 1-68: 125 against 51; session 17)
    assert not pa.criteria["complaints"]


def test_a_monitoring_centre_named_without_a_way_to_reach_it_is_no_contact(analyse_html) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>The borough's 50 public space cameras are watched from the monitoring centre, day and night.</p>",
    )
    assert verdicts([pa], "ok")["5.3"]["status"] == "not_met"


def test_a_signatures_section_with_each_partys_post_and_date_is_signed(analyse_text) -> None:
    pa = analyse_text(
        "Memorandum of Understanding: CCTV between Anytown Borough Council and Westshire Police\n\n"
        "Scope\nThis memorandum records how Westshire Police may view and request recordings from the council's "
        "public space cameras.\n\nSignatures\n"
        "For Anytown Borough Council: Corporate Director, Communities, 14 March 2024\n"
        "For Westshire Police: Chief Superintendent, Northby Command Unit, 14 March 2024",
        path="/media/77/cctv-mou",
    )
    docs = [d for d in pa.sla if d["kind"] == "document"]
    assert docs and docs[0]["signed"] and docs[0]["force"] == "Westshire Police"
    assert verdicts([pa], "ok")["5.5"]["status"] == "met"


def test_a_spoc_designation_with_its_email_is_the_responsible_officer_not_how_to_complain(analyse_html) -> None:
    """Eight of the fourth web's ten complaints false positives were SPOC or SRO designations."""
    pa = analyse_html(
        "CCTV",
        "<p>The council runs 30 public space cameras in the town centre.</p><p>Our Community Safety Manager is the "
        "council's single point of contact for surveillance cameras: email cctv.spoc@anytown.gov.uk.</p>",
    )
    assert pa.criteria["responsible_officer"]
    assert not pa.criteria["complaints"]


def test_a_service_contact_line_is_still_how_to_complain(analyse_html) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>The council runs 30 public space cameras in the town centre.</p><p>Questions or complaints about the "
        "cameras can be sent to the CCTV team at cctv@anytown.gov.uk.</p>",
    )
    assert pa.criteria["complaints"]


@pytest.mark.parametrize(
    "key, sentence",
    [
        ("cameras", "Cameras in Northby, Eastwick, Sandford and Holme watch the market squares."),
        ("cameras", "The control room is staffed around the clock by two operators."),
        ("disclosure", "We pass recordings to the police and to other law enforcement bodies when they ask."),
        ("disclosure", "Your insurer or solicitor can request footage of an incident in writing."),
        ("disclosure", "The council releases recorded images to Westshire Police under its protocol."),
    ],
)
def test_criteria_told_in_plain_words(analyse_html, key, sentence) -> None:
    pa = analyse_html("CCTV", f"<p>The council runs the town's public space CCTV.</p><p>{sentence}</p>")
    assert pa.criteria[key], sentence


def test_a_list_of_two_places_or_a_plain_mention_of_cameras_is_not_where_they_are(analyse_html) -> None:
    pa = analyse_html("CCTV", "<p>The council runs public space CCTV cameras in Northby and Eastwick.</p>")
    assert not pa.criteria["cameras"]


def test_minutes_recording_that_certification_was_confirmed_are_a_certification_claim(analyse_text) -> None:
    pa = analyse_text(
        "Audit Committee - CCTV update\n\nMembers heard that the public space CCTV system had been audited in "
        "March against the Surveillance Camera Code of Practice and that full certification had been confirmed "
        "for five years.",
        path="/minutes/cctv-update",
    )
    assert pa.signals["certification"] and pa.certification and pa.certification["level"] == "step2"
