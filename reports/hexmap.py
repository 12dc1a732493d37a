"""A hex map of local authority districts coloured by a deliverable's status.

The layout is Open Innovations' public LAD hex layout (MIT; static/hexmap/README.md), never an
invented one. Counties have no hex in a district layout: they are returned apart so the page
can list them. A hollow hex is an LA the audit could not assess (unknown), which keeps the
"unknown is not a failure" rule visible on the map too. Status is told by pattern as well as
colour (solid, striped, dotted, outline), for readers who do not see red and green apart.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup, escape

from reports.charts import STATUS_COLOURS
from reports.model import STATUS_LABELS, la_filename, status_of

LAYOUT_PATH = Path(__file__).parent / "static" / "hexmap" / "uk-local-authority-districts-2025.hexjson"
# Registers that still carry the pre-2021 codes of Barnsley and Sheffield.
CODE_ALIASES = {"E08000016": "E08000038", "E08000019": "E08000039"}
_SIZE = 10.0


@lru_cache(maxsize=1)
def layout() -> dict[str, dict]:
    """The hexes of the vendored layout: code -> {"n", "q", "r"}."""
    data = json.loads(LAYOUT_PATH.read_text(encoding="utf-8"))
    if data.get("layout") != "odd-r":
        raise ValueError(f"unsupported hex layout {data.get('layout')!r}")
    return data["hexes"]


def _centre(q: int, r: int, r_max: int, q_min: int) -> tuple[float, float]:
    w = math.sqrt(3) * _SIZE
    x = (q - q_min) * w + (w / 2 if r % 2 else 0) + w / 2 + 2
    y = (r_max - r) * 1.5 * _SIZE + _SIZE + 2  # r grows northwards in this layout
    return x, y


def _points(cx: float, cy: float, size: float = _SIZE - 0.6) -> str:
    pts = []
    for k in range(6):
        angle = math.radians(60 * k - 30)
        pts.append(f"{cx + size * math.cos(angle):.1f},{cy + size * math.sin(angle):.1f}")
    return " ".join(pts)


PATTERN_NAMES = {"met": "solid", "partial": "striped", "not_met": "dotted", "unknown": "empty outline"}


def _defs(chart_id: str) -> str:
    """Fills that differ in pattern as well as colour, so no reader needs to tell red from
    green: met is solid, partial striped, not met dotted, unknown an empty outline."""
    c = STATUS_COLOURS
    return (
        f'<defs><pattern id="{chart_id}-partial" width="6" height="6" '
        f'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        f'<rect width="6" height="6" fill="{c["partial"]}"/>'
        f'<rect width="2" height="6" fill="#ffffff"/></pattern>'
        f'<pattern id="{chart_id}-not_met" width="5" height="5" patternUnits="userSpaceOnUse">'
        f'<rect width="5" height="5" fill="{c["not_met"]}"/>'
        f'<circle cx="2.5" cy="2.5" r="1.2" fill="#ffffff"/></pattern></defs>'
    )


def fill_of(chart_id: str, status: str) -> str:
    """The fill and stroke attributes of a status, as drawn on the map and in its legend."""
    if status == "unknown":
        return f'fill="#ffffff" stroke="{STATUS_COLOURS["unknown"]}" stroke-width="1.5"'
    if status == "met":
        return f'fill="{STATUS_COLOURS["met"]}"'
    return f'fill="url(#{chart_id}-{status})"'


def legend(chart_id: str, states: list[str]) -> Markup:
    """A legend with only the states that occur, each drawn as on the map.

    The swatches use the patterns defined in the map ``chart_id`` (ids are page-wide), so the
    legend must be on the same page as that map.
    """
    items = []
    for status in states:
        items.append(
            f'<li><svg class="app-legend__swatch" width="22" height="22" viewBox="0 0 22 22" '
            f'aria-hidden="true" focusable="false">'
            f'<polygon points="{_points(11, 11, 10)}" {fill_of(chart_id, status)}/>'
            f"</svg>{escape(STATUS_LABELS[status])} ({PATTERN_NAMES[status]})</li>"
        )
    return Markup('<ul class="app-legend govuk-body-s">' + "".join(items) + "</ul>")


def states_present(authorities: list[dict], key: str) -> list[str]:
    """The statuses of deliverable ``key`` that occur, in the usual order."""
    seen = {status_of(a, key) for a in authorities}
    return [s for s in STATUS_LABELS if s in seen]


def _region(a: dict) -> str:
    return str(a.get("region") or a.get("nation") or "")


def _outlines(placed: list[tuple[dict, dict]], r_max: int, q_min: int) -> str:
    """One path along every hex edge where the region changes, and along the coast."""
    edges: dict[tuple, list[str]] = {}
    for h, a in placed:
        cx, cy = _centre(h["q"], h["r"], r_max, q_min)
        corners = [
            (
                round(cx + _SIZE * math.cos(math.radians(60 * k - 30)), 2),
                round(cy + _SIZE * math.sin(math.radians(60 * k - 30)), 2),
            )
            for k in range(6)
        ]
        for k in range(6):
            edge = tuple(sorted((corners[k], corners[(k + 1) % 6])))
            edges.setdefault(edge, []).append(_region(a))
    d = "".join(
        f"M{x1:.1f} {y1:.1f}L{x2:.1f} {y2:.1f}"
        for ((x1, y1), (x2, y2)), regions in sorted(edges.items())
        if len(regions) == 1 or regions[0] != regions[1]
    )
    return (
        (
            f'<path class="app-hexmap__regions" d="{d}" fill="none" stroke="#0b0c0c" '
            f'stroke-width="1.6" stroke-linecap="round" aria-hidden="true"/>'
        )
        if d
        else ""
    )


def hex_map(
    chart_id: str, title: str, authorities: list[dict], key: str, link_root: str = "la/"
) -> tuple[Markup, list[dict]]:
    """SVG map of ``authorities`` by status of deliverable ``key``, and the LAs not on it.

    Each hexagon is a link to the council's page named "Council: Status", so keyboard and
    touch users reach every name (a hover title alone reaches neither). Regions (and Wales)
    are outlined. Returns ``(svg, off_map)``: ``off_map`` are the authorities with no hex
    (county councils, codes the layout does not know), for the page to list next to the map.
    """
    hexes = layout()
    placed, off_map = [], []
    for a in authorities:
        code = CODE_ALIASES.get(a["gss_code"], a["gss_code"])
        if code in hexes:
            placed.append((hexes[code], a))
        else:
            off_map.append(a)
    if not hexes:
        return Markup(""), off_map
    r_max = max(h["r"] for h in hexes.values())
    r_min = min(h["r"] for h in hexes.values())
    q_min = min(h["q"] for h in hexes.values())
    q_max = max(h["q"] for h in hexes.values())
    width = (q_max - q_min + 2) * math.sqrt(3) * _SIZE + 4
    height = (r_max - r_min) * 1.5 * _SIZE + 2 * _SIZE + 4
    counts = {s: 0 for s in STATUS_LABELS}
    body = []
    for h, a in placed:
        status = status_of(a, key)
        counts[status] += 1
        cx, cy = _centre(h["q"], h["r"], r_max, q_min)
        name = f"{a['name']}: {STATUS_LABELS[status]}"
        body.append(
            f'<a class="app-hex" href="{escape(link_root + la_filename(a["gss_code"]))}" '
            f'aria-label="{escape(name)}">'
            f'<polygon points="{_points(cx, cy)}" {fill_of(chart_id, status)} '
            f'data-status="{status}"><title>{escape(name)}</title></polygon></a>'
        )
    desc = (
        f"Hex map of {len(placed)} local authority districts, one hexagon each, by "
        f"status: "
        + ", ".join(f"{counts[s]} {STATUS_LABELS[s].lower()}" for s in counts if counts[s])
        + ". Met is solid, partial striped, not met dotted, unknown an empty outline; "
        "regions are outlined. Each hexagon links to its council's page. Every LA and "
        "its status is also listed in the tables of this report."
    )
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="app-chart app-hexmap" '
        f'role="group" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'preserveAspectRatio="xMinYMin meet" aria-labelledby="{chart_id}-title" '
        f'aria-describedby="{chart_id}-desc">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>{_defs(chart_id)}'
    )
    return Markup(head + "".join(body) + _outlines(placed, r_max, q_min) + "</svg>"), off_map
