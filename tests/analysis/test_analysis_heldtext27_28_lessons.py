"""Patterns real-text rounds 27 (held back at session 23's freeze, opened now: 0.91 / 0.93 / 0.76 / 0.92) and 28 (first
look 0.91 / 0.90 / 0.86 / 0.96) showed. The passages are written for this test (invented councils, bodies, people and
places), read as `inspect` reads them (no council context).

- certification: a Welsh service that has kept ("wedi cadw") its certificate, a minute's "Code of Practice certificate
  of compliance", "reached step 2 certification", a timeline year before a step; not a system "never certified", a
  council "considering an application", a question whether it "ever held" one, a consultant's "if your council held",
  nor a hospital's, a force hub's or a housing association's own certificate;
- other voices: a shopping centre with a dedicated security team or cameras throughout the mall, a GP practice signing
  its notice, a leisure trust as data controller, a force that "relies on footage" or names "the force's" cameras, a
  campaign's survey of councils, a Welsh university's own code;
- an evidence release protocol signed by the council and the force is an agreement; a decision that "confirms" an
  officer "as the council's Senior Responsible Officer" designates one;
- a text that runs on in one line takes its topic from its first sentence ("Body-worn video. … parking offences").

Each fails on b321f7f except the last, a guard: who speaks is still read from the whole run-on line.
"""

from __future__ import annotations

import pytest

from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def _inspect(text: str) -> PageAnalysis:
    return analyse(extract(text.encode("utf-8"), "file:///tmp/passage.txt", "text/plain"), None)


@pytest.mark.parametrize(
    "text",
    [
        "Datganiad i'r wasg\nTystysgrif camerâu'r Cyngor\nMae gwasanaeth teledu cylch cyfyng Cyngor Sir Glanfor wedi cadw ei"
        " Dystysgrif Cydymffurfio â'r Cod Ymarfer Camerâu Gwyliadwriaeth ar ôl yr archwiliad blynyddol.",
        "Safer Places Scrutiny Committee - 4 May 2022\nMinute 88: town centre CCTV\nMembers heard that Westmoor Borough"
        " Council's control room had been inspected by the certifying body in March and the council had been awarded a"
        " Code of Practice certificate of compliance, valid for five years.",
        "CCTV yearly report - standards\nIn 2020 Eastholm District Council reached step 2 certification under the"
        " Surveillance Camera Code for its 54 public space cameras.",
    ],
)
def test_certificates_kept_awarded_and_reached(text: str) -> None:
    pa = _inspect(text)
    assert pa.signals["certification"] and pa.signals["cctv_info"]


