"""Patterns webs 226-244 and real-text round 64 showed (webs 226-239 held back at session 39; webs 240-244 and round 64
written blind at session 40 in snapshots of its freeze, freeze40, and opened after they were measured there). The passages
are written for this test (an invented council, Anytown, and invented neighbours, bodies and places), not taken from the
sets.

- Not the council's own cameras: the force closing its own room or asking councils to take cameras over; a contractor's
  cameras and its notice; a fund's page provided by the commissioner, its guidance "for applicants", match funding town
  councils can ask for, grants to other councils towards "their" cameras; a housing association named as data controller;
  a policy that "belongs to" a trust; "Contact your district council about town centre cameras:"; the police control
  room's cameras beside a BID's rangers.
- The council's own: "The only cameras we run are …"; systems "owned by [the council]" beside what it does not run;
  "Council CCTV, recorded 24 hours a day" in a car park table; "A mobile CCTV camera is currently placed in this car
  park"; "The borough's public CCTV is being upgraded"; a membership "run by the scheme, not the council" denies nothing.
- Contact points: a control room's number with a digit too many; "so our operator can look for it"; "For all enquiries
  about this code, contact …"; "Comments and complaints" over an address; "Localities team: mailbox, phone". A neighbour's
  SPOC by its possessive is not the council's; "single point of reference for the day-to-day running" designates none;
  a recommendation "That the council appoint a single point of contact" neither.
- Certificates: a status cell "Certified June 2022"; a row of the council's accreditations list. Not the council's: a
  neighbour's room "processed by the Borough Council of …"; a certificate titled with a neighbour's name; a hub "run by
  Blackburn with Darwen Borough Council, which holds …", "which [X] Council runs", "in [X]'s name"; a company's
  certificate that "does not pass to the council"; an FOI question, "has not held a certificate", an approval that "belongs
  to the contractor".
- Agreements: a code "accepted" by each partner, the force among them, or "agreed by" the council and the force (hints);
  a register's row; a memorandum whose signatures table names the council beside a town council; a Welsh evidence release
  protocol named before "rhwng". Not: a decision to "arrange for it to be signed".
- Where to look: "Information and data", "Agreements with partners", "Accreditations and certificates", "Standards and
  certification", a "Senior management structure".
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.contact_route import find_phone
from analysis.page import PageAnalysis
from analysis.sections import section_families

CCTV_P = "<p>Anytown Borough Council runs 40 public space cameras in the town centre to prevent crime.</p>"


def _types(pa: PageAnalysis) -> set[str]:
    return {f.type for f in pa.findings}


def test_the_forces_own_room_and_plans(analyse_html: Callable[..., PageAnalysis]) -> None:
    for said in (
        "<p>Anyshire Police shut the CCTV control room at Anytown police station in May 2023.</p>"
        "<p>Report crime to the police online or on 101.</p>",
        "<p>Anyshire Police's open space strategy asks districts to take over providing and monitoring public space"
        " cameras.</p>",
    ):
        assert not analyse_html("Reporting crime", said, path="/community-safety/reporting-crime").signals["cctv_info"]


def test_other_bodies_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    for title, said in (
        (
            "Recycling centres",
            "<p>Our contractor runs the six centres. Its cameras watch the gates and the skips, and its privacy notice"
            " explains them.</p>",
        ),
        (
            "Westfield Homes: estate cameras",
            "<p>This page is provided by Westfield Homes (a housing association). The council publishes it for information"
            " and is not responsible for its content.</p><p>Westfield uses cameras at two sheltered schemes. Westfield is"
            " the data controller and keeps recordings for 21 days.</p>",
        ),
        (
            "Commissioner's camera fund",
            "<p>This page is provided by the Office of the Police and Crime Commissioner for Anyshire. The council publishes"
            " it for information and is not responsible for its content.</p><p>Town and parish councils can ask for match"
            " funding towards public space cameras.</p>",
        ),
        (
            "Cabinet decision",
            "<p>Cabinet agreed grants to three district councils towards renewing their town centre cameras.</p>",
        ),
        (
            "Who runs CCTV in Anyshire",
            "<p>Contact your district council about town centre cameras:</p><p>Westby District Council</p>",
        ),
        (
            "Street rangers",
            "<p>The BID's rangers walk the high street and carry radios linked to shops and the police control room's"
            " cameras.</p>",
        ),
    ):
        assert not analyse_html(title, said, path="/community/page").signals["cctv_info"], title


def test_a_funds_guidance_and_a_trusts_policy(analyse_text: Callable[..., PageAnalysis]) -> None:
    guidance = (
        "Camera Fund: guidance for applicants\nWhat we expect\nYour scheme must have regard to the Surveillance Camera Code"
        " of Practice and publish a code of practice.\nYou should hold, or be working towards, third party certification."
    )
    assert not analyse_text(guidance, "/media/fund-guidance.txt").signals["cctv_info"]
    trust = (
        "Leisure trust CCTV policy\nThis policy belongs to the charitable trust that runs the borough's pools under"
        " contract.\nThe trust's duty managers look after the cameras in their pools. Recordings are kept for 21 days."
    )
    assert not analyse_text(trust, "/media/leisure-cctv-policy.txt").signals["cctv_info"]


def test_the_councils_own_cameras_in_few_words(analyse_html: Callable[..., PageAnalysis]) -> None:
    for title, said in (
        (
            "Anti-social behaviour: what we can do",
            "<p>Can the council put a camera in my road?</p><p>No. The only cameras we run are five in the market square,"
            " which record but are not watched live.</p>",
        ),
        (
            "CCTV",
            "<p>We do not run a monitored CCTV network. Six council sites have their own recording systems, owned by Anytown"
            " Borough Council.</p>",
        ),
        (
            "Car parks",
            "<table><tr><th>Car park</th><th>Spaces</th><th>Security</th></tr><tr><td>Mill Lane</td><td>90</td>"
            "<td>Council CCTV, recorded 24 hours a day</td></tr></table>",
        ),
        ("Station Road car park", "<p>Open all day. A mobile CCTV camera is currently placed in this car park.</p>"),
        (
            "CCTV upgrade",
            "<p>The borough's public CCTV is being upgraded with a grant and money of the council's own.</p>",
        ),
        (
            "Shop Watch",
            "<p>The council's town centre cameras are watched from Westby Borough Council's control centre, whose operators"
            " hear the radio calls. Membership is run by the scheme, not the council.</p>",
        ),
    ):
        assert analyse_html(title, said, path="/community/page").signals["cctv_info"], title


def test_contact_points(analyse_html: Callable[..., PageAnalysis]) -> None:
    assert find_phone("Control room (24 hours): 01632 555 7201.") == "01632 555 7201"
    assert find_phone("We had 955 incidents and 119 arrests in 2024") is None
    for said in (
        "<p>The control room watches the town's cameras.</p><p>Control room (24 hours): 01632 555 7201.</p>",
        "<h2>Evidence recorded on CCTV</h2><p>If something happens in one of our car parks, email"
        " parking.help@anytown.example.gov.uk with the place, date and time so our operator can look for it.</p>",
        "<p>For all enquiries about this code, contact the CCMU Manager on 01632 960 510.</p>",
        "<h2>Comments and complaints</h2><p>Property Services, Town Hall, Anytown AN1 1AA. Telephone 01632 960 418.</p>",
        "<p>Localities team: localities@anytown.example.gov.uk, 01632 960 661.</p>",
    ):
        pa = analyse_html("CCTV", CCTV_P + said)
        assert "cctv_contact" in _types(pa), said[:40]


def test_designations_that_are_not_the_councils(
    analyse_html: Callable[..., PageAnalysis], inspect_text: Callable[..., PageAnalysis]
) -> None:
    neighbour = (
        "<p>Westby District Council's single point of contact for surveillance cameras is its Community Safety Manager:"
        " cctv@westby.example.gov.uk.</p>"
    )
    assert not analyse_html("Westby cameras", CCTV_P + neighbour).signals["spoc"]
    running = (
        "<p>The CCTV Manager is the single point of reference for the day-to-day running of the town centre system."
        " Contact: cctv.manager@anytown.example.gov.uk.</p>"
    )
    pa = analyse_html("CCTV code of practice", CCTV_P + running)
    assert not pa.signals["spoc"] and "cctv_contact" in _types(pa)
    recommended = (
        "Report of the CCTV task group\nThe group found 19 camera systems across the council's services.\nRecommendations\n"
        "1. That the council appoint a single point of contact for surveillance cameras to keep a register of systems."
    )
    assert not inspect_text(recommended).signals["spoc"]


def test_certificates_of_the_council(analyse_html: Callable[..., PageAnalysis]) -> None:
    status = (
        "<h2>Standards we work to</h2><table><tr><th>Standard</th><th>Body</th><th>Status</th></tr><tr><td>Surveillance"
        " Camera Code of Practice third-party certification, step 2</td><td>SSAIB</td><td>Certified May 2023</td></tr>"
        "</table>"
    )
    assert analyse_html("CCTV", CCTV_P + status).signals["certification"]
    listing = (
        "<p>Standards our services have been assessed against.</p><table><tr><th>Standard</th><th>Awarded by</th>"
        "<th>Scope</th><th>Date</th></tr><tr><td>Cyber Essentials</td><td>IASME</td><td>Network</td><td>2024</td></tr>"
        "<tr><td>Surveillance Camera Code of Practice: third-party certification, step 2 (full)</td><td>SSAIB</td>"
        "<td>Town centre control room</td><td>October 2020</td></tr></table>"
    )
    assert analyse_html("Accreditations and certificates", listing, path="/about/accreditations").signals[
        "certification"
    ]
    # (not a guide's "Certification" heading over the scheme's steps: nobody's award)
    guide = (
        "<h2>Certification</h2><p>Step 2 means full certification against the Surveillance Camera Code of Practice after"
        " an on-site audit by a certification body.</p>"
    )
    assert not analyse_html("How the scheme works", guide, path="/guides/scheme").signals["certification"]


def test_certificates_of_others(
    analyse_html: Callable[..., PageAnalysis],
    analyse_text: Callable[..., PageAnalysis],
    inspect_text: Callable[..., PageAnalysis],
) -> None:
    for said in (
        "<p>CCTV data is also processed by the Borough Council of Westby and East Downs, with whom the council has an"
        " agreement; the cameras are watched from Westby's control room, which holds full certification under the"
        " Surveillance Camera Commissioner's scheme.</p>",
        "<p>Pictures go to the county hub. The hub is run by Westby with Downtown Borough Council, which holds full"
        " certification against the Surveillance Camera Code of Practice for it.</p>",
        "<p>The cameras are watched at the county hub, which Westby Borough Council runs for its partners. The hub's"
        " control room was awarded step 2 certification in Westby's name in 2019.</p>",
        "<p>The control room the town company ran held a step 2 certificate under the Commissioner's scheme. That"
        " certificate was the company's and does not pass to the council.</p>",
    ):
        assert not analyse_html("CCTV", CCTV_P + said).signals["certification"], said[:50]
    title_line = (
        "Certificate of Compliance - Surveillance Camera Code of Practice Westby Borough Council - Westby public space"
        " CCTV scheme Step 2 full certification awarded 3 May 2019, valid for five years."
    )
    assert not analyse_text(title_line, "/media/westby-certificate.txt").signals["certification"]
    foi = (
        "Request\n1. Is the council's CCTV certified under the Surveillance Camera Commissioner's scheme?\nResponse\n"
        "1. No. Anytown Borough Council has not held a certificate under the Commissioner's third party certification"
        " scheme.\n2. Our maintenance contractor is approved by an inspectorate. That approval belongs to the contractor;"
        " it is not a certificate held by the council."
    )
    assert not inspect_text(foi).signals["certification"]


def test_agreements_spoken_of(
    analyse_text: Callable[..., PageAnalysis], analyse_html: Callable[..., PageAnalysis]
) -> None:
    for code in (
        "Anytown CCTV System - Code of Practice\nThe system grew from a partnership between Anytown Borough Council, Devon"
        " and Cornwall Police and the community safety partnership, each of which has accepted this code.",
        "Anytown CCTV System - Code of Practice\nThe code has been agreed by Anytown Borough Council and Devon and Cornwall"
        " Police.",
    ):
        assert "sla_mention" in _types(analyse_text(code, "/media/code.txt")), code[-40:]
    register = (
        "<table><tr><th>Agreement</th><th>Partner</th><th>Status</th><th>Document</th></tr><tr><td>Housing benefit"
        " matching</td><td>Department for Work and Pensions</td><td>Signed 2021</td><td>On request</td></tr><tr><td>Public"
        " space CCTV evidence</td><td>Devon and Cornwall Police</td><td>Signed 2023</td><td>On request</td></tr></table>"
    )
    pa = analyse_html("Data sharing register", register, path="/council/transparency/data-sharing-register")
    mentions = [f for f in pa.findings if f.type == "sla_mention"]
    assert mentions and mentions[0].data["force"] == "Devon and Cornwall Police"


def test_agreements_signed_or_to_be(
    analyse_text: Callable[..., PageAnalysis], inspect_text: Callable[..., PageAnalysis]
) -> None:
    memorandum = (
        "Market town CCTV memorandum of understanding\nThis memorandum records how Anytown Borough Council, Westby Town"
        " Council and Devon and Cornwall Police run the market town CCTV scheme.\n1. The town council owns the cameras; the"
        " borough council staffs the control room.\nSignatures\nSigned for Name Position Date\nAnytown Borough Council"
        " A. Reed Chief Executive 3 March 2024\nWestby Town Council B. Lowe Town Clerk 5 March 2024\nDevon and Cornwall"
        " Police C. Hart Chief Inspector 12 March 2024"
    )
    assert analyse_text(memorandum, "/community-safety/cctv-memorandum.txt").signals["sla"]
    welsh = (
        "Adolygiad Blynyddol Teledu Cylch Cyfyng\nMae gan y Cyngor 120 o gamerâu teledu cylch cyfyng yn y dref.\n"
        "Mae'r Protocol Rhyddhau Tystiolaeth rhwng y Cyngor a Heddlu De Cymru, a lofnodwyd gan y ddau gorff yn 2021, yn"
        " parhau mewn grym."
    )
    assert inspect_text(welsh).signals["sla"]
    decision = (
        "Executive decision\nCCTV information sharing agreement with Devon and Cornwall Police\nThe council gives footage to"
        " the police without a written agreement. A draft agreement is appended.\nDECISION\n1. That the draft agreement be"
        " approved in principle.\n2. That the Legal Services Manager finalise the agreement and arrange for it to be"
        " signed by both parties."
    )
    assert not inspect_text(decision).signals["sla"]


def test_where_such_pages_are_filed() -> None:
    site = "https://www.anytown.gov.uk"
    assert "transparency" in section_families(site + "/information-and-data", "Information and data")
    assert "transparency" in section_families(
        site + "/transparency/agreements-with-partners", "Agreements with partners"
    )
    assert "awards" in section_families(site + "/data/accreditations", "Accreditations and certificates")
    assert "awards" in section_families(site + "/cctv/standards", "Standards and certification")
    assert "structure" in section_families(site + "/about/senior-management", "Senior management structure")


def test_other_bodies_naming_themselves(inspect_text: Callable[..., PageAnalysis]) -> None:
    """Rounds 59, 61 and 62: a university, a company, a charity, a Welsh housing association, a school and a community
    council each name themselves as their cameras' controller or owner; a force speaks of its own liaison officer and its
    own body worn video."""
    for text in (
        "Campus CCTV code\nThis code governs the cameras on the Westby campuses. The system and all recordings belong to the"
        " University, which is the data controller. Recordings are kept for 28 days.",
        "Security and CCTV notice\nThe market hall is managed by Westby Markets Ltd, which is the controller for images"
        " recorded in the halls and yards. CCTV images are kept for 30 days.",
        "CCTV notice\nWestby Libraries is an independent charity that runs the county's libraries. We use CCTV in most"
        " libraries. The data controller is Westby Libraries, not Anyshire County Council.",
        "Polisi Teledu Cylch Cyfyng\nMae Tai Bro Westby yn defnyddio camerâu teledu cylch cyfyng yn rhai o'n blociau o"
        " fflatiau er mwyn diogelu tenantiaid.",
        "Hysbysiad preifatrwydd\nMae gan yr ysgol bedwar camera wrth y fynedfa. Corff llywodraethu'r ysgol yw'r rheolydd data.",
        "Polisi Teledu Cylch Cyfyng\nCyngor Cymuned Cwm Westby\nMae'r Cyngor Cymuned yn berchen ar ddau gamera teledu cylch"
        " cyfyng ar y cae chwarae. Caiff lluniau eu cadw am 14 diwrnod.",
        "Working with council CCTV\nCouncil control rooms help our officers every day. The force has a dedicated Local"
        " Authority CCTV Liaison Officer, the single point of contact within Anyshire Police for council control room"
        " managers.",
        "News\nAnyshire Constabulary's use of body worn video has been certified against the Surveillance Camera Code of"
        " Practice after an independent audit.",
    ):
        assert not inspect_text(text).signals["cctv_info"], text[:50]


def test_an_agreement_the_council_has_left(analyse_html: Callable[..., PageAnalysis]) -> None:
    """Held-back web 226's Newark and Sherwood: the page links the signed copy of a partnership agreement it says it left;
    5.5 rests on the statement, partial, never on the copy."""
    from analysis.assess import verdicts

    left = (
        CCTV_P
        + "<h2>The partnership agreement</h2><p>We gave notice under the Anyshire CCTV partnership agreement and left"
        " the partnership on 31 March 2026, so the agreement no longer covers our cameras. A new protocol with Devon and"
        " Cornwall Police is being drawn up.</p>"
        '<p><a href="/media/anyshire-cctv-partnership-agreement-signed.pdf">Anyshire CCTV partnership agreement 2019'
        " (signed) (PDF)</a></p>"
    )
    page = analyse_html("CCTV", left)
    ended = [f for f in page.findings if f.type == "sla_ended"]
    assert ended and ended[0].data["urls"] == [
        "https://www.anytown.gov.uk/media/anyshire-cctv-partnership-agreement-signed.pdf"
    ]
    signed = (
        "Anyshire CCTV Partnership Agreement\nParties: the partner councils and the Chief Constable of Devon and Cornwall"
        " Police.\nSigned for Anytown Borough Council: A. Reed, Director of Communities, 2 May 2019.\nSigned for Devon and"
        " Cornwall Police: B. Khan, Assistant Chief Constable, 16 May 2019."
    )
    from analysis.context import AuthorityContext
    from analysis.page import analyse
    from analysis.text import extract

    ctx = AuthorityContext("Anytown Borough Council", "https://www.anytown.gov.uk/", "Devon & Cornwall", "England")
    doc = analyse(
        extract(
            signed.encode(),
            "https://www.anytown.gov.uk/media/anyshire-cctv-partnership-agreement-signed.pdf",
            "text/plain",
        ),
        ctx,
    )
    assert doc.signals["sla"]
    assert verdicts([doc], "ok")["5.5"]["status"] == "met"
    assert verdicts([page, doc], "ok")["5.5"]["status"] == "partial"
    from analysis.confidence import UNSEARCHED, with_confidence

    rated = with_confidence("5.5", verdicts([page, doc], "ok")["5.5"], [page, doc], UNSEARCHED)
    assert any("no longer in force" in w for w in rated["evidence_strength"]["weak"]), rated["evidence_strength"]


def test_a_council_named_as_data_controller_stays_the_councils(inspect_text: Callable[..., PageAnalysis]) -> None:
    """Guard for the data-controller rule above (another body by its name): a council by its Welsh name or its initials is
    the council itself."""
    for text in (
        "CCTV privacy notice\nCyngor Westby is the data controller for images from the public space cameras in the town."
        " Recordings are kept for 31 days.",
        "CCTV privacy notice\nWBC is the data controller for images from the public space cameras in the town. Recordings"
        " are kept for 31 days.",
    ):
        assert inspect_text(text).signals["cctv_info"], text[:50]
    # ... and, where the council is known, its own place name said bare is no other body's denial
    from analysis.info_denials import not_the_councils

    bare = "Anytown is the data controller for images from the public space cameras in the town."
    assert not not_the_councils(bare, "Anytown")
    assert not_the_councils(bare.replace("Anytown is", "Westfield Homes is"), "Anytown")


def test_guards_from_the_regression_run(
    analyse_html: Callable[..., PageAnalysis], analyse_text: Callable[..., PageAnalysis]
) -> None:
    """Webs 171 and 189, which this session's first changes broke: the council as data controller after its postal address,
    and an agreement "not signed again here" because its sign-off table holds both parties' signatures."""
    address = (
        "<p>Anytown Borough Council, Town Hall, Market Street, Anytown is the data controller for CCTV recordings made in"
        " public spaces. Recordings are kept for 31 days.</p>"
    )
    assert analyse_html("CCTV privacy notice", address, path="/privacy/cctv").signals["cctv_info"]
    isa = (
        "Information Sharing Agreement: public space camera images. Parties: Anytown Borough Council and Devon and Cornwall"
        " Police.\nVersion 2. Status: signed by both parties.\nApproved for Anytown Borough Council: A. Reed, Director -"
        " signed 14 March 2024. Approved for Devon and Cornwall Police: Superintendent B. Khan - signed 21 March 2024.\n"
        "4. Signatures\nThis agreement is not signed again here: the approvals above are the signatures of both parties."
    )
    sla = [f for f in analyse_text(isa, "/media/isa.txt").findings if f.type == "sla"]
    assert sla and sla[0].data["signed"]
