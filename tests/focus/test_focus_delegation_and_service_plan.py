"""Where a council files what its CCTV page leaves out, and no search lists: its officer scheme of delegation, under the
constitution's landing, designating the SPOC (held-back webs 120's South Tyneside and 124's Dacorum), and the camera
service's yearly plan, under "Service plans", reporting its certificate (held-back webs 120-123 and 125's Lincoln). Each
is two pages, read only for a deliverable nothing of which is in hand; the constitution's other parts and the other
services' plans are not opened."""

from __future__ import annotations

from pathlib import Path

from minisite import SEARCH_NAV, SEARCH_WORDS, audit_site, camera_council_site, council_page, results_page

NAV = SEARCH_NAV.replace(
    '<li><a href="/council-tax">',
    '<li><a href="/council-and-democracy">Council and democracy</a></li><li><a href="/council-tax">',
)


def _site() -> dict[str, tuple[str, bytes]]:
    pages = camera_council_site(NAV)
    pages["/search?q=CCTV"] = results_page([("/community-safety/town-centre-cameras", "Town centre cameras")], NAV)
    for term in SEARCH_WORDS[1:]:
        pages[f"/search?q={term}"] = results_page([], NAV)
    pages["/council-and-democracy"] = council_page(
        "Council and democracy",
        '<ul><li><a href="/council-and-democracy/constitution">The constitution</a></li>'
        '<li><a href="/council-and-democracy/service-plans">Service plans</a></li>'
        '<li><a href="/council-and-democracy/councillors">Find your councillor</a></li></ul>',
        NAV,
    )
    pages["/council-and-democracy/constitution"] = council_page(
        "The constitution",
        '<ul><li><a href="/council-and-democracy/constitution/part-1">Part 1: Summary and explanation</a></li>'
        '<li><a href="/council-and-democracy/constitution/part-3">Part 3: Officer scheme of delegation</a></li></ul>',
        NAV,
    )
    pages["/council-and-democracy/constitution/part-1"] = council_page("Part 1", "<p>How the council works.</p>", NAV)
    pages["/council-and-democracy/constitution/part-3"] = council_page(
        "Part 3: Officer scheme of delegation",
        "<table><tr><th>Officer</th><th>Delegated functions</th></tr>"
        "<tr><td>Head of Neighbourhood Services</td><td>Parks; street cleansing; single point of contact for all the"
        " council's surveillance camera systems (neighbourhoods@westby.example.gov.uk)</td></tr></table>",
        NAV,
    )
    pages["/council-and-democracy/service-plans"] = council_page(
        "Service plans",
        '<ul><li><a href="/council-and-democracy/service-plans/waste">Waste and recycling service plan 2025/26</a></li>'
        '<li><a href="/council-and-democracy/service-plans/community-safety">Community safety service plan 2025/26</a>'
        "</li></ul>",
        NAV,
    )
    pages["/council-and-democracy/service-plans/waste"] = council_page("Waste", "<p>Rounds and bins.</p>", NAV)
    pages["/council-and-democracy/service-plans/community-safety"] = council_page(
        "Community safety service plan 2025/26",
        "<h2>Last year</h2><p>The CCTV service kept its full step 2 certification against the Surveillance Camera Code"
        " of Practice, first awarded in 2019.</p>",
        NAV,
    )
    return pages


def test_the_scheme_of_delegation_and_the_service_plan_are_read(tmp_path: Path) -> None:
    la, paths = audit_site(_site(), tmp_path)
    spoc, cert = la["deliverables"]["5.3"], la["deliverables"]["5.2"]
    assert spoc["status"] == "met", spoc
    assert any(e["url"].endswith("/constitution/part-3") for e in spoc["evidence"]), spoc["evidence"]
    assert cert["status"] == "met", cert
    assert any(e["url"].endswith("/service-plans/community-safety") for e in cert["evidence"]), cert["evidence"]
    assert "/council-and-democracy/constitution/part-1" not in paths
    assert "/council-and-democracy/service-plans/waste" not in paths
