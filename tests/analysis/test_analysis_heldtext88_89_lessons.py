"""Reading lessons of real-text rounds 88 and 89 (written blind at session 46 in snapshots of 08bda71, measured once at
session 47's first code, 572b569, then opened). The passages are written for this test (invented councils, forces, bodies
and people), not taken from the rounds; `inspect` reads a loose text, so no council is behind it.

- Sellers, bloggers and associations: a sign shop's "Free delivery on orders over £30"; a councillor's "These are my personal
  views"; an association's newsletter ("she told the newsletter"); a Welsh careers profile ("Gyrfaoedd: …", "Mae llawer o
  gynghorau …"); a school academy or a landlord by its own name.
- A service level agreement "with the company" that monitors the cameras is no police agreement; nor is a partnership's or an
  association's "own" agreement with the force, nor footage released "without any written information sharing agreement".
- A cabinet's draft to be signed "once [the force] has confirmed its acceptance", the old procedure continuing "until the
  Agreement is signed", is unsigned; "performance against the Service Level Agreement with [the force], in force since 2022"
  is the council's agreement.
- "the register, which is held by the [post] as the designated single point of contact for all of the Council's surveillance
  camera systems" designates the post.
- Welsh: "lluniau Teledu Cylch Cyfyng (TCC) y Cyngor" is the council's footage; a certificate "a ddyfarnwyd … yn parhau'n
  ddilys" is held; "Cymeradwyo gwario … i sicrhau ardystiad trydydd parti" approves money to obtain it.
"""

from __future__ import annotations

from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def _loose(body: str) -> PageAnalysis:
    return analyse(extract(body.encode(), "file:///tmp/item.txt", "text/plain"))


def test_a_sign_shop_is_no_council() -> None:
    body = (
        "CCTV warning signs\n\nIf you record people on CCTV you must tell them, and a sign at each entrance is the simplest "
        "way.\n\nWhat the sign should say\n- the camera symbol\n- who runs the system (your organisation name)\n"
        '- why you are recording, such as "for crime prevention and public safety"\n'
        "- a phone number or email for enquiries\n\nSizes\nA4 and A5 for doors; A3 for car parks.\n\n"
        "Free delivery on orders over £30.\n"
    )
    assert not _loose(body).signals["cctv_info"]


def test_a_councillors_own_blog_is_no_council_information() -> None:
    body = (
        "Should we publish the camera map?\n\nFor years the council's website showed where every public CCTV camera in the "
        "borough stood. The map has gone, and I think that is wrong.\n\nI sat on the review of the council's cameras last "
        "year and argued for publishing locations.\n\nThese are my personal views and not those of the council.\n"
    )
    assert not _loose(body).signals["cctv_info"]


def test_an_association_newsletter_carries_the_spoc_only() -> None:
    body = (
        "Member news: one contact for every camera\n\nWhen Eastbrook Council listed its cameras in 2024 it found 300 outside "
        "its control room, in libraries, depots and on refuse lorries.\n\nThe council named its CCTV Manager, Ruth Adair, as "
        'the single point of contact for every surveillance camera system it owns. "Every new camera comes to me first," '
        "she told the newsletter.\n\nThe association encourages other members to share their stories.\n"
    )
    pa = _loose(body)
    assert pa.signals["spoc"]
    assert not pa.signals["cctv_info"]


def test_a_welsh_careers_profile_is_no_councils() -> None:
    body = (
        "Gyrfaoedd: Gweithredwr TCC\n\nBeth yw'r swydd?\nMae llawer o gynghorau yng Nghymru yn defnyddio camerâu teledu "
        "cylch cyfyng mewn canol trefi. Mae gweithredwyr yn gwylio sgriniau mewn ystafell reoli.\n\nDiwrnod arferol\n"
        "Gwylio'r sgriniau a siarad â'r heddlu ar y radio.\n\nCyflog\nTua £23,000.\n"
    )
    assert not _loose(body).signals["cctv_info"]


