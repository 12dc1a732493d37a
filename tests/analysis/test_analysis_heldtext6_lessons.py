"""Patterns the sixth held-back text set showed the detectors missing (measured frozen first).

The passages are written for this test, with other councils' names; each rule has a passage that
must still be read as before beside it.
"""

from __future__ import annotations

import pytest

from read_excerpt import read


@pytest.mark.parametrize(
    "text",
    [
        # FAQ: the officer is the council's, but the answer never gives the post's title
        "Who looks after the council's cameras?\n\nAll the cameras Stockport Council runs, in car parks, parks and "
        "its offices, answer to one person. That person is our single point of contact for surveillance cameras "
        "and checks every system is needed and signed.",
        # privacy notice: "the council's single point of contact"
        "CCTV privacy notice\n\nEnquiries about a camera\nResidents can ask the council's single point of contact "
        "for surveillance cameras whether a camera on a street in Torfaen belongs to us.\n\nFootage is kept for "
        "31 days.",
        # a cabinet page: "the council has a SPOC"
        "Our surveillance cameras\n\nKirklees Council runs cameras in town centres, libraries and depots. To keep "
        "them under one set of rules the council has a single point of contact (SPOC) for surveillance cameras.",
        # audit follow-up: "a SPOC had been appointed within <team>", beside "every council-operated system"
        "Audit Committee: follow-up on CCTV\n\nInternal Audit reported that a surveillance camera single point "
        "of contact had been appointed within Neighbourhood Services, with authority over every "
        "council-operated camera system, and that the register of systems was complete.",
        # redeployable cameras: requests go to the CCTV SPOC
        "Mobile cameras\n\nResidents can ask for a mobile camera where there is persistent fly-tipping. Each "
        "request goes to the CCTV single point of contact, who weighs the evidence and the intrusion on "
        "neighbours before a camera is put up.",
    ],
)
def test_the_council_saying_it_has_a_spoc_is_a_designation(text) -> None:
    assert read(text).signals["spoc"]


@pytest.mark.parametrize(
    "text",
    [
        # central guidance: every council should have one
        "Guidance for local authorities\n\nEvery local authority should appoint a single point of contact "
        "for its surveillance cameras, who keeps a register of systems.",
        # a committee decision names an SRO in passing: still the weak mention it was
        "RESOLVED: that any new CCTV camera may be installed only with the approval of the Director of "
        "Place, as the council's Senior Responsible Officer, in consultation with the portfolio holder.",
        # a title alone
        "Single point of contact\n\nThe Prevent duty requires schools to refer concerns to the local authority.",
    ],
)
def test_advice_a_passing_sro_or_a_title_is_not_a_council_spoc(text) -> None:
    assert not read(text).signals["spoc"]


@pytest.mark.parametrize(
    "text",
    [
        # a cabinet report's risk section: the council's certificate, about to expire
        "Cabinet report: CCTV service\n\n6. Risks\n\n6.1 The council's five-year certificate under the "
        "Surveillance Camera Commissioner's third party certification scheme runs out in June 2024, and an "
        "application to renew it has been sent to the certification body.",
        # the Commissioner's blog, presenting one named council with its certificate
        "Well done, Sefton\n\nThis week I presented Sefton Council with its certificate of full compliance "
        "under my third party certification scheme, covering its town centre and car park cameras.",
    ],
)
def test_a_certificate_that_is_the_councils_is_certification(text) -> None:
    assert read(text).signals["certification"]


@pytest.mark.parametrize(
    "text",
    [
        # the scheme explained: nobody's certificate
        "Third party certification\n\nOrganisations that complete the full audit receive a certificate under "
        "the Surveillance Camera Commissioner's third party certification scheme, valid for five years.",
        # presented with guidance, not a certificate
        "The Surveillance Camera Commissioner presented councillors with guidance on the Surveillance Camera "
        "Code and the third party certification scheme.",
    ],
)
def test_the_scheme_described_is_not_a_councils_certificate(text) -> None:
    assert not read(text).signals["certification"]


@pytest.mark.parametrize(
    "text",
    [
        # "the local force" is the police
        "Our CCTV control room and the police\n\nHow operators and officers work together is set out in a joint "
        "protocol agreed with the local force, covering requests for footage and the time allowed to supply "
        "it.",
        # Welsh: "protocol ar y cyd rhwng y Cyngor a Heddlu Gogledd Cymru"
        "Polisi TCC Cyngor Sir Ddinbych\n\nMae protocol ar y cyd rhwng y Cyngor a Heddlu Gogledd Cymru yn "
        "nodi sut y rhoddir recordiadau'r camerâu i'r heddlu.",
    ],
)
def test_a_joint_protocol_with_the_local_force_is_a_police_agreement(text) -> None:
    assert read(text).signals["sla"]


@pytest.mark.parametrize(
    "text",
    [
        # trade press: an unnamed area's draft
        "Control rooms and the police\n\nForces are changing what they offer council CCTV rooms: a draft "
        "memorandum of understanding in one force area would end operators' access to police radios.",
        # "in force" and a task force are not the police
        "CCTV at the depot\n\nThe protocol agreed with the task force in 2022 remains in force for all staff.",
    ],
)
def test_an_unnamed_areas_draft_or_a_task_force_is_no_police_agreement(text) -> None:
    assert not read(text).signals["sla"]


@pytest.mark.parametrize(
    "text",
    [
        # local press about a named council's certificate
        "Rochdale camera room passes national audit\n\nRochdale Borough Council's CCTV control room has been "
        "issued with a certificate of compliance against the surveillance camera code, the Rochdale Observer "
        "understands.\n\nA council spokesperson said the certificate would last five years.",
        # an installer retelling its client's award
        "Council control room achieves full certification\n\nWe are proud that our clients at Halton Borough "
        "Council have been awarded full certification against the Surveillance Camera Code of Practice. Our "
        "qualified engineers upgraded every camera. Call us today for a free quote.",
    ],
)
def test_a_newspaper_or_installer_retelling_a_councils_certificate_is_not_its_record(text) -> None:
    pa = read(text)
    assert pa.decoy is not None
    assert not pa.signals["certification"]


def test_a_central_case_study_about_one_council_still_carries_its_certificate() -> None:
    pa = read(
        "Case study: how Powys reached full certification\n\nPowys County Council has been awarded the "
        "Surveillance Camera Commissioner's full certification for its town centre cameras. Officers told us "
        "the camera-by-camera review was the hardest part."
    )
    assert pa.signals["certification"]


@pytest.mark.parametrize(
    "text",
    [
        "Reading BID renewal ballot opens\n\nLevy payers in Reading Business Improvement District will vote this "
        "month on a new five-year plan, which keeps paying for the shop radio link to the CCTV control room and "
        "for two street wardens.",
        "Swindon BID radio scheme\n\nThe BID's radio network lets member shops talk to the town's CCTV operators "
        "and to each other. Membership costs £4 a week.",
    ],
)
def test_a_business_improvement_districts_page_is_not_council_information(text) -> None:
    pa = read(text)
    assert pa.decoy == "another body's cameras"
    assert not pa.signals["cctv_info"]


def test_a_council_cctv_page_that_names_its_bid_partner_stays_the_councils() -> None:
    pa = read(
        "Town centre CCTV\n\nReading Borough Council runs 90 public space CCTV cameras, monitored from our "
        "control room 24 hours a day. Shops in the business improvement district can join a radio link to "
        "the control room. Recordings are kept for 31 days."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"]
