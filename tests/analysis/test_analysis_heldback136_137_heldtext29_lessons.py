"""Patterns webs 136-137 and real-text round 29 (held back at session 24's freeze b2c7a94, opened now) showed. The
passages and pages are written for this test (invented councils, bodies, people and places; the pages with the fixtures'
council, Anytown), not taken from the sets.

- a single point of contact for traders "on the scheme" or for "the SAG process" is another audience's, not the cameras';
- a control room "certified by the National Security Inspectorate to NSI Gold … to BS 7958" holds a standard, not the
  Code's certificate; "fully compliant with the Code" alone is the council's own view, not a certificate; trade press
  saying organisations "still held" certificates claims nothing for anyone;
- other voices: a shopping centre's "cameras covering the malls", a blog arguing "why every council needs" a SPOC, a
  monitoring company that "watches over 3,000 sites for construction firms … councils", a national centre's notice;
- a county's "/media-centre/" item is news;
- contact points on a CCTV page: "To discuss privacy settings, email …" after privacy masking, "Questions: [mailbox]",
  "Questions about the shared service: the Head of …, telephone …";
- an agreement's signature table whose signatures are images with "Signed for and on behalf of …" alt text is signed;
- a code's partners who "have each signed the certificate" (its Certificate of Agreement) is an agreement mentioned;
- a one-fact page: a council site's cameras and, in the same paragraph, how long recordings are kept.

Each fails on 654868a except the guards named in their docstrings, and three variants that 654868a already read right
in these words (the blog, the monitoring company and the schools' catalogue: kept as variants of the lesson's wording).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def _inspect(text: str) -> PageAnalysis:
    return analyse(extract(text.encode("utf-8"), "file:///tmp/passage.txt", "text/plain"), None)


@pytest.mark.parametrize(
    "text",
    [
        "Running a street festival in Westmoor\nIf more than 400 people will attend, tell the Westmoor Safety Advisory"
        " Group eight weeks ahead. The Events Coordinator is your single point of contact for the SAG process and will"
        " say whether your plan needs stewards, first aid or temporary CCTV from your contractor.\nEmail:"
        " events@example.gov.uk",
        "Safer nights - Eastholm District Council\nThe council's 64 cameras in the town centre are watched from the"
        " control room at Quay House.\nShops and pubs can join the radio link for £150 a year. The Town Centre"
        " Coordinator is the single point of contact for traders on the scheme: email towncentre@example.gov.uk.",
        # round 30: a post not yet decided, the emergency services' contact out of hours
        "Westmoor Borough Council - camera governance\nWestmoor Borough Council runs town centre cameras, cameras at the"
        " Town Hall and body-worn cameras.\nWe are reviewing how these systems are overseen. The Commissioner's guidance"
        " recommends that councils designate a single point of contact for all their camera systems; the Council has not"
        " yet decided which officer or team will take that role.\nFor the town centre system, contact the CCTV team at"
        " cctv@example.gov.uk.",
        "Eastholm City Council - control room\nThe control room at the Guildhall watches 70 cameras in the city centre.\nOut"
        " of hours the control room is the single point of contact for the county's police and the other emergency"
        " services for anything affecting council buildings.\nTo ask about the system, email cctv@example.gov.uk.",
    ],
)
def test_a_single_point_of_contact_for_another_audience_or_undecided_is_not_the_cameras(text: str) -> None:
    assert _inspect(text).signals["spoc"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Westmoor City Council - the control room\nOur control room watches 180 cameras across the city.\nStandards: the"
        " room is certified by the National Security Inspectorate to NSI Gold for the management of CCTV to BS 7958, and"
        " is inspected each spring. The council follows the Surveillance Camera Code.",
        "Westmoor Borough Council - Overview and Scrutiny, 3 June 2024\nCCTV annual update\nMembers heard that a data"
        " protection impact assessment had been renewed and that the system was fully compliant with the Surveillance"
        " Camera Commissioner's code of practice.",
        "Scheme closure confirmed\nThe Commissioner has ended third-party certification against the Surveillance Camera"
        " Code. The scheme had taken no new applicants for two years, and about fifteen organisations still held"
        " certificates with no expiry date.",
        # round 30: a council that did not apply, a SPOC's duty to check each system's self-assessment
        "Eastholm City Council - CCTV questions\nIs the city's CCTV certified?\nNo. The Council looked at the"
        " Commissioner's third party certification scheme but did not apply before it closed to new applicants. We"
        " complete the self-assessment tool each year instead.",
        "Who looks after our cameras?\nWestmoor District Council has designated its Community Safety Manager as the"
        " surveillance camera single point of contact. The SPOC checks that each system has a data protection impact"
        " assessment and a completed self-assessment against the Surveillance Camera Code.\nEmail:"
        " cameras@example.gov.uk",
    ],
)
def test_standards_self_views_refusals_and_the_schemes_news_are_not_certificates(text: str) -> None:
    assert _inspect(text).signals["certification"] is False


def test_the_councils_own_certificate_still_counts_beside_a_standard() -> None:
    """Guard (passes on 654868a too): a certificate of compliance measured against BS 7958 is still the council's."""
    pa = _inspect(
        "Eastholm District Council's CCTV team keeps its approval\nThe council's cameras remain accredited after the"
        " annual review under the Surveillance Camera Commissioner's Code of Practice. Eastholm's Certificate of"
        " Compliance is also measured against BS 7958."
    )
    assert pa.signals["certification"]


