"""Pages a careful person opens for a missing contact point or certificate, though their words never name the cameras.

Held-back webs 368-373 (measured at freeze55, then opened):
- Woking: the single point of contact is a row of "Contact us by topic", the one page under "Contact us". The plan read
  "Contact us", then took "Contact us by topic" for one of that section's own pages (its words start with the section's
  name) and left it.
- Gateshead: the CCTV page lists "Contact Facilities Management", the service the cameras sit in, whose page alone gives the
  room's telephone. Nothing in the link's words named CCTV.
- Charnwood: the CCTV page lists "Monitoring for town and parish councils", a flat address beside it, where its control
  room's step 2 certificate is named. The parish words marked the link as somebody else's cameras.

Audited through the real command line on sites of their own (invented council, places and people)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from minisite import audit_site, council_page, results_page

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/community-safety">Community safety</a></li>'
    '<li><a href="/contact-us">Contact us</a></li></ul></nav>'
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)

_page = partial(council_page, header=NAV)
_results = partial(results_page, header=NAV)
_audit = partial(audit_site, name="Westby District Council")

CCTV_PAGE = (
    "<p>The council runs 44 public space cameras in Westby town centre and at the bus station, to prevent and detect crime."
    "</p><p>The cameras are watched from the council's control room each evening; recordings are kept for 31 days.</p>"
    "<p>You can ask for footage of yourself by making a subject access request.</p>"
    "<p>Signs show where cameras are in use. Read our <a href='/cctv/code-of-practice'>code of practice</a>.</p>"
)


def _base(cctv_extra: str = "") -> dict[str, tuple[str, bytes]]:
    """The council's CCTV page and its code (5.1 met), listed by its search for "CCTV"; nothing else is listed."""
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/": _page("Westby District Council", "<p>Welcome to the council's website.</p>"),
        "/search?q=CCTV": _results(
            [("/community-safety/cctv", "CCTV"), ("/cctv/code-of-practice", "CCTV code of practice")]
        ),
        "/community-safety": _page("Community safety", "<ul><li><a href='/community-safety/cctv'>CCTV</a></li></ul>"),
        "/community-safety/cctv": _page("CCTV", CCTV_PAGE + cctv_extra),
        "/cctv/code-of-practice": _page(
            "CCTV code of practice",
            "<p>This code sets out how the council runs its public space CCTV system and how recordings are handled.</p>",
        ),
        "/contact-us": _page("Contact us", "<p>Phone, email and visiting the Civic Centre.</p>"),
    }


def test_the_directory_under_contact_us_is_opened_for_a_missing_contact_point(tmp_path: Path) -> None:
    site = _base()
    site["/contact-us"] = _page(
        "Contact us",
        "<p>Phone, email and visiting the Civic Centre.</p>"
        "<nav class='in-section'><ul><li><a href='/contact-us/contact-us-by-topic'>Contact us by topic</a></li></ul></nav>",
    )
    site["/contact-us/contact-us-by-topic"] = _page(
        "Contact us by topic",
        "<table><tr><th>Topic</th><th>Who to contact</th></tr>"
        "<tr><td>Bins</td><td>Waste services, 01632 960100</td></tr>"
        "<tr><td>Surveillance cameras</td><td>The Community Safety Manager is the council's single point of contact for "
        "its surveillance camera systems: cameras@westby.example.gov.uk</td></tr></table>",
    )
    la, paths = _audit(site, tmp_path, gss="E99000368")
    assert "/contact-us/contact-us-by-topic" in paths, paths
    assert la["deliverables"]["5.3"]["status"] == "met"


def test_the_contact_page_the_cctv_page_links_is_opened(tmp_path: Path) -> None:
    site = _base(
        "<p>Pictures are watched by Facilities Management.</p>"
        "<ul><li><a href='/article/2840/contact-facilities-management'>Contact Facilities Management</a></li></ul>"
    )
    site["/article/2840/contact-facilities-management"] = _page(
        "Contact Facilities Management",
        "<nav class='breadcrumb' aria-label='Breadcrumb'><a href='/'>Home</a> &gt; <a href='/community-safety'>Community "
        "safety</a> &gt; <a href='/community-safety/cctv'>CCTV</a></nav>"
        "<p>For questions about the cameras or a concern about how they are used, ring Facilities Management at the Civic "
        "Centre on 01632 960733.</p>",
    )
    la, paths = _audit(site, tmp_path, gss="E99000369")
    assert "/article/2840/contact-facilities-management" in paths, paths
    assert la["deliverables"]["5.3"]["status"] == "partial"


def test_no_contact_page_is_opened_once_the_cctv_page_gives_a_contact(tmp_path: Path) -> None:
    site = _base(
        "<p>Questions about the cameras: the CCTV team, cctv@westby.example.gov.uk.</p>"
        "<ul><li><a href='/article/2841/contact-planning'>Contact Planning</a></li></ul>"
    )
    site["/article/2841/contact-planning"] = _page("Contact Planning", "<p>Planning enquiries: 01632 960500.</p>")
    la, paths = _audit(site, tmp_path, gss="E99000370")
    assert "/article/2841/contact-planning" not in paths, paths
    assert la["deliverables"]["5.3"]["status"] == "partial"


def test_the_cctv_pages_monitoring_for_parish_councils_page_is_opened_for_a_missing_certificate(tmp_path: Path) -> None:
    site = _base(
        "<ul><li><a href='/pages/monitoring_for_town_and_parish_councils'>Monitoring for town and parish "
        "councils</a></li></ul>"
    )
    site["/pages/monitoring_for_town_and_parish_councils"] = _page(
        "Monitoring for town and parish councils",
        "<p>Our control room can watch cameras owned by town and parish councils for an annual fee.</p>"
        "<p>Our control room has held full step 2 certification against the Surveillance Camera Code of Practice since "
        "2019.</p>",
    )
    la, paths = _audit(site, tmp_path, gss="E99000371")
    assert "/pages/monitoring_for_town_and_parish_councils" in paths, "\n".join(paths)
    assert la["deliverables"]["5.2"]["status"] == "met"