def test_an_academy_and_a_landlord_by_their_own_names() -> None:
    school = (
        "CCTV policy\n\n1. Introduction\nBrookfield Academy uses CCTV to keep pupils, staff and visitors safe.\n\n"
        "2. The system\nThere are 28 fixed cameras covering the gates, the car park and corridors.\n\n"
        "3. Retention\nRecordings are kept for 30 days.\n"
    )
    landlord = (
        "Cameras on our estates\n\nWe have cameras in the entrances and bin stores of 18 of our blocks.\n\n"
        "Sharing with the police\nWe share footage with Westmarch Police under an information sharing agreement signed by "
        "Northgate Homes and the force.\n"
    )
    assert not _loose(school).signals["cctv_info"]
    pa = _loose(landlord)
    assert not pa.signals["cctv_info"] and not pa.signals["sla"]


def test_an_sla_with_the_monitoring_company_is_no_police_agreement() -> None:
    body = (
        "Agenda item\n\nCCTV on council housing estates\n\nMinutes:\nThere were 90 cameras across seven housing sites, "
        "recorded but not watched live.\n\nFrom April the council would pay a monitoring company to watch them overnight. A "
        "service level agreement with the company set response times for alerting Westmarch Police.\n"
    )
    pa = _loose(body)
    assert pa.signals["cctv_info"]
    assert not pa.signals["sla"]


def test_an_associations_own_agreement_with_the_force_is_not_a_councils() -> None:
    body = (
        "Board meeting - 3 March 2025\nItem 4: Estate CCTV\n\nThe Board noted that footage is shared with the police under "
        "the association's own data sharing agreement with the force, signed in 2023.\n"
    )
    assert not _loose(body).signals["sla"]


def test_footage_released_without_any_written_agreement() -> None:
    body = (
        "Internal Audit - CCTV Service\n\nThe review found that footage from the Council's 90 cameras was released to "
        "Westmarch Police on request without any written information sharing agreement between the Council and the force.\n\n"
        "Management had agreed to draft an agreement with Westmarch Police by the end of the year.\n"
    )
    pa = _loose(body)
    assert pa.signals["cctv_info"]
    assert not pa.signals["sla"]


def test_a_draft_to_be_signed_once_the_force_accepts_is_unsigned() -> None:
    body = (
        "Decision details\n\nCCTV Information Sharing Agreement with Westmarch Police\n\nDecision Maker: Cabinet\n\n"
        "Decision:\n1. approves the draft Information Sharing Agreement between Ashby District Council and Westmarch Police "
        "for the release of recordings from the District's 60 public space cameras; and\n"
        "2. delegates authority to the Head of Community Safety to sign the Agreement on the Council's behalf once Westmarch "
        "Police has confirmed its acceptance.\n\nReasons: the force has not yet replied, and the existing release procedure "
        "will continue until the Agreement is signed.\n\nPublication date: 14/05/2025\n"
    )
    pa = _loose(body)
    assert pa.signals["cctv_info"]
    assert not pa.signals["sla"]


def test_performance_against_the_agreement_with_the_force_is_an_agreement() -> None:
    body = (
        "CCTV Control Centre Performance 2024/25\n\nMinutes:\nThe Head of Safer Communities introduced the annual report "
        "for the control centre, which monitors 400 cameras.\n\nMembers noted performance against the Service Level "
        "Agreement with Westmarch Police, in force since 2021: 95% of police requests for footage were met within two "
        "working days.\n"
    )
    assert _loose(body).signals["sla"]


def test_performance_against_the_contracts_sla_is_not() -> None:
    # guard: the monitoring contract's own service levels (passes before and after)
    body = (
        "CCTV monitoring contract\n\nMembers noted the contractor's performance against the service level agreement: the "
        "control room answered 98% of calls within the target time. The cameras are watched around the clock.\n"
    )
    assert not _loose(body).signals["sla"]


