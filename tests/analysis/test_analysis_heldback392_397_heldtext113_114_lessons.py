"""Reading lessons of held-back webs 392-397 and real-text rounds 113-114 (webs and round 114 written blind at session 56 by
helpers in snapshots of 53a4340, round 113 at session 55; all measured once at freeze59 = 238117a, then opened; round 115
stays held back). The pages and passages are written for this test (invented councils, towns, bodies and people); web pages
are read with their council as the context, documents as the audit reads a fetched text, passages as ``cctv-audit inspect``
reads a text file.

Webs:
- The council's control room "also watches [a neighbour] Council's cameras" (web 392's Cardiff): its own room, not a denial.
- A place "in view of the council's park cameras" (web 393's Amber Valley); "recordings from the [office] car park cameras were
  kept for 90 days" in a correction (web 394's Stroud).
- A planning page's "we attach a condition requiring a CCTV scheme" (web 395's South Cambridgeshire).
- A policy whose metadata title is its template's ("… Policy Template v2", web 396's Oadby and Wigston); a protocol that names
  itself in its first section under a bilingual cover, its title "Dogfen1" (web 396's Conwy).
- A short record page of a camera document (web 396's Walsall, Cambridge, Harlow); a run-in slug "/vehiclecameras" (web
  395's Milton Keynes); the room a CCTV page names (web 397's Ipswich).

Rounds:
- A newspaper's live blog ("Our reporter at the scene", "Send them to our newsdesk") and a magazine's print edition (round
  113); a council's own live page "latest updates from [the] City Council" stays its own.
- A party's or group's campaigning by its imprint, "Promoted by …" (round 113).
- A parish council's page saying it has no cameras, or telling of "the parish council's cameras" under "Parish news"; a
  university's own room and certificate; a commissioner's Welsh release of a network "sy'n eiddo i'r heddlu" (round 113).
- Registers as tables: a Welsh cell "ardystiad llawn (cam 2) gan y corff ardystio";
  a record of processing under a directorate "Communities and Homes"; an FOI answer naming "every surveillance camera system the
  Council runs" (round 114).
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.text import extract
from read_excerpt import read, read_page

CTX = AuthorityContext("Westby District Council", "http://www.westby.gov.uk/", "Westmarch", "England")
CITY = AuthorityContext("City of Caerwen Council", "http://www.caerwen.gov.uk/", "South Wales", "Wales")


def _page(path: str, title: str, body: str, ctx: AuthorityContext = CTX) -> PageAnalysis:
    return read_page(path, title, body, ctx)


def _document(path: str, text: str, ctx: AuthorityContext = CTX) -> PageAnalysis:
    """A fetched document's text, read with its council as the context."""
    return analyse(extract(text.encode("utf-8"), f"{ctx.website.rstrip('/')}{path}", "text/plain"), ctx)


# ---- webs ------------------------------------------------------------------------------------------------------------------


def test_the_councils_room_watching_a_neighbours_cameras_is_its_own() -> None:
    pa = _page(
        "/your-council/data-protection/public-space-cameras",
        "Cameras in public spaces",
        "<p>Cameras are used across Caerwen to prevent, detect and deter crime.</p>"
        "<p>The council's control room also watches the Vale of Tarran Council's cameras around the clock.</p>"
        "<p>Footage is passed to South Wales Police under an information sharing protocol.</p>"
        "<p>Questions: cctv@caerwen.example.gov.uk or 029 2000 6610.</p>",
        CITY,
    )
    assert pa.signals["cctv_info"]
    assert pa.spoc is not None or any(f.type == "cctv_contact" for f in pa.findings), pa.findings
    assert pa.criteria.get("police_agreement"), pa.criteria


def test_a_neighbours_cameras_alone_stay_the_neighbours() -> None:
    pa = _page(
        "/community-safety/tarran-cameras",
        "Cameras in Tarran",
        "<p>The Vale of Tarran Council's cameras cover the seafront at Porth Tarran.</p>"
        "<p>Questions about them go to the Vale of Tarran Council.</p>",
        CITY,
    )
    assert not pa.signals["cctv_info"]


