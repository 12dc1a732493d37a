"""Reading lessons of held-back webs 326-337 (326-331 written blind at session 47 in snapshots of 8907c90, 332-337 at session
48 in snapshots of 64d894b; all measured once at freeze49 = 64d894b, then opened). The pages are written for this test
(invented councils, towns and forces), not taken from the sets; each is read with its council as the context.

- A pattern anchored at a line's start must find any block's line, not only the first block's: a CCTV page's last line
  "CCTV enquiries: [phone]" is its contact (web 329's Amber Valley); a numbered section's heading ("5. Contact") is a heading
  (web 326's Blackpool).
- A results table ("Scheme | Result | Date") whose row names the scheme's step is the council's certificate (webs 330's
  Welwyn Hatfield and 331's Nuneaton and Bedworth).
- A step-by-step guide set in a ``nav`` is the page's content (web 334's Manchester).
- One fact on a page about something else: a market's or a visiting page's cameras and how long they keep recordings, a
  subject access page offering CCTV footage, a policy register's CCTV policy, the council's share of a camera hub (webs
  326-331); a table's label run into "Council CCTV …" is not a council's name (web 331's Harlow); the council's two
  redeployable cameras, a place covered by cameras of the council named in full (web 337).
- Denials and other owners: a town council that runs the cameras, CCTV run by another kind of council, "not ours", cameras
  not run since they were switched off, a questions table naming a safety camera partnership and a contractor's own
  cameras, a force's policy named by the force (webs 327-337); a partial denial ("no cameras outside council land") before the council's own table (web
  337's Tandridge).
- Contacts: a post's row ("[Unit] Manager: [mailbox]"), the records team named for questions about the cameras, "can be
  reached on" (webs 326, 330, 333).
- A page marked at its head as archived and no longer accurate publishes nothing (web 335's Hastings).
- A neighbour's room's certificate beside "our own system is assessed separately" is not the council's (web 332's Hart); a
  release protocol under which footage goes to the force is an agreement spoken of (web 329's Stroud).
"""

from __future__ import annotations

import re

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.segments import BlockText, blocks_of
from analysis.text import extract

CTX = AuthorityContext("Westby District Council", "http://www.westby.gov.uk/", "Westmarch", "England")
COUNTY = AuthorityContext("Midshire County Council", "http://www.midshire.gov.uk/", "Westmarch", "England")


def _page(path: str, title: str, body: str, ctx: AuthorityContext = CTX) -> PageAnalysis:
    host = ctx.website.rstrip("/")
    html = (
        f"<html><head><title>{title} - {ctx.name}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>"
    )
    return analyse(extract(html.encode(), f"{host}{path}", "text/html"), ctx)


def _text(path: str, text: str, ctx: AuthorityContext = CTX) -> PageAnalysis:
    return analyse(extract(text.encode(), f"{ctx.website.rstrip('/')}{path}", "text/plain"), ctx)


def test_an_anchored_pattern_finds_a_later_blocks_line() -> None:
    blocks = blocks_of("Opening line\nSecond line\nThird: here\n")
    assert BlockText(blocks).indices(re.compile(r"^\W*third\b", re.I)) == [2]
    assert BlockText(blocks).indices(re.compile(r"line$", re.I)) == [0, 1]


def test_a_cctv_pages_last_line_of_enquiries_is_its_contact() -> None:
    pa = _page(
        "/community/safety/cctv",
        "CCTV",
        "<p>Our 64 cameras help keep Westby and Eastford town centres safe.</p><p>Recordings are held for 28 days.</p>"
        "<p>CCTV enquiries: 01632 960 417.</p>",
    )
    assert pa.spoc is not None and pa.spoc["phone"] == "01632 960 417"


def test_a_numbered_contact_section_of_a_code_of_practice() -> None:
    blocks = blocks_of(
        "4. Recordings\nImages are kept for 31 days and then overwritten.\n5. Contact\nA longer line here."
    )
    assert [b.heading for b in blocks] == [True, False, True, False]
    pa = _text(
        "/documents/cctv-code-of-practice-2025.pdf",
        "Westby District Council CCTV code of practice\n1. Purpose\nThe town centre system is used to prevent crime and "
        "to help people feel safe.\n2. Recordings\nImages are kept for 31 days and then overwritten.\n3. Contact\nThe "
        "Safer Streets team can be reached on 01632 960 552.",
    )
    assert pa.spoc is not None and pa.spoc["phone"] == "01632 960 552"


