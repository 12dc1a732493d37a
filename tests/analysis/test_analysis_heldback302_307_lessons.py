"""Reading lessons of held-back webs 302-307 (written blind at session 45 in snapshots of freeze46, measured once at
session 46's first code, db09fff, then opened). The passages are written for this test (an invented council, Anytown,
and invented places and people), not taken from the sets.

- A code's version table row "Updated after step 1 (desktop) certification against the Surveillance Camera Code" claims
  the step (web 302).
- A council's own letter to residents about its cameras, signed off "Yours faithfully" by the single point of contact,
  is no FOI answer (web 303).
- "Write to the control room at this address", under the room's postal address, is a camera contact (web 303).
- A role list written "Label - duty" ends the SPOC's window at the next role's row: the Data Protection Officer's mailbox
  is not the SPOC's route (web 303).
- Mailboxes hidden from harvesters are read: Cloudflare's e-mail protection, and "[at]" / "[dot]" (web 303).
- The general enquiry form, with the cameras' topic to pick from its list, is a camera contact (web 303).
- "We do not run a monitored network … Cameras at the council sites below record …" keeps the sites' cameras the
  council's (web 305).
- "Our CCTV system … 37 cameras cover [places]" keeps a CCTV page the council's beside a shopping centre's own cameras
  (web 307).
- A safeguarding protocol with the force, listed with its file type, is no camera agreement (web 304).
- A template made out between the council and its force by name is its own unsigned agreement (web 304).
- Links to documents "coming soon" publish nothing (web 307).
- "… is being drafted; until it is signed, …" is an agreement spoken of (web 305).
- ASP.NET's cookieless session ids are no part of a page's identity (web 306).
- A Squiz content-source wrapper's link is read as the committee page it shows (web 302).
"""

from __future__ import annotations

import base64
from urllib.parse import quote

from analysis.context import AuthorityContext
from analysis.email_reveal import decode_cfemail, reveal_written
from analysis.page import PageAnalysis, analyse
from analysis.text import extract
from crawler.engine.urls import url_key

SITE = "https://www.anytown.gov.uk"


def _page(ctx: AuthorityContext, title: str, main: str, path: str) -> PageAnalysis:
    html = (
        f"<html><head><title>{title} | {ctx.name}</title></head><body><main><h1>{title}</h1>{main}</main></body></html>"
    )
    return analyse(extract(html.encode(), SITE + path, "text/html"), ctx)


def _doc(ctx: AuthorityContext, body: str, path: str) -> PageAnalysis:
    return analyse(extract(body.encode(), SITE + path, "text/plain"), ctx)


def _cfemail(address: str, key: int = 0x4B) -> str:
    return f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in address)


def test_a_version_row_updated_after_step_one_claims_it(ctx: AuthorityContext) -> None:
    body = (
        "Anytown Borough Council public space CCTV code of practice\n"
        "Document history\n"
        "Version 2.0 | June 2017 | First issue under the Surveillance Camera Code of Practice.\n"
        "Version 2.1 | March 2019 | Updated after step 1 (desktop) certification against the Surveillance Camera Code of "
        "Practice.\n"
        "Version 3.0 | April 2024 | Retention section rewritten.\n"
        "Purpose\nThe cameras are there to reduce crime and the fear of crime in Anytown.\n"
    )
    pa = _doc(ctx, body, "/files/cctv-code.txt")
    assert pa.signals["certification"]
    assert (pa.certification or {}).get("level") == "step1"


def test_a_revision_for_other_reasons_claims_nothing(ctx: AuthorityContext) -> None:
    # guard: passes before and after
    body = (
        "Anytown Borough Council public space CCTV code of practice\n"
        "Document history\n"
        "Version 2.1 | March 2019 | Updated after the review of the Surveillance Camera Code of Practice.\n"
        "Purpose\nThe cameras are there to reduce crime and the fear of crime in Anytown.\n"
    )
    assert not _doc(ctx, body, "/files/cctv-code.txt").signals["certification"]


