"""Patterns webs 166-167 and real-text round 39 showed (measured once at session 29's freeze, opened this session). The
passages are written for this test (an invented council, Anytown, and invented bodies and places), not taken from the
sets.

- An FAQ's answer "The borough council owns the cameras in [a street] and in [a town] centre" is the council's own
  camera information, though it never says CCTV (web 166's Maldon); "the county council owns …" on a borough's page is
  another council's.
- "They are watched … from [Neighbour] Borough Council's control room … [Neighbour]'s control room holds full
  certification": the neighbour's certificate, not the council's (web 166's South Holland).
- The certificate named only in the site footer's "Our accreditations" list, beside logos with empty alt text, is the
  council's own statement (web 166's Nuneaton and Bedworth).
- "Certificate of compliance" is searched for while the certification is unfound: a certificate filed in a documents
  library is not listed for "CCTV" (web 166's Bolton).
- Cameras that "belong to the [Towns] Community CCTV CIC, a not-for-profit company" are not the council's, though the
  council gave the company a grant (web 167's South Norfolk).
- A draft agreement told as "had been prepared with [the force]", Welsh "trafodaethau ar y gweill" (discussions under way)
  and "nid oedd … wedi'i gytuno eto" (not yet agreed) are no agreement (round 39).
- Welsh "ardystiad llawn (cam 2)" is step 2 certification; "Every year we assess the scheme … using the self-assessment
  tool" is the council's published self-assessment (round 39).
- A force's own page ("[X] Police owns and runs about 150 cameras …", "[X] Police works with the CCTV control rooms run by
  councils") is the police's voice (round 39).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.searchplan import SearchPlan
from analysis.text import extract

S = "https://www.anytown.gov.uk"


def _inspect(text: str) -> PageAnalysis:
    return analyse(extract(text.encode("utf-8"), "file:///tmp/item.txt", "text/plain"))


def test_an_faq_answer_saying_the_council_owns_a_streets_cameras_is_its_information(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    faq = (
        "<h2>Who is responsible for the cameras on Quay Street?</h2><p>The borough council owns the cameras on Quay Street"
        " and in Eastby town centre.</p><h2>Where can I recycle batteries?</h2><p>At any of our libraries.</p>"
    )
    pa = analyse_html("Common questions (page 3)", faq, path="/help/common-questions?page=3")
    assert pa.signals["cctv_info"]
    assert any(f.type == "cctv_info" and "owns the cameras on Quay Street" in f.quote for f in pa.findings)
    county = faq.replace("The borough council", "The county council")
    assert not analyse_html("Common questions (page 3)", county, path="/help/common-questions?page=3").signals[
        "cctv_info"
    ]


def test_a_neighbours_room_watching_the_cameras_holds_the_certificate(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    page = (
        "<p>Our public space CCTV has 21 cameras in Anytown and six in Eastby.</p><p>They are monitored day and night from"
        " Northby Borough Council's control room, under an agreement between the two councils. Northby's control room"
        " holds full certification against the Surveillance Camera Code of Practice.</p>"
    )
    pa = analyse_html("CCTV", page)
    assert pa.signals["cctv_info"] and not pa.signals["certification"] and pa.certification is None
    own = page.replace(" Northby's control room holds", "</p><p>Our own scheme also holds")
    assert analyse_html("CCTV", own).signals["certification"]


def _footer_page(accreditation: str, ctx: AuthorityContext) -> PageAnalysis:
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>Bins | Anytown Borough Council</title></head><body><main>"
        "<h1>Bin collections</h1><p>Bins are emptied every other week.</p></main><footer><a href='/privacy'>Privacy</a>"
        "<div class='footer__accreditations'><h2>Our accreditations</h2><ul><li>Customer Service Excellence</li>"
        f"<li>{accreditation}</li></ul></div><div class='badges'><img src='/img/cse.png' alt=''>"
        "<img src='/img/mark.png' alt=''></div></footer></body></html>"
    )
    return analyse(extract(html.encode(), S + "/bins", "text/html; charset=utf-8"), ctx)


def test_the_certificate_in_the_footers_accreditations_list_is_the_councils(ctx: AuthorityContext) -> None:
    pa = _footer_page(
        "Surveillance Camera Code of Practice: full certification (step 2) of our town centre CCTV, awarded 2022", ctx
    )
    assert pa.signals["certification"] and pa.certification and pa.certification["level"] == "step2"
    assert not pa.criteria.get("purpose")  # the footer is no CCTV information
    assert not _footer_page("Investors in People gold", ctx).signals["certification"]


def test_the_certificate_is_searched_for_by_its_own_name_while_unfound() -> None:
    plan = SearchPlan()
    plan.search_form(S + "/search?q=CCTV")
    plan.searched("CCTV")
    plan.answered("CCTV", 6)
    plan.update(
        {"5.1": {"status": "met"}, "5.2": {"status": "not_met"}, "5.3": {"status": "met"}, "5.5": {"status": "met"}}
    )
    terms = []
    while (a := plan.next_action()) is not None and len(terms) < 6:
        if a.kind != "search":
            plan.page_read(a.url or "")
            continue
        terms.append(a.term)
        plan.answered(a.term or "", 0)
    assert "certificate of compliance" in terms
    # (and not once "CCTV certification" has listed pages: the engine has shown what it holds)
    plan = SearchPlan()
    plan.search_form(S + "/search?q=CCTV")
    plan.searched("CCTV")
    plan.answered("CCTV", 0)
    plan.searched("CCTV certification")
    plan.answered("CCTV certification", 2)
    plan.update(
        {"5.1": {"status": "met"}, "5.2": {"status": "not_met"}, "5.3": {"status": "met"}, "5.5": {"status": "met"}}
    )
    later = []
    while (a := plan.next_action()) is not None and len(later) < 6:
        if a.kind == "search":
            later.append(a.term)
            plan.answered(a.term or "", 0)
        else:
            plan.page_read(a.url or "")
    assert "certificate of compliance" not in later


def test_cameras_belonging_to_a_community_company_are_not_the_councils(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Community cameras in Eastby",
        "<p>The town centre cameras in Eastby and Westby belong to the Eastby and Westby Community Cameras CIC, a"
        " not-for-profit company run by volunteers.</p><p>Anytown Borough Council gave the company a grant towards new"
        " cameras in 2015. Questions about the cameras or recordings should go to the company.</p>",
        path="/community-safety/community-cameras-eastby",
    )
    assert not pa.signals["cctv_info"] and not any(f.type == "criterion" for f in pa.findings)


def test_a_draft_told_as_prepared_and_welsh_talks_under_way_are_no_agreement() -> None:
    minutes = _inspect(
        "Minutes\n\nCCTV in Anytown and Eastby\n\nMembers asked whether the police could view the council's 24 cameras"
        " live. The Community Safety Manager said that a draft information sharing agreement had been prepared with"
        " Devon and Cornwall Police. It had not been signed by either side yet.\n\nRESOLVED that the report be noted."
    )
    assert minutes.signals["cctv_info"] and not minutes.signals["sla"]
    welsh = _inspect(
        "Cofnodion\n\nCamerâu'r Cyngor yn y marchnadoedd\n\nCyflwynodd yr Aelod Cabinet adroddiad ar y camerâu sydd gan y"
        " Cyngor yn neuadd y farchnad. Dywedodd y swyddog fod trafodaethau ar y gweill gyda Heddlu Dyfed-Powys ynglŷn â"
        " chytundeb rhannu gwybodaeth ar gyfer y camerâu hyn. Nid oedd y cytundeb wedi'i gytuno eto.\n\nPENDERFYNWYD nodi"
        " 'r adroddiad."
    )
    assert not welsh.signals["sla"]
    signed = _inspect(
        "CCTV and the police\n\nThe council and Devon and Cornwall Police signed an information sharing agreement for"
        " the town centre CCTV in May 2023; it is reviewed every two years."
    )
    assert signed.signals["sla"]


def test_welsh_step_two_and_a_yearly_self_assessment_are_certification() -> None:
    welsh = _inspect(
        "Crynodeb o'r polisi teledu cylch cyfyng\n\n• Y Cyngor yw'r rheolydd data ar gyfer 88 o gamerâu mewn 12 o drefi.\n"
        "• Cedwir recordiadau am 28 diwrnod.\n• Dyfarnwyd ardystiad llawn (cam 2) i'r system gan gorff ardystio"
        " annibynnol yn 2020, ac fe'i hadnewyddwyd yn 2023."
    )
    assert welsh.signals["certification"]
    yearly = _inspect(
        "CCTV documents\n\nOur public space cameras in Anytown and Eastby are watched from our control room.\n\nSelf-"
        "assessment\nEvery year we assess the scheme against the 12 guiding principles of the Surveillance Camera Code"
        " using the Commissioner's self-assessment tool, and publish the result below.\n- Self-assessment 2025 (PDF)"
    )
    assert yearly.signals["certification"]
    never = _inspect(
        "CCTV documents\n\nWe have not applied for third party certification. Every year we assess the scheme against"
        " the Surveillance Camera Code using the self-assessment tool."
    )
    assert not never.signals["certification"]


def test_a_forces_own_camera_pages_are_the_polices_voice() -> None:
    own = _inspect(
        "Our town centre cameras\n\nWessex Vale Police owns and runs about 150 high-definition cameras in 20 towns across"
        " Anyshire and Westshire. They are watched by staff in a monitoring suite at our headquarters in Anytown.\n\nThe"
        " Surveillance Camera Code\nWe have assessed"
        " the system against the Code's 12 guiding principles using the self-assessment tool."
    )
    assert not own.signals["cctv_info"] and not own.signals["certification"]
    liaison = _inspect(
        "CCTV liaison\n\nWessex Vale Police works with the public space CCTV control rooms run by councils across the"
        " region. Each room has a named police liaison officer, who briefs its operators.\n\nContact the liaison team at"
        " cctv.liaison@example.org.uk."
    )
    assert not liaison.signals["cctv_info"]


# Webs 168-171 and real-text round 40 (first looks this session), on passages written for these tests.


def test_a_neighbours_named_room_or_hub_holds_its_own_certificate(analyse_html: Callable[..., PageAnalysis]) -> None:
    """Webs 168's Preston and Spelthorne, 170's Hart, 171's Fenland: the room the council's cameras are watched from
    belongs to another council, whose certificate the page reports."""
    hub = analyse_html(
        "CCTV monitoring",
        "<p>Our 40 town centre cameras are watched around the clock at the regional CCTV hub, under a service level"
        " agreement with Northby Borough Council.</p><p>Members heard that the hub's control room held step 2"
        " certification under the Surveillance Camera Commissioner's scheme.</p>",
    )
    assert hub.signals["cctv_info"] and not hub.signals["certification"]
    named = analyse_html(
        "Who runs our cameras",
        "<p>Our 30 public space cameras in Anytown are monitored for us. Northby Borough Council provides the monitoring"
        " under an agreement between the two councils.</p><p>The Safer Northby control centre has been independently"
        " certified against the Surveillance Camera Code of Practice.</p>",
    )
    assert not named.signals["certification"]
    its_own = analyse_html(
        "CCTV",
        "<p>We have 50 CCTV cameras in Anytown and Eastby, monitored from the shared control room in Northby.</p><p>The"
        " arrangement is set out in the shared service agreement. Northby City Council holds its own step 2 certification"
        " for the control room's cameras in Northby.</p>",
    )
    assert not its_own.signals["certification"]
    report = analyse_html(
        "CCTV monitoring arrangements",
        "<p>Northby Borough Council has monitored the Anytown cameras since 2016 under an agreement between the two"
        " councils.</p><p>Northby's control room holds full certification under the Surveillance Camera Commissioner's"
        " scheme.</p>",
    )
    assert not report.signals["certification"]
    own_town = analyse_html(
        "CCTV",
        "<p>Our 50 public space cameras are watched from Anytown's control room at the Town Hall.</p><p>Anytown's control"
        " room holds full certification against the Surveillance Camera Code of Practice.</p>",
    )
    assert own_town.signals["certification"], "the council's own town's room is its own"
    former = analyse_html(
        "Standards",
        "<p>We have regard to the Surveillance Camera Code of Practice for every camera system the council runs.</p><p>The"
        " certificates some of the former district councils held under the Surveillance Camera Commissioner's scheme"
        " ended when the council was formed in 2020 and were not carried over.</p>",
    )
    assert not former.signals["certification"]


def test_the_pages_own_update_notice_is_read(ctx: AuthorityContext) -> None:
    """Web 170's Torbay: an acting SPOC named only in a status banner under the page's heading."""
    html = (
        "<html><body><header><div class='notice-banner'>Our offices close at 4pm on Friday.</div></header><main><h1>CCTV"
        "</h1><div class='notice-banner' role='status'><strong>Update:</strong> while the post is vacant, the Town Centre"
        " Manager is acting as the council's single point of contact for surveillance cameras. Contact them at <a"
        " href='mailto:camera.spoc@anytown.example.gov.uk'>camera.spoc@anytown.example.gov.uk</a>.</div><p>We own 120"
        " cameras in Anytown town centre and our car parks, watched from our control room at the Town Hall.</p><p>Recordings"
        " are overwritten after 31 days unless the police need them.</p></main></body></html>"
    )
    doc = extract(html.encode(), S + "/cctv", "text/html; charset=utf-8")
    assert "acting as the council's single point of contact" in doc.text and "offices close" not in doc.text
    assert analyse(doc, ctx).signals["spoc"]


def test_a_role_being_reassigned_designates_nobody_and_a_questions_heading_gives_the_contact(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    """Webs 170's Canterbury and 171's Epsom and Ewell."""
    reassigned = analyse_html(
        "CCTV",
        "<p>We run 60 cameras in Anytown town centre.</p><p>Following a restructure, the role of single point of contact for"
        " surveillance cameras is being reassigned. Until then, please send questions about our cameras to"
        " cctv@anytown.example.gov.uk.</p>",
    )
    assert not reassigned.signals["spoc"] and reassigned.spoc and reassigned.spoc["email"]
    questions = analyse_html(
        "CCTV",
        "<p>The council owns 16 public space cameras in Anytown town centre. They are there to deter crime.</p><p>Recordings"
        " are kept for 31 days.</p><h2>Questions</h2><p>Public Protection Manager, telephone 01632 960 477.</p>",
    )
    assert questions.spoc and questions.spoc["phone"] == "01632 960 477"


def test_a_shared_service_agreement_naming_police_users_is_no_police_agreement(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    """Web 169's Tamworth."""
    pa = analyse_html(
        "CCTV",
        "<p>Our 90 cameras are watched from the combined authority's control room.</p><p>Under the shared service agreement"
        " the combined authority also upgraded the cameras and links our operators to police analysts.</p>",
    )
    assert pa.signals["cctv_info"] and not pa.signals["sla"] and pa.sla == []
    with_force = analyse_html(
        "CCTV",
        "<p>Our 90 cameras are watched from our control room.</p><p>Footage is shared under a shared service agreement with"
        " Devon and Cornwall Police, signed in 2022.</p>",
    )
    assert with_force.signals["sla"]


