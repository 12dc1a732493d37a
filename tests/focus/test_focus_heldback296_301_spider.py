"""Discovery lessons of held-back webs 296-301 (written blind at session 45 in snapshots of fa14124, measured once at
freeze46 = b02d0e6, then opened), each on a hand-written site audited with the real command line:

- a sub-page of the council's confirmed CCTV page is read even when its words name town and parish councils ("Monitoring
  for town and parish councils": the control room's step 2 certificate and police agreement were there; web 296's Torbay);
- a search engine that opens on its news tab, its documents tab counting none, has its pages tab opened (web 297's East
  Riding);
- a first page of look-alikes whose engine counts only one more page's worth ("11 results for CCTV") has that page read
  too (web 297's East Hampshire).
"""

from __future__ import annotations

from pathlib import Path

from minisite import audit_site, council_page, results_page

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/bins">Bins and recycling</a></li>'
    '<li><a href="/community-safety">Community safety</a></li></ul></nav>'
)
SEARCH = (
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)
EMPTY_SEARCHES = (
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
CAMERAS = (
    "<p>The council's 120 public space cameras cover the town centres and are watched from the council's control room,"
    " which records around the clock. Recordings are kept for 31 days.</p>"
)


def _base(nav: str) -> dict[str, tuple[str, bytes]]:
    return {
        "/": council_page("Westby Borough Council", "<p>Welcome to the council's website.</p>", nav),
        "/bins": council_page("Bins and recycling", "<p>Collection days.</p>", nav),
        "/privacy": council_page("Privacy", "<p>How we use your information.</p>", nav),
        "/a-z": council_page("A to Z", '<ul><li><a href="/bins">Bins</a></li></ul>', nav),
    }


def _monitoring_site() -> dict[str, tuple[str, bytes]]:
    sub = "/community-safety/cctv/monitoring-for-town-and-parish-councils"
    return {
        **_base(NAV),
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /search\n"),
        "/community-safety": council_page(
            "Community safety", '<ul><li><a href="/community-safety/cctv">CCTV</a></li></ul>', NAV
        ),
        "/community-safety/cctv": council_page(
            "CCTV",
            CAMERAS + f'<p><a href="{sub}">Monitoring for town and parish councils</a></p>',
            NAV,
        ),
        sub: council_page(
            "Monitoring for town and parish councils",
            "<p>Town and parish councils that own cameras can have them watched from our control room. Our control room"
            " was awarded full certification (step 2) against the Surveillance Camera Code of Practice in May 2023.</p>",
            NAV,
        ),
    }


def test_a_cctv_sub_page_named_for_parish_councils_is_read(tmp_path: Path) -> None:
    la, paths = audit_site(_monitoring_site(), tmp_path)
    assert "/community-safety/cctv/monitoring-for-town-and-parish-councils" in paths
    assert la["deliverables"]["5.2"]["status"] == "met"


def test_a_parish_link_outside_the_cctv_section_stays_a_decoy(tmp_path: Path) -> None:
    site = _monitoring_site()
    page = site.pop("/community-safety/cctv/monitoring-for-town-and-parish-councils")
    site["/community/town-and-parish-councils"] = page
    site["/community-safety/cctv"] = council_page(
        "CCTV", CAMERAS + '<p><a href="/community/town-and-parish-councils">Town and parish councils</a></p>', NAV
    )
    _la, paths = audit_site(site, tmp_path)
    assert "/community/town-and-parish-councils" not in paths


TOILETS = "/facilities/public-toilets"


def _search_site(total: int) -> dict[str, tuple[str, bytes]]:
    titles = (
        "Taxi and private hire: vehicle CCTV",
        "Home CCTV and doorbell cameras",
        "Job: CCTV control room operator",
        "Bus lane enforcement cameras",
        "FOI response: CCTV",
        "Police appeal: CCTV images released",
        "Drain CCTV surveys",
        "Premises licence conditions: CCTV",
        "Planning conditions: CCTV",
        "Funding for a parish council's cameras",
    )
    looks = [(f"/look-alike-{i}", t) for i, t in enumerate(titles)]
    rows = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in looks)
    first = council_page(
        "Search results",
        f"<p>{total} results for CCTV</p><ol class='results'>{rows}</ol>"
        '<nav class="pager"><a href="/search?q=CCTV&amp;page=2" rel="next">Next</a></nav>',
        NAV + SEARCH,
    )
    return {
        **_base(NAV + SEARCH),
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        **{u: council_page(t, "<p>Licensed vehicles may carry cameras.</p>", NAV + SEARCH) for u, t in looks},
        "/search?q=CCTV": first,
        "/search?q=CCTV&page=2": results_page([(TOILETS, "Public toilets: opening times and CCTV")], NAV + SEARCH),
        TOILETS: council_page(
            "Public toilets",
            "<p>The toilets in Market Square are open 8am to 6pm and are covered by council CCTV that records around the"
            " clock.</p>",
            NAV + SEARCH,
        ),
        **{f"/search?q={q}": results_page([], NAV + SEARCH) for q in EMPTY_SEARCHES},
    }


