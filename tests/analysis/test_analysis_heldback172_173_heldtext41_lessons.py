"""Patterns webs 172-173 and real-text round 41 showed (measured once at session 30's freeze, opened this session). The
passages are written for this test (an invented council, Anytown, and invented bodies and places), not taken from the
sets.

- A mega-menu's "[Section]: all pages" panel, linked from the section's own page, is the whole section, not one of its
  pages: the CCTV page may be listed only there (web 172's Newham).
- "Alongside the BID's Street Rangers, the council's officers patrol …" on the council's own page counting its cameras
  is no BID's scheme (web 173's Southend); a BID's rangers who carry cameras are.
- A figcaption naming the view before the fact ("The main gates. Two cameras cover the ground …") states the cameras as
  a sentence of its own (web 173's Great Yarmouth).
- A hospital trust's or a university's page in its own voice, a Welsh school's policy, an installer's news and a
  supplier's blog are not a council's information (round 41).
- "The Council remains the owner and data controller of its cameras", whoever watches or pays for them, keeps them the
  council's; cameras at its tips and fly-tipping spots under an "enforcement cameras" title are its own (round 41).
- Welsh "cawsom ardystiad cam 1" (we received step 1 certification) is certification; "nad yw'r Cyngor wedi gwneud cais"
  (that the council has not applied) is not; a budget "to meet the fees of" a certification body is (round 41).
- An agreement "drafted … and sent to [the force]" is no agreement; Welsh "Llofnodwyd y protocol gan y Cyngor a chan
  Heddlu …" in the next sentence makes the protocol just named a signed one (round 41).
- Welsh "Mae gan rai o safleoedd y Cyngor eu camerâu eu hunain" is the council's own cameras (round 41).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis, analyse
from analysis.searchplan import SearchPlan
from analysis.text import extract

S = "https://www.anytown.gov.uk"


def _inspect(text: str) -> PageAnalysis:
    return analyse(extract(text.encode("utf-8"), "file:///tmp/item.txt", "text/plain"))


def test_a_sections_all_pages_panel_is_not_one_of_its_pages() -> None:
    plan = SearchPlan()
    page = S + "/community-and-safety"
    for anchor, path in (
        ("Community and safety: all pages", "/menu/panel/community-and-safety"),
        ("Community and safety forms", "/community-and-safety/forms"),
        ("Community and safety A to Z", "/community-and-safety/a-z"),
    ):
        plan.offer(S + path, anchor, 0.39, 1, "Community and safety | Anytown Borough Council", from_url=page)
    plan.flush()
    assert S + "/community-and-safety/forms" in plan.leaves
    assert S + "/menu/panel/community-and-safety" not in plan.leaves
    assert S + "/community-and-safety/a-z" not in plan.leaves


def test_a_bids_rangers_beside_the_councils_own_cameras_are_no_bid_scheme(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    page = (
        "<h2>Wardens</h2><p>Working beside the BID's Street Rangers, the council's wardens walk the town centre every"
        " evening.</p><h2>CCTV</h2><p>The council runs 140 cameras across the borough, watched from a control room that is"
        " staffed around the clock.</p><p>Recordings are kept for up to 28 days unless the police need them.</p>"
    )
    pa = analyse_html("Safer streets", page, path="/business/town-centre/2")
    assert pa.decoy is None and pa.signals["cctv_info"]
    carrying = page.replace(
        "Working beside the BID's Street Rangers, the council's wardens walk the town centre every evening.",
        "The BID's Street Rangers carry body cameras on their evening patrols.",
    )
    assert analyse_html("Safer streets", carrying, path="/business/town-centre/2").decoy == "another body's cameras"


def test_a_figcaption_naming_the_view_first_still_states_the_cameras(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    page = (
        "<p>Marsh Lane is the borough's main athletics track, with floodlit pitches beside it.</p><figure><img src='/i.png'"
        " alt='The track'><figcaption>The east stand. Three cameras cover the track and the Mill Road car park."
        "</figcaption></figure><p>To book the track, contact the sports bookings team.</p>"
    )
    pa = analyse_html("Marsh Lane track", page, path="/sport/marsh-lane-track")
    assert pa.signals["cctv_info"] and pa.criteria["cameras"]


def test_a_trusts_a_universitys_and_a_welsh_schools_own_cameras_are_not_a_councils() -> None:
    trust = (
        "Cameras on our sites\n\nWe use CCTV in our hospital car parks and entrances, and our security team wear body"
        " cameras.\n\nHow long we keep it\nRecordings are deleted after 28 days unless needed as evidence.\n\nThe Trust's"
        " security manager handles requests: security@example.nhs.uk."
    )
    assert not _inspect(trust).signals["cctv_info"]
    university = (
        "Campus CCTV\n\nCampus Security runs cameras across the University's main campus and its sports grounds to keep"
        " students, staff and visitors safe.\n\nStandards\nCampus Security holds full certification against the Surveillance"
        " Camera Code of Practice.\n\nRequests go to the records office: cctv@example.ac.uk."
    )
    pa = _inspect(university)
    assert not pa.signals["cctv_info"] and not pa.signals["certification"]
    school = (
        "Polisi Camerâu\nYsgol Gynradd Cae Glas\n\nMae pedwar camera yn gwylio'r gatiau a'r maes chwarae. Mae'r camerâu yn"
        " eiddo i'r ysgol.\n\nCadw lluniau\n21 diwrnod.\n\nCymeradwywyd gan y Llywodraethwyr: Hydref 2025"
    )
    assert not _inspect(school).signals["cctv_info"]


def test_an_installers_news_and_a_suppliers_blog_are_not_a_councils_information() -> None:
    installer = (
        "Anytown's new town centre cameras\n\nOur installation team has finished fitting 30 new cameras for Anytown Borough"
        " Council, linked to its control room by a new fibre ring.\n\nThe council expects the new system to cut its running"
        " costs.\n\nInterested in a similar project? Speak to our public sector team on 01234 000 222."
    )
    assert not _inspect(installer).signals["cctv_info"]
    blog = (
        "Blog\n\nWhat does step 2 certification involve?\n\nCustomers in local government often ask us about the"
        " Commissioner's scheme. After the desktop step an auditor visits your control room, and if all is well you are"
        " certified for five years.\n\nBrowse our public space camera range or call our sales team."
    )
    pa = _inspect(blog)
    assert not pa.signals["cctv_info"] and not pa.signals["certification"]


def test_the_council_staying_owner_of_cameras_others_watch_or_fund_keeps_them_its_own() -> None:
    watched = (
        "Town centre cameras\n\nAnytown County Council owns 31 cameras in Eastby and Westby. Since 2020 the pictures have"
        " been watched at the police control centre in Northam, beside the force's own cameras. The Council remains the"
        " owner and data controller of its cameras and recordings.\n\nRecordings are kept for 28 days."
    )
    assert _inspect(watched).signals["cctv_info"]
    funded = (
        "Town centre CCTV\n\nAnytown Borough Council runs 80 cameras in the town centre.\n\nBusiness improvement district\n"
        "The BID has paid for six extra cameras on Bridge Street under a yearly funding agreement with the Council.\n\nThe"
        " Council remains the owner and data controller of all the cameras, including those the BID paid for."
    )
    assert _inspect(funded).signals["cctv_info"]


def test_cameras_at_the_tips_under_an_enforcement_cameras_title_are_the_councils() -> None:
    notice = (
        "Recycling centre and fly-tipping enforcement cameras – privacy notice\n\nWho we are\nAnytown County Council runs"
        " nine household waste recycling centres through a contractor. We are the data controller for the recordings.\n\n"
        "What we collect\n• video from fixed cameras at each centre\n• images from cameras at fly-tipping hotspots\n\n"
        "How long\nCentre footage is kept for 30 days."
    )
    assert _inspect(notice).signals["cctv_info"]


def test_welsh_step_1_received_is_certification_and_not_applied_is_not() -> None:
    held = (
        "Teledu Cylch Cyfyng\n\nMae system teledu cylch cyfyng Cyngor Sir Ynys Wen yn cynnwys 60 o gamerâu.\n\nSafonau\n"
        "Yn 2023 cawsom ardystiad cam 1 (adolygiad bwrdd gwaith) yn erbyn Cod Ymarfer Camerâu Gwyliadwriaeth."
    )
    assert _inspect(held).signals["certification"]
    never = (
        "Newyddion\n\nHunanasesiad camerâu\n\nMae Cyngor Sir Ynys Wen wedi cyhoeddi ei hunanasesiad yn erbyn Cod Ymarfer"
        " Camerâu Gwyliadwriaeth.\n\nDywedodd llefarydd nad yw'r Cyngor wedi gwneud cais am ardystiad trydydd parti."
    )
    assert not _inspect(never).signals["certification"]


def test_a_budget_to_meet_a_certification_bodys_fees_is_certification() -> None:
    decision = (
        "Decision details\n\nCCTV service – certification\n\nDecision:\n1. Cabinet approved a budget of £5,200 from reserves"
        " to meet the fees of an accredited certification body for a step 2 audit of the public space CCTV system.\n2."
        " Cabinet approved the replacement of nine cameras in Eastby."
    )
    assert _inspect(decision).signals["certification"]
    authorised = (
        "Decision details\n\nCCTV service – certification\n\nDecision:\n1. Cabinet noted the self-assessment against the"
        " Surveillance Camera Code of Practice and authorised the CCTV Manager to submit the application for step 2"
        " certification of the public space CCTV system."
    )
    assert _inspect(authorised).signals["certification"]


def test_an_agreement_drafted_and_sent_to_the_force_is_no_agreement() -> None:
    report = (
        "Cabinet – 4 June 2025\n\nFuture of the council's CCTV\n\nThe Council owns 40 cameras in five towns.\n\nA data"
        " sharing agreement on how Northshire Police may ask for footage from council cameras has been drafted by legal"
        " services and sent to Northshire Police. It has not yet been signed."
    )
    pa = _inspect(report)
    assert pa.signals["cctv_info"] and not pa.signals["sla"]
    signed = report.replace("has been drafted by legal services and sent to", "has been signed by the council and")
    assert _inspect(signed.replace(" It has not yet been signed.", "")).signals["sla"]


def test_welsh_protocol_signed_by_the_force_in_the_next_sentence_is_an_agreement() -> None:
    notice = (
        "Hysbysiad preifatrwydd: Teledu cylch cyfyng\n\nMae gan Gyngor Sir Ynys Wen gamerâu teledu cylch cyfyng yng"
        " nghanol y trefi.\n\nGyda phwy rydyn ni'n rhannu lluniau\nByddwn yn rhannu lluniau â Heddlu De Cymru pan fo angen."
        " Mae hyn yn digwydd o dan Brotocol Rhannu Gwybodaeth a luniwyd yn unol â Chytundeb Cymru ar gyfer Rhannu Gwybodaeth"
        " Bersonol (WASPI). Llofnodwyd y protocol gan y Cyngor a chan Heddlu De Cymru ym mis Mai 2024."
    )
    assert _inspect(notice).signals["sla"]


def test_welsh_council_sites_with_their_own_cameras_are_its_information() -> None:
    notice = (
        "Teledu Cylch Cyfyng yn Adeiladau'r Cyngor\n\nMae gan rai o safleoedd y Cyngor eu systemau teledu cylch cyfyng eu"
        " hunain, dan ofal rheolwr y safle, er enghraifft llyfrgelloedd a chanolfannau hamdden.\n\nCedwir y delweddau am"
        " hyd at 30 diwrnod."
    )
    assert _inspect(notice).signals["cctv_info"]


# Webs 174-177 (first looks after this session's freeze).


def test_operators_licences_beside_the_award_do_not_make_it_the_schemes_notice() -> None:
    review = (
        "Anytown CCTV annual review 2024/25\n\nStandards\nThe monitoring centre was awarded full step 2 certification against the"
        " Surveillance Camera Code of Practice in May 2021, and operators hold SIA public space surveillance licences."
    )
    assert _inspect(review).signals["certification"]
    notice = "The scheme closed in 2025. Operators that still held certificates could keep using the mark until they ran out."
    assert not _inspect(notice).signals["certification"]


def test_residents_having_told_the_council_is_no_reporters_voice() -> None:
    strategy = (
        "Anytown CCTV Strategy 2024-2027\n\nForeword\nCameras are one tool among many, and residents have told us they want"
        " them used with care.\n\nOperation\nThe council's control room watches 160 cameras around the clock. Recordings"
        " are kept for 31 days."
    )
    pa = _inspect(strategy)
    assert pa.decoy is None and pa.signals["cctv_info"]


def test_cctv_advisors_with_a_number_are_the_contact_point(analyse_html: Callable[..., PageAnalysis]) -> None:
    page = (
        "<p>Our cameras help tackle crime and anti-social behaviour in the town centre.</p><p>As the owner of the system"
        " we are accountable for how it is run.</p><p>CCTV Advisors can be reached on 01234 000 560.</p>"
    )
    pa = analyse_html("CCTV", page, path="/pages/cctv")
    assert pa.spoc is not None and pa.spoc["phone"] == "01234 000 560"


def test_cameras_in_named_towns_watched_from_a_neighbours_room_are_the_councils(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    page = (
        "<p>We work with the police and our neighbours to keep the district safe.</p><p>The cameras in Eastby, Westby and"
        " Mill Green are watched from Northam by Northam District Council under our shared service.</p>"
    )
    pa = analyse_html("Community safety", page, path="/community/community-safety")
    assert pa.signals["cctv_info"] and pa.criteria["cameras"]
    town = page.replace("by Northam District Council under our shared service", "for Eastby Town Council")
    assert not analyse_html("Community safety", town, path="/community/community-safety").signals["cctv_info"]
