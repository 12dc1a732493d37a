"""The vendored hex layout is intact, and the map places and colours each district."""

from __future__ import annotations

from collections import Counter

from lxml import etree

from reports.charts import STATUS_COLOURS
from reports.hexmap import CODE_ALIASES, hex_map, layout, legend, states_present
from reports.model import normalise_authority

SVG = "{http://www.w3.org/2000/svg}"


def test_layout_is_the_318_districts_of_england_and_wales() -> None:
    hexes = layout()
    assert len(hexes) == 318
    assert Counter(code[0] for code in hexes) == {"E": 296, "W": 22}
    positions = [(h["q"], h["r"]) for h in hexes.values()]
    assert len(set(positions)) == len(positions)  # no two districts share a hex
    assert not any(code.startswith("E10") for code in hexes)  # counties are not districts
    assert all(target in hexes and alias not in hexes for alias, target in CODE_ALIASES.items())
    assert hexes["W06000015"]["n"] == "Cardiff" and hexes["E06000001"]["n"] == "Hartlepool"


def _la(code: str, status: str) -> dict:
    return normalise_authority(
        {"gss_code": code, "name": f"<b>{code}</b> & Co", "deliverables": {"5.3": {"status": status}}}
    )


def test_map_colours_each_district_and_lists_the_rest() -> None:
    statuses = ["met", "partial", "not_met", "unknown"]
    codes = ["E06000001", "W06000015", "E08000016", "E09000001"]  # E08000016: old Barnsley
    authorities = [_la(c, s) for c, s in zip(codes, statuses)]
    authorities += [_la("E10000003", "met"), _la("S12000005", "met")]  # county, Scotland
    svg, off_map = hex_map("m", "Map <title>", authorities, "5.3")
    assert [a["gss_code"] for a in off_map] == ["E10000003", "S12000005"]
    root = etree.fromstring(str(svg).encode("utf-8"))
    polygons = root.findall(f"{SVG}a/{SVG}polygon")
    assert len(polygons) == 4
    # pattern as well as colour: met solid, partial striped, not met dotted, unknown hollow
    fills = [p.get("fill") for p in polygons]
    assert fills == [STATUS_COLOURS["met"], "url(#m-partial)", "url(#m-not_met)", "#ffffff"]
    assert polygons[3].get("stroke") == STATUS_COLOURS["unknown"]
    patterns = {p.get("id"): p for p in root.iter(f"{SVG}pattern")}
    assert patterns["m-partial"].find(f"{SVG}rect").get("fill") == STATUS_COLOURS["partial"]
    assert patterns["m-not_met"].find(f"{SVG}circle") is not None
    # every name is a link, reachable by keyboard and touch, named for screen readers
    links = root.findall(f"{SVG}a")
    assert [a.get("href") for a in links] == [f"la/{c}.html" for c in codes]
    assert links[0].get("aria-label") == "<b>E06000001</b> & Co: Met"  # escaped, literal
    assert polygons[0].find(f"{SVG}title").text == "<b>E06000001</b> & Co: Met"
    assert root.find(f"{SVG}title").text == "Map <title>"
    desc = root.find(f"{SVG}desc").text
    assert "1 met, 1 partial, 1 not met, 1 unknown" in desc
    # outlines where the region changes (and the coast); none inside one region
    regions = root.find(f"{SVG}path[@class='app-hexmap__regions']")
    assert regions is not None and regions.get("d").count("M") == 4 * 6


def test_legend_offers_only_states_that_occur(findings: dict) -> None:
    # the assessment never gives 5.2 a partial (certification is claimed or not)
    authorities = [
        normalise_authority(a) for a in findings["authorities"] if a["deliverables"]["5.2"]["status"] != "partial"
    ]
    assert "partial" not in states_present(authorities, "5.2")
    html = str(legend("m", states_present(authorities, "5.2")))
    assert "Partial" not in html and "Met (solid)" in html and "Not met (dotted)" in html
    assert states_present(authorities, "5.1") == ["met", "partial", "not_met", "unknown"]
    assert states_present(authorities[:0], "5.1") == []


def test_one_region_has_no_inner_outline() -> None:
    two = [
        normalise_authority({"gss_code": c, "name": c, "region": "North East", "deliverables": {}})
        for c in ("E06000001", "E06000002")
    ]
    svg, _ = hex_map("m", "t", two, "5.1")
    root = etree.fromstring(str(svg).encode("utf-8"))
    d = root.find(f"{SVG}path[@class='app-hexmap__regions']").get("d")
    assert d.count("M") < 12  # the shared edge (if they touch) is not drawn


def test_map_of_the_sample_run(findings: dict) -> None:
    authorities = [normalise_authority(a) for a in findings["authorities"]]
    svg, off_map = hex_map("m", "5.1", authorities, "5.1")
    root = etree.fromstring(str(svg).encode("utf-8"))
    placed = len(root.findall(f"{SVG}a/{SVG}polygon"))
    assert placed + len(off_map) == len(authorities)
    assert {a["gss_code"] for a in off_map} >= {a["gss_code"] for a in authorities if a["gss_code"].startswith("E10")}
