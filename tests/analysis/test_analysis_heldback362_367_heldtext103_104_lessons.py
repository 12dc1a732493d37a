"""Reading lessons of held-back webs 362-367 and real-text rounds 103-104 (webs and round 104 written blind at session 51 by
helpers in snapshots of da4255d, round 103 late in session 50; all measured once at freeze54 = 39c0f18, then opened). The
pages and passages are written for this test (invented councils, towns, bodies and people); web pages are read with their
council as the context, passages as ``cctv-audit inspect`` reads a text file.

Webs:
- A community safety page that never writes "CCTV" but opens on "Our cameras …" and goes on about their recordings, requests
  and contact (web 364's Wyre Forest).
- A town's page on the council's site giving the town council's cameras as the town council's, then the council's own
  redeployable camera in its own voice (web 364's Wyre Forest).
- An agreement "between [the council] and the Met" on a neighbourhood page (web 364's Newham).
- A force parking "its mobile camera unit" at a council event (web 362's Mid Suffolk).
- Cameras "now owned and watched by [the force] … The city council no longer runs them" (web 366's Oxford).
- A county's lessons from an ombudsman case about another council, "We do not run public space cameras" (web 365's Norfolk).
- A list of the regulator's decisions on the council's requests, one row about cameras (web 365's Gloucester).
- A body-worn cameras privacy notice whose questions line gives the team's mailbox and then the DPO's (web 366's Surrey).

Rounds:
- An FOI answer "Yes. [The council]'s public space CCTV service works to a service level agreement with [the force]".
- A consultation response naming the force in its question and "the Force" in its answer.
- Drafts and unsigned certificates: "awaiting the police signature", "The signature page is still blank", a Welsh briefing
  note ("Nid yw wedi cael ei lofnodi eto"); a proposal under discussion is no arrangement.
- A survey reply's "certification …: not held".
- A district's reply that a community association runs a hall's cameras, its secretary "its single point of contact".
- An HR offer letter for a CCTV operator; an installer's completion letter; the principal council's letter to local
  councils' clerks naming its own SPOC; a BID's funding for cameras the council will watch from its room.
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis
from read_excerpt import read, read_page

CTX = AuthorityContext("Westby District Council", "http://www.westby.gov.uk/", "Westmarch", "England")
COUNTY = AuthorityContext("Westmarch County Council", "http://www.westmarch.gov.uk/", "Westmarch", "England")
# (a real county and its real towns: the district named after a town in its name, "King's Lynn and West Norfolk", is what
# made the county's list read as its own at the freeze)
NORFOLK = AuthorityContext("Norfolk County Council", "http://www.norfolk.gov.uk/", "Norfolk", "England")
LONDON = AuthorityContext("London Borough of Eastwick", "http://www.eastwick.gov.uk/", "Metropolitan Police", "England")


def _page(path: str, title: str, body: str, ctx: AuthorityContext = CTX) -> PageAnalysis:
    return read_page(path, title, body, ctx)


_read = read


# ---- webs ------------------------------------------------------------------------------------------------------------------


def test_a_safety_page_opening_on_our_cameras_without_the_word_cctv() -> None:
    pa = _page(
        "/your-council/keeping-safe",
        "Keeping safe",
        "<p>Our cameras help deter anti-social behaviour in the town centres and give officers evidence in court.</p>"
        "<p>To see recordings of yourself, send us a subject access request through the online form.</p>"
        "<p>Recordings are wiped after 28 days.</p>"
        "<p>Questions about the district council's cameras: Safer Westby Team, 01632 960455.</p>"
        "<p>Read about the cameras in each town on our town pages.</p>",
    )
    assert pa.signals["cctv_info"]
    assert pa.criteria.get("subject_access") and pa.criteria.get("retention")
    assert pa.spoc is not None and pa.spoc["phone"] == "01632 960455"


def test_a_page_about_speed_cameras_is_not_opened_as_a_cctv_page() -> None:
    pa = _page(
        "/roads/speed-cameras",
        "Speed cameras",
        "<p>Our cameras on the A49 are run by the road safety partnership, which sends the notices.</p>"
        "<p>Fines are paid to the partnership, not the council, and appeals go to the magistrates' court.</p>"
        "<p>To ask where the cameras are, contact the partnership on its website.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_a_towns_page_with_the_town_councils_cameras_and_our_redeployable_camera() -> None:
    pa = _page(
        "/our-towns/brinford",
        "Brinford",
        "<p>Brinford Town Council bought three cameras for Mill Street with a grant from us; they belong to the town "
        "council.</p>"
        "<p>Our Safer Westby Team can also put up a redeployable camera where anti-social behaviour is a problem, as it did "
        "at the skate park in 2024, working with Westmarch Police under the district's CCTV protocol with the force.</p>"
        "<p>Westmarch Police priorities: drug dealing and off-road bikes.</p>",
    )
    assert pa.signals["cctv_info"] and pa.signals["sla"]
    assert pa.decoy is None


def test_a_town_councils_own_page_hosted_by_the_district_stays_the_town_councils() -> None:
    pa = _page(
        "/our-towns/brinford",
        "Brinford",
        "<p>Brinford Town Council runs three cameras on Mill Street and keeps the recordings for 21 days.</p>"
        "<p>The town council's clerk answers questions about them.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_an_agreement_between_the_council_and_the_met() -> None:
    pa = _page(
        "/council/neighbourhoods/northside",
        "Northside neighbourhood",
        "<p>The Northside neighbourhood covers three wards by the river.</p>"
        "<p>Footage from council cameras is passed to the Metropolitan Police when officers ask for it, under the "
        "information sharing agreement between Eastwick Council and the Met.</p>",
        LONDON,
    )
    assert pa.signals["sla"]
    assert any(m["kind"] == "mention" for m in pa.sla)


def test_a_forces_mobile_camera_unit_at_a_council_event() -> None:
    pa = _page(
        "/events/brinford-lantern-parade",
        "Brinford lantern parade",
        "<p>The town council organises the parade along Mill Street. The road closes from 4pm.</p>"
        "<p>Westmarch Police will park its mobile camera unit by the market cross for the evening.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_cameras_now_owned_and_watched_by_the_force() -> None:
    pa = _page(
        "/community-safety/street-cameras",
        "Street cameras in Westby",
        "<p>Westby's public space cameras are now owned and watched by Westmarch Police as part of its county-wide CCTV "
        "network. The district council no longer runs them.</p>"
        "<p>If you need footage from a street camera, ask Westmarch Police through its website.</p>",
    )
    assert not pa.signals["cctv_info"]
    assert not pa.criteria.get("operator")


def test_a_countys_lessons_from_another_councils_ombudsman_case() -> None:
    pa = _page(
        "/complaints/learning-from-cases",
        "Learning from the Ombudsman",
        "<p>We read the Ombudsman's decisions about other councils too and share what we learn.</p>"
        "<p>The Ombudsman found fault with a borough council outside Westmarch for letting a request for town centre CCTV "
        "footage run past that council's 30-day retention period. We do not run public space cameras, but the lesson "
        "applies to our records teams as well.</p>",
        COUNTY,
    )
    assert not pa.signals["cctv_info"]


def test_a_countys_list_of_complaints_it_cannot_deal_with() -> None:
    pa = _page(
        "/complaints/what-we-cannot-deal-with",
        "Complaints we cannot deal with",
        "<p>Town centre CCTV. The county council does not own or run public space cameras; the cameras in Norwich, Great "
        "Yarmouth, King's Lynn and the market towns belong to the city, borough and district councils. Contact the council "
        "for the area.</p>"
        "<p>Bus lane penalty charges: appeal to the Traffic Penalty Tribunal.</p>",
        NORFOLK,
    )
    assert not pa.signals["cctv_info"]


def test_the_councils_cctv_page_naming_itself_and_a_partner_as_runners() -> None:
    pa = _page(
        "/community-safety/cctv",
        "CCTV",
        "<p>Westby District Council and Eastmoor Borough Council run a shared CCTV service from the control room at Westby "
        "Guildhall. The room watches the 52 public space cameras in Westby alongside Eastmoor's cameras.</p>"
        "<p>Most of the cameras are in Brinford town centre. The Riverside Shopping Centre runs its own cameras.</p>"
        "<p>Recordings are kept for 31 days, then overwritten.</p>"
        "<p>Recordings are released to Westmarch Police under the information sharing agreement between the two councils "
        "and the force.</p>",
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"] and pa.signals["sla"]
    assert pa.criteria.get("retention")


def test_a_list_of_the_regulators_decisions_on_the_councils_requests() -> None:
    pa = _page(
        "/council/freedom-of-information/regulator-decisions",
        "Information Commissioner decisions about our requests",
        "<p>If you are unhappy with our answer you can complain to the Information Commissioner.</p>"
        "<table><tr><th>Reference</th><th>What it was about</th><th>Outcome</th></tr>"
        "<tr><td>IC-204417-B2C9</td><td>Number of town centre cameras not working in 2024</td><td>Not upheld</td></tr>"
        "<tr><td>IC-198302-X4D1</td><td>Costs of a leisure contract</td><td>Partly upheld</td></tr></table>",
    )
    assert not pa.signals["cctv_info"]


def test_a_notices_questions_line_giving_the_teams_mailbox_then_the_dpos() -> None:
    pa = _page(
        "/your-privacy/notices/wardens-body-worn-cameras",
        "Street wardens: body worn cameras privacy notice",
        "<h2>Who is responsible</h2><p>Westmarch County Council is the data controller for recordings made by cameras "
        "worn by its street wardens.</p>"
        "<h2>How long we keep recordings</h2><p>Recordings are deleted after 31 days unless needed for an "
        "investigation.</p>"
        "<h2>Questions</h2><p>Questions about the cameras: the Street Wardens team, wardens@westmarch.example.gov.uk. Our "
        "Data Protection Officer can be reached at dpo@westmarch.example.gov.uk.</p>",
        COUNTY,
    )
    assert pa.spoc is not None and pa.spoc["email"] == "wardens@westmarch.example.gov.uk"


# ---- rounds ----------------------------------------------------------------------------------------------------------------


def test_an_answer_that_the_councils_cctv_service_works_to_an_agreement() -> None:
    pa = _read(
        "FOI 25/0412 - agreements with the police about CCTV\n\n"
        'Request\n"Has the Council an agreement with Westmarch Police about its cameras? If so please send a copy."\n\n'
        "Response\nYes. Westby District Council's public space CCTV service works to a service level agreement with "
        "Westmarch Police, in force since 1 April 2022 and signed for both bodies.\n\n"
        "A copy is attached with staff names removed under section 40(2).\n\nInformation Governance, Westby District Council"
    )
    assert pa.signals["cctv_info"] and pa.signals["sla"]


def test_a_consultation_answer_calling_the_force_named_in_its_question_the_force() -> None:
    pa = _read(
        "Westby District Council\nResponse to the Police and Crime Commissioner's consultation on CCTV funding\n\n"
        "Q2. Describe your current arrangements with Westmarch Police.\n"
        "Our 54 public space cameras in Brinford and Oakmoor are watched by council staff at the Guildhall control room. "
        "Our work with the Force is governed by a service level agreement, signed by both parties in May 2023 and reviewed "
        "each year.\n\nQ3. Any other comments?\nWe would welcome help replacing analogue cameras."
    )
    assert pa.signals["sla"]


def test_a_code_whose_certificate_awaits_the_police_signature() -> None:
    pa = _read(
        "News\n\nNew CCTV code adopted\n\nWestby District Council's cabinet has adopted a new code of practice for the "
        "town's public space CCTV.\n\nThe code opens with a certificate of agreement to be signed by the council and by "
        "Westmarch Police. The council signed on 2 October; the certificate is now awaiting the police signature.\n\n"
        "Until the new code is signed by both parties, the 2019 code stays in force."
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["sla"]


def test_a_covering_letter_with_a_draft_whose_signature_page_is_blank() -> None:
    pa = _read(
        "Westby District Council\nCommunity Safety\n\nChief Inspector, Brinford District, Sussex Police\n2 October 2024\n\n"
        "Dear Chief Inspector,\n\nDraft information sharing agreement - "
        "town centre CCTV\n\nPlease find enclosed the draft agreement for releasing footage from the Council's 36 town "
        "centre cameras, updated after your comments in June.\n\nThe signature page is still blank. Once your Force's legal "
        "team is content, I suggest we arrange for both parties to sign in January. Until then releases will carry on case "
        "by case.\n\nYours sincerely,\n\nCommunity Safety Manager"
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["sla"]


def test_a_welsh_briefing_note_on_an_agreement_not_yet_signed() -> None:
    pa = _read(
        "Cyngor Bwrdeistref Sirol Westby\n\nNodyn briffio: Cytundeb gyda Heddlu Gogledd Cymru ynghylch yr ystafell reoli "
        "teledu cylch cyfyng\n\n"
        "Mae'r ystafell reoli yn monitro 80 o gamerâu ar draws y fwrdeistref, 24 awr y dydd. Ers y gwanwyn, mae swyddogion "
        "wedi bod yn trafod cytundeb lefel gwasanaeth newydd gyda Heddlu Gogledd Cymru.\n\n"
        "Mae drafft wedi'i baratoi. Nid yw wedi cael ei lofnodi eto, ac ni fydd yn dod i rym nes bod y ddau barti wedi "
        "cytuno."
    )
    assert not pa.signals["sla"]


def test_a_signed_agreement_still_signals() -> None:
    pa = _read(
        "Westby District Council\n\nThe council's CCTV information sharing agreement with Westmarch Police was signed by "
        "both parties on 4 March 2024 and is published with our CCTV code of practice."
    )
    assert pa.signals["sla"]


def test_talks_about_a_police_run_partnership_are_no_arrangement() -> None:
    pa = _read(
        "News update\n\nFuture of our town centre CCTV\n\nWestby District Council is still in discussion with the Police "
        "and Crime Commissioner and Westmarch Police about whether its cameras should join the Westmarch CCTV "
        "Partnership.\n\nUnder the proposal the police would take over monitoring of the council's 22 cameras in return "
        "for a yearly payment. No agreement has been signed.\n\nThe cameras continue to record around the clock."
    )
    assert not pa.signals["sla"]


def test_a_survey_replys_certification_field_answered_not_held() -> None:
    pa = _read(
        "Westby District Council - reply to the Commissioner's survey of local authorities\n\n"
        "Number of public space cameras: 28 (Brinford and Oakmoor)\n"
        "Code of practice published: yes, reviewed 2023\n"
        "Third party certification against the Surveillance Camera Code: not held. The council looked at applying in 2020 "
        "but decided the audit cost too much for a small record-only system.\n"
        "Annual review published: yes, each spring"
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["certification"]


def test_a_certificates_number_after_its_label_is_no_refusal() -> None:
    pa = _read(
        "CCTV\nSurveillance Camera Code certification: No. 4471 (full certification, valid to 2026)\n"
        "Recordings are kept for 31 days by the council."
    )
    assert pa.signals["certification"]


def test_a_reply_that_a_community_association_runs_a_halls_cameras() -> None:
    pa = _read(
        "Westby District Council\nCommunity Services\n\nDear Mr Hale,\n\nCameras at Brook Lane Hall\n\n"
        "Thank you for asking to see footage from the hall car park on 3 May.\n\n"
        "The hall is leased to the Brook Lane Community Association, which installed the cameras and runs them itself. "
        "Westby District Council does not own or operate any cameras at the site and holds no recordings from them.\n\n"
        "Please write to the Association's secretary, who is its single point of contact for the cameras and can explain its "
        "CCTV policy.\n\nYours sincerely,\n\nCommunity Development Officer"
    )
    assert not pa.signals["cctv_info"]
    assert not pa.signals["spoc"]


def test_an_offer_letter_for_a_cctv_operator_post() -> None:
    pa = _read(
        "Westby District Council\nHuman Resources\n\nDear Mr Osei,\n\nConditional offer of employment - CCTV Operator\n\n"
        "I am pleased to offer you the post of CCTV Operator in the Safer Westby team, based at the Guildhall control room.\n\n"
        "The post works 12-hour shifts. The control room works to BS 7958.\n\n"
        "This offer is conditional on police vetting and an SIA public space surveillance licence.\n\n"
        "Please sign and return the enclosed acceptance form within seven days."
    )
    assert not pa.signals["cctv_info"]


def test_an_installers_completion_letter() -> None:
    pa = _read(
        "Harrier Security Systems Ltd\n\nMs J. Patel\nFacilities Manager, Westby District Council\n\nDear Ms Patel,\n\n"
        "Completion of works - Brinford car park cameras\n\nWe can confirm that six replacement cameras and a new recorder "
        "at the Council's Station Road car park were finished on 10 May.\n\nAs an NSI Gold approved company, we have installed "
        "and commissioned the system to the NSI code of practice and enclose our certificate of compliance.\n\n"
        "Our maintenance visits will continue under the existing contract.\n\nYours sincerely,\n\nContracts Manager"
    )
    assert not pa.signals["cctv_info"]


def test_the_councils_letter_to_local_councils_clerks_naming_its_spoc() -> None:
    pa = _read(
        "Westmarch County Council\nLetter to all town and parish clerks\n\nDear Clerk,\n\nHelp for local councils running "
        "CCTV\n\nSeveral town and parish councils have asked us about putting up or replacing their own cameras. Your council, "
        "not Westmarch County Council, is responsible for any system it owns, but we are glad to help.\n\n"
        "Westmarch County Council's Single Point of Contact for surveillance cameras, who oversees all of our own camera "
        "systems, will answer questions about signs and retention. Email spoc@westmarch.example.gov.uk.\n\n"
        "Yours faithfully,\n\nHead of Community Safety"
    )
    assert pa.signals["spoc"]


def test_a_parish_councils_own_letter_to_its_residents_stays_the_parish_councils() -> None:
    pa = _read(
        "Oakmoor Parish Council\n\nDear Residents,\n\nThe Parish Council owns the two cameras on the village green and keeps "
        "recordings for 14 days. The clerk is the contact for them.\n\nYours faithfully,\n\nParish Clerk"
    )
    assert not pa.signals["cctv_info"]


def test_a_bid_funding_cameras_the_council_will_watch_from_its_room() -> None:
    pa = _read(
        "News\n\nBID pays for new cameras on Castle Street\n\nWestby District Council has signed a funding agreement with "
        "Brinford Town Centre BID that will pay for four new cameras on Castle Street.\n\nUnder the agreement the BID will "
        "contribute £30,000 towards equipment, and the council will monitor the cameras from the existing control room and "
        "maintain them for five years.\n\nThe new cameras bring the town's public space system to 44."
    )
    assert pa.signals["cctv_info"]


# ---- other voices (rounds 103-104) -----------------------------------------------------------------------------------------


def test_the_regulators_letter_to_every_chief_executive() -> None:
    pa = _read(
        "From the Surveillance Camera Commissioner\n\nTo: Chief Executives of every council in England and Wales\n\n"
        "Dear Chief Executive,\n\nAs a local authority you are a relevant authority under the Protection of Freedoms Act "
        "2012, and you must have regard to the Surveillance Camera Code when you run cameras in public places.\n\n"
        "Please have your scheme assessed against the Code with the self-assessment tool and let my office know what you "
        "have done by the end of October.\n\nYours sincerely,\n\nSurveillance Camera Commissioner"
    )
    assert not pa.signals["cctv_info"]


def test_a_ministers_written_answer_on_council_cctv_funding() -> None:
    pa = _read(
        "Written question - Home Office\nAnswered 12 March 2024\n\nQuestion\nTo ask the Secretary of State for the Home "
        "Department what funding her Department gives local authorities for public space CCTV.\n\nAnswer\nThere is no "
        "dedicated funding stream for council CCTV. Councils decide locally whether to invest in cameras, and operators of "
        "public space systems must have regard to the Surveillance Camera Code and its twelve guiding principles."
    )
    assert not pa.signals["cctv_info"]


def test_a_certification_bodys_notice_to_its_clients() -> None:
    pa = _read(
        "Customer notice\n\nSurveillance Camera Code certification: scheme closed\n\nWe have been told that the "
        "Commissioner's third-party certification scheme has closed. Certificates issued under it are no longer valid from "
        "that date.\n\nClients should take the certification mark off their websites and signs. Our BS 7958 certification "
        "of CCTV control rooms continues as before."
    )
    assert not pa.signals["cctv_info"]


def test_a_networks_advice_to_anyone_planning_a_system() -> None:
    pa = _read(
        "Safer Communities | Crime prevention\n\nCCTV\n\nPublic space CCTV has been a common crime prevention tool in Wales "
        "for thirty years, run by councils, forces and business partnerships.\n\nAnyone planning a surveillance camera "
        "system in a public place should start with a clear purpose, carry out a data protection impact assessment and "
        "follow the Surveillance Camera Code's twelve principles.\n\nFurther reading is listed below."
    )
    assert not pa.signals["cctv_info"]


def test_an_mps_update_on_pressing_the_councils_over_cameras() -> None:
    pa = _read(
        "Update from your MP - March 2024\n\nBrinford town centre cameras\n\nThank you to the 800 residents who answered my "
        "survey about CCTV in Brinford. Nearly nine in ten of you want the town centre cameras replaced.\n\nI have now "
        "written to the Town Council, which has money set aside for new cameras, and "
        "to the Borough Council asking them to agree a timetable, and I have also raised the matter with the Policing "
        "Minister.\n\nJo Ashdown MP"
    )
    assert not pa.signals["cctv_info"]


def test_the_ombudsmans_decision_recording_a_councils_certificate() -> None:
    pa = _read(
        "Westby District Council (24 001 377)\n\nDecision: Closed after initial enquiries\n\nSummary: We will not "
        "investigate Mrs Z's complaint that a camera on a lamp column looks into her yard.\n\nMy assessment\n"
        "2. In reply to Mrs Z the Council said the camera is part of its public space system, a privacy mask covers her "
        "yard, and the system holds full certification against the Surveillance Camera Code of Practice.\n\n"
        "Final decision\n3. We will not investigate this complaint."
    )
    assert not pa.signals["cctv_info"]
    assert pa.signals["certification"]


def test_a_councils_own_complaints_page_about_its_cameras_stays_its_own() -> None:
    pa = _read(
        "CCTV complaints\n\nIf you are unhappy with how one of the council's town centre cameras is sited, tell us. Our CCTV "
        "manager will reply within ten working days.\n\nRecordings are kept for 31 days. You can ask for footage of yourself "
        "by making a subject access request to Westby District Council."
    )
    assert pa.signals["cctv_info"]
