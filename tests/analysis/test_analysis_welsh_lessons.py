"""Welsh wording the fourth held-back text set showed the detectors missing (measured frozen first).

A council's own Welsh CCTV pages name their cameras as the council's ("camerâu'r Cyngor", "ein
camerâu", "a weithredir gan y Cyngor", "ystafell reoli") rather than with the English cues; Welsh
job adverts, guidance to every authority and FOI answers have their own frames. The passages are
written for this test; each negative has a positive beside it.
"""

from __future__ import annotations

import pytest

from read_excerpt import read


@pytest.mark.parametrize(
    "text",
    [
        "Cwestiynau am gamerâu'r Cyngor\n\nPwy sy'n gwylio'r lluniau? Mae pedwar gweithredwr yn gwylio'r sgriniau yn "
        "ystafell reoli'r Cyngor bob nos. Caiff y recordiadau eu dileu ar ôl 31 diwrnod.",
        "Gofyn am luniau teledu cylch cyfyng\n\nCewch ofyn am gopi o'r recordiadau o'ch hun ar ein camerâu. Rydym yn "
        "cadw'r lluniau am 28 diwrnod yn unig.",
        "Polisi Camerâu Gwyliadwriaeth\n\n1.1 Mae'r polisi yn cynnwys pob camera a weithredir gan y Cyngor, gan "
        "gynnwys camerâu ar y corff.",
        # the council named after "gan" takes a soft mutation: "gan Gyngor Glanyrafon"
        "Polisi teledu cylch cyfyng\n\nMae'r systemau teledu cylch cyfyng a weithredir gan Gyngor Glanyrafon yn "
        "helpu i atal troseddau yng nghanol y dref.",
    ],
)
def test_a_welsh_councils_own_camera_pages_are_its_information(text) -> None:
    pa = read(text)
    assert pa.decoy is None
    assert pa.signals["cctv_info"], text


def test_a_welsh_job_advert_for_a_cctv_operator_is_a_job_advert() -> None:
    pa = read(
        "Gweithredwr Teledu Cylch Cyfyng (llawn-amser)\nCyngor Sir Glanyrafon\nCyflog: £24,000 - £25,100\n\n"
        "Byddwch yn gwylio camerâu'r dref o'r ystafell reoli ac yn cadw cofnodion. Mae angen trwydded SIA."
    )
    assert pa.decoy == "job advert"
    assert not pa.signals["cctv_info"]


def test_welsh_guidance_to_every_authority_is_guidance() -> None:
    pa = read(
        "Canllawiau i awdurdodau lleol ar gamerâu gwyliadwriaeth\n\n"
        "Mae awdurdodau perthnasol yn gorfod rhoi sylw i'r Cod Ymarfer Camerâu Gwyliadwriaeth. Argymhellir bod pob "
        "awdurdod yn penodi uwch swyddog cyfrifol, a dylai pob awdurdod gyhoeddi ei hunanasesiad."
    )
    assert pa.decoy == "guidance to camera operators"
    assert not pa.signals["cctv_info"]


def test_a_welsh_foi_answer_is_an_foi_answer() -> None:
    pa = read(
        "Cais Rhyddid Gwybodaeth 2024/311\n\nCais: Sawl camera teledu cylch cyfyng sydd gan y Cyngor ym Mhorthmawr?\n\n"
        "Ymateb: Nid yw'r Cyngor yn dal yr wybodaeth hon; cyngor y dref sydd biau'r camerâu."
    )
    assert pa.decoy == "FOI response"
    assert not pa.signals["cctv_info"]
