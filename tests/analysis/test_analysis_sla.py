"""5.5: police agreements — published (signed, unsigned, draft) or merely mentioned."""

from __future__ import annotations

import pytest

from analysis.assess import assess
from analysis.context import AuthorityContext, canonical_force, find_forces, force_pattern
from analysis.page import analyse
from analysis.text import extract

DOCS = "https://www.anytown.gov.uk/downloads/"

SIGNED_ISA = """INFORMATION SHARING AGREEMENT
Between Anytown Borough Council and Devon and Cornwall Police
For the provision of public space CCTV images and recorded footage

1. Purpose
This agreement sets out how recorded CCTV images held by the council's control room are disclosed to the police
for the prevention and detection of crime.

2. Parties
The parties to this agreement are Anytown Borough Council (the data controller for the CCTV system) and
Devon & Cornwall Police.

3. Review
This agreement will be reviewed annually.

Signed for and on behalf of Anytown Borough Council
Name: John Williams
Position: Chief Executive
Date: 12 April 2022

Signed for and on behalf of Devon and Cornwall Police
Name: Sarah Green
Position: Superintendent
Date: 19 April 2022
"""

UNSIGNED_SLA = """Service Level Agreement for Public Space CCTV
Between Anytown Borough Council and Devon & Cornwall Police

1. The council will provide recorded footage to the police on request within 48 hours.

Signed on behalf of Anytown Borough Council ..................................
Name: [insert name]   Date: ..../..../20__

Signed on behalf of Devon & Cornwall Police ..................................
Name: [insert name]   Date: ..../..../20__
"""

DRAFT_MOU = """DRAFT v0.3 - for consultation
Memorandum of Understanding
Anytown Borough Council and Devon and Cornwall Police
Use of the CCTV control room by police officers

Signed for and on behalf of Anytown Borough Council
Name: John Williams Date: 3 March 2021
"""

WASTE_SLA = """Service Level Agreement
Waste and recycling collection services
Between Anytown Borough Council and Anytown Waste Services Ltd

Vehicles are fitted with CCTV cameras. Signed on behalf of the council: John Williams, Director, 1 April 2020.
"""

CODE_WITH_CERTIFICATE = """Anytown Borough Council
CCTV Code of Practice
1. Introduction
The council operates a public space CCTV system of 64 cameras, monitored 24 hours a day from its control room.
2. Retention
Images are retained for 31 days.
Certificate of Agreement
The content of this Code of Practice is hereby approved in respect of the Anytown public space CCTV scheme and
will be complied with by all who are involved in the management and operation of the scheme.
Signed for and on behalf of Anytown Borough Council
Name: John Williams Position: Chief Executive Date: 1 June 2020
Signed for and on behalf of Devon and Cornwall Police
Name: Mark Brown Position: Chief Superintendent Date: 8 June 2020
"""


def doc_analysis(text: str, name: str, ctx: AuthorityContext):
    return analyse(extract(text.encode(), DOCS + name, "text/plain"), ctx)


def test_signed_agreement_document(ctx):
    pa = doc_analysis(SIGNED_ISA, "cctv-information-sharing-agreement.txt", ctx)
    assert pa.signals["sla"]
    (sla,) = pa.sla
    assert sla["kind"] == "document" and sla["signed"] is True and sla["draft"] is False
    assert sla["force"] == "Devon and Cornwall Police"
    assert sla["date"] == "2022-04-12"
    assert sla["title"] == "INFORMATION SHARING AGREEMENT"
    verdict = assess([pa], "ok")["5.5"]
    assert verdict["status"] == "met"
    assert verdict["documents"][0]["url"] == DOCS + "cctv-information-sharing-agreement.txt"
    assert any("Signed for and on behalf" in e["quote"] for e in verdict["evidence"])


def test_unsigned_template_is_partial(ctx):
    pa = doc_analysis(UNSIGNED_SLA, "cctv-sla.txt", ctx)
    (sla,) = pa.sla
    assert sla["signed"] is False and sla["force"] == "Devon and Cornwall Police"
    assert assess([pa], "ok")["5.5"]["status"] == "partial"


def test_draft_is_partial_even_with_a_signature(ctx):
    pa = doc_analysis(DRAFT_MOU, "mou-draft.txt", ctx)
    (sla,) = pa.sla
    assert sla["draft"] is True and sla["signed"] is False
    assert sla["title"] == "Memorandum of Understanding"
    assert assess([pa], "ok")["5.5"]["status"] == "partial"


def test_non_police_sla_is_not_an_agreement(ctx):
    pa = doc_analysis(WASTE_SLA, "waste-sla.txt", ctx)
    assert pa.sla == [] and not pa.signals["sla"]


def test_certificate_of_agreement_inside_a_code_of_practice(ctx):
    pa = doc_analysis(CODE_WITH_CERTIFICATE, "cctv-code-of-practice.txt", ctx)
    assert pa.signals["cctv_info"] and pa.signals["sla"]
    (sla,) = pa.sla
    assert sla["title"] == "Certificate of Agreement" and sla["signed"] is True
    assert sla["force"] == "Devon and Cornwall Police"
    assert pa.criteria["police_agreement"]


