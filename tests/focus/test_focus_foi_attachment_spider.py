"""A signed agreement with the police published only as an FOI answer's attachment, filed under /documents/foi/, which
the site's own search lists by its title ("Protocol for the release of CCTV footage"): a careful person opens it before
calling the agreement missing (held-back web 203's Wrexham, a false not_met at 1c8b982). Results whose own words say they
are FOI answers stay unopened (analysis.links.decoy_result).
"""

from __future__ import annotations

from pathlib import Path

from minisite import SEARCH_WORDS, audit_site, council_page, results_page

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/community-safety">Community safety</a></li>'
    '<li><a href="/council-tax">Council tax</a></li></ul></nav>'
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)
ATTACHMENT = "/documents/foi/foi-24-0817-attachment"
ANSWER = "/council/foi/disclosure-log/foi-24-0817"


def _site(attachment_title: str) -> dict[str, tuple[str, bytes]]:
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/": council_page("Westby Borough Council", "<p>Welcome to the council's website.</p>", NAV),
        "/council-tax": council_page("Council tax", "<p>Bands and payments.</p>", NAV),
        "/community-safety": council_page("Community safety", '<ul><li><a href="/cctv">CCTV</a></li></ul>', NAV),
        "/cctv": council_page(
            "CCTV",
            "<p>The council's 60 public space cameras help prevent and detect crime in Westby town centre. Recordings are"
            " kept for 31 days. Questions: cctv@westby.example.gov.uk.</p>",
            NAV,
        ),
        ANSWER: council_page(
            "FOI-24-0817: CCTV footage and Surrey Police",
            "<p>You asked for the agreement under which the council releases footage to the police. It is attached.</p>",
            NAV,
        ),
        ATTACHMENT: council_page(
            "Protocol for the release of CCTV footage",
            "<p>Between Westby Borough Council and Surrey Police, for the release of recordings from the council's"
            " cameras.</p><p>Signed for Westby Borough Council: J. Smith, Head of Community Services, 4 April 2024.</p>"
            "<p>Signed for Surrey Police: A. Jones, Chief Inspector, 9 April 2024.</p>",
            NAV,
        ),
        "/search?q=CCTV": results_page(
            [
                ("/cctv", "CCTV"),
                (ANSWER, "FOI-24-0817: CCTV footage and Surrey Police"),
                (ATTACHMENT, attachment_title),
            ],
            NAV,
        ),
        **{f"/search?q={q}": results_page([], NAV) for q in SEARCH_WORDS[1:]},
    }


def test_an_foi_attachment_titled_as_the_agreement_is_opened(tmp_path: Path) -> None:
    la, paths = audit_site(_site("Protocol for the release of CCTV footage"), tmp_path)
    assert ATTACHMENT in paths and ANSWER not in paths
    assert la["deliverables"]["5.5"]["status"] == "met"


def test_an_foi_attachment_titled_only_as_one_is_left(tmp_path: Path) -> None:
    la, paths = audit_site(_site("FOI 24-0817 attachment"), tmp_path)
    assert ATTACHMENT not in paths
    assert la["deliverables"]["5.5"]["status"] == "not_met"
