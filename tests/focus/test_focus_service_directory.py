"""A council's directory of its teams, opened for a missing contact point.

Held-back web 378's Oldham (measured at freeze56, then opened): the only contact for the cameras is the control room's
telephone on the record of "First Response and CCTV control room" in the "Service directory" linked from every page's header.
robots.txt forbids the site's search, so the record is reached only by browsing; the plan read "Contact us" and the
constitution, and stopped without the directory.

Audited through the real command line on sites of their own (invented council, places and people)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from minisite import audit_site, council_page

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/crime-and-safety">Crime and safety</a></li>'
    '<li><a href="/directory/7/service-directory">Service directory</a></li><li><a href="/contact-us">Contact us</a></li>'
    "</ul></nav>"
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)

_page = partial(council_page, header=NAV)
_audit = partial(audit_site, name="Westby District Council")

CCTV_PAGE = (
    "<p>We use cameras to prevent and detect crime in the town centre and to reassure people who shop there.</p>"
    "<p>The council runs 88 fixed cameras in Westby and Kelby, watched from the council's own control room 24 hours a day."
    "</p><p>Signs show where our cameras are in use. Recordings are kept for 31 days.</p>"
    "<p>How the system is run and how recordings are released is set out in our "
    "<a href='/downloads/cctv-code-of-practice'>CCTV code of practice</a>.</p>"
)


def _site(cctv_extra: str = "") -> dict[str, tuple[str, bytes]]:
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /search\n"),
        "/": _page("Westby District Council", "<p>Welcome to the council's website.</p>"),
        "/crime-and-safety": _page(
            "Crime and safety", "<ul><li><a href='/crime-and-safety/cctv-in-westby'>CCTV in Westby</a></li></ul>"
        ),
        "/crime-and-safety/cctv-in-westby": _page("CCTV in Westby", CCTV_PAGE + cctv_extra),
        "/downloads/cctv-code-of-practice": _page(
            "CCTV code of practice",
            "<p>This code sets out how the council runs its public space CCTV system and how recordings are handled.</p>",
        ),
        "/contact-us": _page("Contact us", "<p>Phone, email and visiting the Civic Centre.</p>"),
        "/directory/7/service-directory": _page(
            "Service directory",
            "<p>Find a council team or service.</p><ul>"
            "<li><a href='/directory-record/4410/bereavement-services'>Bereavement services</a></li>"
            "<li><a href='/directory-record/4412/response-and-cctv-control-room'>Response and CCTV control room</a></li>"
            "</ul>",
        ),
        "/directory-record/4410/bereavement-services": _page("Bereavement services", "<p>Telephone: 01632 960 200</p>"),
        "/directory-record/4412/response-and-cctv-control-room": _page(
            "Response and CCTV control room",
            "<dl><dt>Service</dt><dd>Emergency planning and response</dd><dt>What the team does</dt><dd>Watches the "
            "council's cameras and answers out-of-hours calls</dd><dt>Telephone</dt><dd>01632 960 441</dd></dl>",
        ),
    }


def test_the_service_directory_is_opened_for_a_missing_contact_point(tmp_path: Path) -> None:
    la, paths = _audit(_site(), tmp_path, gss="E99000378")
    assert "/directory/7/service-directory" in paths, "\n".join(paths)
    assert la["deliverables"]["5.3"]["status"] == "partial"


def test_the_service_directory_is_left_once_the_cctv_page_gives_a_contact(tmp_path: Path) -> None:
    la, paths = _audit(
        _site("<p>Questions about our cameras: the CCTV team, cctv@westby.example.gov.uk.</p>"),
        tmp_path,
        gss="E99000379",
    )
    assert "/directory/7/service-directory" not in paths, "\n".join(paths)
    assert la["deliverables"]["5.3"]["status"] == "partial"