@pytest.mark.parametrize(
    "sentence,force",
    [
        (
            "Footage is covered by the information sharing agreement between the Council and Devon and Cornwall Police.",
            "Devon and Cornwall Police",
        ),
        (
            "Images are released to Devon & Cornwall Police under a service level agreement.",
            "Devon and Cornwall Police",
        ),
        ("We have a Memorandum of Understanding with the police which governs access to the control room.", None),
    ],
)
def test_mentions_are_partial(analyse_html, sentence, force):
    pa = analyse_html("CCTV", f"<p>The council operates public space CCTV cameras.</p><p>{sentence}</p>")
    # the page is evidence for 5.5, but only weak: an agreement spoken of, no document
    assert pa.signals["sla"] and not any(f.type == "sla" for f in pa.findings)
    mention = next(f for f in pa.findings if f.type == "sla_mention")
    assert mention.data["force"] == force and mention.quote in sentence
    assert mention.data["strength"] == "weak" and mention.data["why"]
    assert assess([pa], "ok")["5.5"]["status"] == "partial"


def test_it_service_level_agreement_is_not_a_mention(analyse_html):
    pa = analyse_html(
        "CCTV",
        "<p>The council operates public space CCTV cameras.</p>"
        "<p>Camera maintenance is provided under a service level agreement with our IT supplier.</p>",
    )
    assert not any(f.type == "sla_mention" for f in pa.findings)


def test_welsh_mention_names_the_force():
    ctx = AuthorityContext("Cyngor Sir Anytown", "https://www.anytown.gov.wales/", "South Wales", "Wales")
    body = (
        "<html lang='cy'><body><main><h1>Teledu cylch cyfyng</h1><p>Mae'r Cyngor yn gweithredu system teledu "
        "cylch cyfyng. Mae Cytundeb Rhannu Gwybodaeth rhwng y Cyngor a Heddlu De Cymru yn rheoli sut y rhennir "
        "delweddau.</p></main></body></html>"
    ).encode()
    pa = analyse(extract(body, "https://www.anytown.gov.wales/cy/tcc", "text/html"), ctx)
    mention = next(f for f in pa.findings if f.type == "sla_mention")
    assert mention.data["force"] == "South Wales Police"


@pytest.mark.parametrize(
    "ons,text,official",
    [
        ("Devon & Cornwall", "signed by Devon and Cornwall Police", "Devon and Cornwall Police"),
        ("Devon & Cornwall", "DEVON & CORNWALL POLICE", "Devon and Cornwall Police"),
        ("Metropolitan Police", "agreed with the Metropolitan Police Service", "Metropolitan Police Service"),
        (
            "London, City of",
            "between the City of London Corporation and the City of London Police",
            "City of London Police",
        ),
        ("Avon and Somerset", "Avon and Somerset Constabulary", "Avon and Somerset Constabulary"),
        ("Dyfed-Powys", "Dyfed Powys Police", "Dyfed-Powys Police"),
        ("Hampshire", "Hampshire Constabulary", "Hampshire and Isle of Wight Constabulary"),
        ("South Wales", "Heddlu De Cymru", "South Wales Police"),
    ],
)
def test_force_spellings(ons, text, official):
    assert force_pattern(ons).search(text)
    assert find_forces(text, ons)[0] == official
    assert canonical_force(ons) == official


def test_area_name_alone_is_not_a_force():
    assert not force_pattern("Cleveland").search("Redcar and Cleveland Borough Council")
    assert find_forces("Redcar and Cleveland Borough Council", "Cleveland") == []
    assert find_forces("the council and Kent Police", "Cleveland") == ["Kent Police"]


def test_version_history_of_a_signed_agreement_is_not_a_draft(ctx):
    text = SIGNED_ISA.replace(
        "1. Purpose", "Version control: v0.1 draft (Jan 2022); v1.0 agreed (Apr 2022)\n1. Purpose"
    )
    (sla,) = doc_analysis(text, "isa.txt", ctx).sla
    assert sla["signed"] is True and sla["draft"] is False


def test_any_named_force_is_recognised():
    assert find_forces("between the council and Ruritania Constabulary", None) == ["Ruritania Constabulary"]
    assert find_forces("please contact the police on 101", None) == []


# Third wording pass (docs/wording.md section 11): the party named BEFORE the agreement. Passages
# written for the project.
@pytest.mark.parametrize(
    "sentence,is_police_agreement",
    [
        (
            "The district council watches the cameras of Northby Parish Council under a service level agreement, "
            "and gives recordings to Westshire Police on request.",
            False,
        ),
        (
            "Cameras belonging to Southby Town Council are monitored from our control room through a data sharing "
            "agreement; officers may view them when a crime is reported.",
            False,
        ),
        # the council named first and the force inside the agreement's own clause: still the police's agreement
        (
            "Westmoor Borough Council has a service level agreement with Westshire Police for the release of CCTV "
            "footage.",
            True,
        ),
        (
            "Anytown Borough Council and Westshire Police share CCTV recordings under an information sharing "
            "agreement.",
            True,
        ),
    ],
)
def test_a_council_named_before_the_agreement_is_its_other_party(analyse_html, sentence, is_police_agreement):
    pa = analyse_html("CCTV", f"<p>The council runs 40 public space CCTV cameras.</p><p>{sentence}</p>")
    assert pa.signals["sla"] is is_police_agreement, sentence
