"""A community safety strategy that lists its annexes by letter alone ("Annex A" … "Annex C"), one of them the signed
information sharing agreement with the police: a careful person opens them before calling the agreement missing
(held-back web 198's North West Leicestershire and Bromsgrove, two false not_met at 1c8b982). The annexes are opened only
while no police agreement is in hand, and only from a plan's page.
"""

from __future__ import annotations

from pathlib import Path

from minisite import audit_site, council_page, results_page

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/community-safety">Community safety</a></li>'
    '<li><a href="/council-tax">Council tax</a></li></ul></nav>'
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)
ANNEXES = ("/files/strategy-annex-a", "/files/strategy-annex-b", "/files/strategy-annex-c")


def _site(plan_title: str) -> dict[str, tuple[str, bytes]]:
    annex_list = "".join(f'<li><a href="{u}">Annex {"ABC"[i]}</a></li>' for i, u in enumerate(ANNEXES))
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/": council_page("Westby Borough Council", "<p>Welcome to the council's website.</p>", NAV),
        "/council-tax": council_page("Council tax", "<p>Bands and payments.</p>", NAV),
        "/community-safety": council_page(
            "Community safety",
            '<ul><li><a href="/cctv">CCTV</a></li><li><a href="/community-safety/strategy">Our strategy</a></li></ul>',
            NAV,
        ),
        "/cctv": council_page(
            "CCTV",
            "<p>The council's 40 public space cameras help prevent and detect crime in Westby town centre. Recordings are"
            " kept for 31 days. Questions: cctv@westby.example.gov.uk.</p>",
            NAV,
        ),
        "/community-safety/strategy": council_page(
            plan_title, f"<p>The strategy runs to 2027. Its annexes:</p><ul>{annex_list}</ul>", NAV
        ),
        ANNEXES[0]: council_page("Annex A", "<p>Crime figures for the district, 2023.</p>", NAV),
        ANNEXES[1]: council_page("Annex B", "<p>Partners of the community safety partnership.</p>", NAV),
        ANNEXES[2]: council_page(
            "Annex C",
            "<h2>Information sharing agreement: public space CCTV</h2><p>Between Westby Borough Council and Surrey Police,"
            " for the release of recordings from the council's cameras to the police.</p><p>Signed for Westby Borough"
            " Council: J. Smith, Head of Community Services, 4 April 2024.</p><p>Signed for Surrey Police: A. Jones, Chief"
            " Inspector, 9 April 2024.</p>",
            NAV,
        ),
        "/search?q=CCTV": results_page([("/cctv", "CCTV")], NAV),
        **{
            f"/search?q={q}": results_page([], NAV)
            for q in (
                "surveillance+camera",
                "cameras",
                "camera",
                "single+point+of+contact",
                "sharing+agreement",
                "service+level+agreement",
                "police+protocol",
                "CCTV+certification",
                "certificate+of+compliance",
            )
        },
    }


def test_a_community_safety_strategys_bare_annexes_are_opened(tmp_path: Path) -> None:
    la, paths = audit_site(_site("Community safety strategy 2024 to 2027"), tmp_path)
    assert "/community-safety/strategy" in paths
    assert ANNEXES[2] in paths
    assert la["deliverables"]["5.5"]["status"] == "met"


def test_bare_annexes_of_another_page_are_left(tmp_path: Path) -> None:
    la, paths = audit_site(_site("Local plan examination library"), tmp_path)
    assert not set(ANNEXES) & set(paths)
    assert la["deliverables"]["5.5"]["status"] == "not_met"