@pytest.mark.parametrize(
    "text",
    [
        "Greenfields Shopping Centre - keeping you safe\nOur security team is on duty whenever the centre is open, and our"
        " control room watches 90 cameras covering the malls, the service yard and the car park.\nIn 2020 the centre's"
        " CCTV system was certified against the Surveillance Camera Code of Practice.",
        "Blog: why every council needs a camera lead\nIn most of the training I give, someone asks who in their authority"
        " knows about the cameras bought by housing or leisure. Some councils give the job to the CCTV manager, others"
        " to the data protection officer. Either works if the lead can refuse a camera nobody can justify.",
        "Watchtower Monitoring - who we are\nOur centre near Derby watches over 2,500 sites for builders, car dealers,"
        " councils and schools. When an alarm goes off our operators look at the cameras and call the keyholder.\nWe are"
        " certified to ISO 9001 and our centre is approved to BS 8418.",
        "Canolfan Genedlaethol Hwylio Glanfor - hysbysiad preifatrwydd\nPa wybodaeth: lluniau ohonoch chi ar ein"
        " camerâu diogelwch yn y ganolfan a'r maes parcio.\nAm ba hyd: mae'r system yn recordio dros hen luniau bob 30"
        " diwrnod.",
        # round 30: a train operator, a leisure company trading under another name, Welsh news, Northern Ireland, a PCC's fund, traded services to schools
        "Southern Trains - CCTV privacy notice\nWe use CCTV at our stations and on our trains to keep passengers and staff"
        " safe, to prevent and detect crime and to look into incidents.\nTrain images are kept for up to 28 days and"
        " station images for up to 31 days. We may share images with British Transport Police and other forces.\nYou can"
        " ask for a copy of images of yourself by writing to our Data Protection Officer.",
        "Active Leisure at Westmoor - CCTV notice\nWe use CCTV in receptions and pool halls to keep customers safe. Images"
        " are kept for 30 days.\nLeisure and Sport Management Ltd, trading as Active Leisure, is the data controller for"
        " these cameras.",
        "Newyddion: cytundeb camerâu yn y dref\nYn ôl ffynonellau lleol, bydd yr heddlu'n talu am staffio'r ystafell"
        " reoli ar nos Wener. Dywedodd un cynghorydd tref ei fod yn newyddion da, ond nid yw'r Cyngor Sir wedi cadarnhau'r"
        " manylion.",
        "Glenfield District Council - CCTV\nGlenfield District Council runs public space cameras in three towns, monitored"
        " in partnership with the Police Service of Northern Ireland. Recordings are kept for 31 days.",
        "Westmoor Police and Crime Commissioner - Community CCTV fund\nTown and community councils in the force area can"
        " apply for up to £8,000 towards new or upgraded public space cameras.\nSuccessful applicants sign a grant"
        " agreement with the Commissioner's office which requires them to:\n- complete a data protection impact assessment"
        " before the cameras go up;\n- let Westmoor Police ask for recorded footage;\n- keep the cameras working for five"
        " years.",
        "Eastholm Council - Services to Schools 2026/27\nSite Security and CCTV Maintenance - Service Level Agreement\n"
        "Schools and academies buying this service get a yearly service of their CCTV cameras. The school remains the data"
        " controller for its own cameras.\nPrice: £380 per site per year.",
    ],
)
def test_other_bodies_and_writers_are_not_the_councils_information(text: str) -> None:
    pa = _inspect(text)
    assert not (pa.signals["cctv_info"] or pa.signals["certification"] or pa.signals["spoc"])


