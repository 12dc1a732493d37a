"""The other-language twin of the council's CCTV page is read, once, before the contact point (5.3) or the agreement
(5.5) is called not met (held-back web 162's Powys: its English page named only the data protection route, its Welsh
twin the designated SPOC). A twin is otherwise claimed unread as the same disclosure, so no site pays for it twice."""

from __future__ import annotations

from pathlib import Path

from minisite import audit_site, council_page, results_page

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/bins">Bins and recycling</a></li></ul></nav>'
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)


def _twinned(title: str, main: str, lang: str, twin_lang: str, twin: str) -> tuple[str, bytes]:
    html = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'<link rel="alternate" hreflang="{twin_lang}" href="{twin}"></head><body><header>{NAV}</header>'
        f"<main><h1>{title}</h1>{main}</main>"
        '<footer><a href="/a-z">A to Z</a> <a href="/privacy">Privacy</a></footer></body></html>'
    )
    return "text/html; charset=utf-8", html.encode()


def _site(welsh_spoc: bool) -> dict[str, tuple[str, bytes]]:
    spoc = (
        "<p>Rheolwr Diogelwch Cymunedol y Cyngor yw'r Pwynt Cyswllt Unigol ar gyfer holl gamerâu gwyliadwriaeth y"
        " Cyngor: spoc@westby.example.gov.uk.</p>"
        if welsh_spoc
        else "<p>Mae'r Cyngor yn defnyddio camerâu yn ei swyddfeydd a'i ganolfannau ailgylchu.</p>"
    )
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/": council_page("Westby County Council", "<p>Welcome.</p>", NAV),
        "/search?q=CCTV": results_page([("/data-protection/cctv", "CCTV and surveillance cameras")], NAV),
        "/data-protection/cctv": _twinned(
            "CCTV and surveillance cameras",
            "<p>The council uses surveillance cameras at County Hall, its recycling centres and depots to keep staff and"
            " visitors safe and to prevent crime.</p><p>Recordings are overwritten after 30 days.</p><p>Signs at each"
            " site tell you that cameras are in use.</p><p>To ask for footage of yourself, make a subject access"
            " request to the Data Protection Officer.</p>",
            "en",
            "cy",
            "/cy/diogelu-data/teledu-cylch-cyfyng",
        ),
        "/cy/diogelu-data/teledu-cylch-cyfyng": _twinned(
            "Teledu cylch cyfyng a chamerâu gwyliadwriaeth",
            "<p>Mae'r Cyngor yn defnyddio camerâu gwyliadwriaeth yn Neuadd y Sir a'i ganolfannau ailgylchu.</p>" + spoc,
            "cy",
            "en",
            "/data-protection/cctv",
        ),
        "/bins": council_page("Bins and recycling", "<p>Collection days.</p>", NAV),
        "/privacy": council_page("Privacy", "<p>How we use your information.</p>", NAV),
    }


def test_the_welsh_twin_is_read_before_the_spoc_is_called_not_met(tmp_path: Path) -> None:
    la, paths = audit_site(_site(True), tmp_path, "Westby County Council", "W99000041")
    assert "/cy/diogelu-data/teledu-cylch-cyfyng" in paths, paths
    assert paths.count("/cy/diogelu-data/teledu-cylch-cyfyng") == 1
    assert la["deliverables"]["5.3"]["status"] == "met"
