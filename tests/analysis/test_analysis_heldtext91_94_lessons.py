"""Reading lessons of real-text rounds 91 to 94 (91 held back since session 46 and measured at freeze48 and freeze49 =
64d894b; 92 to 94 written blind and measured once at freeze49; then opened). Each passage is written for this test in the
rounds' page types (invented councils, forces and people), read as ``cctv-audit inspect`` reads a text file.

- An agreement with the force that is proposed, sought, put for approval as a draft, prepared by officers as a draft or to be
  negotiated is not yet the council's agreement (round 91's minutes, cabinet report and officer decision; round 94's
  scrutiny recommendation; round 93's Welsh news, "yn dal i lunio").
- An FOI answer that the council "does not hold any written agreement" with the force has none (round 91).
- A force's agreement with a shop, and a monitoring contractor's own service level agreement with the council, are not the
  council's agreement with the police (rounds 91 and 93).
- A signed "evidence-sharing protocol" with the force is one; so is "the existing agreement under which [the force]
  monitor" the council's cameras (rounds 93 and 94).
- An FOI answer that the council lodged its application "for a step 2 (full) certification audit" is the application; an
  FOI answer naming the post "designated as the single point of contact" for its cameras is its SPOC (round 93).
- A risk register's score colour "(Green)" is no councillor's party label: the register is the council's own (round 94).
- A monitoring contractor working "under a service level agreement" has no police agreement; "the submission of the
  council's application for step 2 (full) certification" noted in a decision is its application (round 92).
- A Welsh notice on the cameras "yn Neuadd y Sir" (at County Hall) speaks of the council's own building (round 93).
"""

from __future__ import annotations

from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def _read(text: str, name: str = "passage") -> PageAnalysis:
    return analyse(extract(text.encode(), f"file:///tmp/{name}.txt", "text/plain"))


def test_a_memorandum_the_force_proposes() -> None:
    pa = _read(
        "Community Scrutiny Committee\n12 March 2025\n\nMinute 17: CCTV monitoring\n\nThe Head of Community Safety reported "
        "that Westmarch Police had written to the four council control rooms in its area proposing a memorandum of "
        "understanding, under which police radios would be withdrawn from the rooms.\n\nThe legal team was reviewing the "
        "proposal. Members noted that Westby's 72 cameras were watched from the council's control room at the Guildhall."
    )
    assert pa.signals["cctv_info"] and not pa.signals["sla"]


def test_a_draft_put_for_approval_and_prepared_by_officers() -> None:
    pa = _read(
        "Cabinet, 4 June 2025\n\nReport of the Director of Place\nCCTV governance\n\n1. Purpose\nTo update Cabinet on the "
        "council's 58 public space cameras and to seek approval of a draft information sharing agreement with Westmarch "
        "Police.\n\n2. The draft\nOfficers have prepared a draft information sharing agreement based on the national "
        "template. The force has the draft and is expected to comment in the autumn."
    )
    assert pa.signals["cctv_info"] and not pa.signals["sla"]


def test_negotiations_to_open_on_a_new_agreement() -> None:
    pa = _read(
        "Record of Officer Decision\n\nDecision maker: Director of Communities\nSubject: CCTV control room\n\nDecision\nTo "
        "authorise the CCTV Manager to open negotiations with Westmarch Police on a new service level agreement for the "
        "Westby control room, which watches 120 cameras, to replace the agreement that ended last March."
    )
    assert pa.signals["cctv_info"] and not pa.signals["sla"]


def test_a_recommendation_to_seek_an_agreement_not_taken_up() -> None:
    pa = _read(
        "Cabinet response to the scrutiny review of CCTV\n\nRecommendation 1: That the council keeps live monitoring of its "
        "36 town centre cameras.\nResponse: Accepted.\n\nRecommendation 2: That the council seeks a formal service level "
        "agreement with Westmarch Police on response times.\nResponse: Not accepted for now; it will be looked at again "
        "after the force's own review."
    )
    assert pa.signals["cctv_info"] and not pa.signals["sla"]


def test_a_welsh_agreement_still_being_drawn_up() -> None:
    pa = _read(
        "Camerâu newydd yng nghanol y dref\n\nMae camerâu teledu cylch cyfyng newydd y Cyngor yng nghanol Aberfor yn "
        "gweithio ers mis Mai.\n\nMae'r Cyngor a Heddlu Gorllewin yn dal i lunio cytundeb rhannu gwybodaeth ar gyfer y "
        "camerâu; bydd drafft yn mynd i'r Cabinet yn y gaeaf."
    )
    assert not pa.signals["sla"]


def test_an_foi_answer_that_no_written_agreement_is_held() -> None:
    pa = _read(
        "Freedom of Information response\nSubject: CCTV and Westmarch Police\n\nYou asked:\n1. Does the council hold a service "
        "level agreement or information sharing agreement with Westmarch Police about CCTV?\n\nOur response:\n1. No. The "
        "council does not hold any written agreement with Westmarch Police about its CCTV. The council runs 24 cameras in "
        "Westby and at its offices, and each police request for footage is considered on its own."
    )
    assert not pa.signals["sla"]