def test_a_councils_letter_to_residents_signed_by_its_spoc_is_no_foi_answer(ctx: AuthorityContext) -> None:
    body = (
        "New cameras on the Riverside estate: a letter to residents\n"
        "Dear resident,\n"
        "After a review of the cameras on the Riverside estate, three cameras will be replaced and one moved to Mill Lane. "
        "The work will be done in April.\n"
        "If you have any comments, please contact me by 20 March.\n"
        "Yours faithfully,\n"
        "P. Okafor\n"
        "Community Safety Manager and the council's Single Point of Contact for surveillance cameras "
        "Telephone 01632 960 412 - Email cameras@anytown.gov.uk\n"
    )
    pa = _doc(ctx, body, "/downloads/file/88/letter-riverside-cameras.pdf")
    assert pa.decoy is None
    assert pa.signals["spoc"]
    assert (pa.spoc or {}).get("email") == "cameras@anytown.gov.uk"


def test_an_foi_request_letter_is_still_one() -> None:
    # guard: passes before and after
    body = (
        "Dear Anytown Borough Council,\n"
        "Under the Freedom of Information Act, please tell me how many cameras the council runs and who watches them.\n"
        "Yours faithfully,\nA. Asker\n"
    )
    pa = analyse(extract(body.encode(), "file:///tmp/request.txt", "text/plain"))
    assert pa.decoy == "FOI response"


def test_write_to_the_control_room_at_the_address_above(ctx: AuthorityContext) -> None:
    main = (
        "<h2>Who we are</h2><p>Control Room, Civic Centre, Market Street, Anytown AT1 4QX</p>"
        "<p>Write to the control room at this address with any question about this notice or the cameras.</p>"
        "<h2>What we collect</h2><p>Pictures from our CCTV cameras in the town centre and car parks.</p>"
        "<h2>How long we keep it</h2><p>Recordings are kept for 28 days and then deleted.</p>"
    )
    pa = _page(ctx, "CCTV privacy notice", main, "/privacy/cctv-privacy-notice")
    assert any(f.type == "cctv_contact" for f in pa.findings)


def test_a_role_list_ends_the_spoc_window_at_the_next_role(ctx: AuthorityContext) -> None:
    main = (
        "<p>This policy covers the cameras at our depots, offices and country parks, and body worn cameras.</p>"
        "<p>Recordings are deleted after 30 days unless they are needed for an investigation.</p>"
        "<h2>Responsibilities</h2>"
        "<p>Senior Information Risk Owner - accountable for this policy.</p>"
        "<p>Single Point of Contact for surveillance cameras - the Head of Property Services, who oversees every camera "
        "system the council runs.</p>"
        "<p>Data Protection Officer - advises on data protection and handles requests from individuals: "
        "dpo@anytown.gov.uk</p>"
    )
    pa = _page(ctx, "Surveillance camera policy", main, "/your-council/data-protection/surveillance-camera-policy")
    assert pa.signals["spoc"]
    assert (pa.spoc or {}).get("role") == "Head of Property Services"
    assert (pa.spoc or {}).get("email") is None


def test_cloudflare_protected_mailbox_is_read(ctx: AuthorityContext) -> None:
    coded = _cfemail("cctv.spoc@anytown.gov.uk")
    main = (
        "<p>Our public space cameras are watched from the control room at the Civic Centre, day and night.</p>"
        "<p>The council's Surveillance Camera Single Point of Contact is the CCTV Manager.</p>"
        f'<p>Email the Single Point of Contact: <a href="/cdn-cgi/l/email-protection#{coded}">'
        f'<span class="__cf_email__" data-cfemail="{coded}">[email&#160;protected]</span></a></p>'
    )
    pa = _page(ctx, "CCTV", main, "/community-safety/cctv")
    assert (pa.spoc or {}).get("email") == "cctv.spoc@anytown.gov.uk"


def test_cfemail_decoding_refuses_what_is_not_an_address() -> None:
    assert decode_cfemail(_cfemail("a@b.gov.uk")) == "a@b.gov.uk"
    assert decode_cfemail("zz12") is None
    assert decode_cfemail(_cfemail("not an address")) is None