@pytest.mark.parametrize(
    "text",
    [
        "CCTV in Northport\nStandards\nNorthport Council publishes its self-assessment against the Surveillance Camera Code"
        " every year. In 2022 we were considering an application for third-party certification, but the scheme closed"
        " before a decision was made, so the system was never certified.",
        "Written question 3\n\"Will the Cabinet Member say whether the borough's CCTV system ever held the Surveillance"
        " Camera Commissioner's certification?\"\nAnswer: Southgate Council's 90 public space cameras never held third-party"
        " certification; the team completes the self-assessment tool each year.",
        "After the scheme: a checklist\nThe third-party certification scheme for surveillance cameras has closed. If your"
        " council held step one or step two certification, remove the mark from your signs and keep your self-assessment"
        " up to date.",
        # somebody else's certificate, named as its holder
        "News - 9 May 2021\nSecurity team wins camera award\nThe security team at Greyford General Hospital has been"
        " certified as meeting the Surveillance Camera Code of Practice, among the first hospitals to do so.",
        "Commissioner's news\nMonitoring hub certified\nThe CCTV monitoring hub at Westshire Constabulary's headquarters has"
        " been certified as meeting the Surveillance Camera Code.",
        "Our CCTV gets the seal of approval. Moorland Vale Housing's estate cameras, covering nine blocks, have been audited"
        " against the Surveillance Camera Code and awarded certification.",
    ],
)
def test_no_certificate_of_the_councils(text: str) -> None:
    assert _inspect(text).signals["certification"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Keeping safe at Eastgate Walk\nEastgate Walk shopping centre has a dedicated security team on site, and a control"
        " room staffed day and night.\nOur control room is certified to BS 7958 and 90 cameras cover the malls and car park.",
        "Security at Castle Arcade. Our security team monitors 80 cameras throughout the mall and car park. Under an"
        " evidence protocol agreed with the local police, officers can collect footage from our control room.",
        "Hillside Medical Practice - CCTV notice\nWe use CCTV at the main door, in reception and in the car park to"
        " prevent crime.\n- Images are kept for 30 days and then deleted.\n- Images may be given to the police.",
        "CCTV at our centres\nBrightwater Leisure Trust operates CCTV at the six leisure centres it runs.\nBrightwater Leisure"
        " Trust is the data controller for these cameras. Recordings are kept for 30 days.",
        "Working with camera owners\nEastmoor Police relies on footage from council, business and home cameras.\nOur CCTV"
        " single point of contact\nThe force has a CCTV Single Point of Contact in its Digital Evidence Unit.",
        "CCTV evidence requests. Within Westmoor Police, all requests for footage from the force's public space cameras go"
        " through the CCTV single point of contact in the digital media unit.",
        "Counting the cameras. Our freedom of information survey of councils found that they spent millions on CCTV and"
        " control thousands of cameras between them. We are calling for independent evaluation.",
        "Cod ymarfer teledu cylch cyfyng y Brifysgol. Prifysgol Glanmor sy'n berchen ar y camerâu ar ei champysau. Y"
        " Pennaeth Diogelwch yw'r pwynt cyswllt unigol ar gyfer pob mater sy'n ymwneud â'r camerâu.",
    ],
)
def test_other_voices(text: str) -> None:
    pa = _inspect(text)
    assert not any(pa.signals.values()), pa.signals


def test_an_evidence_release_protocol_signed_by_both() -> None:
    pa = _inspect(
        "CCTV yearly review - summary\nEach year Northgate Borough Council reviews its 60 public space cameras.\nPolice"
        " requests are dealt with under the Evidence Release Protocol signed by the council and Westshire Constabulary in"
        " 2022, which sets response times."
    )
    assert pa.signals["sla"] and pa.signals["cctv_info"]


def test_a_decision_confirming_the_senior_responsible_officer() -> None:
    pa = _inspect(
        "Eastvale District Council - Cabinet, 2 June 2025. Item 6: Surveillance camera governance. RESOLVED that Cabinet"
        " (a) notes the review of the council's 18 camera systems; and (b) confirms the Head of Regulatory Services as the"
        " council's Senior Responsible Officer for surveillance cameras."
    )
    assert pa.signals["spoc"] and pa.spoc is not None
    assert pa.spoc["role"] == "Head of Regulatory Services"


def test_a_paragraph_in_one_line_takes_its_topic_from_its_first_sentence() -> None:
    pa = _inspect(
        "Body-worn video. Westbrook Metropolitan Borough Council's enforcement officers wear cameras while patrolling for"
        " littering, dog fouling and parking offences. Footage is deleted after 31 days unless it is needed as evidence."
        " In 2022 the council's body-worn video system was audited and certified as compliant with the Surveillance Camera"
        " Code."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"] and pa.signals["certification"]


def test_a_timeline_title_is_still_read_whole_for_who_speaks() -> None:
    """(the issuer reads the whole run-on line: a university's campus cameras named after its first sentence are still
    the university's; real-text round 15 held this)"""
    pa = _inspect(
        "Campus cameras. Northbridge University's Campus Security team runs around 300 cameras from its control room. The"
        " system holds full certification against the Surveillance Camera Code."
    )
    assert pa.signals["certification"] is False
