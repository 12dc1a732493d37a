"""Look-alikes of a council's own CCTV information: another body's cameras, job adverts.

The third held-back text set read these as a principal council's own CCTV information: a page where a
university, a housing association, a trust or a town or community council says it runs the cameras,
and job adverts in English and Welsh. The passages are written for this file (new names, numbers
and wording), read as `cctv-audit inspect` reads a .txt file; the positives are principal councils'
own pages that name a town council or the police, and must still be read as their own.
"""

from __future__ import annotations

import pytest

from read_excerpt import read


OTHER_BODIES = [
    (
        "parish council named as controller",
        "CCTV policy\n\n1. The CCTV cameras at the allotments and the sports field are controlled by Upper Wendle "
        "Parish Council.\n2. Recordings are kept for ten days.\n3. The Clerk checks each month that every "
        "camera works and the Parish Clerk answers requests for footage.",
    ),
    (
        "fire and rescue service",
        "Cameras for our crews\n\nThe fire and rescue service is issuing body worn cameras to crews at four "
        "stations where firefighters have been abused. Recordings are passed to the police when a crime is "
        "suspected.",
    ),
    (
        "university",
        "Campus security cameras\n\nThe University's Estates team operates 260 cameras on its two campuses, "
        "watched from the lodge by security staff. The University is the data controller for the images. "
        "Students and staff may ask for a copy of footage showing them.",
    ),
    (
        "housing association",
        "Cameras in our blocks\n\nWe have put cameras in the lobbies and bike stores of nine of our blocks. "
        "Northvale Homes is the data controller; recordings are kept for 21 days and only shared with the "
        "police or used when a tenancy is breached.",
    ),
    (
        "nhs trust",
        "Surveillance system policy\n\nThe Trust operates CCTV at its hospitals to protect patients, visitors "
        "and staff. The Trust is the data controller and the Head of Security is responsible for the system.",
    ),
    (
        "community council",
        "Cameras\n\nThe community council runs a handful of CCTV cameras at the village hall and the two "
        "recycling points. The clerk keeps the recordings for a fortnight.",
    ),
    (
        "town council",
        "Market square CCTV\n\nSix cameras cover the market square and the bus station. They are watched by "
        "a volunteer team on the Town Council's behalf and recordings are kept for 30 days.",
    ),
]


@pytest.mark.parametrize("name,text", OTHER_BODIES, ids=[o[0] for o in OTHER_BODIES])
def test_another_bodys_cameras_are_not_the_councils_own(name: str, text: str) -> None:
    pa = read(text)
    assert pa.decoy is not None
    assert not pa.signals["cctv_info"]


JOB_ADVERTS = [
    (
        "english",
        "Surveillance Systems Support Officer\n\n£31,200 to £33,900, 37 hours\n\nWe are looking for someone "
        "to look after the council's camera register. You will support the senior responsible officer and "
        "keep the impact assessments up to date.",
    ),
    (
        "welsh",
        "Swydd wag: Swyddog Ystafell Reoli\n\nGradd 6, £28,100 - £30,050\n\nRydym yn chwilio am rywun i "
        "fonitro camerâu teledu cylch cyfyng y sir. Dyddiad cau: 9 Mai.",
    ),
]


@pytest.mark.parametrize("name,text", JOB_ADVERTS, ids=[j[0] for j in JOB_ADVERTS])
def test_job_adverts_are_not_information(name: str, text: str) -> None:
    pa = read(text)
    assert pa.decoy == "job advert"
    assert not pa.signals["cctv_info"]


OWN_PAGES = [
    (
        "principal council naming a town council and the police",
        "CCTV\n\nBrackenford District Council operates 48 public space cameras in Brackenford and Lowmere, "
        "funded in part by Lowmere Town Council. The control room is staffed by the district council's own "
        "operators and works closely with the police. Recordings are kept for 31 days.",
    ),
    (
        "district council",
        "Public space CCTV\n\nThe district council's cameras cover the three market towns. The council is the "
        "data controller for the system and footage is deleted after 28 days unless the police ask for it.",
    ),
    (
        "welsh county borough naming the police",
        "CCTV\n\nThe county borough council owns and runs the town centre cameras; the police force can view "
        "live pictures under an agreement with the council. Images are held for 31 days.",
    ),
]


@pytest.mark.parametrize("name,text", OWN_PAGES, ids=[o[0] for o in OWN_PAGES])
def test_a_principal_councils_own_page_still_counts(name: str, text: str) -> None:
    pa = read(text)
    assert pa.decoy is None
    assert pa.signals["cctv_info"]


REPORTED_OR_SOLD = [
    (
        "press report",
        "Town centre cameras left broken for years\n\nMore than half of Eastbury's 52 council-run CCTV cameras "
        "do not work, a report to the scrutiny committee has revealed. Monitoring was cut in 2019. A council "
        "spokesperson said repairs would be considered in next year's budget.",
    ),
    (
        "supplier blog",
        "Borough parking team chooses our body cameras\n\nA borough council in the North West has given its "
        "civil enforcement officers our body worn cameras to record evidence and calm confrontations. Find out "
        "more about our cameras for council enforcement teams.",
    ),
]


@pytest.mark.parametrize("name,text", REPORTED_OR_SOLD, ids=[x[0] for x in REPORTED_OR_SOLD])
def test_press_reports_and_supplier_marketing_are_not_information(name: str, text: str) -> None:
    pa = read(text)
    assert pa.decoy is not None
    assert not pa.signals["cctv_info"]


def test_a_councils_page_quoting_its_own_cabinet_member_is_not_a_press_report() -> None:
    pa = read(
        "CCTV\n\nWe run 70 public space cameras across the borough from our own control room, staffed around "
        "the clock. Footage is kept for 31 days. Our CCTV manager is the single point of contact for the "
        "surveillance camera code."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"]
