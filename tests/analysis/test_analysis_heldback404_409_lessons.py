"""Reading lessons of held-back webs 404-409 (written blind at session 58 by helpers in snapshots of 6bda164, measured once at
freeze61 = 8b62d13, then opened). The pages and passages are written for this test (invented councils, towns and people); web
pages are read with their council as the context, documents as the audit reads a fetched text.

- A council that brands itself by its county's short form ("North Herts Council") is the audited council (web 406's North
  Hertfordshire, whose single point of contact went unread as another council's).
- Ligatures and soft hyphens in a document's text ("certiﬁcation", "sur­veil­lance") are read as the letters a person sees (web
  408's Harborough and Surrey).
- A self-assessment that says it "is not a certificate of compliance and has not been audited" is no certificate (web 409's
  Stockport).
- A neighbour's brochure for its control centre, filed on the council's site, claims "our control centre holds full
  certification" for the neighbour (web 405's Gravesham).
"""

from __future__ import annotations

from analysis.context import AuthorityContext, is_same_council, names_council, short_council_name
from analysis.page import PageAnalysis, analyse
from analysis.text import extract
from read_excerpt import read_page

CTX = AuthorityContext("Westby Borough Council", "http://www.westby.gov.uk/", "Westmarch", "England")


def _document(path: str, text: str, ctx: AuthorityContext = CTX) -> PageAnalysis:
    return analyse(extract(text.encode("utf-8"), f"{ctx.website.rstrip('/')}{path}", "text/plain"), ctx)


def test_a_countys_short_form_names_the_same_council() -> None:
    own = short_council_name("North Hertfordshire District Council")
    assert is_same_council("North Herts Council", own)
    assert not is_same_council("East Herts Council", own)
    assert names_council("Our Community Safety Manager is North Herts Council's contact.", own)
    assert is_same_council("South Staffs Council", short_council_name("South Staffordshire Council"))
    # in running text only as a council's name: "hospital beds" never names Bedford
    assert not names_council("Extra hospital beds were opened at the weekend.", "Bedford")
    assert names_council("Central Beds Council runs the cameras.", "Central Bedfordshire")


def test_the_councils_spoc_under_its_short_brand_is_its_own() -> None:
    ctx = AuthorityContext(
        "North Hertfordshire District Council", "http://www.north-herts.gov.uk/", "Hertfordshire", "England"
    )
    pa = read_page(
        "/community/community-safety/cctv",
        "CCTV",
        "<p>Our cameras cover the town centres of Hitchin and Baldock, watched around the clock from the partnership's"
        " control room.</p><h2>Who is responsible</h2><p>Our Community Safety Manager is North Herts Council's single point"
        " of contact for surveillance camera systems: community.safety@north-herts.example.gov.uk</p>",
        ctx,
    )
    assert pa.signals["spoc"], pa.findings


def test_ligatures_and_soft_hyphens_are_read_as_letters() -> None:
    pa = _document(
        "/downloads/file/1875/cctv_standards_statement",
        "Public space CCTV: standards statement\n\nWestby Borough Council's public space CCTV system was awarded Step 1"
        " (desktop) certi\ufb01cation against the Sur\u00adveil\u00adlance Camera Code of Practice in May 2023.",
    )
    assert pa.signals["certification"], pa.findings


def test_a_self_assessment_that_says_it_is_no_certificate() -> None:
    pa = _document(
        "/media/2231/cctv-self-assessment-tool.pdf",
        "Surveillance camera self-assessment tool: town centre\n\nThis is our own assessment of the town centre system"
        " against the 12 principles of the Surveillance Camera Code of Practice. Completing the tool is not a certificate"
        " of compliance and has not been audited.\n\nPrinciple 6\nRecordings are kept for 31 days.",
    )
    assert not pa.signals["certification"], pa.findings


def test_a_neighbours_brochure_claims_its_own_rooms_certificate() -> None:
    pa = _document(
        "/assets/pdf/Carrow-CCTV-Control-Centre-services.pdf",
        "Carrow CCTV Control Centre: services for councils and businesses\n\nCarrow Borough Council's control centre"
        " watches more than 250 public space cameras and the cameras of 60 businesses.\n\nOur control centre holds full"
        " certification against the Surveillance Camera Code of Practice and is staffed around the clock.\n\nPartner"
        " councils: Westby Borough Council and the parish councils in Carrow.",
    )
    assert not pa.signals["certification"], pa.findings


def test_the_councils_own_room_claim_stays_its_own() -> None:
    pa = _document(
        "/assets/pdf/cctv-annual-report.pdf",
        "Westby CCTV Control Centre: annual report 2024\n\nWestby Borough Council's control centre watches 180 public space"
        " cameras.\n\nOur control centre holds full certification against the Surveillance Camera Code of Practice.",
    )
    assert pa.signals["certification"], pa.findings
