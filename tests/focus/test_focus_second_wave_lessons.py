"""Discovery lessons of webs 107-110 (the session's second wave), each failing on e809749:

- a document the council's CCTV page points to for how the system is run ("section 5.4 of our Annual Governance
  Statement (PDF)") is read while 5.1 is not met, though its name says nothing of cameras (web 108's Walsall);
- a listing already read is paged through whatever its section's cap ("…/privacy-statements?page=3" holding the CCTV
  privacy notice, webs 94 and 110's Test Valley);
- with a search that answered and nothing of the council's own in hand, the partnership's plan below its page is read
  (web 107's Torbay: "Safer Communities Torbay Partnership Plan (PDF)").
"""

from __future__ import annotations

from pathlib import Path

from minisite import audit_site, council_page, results_page

from plandrive import S, drive, searched_plan

from analysis.searchplan import SearchPlan
from fixtures.heldback.kit import pdf_bytes

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/bins">Bins and recycling</a></li></ul></nav>'
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)
_STATEMENT = [
    "Annual Governance Statement 2025/26",
    "5.4 Public space CCTV. The council runs 140 public space cameras to prevent and detect crime and to help keep people"
    " safe in its town centres.",
    "Our control room at the Civic Centre watches them 24 hours a day, and recordings are kept for 31 days.",
    "The service follows the Surveillance Camera Code of Practice and its twelve guiding principles.",
    "Footage is released to the police and to insurers on a written request.",
]


def _site() -> dict[str, tuple[str, bytes]]:
    pdf = pdf_bytes("Annual Governance Statement 2025/26", _STATEMENT, "Westby Borough Council")
    statement = "/media/documents/annual-governance-statement-2025-26.pdf"
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/": council_page("Westby Borough Council", '<p>Welcome.</p><ul><li><a href="/bins">Bins</a></li></ul>', NAV),
        "/search?q=CCTV": results_page([("/community-safety/public-space-cctv", "Public space CCTV")], NAV),
        "/community-safety/public-space-cctv": council_page(
            "Public space CCTV",
            "<p>Our town centres are covered by public space CCTV.</p><p>How the system is run and governed is reported in"
            f' section 5.4 of our <a href="{statement}">Annual Governance Statement 2025/26 (PDF)</a>.</p>',
            NAV,
        ),
        statement: ("application/pdf", pdf),
        "/bins": council_page("Bins and recycling", "<p>Collection days.</p>", NAV),
        "/privacy": council_page("Privacy", "<p>How we use your information.</p>", NAV),
    }


def test_a_document_the_cctv_page_points_to_is_read_while_51_is_not_met(tmp_path: Path) -> None:
    la, paths = audit_site(_site(), tmp_path, "Westby Borough Council", "E99000042")
    assert "/media/documents/annual-governance-statement-2025-26.pdf" in paths, paths
    assert la["deliverables"]["5.1"]["status"] == "met"


def test_a_listing_already_read_is_paged_through() -> None:
    plan = SearchPlan()
    plan.search_form(None, "refused_by_robots")
    plan.sitemap("unavailable")
    plan.update({d: {"status": "not_met"} for d in ("5.1", "5.2", "5.3", "5.5")})
    listing = S + "/your-council/gdpr/privacy-statements"
    plan.offer(S + "/privacy", "Privacy", 0.5, 1)

    def list_read(url: str) -> None:
        if url == S + "/privacy":  # the listing read by the browsing, its page links seen on it
            plan.offer(listing, "Privacy statements", 0.5, 2, on_page="Privacy")
            plan.page_read(listing)
            for n in (2, 3):
                plan.offer(f"{listing}?page={n}", str(n), 0.2, 3, on_page="Privacy statements", from_url=listing)

    opened = drive(plan, limit=30, on_read=list_read)
    assert listing + "?page=2" in opened and listing + "?page=3" in opened


def test_the_partnerships_plan_is_read_while_nothing_own_is_in_hand() -> None:
    plan = searched_plan(
        {"CCTV": 2, "surveillance camera": 0, "cameras": 0, "camera": 0},
        {d: {"status": "not_met"} for d in ("5.1", "5.2", "5.3", "5.5")},
    )
    landing, page = S + "/community-safety", S + "/community-safety/safer-communities-anytown"
    doc = S + "/media/2211/safer-communities-anytown-plan-2025-28.pdf"
    plan.offer(landing, "Community safety", 0.5, 1)
    opened = drive(
        plan,
        {
            landing: [(page, "Safer Communities Anytown", 2, "Community safety")],
            page: [(doc, "Safer Communities Anytown Partnership Plan 2025 to 2028 (PDF)", 3, "Safer Communities")],
        },
    )
    assert doc in opened, opened


_CONTACT_TERMS = {"CCTV": 1, "surveillance camera": 0, "single point of contact": 0}


def _contact_verdicts(info: str) -> dict[str, dict]:
    return {
        "5.1": {"status": info, "pages": [S + "/cctv"]},
        "5.2": {"status": "met"},
        "5.3": {"status": "not_met"},
        "5.5": {"status": "met"},
    }


def test_the_contact_directory_is_read_for_a_cctv_contact_once_the_council_publishes() -> None:
    """Web 112's Eastbourne: its CCTV team's mailbox is only in the site-wide "Contact us" directory."""
    for info, wanted in (("met", True), ("not_met", False)):
        plan = searched_plan(_CONTACT_TERMS, _contact_verdicts(info))
        plan.offer(S + "/contact-us", "Contact us", 0.3, 1)
        assert (S + "/contact-us" in drive(plan, limit=8)) is wanted, info


def test_the_directory_below_contact_us_is_read_too() -> None:
    """Web 113's Hammersmith & Fulham: the control room's mailbox only on "Contact us" > "A to Z of team contacts"."""
    plan = searched_plan(_CONTACT_TERMS, _contact_verdicts("met"))
    plan.offer(S + "/contact-us", "Contact us", 0.3, 1)
    directory = S + "/contact-us/directory"
    opened = drive(plan, {S + "/contact-us": [(directory, "A to Z of team contacts", 2, "Contact us")]}, limit=8)
    assert directory in opened
