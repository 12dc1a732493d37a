"""Patterns real-text round 20 showed (written blind in session 20, measured once before its lessons). The passages are
written for this test (invented councils, places and people); each is read as `cctv-audit inspect` reads a pasted
paragraph, without a council's context.

- "Police staff work alongside our operators in the [town] control room under a memorandum of understanding signed by
  the council and the force" is the council's agreement;
- a data sharing agreement for the council's ANPR reads, its cameras named earlier in the paragraph, is an agreement
  about the cameras, though the sentence speaks of a vehicle "dumping waste";
- a funding agreement with the commissioner, a memorandum between a department and the force, one a town council signed,
  one between a BID and the force: none is the council's;
- the police's own live facial recognition, said in Welsh; a town council that owns its cameras, said in Welsh; a
  council that "is not operating the camera";
- a single point of contact "for fly-tipping reports, not for camera footage".
"""

from __future__ import annotations

import pytest

from analysis.page import analyse
from analysis.text import extract


def _inspect(text: str) -> dict[str, bool]:
    return analyse(extract(text.encode("utf-8"), "file:///tmp/item.txt", "text/plain"), None).signals


def test_police_staff_in_our_control_room_under_a_memorandum() -> None:
    s = _inspect(
        "Working with partners\nThe police\nPolice staff work alongside our operators in the Eastford control room under a"
        " memorandum of understanding signed by Eastford Borough Council and the force.\nBusinesses\nShops share a radio"
        " link with our operators."
    )
    assert s["cctv_info"] and s["sla"]


def test_an_agreement_for_the_councils_anpr_reads() -> None:
    s = _inspect(
        "Number plate cameras at fly-tipping sites\nMillbrook District Council has put four ANPR-capable cameras at rural"
        " fly-tipping spots. Reads are kept for 90 days. Devon and Cornwall Police can ask for reads linked to a crime, such"
        " as a van seen dumping waste, under a data sharing agreement signed by the council and the force in 2026."
    )
    assert s["cctv_info"] and s["sla"]


NOT_THE_COUNCILS_AGREEMENT = [
    "Who owns the number plate cameras on the A-roads?\nThe cameras belong to the police, who decide where they go. The"
    " county council paid towards them under a funding agreement with the Police and Crime Commissioner, but it does not"
    " operate the cameras.",
    "Noise camera trial\nA roadside noise camera is being trialled on Quay Road as part of a Department for Transport"
    " project. Data is collected under a memorandum of understanding between the Department and Norfolk Constabulary;"
    " Eastford Borough Council is not operating the camera.",
    "Teledu cylch cyfyng Llanaber\nMae Cyngor Tref Llanaber yn berchen ar chwe chamera ar y stryd fawr. Clerc y Dref yw'r"
    " pwynt cyswllt, ac mae'r cyngor tref wedi llofnodi memorandwm cyd-ddealltwriaeth gyda Heddlu Gogledd Cymru.",
    "Adnabod wynebau byw: gêm bêl-droed\nBydd Heddlu De Cymru yn defnyddio camerâu adnabod wynebau byw ger y stadiwm"
    " ddydd Sadwrn. Mae'r defnydd yn dilyn memorandwm cyd-ddealltwriaeth rhwng yr heddlu a pherchnogion y stadiwm.",
    "Safer Eastford\nThe BID's radio scheme links 60 shops with the town's camera operators and the police. All sharing"
    " is done under an information sharing agreement between Eastford Town BID and Devon and Cornwall Police.",
]


@pytest.mark.parametrize("text", NOT_THE_COUNCILS_AGREEMENT)
def test_agreements_that_are_not_the_councils(text: str) -> None:
    assert not _inspect(text)["sla"], text[:40]


def test_a_single_point_of_contact_for_reports_not_for_cameras() -> None:
    s = _inspect(
        "Where we put cameras\nAnytown Council moves overt cameras, each with a sign, between sites that suffer repeated"
        " dumping. Footage is wiped after 28 days unless needed for a prosecution. The Street Scene team is the single point"
        " of contact for fly-tipping reports, not for camera footage."
    )
    assert s["cctv_info"] and not s["spoc"]


def test_the_polices_live_facial_recognition_said_in_welsh() -> None:
    s = _inspect(
        "Adnabod wynebau byw: gêm ryngwladol\nBydd Heddlu De Cymru yn defnyddio camerâu adnabod wynebau byw ar Stryd y"
        " Castell rhwng hanner dydd a 6 o'r gloch ddydd Sadwrn. Mae'r defnydd yn dilyn memorandwm cyd-ddealltwriaeth rhwng yr"
        " heddlu a pherchnogion y stadiwm. Caiff delweddau pobl nad ydynt ar y rhestr wylio eu dileu ar unwaith. Bydd"
        " arwyddion yn dangos ble mae'r camerâu."
    )
    assert not s["cctv_info"] and not s["sla"]