def test_a_mailbox_spelt_out_is_read(ctx: AuthorityContext) -> None:
    main = (
        "<p>The town centre cameras were replaced in 2023 and are monitored around the clock.</p>"
        "<h2>Single point of contact</h2>"
        "<p>Single point of contact for surveillance cameras: the Community Safety Lead.</p>"
        "<p>Email: cctv.spoc [at] anytown [dot] gov [dot] uk (written like this to stop spam).</p>"
    )
    pa = _page(ctx, "Town centre CCTV", main, "/community/cctv")
    assert (pa.spoc or {}).get("email") == "cctv.spoc@anytown.gov.uk"
    # guard: the explanation of the spelling is not read as an address
    assert (
        reveal_written("replace [at] with @ and [dot] with a full stop")
        == "replace [at] with @ and [dot] with a full stop"
    )


def test_the_general_form_with_the_camera_topic_is_a_contact(ctx: AuthorityContext) -> None:
    main = (
        "<p>The council's cameras cover Anytown and Westford town centres and are watched from our monitoring centre.</p>"
        "<h2>Get in touch</h2>"
        "<p>For anything else about our cameras, use our general enquiry form and pick CCTV from the list of topics.</p>"
    )
    pa = _page(ctx, "CCTV", main, "/community-safety/cctv")
    assert any(f.type == "cctv_contact" for f in pa.findings)


def test_the_general_form_alone_is_no_camera_contact(ctx: AuthorityContext) -> None:
    # guard: passes before and after
    main = (
        "<p>The council's cameras cover Anytown and Westford town centres and are watched from our monitoring centre.</p>"
        "<p>Questions about the cameras? Use our online contact form.</p>"
    )
    pa = _page(ctx, "CCTV", main, "/community-safety/cctv")
    assert not any(f.type == "cctv_contact" for f in pa.findings)


def test_cameras_at_council_sites_after_a_denial_stay_the_councils(ctx: AuthorityContext) -> None:
    main = (
        "<p>We do not run a monitored CCTV network and we have no cameras away from council land. Cameras at the council "
        "sites below record day and night; nobody watches them live.</p>"
        "<p>Mill Lane car park: 4 fixed cameras covering the entrance and ticket machine.</p>"
        "<p>Recordings are kept for 31 days.</p>"
        "<p>To ask for footage of yourself, or of a car park incident, email cctv@anytown.gov.uk with the date and place.</p>"
    )
    pa = _page(ctx, "CCTV", main, "/your-council/crime-and-safety/cctv")
    assert any(f.type == "cctv_contact" and f.data.get("email") == "cctv@anytown.gov.uk" for f in pa.findings)
    assert pa.criteria.get("retention")


def test_our_system_counted_by_place_beside_a_shopping_centre(ctx: AuthorityContext) -> None:
    main = (
        "<p>Our CCTV system is there to reduce crime and the fear of crime. 42 cameras cover Anytown town centre, "
        "Westford, Eastbury and the bus station.</p>"
        "<p>The Harbour Walk shopping centre runs its own cameras.</p>"
        "<p>In May 2021 the control room was awarded full step 2 certification against the Surveillance Camera Code of "
        "Practice.</p>"
    )
    pa = _page(ctx, "CCTV", main, "/residents/community-safety/cctv")
    assert pa.decoy is None
    assert pa.signals["cctv_info"] and pa.signals["certification"]


def test_a_safeguarding_protocol_listed_with_its_file_type_is_no_camera_agreement(ctx: AuthorityContext) -> None:
    html = (
        "<html><head><title>Information sharing | Anytown Borough Council</title></head><body><main>"
        "<h1>Information sharing with partners</h1><p>We publish our main information sharing protocols.</p>"
        '<ul><li><a href="/media/safeguarding-protocol.pdf">Safeguarding information sharing protocol with Devon and '
        'Cornwall Police</a> <span class="meta">(PDF)</span></li></ul>'
        "<p>FOI answer 2231: the council runs no public space CCTV of its own.</p></main></body></html>"
    )
    pa = analyse(extract(html.encode(), SITE + "/about/information-sharing", "text/html"), ctx)
    assert not pa.signals["sla"]


