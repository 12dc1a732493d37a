"""What the second held-back text set (benchmarks/heldtext2.jsonl) taught, after its first run.

Each rule below was missed or misread on that set's first, frozen run; these passages are new
variants written for this file (none repeats the set's items), so the rules are tested, not the items.
Passages are read as `cctv-audit inspect` reads a .txt file: no address, no page around them.
"""

from __future__ import annotations

import pytest

from analysis.page import PageAnalysis
from read_excerpt import read


def on(pa: PageAnalysis) -> set[str]:
    return {k for k, v in pa.signals.items() if v}


def test_a_cctv_codes_disclosure_log_is_not_an_foi_disclosure_log() -> None:
    pa = read(
        "Roles. The CCTV Manager runs the control room for the council, keeps the disclosure log of every "
        "release of footage to the police and checks it each quarter."
    )
    assert pa.decoy is None
    assert "cctv_info" in on(pa)


def test_an_foi_disclosure_log_stays_an_foi_answer() -> None:
    pa = read(
        "FOI disclosure log - request reference FOI/2024/0881. You asked how many CCTV cameras the council "
        "operates. Our response: 64 cameras in the borough."
    )
    assert "cctv_info" not in on(pa)
    assert any(f.type == "foi_response" for f in pa.findings)


def test_a_cctv_pages_pointer_to_foi_is_not_an_foi_answer() -> None:
    pa = read(
        "Freedom of information. Anything about the cameras not set out here can be asked for under the "
        "Freedom of Information Act 2000, and the CCTV annual report is in our publication scheme."
    )
    assert not any(f.type == "foi_response" for f in pa.findings)


def test_a_privacy_notice_paragraph_keeps_its_cctv_beside_body_cameras_of_enforcement_officers() -> None:
    pa = read(
        "Cameras at our sites. We operate CCTV at the civic centre, the museum and our depots to protect staff "
        "and property, and keep recordings for 30 days. Our civil enforcement officers wear body cameras, "
        "switched on only when they warn you."
    )
    assert "cctv_info" in on(pa)


def test_a_paragraph_only_about_parking_enforcement_cameras_stays_a_decoy() -> None:
    pa = read(
        "Civil enforcement. Our civil enforcement officers and CCTV enforcement cars issue penalty charge "
        "notices for vehicles parked on school keep-clear markings."
    )
    assert "cctv_info" not in on(pa)


@pytest.mark.parametrize(
    "text",
    [
        "Police access to recordings. Officers of Dyfed-Powys Police may ask for recorded images under the "
        "information sharing agreement between the council and Dyfed-Powys Police, reviewed each year.",
        "Requests from officers. Footage goes to West Mercia Police only as the service level agreement between "
        "the council and West Mercia Police sets out.",
    ],
)
def test_an_agreement_naming_the_force_about_footage_needs_no_cctv_word(text: str) -> None:
    assert "sla" in on(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Letter of agreement. This letter sets out the arrangements between Eastvale Borough Council and "
        "Cumbria Constabulary for viewing public space CCTV and releasing recorded images to officers.",
        "The CCTV arrangements agreed between the council and Avon and Somerset Police cover live monitoring "
        "and the handover of footage to investigating officers.",
    ],
)
def test_a_letter_of_agreement_or_arrangements_agreed_with_the_police_is_an_agreement(text: str) -> None:
    assert "sla" in on(read(text))


def test_a_letter_of_agreement_with_a_supplier_is_not_a_police_agreement() -> None:
    pa = read("Letter of agreement. This letter confirms the maintenance visits agreed with Vista Cameras Ltd.")
    assert "sla" not in on(pa)


@pytest.mark.parametrize(
    "text",
    [
        # the scheme described, with "an accredited" body in it
        "How certification works. The scheme has two steps: step one is a self-assessment checked on paper, "
        "and step two is an on-site audit by an accredited certification body against the Surveillance Camera Code.",
        # the force's own control room certified
        "The force's own CCTV control room, which watches the cameras of two districts, has been awarded "
        "certification against the Surveillance Camera Code of Practice.",
        "Northshire Police's monitoring hub has achieved full certification under the Surveillance Camera Code.",
    ],
)
def test_certification_that_is_not_the_councils(text: str) -> None:
    assert "certification" not in on(read(text))


def test_a_marks_alt_text_with_a_full_stop_is_still_the_mark() -> None:
    pa = read("Surveillance Camera Code of Practice certification mark: step 2 full certification.")
    assert "certification" in on(pa)


def test_a_sentence_about_the_mark_is_not_the_mark() -> None:
    pa = read("Find out about the Surveillance Camera Commissioner certification mark.")
    assert "certification" not in on(pa)


@pytest.mark.parametrize(
    "text",
    [
        "Appointing a SPOC. The Commissioner recommends that each local authority names one officer with "
        "oversight of every surveillance camera system it runs, who keeps the authority's CCTV policies.",
        "Agreeing an SLA. This guide lists what an agreement between a local authority and a police force about "
        "CCTV images should cover: access, release of footage and review.",
        "Guidance for partners. The Commissioner asks every council to name a senior officer who oversees all "
        "of its surveillance camera systems and holds a code of practice for them.",
        "Police agreements. The national checklist sets out what an agreement between a council and its police "
        "force should say about CCTV footage; it is a checklist, not an agreement.",
    ],
)
def test_advice_to_every_authority_is_not_a_councils_cctv_information(text: str) -> None:
    pa = read(text)
    assert "cctv_info" not in on(pa)
    assert "sla" not in on(pa)


def test_a_code_agreed_between_a_borough_council_and_a_capitalised_constabulary_is_a_hint() -> None:
    """The "other party is another council" rule must see the police after "and", whatever the case."""
    pa = read(
        "CCTV Code of Practice\nThis Code has been agreed between Westvale Borough Council and Northshire "
        "Constabulary, who use the recorded images most."
    )
    mentions = [f for f in pa.findings if f.type == "sla_mention"]
    assert mentions and mentions[0].data["hint"] is True


def test_appendix_headed_as_a_protocol_with_the_police_is_an_agreement_document() -> None:
    pa = read(
        "Surveillance Camera Code of Practice\n1. Purpose\nThe council runs 40 cameras in the town centre.\n"
        "Appendix C: Protocol between Westvale District Council and Northshire Police\n"
        "Scope\nThe release of recorded images to officers.\n"
        "Signed for the council: Jane Holt, Head of Community Safety, 3 March 2024\n"
        "Signed for Northshire Police: Chief Inspector Amir Shah, 5 March 2024"
    )
    docs = [f for f in pa.findings if f.type == "sla"]
    assert docs and docs[0].data["force"] == "Northshire Police" and docs[0].data["signed"] is True


def test_we_work_in_partnership_with_the_police_is_not_an_agreement() -> None:
    pa = read(
        "Our CCTV\nWe work in partnership with Northshire Police, who can see live pictures from our control room."
    )
    assert not [f for f in pa.findings if f.type.startswith("sla")]


def test_a_partnership_agreement_titled_with_the_police_is_an_agreement_document() -> None:
    pa = read(
        "CCTV Partnership Agreement: Westvale Council and Northshire Police\nParties: the council and the force.\n"
        "The council supplies recorded footage on request.\nSigned for the council: Jane Holt, 3 March 2024\n"
        "Signed for Northshire Police: Amir Shah, Chief Inspector, 5 March 2024"
    )
    assert [f for f in pa.findings if f.type == "sla"]
