"""A hex map of local authority districts coloured by a deliverable's status.

The layout is Open Innovations' public LAD hex layout (MIT; static/hexmap/README.md), never an
invented one. Counties have no hex in a district layout: they are returned apart so the page
can list them. A hollow hex is an LA the audit could not assess (unknown), which keeps the
"unknown is not a failure" rule visible on the map too.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup, escape

from reports.charts import STATUS_COLOURS
from reports.model import STATUS_LABELS, status_of

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
    y = (r_max - r) * 1.5 * _SIZE + _SIZE + 2   # r grows northwards in this layout
    return x, y


def _points(cx: float, cy: float) -> str:
    pts = []
    for k in range(6):
        angle = math.radians(60 * k - 30)
        pts.append(f"{cx + (_SIZE - 0.6) * math.cos(angle):.1f},{cy + (_SIZE - 0.6) * math.sin(angle):.1f}")
    return " ".join(pts)


def hex_map(chart_id: str, title: str, authorities: list[dict], key: str) -> tuple[Markup, list[dict]]:
    """SVG map of ``authorities`` by status of deliverable ``key``, and the LAs not on it.

    Returns ``(svg, off_map)``: ``off_map`` are the authorities with no hex (county councils,
    codes the layout does not know), for the page to list next to the map.
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
        if status == "unknown":
            style = f'fill="#ffffff" stroke="{STATUS_COLOURS["unknown"]}" stroke-width="1.5"'
        else:
            style = f'fill="{STATUS_COLOURS[status]}"'
        body.append(f'<polygon points="{_points(cx, cy)}" {style}>'
                    f'<title>{escape(a["name"])}: {escape(STATUS_LABELS[status])}</title>'
                    f'</polygon>')
    desc = (f"Hex map of {len(placed)} local authority districts, one hexagon each, coloured by "
            f"status: " + ", ".join(f"{counts[s]} {STATUS_LABELS[s].lower()}" for s in counts)
            + ". Unknown is drawn as an empty hexagon. Every LA and its status is also listed "
              "in the tables of this report.")
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" class="app-chart app-hexmap" role="img" '
            f'viewBox="0 0 {width:.0f} {height:.0f}" preserveAspectRatio="xMinYMin meet" '
            f'aria-labelledby="{chart_id}-title {chart_id}-desc">'
            f'<title id="{chart_id}-title">{escape(title)}</title>'
            f'<desc id="{chart_id}-desc">{escape(desc)}</desc>')
    return Markup(head + "".join(body) + "</svg>"), off_map
