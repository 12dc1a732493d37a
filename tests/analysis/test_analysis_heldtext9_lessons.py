"""Patterns the ninth held-back text set showed the detectors missing (measured frozen first, in
session 7; learnt in session 8, when a real-text held-back probe took over as the unseen measure).

The passages are written for this test, with invented councils, bodies, officers and dates; each rule
has a passage beside it that must still be read as before.
"""

from __future__ import annotations

import pytest

from analysis.assess import assess
from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def read(text: str, url: str = "file:///tmp/excerpt.txt") -> PageAnalysis:
    return analyse(extract(text.encode("utf-8"), url, "text/plain"))


# --- an agreement whose two signature lines a text extraction ran together


def test_force_signature_after_the_councils_dated_line_is_an_execution() -> None:
    pa = read(
        "Protocol for releasing camera recordings to the police\n\n"
        "This protocol is made between Eastmere Borough Council, which owns and runs the town centre CCTV system, "
        "and Wessex Vale Police. It covers live requests, the review of recordings and the handover of copies.\n\n"
        "Signed on behalf of Eastmere Borough Council: P. Hartley, Community Safety Lead. Date: 3 March 2025\n"
        "Signed on behalf of Wessex Vale Police: Chief Inspector D. Amis, Eastmere Sector. Date: 10 March 2025\n"
    )
    assert pa.signals["sla"] is True
    doc = next(d for d in pa.sla if d.get("kind") == "document")
    assert doc["force"] == "Wessex Vale Police" and doc["signed"] is True


def test_the_same_protocol_with_the_force_line_blank_is_no_execution() -> None:
    pa = read(
        "Protocol for releasing camera recordings to the police\n\n"
        "This protocol is made between Eastmere Borough Council and Wessex Vale Police about the CCTV system.\n\n"
        "Signed on behalf of Eastmere Borough Council: ..................... Date: ..........\n"
        "Signed on behalf of Wessex Vale Police: ..................... Date: ..........\n"
    )
    assert not any(d.get("signed") for d in pa.sla)


# --- an audit finding that no agreement exists


@pytest.mark.parametrize(
    "finding",
    [
        "the team could not produce any written agreement with Wessex Vale Police covering those releases",
        "recordings are handed over in the absence of a formal protocol with Wessex Vale Police",
        "footage goes to Wessex Vale Police without a signed agreement",
    ],
)
def test_an_audit_finding_that_no_police_agreement_exists_is_not_one(finding: str) -> None:
    pa = read(
        "Internal audit: public space CCTV\n\nAssurance: limited. Recordings from the council's cameras are "
        f"released to the police every week, but {finding}. Ten releases in a sample of 30 were not logged."
    )
    assert pa.signals["cctv_info"] is True
    assert pa.signals["sla"] is False


def test_an_audit_finding_that_an_agreement_was_renewed_is_still_one() -> None:
    pa = read(
        "Internal audit: public space CCTV\n\nAssurance: substantial. The information sharing agreement with "
        "Wessex Vale Police for recordings from the council's cameras was renewed and signed in May 2025."
    )
    assert pa.signals["sla"] is True


# --- certification: an adverb before 'given', and the Welsh mutated 'Chod'


def test_first_given_full_certification_is_a_claim() -> None:
    pa = read(
        "Meeting the camera code\n\nNorthbrook District Council's CCTV system was first given full certification "
        "against the Surveillance Camera Code of Practice in 2021, and the certificate is renewed every year."
    )
    assert pa.signals["certification"] is True


def test_given_guidance_on_certification_is_not_a_claim() -> None:
    pa = read(
        "Meeting the camera code\n\nNorthbrook District Council's CCTV team was first given guidance on third "
        "party certification against the Surveillance Camera Code of Practice in 2021."
    )
    assert pa.signals["certification"] is False


def test_welsh_certificate_with_mutated_cod_is_a_claim() -> None:
    pa = read(
        "Ein system teledu cylch cyfyng\n\nMae gan ystafell reoli Cyngor Sir Glanmorfa dystysgrif cydymffurfio "
        "â Chod Ymarfer Camerâu Gwyliadwriaeth, wedi i aseswr annibynnol archwilio'r system."
    )
    assert pa.signals["certification"] is True


# --- the council's own SPOC, certificate or agreement is something it says about its cameras


def test_governance_statement_on_the_councils_cameras_carries_the_info_signal() -> None:
    pa = read(
        "Annual Governance Statement - review of effectiveness\n\nSurveillance cameras. The Council pays due regard "
        "to the Surveillance Camera Code of Practice. The Head of Safer Communities is the Council's designated "
        "single point of contact for all of its overt surveillance camera systems and keeps the register of them."
    )
    assert pa.signals["spoc"] is True
    assert pa.signals["cctv_info"] is True
    # the signal only: no 5.1 finding, so no 5.1 verdict rests on a sentence about the SPOC
    assert not any(f.type == "cctv_info" for f in pa.findings)
    verdicts = assess([pa], "ok")
    assert verdicts["5.1"]["status"] == "not_met"
    assert verdicts["5.3"]["status"] in ("met", "partial")


def test_a_page_with_no_signal_gains_no_info_signal() -> None:
    pa = read(
        "Annual Governance Statement - review of effectiveness\n\nThe Council reviewed its code of corporate "
        "governance and its risk register during the year. No significant governance issue arises."
    )
    assert pa.signals == {"cctv_info": False, "spoc": False, "certification": False, "sla": False}


# --- another body names itself at the end of its title


@pytest.mark.parametrize(
    "title",
    [
        "CCTV Policy - Fenland Vale Hospitals NHS Foundation Trust",
        "Surveillance camera code - Harbourside University",
        "Polisi teledu cylch cyfyng - Bwrdd Iechyd Bro Glanmor",
        "Polisi camerâu - Tai Glanmor",
    ],
)
def test_a_title_closed_by_another_bodys_name_is_that_bodys_cameras(title: str) -> None:
    pa = read(
        f"{title}\n\nWe use CCTV on our sites to keep people safe and to prevent crime. Recordings are kept for 31 "
        "days and may be shared with the police where the law allows."
    )
    assert pa.decoy is not None
    assert pa.signals["cctv_info"] is False


def test_a_title_closed_by_the_councils_own_name_stays_its_own() -> None:
    pa = read(
        "CCTV Policy - Fenland Vale District Council\n\nWe use CCTV in the town centre to keep people safe and to "
        "prevent crime. Recordings are kept for 31 days and may be shared with the police where the law allows."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"] is True
