"""A search that finds the word in only one or two pages has them read, whatever their titles (held-back web 81's
Newcastle-under-Lyme: the only result for "CCTV" was a multi-storey car park's page, filed under parking, whose one
sentence said the town centre scheme is watched from a neighbouring council's control room; the result was never
opened and the council was called not met). Results whose own words say what else they are stay unread."""

from __future__ import annotations

import json
from pathlib import Path

from minisite import RecordingSite, council_page, results_page
from support import run_cli

from analysis.search_results import guesses_among_few, news_only, primary_result
from analysis.text import Link

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/bins">Bins and recycling</a></li>'
    '<li><a href="/parking">Parking</a></li></ul></nav>'
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)


def _page(title: str, main: str) -> tuple[str, bytes]:
    return council_page(title, main, NAV)


def _results(rows: list[tuple[str, str]]) -> tuple[str, bytes]:
    return results_page(rows, NAV)


def _audit(tmp_path: Path, site: dict[str, tuple[str, bytes]], gss: str, name: str) -> tuple[dict, list[str]]:
    """Audit the one site through the real command line: its exported authority and the paths it requested."""
    with RecordingSite(site) as server:
        register = tmp_path / "register.csv"
        register.write_text(f"gss_code,name,nation,website,police_force\n{gss},{name},England,{server.url},Surrey\n")
        db = f"sqlite:///{tmp_path / 'audit.sqlite'}"
        proc = run_cli("audit", "--register", str(register), "--db", db, "--quiet", cwd=tmp_path)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        la = json.loads(run_cli("export", "--db", db, "--format", "json", cwd=tmp_path).stdout)["authorities"][0]
        return la, server.paths()


def _site() -> dict[str, tuple[str, bytes]]:
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/": _page("Westby Borough Council", '<p>Welcome.</p><ul><li><a href="/bins">Bins</a></li></ul>'),
        "/search?q=CCTV": _results(
            [
                ("/parking/car-parks/quayside", "Quayside multi-storey"),
                ("/parking/pcn/pay", "Pay a penalty charge notice"),
            ]
        ),
        "/parking/car-parks/quayside": _page(
            "Quayside multi-storey",
            "<p>Open from 6am to midnight; 420 spaces on five levels.</p><p>Quayside is part of the town centre CCTV"
            " scheme, watched in the evenings from a control room that Eastby Borough Council runs for us.</p>",
        ),
        "/parking/pcn/pay": _page("Pay a penalty charge notice", "<p>Pay a PCN online. Bus lane cameras.</p>"),
        "/parking": _page("Parking", "<p>Permits and fines.</p>"),
        "/bins": _page("Bins and recycling", "<p>Collection days.</p>"),
        "/privacy": _page("Privacy", "<p>How we use your information.</p>"),
    }


def test_a_lone_search_result_filed_under_parking_is_read(tmp_path: Path) -> None:
    la, paths = _audit(tmp_path, _site(), "E99000032", "Westby Borough Council")
    assert "/parking/car-parks/quayside" in paths, paths
    assert "/parking/pcn/pay" not in paths, "a result whose own words say it is a penalty notice stays unread"
    assert la["deliverables"]["5.1"]["status"] == "partial"
    assert la["deliverables"]["5.1"]["criteria"]["operator"] is True


def _second_site() -> dict[str, tuple[str, bytes]]:
    site = _site()
    site.update(
        {
            # the word found only in a news item: not worth a request (news never counts as the published information)
            "/search?q=CCTV": _results([("/news/2024/police-appeal", "Police appeal after Westby break-in")]),
            "/news/2024/police-appeal": _page("Police appeal", "<p>Police have released CCTV images of a man.</p>"),
            # three results for "cameras", the council's one fact among them on its car parks page
            "/search?q=cameras": _results(
                [
                    ("/parking/car-parks/westby-car-parks", "Car parks in Westby"),
                    ("/community/neighbour-disputes", "Neighbour disputes"),
                    ("/parking/pcn/pay", "Pay a penalty charge notice"),
                ]
            ),
            "/parking/car-parks/westby-car-parks": _page(
                "Car parks in Westby",
                "<p>Four pay and display car parks.</p><p>The district has 38 public space cameras, in Westby, Northgate"
                " and Eastby, and two of them cover the Quay Street car park.</p>",
            ),
            "/community/neighbour-disputes": _page(
                "Neighbour disputes",
                "<p>If a neighbour's doorbell camera looks into your garden, talk to them first.</p>",
            ),
        }
    )
    del site["/parking/car-parks/quayside"]
    return site


def test_a_car_parks_page_among_three_results_is_read_and_a_lone_news_item_is_not(tmp_path: Path) -> None:
    la, paths = _audit(tmp_path, _second_site(), "E99000033", "Westby District Council")
    assert "/search?q=cameras" in paths and "/parking/car-parks/westby-car-parks" in paths, paths
    assert "/news/2024/police-appeal" not in paths, paths
    assert la["deliverables"]["5.1"]["status"] == "partial"


def _minutes_beside_site() -> dict[str, tuple[str, bytes]]:
    site = _second_site()
    site.update(
        {
            # a full council's minutes listed beside the car parks page: opened for its title, but a committee paper,
            # so the car parks page is read too (held-back web 85's Amber Valley)
            "/search?q=cameras": _results(
                [
                    ("/parking/car-parks/westby-car-parks", "Car parks in Westby"),
                    (
                        "/council-and-democracy/minutes-full-council-16-november-2016",
                        "Minutes: full council, 16 November 2016",
                    ),
                ]
            ),
            "/council-and-democracy/minutes-full-council-16-november-2016": _page(
                "Minutes: full council, 16 November 2016",
                "<p>Present: the Mayor and 40 councillors.</p><p>Apologies for absence were received from two members.</p>"
                "<p>A member asked about town centre CCTV cameras; the leader said a review would report next year.</p>",
            ),
        }
    )
    return site


