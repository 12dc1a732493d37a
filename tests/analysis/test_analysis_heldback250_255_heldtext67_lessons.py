"""Patterns webs 250-255 and real-text rounds 67-68 showed (written blind at session 41 in snapshots of its code, measured
once at its freeze, freeze41, then opened). The passages are written for this test (an invented council, Anytown, and
invented neighbours, bodies and places), not taken from the sets.

- Pages as a reader sees them: a picture whose long alt text is a structure chart naming the SPOC; a dialog inside the
  main content opened by "Contact the CCTV team"; the control room's page by its own name ("[Town] Security Centre").
- Not the council's: a partner's centre certified "in its own name"; "[Partner] City Council's CCTV service, which hosts the
  control room, has held … certification for its own system"; a model CCTV policy for schools; a BID that "has bought two
  cameras of its own"; a port's own police (not the council's force); a body that says "as a housing association we", or
  speaks as "we" with no council named and only non-council mailboxes.
- The council's own: "our … officers and licensing staff wear small cameras"; "Council cameras record the play area";
  a parking team's body worn camera notice; minutes that set a rail operator's cameras apart from "the Council's system".
- Certificates kept after a surveillance visit ("kept its certificate of compliance with the Code"), "recommended us for
  full certification (step 2)", Welsh "yn dal tystysgrif lawn (cam 2)"; an application "to [a body] for full (step 2)
  certification". FOI answers: "1. Yes. The council has a service level agreement with [the force] for the monitoring of
  the [town] centre cameras".
- A memorandum whose control room "operates within [town] Police Station" is no force's own page.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.context import AuthorityContext, find_forces
from analysis.links import assess_link
from analysis.page import PageAnalysis, analyse
from analysis.text import Link, extract

CCTV_P = "<p>Anytown Borough Council runs 40 public space cameras in the town centre to prevent crime.</p>"


def _types(pa: PageAnalysis) -> set[str]:
    return {f.type for f in pa.findings}


def _page(ctx: AuthorityContext, main: str, path: str = "/community-safety/cctv") -> PageAnalysis:
    html = f"<html><head><title>Page | Anytown Borough Council</title></head><body><main>{main}</main></body></html>"
    return analyse(extract(html.encode(), "https://www.anytown.gov.uk" + path, "text/html"), ctx)


def test_what_a_reader_sees(ctx: AuthorityContext) -> None:
    chart = (
        "<h1>Who runs our cameras</h1><p>The chart shows who is responsible for the council's surveillance cameras.</p>"
        "<img src='/images/chart.png' alt='Structure chart. Head of Neighbourhoods. Reporting to the Head: Community"
        " Safety Manager, the council&#x27;s single point of contact for all surveillance camera systems,"
        " cctv.lead@anytown.gov.uk.'>"
    )
    assert "spoc" in _types(_page(ctx, chart, "/community-safety/cctv/who-runs-our-cameras"))
    dialog = (
        "<h1>CCTV</h1>" + CCTV_P + "<button type='button'>Contact the CCTV team</button><dialog id='c'><h2>CCTV"
        " contacts</h2><p>The Head of Street Services is the council's single point of contact for surveillance cameras.</p>"
        "<p>Write to cctv@anytown.gov.uk.</p></dialog>"
    )
    assert "spoc" in _types(_page(ctx, dialog))
    room = assess_link(
        Link(url="https://www.anytown.gov.uk/security-centre", text="Anytown Security Centre", context="")
    )
    assert room.target > 0


def test_certificates_that_are_others(ctx: AuthorityContext, inspect_text: Callable[..., PageAnalysis]) -> None:
    own_name = (
        "<h1>CCTV shared service</h1>"
        + CCTV_P
        + "<h2>What the partnership gives us</h2><ul><li>cameras watched 24 hours"
        " a day from the combined authority's centre</li><li>a control centre built to BS 7958, which holds full"
        " certification against the Surveillance Camera Code in its own name</li></ul>"
    )
    assert not _page(ctx, own_name).signals["certification"]
    report = (
        "Shared CCTV service annual report\nThe service\nThe shared service watches Westby's and Anytown's cameras from one"
        " control room.\nAccreditation\nWestby City Council's CCTV service, which hosts the control room, has held the"
        " Surveillance Camera Commissioner's full step 2 certification for its own system since 2018."
    )
    pa = analyse(extract(report.encode(), "https://www.anytown.gov.uk/media/shared-report.txt", "text/plain"), ctx)
    assert not pa.signals["certification"]


def test_pages_of_others(ctx: AuthorityContext, inspect_text: Callable[..., PageAnalysis]) -> None:
    model = (
        "<h1>Model CCTV policy for schools</h1><p>A template governing bodies can adapt for a school's own CCTV. Each"
        " school is its own data controller and must fill in its camera places and how long it keeps images.</p>"
    )
    assert not _page(ctx, model, "/schools/model-cctv-policy").signals["cctv_info"]
    bids = (
        "<h1>Business improvement districts</h1><p>The Anytown BID is run by its levy payers. It pays towards the town"
        " centre CCTV, and the BID has bought three cameras of its own for the market square.</p>"
    )
    assert not _page(ctx, bids, "/business/bids").signals["cctv_info"]
    for said in (
        "CCTV policy\nOur cameras cover the entrances and bin stores of our blocks.\nWe share footage with the police under"
        " an information sharing agreement.\nAs a housing association we are not bound by the Code, but we follow it.",
        "How do I ask for footage?\nFootage that shows you is your personal data, so you can ask us for a copy.\nOur block"
        " cameras keep footage for 28 days.\nWrite to safety@anyvalehomes.org.uk with the date and the camera.",
    ):
        pa = inspect_text(said)
        assert pa.decoy is not None and not pa.signals["sla"], said[:30]
    assert find_forces("signed for the Port of Anytown Police and the council") == ["Port of Anytown Police"]


def test_the_councils_own(ctx: AuthorityContext, inspect_text: Callable[..., PageAnalysis]) -> None:
    worn = (
        "<h1>Body-worn cameras</h1><p>Some of our parking officers, environmental health officers and licensing staff"
        " wear small cameras clipped to their uniform, switched on only when needed.</p>"
    )
    assert _page(ctx, worn, "/community-safety/body-worn-cameras").signals["cctv_info"]
    park = (
        "<h1>Victoria Park</h1><p>A Victorian park with a lake.</p><h2>Security</h2><p>Council cameras record the play"
        " area and the car park.</p>"
    )
    assert _page(ctx, park, "/parks/victoria-park").signals["cctv_info"]
    notice = (
        "Parking enforcement - body worn cameras privacy notice\nThe council's civil enforcement officers wear body worn"
        " cameras that record video and sound.\nRecordings are deleted after 31 days unless needed as evidence."
    )
    assert inspect_text(notice).signals["cctv_info"]
    minutes = (
        "Agenda item - CCTV review\nMinutes:\nThe CCTV Manager presented a paper on the Council's CCTV service.\n- The"
        " public space system had kept its full certification against the Surveillance Camera Code of Practice after the"
        " surveillance visit in June.\nMembers asked about cameras at the bus station; these belonged to the bus company"
        " and were not part of the Council's system.\nRESOLVED that the paper be noted."
    )
    pa = inspect_text(minutes)
    assert pa.decoy is None and pa.signals["certification"]


def test_certificates_kept_recommended_or_applied_for(inspect_text: Callable[..., PageAnalysis]) -> None:
    for said in (
        "CCTV annual update\nMinutes:\nThe committee heard that the certification body had made its surveillance visit"
        " in July and that the council had kept its certificate of compliance with the Code.",
        "CCTV in Anytown\nOur 60 public space cameras cover the town centre.\nIndependent certification\nIn May 2022 an"
        " inspectorate audited our CCTV scheme on site and recommended us for full certification (step 2) under the"
        " Commissioner's third party certification scheme.",
        "Adolygiad Blynyddol TCC\nMae'r cynllun yn dal tystysgrif lawn (cam 2) o dan gynllun ardystio trydydd parti"
        " Comisiynydd Camerâu Gwyliadwriaeth.\nMae 60 o gamerâu yng nghanol y dref.",
        "Response to request for information\nRequest\n1. Is the council's CCTV certified?\nResponse\n1. The council"
        " operates 50 public space cameras in Anytown.\n2. The council applied to an inspectorate for full (step 2)"
        " certification in May 2023 and paid the fee.",
    ):
        assert inspect_text(said).signals["certification"], said[:30]
    answer = (
        "Response to request for information\nRequest\n1. Does the council have an agreement with the police about its"
        " CCTV?\nResponse\n1. Yes. The council has a service level agreement with Devon and Cornwall Police for the"
        " monitoring of the Anytown town centre cameras and the release of footage. It was signed in 2022."
    )
    assert inspect_text(answer).signals["sla"]


def test_a_memorandum_whose_room_sits_in_a_police_station(ctx: AuthorityContext) -> None:
    mou = (
        "Memorandum of understanding: public space CCTV Between Anytown Borough Council and Devon and Cornwall Police"
        " Arrangements The council's control room operates within Anytown Police Station; officers may view live images.\n"
        "Signatures\nSigned on behalf of Anytown Borough Council: A. Reed, Director, 2 April 2024 Signed on behalf of Devon"
        " and Cornwall Police: B. Hart, Superintendent, 4 April 2024"
    )
    pa = analyse(extract(mou.encode(), "https://www.anytown.gov.uk/downloads/file/1/cctv-mou", "text/plain"), ctx)
    assert pa.decoy is None and pa.sla and pa.sla[0]["signed"]


def test_webs_256_259_the_councils_own_in_lists_and_cards(ctx: AuthorityContext) -> None:
    """Webs 256-259 (measured once at freeze41, then opened): facts in tables, cards and quick answers."""
    table = (
        "<h1>Surveillance camera systems</h1><p>The council runs several camera systems, each owned by a service.</p>"
        "<table><tr><th>System</th><th>Owning service</th><th>Cameras</th><th>Recordings kept</th><th>Certification</th></tr>"
        "<tr><td>Public space CCTV</td><td>Community Safety</td><td>150 cameras in the town centre</td><td>31 days</td>"
        "<td>Step 2 full certification, May 2021</td></tr></table>"
    )
    assert _page(ctx, table, "/council/information-governance/surveillance-camera-systems").signals["certification"]
    card = "<h1>CCTV and the control centre</h1><ul><li>600 cameras watched from Anytown</li><li>Step 2 Surveillance Camera Code certificate, 2021</li></ul>"
    assert _page(ctx, card).signals["certification"]
    answers = "<h1>CCTV</h1><p>Cameras? 120, fixed and pan-tilt-zoom.</p><p>Certified? Step 1 (desktop), 2020.</p>"
    assert _page(ctx, answers).signals["certification"]
    links = "<h1>CCTV</h1><p><a href='https://partnership.example.org/'>County CCTV Partnership (external)</a></p><p>Footage kept: 28 days</p>"
    assert _page(ctx, links).criteria["retention"]
    team = "<h1>Anti-social behaviour</h1><p>What the team can do</p><ul><li>warning letters</li><li>six mobile cameras that can be put up for a few months in hot spots</li></ul>"
    assert _page(ctx, team, "/community-safety/anti-social-behaviour").signals["cctv_info"]
    joint = (
        "<h1>CCTV</h1><p>The cameras help keep people safe in our town centres. The control room is run jointly by the"
        " Anytown and Westby District Council.</p><p>Questions: community.safety@anytown.gov.uk.</p>"
    )
    assert "cctv_contact" in _types(_page(ctx, joint))
    sign = (
        "<h1>CCTV</h1>"
        + CCTV_P
        + "<p>Not every camera in Anytown belongs to the council. The rail company runs the station"
        " cameras. Each council camera carries a sign with the control room's number: 01632 960 123.</p>"
    )
    assert "cctv_contact" in _types(_page(ctx, sign))


def test_webs_256_259_others_and_plans(ctx: AuthorityContext) -> None:
    neighbours = (
        "<h1>CCTV</h1>"
        + CCTV_P
        + "<p>Westby Moorlands' single point of contact for surveillance cameras is its Head of"
        " Regulation: cctv@westbymoorlands.gov.uk.</p>"
    )
    assert "spoc" not in _types(_page(ctx, neighbours))
    card = (
        "<h1>CCTV</h1>"
        + CCTV_P
        + "<ul><li>Control centre certification: Safer Westby, step 2 (Westby Borough Council's"
        " certificate)</li></ul>"
    )
    assert not _page(ctx, card).signals["certification"]
    code = (
        "<h1>CCTV code of practice</h1>"
        + CCTV_P
        + "<p>This code stays in force until a new information sharing agreement"
        " with Devon and Cornwall Police, now being drafted, replaces its section on the police.</p>"
    )
    mentions = [f for f in _page(ctx, code, "/cctv/code-of-practice").findings if f.type == "sla_mention"]
    assert mentions and mentions[0].data["planned"]


def test_a_partner_mailbox_on_the_councils_own_page_takes_nothing_away(ctx: AuthorityContext) -> None:
    """A guard (review): the first-person voice with only another body's mailbox marks a loose text as that body's, never a
    page of the council's own site, whose CCTV page may give its partnership's mailbox and never say "council"."""
    page = (
        "<h1>CCTV</h1><p>We monitor 120 public space cameras in the town centre, 24 hours a day, to prevent crime.</p>"
        "<p>Recordings are kept for 31 days.</p><p>Questions: cctv@anytownpartnership.org.uk</p>"
    )
    pa = _page(ctx, page)
    assert pa.decoy is None and pa.signals["cctv_info"]