def test_a_results_table_row_naming_the_step_is_the_certificate() -> None:
    pa = _page(
        "/community/cctv/standards",
        "Standards and audits",
        "<table><tr><th>Scheme</th><th>Result</th><th>Date</th></tr><tr><td>Surveillance camera third-party "
        "certification</td><td>Step 2 full certification</td><td>June 2023</td></tr><tr><td>Control room inspection"
        "</td><td>No actions</td><td>February 2025</td></tr></table>",
    )
    assert pa.signals["certification"]
    assert pa.certification and pa.certification.get("level") == "step2"


def test_a_guide_table_of_the_schemes_steps_claims_nothing() -> None:
    # guard (passes before and after): the scheme's steps explained, with no result column
    pa = _page(
        "/community/cctv/about-certification",
        "About certification",
        "<table><tr><th>Step</th><th>What it involves</th></tr><tr><td>Step 1 desktop certification</td><td>A self-"
        "assessment checked by a certification body</td></tr><tr><td>Step 2 full certification</td><td>An audit of the "
        "system on site</td></tr></table>",
    )
    assert not pa.signals["certification"]


def test_a_step_by_step_guide_in_a_nav_is_read() -> None:
    pa = _page(
        "/crime/cctv",
        "CCTV cameras",
        "<p>Our cameras watch Westby town centre day and night. Recorded footage is held for 31 days.</p>"
        '<nav class="step-nav" aria-label="Step by step"><ol><li><h3><button aria-controls="s1">Ask quickly</button></h3>'
        '<div class="step-nav__panel" id="s1" hidden><p>Footage is overwritten after 31 days, so ask as soon as you can.'
        '</p></div></li><li><h3><button aria-controls="s2">If you are unhappy</button></h3><div class="step-nav__panel" '
        'id="s2" hidden><p>Our Head of Safer Communities is the council\'s single point of contact for surveillance '
        'cameras and oversees every camera system we run. Email <a href="mailto:spoc@westby.example.gov.uk">'
        "spoc@westby.example.gov.uk</a>.</p></div></li></ol></nav>",
    )
    assert pa.signals["spoc"]


def test_one_fact_on_a_market_page() -> None:
    pa = _page(
        "/markets/eastford-market",
        "Eastford market",
        "<dl><dt>Day</dt><dd>Thursday</dd><dt>Camera footage</dt><dd>Market cameras keep footage for 21 days</dd></dl>",
    )
    assert pa.signals["cctv_info"] and pa.criteria["retention"]


def test_one_fact_on_a_visiting_page() -> None:
    pa = _page(
        "/contact-us/visiting-the-council-offices",
        "Visiting the council offices",
        "<p>The offices are on Mill Lane. For everyone's safety recordings from the reception and car park cameras are "
        "kept for 30 days and then overwritten.</p><p>Parking for blue badge holders is free.</p>",
    )
    assert pa.signals["cctv_info"] and pa.criteria["retention"]


def test_footage_of_yourself_on_the_subject_access_form() -> None:
    pa = _page(
        "/council/request-information-we-hold",
        "Request information we hold about you",
        "<p>Use the form to make a subject access request.</p><p>You can ask for a copy of CCTV footage of yourself on "
        "this same form.</p>",
    )
    assert pa.signals["cctv_info"] and pa.criteria["subject_access"]


def test_the_cctv_policy_in_a_policy_register() -> None:
    pa = _page(
        "/council/policy-register",
        "Policy register",
        "<table><tr><th>Policy</th><th>Service</th></tr><tr><td>Anti-social behaviour policy</td><td>Community Safety"
        "</td></tr><tr><td>CCTV policy (2021) - being revised, available on request</td><td>Community Safety</td></tr>"
        "</table>",
    )
    assert pa.signals["cctv_info"] and pa.criteria["policy"]


