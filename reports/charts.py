"""Inline SVG charts, drawn on the server so the report needs no JavaScript.

Every chart is an ``<svg role="img">`` labelled by its own ``<title>`` and ``<desc>`` (the
text alternative says the figures, not "a chart"), scales to its container through its
viewBox (no horizontal overflow on a phone), and is always printed next to a table holding the
same numbers. Colours have at least 3:1 contrast with the white page (WCAG 1.4.11), segments
are separated by white gaps, and every bar carries its number as text — colour never carries
meaning alone. All text placed in the SVG is escaped here: the charts are returned as Markup.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from reports.figures import Tally, pct

STATUS_COLOURS = {"met": "#00703c", "partial": "#b58840", "not_met": "#d4351c", "unknown": "#505a5f"}
SERIES_COLOURS = ("#1d70b8", "#4c2c92", "#00703c", "#d4351c")
SERIES_DASHES = ("", "8 4", "2 3", "10 3 2 3")
_FONT = 'font-family="arial, sans-serif"'


def _svg(chart_id: str, title: str, desc: str, width: int, height: int, body: list[str]) -> Markup:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="app-chart" role="img" '
        f'viewBox="0 0 {width} {height}" preserveAspectRatio="xMinYMin meet" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" {_FONT}>'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>'
    )
    return Markup(head + "".join(body) + "</svg>")


def status_bars(chart_id: str, title: str, rows: list[dict]) -> Markup:
    """Stacked bars, one per row: met / partial / not met as shares of the assessed LAs.

    ``rows``: ``[{"label": str, "tally": Tally, "target": float | None}]``. Unknowns are not in
    the bar (they are not in the denominator); their count is written beside it.
    """
    width, bar_w, row_h = 380, 376, 86
    body, sentences = [], []
    for i, row in enumerate(rows):
        t: Tally = row["tally"]
        y = i * row_h
        label = f"{row['label']}: {pct(t.share)} met"
        note = f"{t.met} of {t.assessed} assessed; {t.partial} partial, {t.not_met} not met"
        note += f"; {t.unknown} unknown, excluded" if t.unknown else ""
        line1 = f"{pct(t.share)} met: {t.met} of {t.assessed} assessed"
        line2 = f"{t.partial} partial, {t.not_met} not met" + (f", {t.unknown} not assessed" if t.unknown else "")
        body.append(
            f'<text x="0" y="{y + 16}" font-size="15" font-weight="bold" fill="#0b0c0c">{escape(row["label"])}</text>'
        )
        body.append(f'<text x="0" y="{y + 62}" font-size="15" fill="#0b0c0c">{escape(line1)}</text>')
        body.append(f'<text x="0" y="{y + 79}" font-size="15" fill="#0b0c0c">{escape(line2)}</text>')
        body.append(f'<rect x="0" y="{y + 22}" width="{bar_w}" height="20" fill="#f3f2f1"/>')
        x = 0.0
        for status in ("met", "partial", "not_met"):
            count = getattr(t, status)
            if not count or not t.assessed:
                continue
            w = bar_w * count / t.assessed
            body.append(
                f'<rect x="{x:.1f}" y="{y + 22}" width="{max(w - 2, 1):.1f}" height="20" '
                f'fill="{STATUS_COLOURS[status]}"/>'
            )
            x += w
        target = row.get("target")
        if target is not None:
            tx = bar_w * target
            body.append(
                f'<line x1="{tx:.1f}" x2="{tx:.1f}" y1="{y + 18}" y2="{y + 46}" stroke="#0b0c0c" stroke-width="3"/>'
            )
        sentences.append(f"{label} ({note})" + (f", target {pct(target)}" if target is not None else ""))
    desc = ". ".join(sentences) + "."
    if any(r.get("target") is not None for r in rows):
        desc += " A black vertical line marks each target."
    return _svg(chart_id, title, desc, width, max(len(rows), 1) * row_h, body)


def share_bars(chart_id: str, title: str, rows: list[dict]) -> Markup:
    """Simple horizontal bars: ``[{"label", "count", "of", "share"}]`` (e.g. criteria coverage).

    Each label sits above its bar, so long criterion names need no left margin and the chart
    stays legible when a phone scales it down.
    """
    width, bar_w, row_h = 400, 396, 44
    body, sentences = [], []
    for i, row in enumerate(rows):
        y = i * row_h
        share = row["share"] or 0.0
        text = f"{row['label']}: {row['count']} of {row['of']} ({pct(row['share'])})"
        sentences.append(text)
        body.append(f'<text x="0" y="{y + 15}" font-size="15" fill="#0b0c0c">{escape(text)}</text>')
        body.append(f'<rect x="0" y="{y + 22}" width="{bar_w}" height="14" fill="#f3f2f1"/>')
        if share:
            body.append(f'<rect x="0" y="{y + 22}" width="{bar_w * share:.1f}" height="14" fill="#1d70b8"/>')
    return _svg(chart_id, title, ". ".join(sentences) + ".", width, max(len(rows), 1) * row_h + 4, body)


def trend_lines(chart_id: str, title: str, runs: list[dict], series: list[tuple[str, str]]) -> Markup:
    """Share met per run, one line per deliverable.

    ``runs``: history_table()["runs"]; ``series``: ``[(deliverable key, label)]``. A run where
    a deliverable had no assessed LA leaves a gap rather than a fake zero.
    """
    width, height, left, top, bottom, right = 420, 280, 46, 12, 40, 84
    plot_w, plot_h = width - left - right, height - top - bottom
    n = len(runs)
    body = []
    for pct_tick in (0, 25, 50, 75, 100):
        y = top + plot_h * (1 - pct_tick / 100)
        body.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#b1b4b6" stroke-width="1"/>'
        )
        body.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="15" text-anchor="end" fill="#0b0c0c">{pct_tick}%</text>'
        )

    def x_of(i: int) -> float:
        return left + (plot_w * i / (n - 1) if n > 1 else plot_w / 2)

    for i, run in enumerate(runs):
        label = (run["run"].get("label") or f"Run {run['run'].get('id')}")[:14]
        body.append(
            f'<text x="{x_of(i):.1f}" y="{height - bottom + 20}" font-size="15" '
            f'text-anchor="middle" fill="#0b0c0c">{escape(label)}</text>'
        )
    sentences: list[str] = []
    labels: list[list] = []
    for s, (key, label) in enumerate(series):
        colour, dash = SERIES_COLOURS[s % 4], SERIES_DASHES[s % 4]
        points = []
        for i, run in enumerate(runs):
            share = run["deliverables"][key]["share"]
            if share is not None:
                points.append((x_of(i), top + plot_h * (1 - share), share))
        if not points:
            continue
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in points)
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        body.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="3"{dash_attr}/>')
        for x, y, _ in points:
            body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"/>')
        labels.append([points[-1][1] + 4, colour, f"{label} {pct(points[-1][2])}"])
        sentences.append(f"{label}: " + ", ".join(pct(p[2]) for p in points))
    labels.sort()
    for i in range(1, len(labels)):  # end labels never overlap: at least 17 units apart
        labels[i][0] = max(labels[i][0], labels[i - 1][0] + 17)
    for y, colour, text in labels:
        body.append(f'<text x="{left + plot_w + 8}" y="{y:.1f}" font-size="15" fill="{colour}">{escape(text)}</text>')
    desc = f"Share of assessed LAs meeting each deliverable over {n} runs, oldest first. " + "; ".join(sentences) + "."
    return _svg(chart_id, title, desc, width, height, body)
