"""A certificate named only on the council's "Awards and accreditations" page is found before 5.2 is called not met
(held-back webs 92, 93, 94 and 100: a step 2 certificate listed there and nowhere else, on sites whose search robots.txt
forbids). The page sits under "The council", linked from nothing about cameras."""

from __future__ import annotations

from pathlib import Path

from minisite import audit_site, council_page

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/community-safety">Community safety</a></li>'
    '<li><a href="/the-council">The council</a></li></ul></nav>'
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)


def _site() -> dict[str, tuple[str, bytes]]:
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /search\n"),
        "/": council_page("Westby Borough Council", "<p>Welcome to the council.</p>", NAV),
        "/community-safety": council_page(
            "Community safety", '<ul><li><a href="/community-safety/cctv">CCTV</a></li></ul>', NAV
        ),
        "/community-safety/cctv": council_page(
            "CCTV",
            "<p>The council runs 64 public space CCTV cameras in Westby town centre to prevent and detect crime.</p>"
            "<p>Our operators watch them 24 hours a day from the Town Hall control room.</p>"
            "<p>Recordings are kept for 31 days and then overwritten.</p>"
            "<p>You can ask for recordings of yourself by making a subject access request.</p>"
            "<p>Signs tell you where cameras are in use. Our CCTV code of practice sets out how the system is run.</p>",
            NAV,
        ),
        "/the-council": council_page(
            "The council",
            '<ul><li><a href="/the-council/awards-and-accreditations">Awards and accreditations</a></li>'
            '<li><a href="/the-council/budget">Budget and spending</a></li></ul>',
            NAV,
        ),
        "/the-council/awards-and-accreditations": council_page(
            "Awards and accreditations",
            "<ul><li>Customer Service Excellence, renewed 2024.</li><li>Westby CCTV: full (step 2) certification"
            " against the Surveillance Camera Code of Practice, awarded in March 2023 after an independent audit.</li>"
            "</ul>",
            NAV,
        ),
        "/the-council/budget": council_page("Budget and spending", "<p>Where the money goes.</p>", NAV),
        "/privacy": council_page("Privacy", "<p>How we use your information.</p>", NAV),
        "/a-z": council_page("A to Z", '<ul><li><a href="/community-safety/cctv">CCTV</a></li></ul>', NAV),
    }


def test_a_certificate_named_only_on_the_awards_page_is_found(tmp_path: Path) -> None:
    la, paths = audit_site(_site(), tmp_path, "Westby Borough Council", "E99000042")
    assert "/the-council/awards-and-accreditations" in paths, paths
    assert la["deliverables"]["5.2"]["status"] == "met"