def test_the_councils_share_of_a_camera_hub_in_a_spending_table() -> None:
    # (an end-to-end check: on so small a page it passes before the lesson too; the held-back page's other rows and news
    # teasers hid it, and the own cue "our share of the … CCTV hub" is what now reads it)
    pa = _page(
        "/council-tax/where-your-money-goes",
        "Where your council tax goes",
        "<table><tr><th>Service</th><th>Cost</th><th>What it pays for</th></tr><tr><td>Community safety</td><td>£81,000"
        "</td><td>Our share of the Vale CCTV hub in Northmoor, which watches the cameras in Westby and Eastford for us"
        "</td></tr></table>",
    )
    assert pa.signals["cctv_info"]


def test_a_table_label_run_into_council_cctv_is_no_councils_name() -> None:
    pa = _page(
        "/town-centre/managing-the-town-centre",
        "Managing the town centre",
        "<table><tr><th>Service</th><th>Detail</th></tr><tr><td>Cameras</td><td>Council CCTV covers the Corn Exchange "
        "square</td></tr><tr><td>Cleansing</td><td>Daily</td></tr></table>",
    )
    assert pa.signals["cctv_info"]


def test_the_councils_two_redeployable_cameras() -> None:
    pa = _page(
        "/community-safety/anti-social-behaviour",
        "Anti-social behaviour",
        "<p>Report anti-social behaviour to us online.</p><p>We can put one of our two redeployable cameras at a problem "
        "spot for up to six weeks, once the partnership's tasking group agrees.</p>",
    )
    assert pa.signals["cctv_info"]


def test_a_place_covered_by_cameras_of_the_council_named_in_full() -> None:
    pa = _page(
        "/safer-communities/orders/westby-town-centre",
        "Westby town centre order",
        "<p>Westby District Council made this order in 2025. Within the area it is an offence to drink alcohol after being "
        "asked to stop.</p><p>The order area is covered by 22 Westby District Council cameras on the high street.</p>",
    )
    assert pa.signals["cctv_info"]