def test_round_40_drafts_budgets_foi_spoc_and_a_scottish_council() -> None:
    awaiting = _inspect(
        "Minute 41: CCTV and the police\n\nThe Head of Partnerships reported that a draft information sharing agreement with"
        " Devon and Cornwall Police had been prepared to cover police access to the council's town centre cameras. It had"
        " not yet been signed."
    )
    assert not awaiting.signals["sla"]
    budget = _inspect(
        "Cabinet decision notice\n\nCCTV: certification\n\nDecision\n1. To approve a one-off budget of £5,900 from the"
        " community safety reserve to fund Anytown Borough Council's application for third-party certification against the"
        " Surveillance Camera Code of Practice.\n\nReasons\nThe council's 40 public space cameras are its main system."
    )
    assert budget.signals["certification"]
    foi = _inspect(
        "Freedom of Information request FOI-2025-0101\nSubject: Surveillance camera SPOC\n\nRequest\n1. Has the council"
        " appointed a single point of contact for its surveillance cameras?\n\nResponse\n1. Yes. Anytown Borough Council"
        " designated its Head of Public Protection as the surveillance camera SPOC in 2022. The SPOC can be reached at"
        " camera.spoc@example.gov.uk."
    )
    assert foi.signals["cctv_info"] and foi.signals["spoc"]
    scottish = _inspect(
        "Angus Council - Surveillance Camera Policy\n\n2. Responsibilities\n2.1 The Information Governance Team is the"
        " council's single point of contact for all its overt surveillance systems, including CCTV at schools and depots."
        "\n2.2 Contact: surveillance@example.gov.uk\n\n3. Framework\nThe policy follows the Regulation of Investigatory"
        " Powers (Scotland) Act 2000."
    )
    assert not scottish.signals["spoc"] and not scottish.signals["cctv_info"]
