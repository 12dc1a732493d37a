"""Patterns webs 222-225 and 228-231 and real-text rounds 58 and 60 showed (written blind at session 39, merged unread after
its freeze, freeze39, then opened). The passages are written for this test (an invented council, Anytown, and invented
neighbours, bodies and places), not taken from the sets.

- Agreements that are not the council's with its force: a neighbour's by its possessive, a loan agreement, a business radio
  scheme's, a partnership's "its protocol", one whose only council party is another (the force's signing line naming the
  district as its policing area), one "between the two councils only" (English and Welsh); drafts "still being negotiated",
  a recommendation to "seek a new written agreement", Welsh talks "yn parhau".
- Agreements that are: a protocol "signed by" the council's director and a police commander, the force named before; an FOI
  answer on the question's own line; a memorandum whose next sentence says what it covers; an officer's decision record.
- Certificates not the council's: "This is to certify that [Neighbour] Borough Council …"; a partnership that "says its
  control room has been certified"; a compliance portal's certificate that "is not the Commissioner's third-party
  certification scheme"; a certificate "held by the authority that operates" the room; "never held a certificate".
- Certificates that are: a standards table's award row run on into the scheme's closure; an FOI reply "as follows"; the
  fees set aside for it.
- Own information: "Our team has eight mobile cameras"; "a council mobile CCTV camera installed at …"; a cemetery's gates
  "now covered by a camera"; "cameras on every level of the car park"; the principal council as data controller of the
  town councils' cameras. Not: a Welsh letter saying the cameras "yn perthyn i Heddlu"; a planning
  decision by its reference; a seller's free trial; a consultancy's model wording.
- Contact points: the Community Safety Project Manager's mailbox; a contact form's drop-down naming the SPOC; the SPOC "for
  police requests across the partnership" is not the council's own.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.sections import section_families
from analysis.text import extract

CCTV_P = "<p>Anytown Borough Council runs 40 public space cameras in the town centre to prevent crime.</p>"


def test_agreements_of_others(analyse_html: Callable[..., PageAnalysis], ctx: AuthorityContext) -> None:
    for said in (
        "<p>The Executive agreed to move monitoring to Westby Borough Council. Westby's existing agreement with Anyshire"
        " Police is attached for information.</p>",
        "<p>A mobile camera bought by the residents' panel with a grant from the Police and Crime Commissioner is lent to"
        " the council under a loan agreement with the panel.</p>",
        "<h2>Town Radio scheme: data sharing agreement with Anyshire Police</h2><p>Held by the business partnership.</p>",
        "<p>The partnership has shared its protocol with the police for members' information.</p>",
    ):
        pa = analyse_html("CCTV", CCTV_P + said)
        assert not pa.signals["sla"], said[:50]
    own = "<p>Our own information sharing agreement with Anyshire Police was signed in May 2024.</p>"
    assert analyse_html("CCTV", CCTV_P + own).signals["sla"]


def test_a_town_councils_protocol_with_the_forces_signing_line(analyse_text: Callable[..., PageAnalysis]) -> None:
    doc = (
        "Westby town CCTV protocol\nThis protocol sets out how recordings from the town council's cameras are released"
        " to the police.\nSigned for the Westby Town Council: Town Clerk, 9 January 2023. Signed for Anyshire"
        " Constabulary: Inspector, Anytown, 20 January 2023."
    )
    assert not analyse_text(doc, "/outside-bodies/westby-cctv-protocol.txt").signals["sla"]


def test_agreements_that_are_not_in_force(inspect_text: Callable[..., PageAnalysis]) -> None:
    for text in (
        "Executive – CCTV partnership agreement\n\nThe agreement lets Westby Borough Council monitor Anytown's 40"
        " cameras. Anyshire Police were kept informed through the partnership but were not a party to the agreement,"
        " which was between the two councils only.",
        "Cofnodion y Cabinet\n\nByddai'r trefniant mewn Cytundeb Lefel Gwasanaeth. Gofynnodd aelod a fyddai Heddlu"
        " Dyfed-Powys yn rhan o'r cytundeb. Esboniodd y Pennaeth mai cytundeb rhwng y ddau awdurdod lleol yn unig"
        " fyddai hwn.",
        "Cabinet – Public Space CCTV: Memorandum of Understanding with Anyshire Police\n\nThe control room monitors 90"
        " cameras. Anyshire Police sent a"
        " draft memorandum of understanding in March.\n\nThe draft is still being negotiated. It has not been signed by"
        " either party.",
        "Scrutiny review of CCTV\n\nThe service level agreement with Anyshire Police for the 90 cameras expired in 2019"
        " and has not been renewed.\n\nRecommendation: that the Cabinet seeks a new written agreement with Anyshire"
        " Police within twelve months.",
        "Fforwm Cyswllt\n\nAdroddodd y Rheolwr ar y 40 o gamerâu teledu cylch cyfyng. Esboniodd fod trafodaethau ar"
        " Femorandwm Cyd-ddealltwriaeth gyda Heddlu Dyfed-Powys yn parhau.",
    ):
        assert not inspect_text(text).signals["sla"], text[:40]


def test_agreements_said_in_other_ways(inspect_text: Callable[..., PageAnalysis]) -> None:
    for text in (
        "Anytown CCTV code of practice\n\n6. Police use\n\n6.1 Anyshire Police are the main users of recordings. Their"
        " access is governed by the Anytown CCTV Evidence Protocol, signed by the Council's Director of Place and the"
        " Anytown Local Policing Area Commander on 2 February 2024.",
        "Freedom of Information request 2025/0411\n\n1. Number of public space cameras operated by the Council: 40.\n\n2."
        " Is there an agreement with the police? Yes. The Council and Anyshire Police signed a Service Level Agreement for"
        " the town centre CCTV system in May 2023.",
        "Freedom of Information request 2025/0733\n\nSubject: CCTV and Anyshire Police\n\nOur response:\n1. Yes. A"
        " Memorandum of Understanding between Anytown Borough Council and Anyshire Police has been in force since 2021."
        " It covers police access to the control room and the release of recorded footage.",
        "Record of Officer Decision\n\nDecision reference: OD/2024/118\nDecision taker: Director of Communities\n\n"
        "Decision:\nTo enter into the CCTV Information Sharing Agreement with Anyshire Police covering the Council's"
        " public space cameras.\n\nRecord:\nThe Agreement was signed for the Council on 2 October 2024 and for Anyshire"
        " Police on 9 October 2024.",
    ):
        assert inspect_text(text).signals["sla"], text[:40]


def test_certificates_that_are_not_the_councils(
    analyse_html: Callable[..., PageAnalysis], analyse_text: Callable[..., PageAnalysis], inspect_text
) -> None:
    cert = (
        "Surveillance Camera Code of Practice - Third Party Certification\nThis is to certify that Westby Borough"
        " Council - Westby CCTV Control Centre has been assessed and complies with the Surveillance Camera Code of"
        " Practice.\nStep 2 - full certification. Date of award: 4 May 2019."
    )
    assert not analyse_text(cert, "/media/certificate-of-compliance-monitoring-centre.txt").signals["certification"]
    says = "<p>The county CCTV Partnership, hosted in Westby, says its control room has been certified against the Surveillance Camera Code.</p>"
    assert not analyse_html("Partnership control room certified", CCTV_P + says).signals["certification"]
    portal = (
        "CCTV at our buildings\n\nAnytown Borough Council has CCTV at its offices and two depots.\n\nEach building manager"
        " records the system in an online compliance portal, which issues a compliance certificate once every section of"
        " the Surveillance Camera Code has been completed.\n\nThis is an internal tool. It is not an independent audit"
        " and is not the Commissioner's third-party certification scheme."
    )
    assert not inspect_text(portal).signals["certification"]
    foi = (
        "Freedom of Information request 2025/219\n\nRequest\nIs the Council's CCTV certified?\n\nResponse\nThe Council owns"
        " 24 public space cameras, monitored from a control room run by another authority.\nThe Council itself does not"
        " hold a certificate under the Surveillance Camera Commissioner's scheme. Any certificate relating to the control"
        " room is held by the authority that operates it."
    )
    assert not inspect_text(foi).signals["certification"]
    never = (
        "CCTV – compliance with the Surveillance Camera Code\n\nAnytown Borough Council completes the Commissioner's"
        " self-assessment tool for its town centre cameras every year.\n\nThe scheme closed to new applicants before the"
        " upgrade finished, so no application was made and the Council has never held a certificate."
    )
    assert not inspect_text(never).signals["certification"]


def test_certificates_said_in_other_ways(analyse_html: Callable[..., PageAnalysis], inspect_text) -> None:
    table = (
        CCTV_P
        + "<table><tr><th>Standard</th><th>Status</th><th>Notes</th></tr><tr><td>Surveillance Camera Commissioner"
        " third-party certification</td><td>Step 2 full certification awarded March 2020</td><td>The national scheme"
        " closed in November 2025 and every certificate lapsed with it</td></tr></table>"
    )
    assert analyse_html("CCTV", table).signals["certification"]
    reply = (
        "FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION\n\nThank you for your request. I can reply as"
        " follows.\n\n1. Certification. A step 1 (desktop) certificate against the Surveillance Camera Code of Practice"
        " was issued to the Council on 4 March 2019.\n\n2. Retention. Recordings of the Council's 60 cameras are kept for"
        " 30 days."
    )
    assert inspect_text(reply).signals["certification"]
    fees = (
        "Cabinet – CCTV policy and certification\n\nDecision:\n(i) That the revised CCTV policy be approved.\n(ii) That"
        " £7,000 be allocated from reserves to meet the fees for third-party certification of the town centre CCTV system"
        " against the Surveillance Camera Code of Practice.\n\nMinutes:\nThe Council's 52 cameras were upgraded last year."
    )
    assert inspect_text(fees).signals["certification"]


def test_own_information_in_passing(analyse_html: Callable[..., PageAnalysis], ctx: AuthorityContext) -> None:
    team = "<p>Tackles anti-social behaviour.</p><p>Our team has eight mobile cameras that can be moved to crime hotspots.</p>"
    assert analyse_html("Community safety team", team, path="/community/community-safety-team").signals["cctv_info"]
    plan = "<h2>What we've done</h2><p>March 2023: a council mobile CCTV camera installed at the recreation ground.</p>"
    assert analyse_html("Westfield place plan", plan, path="/regeneration/place-plans/westfield").signals["cctv_info"]
    cemetery = "<p>Open from 8am until dusk.</p><p>After damage to graves, the cemetery gates are now covered by a camera that records around the clock.</p>"
    assert analyse_html("Westfield cemetery", cemetery, path="/bereavement-services/cemeteries/westfield").signals[
        "cctv_info"
    ]
    car_park = (
        "<p>Open 7am to 11pm.</p><p>There are cameras on every level of the car park, recording 24 hours a day.</p>"
    )
    assert analyse_html(
        "Market Street multi-storey car park", car_park, path="/parking/car-parks/market-street"
    ).signals["cctv_info"]
    towns = (
        "<p>The town councils of Westby and Eastby pay for the upkeep of their town centre cameras, and the pictures go to"
        " the county hub. For these systems the Borough Council is the data controller.</p>"
    )
    got = analyse_html("Town centre cameras", towns, path="/data-protection/town-centre-cameras")
    assert got.decoy is None and got.signals["cctv_info"]


def test_not_the_councils_information(analyse_html: Callable[..., PageAnalysis], inspect_text) -> None:
    welsh = (
        "<p>Gan yr Aelod Cabinet dros Gymunedau Diogel. Mae'r camerâu teledu cylch cyfyng yn y trefi yn perthyn i Heddlu"
        " Dyfed-Powys; nid yw'r cyngor sir yn berchen arnynt.</p>"
    )
    assert not analyse_html("Camerâu canol tref", welsh, path="/cy/llythyrau/camerau", lang="cy").signals["cctv_info"]
    condition = "<p>Condition 7: a CCTV scheme for the new supermarket car park shall be submitted and approved.</p>"
    got = analyse_html("Decision DMPA/2024/0412", condition, path="/planning-and-building-control/condition-0412")
    assert got.decoy == "planning or premises licence condition"
    for text in (
        "Blog\n\nGet your CCTV compliance certificate in an afternoon\n\nOur online portal takes you through the twelve"
        " guiding principles of the Surveillance Camera Code and your signage, retention and review dates.\n\nPricing\n"
        "£9.99 a month per site, with a 30-day free trial. Start your free trial today.",
        "Privacy notice wording for surveillance systems\n\nIf you manage a building with CCTV, we suggest including"
        ' wording like this: "Cameras are used at this building to keep tenants safe. Recordings are deleted after 30'
        ' days."\n\nAdapt the wording to your own systems and retention periods.',
    ):
        assert not inspect_text(text).signals["cctv_info"], text[:30]


def test_contact_points(analyse_html: Callable[..., PageAnalysis], ctx: AuthorityContext) -> None:
    project = (
        CCTV_P + "<p>Questions go to the Community Safety Project Manager: communitysafety@anytown.example.gov.uk.</p>"
    )
    pa = analyse_html("Camera footage", project)
    assert pa.spoc is not None and pa.spoc["email"] == "communitysafety@anytown.example.gov.uk"
    police_only = (
        CCTV_P
        + "<h2>Contact</h2><p>For police requests across the partnership, Westby Borough Council's CCTV Manager is"
        " the single point of contact. Residents with questions about cameras in Anytown can ring our community safety"
        " team on 01632 764 480.</p>"
    )
    pa = analyse_html("CCTV", police_only)
    assert not pa.signals["spoc"]
    assert any(f.type == "cctv_contact" for f in pa.findings)
    form = (
        '<form action="/forms/cctv" method="post"><label for="recipient">Who is your enquiry for?</label>'
        '<select id="recipient" name="recipient"><option>CCTV control room</option><option>Surveillance camera single'
        " point of contact (SPOC) - policy, new camera requests and complaints</option></select>"
        '<textarea name="message"></textarea><button>Send</button></form>'
    )
    got = analyse(
        extract(
            f"<html><head><title>CCTV enquiry form</title></head><body><main><h1>CCTV enquiry form</h1>{form}</main>"
            "</body></html>".encode(),
            "https://www.anytown.gov.uk/community-safety/cctv/cctv-enquiry-form",
            "text/html",
        ),
        ctx,
    )
    assert got.signals["spoc"]
    wards = form.replace('id="recipient" name="recipient"', 'id="ward" name="ward"').replace(
        "Who is your enquiry for?", "Your ward"
    )
    doc = extract(
        f"<html><body><main>{wards}</main></body></html>".encode(), "https://www.anytown.gov.uk/f", "text/html"
    )
    assert "single point of contact" not in doc.text


def test_a_meetings_calendar_leads_to_the_committee_papers() -> None:
    assert "committee" in section_families(
        "http://democracy.anytown.gov.uk/mgCalendarMonthView.aspx?M=3&Y=2024", "Calendar - March 2024"
    )
