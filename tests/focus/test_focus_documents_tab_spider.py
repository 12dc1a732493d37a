"""A site search whose "All" results list only look-alikes (bus lane cameras, taxis, a job) while the council's CCTV guide
is listed under the engine's own "Documents" tab: a careful person opens the tab before calling the information missing
(held-back web 193's Stockport, three false not_met at cd0e869). The tab is opened once a site, and only while nothing of
the council's own has been read.
"""

from __future__ import annotations

from pathlib import Path

from minisite import audit_site, council_page, results_page

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/bins">Bins and recycling</a></li>'
    '<li><a href="/council-tax">Council tax</a></li></ul></nav>'
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)
GUIDE = "/media/4512/how-cctv-is-used"


def _tabbed(rows: list[tuple[str, str]]) -> tuple[str, bytes]:
    tabs = (
        '<ul class="search-tabs"><li><a href="/search?q=CCTV">All (4)</a></li>'
        '<li><a href="/search?q=CCTV&amp;type=documents">Documents (1)</a></li></ul>'
    )
    items = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in rows)
    return council_page("Search results", f"{tabs}<ol class='results'>{items}</ol>", NAV)


def _site(guide_in_all: bool) -> dict[str, tuple[str, bytes]]:
    decoys = [
        ("/parking/cctv-enforcement", "CCTV enforcement of bus lanes"),
        ("/licensing/taxi-cctv", "CCTV in licensed taxis"),
        ("/jobs/cctv-operator", "CCTV operator (part time)"),
    ]
    all_rows = [*decoys, (GUIDE, "How CCTV is used in Westby")] if guide_in_all else decoys
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/": council_page("Westby Metropolitan Borough Council", "<p>Welcome to the council's website.</p>", NAV),
        "/bins": council_page("Bins and recycling", "<p>Collection days.</p>", NAV),
        "/council-tax": council_page("Council tax", "<p>Bands and payments.</p>", NAV),
        "/privacy": council_page("Privacy", "<p>How we use your information.</p>", NAV),
        "/a-z": council_page("A to Z", '<ul><li><a href="/bins">Bins</a></li></ul>', NAV),
        "/parking/cctv-enforcement": council_page("CCTV enforcement", "<p>Cameras enforce the bus lanes.</p>", NAV),
        "/licensing/taxi-cctv": council_page("CCTV in taxis", "<p>Taxi owners may fit cameras.</p>", NAV),
        "/jobs/cctv-operator": council_page("CCTV operator", "<p>Apply by 3 March.</p>", NAV),
        GUIDE: council_page(
            "How CCTV is used in Westby",
            "<p>The council's 96 public space cameras help prevent and detect crime. Pictures go to the council's control"
            " centre, where every camera is recorded around the clock. Recordings are kept for 31 days.</p>",
            NAV,
        ),
        "/search?q=CCTV": _tabbed(all_rows),
        "/search?q=CCTV&type=documents": results_page([(GUIDE, "How CCTV is used in Westby")], NAV),
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


def test_the_documents_tab_is_opened_when_the_other_results_are_look_alikes(tmp_path: Path) -> None:
    la, paths = audit_site(_site(guide_in_all=False), tmp_path, name="Westby Metropolitan Borough Council")
    assert "/search?q=CCTV&type=documents" in paths
    assert GUIDE in paths
    assert la["deliverables"]["5.1"]["status"] != "not_met"


def test_the_tab_is_left_when_the_councils_own_page_was_listed(tmp_path: Path) -> None:
    la, paths = audit_site(_site(guide_in_all=True), tmp_path, name="Westby Metropolitan Borough Council")
    assert GUIDE in paths and la["deliverables"]["5.1"]["status"] != "not_met"
    assert "/search?q=CCTV&type=documents" not in paths
