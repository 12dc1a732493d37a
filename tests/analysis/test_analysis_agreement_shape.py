"""An agreement with the police read by its shape (parties, subject, the force's execution), so that a
name never met before ("compact", "statement of joint intent", "schedule") is still read as the
agreement it is. Passages written for these tests."""

from __future__ import annotations

from analysis.agreement_doc import agreement_by_shape, parties_at_head, police_execution
from analysis.page import analyse
from analysis.segments import Block, blocks_of
from analysis.text import Document


def _blocks(lines: list[str]) -> list[Block]:
    return blocks_of("\n".join(lines))


COMPACT = [
    "Camera compact: Northwold District Council and Fenshire Constabulary",
    "What this compact covers",
    "The council's town centre cameras and the recordings made at the Riverside control room.",
    "Northwold District Council will",
    "Keep the cameras in working order and log every recording it releases.",
    "Fenshire Constabulary will",
    "Ask for recordings on the agreed evidence form and store what it receives securely.",
    "Execution",
    "Northwold District Council: Head of Community Services, 2 April 2024",
    "Fenshire Constabulary: Superintendent, Northern Area, 11 April 2024",
]


def test_a_compact_signed_for_the_force_is_an_agreement() -> None:
    blocks = _blocks(COMPACT)
    text = "\n".join(COMPACT)
    found = agreement_by_shape(COMPACT[0], blocks, text)
    assert found is not None
    title, execution = found
    assert title.startswith("Camera compact")
    assert execution.date == "2024-04-11"
    assert "Fenshire Constabulary: Superintendent" in execution.quote


def test_signed_for_the_force_by_a_rank_in_one_sentence() -> None:
    text = "Signed for Marchshire Police by the Chief Inspector, Westbury Local Policing Area, 3 June 2025."
    ex = police_execution(text)
    assert ex is not None and ex.date == "2025-06-03"


def test_blank_signature_lines_are_no_execution() -> None:
    text = "Signed for and on behalf of Fenshire Constabulary\nSignature .......... Name ..........\nDate 20__"
    assert police_execution(text) is None


def test_the_police_in_a_sentence_are_not_a_signatory() -> None:
    text = "For the police, every request goes through the control room supervisor, usually within 2 days in May 2024."
    assert police_execution(text) is None


def test_a_code_endorsed_by_the_force_is_not_an_agreement() -> None:
    # the council's own code, signed off by its own director; the force is named, never a signatory
    lines = [
        "CCTV code of practice - Northwold District Council",
        "This code was prepared in consultation with Fenshire Constabulary.",
        "It sets out how the council runs its public space cameras and keeps recordings for 31 days.",
        "Approved by the Head of Community Services, 2 April 2024.",
    ]
    assert agreement_by_shape(lines[0], _blocks(lines), "\n".join(lines)) is None


def test_parties_at_the_head_by_between() -> None:
    lines = ["Statement of joint intent", "Made between Eastmoor Borough Council and Eastmoor and Dale Police."]
    assert parties_at_head(lines[0], _blocks(lines))


def test_an_agreement_about_something_else_without_cameras_is_not_read() -> None:
    lines = [
        "Statement of joint intent: Eastmoor Borough Council and Eastmoor and Dale Police",
        "The partners will share a building at 4 Mill Lane and split the cost of its heating.",
        "For Eastmoor and Dale Police: Chief Superintendent, 9 January 2025",
    ]
    assert agreement_by_shape(lines[0], _blocks(lines), "\n".join(lines)) is None


def test_the_page_reading_credits_a_signed_agreement_by_shape() -> None:
    text = "\n".join(COMPACT)
    doc = Document(
        url="https://www.northwold.gov.uk/downloads/file/88/camera-compact", kind="pdf", title=COMPACT[0], text=text
    )
    pa = analyse(doc)
    assert pa.signals["sla"] is True
    docs = [f for f in pa.findings if f.type == "sla"]
    assert docs and docs[0].data.get("signed") is True and docs[0].data.get("kind") == "document"


def test_signed_on_behalf_of_the_force_with_a_named_officer() -> None:
    text = (
        "Signed on behalf of Northwold District Council: Jo Park, Head of Community Safety, 3 February 2025.\n"
        "Signed on behalf of Fenshire Constabulary: Inspector Sam Reid, Northern Area, 10 February 2025."
    )
    ex = police_execution(text)
    assert ex is not None and ex.date == "2025-02-10" and "Fenshire Constabulary" in ex.quote
