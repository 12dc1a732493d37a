"""Patterns webs 278-283 and real-text rounds 76-77 showed (written blind at session 43 in snapshots of its code, measured
once at its freeze, freeze44, then opened in the same session). The passages are written for this test (an invented
council, Anytown, and invented neighbours, posts and places), not taken from the sets.

- Whose certificate: "the control room in [a town], which is run by [Neighbour] District Council, was awarded …"; "The
  [Neighbour] control room … holds full certification" beside "watched on our behalf by the shared service of [Neighbour]
  … Councils"; "completed the self-assessment and applied for step one" is no certificate; a certificate document's
  "Date of award: [date]" line is its award.
- Whose cameras: "part of [Neighbour] City Council's system"; "covered by council CCTV" is the council's own.
- A CCTV page that names a parish council's camera after its own operators keeps its contact line.
- Agreements: "the Police Access Protocol … agreed and signed by …"; a code "agreed and signed by [the council] and [the
  force]"; a force "not in a position to enter into a funding or service agreement" made none.
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.text import extract

SITE = "https://www.anytown.gov.uk"


def _page(ctx: AuthorityContext, title: str, main: str, path: str) -> PageAnalysis:
    html = (
        f"<html><head><title>{title} | {ctx.name}</title></head><body><main><h1>{title}</h1>{main}</main></body></html>"
    )
    return analyse(extract(html.encode(), SITE + path, "text/html"), ctx)


def _doc(ctx: AuthorityContext | None, text: str, path: str) -> PageAnalysis:
    return analyse(extract(text.encode(), SITE + path, "text/plain"), ctx)


def test_a_neighbours_room_and_its_certificate(ctx: AuthorityContext) -> None:
    run_by = (
        "<p>Anytown Borough Council owns 30 cameras in the town centre.</p><p>The control room in Northby, which is run by"
        " Northby District Council, was awarded full certification under the Commissioner's scheme.</p>"
    )
    assert not _page(ctx, "CCTV", run_by, "/community-safety/cctv").signals["certification"]
    behalf = (
        "<p>Twenty public space cameras in Anytown belong to the council.</p><p>They are watched on our behalf by the shared"
        " CCTV service of Eastby District and Northby Borough Councils from the control room at Northby Town Hall.</p>"
        "<p>The Northby control room has been independently audited and holds full certification.</p>"
    )
    assert not _page(ctx, "Town centre CCTV", behalf, "/community-safety/cctv").signals["certification"]
    # (the council's own room, named by its own town, keeps its certificate)
    own = behalf.replace("The Northby control room", "The Anytown control room")
    assert _page(ctx, "Town centre CCTV", own, "/community-safety/cctv").signals["certification"]


def test_an_application_is_no_certificate_and_an_award_line_is_one(ctx: AuthorityContext) -> None:
    applied = (
        "<p>Our control room watches 150 cameras in the town centre and the parks.</p><p>We completed the Commissioner's"
        " self-assessment and applied for step one (desktop) certification, but the assessment had not taken place when the"
        " national scheme closed.</p>"
    )
    pa = _page(ctx, "CCTV", applied, "/community-safety/cctv")
    assert not any(f.type == "certification" for f in pa.findings)
    certificate = (
        "Certificate of Compliance\n"
        "Awarded to Anytown Borough Council, CCTV Control Centre, Civic Offices, Anytown.\n"
        "Step 2: full certification against the Surveillance Camera Code of Practice Date of award: 2 June 2022. Valid for"
        " five years, subject to annual review.\n"
    )
    assert _doc(ctx, certificate, "/media/cctv-certificate.txt").signals["certification"]


def test_whose_cameras_by_system_and_by_council_cctv(ctx: AuthorityContext) -> None:
    part_of = (
        "<p>The cameras in Anytown High Street are part of Northby City Council's system and are watched from Northby's"
        " control room. Requests for footage should go to Northby City Council.</p>"
    )
    assert not _page(ctx, "Cameras in Anytown", part_of, "/community-safety/town-cameras").signals["cctv_info"]
    car_park = "<p>Open 24 hours. Pay by card or at the machines.</p><p>Signs at each entrance tell you that the car park is covered by council CCTV.</p>"
    assert _page(ctx, "Riverside car park", car_park, "/parking/car-parks/riverside").signals["cctv_info"]


def test_a_parish_camera_named_after_the_councils_own_room_keeps_the_contact(ctx: AuthorityContext) -> None:
    page = (
        "<p>The council employs its own operators, and someone is on duty in our control room at every hour of the day.</p>"
        "<p>Devon and Cornwall Police receive live pictures and can talk to the operators by radio during an incident.</p>"
        "<p>Recordings stay with the council; only our staff and police officers may look at them.</p>"
        "<p>The control room also watches a camera owned by Northby Parish Council.</p>"
        "<h2>Contact</h2><p>CCTV control room: 01632 960 515.</p>"
        "<h2>Useful documents</h2><p><a href='/media/cctv-code.pdf'>CCTV code of practice 2025 (PDF)</a></p>"
    )
    pa = _page(ctx, "CCTV", page, "/cctv")
    assert any(f.type == "cctv_contact" and f.data.get("phone") == "01632 960 515" for f in pa.findings)


def test_agreements_by_protocol_name_by_signing_and_a_refusal() -> None:
    protocol = (
        "Police use of the CCTV control room\n\n"
        "Anytown Council's control room monitors 200 cameras across the borough.\n\n"
        "Devon and Cornwall Police officers may view live images in the control room under the Police Access Protocol. The"
        " protocol was agreed and signed by the council's Director of Communities and the force's Assistant Chief Constable"
        " in May 2024.\n"
    )
    assert _doc(None, protocol, "/media/control-room.txt").signals["sla"]
    code = (
        "CCTV code of practice\n\nOur code of practice\nThe code sets out how the cameras are run and who may see images. It"
        " has been agreed and signed by Anytown Council and Devon and Cornwall Police, and both are bound by it.\n"
    )
    assert _doc(None, code, "/media/code-page.txt").signals["sla"]
    refused = (
        "CCTV Working Party - notes\n\n"
        "The Inspector explained how officers use the district's 40 cameras. She confirmed that the Constabulary does not"
        " pay for partners' CCTV and was not in a position to enter into a funding or service agreement with the Council.\n"
    )
    assert not _doc(None, refused, "/media/working-party.txt").signals["sla"]
