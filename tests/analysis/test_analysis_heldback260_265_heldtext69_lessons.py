"""Patterns webs 260-265 and real-text rounds 69-71 showed (written blind at session 41 in snapshots of its code, measured
once at its freeze, freeze42, and opened at session 42). The passages are written for this test (an invented council,
Anytown, and invented neighbours, bodies and places), not taken from the sets.

- Not the council's: "the city council's cameras" on a district council's page; a force's strategy summary hosted among
  partners' papers ("This summary was prepared by [X] Police", "[X] Police: … strategy summary (PDF)"); district councils'
  "own" cameras before the county says it runs none; a force that "owns and runs" the redeployable cameras; "Neither
  council runs public space CCTV" and cameras "set up by" a company; a room the council joined "which held … certification
  for its own system"; "[Neighbour]'s control centre" when the page lists that neighbour among councils.
- A shared privacy notice gives the neighbour's SPOC first and the council's own second; the council's is read.
- Contact points: "Email [a mailbox] with the date, time and place" on a footage request page; a page that is the CCTV
  enquiry form ("go to the CCTV team through this form", "Use this form for questions about …").
- An agreement by letters, each "Signed: J. Marsh, Chief Executive, for and on behalf of …".
- Where to look: "Security services for businesses" and "Person of interest identification" are camera link words.
- A RIPA page with a section on the council's overt car park cameras and their signs.
- Other bodies in their own words: a force's network and its SPOC, universities, a leisure trust as data controller, a
  waste company running a recycling centre, a Welsh health board, a Welsh RIPA policy.
- SPOC not designated: "for all data protection matters", "when appointed", a proposal declined. Agreements not made:
  "remains in draft", "currently negotiating".
- Certificates: an annual review's numbered questions are not an FOI answer; "achieved step 1 (desktop) certification" for
  the council's car parks; "recertified … under the Commissioner's certification scheme"; progress by an application
  "submitted to [a body]" or a budget to pay the certification body; "[X] District Council has not applied" is none.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.context import AuthorityContext
from analysis.links import assess_link
from analysis.page import PageAnalysis, analyse
from analysis.text import Link, extract

SITE = "https://www.anytown.gov.uk"


def _page(ctx: AuthorityContext, title: str, main: str, path: str) -> PageAnalysis:
    html = (
        f"<html><head><title>{title} | {ctx.name}</title></head><body><main><h1>{title}</h1>{main}</main></body></html>"
    )
    return analyse(extract(html.encode(), SITE + path, "text/html"), ctx)


def _doc(ctx: AuthorityContext | None, text: str, path: str) -> PageAnalysis:
    return analyse(extract(text.encode(), SITE + path, "text/plain"), ctx)


def test_other_owners_cameras_on_the_councils_pages(ctx: AuthorityContext) -> None:
    district = AuthorityContext("Anyvale District Council", SITE + "/", "Devon & Cornwall", "England")
    market = "<p>The market runs on Wednesdays; the square is watched by the city council's cameras.</p>"
    assert not _page(district, "Anyvale markets", market, "/markets/anyvale-market").signals["cctv_info"]
    # (a city council's own page may call its cameras so)
    city = AuthorityContext("Anytown City Council", SITE + "/", "Devon & Cornwall", "England")
    assert _page(city, "Anytown markets", market, "/markets/anytown-market").signals["cctv_info"]
    county = AuthorityContext("Anyshire County Council", SITE + "/", "Devon & Cornwall", "England")
    plan = (
        "Anyshire community safety plan 2025-28\nPriorities\nKnife crime, road safety and anti-social behaviour.\n"
        "Borough councils will keep using their own town centre CCTV to support these priorities; the county council does"
        " not operate public space CCTV."
    )
    assert not _doc(county, plan, "/documents/community-safety-plan.txt").signals["cctv_info"]
    mobile = (
        "<p>Westshire Police own and run the mobile cameras that move between estates. Ask your neighbourhood policing team"
        " if you think one is needed; the council does not keep the recordings.</p>"
    )
    assert not _page(ctx, "Mobile cameras", mobile, "/community-safety/mobile-cameras").signals["cctv_info"]
    neither = (
        "<p>Neither council runs public space CCTV. The cameras in Northby and Eastby were set up by a community interest"
        " company with the town councils and are watched by volunteers on Friday nights.</p>"
    )
    assert not _page(ctx, "Community safety", neither, "/community-safety").signals["cctv_info"]


def test_a_forces_paper_hosted_by_the_council(ctx: AuthorityContext) -> None:
    summary = (
        "Westshire Police town centre CCTV strategy - summary. This summary was prepared by Westshire Police.\n"
        "It asks councils to fund and watch public space cameras in their own towns."
    )
    assert not _doc(ctx, summary, "/media/police-cctv-strategy.txt").signals["cctv_info"]
    listing = (
        "<p>Papers written by our partners, kept here for reference.</p><ul><li><a href='/media/police-cctv-strategy.txt'>"
        "Westshire Police: town centre CCTV strategy summary (PDF, 80KB)</a></li></ul>"
    )
    assert not _page(ctx, "Partnership papers", listing, "/community-safety/partnership-papers").signals["cctv_info"]


def test_certificates_of_rooms_the_council_joined(ctx: AuthorityContext) -> None:
    joined = (
        "<p>Until 2019 Westby City Council watched our cameras overnight. We then recorded only.</p><p>In 2024 we joined"
        " Northby's control room, which held the Surveillance Camera Commissioner's full certification for its own system"
        " until the scheme closed.</p>"
    )
    assert not _page(ctx, "How our CCTV has changed", joined, "/community-safety/cctv/changes").signals["certification"]
    archived = (
        "<p>Archived page: the arrangement from 2008 to 2018, no longer current.</p><p>From 2008 our cameras were watched"
        " from a desk in Westby's control centre, under the CCTV partnership with Westby, Northby and Southby councils.</p>"
        "<p>Westby's control centre was awarded step 2 certification against the Surveillance Camera Code of Practice in"
        " 2015.</p>"
    )
    assert not _page(ctx, "The Westby CCTV partnership", archived, "/cctv/archive/westby").signals["certification"]
    # (a town of the council's own, not listed among councils, keeps its room)
    own_town = (
        "<p>Anytown Borough Council runs 60 cameras.</p><p>Anytown's control centre was awarded step 2 certification"
        " against the Surveillance Camera Code of Practice in 2019.</p>"
    )
    assert _page(ctx, "CCTV", own_town, "/community-safety/cctv").signals["certification"]


def test_the_councils_own_spoc_on_a_shared_notice() -> None:
    westby = AuthorityContext("Westby District Council", SITE + "/", "Devon & Cornwall", "England")
    shared = (
        "<p>Each council is its own data controller. Choose a council to read its part.</p><h2>Anytown Borough Council</h2>"
        "<p>Anytown Borough Council records images at its depot.</p><p>Anytown's single point of contact for surveillance"
        " cameras is its Governance Lead: governance@anytown.gov.uk.</p><h2>Westby District Council</h2><p>Westby District"
        " Council owns cameras at its civic centre car park and keeps recordings for 30 days.</p><p>Our Information"
        " Governance Manager is Westby's single point of contact for surveillance cameras: infogov@westby.gov.uk.</p>"
    )
    pa = _page(westby, "CCTV privacy notice", shared, "/privacy/cctv-privacy-notice")
    assert pa.spoc is not None and pa.spoc["email"] == "infogov@westby.gov.uk"


def test_contact_routes_for_footage_and_forms(ctx: AuthorityContext) -> None:
    footage = (
        "<p>You can ask for images of yourself recorded by our cameras with a subject access request.</p><p>Requests from"
        " the police are handled under our information sharing agreement with Westshire Police.</p><p>Email"
        " safer.communities@anytown.gov.uk with the date, time and place.</p>"
    )
    pa = _page(ctx, "Requesting camera footage", footage, "/community-safety/cctv/requesting-footage")
    assert pa.spoc is not None and pa.spoc["email"] == "safer.communities@anytown.gov.uk"
    form = (
        "<p>Questions, complaints and requests for your own footage go to the CCTV team through this form.</p>"
        "<form method='post' action='/forms/cctv'><label for='n'>Your name</label><input id='n' name='n'>"
        "<textarea name='m' aria-label='Message'></textarea><button>Send</button></form>"
    )
    assert _page(ctx, "Contact the CCTV team", form, "/community-safety/cctv/contact").spoc is not None
    form2 = "<p>Use this form for questions about the council's public space CCTV; the community safety team will reply.</p>"
    assert _page(ctx, "CCTV enquiry", form2, "/contact-us/cctv-enquiry").spoc is not None


def test_an_agreement_by_letters_signed_with_initials(ctx: AuthorityContext) -> None:
    letter = (
        "Protocol for the release of CCTV images\nTo the Chief Superintendent, Devon and Cornwall Police, 3 March 2025.\n"
        "I enclose the protocol for releasing images from the council's public space CCTV system to the police.\n"
        "I confirm that Anytown Borough Council agrees to the protocol from 1 April 2025.\n"
        "Signed: R. Okafor, Chief Executive, for and on behalf of Anytown Borough Council."
    )
    pa = _doc(ctx, letter, "/downloads/file/901/letter-to-the-police.txt")
    assert pa.sla and pa.sla[0]["signed"] is True


def test_where_a_careful_person_looks() -> None:
    for text in ("Security services for businesses", "Person of interest identification"):
        assert assess_link(Link(url=SITE + "/page", text=text, context="")).target > 0


def test_a_ripa_page_with_the_councils_overt_cameras(ctx: AuthorityContext) -> None:
    ripa = (
        "<p>The council may carry out covert surveillance only when a magistrate has approved it. The Senior Responsible"
        " Officer is the Chief Executive.</p><h2>Cameras that are not covert</h2><p>The cameras at the council's Quay car"
        " park in Anytown are overt. Signs at each entrance tell drivers that cameras are in use, so this policy does not"
        " apply to them.</p>"
    )
    pa = _page(ctx, "Regulation of Investigatory Powers Act 2000", ripa, "/council/regulation-of-investigatory-powers")
    assert pa.signals["cctv_info"] and pa.criteria["signage"]
    assert not pa.signals["spoc"]
    # (guard: the system said overt in passing, no place of the council's named, leaves a RIPA page a RIPA page)
    passing = (
        "<p>The council may carry out covert surveillance only when a magistrate has approved it. The Senior Responsible"
        " Officer is the Chief Executive.</p><p>This part does not apply to the council's CCTV systems, which are overt.</p>"
    )
    pa = _page(
        ctx, "Regulation of Investigatory Powers Act 2000", passing, "/council/regulation-of-investigatory-powers"
    )
    assert not pa.signals["cctv_info"]


def test_other_bodies_in_their_own_words(inspect_text: Callable[..., PageAnalysis]) -> None:
    texts = [
        "Town centre cameras\nWestshire Police owns and runs its own public space camera network, with about 90 cameras in"
        " 12 towns, watched by police staff at headquarters.\nRequests for footage go through the force's subject access"
        " process.",
        "Working with council CCTV\nTo make work with council control rooms simpler, the force has appointed a CCTV Single"
        " Point of Contact in its control centre, the first contact for council CCTV managers.",
        "CCTV code of practice\nThe university has around 250 cameras on its two campuses and in its halls. The university"
        " owns every camera and every recording.\nContact Campus Security: security@example.ac.uk.",
        "CCTV code\nThe system is owned by the university and operated by its security team, whose staff the university"
        " employs. Images are released to Westshire Police under the university's data sharing agreement with the force.",
        "Anyvale Leisure Trust - CCTV privacy statement\nAnyvale Leisure Trust runs the pools and gyms under a management"
        " agreement with the borough council. We are the data controller for the CCTV at these centres.\nFootage is kept"
        " for 30 days.",
        "CCTV and number plate cameras\nNorthby Waste Services Ltd runs the recycling centre at Mill Lane and the transfer"
        " station beside it.\nCameras cover the entrance and the weighbridge and help us look into accidents. Recordings"
        " are overwritten after 28 days.",
        "Teledu cylch cyfyng yn ein hysbytai\nMae gan y Bwrdd Iechyd gamerâu teledu cylch cyfyng wrth fynedfeydd a meysydd"
        " parcio ei ysbytai.\nCaiff recordiadau eu cadw am 30 diwrnod.",
        "Polisi Gwyliadwriaeth Gudd – Deddf Rheoleiddio Pwerau Ymchwilio 2000\nMae'r polisi hwn yn esbonio pryd y bydd y"
        " Cyngor yn defnyddio gwyliadwriaeth gudd.\nY Swyddog Monitro yw Uwch Swyddog Cyfrifol y Cyngor. Rhaid i bob"
        " awdurdodiad gael ei gymeradwyo gan ynad.",
    ]
    for text in texts:
        pa = inspect_text(text)
        assert not any(pa.signals.values()), text[:60]


def test_no_spoc_and_no_agreement_yet(inspect_text: Callable[..., PageAnalysis]) -> None:
    dpo = (
        "Leisure centres privacy notice\nCCTV\nCameras cover our receptions and poolside and recordings are kept for 28"
        " days.\nYour rights\nOur Data Protection Officer is the council's single point of contact for all data protection"
        " matters: dpo@anytown.gov.uk."
    )
    assert not inspect_text(dpo).signals["spoc"]
    later = (
        "Agenda item\nCCTV review\nMinutes:\nThe draft corporate CCTV policy would create a single point of contact for all"
        " council surveillance cameras. Members asked that the SPOC's details be published on the website when appointed."
    )
    assert not inspect_text(later).signals["spoc"]
    declined = (
        "Decision details\nRevised CCTV Policy\nDecision: the revised CCTV policy is approved. Officers had proposed that one"
        " officer be designated as the council's single point of contact for all surveillance cameras; the Portfolio Holder"
        " decided not to create that role.\nAlternative options considered: creating a SPOC role (rejected on cost grounds)."
        "\nAn information sharing agreement with Westshire Police on camera footage remains in draft."
    )
    pa = inspect_text(declined)
    assert not pa.signals["spoc"] and not pa.signals["sla"]
    talks = (
        "Estate cameras - questions\nCan the police get the footage?\nYes. We are currently negotiating a formal data"
        " sharing agreement with Westshire Police; until it is agreed, each request is looked at on its own."
    )
    assert not inspect_text(talks).signals["sla"]


def test_certificates_in_reviews_minutes_and_decisions(inspect_text: Callable[..., PageAnalysis]) -> None:
    review = (
        "Annual CCTV Review 2024\nAnytown Borough Council - town centre CCTV\nDate of review: 2 May 2024\nNext review due:"
        " May 2025\nQ1. Does the system still meet its purpose?\nYes.\nQ2. Is the system independently certified?\nYes. The"
        " system was certified against the Surveillance Camera Code of Practice (step 2, full certification) in 2021."
    )
    assert inspect_text(review).signals["certification"]
    minutes = (
        "Agenda item\nCCTV compliance\nMinutes:\nMembers were told that the cameras at the two council car parks in Anytown"
        " had been assessed by a certification body and had achieved step 1 (desktop) certification in March."
    )
    assert inspect_text(minutes).signals["certification"]
    renewed = (
        "Agenda, decisions and minutes\nCCTV update\nMembers heard that the control room had been recertified in 2022 for"
        " five more years under the Commissioner's certification scheme for surveillance cameras."
    )
    assert inspect_text(renewed).signals["certification"]
    for text in (
        "FOI request 2022/0412 - CCTV certification\nYou asked:\nHas the council been certified?\nOur response:\nAnytown"
        " Borough Council has not yet been awarded certification. An"
        " application for step 2 (full) certification of the public space CCTV system was submitted to SSAIB in May 2022.\nThe"
        " council's CCTV code of practice and its completed self-assessment are both on our website.",
        "Decision details\nCCTV certification\nDecision: APPROVED a revenue budget of £2,900 to pay the certification body"
        " for the audit needed to obtain third-party certification of the public space system.",
        "Decision\nThat £6,400 be allocated from the safer communities reserve to fund third-party certification of the"
        " council's public space CCTV system against the Surveillance Camera Code of Practice.",
    ):
        assert inspect_text(text).signals["certification"], text[:40]
    refused = (
        "FOI response\n1. Has the council been certified under the Commissioner's scheme?\nNo. Anytown Borough Council has"
        " not applied for third-party certification.\n2. Has the council completed the self-assessment tool?\nYes. The"
        " CCTV team completed the Commissioner's self-assessment tool in 2023."
    )
    assert not inspect_text(refused).signals["certification"]


# Rounds 72-73 (written blind at this session in snapshots of dc69d56, measured once at freeze43, then opened).


def test_other_operators_of_council_buildings(inspect_text: Callable[..., PageAnalysis]) -> None:
    for text in (
        "CCTV policy\nAnyvale Leisure operates CCTV at the five leisure centres and two pools it runs across the borough.\n"
        "Purposes\nTo prevent and detect crime and to keep customers and staff safe.\nData controller\nAnyvale Leisure is"
        " the data controller for all CCTV at its centres. Although the buildings belong to the borough council, the"
        " council does not operate or have access to our cameras.\nLocations\nCameras cover receptions, car parks and"
        " poolsides, never changing rooms.\nRetention\n21 days, unless needed for an investigation.",
        "CCTV privacy notice\nWhat do we collect?\nStill and moving images from CCTV in our libraries, and from body-worn"
        " cameras worn by staff at two of our branches.\nWho do we share it with?\nThe police, where it helps prevent or"
        " detect crime, and our insurers.\nHow long do we keep it?\nUp to 30 days.\nThe library service is run by Anyshire"
        " Libraries, an independent charitable society, which is the data controller.",
        "Security team earns CCTV certification\nThe University's Security Services team has been certified against the"
        " Surveillance Camera Code of Practice after a desktop review and a visit to the control room.\nUniversities need"
        " not follow the Code, but the team sought certification to show that the University's 700 cameras are used"
        " proportionately.\nThe certificate is reviewed each year by the certification body.",
    ):
        pa = inspect_text(text)
        assert not pa.signals["cctv_info"] and not pa.signals["certification"], text[:40]


def test_agreements_still_talked_about_and_one_signed_in_welsh(inspect_text: Callable[..., PageAnalysis]) -> None:
    talks = (
        "Agenda item\nPublic space CCTV and the police\nMinutes:\nThe Head of Community Safety updated the panel on discussions"
        " with Westshire Police about a memorandum of understanding for the town's 120 cameras. Negotiations had started in"
        " 2024 but were not yet complete."
    )
    assert not inspect_text(talks).signals["sla"]
    options = (
        "Talks on the future of town CCTV\nAnytown Borough Council owns the 40 cameras in the town centre. Options include"
        " monitoring from the police control room under a new agreement between the council and Westshire Police."
    )
    assert not inspect_text(options).signals["sla"]
    signed = (
        "Newyddion\nCamerâu'r dref i'w gwylio o ystafell reoli'r heddlu\nMae Cyngor Sir Anyshire a Heddlu Gogledd Cymru wedi"
        " arwyddo cytundeb newydd sy'n golygu y bydd 30 o gamerâu teledu cylch cyfyng y Cyngor yn cael eu gwylio o ystafell"
        " reoli'r heddlu."
    )
    assert inspect_text(signed).signals["sla"]


def test_certification_intended_or_funded(inspect_text: Callable[..., PageAnalysis]) -> None:
    intended = (
        "Agenda item\nCCTV working group\nMinutes:\nThe group found that the council completed the Commissioner's"
        " self-assessment tool in 2022. Officers intended to work towards third-party certification against the"
        " Surveillance Camera Code of Practice, but no application had been made and no budget had been found."
    )
    assert not inspect_text(intended).signals["certification"]
    funded = (
        "Decision details\nPublic space CCTV - third party certification\nDecision:\n1. That £9,000 be released from the"
        " community safety reserve to meet the assessment fees and costs of obtaining the Surveillance Camera"
        " Commissioner's third party certification for the council's public space CCTV system.\n2. That the Head of"
        " Community Safety be authorised to appoint an accredited certification body."
    )
    assert inspect_text(funded).signals["certification"]


def test_a_spoc_entry_that_lists_parking_cameras(inspect_text: Callable[..., PageAnalysis]) -> None:
    entry = (
        "A to Z of services - S\nSurveillance cameras: single point of contact\nAnytown Borough Council's single point of"
        " contact (SPOC) for surveillance cameras is the CCTV Manager, who oversees the public space cameras, cameras in"
        " libraries, parking enforcement vehicles and body worn video.\nEmail: cameraspoc@anytown.gov.uk\nRelated services\n"
        "Parking - challenge a penalty charge notice"
    )
    assert inspect_text(entry).signals["spoc"]


# Webs 266-271 (written blind at this session in snapshots of dc69d56, measured once at freeze43, then opened).


def test_a_units_own_initials_and_its_manager(ctx: AuthorityContext) -> None:
    statement = (
        "CCMU statement of compliance\nThe CCMU runs the council's public space cameras under its CCTV code of practice.\n"
        "The unit was awarded full step 2 certification against the Surveillance Camera Code of Practice in May 2019."
    )
    assert _doc(ctx, statement, "/media/ccmu-statement.txt").signals["certification"]
    page = (
        "<p>Our Central Control and Monitoring Unit (CCMU) watches the borough's 200 cameras day and night.</p><p>Read our"
        " CCMU statement of compliance. Questions about the unit go to the CCMU Manager on 01632 960 114.</p>"
    )
    pa = _page(ctx, "CCTV", page, "/community-safety/cctv")
    assert pa.spoc is not None and pa.spoc["phone"] == "01632 960 114"


def test_a_shared_sites_page_for_the_other_council(ctx: AuthorityContext) -> None:
    page = (
        "<p>This page applies to Westby only.</p><p>Westby Borough Council's town centre and seafront cameras are monitored"
        " by the police. New seafront cameras were added last year.</p><p>Westby residents can ask Westby Borough Council"
        " about footage of themselves.</p>"
    )
    assert not _page(ctx, "CCTV", page, "/community/community-safety/cctv").signals["cctv_info"]
    westby = AuthorityContext("Westby Borough Council", SITE + "/", "Devon & Cornwall", "England")
    assert _page(westby, "CCTV", page, "/community/community-safety/cctv").signals["cctv_info"]


def test_other_owners_said_other_ways(ctx: AuthorityContext) -> None:
    force = (
        "<p>Public space CCTV in Anytown is now owned and run by Westshire Police.</p><p>Since 2024 the police's CCTV"
        " partnership has watched the town's street cameras from a suite at the police station. We do not hold the"
        " recordings, so please send requests for footage to the police.</p>"
    )
    assert not _page(ctx, "CCTV in Anytown", force, "/community-safety/cctv").signals["cctv_info"]
    towns = (
        "<p>Northby, Eastby and Southby town councils run their own town centre cameras. The police can view them.</p>"
    )
    assert not _page(ctx, "Community safety", towns, "/community-safety").signals["cctv_info"]
    county = AuthorityContext("Anyshire County Council", SITE + "/", "Devon & Cornwall", "England")
    table = (
        "<table><tr><th>Service</th><th>Who provides it</th></tr><tr><td>Schools</td><td>County council</td></tr><tr><td>Town"
        " centre CCTV</td><td>City and district councils</td></tr></table>"
    )
    assert not _page(county, "Who does what", table, "/council/who-does-what").signals["cctv_info"]
    new = "<p>Around 60 new CCTV cameras are being installed across Anytown, Northby and Eastby this year.</p>"
    assert _page(ctx, "Community safety", new, "/community-safety").signals["cctv_info"]


def test_neighbours_rooms_and_their_certificates(ctx: AuthorityContext) -> None:
    hub = (
        "<p>Monitoring around the clock by Westby District Council's CCTV hub on our behalf.</p><p>Westby's hub holds full"
        " certification under the Surveillance Camera Commissioner's scheme.</p>"
    )
    assert not _page(ctx, "CCTV upgrade: close-out", hub, "/community-safety/cctv-upgrade").signals["certification"]
    own_op = (
        "<p>Our cameras are watched from Northby's control centre under a shared service.</p><p>Northby's control centre holds"
        " the Surveillance Camera Commissioner's certification mark for its own operation.</p>"
    )
    assert not _page(ctx, "CCTV service", own_op, "/community-safety/cctv-service").signals["certification"]


def test_an_agreement_about_volunteers_and_a_traveller_teams_line(ctx: AuthorityContext) -> None:
    volunteers = (
        "CCTV volunteer monitoring agreement\nBetween Anytown Borough Council and Westshire Police.\nThe police provide a"
        " viewing room at Anytown police station; the council supplies the equipment and recruits the volunteers.\n"
        "Signed on behalf of Anytown Borough Council: P. Osei, Director of Communities, 4 March 2024\nSigned on behalf of"
        " Westshire Police: Chief Inspector D. Hale, 11 March 2024"
    )
    pa = _doc(ctx, volunteers, "/uploads/cctv-volunteer-agreement.txt")
    assert pa.sla and pa.sla[0]["signed"] is True
    traveller = (
        "<p>Landowners can report an encampment to our Gypsy and Traveller team, the single point of contact for the"
        " county, on 01632 960 515. Photographs or CCTV stills help us act quickly.</p>"
    )
    pa = _page(ctx, "Unauthorised encampments", traveller, "/community-safety/unauthorised-encampments")
    assert not pa.signals["spoc"] and pa.spoc is None


def test_a_directory_record_and_a_records_route(ctx: AuthorityContext) -> None:
    record = (
        "<dl><dt>Designation</dt><dd>Single point of contact for the council's surveillance camera systems</dd><dt>Post"
        " holder</dt><dd>Head of Community Safety, J. Patel</dd><dt>Covers</dt><dd>Town centre CCTV, cameras in council"
        " buildings, body worn video</dd><dt>Email</dt><dd><a href='mailto:cameras.spoc@anytown.gov.uk'>"
        "cameras.spoc@anytown.gov.uk</a></dd><dt>Telephone</dt><dd>01632 960 390</dd></dl>"
    )
    pa = _page(ctx, "Surveillance camera single point of contact", record, "/directory_record/12/spoc")
    assert pa.signals["spoc"] and pa.spoc is not None and pa.spoc["email"] == "cameras.spoc@anytown.gov.uk"
    dpo = (
        "<p>The Community Control Centre in Anytown watches the council's public space cameras around the clock and answers"
        " out-of-hours calls.</p><p>Our cameras help prevent and detect crime in the town centre and two shopping"
        " parades.</p><p>Recordings are kept for 31 days and then overwritten. To ask for footage of yourself, contact the"
        " Data Protection Officer at dpo@anytown.gov.uk.</p><h2>Documents</h2><ul><li><a href='/media/code.pdf'>CCTV code of"
        " practice (PDF)</a></li></ul>"
    )
    assert _page(ctx, "Community Control Centre", dpo, "/community-safety/community-control-centre").spoc is None


def test_a_neighbours_manager_serving_both_councils(ctx: AuthorityContext) -> None:
    joint = (
        "<p>We run our CCTV system jointly with Westby Borough Council; the control room at Westby Town Hall records every"
        " camera in both boroughs.</p><h2>Contact</h2><p>The joint control room is managed for both councils by Westby"
        " Borough Council's CCTV Manager: cctv@westby.gov.uk.</p>"
    )
    pa = _page(ctx, "How we use CCTV", joint, "/council/use-cctv")
    assert pa.spoc is not None and pa.spoc["email"] == "cctv@westby.gov.uk"
