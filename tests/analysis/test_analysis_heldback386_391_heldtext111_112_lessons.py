"""Reading lessons of held-back webs 386-391 and real-text rounds 111-112 (webs and round 112 written blind at session 55 by
helpers in snapshots of ac6bd1d, round 111 at session 54; all measured once at freeze58 = 49d6080, then opened; round 113 stays
held back). The pages and passages are written for this test (invented councils, towns, bodies and people); web pages are read
with their council as the context, documents as the audit reads a fetched text, passages as ``cctv-audit inspect`` reads a text
file.

Webs:
- Town centre cameras "run by [the force] and watched from [its] police station" on a council with none of its own (web 387's
  Reading).
- A grant's end-of-project report on the funder's form, its answers the council's (web 389's West Lindsey); a funder's
  statement of spending the council publishes as "our statement" (web 389's Gravesham).
- A certification claim credited by a "Source:" line to another council's hub (web 389's Pendle).
- "The [county] Sharing of Information Protocol, to which the council and [the force] are signatories" (web 389's Warwick); a
  funder's condition that "the recipient must have in place" an agreement (web 389's Fareham).
- A consultation titled "… consultation (closed)" (web 390's Rochford).
- A unit's initials as a contact label, "CCSU: [number]" (web 390's Bridgend); "Can I see footage of myself?" over a security
  control room's mailbox (web 386's Knowsley).
- "A council camera watches the slipway barrier and records around the clock" (web 391's Adur).
- A decisions register's "Agreement with [a town] Town Council to support the CCTV scheme" (web 386's Vale of White Horse).

Rounds:
- FOI answers: numbered "using your numbering", a Welsh answer under "Ymateb i gais Rhyddid Gwybodaeth", a table flattened as
  "Response [X] Council holds …", bullets with their figures run in, a question cell before its answer (rounds 111-112).
- "has not sought third-party certification", "before an application was made" (round 111).
- A BID paying for extra cameras the council owns and watches (round 111); two councils' own agreement (round 111); cameras
  "owned and monitored by" the force (round 111).
- Text layers: every letter of a heading doubled; digits for letters in a plain text file (round 112).
- A force's release of its agreement with a council, in English and in Welsh; a commissioner's Welsh statement that the police
  own the cameras; "ei hardystiad llawn" (rounds 111-112); a council's own members' bulletin stays its own (web 183).
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.links import Link, assess_link, decoy_link
from analysis.page import PageAnalysis, analyse
from analysis.text import extract
from read_excerpt import read, read_page

CTX = AuthorityContext("Westby District Council", "http://www.westby.gov.uk/", "Westmarch", "England")
WELSH = AuthorityContext("Cyngor Sir Penfro Isaf", "http://www.penfroisaf.gov.uk/", "Dyfed-Powys", "Wales")


def _page(path: str, title: str, body: str, ctx: AuthorityContext = CTX) -> PageAnalysis:
    return read_page(path, title, body, ctx)


def _contact(pa: PageAnalysis) -> dict | None:
    """The CCTV contact point the page gives (5.3's partial evidence), as its finding records it."""
    return next((f.data for f in pa.findings if f.type == "cctv_contact"), None)


def _document(path: str, text: str, ctx: AuthorityContext = CTX) -> PageAnalysis:
    """A fetched document's text, read with its council as the context."""
    return analyse(extract(text.encode("utf-8"), f"{ctx.website.rstrip('/')}{path}", "text/plain"), ctx)


# ---- webs ------------------------------------------------------------------------------------------------------------------


def test_town_cameras_run_by_the_force_are_not_the_councils() -> None:
    pa = _page(
        "/community-safety/town-centre",
        "Town centre safety",
        "<p>The public space cameras in the town centre are run by Westmarch Police and watched from Westby police station."
        " Questions about them go to the police on 101.</p><p>The shopping arcade has its own security staff.</p>",
    )
    assert not pa.signals["cctv_info"], pa.findings


def test_cameras_run_by_the_force_on_the_councils_behalf_stay_the_councils() -> None:
    pa = _page(
        "/community-safety/cctv",
        "CCTV",
        "<p>The council's 40 public space cameras in Westby are run by Westmarch Police on the council's behalf, from the"
        " control room at Westby police station.</p><p>Recordings are kept for 31 days.</p>",
    )
    assert pa.signals["cctv_info"]


def test_a_grant_report_on_the_funders_form_is_the_councils_answers_not_an_foi_reply() -> None:
    pa = _document(
        "/files/2024/safer-streets-end-of-project-report.pdf",
        "Safer Streets end of project report - Westby District Council\n"
        "Questions are set by the Home Office; answers are the recipient's.\n"
        "Q4. What did the grant buy?\n"
        "Answer: Nine cameras in Westby market square and a new recorder in the control room.\n"
        "Q5. Is the CCTV system certified against the Surveillance Camera Code of Practice?\n"
        "Answer: Yes. Our CCTV control room has held full certification (step 2) since 2020.\n"
        "Q6. Is footage shared with the police under a formal agreement?\n"
        "Answer: Yes. Our information sharing agreement with Westmarch Police covers every public space camera.\n",
    )
    assert pa.decoy is None, pa.decoy
    assert pa.certification is not None and pa.certification["level"] == "step2", pa.certification
    assert pa.signals["sla"]


def test_a_numbered_foi_answer_sheet_is_still_an_foi_reply() -> None:
    pa = _document(
        "/foi/disclosure-log/cctv-2024",
        "FOI request 20931: CCTV\n"
        "Q1. How many cameras does the council run?\n"
        "Answer: 40 cameras in Westby and Kelby.\n"
        "Q2. Is the system certified?\n"
        "Answer: Yes, step 2 since 2020.\n",
    )
    assert pa.decoy is not None and "FOI" in pa.decoy


def test_the_councils_own_statement_of_a_grant_is_not_somebody_elses_account() -> None:
    pa = _page(
        "/community-safety/safer-streets-statement",
        "Safer Streets: how the grant was spent",
        "<p>The Home Office asks every council that received money from the fund to publish how it was spent. This is our"
        " statement.</p><p>Council match funding: £40,000 from the community safety budget.</p>"
        "<p>Cameras: five new cameras in Westby bus station.</p>",
    )
    assert pa.decoy is None, pa.decoy


def test_a_certification_claim_credited_to_another_councils_hub_by_its_source_line() -> None:
    pa = _page(
        "/data-protection/who-pays-for-town-cctv",
        "Who pays for town centre CCTV",
        "<p>The town councils pay for the upkeep and monitoring of the cameras in their towns.</p>"
        "<p>The hub holds full certification (step 2) against the Surveillance Camera Code of Practice.</p>"
        "<p>Source: Eastmoor CCTV hub, Eastmoor Borough Council</p>",
    )
    assert not pa.signals["certification"], pa.certification


def test_the_councils_own_claim_over_a_source_line_naming_itself_stays_its_own() -> None:
    pa = _page(
        "/community-safety/cctv",
        "CCTV",
        "<p>Our control room holds full certification (step 2) against the Surveillance Camera Code of Practice.</p>"
        "<p>Source: CCTV annual report, Westby District Council</p>",
    )
    assert pa.signals["certification"], pa.findings


def test_a_sharing_of_information_protocol_signed_by_the_council_and_the_force() -> None:
    pa = _page(
        "/forms/request-cctv-footage",
        "Request CCTV footage",
        "<p>Use this form to ask for CCTV footage.</p><p>We share personal information with partner agencies only in line with"
        " the Westmarch Sharing of Information Protocol, to which the council and Westmarch Police are signatories.</p>",
    )
    assert pa.signals["sla"] and "Westmarch" in (pa.sla[0]["force"] or ""), pa.sla


def test_a_funders_condition_that_the_recipient_have_an_agreement_is_no_agreement() -> None:
    pa = _page(
        "/safety/cctv/mobile-cameras",
        "Mobile cameras",
        "<p>Three mobile cameras cost £30,000, half of it a grant from the Police and Crime Commissioner.</p>"
        "<p>Before funded cameras go live, the recipient must have in place an information sharing agreement with Westmarch"
        " Police, and must tell the Commissioner's office when it has done so.</p>",
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["sla"], pa.sla


def test_a_consultation_marked_closed_in_brackets_is_a_past_proposal() -> None:
    pa = _page(
        "/consultations/town-cctv-2021",
        "Cameras in the town consultation (closed)",
        "<p>This consultation has closed. We asked whether you would like public space CCTV and where it should go.</p>",
    )
    assert pa.decoy is not None and "consultation" in pa.decoy, pa.decoy
    assert not pa.signals["cctv_info"]


def test_a_units_initials_as_the_label_of_its_line() -> None:
    pa = _page(
        "/my-council/customer-services/cctv",
        "CCTV and out of hours service",
        "<p>The Community Support Unit (CSU) monitors our CCTV cameras and answers out-of-hours calls every day of the year.</p>"
        "<p>We operate 60 cameras in Westby and Kelby.</p><p>CSU: 01632 960 188, 24 hours.</p>",
    )
    contact = _contact(pa)
    assert contact is not None and contact["phone"] == "01632 960 188", pa.findings


def test_initials_of_no_unit_named_on_the_page_are_no_contact_label() -> None:
    pa = _page(
        "/my-council/customer-services/cctv",
        "CCTV",
        "<p>The council's control room monitors our CCTV cameras.</p><p>We operate 60 cameras in Westby and Kelby.</p>"
        "<p>VAT: 01632 960 188</p>",
    )
    assert _contact(pa) is None, pa.findings


def test_footage_of_myself_over_a_security_control_rooms_mailbox() -> None:
    pa = _page(
        "/privacy-notices/security-control-room",
        "Security control room privacy notice",
        "<h2>Who owns my data?</h2><p>Westby District Council is the data controller. The council's security team runs the"
        " control room.</p><h2>What do you collect?</h2><p>Images from 300 public space cameras, watched day and night.</p>"
        "<h2>Can I see footage of myself?</h2><p>Yes. Give the date, time and place. Requests for footage:"
        " security.control@westby.example.gov.uk or 01632 960 244.</p>",
    )
    contact = _contact(pa)
    assert contact is not None and contact["email"] == "security.control@westby.example.gov.uk", pa.findings


def test_one_council_camera_watching_a_slipway() -> None:
    pa = _page(
        "/parks-and-foreshore/boat-launching",
        "Boat launching",
        "<p>Small boats may be launched from the Westby slipway with an annual permit. Keep the barrier closed.</p>"
        "<p>A council camera watches the slipway barrier and records around the clock.</p>",
    )
    assert pa.signals["cctv_info"] and pa.criteria["cameras"], pa.findings


def test_a_town_councils_camera_watching_a_slipway_is_not_the_councils() -> None:
    pa = _page(
        "/parks-and-foreshore/boat-launching",
        "Boat launching",
        "<p>Small boats may be launched from the Westby slipway with an annual permit.</p>"
        "<p>A town council camera watches the slipway barrier and records around the clock.</p>",
    )
    assert not pa.signals["cctv_info"], pa.findings


def test_the_councils_agreement_with_a_town_council_about_its_cameras_is_followed() -> None:
    link = Link(
        "http://democracy.westby.gov.uk/ieDecisionDetails.aspx?ID=412",
        "Decision - Agreement with Kelby Town Council to support the CCTV scheme",
        "Recent decisions",
    )
    ls = assess_link(link)
    assert not decoy_link(ls), ls
    assert (
        ls.score
        > assess_link(Link("http://democracy.westby.gov.uk/ieDecisionDetails.aspx?ID=413", "Garden waste", "")).score
    )


def test_a_town_councils_own_cctv_policy_link_stays_a_dead_end() -> None:
    assert decoy_link(
        assess_link(
            Link("http://www.westby.gov.uk/kelby-town-council-cctv-policy", "Kelby Town Council CCTV policy", "")
        )
    )


# ---- rounds ----------------------------------------------------------------------------------------------------------------


def test_an_foi_answer_numbered_as_the_request_numbered_it() -> None:
    pa = read(
        "Freedom of Information request - reference 30118\n\n"
        "Thank you for your request about cameras operated by Westby District Council. Using your numbering:\n\n"
        "1. Number of public space CCTV cameras: 58, watched from the council's control room.\n"
        "2. Retention period: 31 days.\n"
        "3. Whether the system is certified: no. The council completes the self-assessment tool but has not sought"
        " third-party certification.\n"
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["certification"], pa.findings


def test_a_welsh_foi_answer_titled_as_a_response_to_a_request() -> None:
    pa = read(
        "Ymateb i gais Rhyddid Gwybodaeth - cyf. RhG/2024/0112\n\n"
        "Cwestiwn 1: Faint o gamerâu teledu cylch cyfyng sydd gan y Cyngor?\n"
        "Mae gan Gyngor Sir Penfro Isaf 24 o gamerâu ar ei swyddfeydd a'i ddepos. Heddlu Dyfed-Powys sy'n berchen ar y camerâu"
        " yng nghanol y trefi.\n"
    )
    assert pa.decoy is not None and "FOI" in pa.decoy, pa.decoy
    assert pa.signals["cctv_info"]


def test_a_flattened_table_answer_naming_the_councils_agreement() -> None:
    pa = read(
        "Request reference: 24-1107\nSubject: Agreements with the police about CCTV\n"
        "Request\nPlease confirm whether the council has a service level agreement with the police for its CCTV.\n"
        "Response\tWestby District Council holds a Service Level Agreement with Westmarch Police for the monitoring of the"
        " town's public space cameras. It was signed in May 2023.\n"
        "Review date\tMay 2026\n"
    )
    assert pa.signals["cctv_info"] and pa.signals["sla"], pa.signals


def test_bullet_items_with_their_figures_run_in() -> None:
    pa = read(
        "FOI 4471 – public space CCTV\nRequest:\n"
        "- Total number of public space CCTV cameras operated by the council\n  186\n"
        "- Is the system cloud-hosted?\n  Withheld under section 31(1)(a).\n"
    )
    assert pa.signals["cctv_info"]


def test_a_bullet_asking_for_a_number_not_given_is_no_answer() -> None:
    pa = read(
        "FOI 4471 – public space CCTV\nRequest:\n"
        "- Total number of public space CCTV cameras operated by the council\n"
        "- Is the system cloud-hosted?\nStatus: awaiting response\n"
    )
    assert not pa.signals["cctv_info"]


def test_a_table_rows_question_cell_is_not_read_with_its_answer() -> None:
    pa = read(
        "FOI Ref: 2024/0201 – CCTV certification\nQuestion | Response\n"
        "1. Does the council hold certification against the Surveillance Camera Code of Practice? | Not at present. The council"
        " submitted its application for Step 2 (full) certification on 4 June 2023, and the audit is booked for September.\n"
        "2. How many public space cameras does the council operate? | 52 fixed cameras in Westby and Kelby.\n"
    )
    assert pa.signals["cctv_info"] and pa.signals["certification"], pa.signals


def test_a_review_saying_the_scheme_closed_before_an_application_was_made() -> None:
    pa = read(
        "CCTV annual review 2024\n\n"
        "This review covers Westby District Council's 30 public space cameras.\n\n"
        "The council completed the self-assessment tool in 2022. We had planned to apply for third-party certification, but"
        " the scheme stopped taking new applicants before an application was made.\n"
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["certification"], pa.findings


def test_a_bid_paying_for_extra_cameras_the_council_owns_and_watches() -> None:
    pa = read(
        "CCTV in Westby town centre\n\n"
        "Westby District Council runs 70 public space cameras, monitored from our control room.\n\n"
        "In 2024 the council signed a funding agreement with Westby BID under which the BID pays for four additional cameras"
        " in the market square. The cameras are owned and monitored by the council in the same way as the rest of the"
        " network.\n"
    )
    assert pa.decoy is None, pa.decoy
    assert pa.signals["cctv_info"]


def test_two_councils_agreement_for_monitoring_is_no_agreement_with_the_police() -> None:
    pa = read(
        "Community Safety Scrutiny Committee\n\nReport: CCTV provision\n\n"
        "1. The district has 40 public space cameras.\n"
        "2. Under a service level agreement between Westby District Council and Eastmoor Borough Council, Eastmoor's staff"
        " monitor the cameras and contact Westmarch Police directly when they see an incident.\n"
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["sla"], pa.sla


def test_an_agreement_between_the_council_and_the_police_with_a_second_council_stays_one() -> None:
    pa = read(
        "CCTV\n\nThe council shares footage under an information sharing agreement between the council and Westmarch Police"
        " and Eastmoor Borough Council.\n"
    )
    assert pa.signals["sla"], pa.signals


def test_cameras_owned_and_monitored_by_the_force_are_no_arrangement_of_the_councils() -> None:
    pa = read(
        "CCTV in the county\n\nTown centre cameras\nThe public space cameras in Westby and Kelby are owned and monitored by"
        " Westmarch Police. Questions about them go to the police.\n\nThe council's own cameras\nWestby County Council operates"
        " cameras at its offices, libraries and recycling centres. They are used to keep staff and visitors safe and to"
        " protect buildings.\n\nRecordings are held for 30 days and then deleted.\n\nOur CCTV privacy notice says more.\n"
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["sla"], pa.signals


def test_a_heading_with_every_letter_doubled_is_read_once() -> None:
    from analysis.ocr_repair import undouble

    text = "CCEERRTTIIFFIICCAATTEE OOFF AAGGRREEEEMMEENNTT\nSigned on behalf of the council"
    fixed, n = undouble(text)
    assert n == 3 and fixed.startswith("CERTIFICATE")
    assert "OF" in fixed.split() and "AGREEMENT" in fixed.split()
    assert len(fixed) == len(text)


def test_one_doubled_word_is_left_as_it_is() -> None:
    from analysis.ocr_repair import undouble

    assert undouble("See the AABB plan") == ("See the AABB plan", 0)


def test_a_code_certificate_of_agreement_with_a_doubled_heading() -> None:
    pa = read(
        "CCEERRTTIIFFIICCAATTEE OOFF AAGGRREEEEMMEENNTT\n"
        "The contents of this Code of Practice are approved by the signatories below, who agree to follow it in managing the"
        " Westby District Council public space CCTV system.\n"
        "Signed on behalf of Westby District Council\nName: R. Kaur\tPosition: Director of Communities\tDate: 3 May 2024\n"
        "Signed on behalf of Westmarch Police\nName: Supt. L. Marsh\tPosition: Area Commander\tDate: 9 May 2024\n"
    )
    assert pa.signals["sla"], pa.signals


def test_digits_for_letters_in_a_text_file_are_read_as_letters() -> None:
    pa = read(
        "Cabinet minutes\n"
        "Reso1ved: that the Information Governance Team be designated as the counci1's sing1e point of contact for a11"
        " surveil1ance camera systems, contactab1e at infogov@westby.example.gov.uk.\n"
        "The Portfo1io Ho1der noted that the 22 pub1ic space cameras are monitored from the counci1's contro1 room.\n"
    )
    assert pa.signals["spoc"], pa.findings


def test_a_forces_release_of_its_agreement_with_a_council() -> None:
    pa = read(
        "Westmarch Police\nNews | 3 April 2025\n"
        "New agreement for Westby CCTV\n"
        "Westmarch Police and Westby District Council have signed an information sharing agreement covering the council's"
        " town centre cameras in Westby and Kelby.\n"
        "The agreement sets out how officers request footage and how images are stored once they reach the force.\n"
        'Inspector Dana Holt said: "Clear rules on both sides get evidence to investigators faster."\n'
        "If you have information about a crime, call 101.\n"
    )
    assert not pa.signals["cctv_info"], pa.findings
    assert pa.signals["sla"], pa.signals


def test_a_forces_welsh_release_of_its_agreement_with_a_county() -> None:
    pa = read(
        "Newyddion\n\nHeddlu Dyfed-Powys a Chyngor Penfro Isaf yn llofnodi cytundeb teledu cylch cyfyng\n\n"
        "Mae Heddlu Dyfed-Powys a Chyngor Sir Penfro Isaf wedi llofnodi Cytundeb Rhannu Gwybodaeth newydd ar gyfer camerâu"
        " teledu cylch cyfyng y Cyngor yn y trefi.\n\n"
        'Dywedodd yr Uwch-arolygydd: "Mae camerâu\'r Cyngor yn rhoi tystiolaeth werthfawr i ni."\n'
    )
    assert not pa.signals["cctv_info"], pa.findings
    assert pa.signals["sla"], pa.signals


def test_a_commissioners_welsh_statement_that_the_police_own_the_cameras() -> None:
    pa = read(
        "Datganiad gan y Comisiynydd Heddlu a Throsedd\n\n"
        "Camerâu teledu cylch cyfyng yn ôl yn ein trefi\n\n"
        "Rwy'n falch bod y gwaith o ailgyflwyno camerâu teledu cylch cyfyng mewn 12 o drefi wedi ei gwblhau.\n\n"
        "Mae'r 90 o gamerâu yn anfon lluniau i'r ystafell fonitro ym mhencadlys yr heddlu. Mae'r heddlu'n berchen arnynt ac yn"
        " eu monitro, ac rwyf wedi buddsoddi £1 miliwn yn y cynllun.\n"
    )
    assert not pa.signals["cctv_info"], pa.findings


def test_a_welsh_news_release_keeping_full_certification_after_ei() -> None:
    pa = read(
        "Newyddion\n\nTystysgrif lawn yn parhau i deledu cylch cyfyng y Cyngor\n\n"
        "Mae system teledu cylch cyfyng Cyngor Sir Penfro Isaf wedi cadw ei hardystiad llawn (cam 2) yn erbyn Cod Ymarfer"
        " Camerâu Gwyliadwriaeth.\n"
    )
    assert pa.signals["certification"], pa.findings


def test_welsh_place_grouping_reads_a_short_and_long_name_as_one_council() -> None:
    from analysis.thirdparty import subject_council

    name = subject_council(
        "Heddlu Dyfed-Powys a Chyngor Penfro yn llofnodi cytundeb. Mae Heddlu Dyfed-Powys a Chyngor Sir Ynys Penfro wedi"
        " llofnodi cytundeb."
    )
    assert name is not None and name.endswith("Ynys Penfro"), name


def test_a_welsh_county_page_stays_its_own_with_its_council_as_context() -> None:
    pa = _page(
        "/cy/teledu-cylch-cyfyng",
        "Teledu cylch cyfyng",
        "<p>Mae gan y Cyngor 30 o gamerâu teledu cylch cyfyng yn y trefi, sy'n cael eu monitro o'n hystafell reoli.</p>",
        WELSH,
    )
    assert pa.signals["cctv_info"]


def test_a_trade_sites_report_with_its_furniture_is_somebody_elses_account() -> None:
    pa = read(
        "Home › News › Local government\n"
        "Westby gains full Code certification\n"
        "3 March 2019 | 3 min read\n"
        "[Advertisement]\n"
        "Westby District Council has been awarded full Surveillance Camera Code of Practice certification for its town centre"
        " system.\n"
        "Related articles: Wireless links for a market town | Body cameras for wardens\n"
    )
    assert pa.decoy is not None, pa.signals
    assert not pa.signals["cctv_info"], pa.findings


def test_a_policy_sites_report_of_the_schemes_closure_with_tags_and_comments() -> None:
    pa = read(
        "Camera certification scheme closed for good\n"
        "2 December 2025\n"
        "The Commissioner has confirmed the closure of the third party certification scheme. Holders have been told to remove"
        " the mark from websites and signs.\n"
        "The Code itself remains in force for local authorities and police forces.\n"
        "[Advertisement]\nTags: CCTV, regulation\nComments (5)\n"
    )
    assert not pa.signals["cctv_info"], pa.findings


def test_a_councils_own_news_with_tags_stays_its_own() -> None:
    pa = _page(
        "/news/new-cameras-in-the-market",
        "New cameras in the market",
        "<p>Photo caption: the CCTV team in the control room (Image: Westby District Council)</p>"
        "<p>Our CCTV team has put up four new cameras in Westby market, linked to the council's control room.</p>"
        "<p>Tags: CCTV, community safety</p>",
    )
    assert pa.decoy is not None and "news" in pa.decoy, pa.decoy
    assert pa.signals["cctv_info"]


def test_the_commissioners_letter_to_certificate_holders_names_no_council() -> None:
    pa = read(
        "Letter to organisations holding certification\n"
        "\n"
        "1 December 2025\n"
        "\n"
        "Dear certificate holder,\n"
        "\n"
        "Camera certification scheme: closure\n"
        "\n"
        "I am writing to tell you that the third-party certification scheme has closed, with immediate effect.\n"
        "\n"
        "The scheme has not taken new applicants since 2023. A few extension certificates were left with no end date, and their audits are now old.\n"
        "\n"
        "I have therefore decided that all certificates cease to be valid. Please remove the certification mark and any mention of certification from your websites, documents and signs.\n"
        "\n"
        "The Surveillance Camera Code of Practice itself remains in force.\n"
        "\n"
        "Yours sincerely,\n"
        "Biometrics and Surveillance Camera Commissioner\n"
    )
    assert not pa.signals["cctv_info"] and not pa.signals["certification"], pa.findings


def test_a_councils_members_bulletin_appendix_is_its_own_agreement() -> None:
    pa = _document(
        "/media/4410/members-bulletin-2025-12-appendix-b.pdf",
        "Members' bulletin week 12, Appendix B: CCTV information sharing agreement\n"
        "This agreement between Westby District Council and Westmarch Police covers the release of recordings from the"
        " council's public space CCTV cameras to the police.\n"
        "Signed on behalf of Westby District Council: R. Kaur, Head of Regulatory Services. Date: 3 March 2025\n"
        "Signed on behalf of Westmarch Police: L. Marsh, Superintendent. Date: 10 March 2025\n",
    )
    assert pa.decoy is None, pa.decoy
    assert pa.signals["sla"], pa.signals


def test_an_associations_notice_to_local_councils_about_their_cameras() -> None:
    pa = read(
        "Commissioner writes to parish and town councils about CCTV\n"
        "\n"
        "The Surveillance Camera Commissioner has written to parish and town councils in England and community councils in Wales about their use of CCTV.\n"
        "\n"
        "Many local councils run a few cameras in car parks, play areas or village centres. The letter reminds them that the law lists them as relevant authorities, so they must have regard to the camera code.\n"
        "\n"
        "The Commissioner suggests that each council:\n"
        "- names one person, often the clerk, to look after its cameras;\n"
        "- puts up clear signs and publishes a short note of why the cameras are there.\n"
        "\n"
        "Members can read the full letter on our website. County associations will run briefings in the spring.\n"
    )
    assert not pa.signals["cctv_info"], pa.findings


def test_a_blank_self_assessment_form_is_the_tool_not_a_councils_answers() -> None:
    pa = read(
        "Self assessment tool – Surveillance Camera Code of Practice\n"
        "Organisation name: [                    ]\n"
        "Principle 1 – The system must have a clear purpose.\n"
        "1.1 Has your organisation written down a specific purpose for the system?  ☐ Yes ☐ No\n"
        "1.2 Is the system reviewed each year?  ☐ Yes ☐ No\n"
        "Evidence held: [                              ]\n"
    )
    assert not pa.signals["cctv_info"], pa.findings


def test_a_councils_completed_self_assessment_with_ticked_boxes_stays_its_own() -> None:
    pa = read(
        "Self assessment tool – Surveillance Camera Code of Practice\n"
        "Organisation name: Westby District Council\n"
        "System covered: public space CCTV, 48 cameras in Westby and Kelby\n"
        "1.1 Has your organisation written down a specific purpose for the system?  ☒ Yes ☐ No\n"
        "Our CCTV policy states that the cameras are used to prevent and detect crime.\n"
    )
    assert pa.decoy is None, pa.decoy
    assert pa.signals["cctv_info"]


def test_a_forces_welsh_page_on_the_system_it_runs_itself() -> None:
    pa = read(
        "Heddlu Dyfed-Powys – Polisi Teledu Cylch Cyfyng\n"
        "Mae Heddlu Dyfed-Powys wedi gosod system TCC mannau cyhoeddus mewn 20 o drefi, gyda dros 120 o gamerâu.\n"
        "Rheolir y system gan yr heddlu ei hun.\n"
    )
    assert not pa.signals["cctv_info"], pa.findings


def test_an_open_consultation_on_the_policy_for_cameras_in_council_owned_blocks() -> None:
    pa = read(
        "Have your say: Housing CCTV Policy\n\n"
        "This consultation is for tenants and leaseholders of Westby District Council.\n\n"
        "We would like your views on a new policy for the cameras in council-owned blocks and estates. It explains where"
        " cameras are used, how long recordings are kept and how to raise a concern.\n\n"
        "The consultation closes on 31 January.\n"
    )
    assert pa.signals["cctv_info"], pa.findings


def test_cameras_in_a_housing_associations_blocks_are_not_the_councils() -> None:
    pa = read(
        "Have your say: estate safety\n\n"
        "Greenway Homes would like your views on the cameras in its blocks and estates. Greenway Homes is the data"
        " controller for these cameras.\n"
    )
    assert not pa.signals["cctv_info"], pa.findings


def test_a_welsh_foi_answer_that_the_council_never_applied_for_certification() -> None:
    pa = read(
        "Cais Rhyddid Gwybodaeth – Ymateb\n\nPwnc: Camerâu teledu cylch cyfyng y Cyngor\n\n"
        "1. Faint o gamerâu sydd gan y Cyngor mewn mannau cyhoeddus?\n"
        "Mae gan y Cyngor 30 camera yn y trefi.\n\n"
        "2. A yw'r Cyngor wedi'i ardystio yn erbyn Cod Ymarfer Camerâu Gwyliadwriaeth?\n"
        "Nac ydy. Mae'r Cyngor yn cwblhau offeryn hunanasesu'r Comisiynydd bob blwyddyn, ond nid yw erioed wedi gwneud cais am"
        " ardystiad trydydd parti.\n"
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["certification"], pa.findings


def test_a_welsh_foi_reply_that_the_town_cameras_are_the_polices() -> None:
    pa = read(
        "Ymateb i Gais Rhyddid Gwybodaeth\n\nGofynnoch:\n"
        "Faint o gamerâu teledu cylch cyfyng sydd yng nghanol y trefi, a phwy sy'n eu monitro?\n\n"
        "Ymateb:\nNid yw Cyngor Sir Penfro Isaf yn dal yr wybodaeth hon. Mae'r camerâu yng nghanol y trefi yn eiddo i Heddlu"
        " Dyfed-Powys ac yn cael eu monitro ganddo.\n"
    )
    assert not pa.signals["cctv_info"], pa.findings


def test_lettered_answers_under_a_response_label_the_first_saying_not_held() -> None:
    pa = read(
        "Freedom of Information – Response\n\nReference: FOI-5120\n\nRequest:\n"
        "(a) Does the council's CCTV system hold any certification?\n(b) How many cameras are there?\n\nResponse:\n"
        "(a) No. Westby District Council does not hold third party certification under the Surveillance Camera Code.\n"
        "(b) There are 38 public space cameras in Westby and Kelby.\n"
    )
    assert pa.signals["cctv_info"], pa.findings


def test_a_long_answer_under_a_bare_response_label() -> None:
    pa = read(
        "Response to request for information\nReference: 5520118\n\nRequest\n"
        "Has the council obtained third-party certification for its CCTV system? If not, does it intend to?\n\nResponse\n"
        "Westby District Council has not yet been certified. An application for step 2 (full) certification was submitted on 2"
        " May 2023 and the on-site audit is booked for September. The application covers the 30 public space cameras in Westby"
        " town centre and the cameras at the council offices, which are recorded around the clock.\n"
    )
    assert pa.signals["cctv_info"] and pa.signals["certification"], pa.signals