def test_one_more_page_of_results_is_read_when_the_engine_counts_it(tmp_path: Path) -> None:
    la, paths = audit_site(_search_site(11), tmp_path)
    assert "/search?q=CCTV&page=2" in paths and TOILETS in paths
    assert la["deliverables"]["5.1"]["status"] != "not_met"


def test_many_more_pages_of_look_alikes_are_not_paged_through(tmp_path: Path) -> None:
    _la, paths = audit_site(_search_site(140), tmp_path)
    assert "/search?q=CCTV&page=2" not in paths


def _tabbed_site(pages_count: int) -> dict[str, tuple[str, bytes]]:
    notice = "/council/privacy/privacy-notice-for-cctv"
    tabs = (
        f'<ul class="facets"><li><a href="/search?q=CCTV&amp;type=news">News (2)</a></li>'
        f'<li><a href="/search?q=CCTV&amp;type=page">Pages ({pages_count})</a></li>'
        '<li><a href="/search?q=CCTV&amp;type=document">Documents (0)</a></li></ul>'
    )
    news = [("/news/police-appeal", "Police appeal: do you recognise this man?"), ("/news/grant", "Grant for traders")]
    rows = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in news)
    return {
        **_base(NAV + SEARCH),
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/news/police-appeal": council_page("Police appeal", "<p>Officers want to speak to this man.</p>", NAV),
        "/news/grant": council_page("Grant for traders", "<p>Shops can apply for help with security.</p>", NAV),
        "/search?q=CCTV": council_page(
            "Search results", f"<p>Showing News for CCTV</p>{tabs}<ol class='results'>{rows}</ol>", NAV + SEARCH
        ),
        "/search?q=CCTV&type=page": results_page([(notice, "CCTV privacy notice")], NAV + SEARCH),
        "/search?q=CCTV&type=document": results_page([], NAV + SEARCH),
        notice: council_page("CCTV privacy notice", CAMERAS, NAV + SEARCH),
        **{f"/search?q={q}": results_page([], NAV + SEARCH) for q in EMPTY_SEARCHES},
    }


def test_the_pages_tab_is_opened_when_the_documents_tab_counts_none(tmp_path: Path) -> None:
    la, paths = audit_site(_tabbed_site(1), tmp_path)
    assert "/search?q=CCTV&type=page" in paths and "/search?q=CCTV&type=document" not in paths
    assert la["deliverables"]["5.1"]["status"] != "not_met"


def test_an_empty_pages_tab_is_not_opened(tmp_path: Path) -> None:
    _la, paths = audit_site(_tabbed_site(0), tmp_path)
    assert "/search?q=CCTV&type=page" not in paths