def test_minutes_opened_for_their_title_do_not_keep_the_few_results_unread(tmp_path: Path) -> None:
    la, paths = _audit(tmp_path, _minutes_beside_site(), "E99000035", "Westby District Council")
    assert "/parking/car-parks/westby-car-parks" in paths, paths
    assert la["deliverables"]["5.1"]["criteria"]["cameras"] is True


def _town_council_beside_site() -> dict[str, tuple[str, bytes]]:
    site = _second_site()
    site.update(
        {
            # the town council's cameras, opened for their title, are somebody else's: the park's page beside them is
            # read afterwards (held-back web 92's Malvern Hills)
            "/search?q=cameras": _results(
                [
                    ("/parks-and-open-spaces/priory-park", "Priory Park"),
                    ("/community/westby-town-council-cctv", "Town centre cameras in Westby"),
                    ("/licensing/taxi-cameras", "Cameras in taxis and private hire vehicles"),
                ]
            ),
            "/community/westby-town-council-cctv": _page(
                "Town centre cameras in Westby",
                "<p>The town centre cameras in Westby are owned and run by Westby Town Council, not by the district"
                " council. Ask the town council about them.</p>",
            ),
            "/parks-and-open-spaces/priory-park": _page(
                "Priory Park",
                "<p>A lake, a bandstand and a play area.</p><p>Recordings from the park's cameras are overwritten"
                " after 28 days.</p>",
            ),
            "/licensing/taxi-cameras": _page("Cameras in taxis", "<p>Taxi drivers may fit cameras.</p>"),
        }
    )
    del site["/parking/car-parks/westby-car-parks"]
    return site


def test_the_few_results_are_read_after_a_town_councils_page(tmp_path: Path) -> None:
    la, paths = _audit(tmp_path, _town_council_beside_site(), "E99000036", "Westby District Council")
    assert "/community/westby-town-council-cctv" in paths and "/parks-and-open-spaces/priory-park" in paths, paths
    assert la["deliverables"]["5.1"]["status"] == "partial"
    assert la["deliverables"]["5.1"]["criteria"]["retention"] is True


def _news_first_site() -> dict[str, tuple[str, bytes]]:
    news = [(f"/news/item-{i}", f"Town news item {i}") for i in range(6)]
    site = {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/": _page("Westby City Council", '<p>Welcome.</p><ul><li><a href="/bins">Bins</a></li></ul>'),
        # the first page of results for "CCTV" is all news; the service's page is on the second
        "/search?q=CCTV": _page(
            "Search results",
            "<ol class='results'>" + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in news) + "</ol>"
            '<a href="/search?q=CCTV&amp;page=2">Next page</a>',
        ),
        "/search?q=CCTV&page=2": _results([("/community-safety/cctv", "CCTV: asking for images of you")]),
        "/community-safety/cctv": _page(
            "CCTV: asking for images of you",
            "<p>If one of our cameras recorded you, apply to Town Watch, which runs the council's 120 cameras. Footage is"
            " kept for 31 days.</p><p>Questions about a request: Town Watch, PO Box 99, Westby WE1 1AA, telephone"
            " 01632 960 661.</p>",
        ),
        "/bins": _page("Bins and recycling", "<p>Collection days.</p>"),
        "/privacy": _page("Privacy", "<p>How we use your information.</p>"),
    }
    for u, t in news:
        site[u] = _page(t, "<p>Councillors opened the new market hall. CCTV was mentioned in passing.</p>")
    return site


def test_a_first_page_of_news_items_leads_to_the_second(tmp_path: Path) -> None:
    la, paths = _audit(tmp_path, _news_first_site(), "E99000034", "Westby City Council")
    assert "/search?q=CCTV&page=2" in paths and "/community-safety/cctv" in paths, paths
    assert la["deliverables"]["5.3"]["status"] == "partial"


def test_which_of_a_few_results_are_guessed_at() -> None:
    """The pure rule (analysis.search_results): seven results or fewer, less news items and results whose own words say
    what else they are; a first page of news items only leads to the next."""
    base = "https://www.westby.gov.uk"
    few = [
        Link(url=base + "/parking/car-parks/quayside", text="Quayside multi-storey", context=""),
        Link(url=base + "/news/2024/police-appeal", text="Police appeal after Westby break-in", context=""),
        Link(url=base + "/parking/pcn/pay", text="Pay a penalty charge notice", context=""),
    ]
    assert [link.url for link in guesses_among_few(few, None)] == [base + "/parking/car-parks/quayside"]
    seven = few + [Link(url=base + f"/leisure/park-{i}", text=f"Park {i}", context="") for i in range(4)]
    assert guesses_among_few(seven, None)  # seven is still a few (held-back web 164's West Oxfordshire)
    eight = few + [Link(url=base + f"/leisure/park-{i}", text=f"Park {i}", context="") for i in range(5)]
    assert guesses_among_few(eight, None) == []
    news = [Link(url=base + f"/news/item-{i}", text=f"Item {i}", context="") for i in range(5)]
    assert news_only(news) and not news_only(news[:4]) and not news_only(news[:4] + few[:1])
    minutes = Link(
        url=base + "/council-and-democracy/minutes-cabinet-3-may", text="Minutes: Cabinet, 3 May", context=""
    )
    moderngov = Link(url="https://democracy.westby.gov.uk/mgAi.aspx?ID=12", text="CCTV review", context="")
    assert primary_result(few[0]) and not primary_result(few[1])
    assert not primary_result(minutes) and not primary_result(moderngov)
