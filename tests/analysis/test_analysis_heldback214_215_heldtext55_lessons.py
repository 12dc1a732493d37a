"""Patterns webs 214-215 and real-text round 55 showed (held back at session 37's freeze, freeze37 = 5be0931, and opened
at the start of session 38). The passages are written for this test (an invented council, Anytown, and invented bodies and
places), not taken from the sets.

- Agreements: a partnership code's appendix offering a "template" agreement whose parties are already the council and its
  force, signature lines dotted (web 214's Welwyn Hatfield): the council's own agreement, unsigned; a code of practice whose
  opening section "Foreword and agreement" is signed by the chief constable (round 55); an FOI response in which the council
  "confirms that it has" an agreement with the force (round 55).
- Certification: a certificate served as a document, "This certifies that the … system of [the council] complies with the
  Surveillance Camera Code of Practice" (web 215's Cheshire West and Chester).
- Where to look: "Audit and governance" and its internal audit reports, one on the camera partnership with the signed
  agreement as an appendix (web 214's South Holland); the council's performance page, annual report and Welsh statutory
  self-assessment, where a certificate kept may be reported (web 214's Bridgend).
- SPOC: Welsh "mae'r Cyngor wedi penodi [post] yn Bwynt Cyswllt Unigol" names the post (round 55).
- Not the council's: a local paper's "…, councillors have been told"; a sector body's blog "Posted by the chair of a
  national association"; a police and crime commissioner confirming "the force-run CCTV system" live; a parliament's
  commission as data controller. The council's own: number plate cameras at its recycling centres (round 55).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis
from analysis.sections import section_families

DOTS = "................................"


def test_a_template_with_the_council_and_its_force_as_parties_is_its_unsigned_agreement(
    analyse_text: Callable[..., PageAnalysis],
) -> None:
    code = (
        "Anyshire Towns CCTV Partnership - Code of Practice\n"
        "1. Scope\nThis code covers the public space cameras of the partner councils watched from the shared room.\n"
        "6. Recordings\nRecordings are kept for 28 days and then overwritten.\n"
        "Appendix D. Data Sharing Agreement - template Data Sharing Agreement between Anytown Borough Council and Devon"
        " and Cornwall Police for the disclosure of recorded images.\n"
        f"Signed for the Council: {DOTS} Date: ..../..../20__ Signed for Devon and Cornwall Police: {DOTS} Date: ..../..../20__\n"
    )
    got = analyse_text(code, path="/media/partnership-code-of-practice.pdf")
    docs = [d for d in got.sla or [] if d.get("kind") == "document"]
    assert docs and docs[0]["draft"] and not docs[0]["signed"], got.sla
    # the same appendix for a neighbour's agreement, or a model with its parties left blank, is nobody's here
    for parties in ("Westby District Council and Devon and Cornwall Police", "[name of council] and [name of force]"):
        other = analyse_text(
            code.replace("Anytown Borough Council and Devon and Cornwall Police", parties),
            path="/media/partnership-code-of-practice.pdf",
        )
        assert not [d for d in other.sla or [] if d.get("kind") == "document"], parties


def test_a_code_opened_by_its_agreement_signed_for_the_force(inspect_text: Callable[..., PageAnalysis]) -> None:
    code = (
        "Town Centre CCTV Code of Practice\n\nForeword and agreement\n\nThis code governs the public space cameras Anytown"
        " Borough Council owns in Anytown and Northby. It has been agreed between the Council and Anyshire Police, whose"
        " officers use the recordings to investigate crime.\n\nBy signing below both organisations adopt the code.\n\n"
        "Signed: Chief Executive, Anytown Borough Council – 2 June 2025\nSigned: Chief Constable, Anyshire Police – 20 June"
        " 2025\n\n1. Purpose\n1.1 The 48 cameras are used to reduce crime and disorder.\n1.2 Recordings are kept for 31 days."
    )
    got = inspect_text(code)
    assert got.signals["sla"]
    assert [d for d in got.sla or [] if d.get("signed")], got.sla
    unsigned = code.replace("Foreword and agreement", "Foreword").replace(
        "It has been agreed between", "It was written by"
    )
    unsigned = unsigned.replace("By signing below both organisations adopt the code.", "")
    unsigned = unsigned.split("Signed:")[0] + "1. Purpose\n1.1 The 48 cameras are used to reduce crime."
    assert not [d for d in inspect_text(unsigned).sla or [] if d.get("signed")]


def test_an_foi_response_confirming_the_agreement(inspect_text: Callable[..., PageAnalysis]) -> None:
    request = (
        "Freedom of Information request – FOI/2025/0412\nCCTV and the police\n\nRequest\nPlease confirm whether the council"
        " has a data sharing agreement with Anyshire Police for its CCTV, and if so send a copy.\n\n"
    )
    answered = request + (
        "Response\nAnytown Borough Council confirms that it has a data sharing agreement with Anyshire Police for its town"
        " centre CCTV cameras. It was signed in May 2024 and is reviewed every two years. A copy is attached."
    )
    assert inspect_text(answered).signals["sla"]
    refused = request + "Response\nThe council does not hold this information."
    assert not inspect_text(refused).signals["sla"]


def test_a_certificate_served_as_a_document(inspect_text: Callable[..., PageAnalysis]) -> None:
    cert = (
        "Certificate of compliance\nThis certifies that the public space surveillance camera system of Anytown Borough"
        " Council complies with the Surveillance Camera Code of Practice.\nFull certification following an audit on site.\n"
        "Date of award: 3 March 2023."
    )
    assert inspect_text(cert).signals["certification"]
    for other in (
        "Certificate\nThis is to certify that the Anytown monitoring centre complies with BS 7958 for the management and"
        " operation of CCTV.\nIssued 3 March 2023.",
        "Certificate of lawful development\nAnytown Borough Council hereby certifies that on 3 March 2025 the fitting of"
        " two CCTV cameras to the side of the dwelling would have been lawful.",
    ):
        assert not inspect_text(other).signals["certification"], other[:30]


def test_audit_reports_and_a_councils_year_reported_are_sections_to_read() -> None:
    site = "http://www.anytown.gov.uk"
    assert "transparency" in section_families(f"{site}/your-council/audit-and-governance", "Audit and governance")
    assert "transparency" in section_families(f"{site}/audit/internal-audit-reports", "Internal audit reports")
    for url, anchor in (
        (f"{site}/my-council/performance", "How we are performing"),
        (f"{site}/about/annual-report", "Annual reports"),
        (f"{site}/my-council/self-assessment", "Corporate self-assessment report"),
    ):
        assert "service_plan" in section_families(url, anchor), anchor
    assert "transparency" not in section_families(f"{site}/audit-jobs", "Audit jobs")
    assert "service_plan" not in section_families(f"{site}/schools/performance-tables", "School performance tables")


def test_welsh_appointment_names_the_post(inspect_text: Callable[..., PageAnalysis]) -> None:
    text = (
        "Camerâu gwyliadwriaeth y Cyngor\n\nMae Cyngor Sir Unman yn defnyddio teledu cylch cyfyng yng nghanol trefi a"
        " chamerâu mewn swyddfeydd.\n\nMae'r Cyngor wedi penodi Rheolwr Diogelwch Cymunedol yn Bwynt Cyswllt Unigol ar"
        " gyfer holl gamerâu gwyliadwriaeth y Cyngor.\n\nE-bost: diogelwch@example.gov.uk"
    )
    got = inspect_text(text)
    assert got.signals["spoc"]
    assert got.spoc is not None and got.spoc.get("role") == "Rheolwr Diogelwch Cymunedol"


def test_other_voices_and_other_bodies_cameras(inspect_text: Callable[..., PageAnalysis]) -> None:
    paper = (
        "Police and council no nearer a cameras deal\n\nTalks on a written agreement over how Anyshire Police uses Anytown"
        " Borough Council's CCTV cameras have stalled, councillors have been told.\n\nThe two sides have swapped drafts but"
        " there is no signed agreement yet, a report said."
    )
    assert not inspect_text(paper).signals["sla"]
    blog = (
        "Blog: signing the agreement that matters\n\nPosted by the chair of a national network of town centre camera"
        " managers\n\nMost control rooms hand recordings to the police every day, yet many still have no signed"
        " agreement with their force. Use the framework, meet your force's CCTV lead and get both signatures."
    )
    got = inspect_text(blog)
    assert not got.signals["sla"] and not got.signals["cctv_info"]
    pcc = (
        "Commissioner's news\nForce cameras switched on in nine towns\n\nThe Police and Crime Commissioner for Anyshire has"
        " confirmed that the force-run CCTV system is now watching nine market towns. The 60 cameras are owned by Anyshire"
        " Police and watched from police headquarters."
    )
    assert not inspect_text(pcc).signals["cctv_info"]
    commission = (
        "Assembly estate CCTV privacy notice\n\nCCTV cameras record images inside and outside the assembly buildings and"
        " their car park.\n\nThe Commission is the data controller. Images are kept for 30 days and may be shared with"
        " Anyshire Police."
    )
    assert not inspect_text(commission).signals["cctv_info"]


def test_number_plate_cameras_at_the_councils_recycling_centres(
    inspect_text: Callable[..., PageAnalysis], ctx: AuthorityContext
) -> None:
    tips = (
        "Automatic number plate recognition at the tips\n\nAnyshire County Council uses automatic number plate recognition"
        " (ANPR) cameras at the entrances to its nine recycling centres for household waste.\n\nWhy we use them\n• to"
        " check van permits\n\nReads are deleted after 12 months."
    )
    assert inspect_text(tips).signals["cctv_info"]
    schools = (
        "School streets\n\nNumber plate recognition cameras enforce the timed closures outside four primary schools. Drivers"
        " who enter without a permit are sent a penalty charge notice."
    )
    assert not inspect_text(schools).signals["cctv_info"]
