"""Patterns webs 81-84 and real-text round 14 showed (written blind in session 18, measured once at cadf0d1, then
looked into). The passages are written for this test (invented places, forces, companies and people).

- contact lines: "write to the CCTV manager at cctv@… and we will reply within 20 working days" (a complaints route, not
  an FOI answer), "Footage requests and questions: [mailbox]", "Send the completed form to [mailbox]";
- an appendix "Protocol for the release of recorded material agreed between [the council] and [the force]" signed by
  both, inside the code: a signed agreement;
- a page's list of files ("[Parish] CCTV service level agreement.pdf pdf 98 KB") is no agreement's title;
- the council as landlord ("… in our blocks of flats are covered by cameras"), its car parks' cameras ("the security
  cameras in our car parks", "Footage from car park cameras is kept …"): its own cameras, and a car park page filed
  under parking is no enforcement page;
- another named council's cameras on a website two councils share, and cameras that "belong to those councils";
- round 14: the council's operators and its monitoring room; "camera recordings" shared under an ISA; minutes asking
  whether there was an agreement; a council that never applied for certification; a certificate in a compliance list;
  press attributions; shopping centre, church, charity, museum, residents' association and housing group pages; a
  police document's owner; a council's cabinet decision on a camera contract.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_a_complaints_line_promising_a_reply_in_20_working_days(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Asking for recordings",
        "<p>You can ask for footage that shows you by making a subject access request.</p>"
        "<p>If you are unhappy with where a camera has been put, write to the CCTV manager at"
        " cctv@anytown.example.gov.uk and we will reply within 20 working days.</p>",
        path="/community-safety/cctv/asking-for-recordings",
    )
    assert pa.decoy is None
    assert pa.spoc is not None and pa.spoc["email"] == "cctv@anytown.example.gov.uk"


def test_a_label_naming_what_the_mailbox_is_for(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>We run 44 public space cameras in Anytown and Westby, watched from the police station.</p>"
        "<p>Recordings are kept for 31 days.</p>"
        "<p>Footage requests and questions: safer.communities@anytown.example.gov.uk</p>",
    )
    assert pa.spoc is not None and pa.spoc["email"] == "safer.communities@anytown.example.gov.uk"


def test_where_the_footage_request_form_goes(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Request CCTV footage",
        "<h2>Who can have footage</h2><p>Mostly the police, other prosecuting bodies and solicitors.</p>"
        "<h2>Cost</h2><p>Insurers pay 80 pounds per camera searched.</p>"
        "<p>Send the completed form to nuisance.team@anytown.example.gov.uk.</p>",
        path="/access-to-information/cctv/request-footage",
    )
    assert pa.spoc is not None and pa.spoc["email"] == "nuisance.team@anytown.example.gov.uk"


def test_a_signed_protocol_appended_to_the_code(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Anytown Borough Council CCTV code of practice\n\n1. Purpose\nThe cameras are there to reduce crime and disorder."
        "\n\n2. Ownership\nAnytown Borough Council owns the system and is the data controller.\n\nAppendix C. Protocol"
        " for the disclosure of recorded images and footage to officers investigating crime, agreed between Anytown Borough Council and Devon & Cornwall"
        " Police.\n\nSigned for and on behalf of Anytown Borough Council: J. Okafor, Director of Place, 4 June 2024.\n\n"
        "Signed for and on behalf of Devon & Cornwall Police: Superintendent P. Lowe, 11 June 2024.\n",
        path="/documents/cctv-code-of-practice.txt",
    )
    assert pa.sla and pa.sla[0]["kind"] == "document" and pa.sla[0]["signed"] is True
    assert pa.sla[0]["force"] == "Devon and Cornwall Police"


def test_a_row_of_a_file_list_is_no_agreements_title(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>The council's control room is staffed around the clock by its own operators. The police have a live link"
        " to the room and can see incidents as they happen.</p>"
        "<p>Under a service level agreement the control room also watches the cameras in Westby for Westby Parish"
        " Council.</p><h2>Useful documents</h2><table><tr><th>Attachment</th><th>Type</th><th>Size</th></tr>"
        "<tr><td>Westby CCTV service level agreement.pdf</td><td>pdf</td><td>98.0 KB</td></tr></table>",
    )
    assert not [d for d in pa.sla if d.get("kind") == "document"]


def test_the_council_as_landlord(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Living in our flats",
        "<p>Keep the main doors shut behind you.</p><h2>Are the shared areas covered by cameras?</h2>"
        "<p>Yes. Doors, landings and bin stores in our blocks of flats are covered by cameras that record but are not"
        " watched live.</p>",
        path="/housing/living-in-our-flats",
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"] is True and "cameras" in _crit(pa)
    door_entry = analyse_html(
        "Security in our blocks",
        "<p>Report a broken door entry panel to repairs.</p><p>Recordings from the door-entry cameras in our blocks of"
        " flats are kept for 28 days and then wiped.</p>",
        path="/housing/tenants/security-in-our-blocks",
    )
    assert door_entry.signals["cctv_info"] is True and "retention" in _crit(door_entry)


def test_the_councils_car_park_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    filed_under_parking = analyse_html(
        "Safety in our car parks",
        "<p>Our car parks are lit at night and checked by civil enforcement officers during the day.</p>"
        "<p>Recordings from the security cameras in our car parks are kept for 21 days and then deleted.</p>",
        path="/parking/car-parks/safety-in-our-car-parks",
    )
    assert filed_under_parking.decoy is None
    assert filed_under_parking.signals["cctv_info"] is True and "retention" in _crit(filed_under_parking)
    faq = analyse_html(
        "Car parks",
        "<p>Our car parks in Westby and Northgate are free for two hours.</p><h2>My car was scratched. Can you help?</h2>"
        "<p>Tell the police first. Footage from car park cameras is kept for 30 days and then overwritten.</p>",
        path="/transport/car-parks",
    )
    assert faq.signals["cctv_info"] is True
    fines = analyse_html(
        "Pay a parking fine",
        "<p>Pay your penalty charge notice online. Cameras enforce the bus lane on Station Road.</p>",
        path="/parking/pcn/pay",
    )
    assert fines.decoy == "parking or traffic enforcement"


def test_another_councils_cameras_on_a_shared_website(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Westby town centre CCTV",
        "<p>This page covers Westby Borough Council's cameras only.</p><p>Westby Borough Council owns cameras along"
        " the promenade and in the shopping streets; Devon & Cornwall Police decide how they are watched.</p>",
        path="/community/westby-town-centre-cctv",
    )
    assert pa.signals["cctv_info"] is False


def test_cameras_that_belong_to_those_councils(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Mobile CCTV cameras",
        "<p>Westby, Northgate and Eastby councils each own a mobile CCTV camera paid for by the Police and Crime"
        " Commissioner. The cameras belong to those councils, which decide where they go.</p>",
        path="/community/parish-councils/mobile-cctv",
    )
    assert pa.signals["cctv_info"] is False


def test_round_14_the_councils_operators_and_recordings(analyse_text: Callable[..., PageAnalysis]) -> None:
    code = analyse_text(
        "5.2 Police in the monitoring room\n5.2.1 An officer may watch live pictures in the monitoring room only with the"
        " supervisor's agreement, and each visit is logged.\n5.2.2 Officers may ask for a camera to follow someone, but"
        " control of the cameras stays with Anytown Borough Council's operators.\n"
    )
    assert code.signals["cctv_info"] is True
    notice = analyse_text(
        "Who we share your information with\nWe share camera recordings with Devon & Cornwall Police when they need"
        " them to investigate crime, under an information sharing agreement between Anytown Borough Council and Devon &"
        " Cornwall Police signed in 2024.\n"
    )
    assert notice.signals["cctv_info"] is True and notice.signals["sla"] is True


def test_round_14_no_agreement_no_certificate(analyse_text: Callable[..., PageAnalysis]) -> None:
    minutes = analyse_text(
        "Anytown Borough Council - Overview and Scrutiny Committee, 3 June 2025\n9. Town centre cameras\nMembers asked"
        " whether there was a written agreement with Devon & Cornwall Police on footage requests. The Community Safety"
        " Manager said none had ever been signed; requests follow the council's code.\n"
    )
    assert minutes.signals["sla"] is False
    never = analyse_text(
        "Is the council certified against the Surveillance Camera Code?\nNo. Anytown Borough Council did not apply to"
        " the third party certification scheme. Instead we complete the Commissioner's self assessment tool for the"
        " public space cameras each year and publish it here.\n"
    )
    assert never.signals["certification"] is False
    listed = analyse_text(
        "Surveillance camera compliance at a glance (Anytown Borough Council)\n- Single point of contact: Community"
        " Safety Manager\n- Code certification: step 2 certificate held from 2020 until the scheme closed in November"
        " 2025\n"
    )
    assert listed.signals["certification"] is True


def test_round_14_other_voices(analyse_text: Callable[..., PageAnalysis]) -> None:
    press = analyse_text(
        "Town keeps its camera certificate\nAnytown Borough Council's public space camera service has been recertified"
        " against the Surveillance Camera Code of Practice after a surveillance audit, the council has said.\n"
    )
    assert press.signals["certification"] is False and press.signals["cctv_info"] is False
    quotes = analyse_text(
        "Cameras to go dark after midnight\nCameras in Westby will record but no longer be watched after midnight"
        " under budget plans. The authority says the change saves £90,000. A police spokesperson said officers could"
        " still ask for recordings. One shop owner said the late hours are when trouble starts.\n"
    )
    assert quotes.signals["cctv_info"] is False
    for text in (
        "Our cameras\nThe Harbourside Centre has cameras in the malls and the car park, watched by centre security."
        " Recordings are kept for 30 days. The centre is owned by Harbourside Retail Properties Ltd, which is the data"
        " controller.\n",
        "CCTV policy - St Aidan's Church\nThe church has three cameras covering the porch and the car park. Images are"
        " kept for 14 days and only the churchwardens can view them.\n",
        "Cameras at the Hub\nThe Northgate Community Hub is run by a registered charity. We have cameras at the door"
        " and in the café. Recordings are deleted after 21 days.\n",
        "Our use of CCTV\nHarbour Housing Group follows the Surveillance Camera Code of Practice for the cameras on our"
        " estates. We keep recordings for 30 days.\n",
        "More cameras for Mill Lane\nNorthgate Residents' Association has been asking the council's CCTV team for"
        " cameras on Mill Lane. We will keep pressing.\n",
        "Data protection impact assessment: body worn video (extract)\n4.2 Footage not needed as evidence is deleted"
        " after 31 days.\nOwner: Chief Superintendent, Operations. Devon and Cornwall and Dorset Constabularies.\n",
    ):
        assert analyse_text(text).signals["cctv_info"] is False, text[:40]
    decision = analyse_text(
        "Anytown Borough Council - Cabinet, 9 April 2025\nContract award for the camera network upgrade\nDecision: that"
        " the contract to replace the council's 48 town centre cameras be awarded to the supplier ranked first."
        " Reasons: the control room's analogue equipment is beyond repair.\n"
    )
    assert decision.decoy is None and decision.signals["cctv_info"] is True and decision.secondary is True


def test_a_jobs_page_with_an_adverts_terms_is_an_advert(analyse_html: Callable[..., PageAnalysis]) -> None:
    """Read once a search listed it among very few results: however much it says of the control room it staffs, a page
    in the jobs section with a closing date, a grade or the licence it needs is an advert."""
    for title, body in (
        (
            "Night shift CCTV operator (12-hour shifts)",
            "<p>Join the team that watches the town centre cameras from our control room around the clock, passing"
            " incidents to the police by radio.</p><p>You must hold an SIA public space surveillance licence. Closing"
            " date: 2 May.</p>",
        ),
        (
            "Community protection officer (town centre)",
            "<p>You will be the council's link with the police CCTV operators, arrange repairs to our cameras and deal"
            " with insurers' requests for footage. Grade E.</p>",
        ),
        (
            "Security officer, Civic Centre (ref AB2291)",
            "<p>You will patrol the Civic Centre, monitor the building's camera screens and respond to alarms. An SIA"
            " licence is essential.</p>",
        ),
    ):
        pa = analyse_html(title, body, path="/jobs/" + title.lower().split(" (")[0].replace(" ", "-"))
        assert pa.decoy == "job advert", title
        assert pa.signals["cctv_info"] is False, title


def test_a_planning_decision_named_by_its_reference(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Decision: 24/00871/FUL, Station Road, Westby",
        "<p>Condition 7: CCTV shall be installed to cover the service yard before the unit is first occupied.</p>",
        path="/planning-and-building-control/decisions/24-00871-ful",
    )
    assert pa.decoy == "planning or premises licence condition"


def test_town_cameras_watched_by_the_councils_own_staff(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Town centre cameras",
        "<p>The town centre camera schemes in the east of the county belong to the town councils that pay for them.</p>"
        "<p>Pictures from the towns' cameras are watched and recorded by our fire and rescue service staff at the"
        " county control centre.</p>",
        path="/community/community-safety/town-centre-cameras",
    )
    assert pa.signals["cctv_info"] is True and "operator" in _crit(pa)