def test_a_town_council_that_runs_the_cameras() -> None:
    pa = _page(
        "/community-safety/eastford-cameras",
        "Eastford cameras",
        "<p>The town council runs CCTV in the market place.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_cctv_run_by_another_kind_of_council() -> None:
    pa = _page(
        "/planning/obligations-cctv",
        "Planning obligations",
        "<p>Some developments pay towards CCTV run by the city council.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_a_camera_network_that_is_not_ours() -> None:
    pa = _page("/business/the-airport", "The airport", "<p>The airport's camera network is not ours.</p>")
    assert not pa.signals["cctv_info"]


def test_cameras_not_run_since_they_were_switched_off() -> None:
    pa = _page(
        "/help/article/cctv-in-the-town-centre",
        "Do you have CCTV in the town centre?",
        "<p>No. The council switched off its town centre cameras in 2012 and has not run public space CCTV since.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_a_questions_table_of_other_owners_cameras() -> None:
    # the county's questions set as a table, each row a question and its answer: a safety camera partnership runs the speed
    # cameras, the waste contractor its own cameras at the tips (web 336's Hampshire)
    pa = _page(
        "/about/top-questions",
        "Residents' top questions",
        "<table><tr><th>Question</th><th>Answer</th></tr><tr><td>Who runs the cameras in my town centre?</td><td>Your "
        "district or borough council.</td></tr><tr><td>Who runs speed cameras?</td><td>The Midshire and Vale Safety Camera "
        "Partnership, led by the police.</td></tr><tr><td>Are the tips covered by cameras?</td><td>Our waste contractor runs "
        "its own cameras at the recycling centres it operates.</td></tr><tr><td>Can I see the roads live?</td><td><a "
        'href="/transport/traffic-cameras">Yes, on the traffic cameras page</a></td></tr></table>',
        COUNTY,
    )
    assert not pa.signals["cctv_info"]


def test_a_forces_policy_named_by_the_force() -> None:
    pa = _page(
        "/community-safety/partners-documents",
        "Partners' documents",
        "<section><p>From Safer Midshire partners:</p><p>Documents our partners have asked us to publish.</p><ul><li><a "
        'href="/files/force-cctv-policy.pdf">Westmarch Police public space CCTV policy</a> <span>(PDF, 150 KB)</span></li>'
        "</ul></section>",
        COUNTY,
    )
    assert not pa.signals["cctv_info"]


def test_a_partial_denial_before_the_councils_own_table() -> None:
    pa = _page(
        "/council/crime-and-safety/cctv",
        "CCTV",
        "<p>We do not have a monitored CCTV network and have no cameras outside council land.</p><p>Westby District "
        "Council owns the cameras and is the data controller for the recordings.</p><table><caption>Council sites with "
        "cameras</caption><tr><th>Site</th><th>Cameras</th></tr><tr><td>Mill Lane car park</td><td>Four fixed cameras</td>"
        "</tr><tr><td>Eastford recreation ground</td><td>A mast with three cameras</td></tr></table><p>Recordings are kept "
        "for no more than 31 days.</p>",
    )
    assert pa.signals["cctv_info"] and pa.criteria["retention"] and pa.criteria["cameras"]


def test_a_posts_row_with_its_mailbox() -> None:
    pa = _page(
        "/community-safety/cctv",
        "CCTV",
        "<p>The council's control and monitoring unit watches 140 cameras across the district.</p><p>CCTV annual review "
        "2024/25 PDF</p><p>CMU Manager: cmu@westby.example.gov.uk</p>",
    )
    assert pa.spoc is not None and pa.spoc["email"] == "cmu@westby.example.gov.uk"


def test_the_records_team_named_for_questions_about_the_cameras() -> None:
    pa = _text(
        "/media/privacy/surveillance-cameras-privacy-notice.docx",
        "Surveillance cameras privacy notice\nWhy we use cameras\nWe use cameras at libraries, county offices and "
        "recycling centres to protect staff and visitors.\nHow long we keep recordings\nRecordings are normally kept for "
        "30 days.\nContact\nQuestions about any of our cameras: Information Governance Team, infogov@midshire.example.gov.uk.",
        COUNTY,
    )
    assert pa.spoc is not None and pa.spoc["email"] == "infogov@midshire.example.gov.uk"


def test_a_neighbours_certificate_beside_our_own_system_assessed_separately() -> None:
    pa = _text(
        "/documents/cctv-code-of-practice-2025.pdf",
        "Westby District Council CCTV code of practice\nMonitoring\nOur cameras are watched from the Northmoor Control "
        "Centre. The Northmoor Control Centre holds its own certificate against the Surveillance Camera Code of Practice; "
        "Westby's own system is assessed separately.",
    )
    assert not pa.signals["certification"]


def test_footage_released_under_a_release_protocol() -> None:
    pa = _page(
        "/community-and-living/cctv",
        "CCTV in Westby district",
        "<p>Our cameras cover Westby and Eastford town centres.</p><p>Footage is released to Westmarch Police under a "
        "release protocol.</p>",
    )
    assert pa.signals["sla"]
    assert any(f.type == "sla_mention" for f in pa.findings)


def test_an_archived_page_kept_for_reference() -> None:
    # web 335's Hastings: the current page says one thing; the 2016 page, marked as archived, is no longer the council's word
    pa = _page(
        "/community-safety/cctv-service-2016",
        "CCTV service (2016)",
        "<p>Archived page: this describes the CCTV service as it was in 2016 and is no longer accurate. It is kept for "
        "reference only.</p><p>Our 60 cameras are watched from the control room at the town hall.</p><p>Recordings are "
        "kept for 31 days.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_a_borough_page_on_cctv_run_by_the_district_council_is_its_own() -> None:
    # guard of the one-other-kind rule (webs 327 and 331): a district and a borough council are the same tier, and a council of
    # either kind may call itself by the other
    borough = AuthorityContext("Westby Borough Council", "http://www.westby.gov.uk/", "Westmarch", "England")
    pa = _page(
        "/community-safety/town-centre",
        "Town centre",
        "<p>Town centre CCTV run by the district council covers the high street and the bus station.</p>",
        borough,
    )
    assert pa.signals["cctv_info"]