def test_a_place_in_view_of_the_councils_park_cameras() -> None:
    pa = _page(
        "/children-and-families/holiday-clubs",
        "Holiday clubs",
        "<p>Free sessions for children on benefits-related free school meals during the school holidays.</p>"
        "<p>Sessions at the Jubilee Park pavilion are in view of the council's park cameras, which record around the clock."
        " Staff sign every child in and out.</p>",
    )
    assert pa.signals["cctv_info"]
    assert pa.criteria.get("cameras"), pa.criteria


def test_a_correction_of_the_office_car_park_cameras_retention() -> None:
    pa = _page(
        "/council/visiting-the-civic-offices",
        "Visiting the Civic Offices",
        "<p>The Civic Offices on Mill Lane are the council's main office. Reception is open weekdays.</p>"
        "<h2>Correction</h2><p>4 April 2025: an earlier version of this page said that recordings from the Mill Lane car park"
        " cameras were kept for 60 days. They are kept for 30 days.</p>",
    )
    assert pa.signals["cctv_info"]
    assert pa.criteria.get("retention"), pa.criteria


def test_a_town_councils_cameras_in_view_stay_the_town_councils() -> None:
    pa = _page(
        "/leisure/parks/jubilee-park",
        "Jubilee Park",
        "<p>The play area is in view of the town council's cameras on the pavilion, which the town council runs.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_a_planning_condition_requiring_a_cctv_scheme_is_no_disclosure() -> None:
    pa = _page(
        "/planning-and-building-control/conditions-on-late-night-premises",
        "Conditions on late-night premises",
        "<p>On some late-night and commercial schemes we attach a condition requiring a CCTV scheme to be agreed before the"
        " premises open.</p>",
    )
    assert not pa.signals["cctv_info"]
    assert pa.decoy is not None


def test_a_template_left_in_a_policys_title_does_not_make_it_a_template() -> None:
    from analysis.sla import detect_sla
    from analysis.segments import blocks_of

    text = (
        "Westby District Council\nCorporate policy\nDocument owner: Senior Responsible Officer for surveillance cameras\n"
        "1. Scope\nThis policy covers every surveillance camera system the council operates.\n2. The police\n"
        "Recordings are released to Westmarch Police under a data sharing protocol between the council and the force."
    )
    said = detect_sla(
        "http://www.westby.gov.uk/files/corporate_policy_template_v2.pdf",
        "WDC Corporate Policy Template v2",
        blocks_of(text, []),
        text,
        True,
        CTX,
    )
    assert said.mentions, said
    blank = (
        "Template information sharing agreement\nBetween [name of council] and [name of police force]\nCCTV footage."
    )
    none = detect_sla("http://x/t.pdf", "ISA template", blocks_of(blank, []), blank, True, CTX)
    assert not none.documents and not none.mentions


def test_a_protocol_naming_itself_under_a_bilingual_cover_is_the_agreement() -> None:
    pa = _document(
        "/Document/atodiad-2",
        "Cyngor Dinas Caerwen\nCity of Caerwen Council\nAtodiad 2 / Appendix 2\nFersiwn 2 / Version 2\n\n"
        "Cynnwys / Contents\n1 Diben / Purpose ..... 3\n2 Llofnodion / Signatures ..... 4\n\n"
        "1. Purpose\nThis protocol governs the release of recordings from the public space CCTV system to South Wales Police"
        " for the prevention and detection of crime.\n\n2. Signatures\n"
        "Signed for and on behalf of City of Caerwen Council: E. Prys, Head of Regulatory Services, 4 March 2025.\n"
        "Signed on behalf of South Wales Police: G. Hale, Superintendent, 11 March 2025.",
        CITY,
    )
    assert pa.signals["sla"], pa.findings
    docs = [s for s in pa.sla if s.get("kind") == "document"]
    assert docs and docs[0]["signed"], pa.sla


def test_a_record_page_of_a_camera_document_and_what_is_not_one() -> None:
    from analysis.links import record_of_the_cameras

    assert record_of_the_cameras(
        "CS/POL/017 | Westby", "CS/POL/017\nSummary: Public space surveillance camera policy.\nDownload", False
    )
    assert record_of_the_cameras(
        "CCTV annual review 2024 to 2025", "CCTV annual review 2024 to 2025\nHow the service did.\nView document", False
    )
    # reached by an A-Z entry for the cameras, its own words naming none
    assert record_of_the_cameras("Community Safety Strategy", "Our priorities for a safer Westby.\nDownload", True)
    assert not record_of_the_cameras("Community Safety Strategy", "Our priorities for a safer Westby.\nDownload", False)
    long_page = "CCTV\n" + "The council runs cameras in the town centre and reviews them every year. " * 20
    assert not record_of_the_cameras("CCTV", long_page, False)


def test_run_in_slugs_name_the_cameras() -> None:
    from analysis.links import assess_link
    from analysis.text import Link

    run_in = assess_link(Link(url="http://www.westby.gov.uk/vehiclecameras", text="", context=""), CTX)
    plain = assess_link(Link(url="http://www.westby.gov.uk/vehicles", text="", context=""), CTX)
    assert run_in.target > 0 and plain.target == 0


def test_the_room_a_cctv_page_names_is_searched_by_its_own_name() -> None:
    from analysis.operators_room import operators_room_name

    page = (
        "Cameras first went up in Westby in 1996. They are monitored from the Harbour Watch Centre (HWC) in the council's"
        " offices."
    )
    assert operators_room_name(page) == "Harbour Watch Centre"
    assert operators_room_name("The cameras are watched from the CCTV Control Room at the town hall.") is None
    assert operators_room_name("Cameras are monitored from the Westby Police Station control room.") is None


# ---- rounds ----------------------------------------------------------------------------------------------------------------


def test_a_newspapers_live_blog_quoting_the_council_is_not_its_word() -> None:
    pa = read(
        "LIVE: Trouble in Westby town centre – latest\nKey events\n\n"
        "22:14 Westby Council has posted on social media: 'Our CCTV operators are watching events closely and working with"
        " Westmarch Police.'\n"
        "22:02 Our reporter at the scene says police have closed the high street.\n"
        "21:40 Good evening and welcome to our live coverage of events in the town centre.\n\n"
        "Do you have pictures? Send them to our newsdesk."
    )
    assert not pa.signals["cctv_info"], pa.findings


def test_a_councils_own_live_page_stays_its_own() -> None:
    pa = read(
        "Live: Westby city centre – latest updates from Westby City Council\nAll times are GMT.\n\n"
        "23:05 – Our CCTV operators have recorded the disorder on Bridge Street from the start and are working with"
        " Westmarch Police to identify those responsible.\n\n"
        "22:30 – The bus station is closed.\n\n"
        "21:50 – Our CCTV control room is monitoring all cameras near the market."
    )
    assert pa.signals["cctv_info"], pa.findings


def test_a_magazines_print_edition_is_not_a_council() -> None:
    pa = read(
        "November print edition – out now\n\nIn this issue\n• Three councils that merged their CCTV control rooms\n"
        "• Why public space CCTV needs steady funding\n\nOur reporter visited control rooms across the region for the cover"
        " feature. Subscribe to receive the print edition each month."
    )
    assert not pa.signals["cctv_info"], pa.findings


def test_campaigning_with_an_imprint_is_a_partys_not_the_councils() -> None:
    pa = read(
        "News\nCameras stay on – thanks to you\nPosted 2 May 2024 by the local party\n\n"
        "The ruling group proposed ending night-time monitoring of the town centre CCTV cameras. Our councillors opposed it"
        " and the Cabinet backed down: the cameras in Westby will still be watched through the night.\n\n"
        "Promoted by the local party, 4 Market Street, Westby."
    )
    assert not pa.signals["cctv_info"], pa.findings


def test_a_parish_saying_it_has_no_cameras_is_the_parishs_page() -> None:
    pa = read(
        "CCTV and surveillance\n"
        "The parish council does not own or maintain any CCTV cameras.\n"
        "Now and then residents ask us for cameras to deter fly-tipping in the lay-bys or damage at the"
        " bus shelter. We can pass these concerns on, and we talk to Westby District Council and"
        " Westmarch Police about whether a temporary camera would help, but the decision is theirs.\n"
        "For information about district council cameras, see Westby District Council's website.\n"
        "To report a crime, call 101, or 999 in an emergency.\n"
        "\n"
        "Parish Clerk: clerk@example.org.uk | Parish Office open Thursdays 10am–12pm"
    )
    assert not pa.signals["cctv_info"], pa.findings
    assert pa.decoy is not None


def test_a_parishs_news_of_its_own_cameras() -> None:
    pa = read(
        "Parish news\n"
        "Recreation ground CCTV – how it works\n"
        "Posted 1 July 2024\n"
        "\n"
        "Thanks to everyone who told the Clerk about last weekend's damage to the changing rooms.\n"
        "Some residents have asked about the parish council's cameras on the recreation ground. When we"
        " hear of an incident, the Clerk or another authorised person reviews the recordings. If the"
        " people involved can be seen, the images go to Westmarch Police or our PCSO. The cameras are"
        " not watched live, recordings are encrypted, and we cannot post images online.\n"
        "The system protects the play area, the changing rooms and the car park and the people who use"
        " them. The parish council's CCTV policy is on the Policies page.\n"
        "\n"
        "Clerk: clerk@example.org.uk"
    )
    assert not pa.signals["cctv_info"], pa.findings


def test_a_universitys_own_room_and_certificate() -> None:
    pa = read(
        "Campus Security news\nCameras on campus\n\nWelcome to all new students! The university's security control room"
        " watches the campus cameras 24 hours a day. The university's CCTV holds full certification against the"
        " Surveillance Camera Code of Practice, and we share footage with the police under an information sharing agreement."
    )
    assert not pa.signals["cctv_info"], pa.findings
    assert not pa.signals["sla"], pa.findings


def test_a_commissioners_welsh_release_of_a_police_network() -> None:
    pa = read(
        "Datganiad i'r wasg\nEhangu rhwydwaith camerâu'r heddlu\n\n"
        "Bydd camerâu teledu cylch cyfyng newydd yn cael eu gosod mewn tair tref arall, meddai'r Comisiynydd.\n"
        "Mae'r rhwydwaith, sy'n eiddo i'r heddlu ac sy'n cael ei fonitro o ystafell reoli'r llu, eisoes yn cynnwys 90 o"
        " gamerâu.\n\nDIWEDD"
    )
    assert not pa.signals["cctv_info"], pa.findings


def test_a_welsh_registers_certification_cell() -> None:
    pa = read(
        "Cofrestr systemau teledu cylch cyfyng – Cyngor Bwrdeistref Sirol Caerwen\n\n"
        "System | Camerâu | Diben | Ardystiad\n"
        "Canol y dref | 40 | atal trosedd | ardystiad llawn (cam 2) gan y corff ardystio ym mis Mehefin 2023\n"
        "Swyddfeydd Dinesig | 12 | diogelwch adeilad | heb ei ardystio\n\n"
        "Mae'r Cyngor yn rheolydd data ar gyfer pob system. Caiff recordiadau eu cadw am 31 diwrnod."
    )
    assert pa.signals["certification"], pa.findings


def test_a_record_of_processing_under_a_directorate_named_for_homes() -> None:
    pa = read(
        "Record of Processing Activities – Communities and Homes\n\nActivity: Public space CCTV\n"
        "Controller: Westby District Council\nPurpose: preventing and detecting crime in the town centre\n"
        "Retention: 31 days unless kept for an investigation\n"
        "Safeguards: restricted control room; the public space system has held full (step 2) certification under the"
        " Surveillance Camera Code of Practice since 2022"
    )
    assert pa.signals["cctv_info"], pa.findings
    assert pa.signals["certification"], pa.findings
    landlord = read(
        "Westby Vale Homes\nCCTV in our blocks\nWe have cameras in the entrances of our blocks of flats. Recordings are kept"
        " for 30 days."
    )
    assert not landlord.signals["cctv_info"], landlord.findings


def test_an_foi_answer_naming_the_systems_the_council_runs() -> None:
    pa = read(
        "Disclosure log – FOI/2025/0412\n"
        "Title: Surveillance camera accountability\n"
        "Received: 3 March 2025 | Responded: 25 March 2025 | Outcome: Information provided\n"
        "\n"
        "Request: Does the Council have a designated single point of contact for surveillance cameras?"
        " If so, please give the role and contact details, and say which systems the role covers.\n"
        "\n"
        "Response: Yes. Westby District Council's Governance Manager is the designated Single Point of"
        " Contact (SPOC) across every surveillance camera system the Council runs. The role covers the"
        " public space cameras in Westby and Eastby (monitored by a contractor), CCTV at the Mill Lane"
        " offices, the redeployable fly-tipping cameras and the body-worn cameras of enforcement"
        " officers. The SPOC can be contacted at spoc@example.gov.uk or on 01632 000 846."
    )
    assert pa.signals["cctv_info"], pa.findings
    assert pa.signals["spoc"], pa.findings


def test_a_code_signed_by_the_chief_executive_and_the_chief_constable() -> None:
    pa = read(
        "New: joint CCTV code of practice\n"
        "Our revised CCTV code of practice has been signed by Westby District Council's Chief Executive and the Chief"
        " Constable of Westmarch Police, and took effect on 1 April 2024. It sets out how the council and the police work"
        " together on the district's cameras.\n\n"
        "CCTV in Westby\nWe have 58 public space cameras in Westby and Eastby, monitored from our control room."
    )
    assert pa.signals["sla"], pa.findings
    endorsed = read(
        "CCTV code of practice\nOur CCTV code of practice has been signed by the council's Chief Executive. We have 58 public"
        " space cameras, monitored from our control room."
    )
    assert not endorsed.signals["sla"], endorsed.findings


def test_a_spoc_for_communications_data_is_no_camera_spoc() -> None:
    pa = read(
        "Trading Standards news\nHow we trace doorstep criminals' phones\nPosted 4 June 2024\n\n"
        "Westby Council's trading standards officers can apply for communications data – who a phone number belongs to –"
        " under the Investigatory Powers Act 2016. Every application goes through an accredited Single Point of Contact"
        " (SPoC) provided by a national network, before an independent body decides on it."
    )
    assert not pa.signals["spoc"], pa.findings


def test_a_tables_cell_wrapped_onto_the_next_line_stays_one_row() -> None:
    # (web 270's annual review PDF wraps its certification cell onto the next line)
    pa = read(
        "Westby District Council CCTV Annual Review 2024\nCompliance\nStandard | Status | Date\n"
        "Third-party certification against the Surveillance Camera Code of Practice | Step 1 (desktop)\n"
        "awarded | May 2021\n"
        "Self-assessment tool | Completed and published | March 2024"
    )
    assert pa.signals["certification"], pa.findings


def test_a_review_tables_question_cell_beside_its_answer() -> None:
    # (an annual review's row opens on its question, its answer in the next cell: no question asked, real-text round 53)
    pa = read(
        "Annual CCTV Review 2025/26\nDate of review: 1 December 2025\n\n"
        "Requirement | Review of compliance | Further action\n"
        "Does the system still meet its purpose? | Yes – the 40 public space cameras still support the prevention of crime"
        " in Westby. | None\n"
        "Is the system certified against the Surveillance Camera Code? | Full certification was awarded in June 2020 after"
        " an audit. The certificate lapsed when the national scheme closed in November 2025. | Mark removed from signs.\n"
        "Is signage adequate? | Yes. | None"
    )
    assert pa.signals["certification"], pa.findings
    form = read("CCTV self-assessment\nHas the system been certified? | Yes / No\nIs signage adequate? | Yes / No")
    assert not form.signals["certification"], form.findings


def test_a_building_sites_signs_naming_the_contractor() -> None:
    # (a building site's signs name who records: real-text round 18)
    pa = read(
        "Site security plan - Section 5: signage\n"
        "S1 | Main gate, Mill Street | 'CCTV in operation - this site is monitored. Images recorded by the principal"
        " contractor for site security.'\n"
        "S2 | Hoarding along the frontage | 'Warning - remotely monitored cameras'\n"
        "S3 | Welfare cabins | 'CCTV covers this area'\n"
        "The tower cameras are monitored by the contractor's alarm receiving centre at night. The client, Westby District"
        " Council, receives no images."
    )
    assert not pa.signals["cctv_info"], pa.findings


def test_the_councils_cameras_watched_from_a_universitys_room_stay_the_councils() -> None:
    # (a guard for the university's own cameras above: real-text round 84's borough page)
    pa = read(
        "CCTV in Westby\n\nWestby Borough Council's 40 public space cameras cover the town centre and the market place.\n\n"
        "Who watches the cameras\nSince 2022 the cameras have been monitored from Westby University's security control room."
        " The council pays the university under a service level agreement.\n\n"
        "Standards\nThe university's control room holds its own certification against the Surveillance Camera Code of"
        " Practice. The council remains the data controller for images from its cameras.\n\n"
        "Contact\nCCTV enquiries: communitysafety@example.gov.uk, 01632 000 264."
    )
    assert pa.signals["cctv_info"], pa.findings
