"""Reading lessons of held-back webs 350-355 and real-text rounds 99-100 (written blind at session 50's start by helpers in
snapshots of 52cdbb5, measured once at freeze52 = e4816b3; round 99 held back since session 49 and measured at freeze51,
52cdbb5 and freeze52; then opened). The pages and passages are written for this test (invented councils, towns, bodies and
people); web pages are read with their council as the context, passages as ``cctv-audit inspect`` reads a text file.

Webs:
- The council by its name owning the cameras that watch over a town centre, on a Purple Flag page (web 354's Worthing), and
  "the district council's cameras cover [streets]" on a town centre's business page (web 354's Malvern Hills); a town
  council's cameras so told are not the council's.
- "The centre's cameras are run for the council by the security team" on a shopping centre the council owns (web 352's
  Chorley).
- A town centre fact file: the room "that the district council runs" beside a town council paying a third of the cost, with
  the SPOC as its contact (web 354's Vale of White Horse).
- A community safety page whose own CCTV section comes before a BID's radio scheme (web 350's St Albans).
- "What [the town] told us in 2024" on a CCTV page is the council's consultation, not a reporter (web 351's Gwynedd).
- An agreement term that "may be extended by letter" has no fixed end (web 350's Oxford).
- A centre that "holds its own certificate" (web 351's Maidstone) and a four-word council's control room holding one (web
  353's Blaenau Gwent) are not the council's certificates.
- A business crime partnership's agreement with the force, "The council is not a party to it" (web 354's Burnley).
- "Using CCTV in your shop or pub", advice to businesses (web 354's Oxfordshire).
- A delivery plan's lead cell "Assistant Director (Communities), the council's single point of contact for surveillance
  cameras" (web 355's Gravesham).
- An information governance mailbox given for CCTV footage, in the line or under a CCTV page's footage heading, is a CCTV
  contact point (webs 351's Rochdale and 355's Leicester).

Rounds:
- An FOI answer that the council "does not hold certification and has not applied for it", beside its self-assessment (round
  99).
- "That certificate is held by [the hub's operator] …, not by [us]" (round 100).
- A joint committee's "the partnership's full (step 2) certification …, which covers both councils' cameras, continues" and
  money "allocated to obtaining full certification" are certification (round 100).
- A contact listed "until a SPOC is in place", and a funded project's "Safer Streets single point of contact", designate
  nobody for the cameras (round 100).
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.sla import term_end_year
from analysis.text import extract

CTX = AuthorityContext("Westby District Council", "http://www.westby.gov.uk/", "Westmarch", "England")


def _page(path: str, title: str, body: str) -> PageAnalysis:
    html = (
        f"<html><head><title>{title} | Westby District Council</title></head><body><main>"
        f"<h1>{title}</h1>{body}</main></body></html>"
    )
    return analyse(extract(html.encode(), f"http://www.westby.gov.uk{path}", "text/html"), CTX)


def _read(text: str) -> PageAnalysis:
    return analyse(extract(text.encode(), "file:///tmp/passage.txt", "text/plain"))


def test_the_council_by_name_owns_the_cameras_watching_the_town_centre() -> None:
    pa = _page(
        "/westby-town-centre/purple-flag",
        "Purple Flag: Westby at night",
        "<p>Westby holds Purple Flag status for a safe and varied night out.</p><p>Assessors praised the Pubwatch scheme and "
        "the street pastors. Westby District Council owns the 22 cameras that watch over the town centre and the quay.</p>",
    )
    assert pa.signals["cctv_info"]


def test_the_district_councils_cameras_cover_named_streets() -> None:
    pa = _page(
        "/business/town-centres/westby",
        "Westby: help for town centre businesses",
        "<p>Shop front grants are available in the conservation area.</p><p>Keeping the town safe: The district council's "
        "cameras cover Market Street, the bus station and Quay Road. Report crime to the police on 101.</p>",
    )
    assert pa.signals["cctv_info"]


def test_a_town_councils_cameras_covering_streets_stay_the_town_councils() -> None:
    pa = _page(
        "/business/town-centres/westby",
        "Westby: help for town centre businesses",
        "<p>Shop front grants are available in the conservation area.</p><p>Keeping the town safe: Westby Town Council's "
        "cameras cover Market Street, the bus station and Quay Road. Report crime to the police on 101.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_a_centres_cameras_run_for_the_council() -> None:
    pa = _page(
        "/business/the-arcade",
        "The Arcade shopping centre",
        "<h2>Shops</h2><p>Shops and cafes around the covered precinct.</p><h2>Safety</h2><p>The centre's cameras are run "
        "for the council by the security team in the Arcade management office.</p>",
    )
    assert pa.signals["cctv_info"]


def test_a_fact_file_with_a_town_council_paying_towards_the_councils_room() -> None:
    pa = _page(
        "/business/market-towns/westby-fact-file",
        "Westby and Eastholme: town centre fact file",
        "<p>Figures for businesses thinking of opening in our two market towns, updated every spring.</p><h2>Footfall</h2>"
        "<p>Westby about 60,000 visits a week</p><h2>Public space CCTV</h2><p>30 cameras: 22 in Westby and 8 in Eastholme. "
        "Watched from the CCTV control room in Westby that the district council runs jointly with its neighbour. Recordings "
        "are kept for 31 days.</p><h2>Evening economy</h2><p>Both towns have active Pubwatch schemes run by licensees</p>"
        "<p>Eastholme Town Council pays a third of the running cost of the Eastholme cameras under an agreement between the "
        "two councils. How we use CCTV images (privacy notice)</p><h2>Contact</h2><p>Community Safety Manager</p><p>Single "
        "point of contact for the council's surveillance camera systems</p><p>cctv@westby.example.gov.uk</p>",
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"] and pa.signals["spoc"]


def test_a_town_councils_own_room_stays_a_town_councils_page() -> None:
    # guard: the town council said to own and run its cameras, the district's room named beside them
    pa = _page(
        "/community/town-and-parish-councils/eastholme-cameras",
        "Eastholme town cameras",
        "<p>Eastholme Town Council owns the eight cameras in Eastholme and pays for them from its precept. Pictures are sent "
        "to the CCTV control room in Westby that the district council runs, which records them for the town council.</p>"
        "<p>Questions about these cameras go to the Town Clerk at Eastholme Town Council.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_an_own_cctv_section_before_a_bids_radio_scheme() -> None:
    pa = _page(
        "/community-and-living/community-safety",
        "Community safety",
        "<h2>Anti-social behaviour</h2><p>Report anti-social behaviour online.</p><h2>Public space CCTV</h2><p>We operate "
        "cameras at 60 places across the district, watched live from the council's control room, and footage is kept for "
        "28 days.</p><p>Footage is shared with Westmarch Police under an information sharing agreement between the council "
        "and the force.</p><h2>Retail radio link</h2><p>The Westby BID runs a radio scheme for shops and pubs.</p>",
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"] and pa.signals["sla"]


def test_what_a_town_told_us_in_a_year_is_the_councils_consultation() -> None:
    pa = _page(
        "/residents/community-safety/cctv",
        "Closed circuit television (CCTV)",
        "<p>Westby District Council owns public space CCTV cameras in Westby and Eastholme. The cameras help to prevent and "
        "detect crime.</p><h2>Recordings</h2><p>Recordings are kept for 31 days and then overwritten.</p><h2>New cameras</h2>"
        "<p>When we plan new cameras we ask local people first: what Eastholme told us in 2024.</p>",
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"]


def test_a_term_that_may_be_extended_by_letter_has_no_fixed_end() -> None:
    signed = (
        "Signed for and on behalf of Westby District Council: Director of Communities, 3 October 2022\n"
        "Signed for and on behalf of Westmarch Police: Superintendent, 12 October 2022"
    )
    extendable = (
        "The agreement runs for three years from the date of the last signature and may be extended by letter.\n"
    )
    fixed = "The agreement runs for three years from the date of the last signature.\n"
    assert term_end_year(extendable + signed) is None
    assert term_end_year(fixed + signed) == 2025


def test_a_centre_holding_its_own_certificate_is_not_the_councils() -> None:
    pa = _page(
        "/community-safety/cctv/operational-policy",
        "CCTV operational policy",
        "<h2>Monitoring</h2><p>Our public space cameras are monitored at the Eastholme Control Centre. The centre holds its "
        "own certificate of compliance with the Surveillance Camera Code.</p><p>Recordings are kept for 31 days.</p>",
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["certification"]


def test_a_four_word_councils_room_holding_certification_is_not_the_councils() -> None:
    pa = _page(
        "/residents/cctv-and-deployable-cameras",
        "CCTV and deployable cameras",
        "<p>Our public space CCTV system has 40 cameras in four town centres.</p><p>Since 2023 the cameras have been "
        "monitored for us by Eastholme County Borough Council's control room under a service level agreement between the "
        "two councils.</p><p>Eastholme County Borough Council's control room holds full certification against the "
        "Surveillance Camera Code of Practice.</p>",
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["certification"]


def test_a_partnerships_agreement_the_council_is_not_party_to() -> None:
    pa = _page(
        "/business/town-centre/business-crime-reduction-partnership",
        "Westby Business Crime Reduction Partnership",
        "<p>The council pays for its town centre cameras to deter crime. Recordings are kept for 31 days.</p><p>The "
        "partnership shares offenders' details under its own information sharing agreement with Westmarch Police, signed by "
        "the BID and the police. The council is not a party to it.</p>",
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["sla"]


def test_advice_on_cctv_in_your_shop_is_not_the_councils_cameras() -> None:
    pa = _page(
        "/business/trading-standards/cctv-in-your-shop-or-pub",
        "Using CCTV in your shop or pub",
        "<p>If you put up cameras you are a data controller. Put up signs, decide how long you keep recordings (a month is "
        "common) and answer requests from people who were filmed.</p><p>This is advice for businesses about their own "
        "cameras.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_a_delivery_plan_lead_cell_naming_the_spoc() -> None:
    pa = _page(
        "/community-safety/partnership-plan-2024-25",
        "Community Safety Partnership Plan 2024/25",
        "<p>Our priorities are anti-social behaviour and business crime.</p><h2>Delivery plan</h2><table><thead><tr>"
        "<th>Action</th><th>Lead</th><th>Contact</th><th>Due</th></tr></thead><tbody><tr><td>Run the business crime radio "
        "scheme</td><td>Community Safety Unit</td><td>csu@westby.example.gov.uk</td><td>Ongoing</td></tr><tr><td>Keep every "
        "council surveillance camera system compliant with the Surveillance Camera Code</td><td>Assistant Director "
        "(Communities), the council's single point of contact for surveillance cameras</td><td>"
        "cameras@westby.example.gov.uk</td><td>March 2025</td></tr></tbody></table>",
    )
    assert pa.signals["spoc"]


def test_an_information_governance_mailbox_for_cctv_footage_is_a_contact_point() -> None:
    pa = _page(
        "/information-governance/request-cctv-footage",
        "Request CCTV footage",
        "<p>We use CCTV cameras in public spaces and at council buildings to help prevent and detect crime.</p><h2>Asking "
        "for footage of yourself</h2><p>Tell us where and when the incident happened.</p><p>Email "
        "information.governance@westby.example.gov.uk to ask for CCTV footage.</p>",
    )
    assert any(f.type == "cctv_contact" for f in pa.findings)


def test_the_records_team_under_a_cctv_pages_footage_heading_is_a_contact_point() -> None:
    pa = _page(
        "/data-protection/cctv-footage-request",
        "CCTV footage request",
        "<p>Recordings from the council's cameras are kept for 28 days and are then recorded over.</p><h2>Footage of "
        "yourself</h2><p>If you are the only person in the recording you can ask for a copy as a subject access request. "
        "Give us the date, the place and the time.</p><p>Write to the Information Governance Team, Civic Centre, Westby, or "
        "email info.governance@westby.example.gov.uk.</p>",
    )
    assert any(f.type == "cctv_contact" for f in pa.findings)


def test_a_dpo_line_on_a_page_about_something_else_is_no_cctv_contact() -> None:
    # guard: a records mailbox for every service, on a page that is not about the cameras
    pa = _page(
        "/privacy/how-we-use-your-information",
        "How we use your information",
        "<p>We use your information to deliver council services. Some of our buildings have CCTV.</p><p>To ask for a copy "
        "of the information we hold about you, email dpo@westby.example.gov.uk.</p>",
    )
    assert not any(f.type == "cctv_contact" for f in pa.findings)


def test_an_foi_answer_that_holds_no_certificate_and_never_applied() -> None:
    pa = _read(
        "Freedom of information: disclosure log\n\nFOI 24/0931 - CCTV certification\n\nYou asked\n1. Does the council hold "
        "third-party certification against the Surveillance Camera Code of Practice?\n\nOur response\n1. No. Westby "
        "District Council does not hold certification and has not applied for it.\n\nAdditional information\nThe council's "
        "28 public space cameras are monitored by a neighbouring council's control room. The council completes the "
        "self-assessment tool each year for internal purposes."
    )
    assert not pa.signals["certification"]


def test_a_certificate_held_by_the_hub_operator_not_by_us() -> None:
    pa = _read(
        "CCTV in Westby\n\nWestby District Council owns 40 cameras in its three towns. They are monitored from the county "
        "CCTV hub, which Eastholme Borough Council runs for four councils under a partnership agreement.\n\nThe hub, its "
        "procedures and its staff are certified against the Surveillance Camera Code of Practice; that certificate is held by "
        "Eastholme as the hub operator, not by Westby. Recordings are kept for 31 days."
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["certification"]


def test_the_data_protection_officer_for_footage_stays_no_cctv_contact() -> None:
    # guard: the DPO named for footage of yourself on a CCTV privacy notice (held-back web 242's Waverley labels it no contact)
    pa = _page(
        "/data-protection/privacy-notice-for-cctv",
        "Privacy notice for CCTV",
        "<p>Westby District Council is the data controller for its public space CCTV.</p><h2>How long we keep it</h2><p>Images "
        "are kept for 31 days.</p><h2>Your rights and the Data Protection Officer</h2><p>You can ask for a copy of images of "
        "yourself by contacting the Data Protection Officer with the date, time and location.</p><p>Data Protection Officer: "
        "dpo@westby.example.gov.uk</p>",
    )
    assert not any(f.type == "cctv_contact" for f in pa.findings)


def test_a_partnerships_certification_that_continues_after_its_audit() -> None:
    pa = _read(
        "Westby and Eastholme CCTV Partnership Joint Committee - Minutes\n\n4. Operations report\n\nThe Partnership Manager "
        "presented the half-year report for the control room at Westby, which the two councils own jointly and which "
        "monitors 260 cameras belonging to both councils.\n\nMembers noted that the annual surveillance audit by the "
        "certification body in April had found no non-conformities, so the partnership's full (step 2) certification "
        "against the Surveillance Camera Code of Practice, which covers both councils' cameras, continues.\n\nRESOLVED "
        "that the report be noted."
    )
    assert pa.signals["certification"]


def test_money_allocated_to_obtaining_certification() -> None:
    pa = _read(
        "Community Services Committee - Minutes\n\nSafer Streets Fund: delivery update\n\nThe Head of Community Safety "
        "reported that seven new cameras had been connected to the council's control room. An underspend had arisen on the "
        "lighting contract.\n\nRESOLVED that\n(a) the progress report be noted; and\n(b) £5,900 be allocated to obtaining "
        "full certification of the council's CCTV system under the Commissioner's scheme."
    )
    assert pa.signals["certification"]


def test_a_contact_until_a_spoc_is_in_place_is_no_designation() -> None:
    pa = _read(
        "Scrutiny task group - CCTV: conclusions\n\nFindings\n1. The council runs 40 town centre cameras, but other "
        "services have put up cameras of their own and nobody holds a list of them.\n\nRecommendations\nR1 That the council "
        "appoint a single point of contact for all of its surveillance camera systems.\nR2 That the CCTV page list the "
        "control room email, cctv@westby.example.gov.uk, until a SPOC is in place."
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["spoc"]


def test_a_funded_projects_single_point_of_contact_is_not_the_cameras() -> None:
    pa = _read(
        "Safer Streets in Westby town centre\n\nThe Police and Crime Commissioner secured £300,000 for Westby. The "
        "partnership is delivering five more council-owned CCTV cameras linked to the council's control room and brighter "
        "lighting.\n\nThe partnership has appointed a Safer Streets single point of contact to coordinate the bid and the "
        "spending returns. Partners can reach the project coordinator at saferstreets@westby.example.gov.uk."
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["spoc"]


def test_a_town_councils_room_that_we_run_stays_the_town_councils() -> None:
    # guard (review mend): only the principal council by its own type running the room lifts a town council's page; a town
    # council's page in its own voice, "the control room that we run", stays the town council's
    pa = _page(
        "/community/town-and-parish-councils/eastholme-town-council-cctv",
        "Eastholme Town Council CCTV",
        "<p>Eastholme Town Council pays for twelve cameras in the market square and the park.</p><p>The pictures are "
        "watched from the CCTV control room that we run at the Town Hall, and recordings are kept for 31 days.</p><p>Eastholme "
        "Town Council, Town Hall, Eastholme. Questions to the Town Clerk.</p>",
    )
    assert not pa.signals["cctv_info"]
