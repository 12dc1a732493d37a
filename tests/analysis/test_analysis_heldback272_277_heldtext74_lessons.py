"""Patterns webs 272-277 and real-text rounds 74-75 showed (written blind at session 42 in snapshots of its code, measured
once at its freeze, freeze43, and opened at session 43). The passages are written for this test (an invented council,
Anytown, and invented neighbours, posts and places), not taken from the sets.

- Records: a review sheet's "Label: value" lines are fields, not one wrapped sentence ("Single point of contact
  (surveillance cameras): [post], [phone]" over "Authorising officer: [post]"); a signing line ending with its date is
  not continued by the next party's.
- Agreements: a joint code's certificate for the council signed, the next partner's blank; a partner council's line
  "awaiting signature" under the council's and the force's signed lines; a "concordat" and a "memorandum of agreement"
  with the force; "starts on … and ends on [a date]" is a term that ended; minutes going on about "The agreement sets
  out how [the force] may …"; the council asked and the force declined.
- Where a page sits: an HTML breadcrumb naming a CCTV committee places its agenda item; a sidebar box designating the
  camera SPOC beside the CCTV page.
- Contacts: "Questions: [mailbox]" as a cell of a links row ("our ward cameras" are no hospital's wards); "… contact the
  [team]." over "Email: …" and "Tel: …".
- Certificates: "the control room run by [Neighbour] District Council holds …" is the neighbour's; "approved revenue of £N
  to obtain … certification" is progress.
- Look-alikes: a contract change notice; a recycling centre's camera privacy notice is no parking page.
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.text import extract

SITE = "https://www.anytown.gov.uk"


def _page(ctx: AuthorityContext, title: str, main: str, path: str, outside: str = "", crumbs: str = "") -> PageAnalysis:
    html = (
        f"<html><head><title>{title} | {ctx.name}</title></head><body>{crumbs}<main><h1>{title}</h1>{main}</main>"
        f"{outside}<footer><a href='/a-z'>A to Z</a></footer></body></html>"
    )
    return analyse(extract(html.encode(), SITE + path, "text/html"), ctx)


def _doc(ctx: AuthorityContext | None, text: str, path: str) -> PageAnalysis:
    return analyse(extract(text.encode(), SITE + path, "text/plain"), ctx)


def _agreements(pa: PageAnalysis) -> list[dict]:
    return [d for d in pa.sla if d.get("kind") == "document"]


def test_a_review_sheets_fields_are_read_one_by_one() -> None:
    sheet = (
        "Public space cameras - yearly review 2026\n\n"
        "This review is published every year so that residents can see how the council's town centre cameras are run.\n\n"
        "Single point of contact (surveillance cameras): Safer Streets Manager, telephone 01632 960 412\n"
        "Authorising officer: Director of Place\n"
        "Next review due: 1 May 2027\n"
    )
    pa = _doc(None, sheet, "/media/camera-review-2026.txt")
    assert pa.signals["spoc"]
    assert pa.spoc is not None and pa.spoc["phone"] == "01632 960 412"
    # (a RIPA authorising officer on its own sentence still keeps a designation off: the guard the review sheet slipped)
    ripa = (
        "Covert surveillance\n\nThe senior responsible officer for covert surveillance is the Director of Law; each"
        " authorising officer is trained every two years.\n"
    )
    assert not _doc(None, ripa, "/media/ripa.txt").signals["spoc"]


def test_a_joint_codes_certificates_are_read_partner_by_partner(ctx: AuthorityContext) -> None:
    code = (
        "Joint CCTV code of practice for Anytown and Northby\n"
        "The code covers the cameras of both councils.\n"
        "Schedule A: Anytown Borough Council\n"
        "Certificate of agreement for the Anytown cameras.\n"
        "Signed for and on behalf of Anytown Borough Council: Head of Environment, 3 March 2025\n"
        "Signed for and on behalf of Devon and Cornwall Police: Superintendent K. Moss, area commander, 3 March 2025\n"
        "Schedule B: Northby District Council\n"
        "Certificate of agreement for the Northby cameras.\n"
        "Signed for and on behalf of Northby District Council: .............................. Date: ..../..../20__\n"
        "Signed for and on behalf of Devon and Cornwall Police: .............................. Date: ..../..../20__\n"
    )
    docs = _agreements(_doc(ctx, code, "/media/joint-cctv-code.txt"))
    assert docs and docs[0]["signed"] and not docs[0]["draft"]
    assert docs[0]["date"] == "2025-03-03"


def test_a_partners_missing_signature_leaves_the_councils_own_signed(ctx: AuthorityContext) -> None:
    isa = (
        "Information Sharing Agreement: public space CCTV - Devon and Cornwall Police, Anytown Borough Council and Northby"
        " District Council\n"
        "1. Parties\nDevon and Cornwall Police, Anytown Borough Council and Northby District Council.\n"
        "2. Purpose\nHow recordings from each council's cameras are asked for by and given to the police.\n"
        "9. Signatures\n"
        "Signed for Anytown Borough Council: P. Okafor, Director of Communities, 2 June 2025\n"
        "Signed for Devon and Cornwall Police: Chief Inspector L. Grant, 2 June 2025\n"
        "Signed for Northby District Council: awaiting signature\n"
    )
    docs = _agreements(_doc(ctx, isa, "/media/isa-cctv.txt"))
    assert docs and docs[0]["signed"] and not docs[0]["draft"]
    # (for the partner whose line is blank, the same paper is not signed)
    northby = AuthorityContext("Northby District Council", "https://www.northby.gov.uk/", "Devon & Cornwall", "England")
    theirs = _agreements(_doc(northby, isa, "/media/isa-cctv.txt"))
    assert theirs and not theirs[0]["signed"]


def test_a_concordat_and_a_memorandum_of_agreement_are_agreements(ctx: AuthorityContext) -> None:
    concordat = (
        "The Anyshire CCTV Concordat\n"
        "A concordat between the councils whose cameras the Anyshire hub watches and Devon and Cornwall Police.\n"
        "What we agree\n1. The police ask for recordings through the hub's request log.\n"
        "Signatories\n"
        "Signed for and on behalf of Anytown Borough Council Name: R. Hale Position: Head of Operations Date: 4 May 2024\n"
        "Signed for and on behalf of Devon and Cornwall Police Name: T. Byrne Position: Superintendent Date: 9 May 2024\n"
    )
    docs = _agreements(_doc(ctx, concordat, "/media/concordat.txt"))
    assert docs and docs[0]["signed"] and docs[0]["force"] == "Devon and Cornwall Police"
    memo = (
        "Memorandum of Agreement - public space CCTV - Devon and Cornwall Police and Anytown Borough Council\n"
        "From 1 April 2025 the council is the data controller for the cameras it owns.\n"
        "Signed for and on behalf of Devon and Cornwall Police\nName: J. Ellis\nPosition: Assistant Chief Constable\n"
        "Date: 11 March 2025\n"
        "Signed for and on behalf of Anytown Borough Council Name: S. Patel Position: Director of Place Date: 14 March 2025\n"
    )
    docs = _agreements(_doc(ctx, memo, "/media/memorandum.txt"))
    assert docs and docs[0]["signed"]


def test_an_agreement_that_ended_on_a_date_says_its_term(ctx: AuthorityContext) -> None:
    isa = (
        "Information Sharing Agreement - CCTV - Anytown Borough Council and Devon and Cornwall Police\n"
        "Term\nThis agreement starts on 1 May 2019 and ends on 30 April 2022.\n"
        "Signed for and on behalf of Anytown Borough Council Name: A. Reid Position: Community Safety Manager Date: 1 May"
        " 2019\n"
        "Signed for and on behalf of Devon and Cornwall Police Name: M. Shah Position: Superintendent Date: 1 May 2019\n"
    )
    docs = _agreements(_doc(ctx, isa, "/media/isa-2019.txt"))
    assert docs and docs[0]["term_ends"] == 2022
    running = isa.replace(
        "This agreement starts on 1 May 2019 and ends on 30 April 2022.", "It is reviewed every year."
    )
    assert _agreements(_doc(ctx, running, "/media/isa-2019.txt"))[0]["term_ends"] is None


def test_minutes_about_the_agreement_and_a_forces_refusal() -> None:
    minutes = (
        "Cabinet - 3 February 2026\n\n"
        "Minute 88: Town centre cameras - information sharing\n\n"
        "The report told Cabinet that the information sharing agreement covering the council's town centre CCTV had been"
        " renewed. The agreement sets out how Devon and Cornwall Police may view live pictures and ask for recordings.\n\n"
        "Cabinet noted the renewed agreement.\n"
    )
    assert _doc(None, minutes, "/media/cabinet-minutes.txt").signals["sla"]
    refused = (
        "Communities Committee - 4 March 2026\n\n"
        "Item 6: Town centre cameras\n\n"
        "Officers reported that the council's 40 cameras would move to a new recording platform next year.\n\n"
        "Members were told that officers had asked Devon and Cornwall Police to agree a service level agreement and share"
        " the running costs. The force had said that it would not contribute and did not wish to enter a formal agreement"
        " for now.\n\n"
        "RESOLVED: That the move to the new platform be approved.\n"
    )
    assert not _doc(None, refused, "/media/committee-minutes.txt").signals["sla"]


def test_a_cctv_committees_agenda_item_is_placed_by_its_breadcrumb(ctx: AuthorityContext) -> None:
    item = (
        "<p>The Board noted that the information sharing agreement between the three partner councils and Devon and"
        " Cornwall Police had been renewed for two years.</p>"
    )
    crumbs = (
        "<nav class='breadcrumb' aria-label='Breadcrumb'><a href='/'>Home</a> &gt; <a href='/committees'>Committees</a>"
        " &gt; <a href='/committees/cctv-board'>Joint CCTV Board</a></nav>"
    )
    title = "Agenda item - Information sharing with Devon and Cornwall Police"
    assert _page(ctx, title, item, "/mgAi.aspx?ID=4411", crumbs=crumbs).signals["sla"]
    # (the same item under a committee of another subject says nothing of the cameras)
    other = crumbs.replace("Joint CCTV Board", "Licensing Committee").replace("cctv-board", "licensing")
    assert not _page(ctx, title, item, "/mgAi.aspx?ID=4411", crumbs=other).signals["sla"]


def test_a_sidebar_box_names_the_camera_spoc(ctx: AuthorityContext) -> None:
    main = (
        "<p>Anytown Borough Council owns and runs 60 public space cameras in the town centre, watched from its own control"
        " room.</p><p>Recordings are kept for 31 days.</p>"
    )
    box = (
        "<aside class='sidebar'><section class='widget'><h2>Who is responsible</h2><p>Our Head of Public Protection is the"
        " council's single point of contact for all its surveillance camera systems.</p><p><a"
        " href='mailto:cameras@anytown.gov.uk'>cameras@anytown.gov.uk</a></p></section></aside>"
    )
    assert _page(ctx, "CCTV", main, "/community-safety/cctv", outside=box).signals["spoc"]
    assert not _page(ctx, "CCTV", main, "/community-safety/cctv").signals["spoc"]
    # (the same box beside a page that is not the council's camera information is not read)
    bins = (
        "<p>Bins are emptied every other week. Put your bin out by 7am on the day and bring it back in the same evening.</p>"
        "<p>Garden waste is collected from March to November for those who subscribe to the service each year.</p>"
        "<p>Report a missed bin within two working days and we will come back for it before the next round.</p>"
    )
    assert not _page(ctx, "Bin collections", bins, "/bins", outside=box).signals["spoc"]


def test_contacts_in_a_links_row_and_under_a_directive(ctx: AuthorityContext) -> None:
    row = (
        "<p>Anytown Borough Council owns 40 cameras in the town centre and 30 ward cameras that move between estates.</p>"
        "<p><a href='/cctv/where'>Where our ward cameras are</a> | <a href='/cctv/footage'>Ask for footage</a> | Questions:"
        " <a href='mailto:cctv.team@anytown.gov.uk'>cctv.team@anytown.gov.uk</a></p>"
    )
    pa = _page(ctx, "CCTV and ward cameras", row, "/community-safety/cctv")
    assert any(f.type == "cctv_contact" and "cctv.team@anytown.gov.uk" in f.quote for f in pa.findings)
    directive = (
        "<p>Our 50 town centre cameras are watched from the council's control room.</p>"
        "<h2>Asking for footage</h2><p>Recordings are kept for 30 days.</p>"
        "<p>For more information or to ask for footage contact the Safer Anytown Team.</p>"
        "<p>Email: please use the form below</p><p>Tel: 01632 960 733</p>"
    )
    pa = _page(ctx, "CCTV", directive, "/community-safety/cctv")
    contact = next(f for f in pa.findings if f.type == "cctv_contact")
    assert contact.data["phone"] == "01632 960 733"


def test_whose_certificate_and_progress_to_one(ctx: AuthorityContext) -> None:
    shared = (
        "<p>Anytown Borough Council owns the cameras in the town centre. They are watched from a control room shared with"
        " three other councils.</p><p>The control room run by Northby District Council holds third-party certification.</p>"
    )
    assert not _page(ctx, "CCTV", shared, "/community-safety/cctv").signals["certification"]
    own = shared.replace("run by Northby District Council", "run by Anytown Borough Council")
    assert _page(ctx, "CCTV", own, "/community-safety/cctv").signals["certification"]
    decision = (
        "Decision details\n\nTown centre cameras\nDecision maker: Cabinet\n\nDecision\nThe Cabinet:\n"
        "1. approved capital spending of £140,000 to replace 30 cameras;\n"
        "2. approved revenue of £8,000 to obtain independent third-party certification of the council's public space"
        " camera system under the Commissioner's scheme.\n"
    )
    assert _doc(None, decision, "/media/decision.txt").signals["certification"]


def test_look_alikes_a_contract_notice_and_a_recycling_centre_notice() -> None:
    notice = (
        "Contract change notice\n"
        "Buyer: Anytown Borough Council\n"
        "Contract: CCTV maintenance services (awarded June 2022)\n"
        "Nature of change: term extended by a year; 12 redeployable cameras added to the asset list\n"
        "CPV: 50343000 - repair and maintenance services of video equipment\n"
    )
    assert not _doc(None, notice, "/media/contract-change.txt").signals["cctv_info"]
    tips = (
        "Recycling centre and enforcement cameras - privacy notice\n\n"
        "Anytown County Council uses fixed cameras and number plate cameras at its nine recycling centres, and movable"
        " cameras at fly-tipping hotspots.\n\n"
        "Footage showing a possible crime may be given to Devon and Cornwall Police under an information sharing"
        " agreement between Anytown County Council and Devon and Cornwall Police, signed in 2024.\n"
    )
    pa = _doc(None, tips, "/media/recycling-cameras-privacy.txt")
    assert pa.signals["cctv_info"] and pa.signals["sla"]


def test_a_parks_page_counting_the_cameras_that_cover_it(ctx: AuthorityContext) -> None:
    park = "<p>Millfield Park has a pavilion, a pond and a skate ramp.</p><p>Three CCTV cameras on a pole by the pond cover the park.</p>"
    assert _page(ctx, "Millfield Park", park, "/parks/millfield-park").signals["cctv_info"]
    # (a town council's cameras there are that council's)
    theirs = park.replace("Three CCTV cameras", "Northby Town Council's three CCTV cameras")
    assert not _page(ctx, "Millfield Park", theirs, "/parks/millfield-park").signals["cctv_info"]


def test_the_councils_own_blank_line_and_a_forces_signing_block_in_fields() -> None:
    # (a council whose name joins two places: its own blank line still leaves the protocol unsigned for it)
    twin = AuthorityContext("Anytown and Northby Borough Council", SITE + "/", "Devon & Cornwall", "England")
    protocol = (
        "Protocol for police access to Anytown and Northby CCTV\n"
        "Anytown and Northby Borough Council and Devon and Cornwall Police\n"
        "Police officers may view live pictures from the council's control room and ask for copies of recordings.\n"
        "Signatures\n"
        "Signed on behalf of Devon and Cornwall Police: Chief Inspector R. Amis, local policing area. Date: 2 May 2025.\n"
        "Signed on behalf of Anytown and Northby Borough Council: ______________________ Name: ______________ Date: ______\n"
    )
    docs = _agreements(_doc(twin, protocol, "/media/police-access-protocol.txt"))
    assert docs and not docs[0]["signed"]
    # (the force's signing block as field lines under its "Signed for" line, each party's line ending with its date)
    deed = (
        "Deed of Variation to the Joint Camera Room Agreement\n"
        "Parties Anytown and Northby Borough Council, Eastby District Council and the Chief Constable of Devon and"
        " Cornwall Police.\n"
        "Variation\nClause 6 is replaced: the cameras are recorded without live watching outside the agreed hours.\n"
        "Signatures\n"
        "Signed for and on behalf of Anytown and Northby Borough Council Name: B. Hart Position: Director of Place Date: 3"
        " March 2025\n"
        "Signed for and on behalf of Eastby District Council Name: C. Lowe Position: Director of Finance Date: 4 March 2025\n"
        "Signed for and on behalf of Devon and Cornwall Police\n"
        "Name: D. Fox\n"
        "Position: Chief Inspector, district commander\n"
        "Date: 6 March 2025\n"
    )
    docs = _agreements(_doc(twin, deed, "/media/deed-of-variation.txt"))
    assert docs and docs[0]["signed"] and docs[0]["force"] == "Devon and Cornwall Police"
