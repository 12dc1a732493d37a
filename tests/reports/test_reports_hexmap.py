"""The vendored hex layout is intact, and the map places and colours each district."""

from __future__ import annotations

from collections import Counter

from lxml import etree

from reports.charts import STATUS_COLOURS
from reports.hexmap import CODE_ALIASES, hex_map, layout
from reports.model import normalise_authority

SVG = "{http://www.w3.org/2000/svg}"


def test_layout_is_the_318_districts_of_england_and_wales() -> None:
    hexes = layout()
    assert len(hexes) == 318
    assert Counter(code[0] for code in hexes) == {"E": 296, "W": 22}
    positions = [(h["q"], h["r"]) for h in hexes.values()]
    assert len(set(positions)) == len(positions)               # no two districts share a hex
    assert not any(code.startswith("E10") for code in hexes)   # counties are not districts
    assert all(target in hexes and alias not in hexes for alias, target in CODE_ALIASES.items())
    assert hexes["W06000015"]["n"] == "Cardiff" and hexes["E06000001"]["n"] == "Hartlepool"


def _la(code: str, status: str) -> dict:
    return normalise_authority({"gss_code": code, "name": f"<b>{code}</b> & Co",
                                "deliverables": {"5.3": {"status": status}}})


def test_map_colours_each_district_and_lists_the_rest() -> None:
    statuses = ["met", "partial", "not_met", "unknown"]
    codes = ["E06000001", "W06000015", "E08000016", "E09000001"]      # E08000016: old Barnsley
    authorities = [_la(c, s) for c, s in zip(codes, statuses)]
    authorities += [_la("E10000003", "met"), _la("S12000005", "met")]  # county, Scotland
    svg, off_map = hex_map("m", "Map <title>", authorities, "5.3")
    assert [a["gss_code"] for a in off_map] == ["E10000003", "S12000005"]
    root = etree.fromstring(str(svg).encode("utf-8"))
    assert root.get("role") == "img"
    polygons = root.findall(f"{SVG}polygon")
    assert len(polygons) == 4
    fills = [p.get("fill") for p in polygons]
    assert fills[:3] == [STATUS_COLOURS["met"], STATUS_COLOURS["partial"], STATUS_COLOURS["not_met"]]
    assert fills[3] == "#ffffff" and polygons[3].get("stroke") == STATUS_COLOURS["unknown"]
    assert polygons[0].find(f"{SVG}title").text == "<b>E06000001</b> & Co: Met"   # escaped, literal
    assert root.find(f"{SVG}title").text == "Map <title>"
    desc = root.find(f"{SVG}desc").text
    assert "1 met, 1 partial, 1 not met, 1 unknown" in desc


def test_map_of_the_sample_run(findings: dict) -> None:
    authorities = [normalise_authority(a) for a in findings["authorities"]]
    svg, off_map = hex_map("m", "5.1", authorities, "5.1")
    root = etree.fromstring(str(svg).encode("utf-8"))
    placed = len(root.findall(f"{SVG}polygon"))
    assert placed + len(off_map) == len(authorities)
    assert {a["gss_code"] for a in off_map} >= {a["gss_code"] for a in authorities
                                                 if a["gss_code"].startswith("E10")}
