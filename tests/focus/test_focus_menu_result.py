"""A search result that is also a menu page is still a result (held-back web 45's Spelthorne).

The council's one sentence on its cameras sits in a community safety questions page that the top menu links on
every page, and the homepage promotes it again. The search lists nothing for "CCTV" or "surveillance camera"; for
"cameras" it lists that page. A result page links to it twice (menu and result) where any other page links to it
once, which tells the result from the menu around it; without that, the result was dropped as navigation and the
council's mention never read (a false not_met).
"""

from __future__ import annotations

import json
from pathlib import Path

from minisite import RecordingSite, council_page, results_page
from support import run_cli

from crawler.engine.discovery import anchor_counts
from crawler.engine.site import SiteState

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/bins">Bins and recycling</a></li>'
    '<li><a href="/node/77">Safer streets: your questions</a></li><li><a href="/reservoirs">Reservoirs</a></li>'
    '<li><a href="/jobs">Jobs</a></li></ul></nav>'
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)


def _page(title: str, main: str) -> tuple[str, bytes]:
    return council_page(title, main, NAV)


def _results(rows: list[tuple[str, str]]) -> tuple[str, bytes]:
    return results_page(rows, NAV)


def _site() -> dict[str, tuple[str, bytes]]:
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/": _page(
            "Westby Borough Council",
            '<p>Welcome.</p><ul><li><a href="/node/77">Safer streets: your questions</a></li>'
            '<li><a href="/reservoirs">Reservoirs</a></li></ul>',
        ),
        "/a-z": _page("A to Z", '<ul><li><a href="/bins">Bins</a></li><li><a href="/jobs">Jobs</a></li></ul>'),
        # the words list only a police appeal and a neighbour's award: the search works, so browsing is cut short
        # (the appeal filed as a page, not news: a search that lists only news is not trusted, since session 20, and would
        # send the plan through the sections before the wider word)
        "/search?q=CCTV": _results([("/community-safety/police-appeal", "Police appeal: Westby High Street")]),
        "/search?q=surveillance+camera": _results([("/news/neighbour-award", "Neighbouring control room recognised")]),
        "/community-safety/police-appeal": _page(
            "Police appeal: Westby High Street", "<p>Police have released CCTV images of a man they want to trace.</p>"
        ),
        "/news/neighbour-award": _page(
            "Neighbouring control room recognised", "<p>Eastby's CCTV control room has won a regional award.</p>"
        ),
        "/search?q=cameras": _results([("/node/77", "Safer streets: your questions"), ("/reservoirs", "Reservoirs")]),
        "/node/77": _page(
            "Safer streets: your questions",
            "<h2>How do I report graffiti?</h2><p>Use the online form.</p>"
            "<h2>Who watches the town centre cameras?</h2>"
            "<p>They are watched for us in the control room that Eastby Borough Council runs in Eastby.</p>",
        ),
        "/reservoirs": _page("Reservoirs", "<p>Walks around the reservoirs.</p>"),
        "/bins": _page("Bins and recycling", "<p>Collection days.</p>"),
        "/jobs": _page("Jobs", "<p>Current vacancies.</p>"),
        "/privacy": _page("Privacy", "<p>How we use your information.</p>"),
    }


def test_a_menu_page_is_counted_apart_from_the_results_that_list_it() -> None:
    base = "http://www.westby.gov.uk/search?q=cameras"
    counts = anchor_counts(_site()["/search?q=cameras"][1], base)
    assert counts["http://www.westby.gov.uk/node/77"] == 2 and counts["http://www.westby.gov.uk/bins"] == 1
    site = SiteState("E99000031", "Westby Borough Council", "http://www.westby.gov.uk/", "Surrey", 60)
    site.chrome = {"http://www.westby.gov.uk/node/77", "http://www.westby.gov.uk/bins"}
    assert not site.listed_beside_menu("http://www.westby.gov.uk/node/77", 2)  # nothing known before another page
    site.note_chrome(anchor_counts(_site()["/"][1], "http://www.westby.gov.uk/"))  # promoted again: 2
    site.note_chrome(anchor_counts(_site()["/jobs"][1], "http://www.westby.gov.uk/jobs"))  # the menu alone: 1
    assert site.chrome_counts == {"http://www.westby.gov.uk/node/77": 1, "http://www.westby.gov.uk/bins": 1}
    assert site.listed_beside_menu("http://www.westby.gov.uk/node/77", 2)
    assert not site.listed_beside_menu("http://www.westby.gov.uk/bins", 1)


def test_the_councils_mention_listed_by_its_search_is_read(tmp_path: Path) -> None:
    with RecordingSite(_site()) as server:
        register = tmp_path / "register.csv"
        register.write_text(
            f"gss_code,name,nation,website,police_force\nE99000031,Westby Borough Council,England,{server.url},Surrey\n"
        )
        db = f"sqlite:///{tmp_path / 'audit.sqlite'}"
        proc = run_cli("audit", "--register", str(register), "--db", db, "--quiet", cwd=tmp_path)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        la = json.loads(run_cli("export", "--db", db, "--format", "json", cwd=tmp_path).stdout)["authorities"][0]
        paths = server.paths()
    assert "/search?q=cameras" in paths and "/node/77" in paths, paths
    # read as the search's result, straight after it: the singular "camera" is then not searched (without the count,
    # the page was dropped as the menu, the singular searched, and the page reached only at the end by browsing)
    assert paths.index("/node/77") == paths.index("/search?q=cameras") + 1, paths
    assert "/search?q=camera" not in paths, paths
    assert la["deliverables"]["5.1"]["status"] == "partial"