def test_a_template_made_out_between_the_council_and_its_force_is_its_draft(ctx: AuthorityContext) -> None:
    body = (
        "Information sharing agreement: CCTV viewing suite at Anytown Police Station (template)\n"
        "Template to be completed by both parties. Text in square brackets to be filled in.\n"
        "Between Anytown Borough Council and Devon and Cornwall Police.\n"
        "Purpose\n"
        "To set out how images recorded by the council's cameras are viewed and copied by officers at the station.\n"
        "Signatures\n"
        "Signed for Anytown Borough Council: [Name] [Position] [date]\n"
        "Signed for Devon and Cornwall Police: [Name] [Position] [date]\n"
    )
    pa = _doc(ctx, body, "/media/4410")
    assert pa.signals["sla"]
    assert pa.sla and not pa.sla[0]["signed"]


def test_a_blank_national_template_is_still_nobodys(ctx: AuthorityContext) -> None:
    # guard: passes before and after
    body = (
        "Information sharing agreement for public space CCTV (template)\n"
        "Between [name of council] and [name of police force].\n"
        "Purpose\nTo set out how images recorded by the council's cameras are viewed by officers.\n"
        "Signed for the council: [Name] [date]\nSigned for the police: [Name] [date]\n"
    )
    assert not _doc(ctx, body, "/media/4411").signals["sla"]


def test_documents_coming_soon_publish_nothing(ctx: AuthorityContext) -> None:
    main = (
        "<p>The CCTV control hub at the Civic Centre is run by Anytown Borough Council.</p>"
        "<ul><li>CCTV code of practice (coming soon)</li><li>CCTV annual report (coming soon)</li>"
        "<li>Request CCTV footage (coming soon)</li></ul>"
    )
    pa = _page(ctx, "CCTV", main, "/crime-and-community-safety/cctv")
    assert not pa.criteria.get("policy")
    assert not pa.criteria.get("annual_review")
    assert not pa.criteria.get("subject_access")


def test_aspnet_cookieless_sessions_are_one_page() -> None:
    a = url_key("http://www.anytown.gov.uk/(S(42099b4af021e53fd8fd4e05))/business/town-centre")
    b = url_key("http://www.anytown.gov.uk/(S(a96b3174a2919166b19431cc))/business/town-centre")
    assert a == b == url_key("http://www.anytown.gov.uk/business/town-centre")
    assert url_key("http://www.anytown.gov.uk/(lit3py55t21z5v55vlm25s55)/business/town-centre") == a
    # guard: a path that only looks like one keeps its identity
    assert url_key("http://www.anytown.gov.uk/(news)/item") != url_key("http://www.anytown.gov.uk/item")


def test_an_agreement_being_drafted_until_signed_is_spoken_of(ctx: AuthorityContext) -> None:
    main = (
        "<h2>Keeping and sharing images</h2><p>Recordings from the town centre cameras are kept for 31 days.</p>"
        "<p>A data sharing agreement with Devon and Cornwall Police covering the release of footage is being drafted; "
        "until it is signed, each police request is considered on its own merits.</p>"
    )
    pa = _page(ctx, "Surveillance camera policy", main, "/about-website/surveillance-camera-policy")
    assert any(s.get("kind") == "mention" and s.get("planned") for s in pa.sla)
    assert not pa.signals["sla"]


def test_a_content_source_wrapper_is_read_as_the_page_it_shows() -> None:
    inner = "url=https://democracy.anytown.gov.uk/ieListDocuments.aspx?CId=12&MId=345&all=1"
    wrapped = "https://www.anytown.gov.uk/council/parish?sq_content_src=" + quote(
        "+" + base64.b64encode(inner.encode()).decode()
    )
    html = f'<html><body><main><h1>Committees</h1><p><a href="{wrapped}">Cabinet, 4 March 2025</a></p></main></body></html>'
    doc = extract(html.encode(), SITE + "/council/committees", "text/html")
    assert [link.url for link in doc.links if "Cabinet" in link.text] == [
        "https://democracy.anytown.gov.uk/ieListDocuments.aspx?CId=12&MId=345"
    ]
    # guard: a wrapper showing another site's page keeps its own address
    other = "url=https://www.example.com/page&all=1"
    foreign = "https://www.anytown.gov.uk/x?sq_content_src=" + quote("+" + base64.b64encode(other.encode()).decode())
    html2 = f'<html><body><main><p><a href="{foreign}">Partner page</a></p></main></body></html>'
    doc2 = extract(html2.encode(), SITE + "/council/committees", "text/html")
    assert [link.url for link in doc2.links if link.text == "Partner page"] == [foreign]