def test_the_forces_agreement_with_a_shop() -> None:
    pa = _read(
        "Procedure: Retail Crime Partnership Agreements\nVersion 3, March 2025\n\n1. Purpose\nHow neighbourhood teams set "
        "up written partnerships with shops to reduce theft.\n\n2. The agreement\nEach partnership rests on a written "
        "agreement between Westmarch Police and the retail outlet. The store manager agrees to keep CCTV footage from the "
        "store's own cameras for 30 days and give it to officers on request. Westmarch Police agree to name an officer for "
        "each store.\n\n3. Compliance\nThis procedure is mandatory."
    )
    assert not pa.signals["sla"]


def test_a_monitoring_contractors_own_service_level_agreement() -> None:
    pa = _read(
        "CCTV monitoring - privacy notice\n\nThe council's 90 public space cameras are watched on our behalf by a monitoring "
        "contractor, which is our data processor. Its service level agreement with the council requires it to log every "
        "incident and answer police radio calls quickly.\n\nThe council remains the data controller."
    )
    assert pa.signals["cctv_info"] and not pa.signals["sla"]


def test_a_signed_evidence_sharing_protocol() -> None:
    pa = _read(
        "Body worn cameras - privacy notice\n\nOur enforcement officers wear body cameras on duty.\n\nWho we share recordings "
        "with\nA recording that shows a possible offence may go to Westmarch Police. The council and the police have a "
        "signed evidence-sharing protocol, agreed in 2024, which says how recordings are asked for and handed over."
    )
    assert pa.signals["sla"]


def test_the_existing_agreement_under_which_the_force_monitors() -> None:
    pa = _read(
        "Executive - decision record\n\nItem 6: CCTV monitoring\n\nDecision:\n(i) That the existing agreement under which "
        "Westmarch Police monitor the council's 30 town centre cameras from Westby police station be extended to March 2028 "
        "on the same terms.\n\nThe extension was signed by both parties on 2 April 2025."
    )
    assert pa.signals["sla"]


def test_an_foi_answer_of_an_application_for_a_step_2_audit() -> None:
    pa = _read(
        "Freedom of Information response\n\nYou asked whether the council has applied for certification of its CCTV under "
        "the Surveillance Camera Code.\n\nThe council lodged an application with a certification body for a step 2 (full) "
        "certification audit of its town centre system in May 2024. The council does not yet hold a certificate. The town "
        "centre system has 80 cameras."
    )
    assert pa.signals["certification"]


def test_an_foi_answer_naming_the_designated_spoc() -> None:
    pa = _read(
        "FOI 25/0411 - surveillance cameras\n\nRequest: Does the council have a single point of contact for surveillance "
        "cameras?\n\nResponse: Yes. The council's Regulatory Services Manager was designated as the single point of contact "
        "for all council-operated surveillance cameras in 2023. The role covers the town centre cameras, office cameras and "
        "body-worn video. The SPOC can be reached at spoc@westby.example.gov.uk or 01632 960 318.\n\nThe information above "
        "is released in full. If you are unhappy with this response you may ask for an internal review, and then complain "
        "to the Information Commissioner."
    )
    assert pa.signals["cctv_info"] and pa.signals["spoc"]


def test_a_risk_registers_score_colour_is_no_party_label() -> None:
    pa = _read(
        "Corporate risk register - extract\n\nRisk 9: Surveillance cameras used without proper records\nDescription: "
        "Cameras run by several services (CCTV at the offices and car parks, body-worn video) are used without a lawful "
        "basis.\nInherent score: 12 (Amber)\n\nControls:\n- Surveillance camera policy adopted by Cabinet\n- Single point of "
        "contact for surveillance cameras designated: Information Governance Team (surveillance@westby.example.gov.uk)\n\n"
        "Residual score: 4 (Green)"
    )
    assert pa.decoy is None
    assert pa.signals["spoc"]


def test_a_contractor_monitoring_under_a_service_level_agreement() -> None:
    # round 92: cabinet minutes on retendering the monitoring contract
    pa = _read(
        "Agenda item\n\nPublic space CCTV - monitoring contract\n\nMinutes:\nCabinet considered the report on the contract for "
        "monitoring the council's 42 cameras in Westby and Eastford, which ends in March.\n\nThe report explained that the "
        "current contractor watches the cameras from its own centre under a service level agreement requiring operators to "
        "answer police radio calls within a minute and to produce footage within two days."
    )
    assert pa.signals["cctv_info"] and not pa.signals["sla"]


def test_the_submission_of_an_application_noted() -> None:
    # round 92: a decision notice
    pa = _read(
        "Issue - decisions\n\nCCTV - third-party certification\n\nDecision:\nThat the submission of the council's application "
        "for step 2 (full) certification of the Westby public space CCTV system against the Surveillance Camera Code of "
        "Practice be noted.\n\nReasons for decision:\nThe fee of £2,400 will be met from the CCTV budget."
    )
    assert pa.signals["certification"]


def test_a_welsh_notice_on_cameras_at_county_hall() -> None:
    # round 93: a Welsh privacy notice on the cameras at the council's headquarters, named only as Neuadd y Sir
    pa = _read(
        "Teledu cylch cyfyng yn adeiladau'r Cyngor\n\nMae camerâu yn y dderbynfa a'r maes parcio yn Neuadd y Sir. Nid "
        "ydynt yn recordio sain.\n\nPam?\nEr diogelwch staff ac ymwelwyr.\n\nCaiff y lluniau eu dileu ar ôl 30 diwrnod."
    )
    assert pa.signals["cctv_info"]