def test_the_register_held_by_the_designated_spoc() -> None:
    body = (
        "Agenda item\n\nBody-worn video for neighbourhood wardens\n\nMinutes:\nMembers asked who would oversee the devices. "
        "The Head of Service explained that they would be added to the Council's surveillance camera register, which is "
        "held by the Information Governance Manager as the designated single point of contact for all of the Council's "
        "surveillance camera systems (cameras@ashby.example.gov.uk).\n"
    )
    assert _loose(body).signals["spoc"]


def test_welsh_footage_of_the_council_is_its_information() -> None:
    body = (
        "Gofyn am luniau TCC ohonoch chi'ch hun\n\nMae gennych hawl i gael copi o luniau Teledu Cylch Cyfyng (TCC) y Cyngor "
        "sy'n eich dangos chi.\n\nAm ba hyd mae'r Cyngor yn cadw'r lluniau?\nCedwir y lluniau am 30 diwrnod.\n"
    )
    assert _loose(body).signals["cctv_info"]


def test_a_welsh_certificate_that_remains_valid() -> None:
    body = (
        "Adolygiad Blynyddol Cynllun TCC 2024/25\n\n4. Safonau\n\nCadarnhaodd yr archwilydd fod yr Ystafell Reoli yn parhau "
        "i gydymffurfio â Chod Ymarfer Camerâu Gwyliadwriaeth, ac felly mae Tystysgrif Cydymffurfiaeth cam 2 y Cyngor, a "
        "ddyfarnwyd gyntaf yn 2020, yn parhau'n ddilys.\n\n5. Perfformiad\nMae 180 camera yn rhan o'r cynllun.\n"
    )
    assert _loose(body).signals["certification"]


def test_a_welsh_approval_of_money_to_obtain_certification() -> None:
    body = (
        "Y Cabinet - eitem 9\n\nGWASANAETH TELEDU CYLCH CYFYNG\n\nPenderfyniad:\n1. Cymeradwyo gwario hyd at £5,800 o "
        "gyllideb refeniw'r Gwasanaeth i sicrhau ardystiad trydydd parti (cam 2) yn erbyn Cod Ymarfer Camerâu "
        "Gwyliadwriaeth ar gyfer system teledu cylch cyfyng canol y dref.\n"
    )
    assert _loose(body).signals["certification"]


def test_a_welsh_executive_resolution_on_its_cameras_is_its_own() -> None:
    body = (
        "Pwyllgor Gwaith - Penderfyniad\n\nEitem 6: Dyfodol y Gwasanaeth Teledu Cylch Cyfyng\n\nPENDERFYNWYD:\n\n"
        "1. Newid y gwasanaeth teledu cylch cyfyng yn y tair tref o fonitro byw i system recordio yn unig o fis Ebrill.\n\n"
        "2. Cadw'r 36 camera presennol a chadw recordiadau am 31 diwrnod.\n"
    )
    assert _loose(body).signals["cctv_info"]


def test_guidance_telling_landlords_their_cameras_are_their_own() -> None:
    body = (
        "Shared houses - landlord guidance\n\nCCTV in shared houses\n\nSome landlords fit CCTV to shared hallways and bin "
        "stores. If you do, you, not the Council, are the data controller for the recordings.\n\nYou should tell tenants why "
        "the cameras are there, never place them in private rooms, and delete recordings after a short period.\n\n"
        "Our licence conditions do not require CCTV. Complaints about landlords' cameras should go to the Information "
        "Commissioner's Office.\n"
    )
    assert not _loose(body).signals["cctv_info"]


def test_a_welsh_universitys_camera_system_is_the_universitys() -> None:
    body = (
        "Cod Ymarfer Teledu Cylch Cyfyng\n\n1. Cyfrifoldeb\nMae rheolaeth ddydd i ddydd system gamerâu'r Brifysgol wedi'i "
        "dirprwyo i Gyfarwyddwr y Campws.\n\n2. Pwrpas\nDefnyddir camerâu ar y campws ac yn y neuaddau preswyl i ddiogelu "
        "myfyrwyr a staff.\n"
    )
    assert not _loose(body).signals["cctv_info"]
