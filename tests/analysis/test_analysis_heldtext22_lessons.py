"""Patterns real-text round 22 showed (text as a crawler extracts it from documents, measured once before its lessons).
The passages are written for this test (invented places, bodies and people).

- a document's running footer names its owner before the page number: an academy's, a hospital trust's policy is theirs;
- a police policy owned by a police rank, a school policy approved by its governing body, a school named with several
  type words ("St Bede's C of E Primary School");
- "gained the certificate of compliance …, and we intend to keep it" is a claim; a version history "Recorded the award
  of full third party certification" is one too; a scheme's instructions ("send your completed self-assessment …; you
  may display the step 1 mark") are not;
- a SPOC designated in the passive inside a flattened table row ("| The Head of Service was designated as SPOC …").
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def test_an_academys_policy_by_its_running_footer(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "9. Sharing images\n9.1 Images are shared with the police only to prevent or detect crime, under the information"
        " sharing agreement between the Trust and the force, and every disclosure is logged.\n"
        "Meadowbank Academy CCTV Policy – v3 – page 7\n"
    )
    assert not pa.signals["cctv_info"] and not pa.signals["sla"]


def test_a_hospital_trusts_policy_by_its_running_footer(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Appendix 2 – Release of images\nRecordings from the 410 cameras on our sites are released to the police under"
        " our information sharing agreement with the force.\n"
        "Northvale Hospitals NHS Foundation Trust – CCTV Policy – version 2.0 – page 14\n"
    )
    assert not pa.signals["cctv_info"] and not pa.signals["sla"]


def test_a_councils_footer_is_no_other_body(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "5. Retention\n5.1 Recordings from the council's 96 public space cameras are kept for 31 days and then overwritten.\n"
        "Anytown Borough Council – CCTV Code of Practice – page 9\n"
    )
    assert pa.signals["cctv_info"] and pa.criteria["retention"]


def test_a_police_policy_owned_by_a_rank(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "OFFICIAL\nPolicy title: Public space CCTV – access by officers\nOwner: Chief Inspector, Force Control Room\n"
        "1. Purpose\n1.1 This policy tells officers how to ask for, view and seize recordings held on local authority CCTV"
        " systems.\n"
    )
    assert not pa.signals["cctv_info"]


def test_a_primary_schools_contents_page(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "St Bede's C of E Primary School\nCCTV POLICY\nContents\n1. Introduction ........ 2\n2. Purpose of the cameras"
        " ........ 2\n3. Retention of images ........ 3\n4. Subject access requests ........ 4\n"
        "Review date: July 2027     Approved by: Full Governing Body\n"
    )
    assert not pa.signals["cctv_info"]


def test_a_certificate_the_council_intends_to_keep(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Anytown Borough Council – CCTV Strategy 2024-2028\n2. Where we are now\nOur network has 140 cameras watched from"
        " our own control room. In 2020 the service gained the Surveillance Camera Commissioner's certificate of"
        " compliance after an independent audit, and we intend to keep it through the annual reviews.\n"
    )
    assert pa.signals["certification"]


def test_an_intention_to_gain_it_is_still_no_claim(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "CCTV Strategy\nOur network has 140 cameras watched from our own control room. We intend to apply for full"
        " certification against the Surveillance Camera Code of Practice next year.\n"
    )
    assert not pa.signals["certification"]


def test_a_version_history_recording_the_award(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Document control\nTitle: Public Space Surveillance Camera Policy   Owner: Anytown Borough Council\n"
        "Version | Date | Author | Summary of changes\n"
        "3.0 | 04/2022 | CCTV Manager | Recorded the award of full third party certification against the Surveillance"
        " Camera Code of Practice\n"
        "3.1 | 05/2024 | CCTV Manager | Camera list updated; retention kept at 31 days\n"
    )
    assert pa.signals["certification"]


def test_a_schemes_instructions_to_applicants(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Certification: how to apply\nStep 1 (desktop certification): send your completed self-assessment tool to an"
        " approved certification body. If it is satisfactory you may display the step 1 mark for a year.\n"
        "Step 2 (full certification): an audit on site by the certification body.\n"
    )
    assert not pa.signals["certification"]


def test_a_spoc_designated_in_a_flattened_audit_table(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Appendix B: internal audit follow-up – CCTV\nRec. | Priority | Management response | Status\n"
        "1. The council should designate a single point of contact for all its surveillance camera systems. | High |"
        " The Head of Neighbourhoods was designated as SPOC by the management team on 2 June 2024; contact details"
        " (cameras@anytown.example.gov.uk) are on the CCTV page. | Implemented\n"
    )
    assert pa.signals["spoc"] and pa.spoc and pa.spoc.get("role") == "Head of Neighbourhoods"