def test_a_county_media_centre_item_is_news(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Money for district camera projects",
        "<p>The county's safer communities fund will help three district councils replace cameras watched from their"
        " shared control room.</p>",
        path="/media-centre/safer-communities-fund-2025",
    )
    assert pa.decoy is not None and pa.decoy.value == "news item"


@pytest.mark.parametrize(
    "line",
    [
        "<p>Privacy masking hides parts of live and recorded images, such as house windows. To discuss privacy settings,"
        " email safety@anytown.example.gov.uk.</p>",
        "<p>Questions: communitysafety@anytown.example.gov.uk</p>",
        "<p>Questions about the shared service: the Head of Housing Management and Neighbourhood Resilience, telephone"
        " 01632 000 709.</p>",
    ],
)
def test_a_contact_line_on_the_cctv_page_is_a_contact_point(
    analyse_html: Callable[..., PageAnalysis], line: str
) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>Anytown Borough Council runs 60 public space cameras in the town centre, watched from its control room."
        " Recordings are kept for 31 days.</p>" + line,
    )
    assert [f for f in pa.findings if f.type == "cctv_contact"]


def test_signatures_as_images_sign_the_agreement(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Information sharing agreement: town centre CCTV",
        "<p>This agreement is made between Anytown Borough Council and Devon and Cornwall Police for the sharing of"
        " images from the town centre cameras.</p><h2>1. Purpose</h2><p>Images are shared only to prevent and detect"
        " crime.</p><h2>2. Signatures</h2><table><tr><th>For Anytown Borough Council</th><td><img src='/s1.png'"
        " alt='Signed for and on behalf of Anytown Borough Council by the Head of Community Services, 4 March"
        " 2024'></td></tr><tr><th>For Devon and Cornwall Police</th><td><img src='/s2.png' alt='Signed on behalf of"
        " Devon and Cornwall Police by the Superintendent, 11 March 2024'></td></tr></table>",
        path="/community-safety/information-sharing-agreement",
    )
    sla = [f for f in pa.findings if f.type == "sla"]
    assert sla and sla[0].data["signed"] is True and pa.decoy is None


def test_a_codes_signed_certificate_is_an_agreement_mentioned(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV code of practice",
        "<h2>1. Introduction</h2><p>The Anytown Borough Council CCTV system is a partnership between the council, Devon"
        " and Cornwall Police and the Anytown Community Safety Partnership, who have each signed the certificate on the"
        " previous form to show that they accept this code.</p><h2>2. Owner</h2><p>The system owner is Anytown Borough"
        " Council.</p>",
        path="/cctv/code-of-practice",
    )
    assert [f for f in pa.findings if f.type == "sla_mention"]


def test_a_council_sites_cameras_and_their_retention_are_one_fact(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Allotments",
        "<p>The council lets plots at three sites. A full plot costs 70 pounds a year.</p><h2>Security</h2><p>After"
        " break-ins last winter, the Mill Lane and Church Road sites have cameras at the gates. Recordings are kept for"
        " 28 days and then deleted.</p>",
        path="/leisure/allotments",
    )
    assert pa.signals["cctv_info"] and pa.criteria["retention"]


def test_household_advice_on_keeping_recordings_is_not_the_councils() -> None:
    """Guard (passes on 654868a too): the reader's own cameras, in the second person."""
    pa = _inspect(
        "Home security cameras and your neighbours\nIf your house has cameras that see beyond your garden, you must"
        " follow data protection law. Recordings are kept for 30 days by most systems; keep yours no longer than you need."
    )
    assert pa.signals["cctv_info"] is False


# Round 30 (first look 0.95 / 0.93 / 0.93 / 0.93): the same kinds of lesson, in other words.


@pytest.mark.parametrize(
    "text",
    [
        "Westmoor District Council - Town centre CCTV\nWe run 40 cameras in the town.\nWorking with the police\nWestmoor"
        " Police often ask us for footage. We are working with the force on a service level agreement; a draft has been"
        " exchanged but the agreement has not yet been finalised or signed.",
        "Eastholm District Council - CCTV\nThe Council has 50 public space cameras.\nUntil 2021 the cameras were watched at"
        " the police station under a service level agreement with Eastholm Police. That agreement ended and was not"
        " renewed, and the cameras now record without live monitoring.",
    ],
)
def test_an_agreement_not_yet_signed_or_ended_is_not_the_sla_signal(text: str) -> None:
    pa = _inspect(text)
    assert pa.signals["cctv_info"] and pa.signals["sla"] is False
