"""Reading lessons of held-back webs 410-415 and real-text rounds 117 and 120, opened at session 59 after their frozen runs
(webs and round 120 written blind at this session in snapshots of 78a7a85 and measured at freeze62 and freeze63 = f8fdd3f;
round 117, written at session 57, held back until freeze63). Every page and passage is written for this test (invented
councils, towns, people and figures); web pages are read with their council as the context, passages as `inspect` reads a
text file.

Webs:
- a partner's room named by who runs it ("The Shared Resource Service control room, run by [a neighbour], holds full
  certification", web 410's Monmouthshire) or by "its" after a combined authority's name (web 410's East Staffordshire) holds
  its own certificate, not the council's;
- a letter of agreement signed in its own words, "Agreed for [the council]: …" and "Countersigned for [the force]: …" (web
  413's Horsham);
- a residents' survey's rows of answer shares are respondents' views (web 411's South Oxfordshire and South Staffordshire);
- "the council offices' CCTV now also covers [a] car park" in a policy's version history is the council's own (web 414's
  Spelthorne).

Rounds 117 and 120:
- a budget's growth item "To fund third-party certification of the Council's public space CCTV system", approved; a Welsh
  annual review's "wedi'i hardystio'n llawn (cam 2)";
- no certificate where the council "had not applied" or "Nid yw Cyngor [X] erioed wedi gwneud cais";
- no agreement yet: a Welsh draft to be sent "i'w gytuno a'i lofnodi"; "No written agreement exists … will seek to agree";
  an officer's delegated power "To negotiate and enter into … agreements with the police";
- no SPOC where the post "which was to act as" the single point of contact "has been vacant"; a communications data
  procedure's "Senior Responsible Officer for these powers";
- not the council's: a commissioner's fund that "has set aside £…" with grant agreements "with the Commissioner's office"; an
  inspectorate's bulletin "To: all companies approved for …".
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from read_excerpt import read, read_page

CTX = AuthorityContext("Westby Borough Council", "http://www.westby.gov.uk/", "Westmarch", "England")


def test_a_room_run_by_a_neighbour_holds_its_own_certificate() -> None:
    pa = read_page(
        "/community-safety/cctv/",
        "CCTV",
        "<p>The council runs public space CCTV in its four towns to prevent and detect crime.</p><p>The cameras are watched"
        " from the shared control room at Carrow. The Shared Monitoring Service control room, run by Carrow, holds full"
        " certification against the Surveillance Camera Code of Practice.</p><p>Recordings are kept for 30 days.</p>",
        CTX,
    )
    assert not pa.signals["certification"], pa.findings


def test_a_combined_authoritys_room_by_its() -> None:
    pa = read_page(
        "/CCTV",
        "CCTV",
        "<p>Westby Borough Council has operated CCTV since 1996; there are 48 cameras in Westby and Eastby.</p><p>The"
        " cameras are watched from the Midland Combined Authority's control room under a shared service arrangement. The"
        " combined authority's operators are licensed by the Security Industry Authority, and its control room holds"
        " certification under the Surveillance Camera Commissioner's scheme.</p>",
        CTX,
    )
    assert not pa.signals["certification"], pa.findings


def test_the_councils_own_room_still_holds_its_certificate() -> None:
    # (guard: the council's own room, run by the council, keeps its claim)
    pa = read_page(
        "/community-safety/cctv/",
        "CCTV",
        "<p>Westby Borough Council runs 48 public space cameras, watched from our own control room at the Town Hall.</p>"
        "<p>Our control room holds full certification against the Surveillance Camera Code of Practice.</p>",
        CTX,
    )
    assert pa.signals["certification"], pa.findings


def test_a_letter_of_agreement_agreed_and_countersigned() -> None:
    text = (
        "Town centre CCTV - letter of agreement\n\nFrom: Director of Communities, Westby Borough Council\nTo: Chief"
        " Inspector, Westby District, Westmarch Police\n\nThis letter records what we have agreed: police staff will watch"
        " the council's cameras from the police control room; the council will maintain the cameras; footage will be"
        " released only under the code of practice.\n\nAgreed for Westby Borough Council: R. Lane, Director of"
        " Communities, 2 May 2024\nCountersigned for Westmarch Police: Chief Inspector T. Shaw, District Commander, 9 May"
        " 2024"
    )
    from analysis.page import analyse
    from analysis.text import extract

    pa = analyse(
        extract(text.encode(), "http://www.westby.gov.uk/media/cctv-letter-of-agreement.pdf", "text/plain"), CTX
    )
    docs = [f for f in pa.findings if f.type == "sla"]
    assert docs and docs[0].data["signed"] is True, pa.findings


def test_survey_rows_are_respondents_views() -> None:
    pa = read_page(
        "/have-your-say/community-safety-survey-2025",
        "Community safety survey 2025: results",
        "<p>1,140 residents answered.</p><table><tr><th>Statement</th><th>Agree</th><th>Disagree</th></tr>"
        "<tr><td>Town centre cameras make me feel safer</td><td>74%</td><td>9%</td></tr>"
        "<tr><td>I feel safe in my village after dark</td><td>68%</td><td>17%</td></tr></table>",
        CTX,
    )
    assert not pa.signals["cctv_info"], pa.findings


def test_the_council_offices_cctv_in_a_version_history() -> None:
    pa = read_page(
        "/council/information-governance/data-protection-policy",
        "Data protection policy",
        "<p>How the council handles personal data.</p><h2>Version history</h2><table><tr><th>Version</th><th>Date</th>"
        "<th>Change</th></tr><tr><td>4.1</td><td>May 2025</td><td>Section 9 updated: the council offices' CCTV now also"
        " covers Station Road car park</td></tr><tr><td>4.0</td><td>April 2024</td><td>New DPO</td></tr></table>",
        CTX,
    )
    assert pa.signals["cctv_info"], pa.findings


def test_a_budget_growth_item_to_fund_certification() -> None:
    pa = read(
        "Cabinet - 6 February 2024\n\nRevenue Budget 2024/25: growth items (Appendix C)\n\nGrowth item G4 - CCTV"
        " compliance (£5,800 one-off)\nTo fund third-party certification of the Council's public space CCTV system against"
        " the Surveillance Camera Code of Practice, including the audit fee.\n\nRESOLVED that the growth items be approved."
    )
    assert pa.signals["certification"], pa.findings


def test_a_welsh_review_of_a_full_certificate_held() -> None:
    pa = read(
        "Adolygiad Blynyddol Teledu Cylch Cyfyng 2024-25\n\nSafonau\n\nRoedd system teledu cylch cyfyng mannau cyhoeddus"
        " Cyngor Sir Dyfnant wedi'i hardystio'n llawn (cam 2) yn erbyn y Cod Ymarfer Camerâu Gwyliadwriaeth ers mis Mai"
        " 2021.\n\nNifer y camerâu: 52"
    )
    assert pa.signals["certification"], pa.findings


def test_a_self_assessment_where_the_council_had_not_applied() -> None:
    pa = read(
        "Audit Committee - 11 July 2023\n\nMinute 9: Surveillance cameras annual review\n\nThe Head of Governance"
        " introduced the first annual review, covering 58 town centre cameras. The Council had completed the"
        " Commissioner's self-assessment tool and published it.\n\nOfficers explained that the Council had not applied for"
        " third-party certification; the self-assessment would be repeated each year instead."
    )
    assert not pa.signals["certification"], pa.findings
    welsh = read(
        "Cais Rhyddid Gwybodaeth\n\nCwestiwn: A yw system teledu cylch cyfyng y Cyngor wedi'i hardystio?\n\nYmateb: Nac"
        " ydy. Nid yw Cyngor Bro Dyfnant erioed wedi gwneud cais am ardystiad trydydd parti. Yn hytrach, mae'r Cyngor yn"
        " cwblhau'r offeryn hunanasesu bob blwyddyn.\n\nCwestiwn: Faint o gamerâu sydd gan y Cyngor?\n\nYmateb: Mae 90 o"
        " gamerâu mannau cyhoeddus, sy'n cael eu monitro o ystafell reoli'r Cyngor."
    )
    assert not welsh.signals["certification"], welsh.findings


def test_agreements_not_yet_made() -> None:
    welsh_draft = read(
        "Datganiad Llywodraethu Blynyddol - Cynllun Gweithredu\n\nMater: Teledu cylch cyfyng\nMae'r Cyngor yn berchen ar 80"
        " o gamerâu mannau cyhoeddus.\n\nCam gweithredu: mae Cytundeb Rhannu Gwybodaeth drafft wedi'i baratoi a bydd yn"
        " cael ei anfon at Heddlu Dyfed-Powys i'w gytuno a'i lofnodi."
    )
    assert not welsh_draft.signals["sla"], welsh_draft.findings
    audit = read(
        "Internal Audit Report - CCTV\n\nOpinion: Limited\n\n- No written agreement exists between the Council and"
        " Westmarch Police covering police access to the 40 town centre cameras.\n\nAgreed action: the Head of Community"
        " Safety will seek to agree an information sharing agreement with Westmarch Police by March 2025."
    )
    assert not audit.signals["sla"], audit.findings
    delegation = read(
        "Constitution - Delegations to Officers\n\nCommunity safety and CCTV\n\n(a) To manage the Council's public space"
        " CCTV system.\n(b) To negotiate and enter into information sharing agreements and memoranda of understanding with"
        " the police relating to CCTV images.\n(c) To approve the release of recorded images."
    )
    assert not delegation.signals["sla"], delegation.findings


def test_a_signed_agreement_is_still_one() -> None:
    # (guard: the new negations leave a plain statement of a signed agreement alone)
    pa = read(
        "Town centre CCTV\n\nThe council's 40 cameras are watched from its control room. The council and Westmarch Police"
        " signed an information sharing agreement on 3 March 2024, under which recordings are released to the police."
    )
    assert pa.signals["sla"], pa.findings


def test_no_spoc_in_a_vacant_post_or_for_other_powers() -> None:
    vacant = read(
        "Senior Information Risk Owner Annual Report 2024/25\n\n5.4 Surveillance cameras\n\nThe Council operates 120 public"
        " space cameras in three town centres, monitored from its control room.\n\nThe post of Surveillance Camera"
        " Compliance Officer, which was to act as the Council's single point of contact for these systems, has been vacant"
        " since September 2024. In the interim, questions are handled by the control room manager."
    )
    assert not vacant.signals["spoc"], vacant.findings
    powers = read(
        "Acquisition of communications data - procedure\n\nWestby Council can obtain certain communications data when"
        " investigating fraud.\n\nAll applications go through the national network that acts as the council's single point"
        " of contact for communications data.\n\nThe council's Senior Responsible Officer for these powers is the Director"
        " of Governance.\n\nThis procedure does not cover CCTV, which is dealt with under the surveillance camera policy."
    )
    assert not powers.signals["spoc"], powers.findings


def test_a_commissioners_fund_and_an_inspectorates_bulletin() -> None:
    fund = read(
        "Commissioner's CCTV Fund 2026-2029\n\nThe Police, Fire and Crime Commissioner has set aside £300,000 over three"
        " years to help district, town and parish councils upgrade public space CCTV.\n\nWho can apply\nAny council in the"
        " county that owns public space cameras.\n\nConditions\nSuccessful councils will sign a grant agreement with the"
        " Commissioner's office and report each year on how the cameras were used."
    )
    assert not fund.signals["cctv_info"], (fund.decoy, fund.findings)
    bulletin = read(
        "Technical Bulletin: amended BS 7958\n\nDated: 10 February 2026\nTo: all companies approved for the management and"
        " operation of CCTV\n\nThe amended edition of BS 7958 replaces the earlier one for assessment purposes. Companies"
        " already approved have until the end of the year to meet it. Certificates will be reissued once compliance has"
        " been shown."
    )
    assert not bulletin.signals["cctv_info"], (bulletin.decoy, bulletin.findings)


def test_a_welsh_cabinet_authorising_its_officer_to_sign_approves_the_agreement() -> None:
    # (guard: "i'w lofnodi ar ran y Cyngor" after an approval is the agreement made, as rounds 24-29 label it)
    pa = read(
        "Penderfyniad y Cabinet: Cytundeb rhannu gwybodaeth teledu cylch cyfyng\n\nYstyriodd y Cabinet adroddiad ar y"
        " cytundeb rhannu gwybodaeth newydd rhwng y Cyngor a Heddlu Gwent ar gyfer camerâu'r Cyngor.\n\nPENDERFYNWYD"
        " cymeradwyo'r cytundeb rhannu gwybodaeth â Heddlu Gwent ac awdurdodi'r Pennaeth Diogelu'r Cyhoedd i'w lofnodi ar"
        " ran y Cyngor."
    )
    assert pa.signals["sla"], pa.findings
