"""Look-alikes real-text round 9 showed (benchmarks/heldtext9.jsonl, measured in session 13 and learnt from in
session 15). The passages are written for this test (invented places, services and people).

- a fire and rescue service's CCTV notice, in English or in Welsh: its cameras at its stations and on its engines;
- a police force's privacy impact assessment whose owner is a chief superintendent of the force;
- a council outside the United Kingdom, known by its police force or its privacy law (an Australian state's police,
  New Zealand Police).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def test_a_fire_services_camera_notice(analyse_text: Callable[..., PageAnalysis]) -> None:
    english = analyse_text(
        "Why we use cameras\n\n"
        "Northshire and Westvale Fire and Rescue Service uses cameras at its fire stations and on its fire engines,"
        " and crews wear body cameras at some incidents. Recordings are kept for 31 days.\n",
        path="/about-us/privacy/cctv",
    )
    assert english.decoy is not None and english.signals["cctv_info"] is False
    welsh = analyse_text(
        "Gwasanaeth Tân ac Achub Gogledd Cymru - Hysbysiad preifatrwydd teledu cylch cyfyng\n\n"
        "Mae gennym gamerâu y tu allan i'n gorsafoedd tân ac ar ein peiriannau tân. Caiff lluniau eu dileu ar ôl 28"
        " diwrnod.\n",
        path="/amdanom-ni/preifatrwydd/tcc",
    )
    assert welsh.decoy is not None and welsh.signals["cctv_info"] is False


def test_a_police_forces_own_assessment(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Body worn video - privacy impact assessment\n\n"
        "Version 3.1. Owner: Chief Superintendent, Local Policing, Westshire Constabulary.\n"
        "This assessment covers body worn cameras for all response officers and the keeping of footage on the"
        " evidence system.\n",
        path="/documents/bwv-pia.txt",
    )
    assert pa.decoy is not None and pa.signals["cctv_info"] is False


def test_a_council_outside_the_united_kingdom(analyse_text: Callable[..., PageAnalysis]) -> None:
    for text in (
        "CCTV policy\n\nRiverbend Shire Council uses CCTV to protect its buildings and to assist NSW Police, and"
        " releases footage to NSW Police under a memorandum of understanding.\n",
        "Cameras on council land\n\nAnyone who wants a camera on land owned by Kauri District Council must first get"
        " our approval, and sign an agreement on how footage is shared with New Zealand Police.\n",
    ):
        pa = analyse_text(text, path="/policies/cctv.txt")
        assert pa.decoy is not None and pa.signals["cctv_info"] is False, text[:40]
    # an English council whose page names Victoria Street, or New Zealand Avenue, is still the council's
    own = analyse_text(
        "Town centre CCTV\n\nThe council runs 30 cameras in the town centre, including Victoria Street and New Zealand"
        " Avenue. Recordings are kept for 31 days.\n",
        path="/community-safety/cctv.txt",
    )
    assert own.decoy is None and own.signals["cctv_info"] is True
