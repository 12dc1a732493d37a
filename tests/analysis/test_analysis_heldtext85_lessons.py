"""Reading lessons of real-text round 85 (written blind at session 45 in a snapshot of freeze46, held back, measured at
freeze46, freeze47 and again at session 47's first code, 572b569, then opened). The passages are written for this test
(invented councils, forces, practices and people), not taken from the round; `inspect` reads a loose text, so no council is
behind it.

- The money set aside by a committee, the sum named before its verb: "£3,900 be allocated … to obtain third-party
  certification"; an application sent with what went with it listed ("sent its application, self-assessment and supporting
  documents to [a body] for step 1 (desktop) certification"): the council's progress towards a certificate.
- A force's informal help that "ended in 2022, and there had never been a written agreement" is no agreement.
- A GP practice's own notice ("CCTV at [X] Medical Centre") is another body's cameras.
- A local democracy reporter's lead (", councillors have heard.") and "A report to councillors said" are the press's frame.
- A force's release quoting its officer with full name and team between commas is the force's account.
- A sector blog's story of one council, told for "other councils considering the role", its officer quoted "she says", is a
  third party's: it carries the SPOC it states, not the council's own information.
"""

from __future__ import annotations

from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def _loose(body: str) -> PageAnalysis:
    return analyse(extract(body.encode(), "file:///tmp/item.txt", "text/plain"))


def test_a_sum_allocated_to_obtain_certification_is_progress() -> None:
    body = (
        "Safer Communities Committee - 4 October 2023\nItem 6: Town centre cameras\n\n"
        "Members considered the report on the cameras in Ashby Market and Northcote, and on how closely the service follows "
        "the Surveillance Camera Code.\n\n"
        "RESOLVED that\n(a) the monitoring hours be extended at weekends; and\n"
        "(b) £3,900 be allocated from the community safety reserve to obtain third-party certification of the town centre "
        "system against the Surveillance Camera Code.\n"
    )
    pa = _loose(body)
    assert pa.signals["certification"]
    assert pa.signals["cctv_info"]


def test_an_application_sent_with_its_papers_is_progress() -> None:
    body = (
        "Public Space CCTV - Annual Report 2023/24\n\nSystem\n41 cameras in four town centres, recorded around the clock.\n\n"
        "Compliance\nIn May 2024 the council sent its application, self-assessment and supporting documents to a "
        "certification body for step 1 (desktop) certification against the Surveillance Camera Code; a decision is "
        "awaited.\n"
    )
    assert _loose(body).signals["certification"]


def test_an_informal_arrangement_that_ended_is_no_agreement() -> None:
    body = (
        "Cabinet - 12 February 2025\nItem 5: Public space CCTV\n\n"
        "The report said that 30 of the council's 64 town centre cameras had failed because no maintenance had been planned.\n\n"
        "For several years Westmarch Police had paid for some repairs under an informal arrangement, but this ended in 2021, "
        "and there had never been a written agreement between the council and the force.\n\n"
        "RESOLVED that the replacement of 25 cameras be approved.\n"
    )
    pa = _loose(body)
    assert pa.signals["cctv_info"]
    assert not pa.signals["sla"]
    assert not pa.criteria["police_agreement"]


def test_a_standing_arrangement_with_the_force_is_still_spoken_of() -> None:
    body = (
        "Town centre CCTV\n\nOur 40 town centre cameras are monitored by Westmarch Police from its control room, and the "
        "council pays for their upkeep.\n\nRecordings are kept for 31 days.\n"
    )
    assert _loose(body).signals["sla"]


def test_a_gp_practice_notice_is_another_bodys_cameras() -> None:
    body = (
        "CCTV at Hollins Lane Medical Centre\n\n"
        "We have cameras in the waiting room, the main entrance and the car park. There are none in consulting rooms.\n\n"
        "Why\nThe cameras help keep patients and staff safe and prevent damage to cars.\n\n"
        "Keeping images\nRecordings are kept for 21 days and then deleted.\n\n"
        "To ask for a copy of images of you, please speak to the Practice Manager.\n"
    )
    pa = _loose(body)
    assert pa.decoy
    assert not pa.signals["cctv_info"]


def test_a_reporters_lead_is_the_press() -> None:
    body = (
        "Footage requests from police climb again\n\n"
        "Officers asked to review footage from Castlemoor's town centre cameras 130 times last year, councillors have "
        "heard.\n\n"
        "The yearly CCTV report, presented to the scrutiny committee on Monday, showed a rise from 95 the year before.\n\n"
        "Councillors asked for cameras in two villages but were told the budget had been cut.\n"
    )
    assert not _loose(body).signals["cctv_info"]


def test_a_report_to_councillors_said_is_the_press() -> None:
    body = (
        "Camera upgrade brings free wi-fi to Eastbridge\n\n"
        "Eastbridge's town centre CCTV is being replaced with wireless high-definition cameras, and the same links will carry "
        "free public wi-fi.\n\n"
        "Contractors have started fitting 18 new cameras. The upgrade follows a refit of the control room.\n\n"
        "A report to councillors said the network could also count visitors for town centre events.\n"
    )
    assert not _loose(body).signals["cctv_info"]


def test_a_force_release_quoting_its_officer_by_full_name_is_the_forces() -> None:
    body = (
        "Force and council sign CCTV agreement\n\n"
        "Westmarch Police and Ashby Vale District Council have signed an information sharing agreement covering the "
        "council's town centre cameras.\n\n"
        "The agreement, signed on 2 May 2024 by a chief superintendent and the council's chief executive, sets out how "
        "officers ask for footage and how long copies are kept.\n\n"
        'Inspector Dana Holt, of the Ashby neighbourhood policing team, said: "Clear rules mean we get evidence faster."\n\n'
        "Anyone with information about crime can call 101 or Crimestoppers anonymously.\n"
    )
    pa = _loose(body)
    assert pa.signals["sla"]
    assert not pa.signals["cctv_info"]


def test_a_sector_blog_story_of_a_councils_spoc_carries_the_spoc_only() -> None:
    body = (
        "One person for every camera: a borough's story\n\n"
        "When Ashby Vale Borough Council counted its cameras in 2023 it found 180 across 25 sites, bought by different "
        "teams.\n\n"
        "Its answer was to give one officer the whole picture. Its Safer Communities Manager, Priya Lal, is now the "
        "council's designated single point of contact for all surveillance camera systems: cameras@ashbyvale.example.gov.uk.\n\n"
        '"Every request for a new camera now comes to me," she says. "Nobody could have counted them before."\n\n'
        "Other councils considering the role are welcome to get in touch.\n"
    )
    pa = _loose(body)
    assert pa.signals["spoc"]
    assert not pa.signals["cctv_info"]


def test_a_councils_own_news_with_its_councillor_quoted_stays_its_own() -> None:
    body = (
        "New cameras for the market square\n\n"
        "We have installed six new cameras in the market square, linked to our control room, which is staffed around the "
        "clock. Recordings are kept for 31 days.\n\n"
        '"Residents asked for this," said Cllr Mair Evans, cabinet member for communities.\n'
    )
    assert _loose(body).signals["cctv_info"]
