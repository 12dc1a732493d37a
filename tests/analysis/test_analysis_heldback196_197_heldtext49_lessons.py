"""Patterns webs 196-197 and real-text round 49 showed (held back at session 34's freeze cd0e869, opened at session 35's
start). The passages are written for this test (an invented council, Anytown, and invented bodies and places), not taken
from the sets.

- 5.1: a county's signpost saying the town centre cameras "are owned by the district, borough and city councils" gives
  them to councils of other kinds (web 196's Essex); cameras "put up by the Council's sites" in Welsh are its own.
- Certification: a partner's statement quoted on the council's page ("Our control centre has held …", captioned
  "Statement supplied by [Neighbour] City Council") and a room named for a neighbour that "monitors [our] cameras" are the
  neighbour's (web 196's Castle Point and Elmbridge); a body that "audited the council's … system and certified it in
  full (step 2)" certified the council; "nid ydym wedi gwneud cais am ardystiad" (we have not applied) is none (round 49).
- 5.3: a "Community Safety Project Manager" is a post, not a project (web 196's Babergh); a resolution "to appoint a Single
  Point of Contact" appoints nobody yet, and a BID's single point of contact is the BID's (round 49); Welsh "man cyswllt
  unigol" is the role; a tab panel's contact card is read under its tab's name, as under a heading (web 197's Liverpool).
- 5.5: an agreement naming the audited council "not a party" is not its own (web 196's Broadland); an agreement published
  in parts is signed on its signatories' page (web 197's Broxbourne); the SLA a monitoring contract includes is the
  contractor's, and a BID's data sharing agreement the BID's (round 49).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.context import AuthorityContext
from analysis.info_denials import run_by_others_not_us
from analysis.page import PageAnalysis, analyse
from analysis.text import extract

COUNTY = AuthorityContext("Anyshire County Council", "https://www.anyshire.gov.uk/", "Devon & Cornwall", "England")


def test_cameras_owned_by_councils_of_other_kinds(analyse_html: Callable[..., PageAnalysis]) -> None:
    signpost = (
        "<p>Public space cameras across Anyshire are owned by the district, borough and city councils. A few watch their"
        " neighbours' cameras as well as their own.</p><p>To ask about the cameras where you live, contact your local"
        " council.</p>"
    )
    assert not analyse_html("Town centre cameras in Anyshire", signpost, context=COUNTY).signals["cctv_info"]
    # the same words on a district's page may include the district itself
    sentence = "Public space cameras across Anyshire are owned by the district councils."
    assert run_by_others_not_us(sentence, "Anyshire County Council")
    assert not run_by_others_not_us(sentence, "Anytown District Council")


def test_welsh_cameras_put_up_by_the_councils_sites(inspect_text: Callable[..., PageAnalysis]) -> None:
    text = (
        "Teledu cylch cyfyng yn adeiladau'r Cyngor\n\nMae'r hysbysiad hwn yn sôn am gamerâu sydd wedi'u gosod gan"
        " adeiladau unigol y Cyngor, fel llyfrgelloedd a chanolfannau hamdden.\n\nAm ba hyd?\nFel arfer, 28 diwrnod."
    )
    assert inspect_text(text).signals["cctv_info"]


def test_partners_certificates_and_the_councils_own(
    analyse_html: Callable[..., PageAnalysis], inspect_text: Callable[..., PageAnalysis]
) -> None:
    quoted = (
        "<p>Anytown Borough Council owns the 60 cameras. Westford City Council watches them from its control centre under a"
        " monitoring agreement.</p><figure><blockquote><p>Our control centre has held full step 2 certification against the"
        " Surveillance Camera Code of Practice since 2019, and every operator is licensed.</p></blockquote><figcaption>"
        "Statement supplied by <cite>Westford City Council</cite></figcaption></figure><p>Recordings are kept for 31"
        " days.</p>"
    )
    assert not analyse_html("CCTV", quoted).signals["certification"]
    own_words = quoted.replace("Statement supplied by <cite>Westford City Council</cite>", "Photograph: the Guildhall")
    assert analyse_html("CCTV", own_words).signals["certification"]
    room = (
        "<p>A joint statement by Anytown Borough Council and Westford Borough Council.</p><p>The Westford Watch control"
        " centre in Eastbury monitors Anytown's cameras under a service level agreement between our two councils.</p><p>The"
        " Westford Watch control centre holds full certification against the Surveillance Camera Code of Practice.</p>"
    )
    assert not analyse_html("How our cameras are watched", room).signals["certification"]
    audited = (
        "Body-worn video\n\nOur parking and enforcement officers wear body-worn cameras.\n\nCertification\nIn 2022 an"
        " accredited certification body audited the council's body-worn video system and certified it in full (step 2)"
        " under the Commissioner's scheme."
    )
    assert inspect_text(audited).signals["certification"]
    welsh = (
        "Teledu Cylch Cyfyng\n\nMae system teledu cylch cyfyng y Cyngor yn cadw lluniau am 31 diwrnod.\n\nCod Ymarfer"
        " Camerâu Gwyliadwriaeth\nRydym wedi cyhoeddi'r offeryn hunanasesu, ond nid ydym wedi gwneud cais am ardystiad"
        " trydydd parti."
    )
    assert not inspect_text(welsh).signals["certification"]


def test_single_points_of_contact_named_and_not(
    analyse_html: Callable[..., PageAnalysis], inspect_text: Callable[..., PageAnalysis]
) -> None:
    post = (
        "<p>Anytown Borough Council owns 30 cameras in the town centre.</p><h2>Contact</h2><p>The Community Safety Project"
        " Manager is the single point of contact for surveillance cameras: cctv@anytown.gov.uk, 01632 960 111.</p>"
    )
    assert analyse_html("CCTV in Anytown", post).signals["spoc"]
    resolved = (
        "Agenda item\n\nCCTV review - final report\n\nMinutes:\nMembers had reviewed the council's 15 camera systems.\n\n"
        "RESOLVED that Cabinet be recommended:\n(a) to appoint a Single Point of Contact for surveillance cameras;\n(b) to"
        " keep a register of all systems.\n\nContact: Scrutiny Officer, scrutiny@example.gov.uk"
    )
    assert not inspect_text(resolved).signals["spoc"]
    bid = (
        "Business crime\n\nSingle point of contact\nOur Business Crime Manager is the BID's single point of contact for the"
        " radio scheme and for members' CCTV footage requests.\n\nContact: crime@example.org.uk | 01632 960 222"
    )
    assert not inspect_text(bid).signals["spoc"]
    welsh = (
        "Hysbysiad Preifatrwydd TCC\n\nMae camerâu teledu cylch cyfyng y Cyngor yng nghanol y dref.\n\nYr Uned TCC yw'r man"
        " cyswllt unigol ar gyfer holl systemau camerâu gwyliadwriaeth y Cyngor.\n\nCysylltu â ni\nE-bost:"
        " tcc@example.gov.uk"
    )
    assert inspect_text(welsh).signals["spoc"]


def test_a_tab_panels_contact_card_reads_under_its_tab(analyse_html: Callable[..., PageAnalysis]) -> None:
    tabs = (
        "<p>Several council services run cameras. Choose a service.</p><div class='tabs'><div role='tablist'>"
        "<button role='tab' id='t1' aria-controls='p1'>Town Watch</button><button role='tab' id='t2' aria-controls='p2'>"
        "Markets</button></div><div role='tabpanel' id='p1' aria-labelledby='t1'><p>Town Watch runs 120 cameras in the town"
        " centre to prevent and detect crime.</p><p>Write to Town Watch, PO Box 100, Anytown, AN1 1AA, or phone 01632 960"
        " 333.</p></div><div role='tabpanel' id='p2' aria-labelledby='t2' hidden><p>Cameras protect market traders.</p>"
        "</div></div>"
    )
    got = analyse_html("CCTV: how our services use cameras", tabs)
    assert any(f.type == "cctv_contact" for f in got.findings)
    assert (
        "Town Watch\nTown Watch runs 120 cameras"
        in extract(
            f"<html><body><main>{tabs}</main></body></html>".encode(), "https://www.anytown.gov.uk/cctv", "text/html"
        ).text
    )


def test_agreements_not_a_party_in_parts_and_of_others(
    inspect_text: Callable[..., PageAnalysis], ctx: AuthorityContext
) -> None:
    not_party = (
        "Information sharing agreement: Westford Council CCTV\n\nParties: Westford Council and Devon and Cornwall Police."
        " Anytown Borough Council is not a party.\n\nSignatures\nSigned for Westford Council: J. Smith, Director, 4 April"
        " 2024. Signed for Devon and Cornwall Police: A. Jones, Chief Inspector, 4 April 2024."
    )
    assert not inspect_text(not_party, ctx).signals["sla"]
    # (named as the parties, the neighbour and the force alone make the agreement the neighbour's, said or not; with the
    # audited council among them it is its own: web 216's Lewes, session 38)
    assert not inspect_text(not_party.replace(" Anytown Borough Council is not a party.", ""), ctx).signals["sla"]
    joint = not_party.replace(" Anytown Borough Council is not a party.", "").replace(
        "Parties: Westford Council and", "Parties: Westford Council, Anytown Borough Council and"
    )
    assert inspect_text(joint, ctx).signals["sla"]
    page = (
        b"<html><head><title>Part 3: signatories | Anytown Borough Council</title></head><body><main><h1>Part 3:"
        b" signatories</h1><p>Signed for Anytown Borough Council: Head of Community Safety. Date: 7 March 2024.</p><p>Signed"
        b" for Devon and Cornwall Police: Superintendent, Anytown. Date: 7 March 2024.</p><aside><h2>Parts of this"
        b" agreement</h2><ul><li><a href='/node/1'>Information sharing agreement: public space CCTV (part 1: purpose)</a>"
        b"</li><li><a href='/node/2'>Part 2: security</a></li><li><a href='/node/3'>Part 3: signatories</a></li></ul>"
        b"</aside></main></body></html>"
    )
    got = analyse(extract(page, "https://www.anytown.gov.uk/node/3", "text/html"), ctx)
    docs = [f.data for f in got.findings if f.type == "sla"]
    assert docs and docs[0]["signed"] and docs[0]["title"] == "Information sharing agreement: public space CCTV"
    unlisted = page.replace(b"(part 1: purpose)", b"")
    assert not [
        f
        for f in analyse(extract(unlisted, "https://www.anytown.gov.uk/node/3", "text/html"), ctx).findings
        if f.type == "sla"
    ]
    contract = (
        "CCTV monitoring\n\nAnytown Borough Council's 80 cameras are watched by a specialist contractor. The contract"
        " includes a service level agreement requiring operators to answer police radio calls within 30 seconds.\n\n"
        "Contact: cctv@example.gov.uk"
    )
    bid = (
        "Radio link\n\nMembers' images reach Devon and Cornwall Police under the BID's data sharing agreement with the"
        " force.\n\nContact: crime@example.org.uk"
    )
    for text in (contract, bid):
        assert not inspect_text(text).signals["sla"], text[:40]
