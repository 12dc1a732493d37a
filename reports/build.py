"""Write the whole static report for one run: all pages, the exports and the assets.

The report is built in a temporary folder next to ``out_dir`` and swapped in only once it is
complete, so a crash (or a full disk) leaves the previous report as it was, never half of a new
one. A folder that is not an earlier report is never replaced: ``--out ~`` must not delete a
home directory.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from reports import charts, figures, method
from reports.disclosure import PAGE_TITLE, disclosure_data, json_ld
from reports.export import findings_csv, findings_json
from reports.hexmap import hex_map, states_present
from reports.history import Past, history_rows, trend_docs
from reports.hexmap import legend as map_legend
from reports.model import DELIVERABLE_KEYS, DELIVERABLES, la_filename, normalise, run_title
from reports.recommend import recommendations
from reports.render import STATIC, render
from reports.trend import compare, evidence_csv, group_trend, history_table
from reports.verdicts import summaries

MARKER = ".cctv-audit-report"


def _check_replaceable(out_dir: Path) -> None:
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise ValueError(f"{out_dir} exists and is not a directory")
    if any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
        raise ValueError(
            f"{out_dir} is not empty and does not hold an earlier report; choose an empty or new directory"
        )


def file_size(text: str) -> str:
    """The size of a UTF-8 file as GOV.UK writes it: "820 bytes", "45 KB", "1.2 MB"."""
    n = len(text.encode("utf-8"))
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{round(n / 1024)} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def is_simulated(doc: dict) -> bool:
    """A run over the simulated council web: its label says so, or every site is on loopback."""
    label = str((doc.get("run") or {}).get("label") or "").lower()
    if "simulated" in label or "simweb" in label:
        return True
    hosts = [urlsplit(str(a.get("website") or "")).hostname or "" for a in doc["authorities"]]
    return bool(hosts) and all(
        h.startswith("127.") or h in ("localhost", "::1") or h.endswith((".test", ".localhost")) for h in hosts
    )


def previous_of(history: list[dict] | Past) -> dict | None:
    """The previous run's findings document, from full history documents or a ``Past``."""
    if isinstance(history, Past):
        return history.previous
    return history[-1] if history else None


def national_context(
    doc: dict, history: list[dict] | Past, accuracy: dict | None = None, agreement: dict | None = None
) -> dict:
    """Everything the national pages show, computed once (``doc`` normalised).

    ``history``: the earlier finished runs, either as their full documents (oldest first) or as
    a ``reports.history.Past`` (their summaries and the previous document); both give the
    same pages.
    """
    changes = compare(previous_of(history), doc)
    if isinstance(history, Past):
        hist = history_rows(history, doc)
        trend_src = trend_docs(history, doc)
    else:
        hist = history_table([*history, doc])
        trend_src = [*history, doc]
    tallies = figures.national(doc)
    series = [(d.key, d.key) for d in DELIVERABLES]
    coverage = figures.criteria_coverage(doc)
    return {
        "doc": doc,
        "la_codes": {a["gss_code"] for a in doc["authorities"]},
        "headline": figures.headline(doc),
        "sureness": figures.sureness(doc),
        "national_chart": charts.status_bars(
            "chart-national",
            "Share of assessed LAs meeting each deliverable",
            [{"label": f"{d.key} {d.short}", "tally": tallies[d.key], "target": d.target} for d in DELIVERABLES],
        ),
        "breakdowns": {dim: figures.breakdown(doc, dim) for dim in ("nation", "region", "type", "police_force")},
        "coverage": coverage,
        "coverage_chart": charts.share_bars(
            "chart-criteria",
            "LAs publishing each 5.1 information criterion",
            [{"label": c["label"], "count": c["count"], "of": c["assessed"], "share": c["share"]} for c in coverage],
        ),
        "missing": figures.missing(doc),
        "filters": figures.filter_options(doc),
        "forces": figures.force_agreements(doc),
        "crawl": figures.crawl_summary(doc),
        "changes": changes,
        "history": hist,
        "trend_by": {dim: group_trend(trend_src, dim) for dim in ("region", "police_force")},
        "evidence_count": len(hist["evidence"]),
        "rules": method.rules(),
        "dates": method.crawl_dates(doc),
        "cov": method.coverage(doc),
        "cannot_see": method.CANNOT_SEE,
        "accuracy": method.accuracy_summary(accuracy),
        "agreement": agreement or {},
        "simulated": is_simulated(doc),
        "trend_chart": charts.trend_lines(
            "chart-trend", "Share of assessed LAs meeting each deliverable, per run", hist["runs"], series
        )
        if len(hist["runs"]) > 1
        else None,
    }


def render_disclosure(authority: dict, title_of_run: str, today: str) -> str:
    """The council's pre-filled disclosure page (reports.disclosure), ready to publish."""
    data = disclosure_data(authority, today)
    criteria = {c["cctv:key"]: c for c in data["cctv:criteria"]}
    return render(
        "disclosure.html",
        a=authority,
        ld=json_ld(data),
        ld_data=data,
        criteria=criteria,
        title=PAGE_TITLE,
        run_title=title_of_run,
        today=today,
    )


def la_context(authority: dict, run: dict, previous: dict | None = None, previous_run: dict | None = None) -> dict:
    """What one LA page shows (``authority`` normalised).

    ``previous``: the same authority in the previous run (normalised), or None when there is
    no previous run; an authority absent from a previous run is ``{}``.
    """
    statuses = [authority["deliverables"][k]["status"] for k in DELIVERABLE_KEYS]
    prev = None
    if previous_run is not None:
        prev = {k: previous["deliverables"][k]["status"] for k in DELIVERABLE_KEYS} if previous else {}
    return {
        "a": authority,
        "run": run,
        "recs": recommendations(authority),
        "summaries": summaries(authority),
        "page_title": authority["name"],
        "met_count": statuses.count("met"),
        "assessed_count": sum(1 for s in statuses if s != "unknown"),
        "previous": prev,
        "previous_run": previous_run,
    }


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")  # CSV keeps its CRLF rows


def _write_site(
    doc: dict,
    raw_doc: dict,
    history: list[dict] | Past,
    site: Path,
    accuracy: dict | None = None,
    agreement: dict | None = None,
) -> Path:
    ctx = national_context(doc, history, accuracy, agreement)
    ctx["generated"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    json_text, csv_text = findings_json(raw_doc), findings_csv(raw_doc)
    ctx["downloads"] = [
        {
            "file": "findings.csv",
            "format": "CSV",
            "size": file_size(csv_text),
            "what": "one row per council, with readable verdicts, evidence and a link to its page, for spreadsheets",
        },
        {
            "file": "findings.json",
            "format": "JSON",
            "size": file_size(json_text),
            "what": "the full findings with all evidence and the technical detail of each crawl, for scripts",
        },
    ]
    evidence_text = evidence_csv(ctx["history"]["evidence"])
    ctx["evidence_size"] = file_size(evidence_text)
    pages = {
        "index.html": "National report",
        "authorities.html": "All authorities",
        "missing.html": "Who is missing what",
        "forces.html": "Police force areas",
        "trend.html": "Changes over time",
        "method.html": "How this audit works",
    }
    for name, title in pages.items():
        _write(site / name, render(name, current=name, page_title=title, **ctx))
    maps = []
    for d in DELIVERABLES:
        svg, off_map = hex_map(f"map-{d.slug}", f"{d.key} {d.title}: status by district", doc["authorities"], d.key)
        maps.append(
            {
                "deliverable": d,
                "svg": svg,
                "off_map": off_map,
                "legend": map_legend(f"map-{d.slug}", states_present(doc["authorities"], d.key)),
            }
        )
    _write(site / "map.html", render("map.html", current="map.html", page_title="Maps", maps=maps, **ctx))
    previous = previous_of(history)
    prev_doc = normalise(previous) if previous is not None else None
    prev_by = {p["gss_code"]: p for p in prev_doc["authorities"]} if prev_doc else {}
    for a in doc["authorities"]:
        _write(
            site / "la" / la_filename(a["gss_code"]),
            render(
                "la.html",
                root="../",
                current=None,
                standalone=False,
                la_codes=ctx["la_codes"],
                generated=ctx["generated"],
                simulated=ctx["simulated"],
                **la_context(a, doc["run"], prev_by.get(a["gss_code"]), prev_doc["run"] if prev_doc else None),
            ),
        )
    today = datetime.now(timezone.utc).date().isoformat()
    for a in doc["authorities"]:
        _write(site / "disclosure" / la_filename(a["gss_code"]), render_disclosure(a, run_title(doc["run"]), today))
    _write(site / "findings.json", json_text)
    _write(site / "findings.csv", csv_text)
    _write(site / "evidence-history.csv", evidence_text)
    _write(site / "changes.json", json.dumps(ctx["changes"], indent=2, ensure_ascii=False) + "\n")
    shutil.copytree(STATIC, site / "static", ignore=shutil.ignore_patterns("__pycache__"))
    (site / MARKER).write_text("written by cctv-audit reports.build\n", encoding="utf-8")
    return site / "index.html"


def write_report(
    doc: dict,
    out_dir: str | Path,
    history: list[dict] | Past | None = None,
    accuracy: dict | None = None,
    agreement: dict | None = None,
) -> Path:
    """Write the report of ``doc`` into ``out_dir`` (replacing an earlier report there).

    ``history``: the documents of earlier finished runs, oldest first (the last one is "the
    previous run" of the trend), or a ``reports.history.Past`` standing for them (the
    crawler's way: per-run summaries plus the previous document, whatever the number of runs). ``accuracy``: a benchmark results document (see
    reports.method.accuracy_summary); without it the method page says "not measured".
    Returns the path of ``index.html``. Raises ValueError when
    ``out_dir`` is a non-empty folder that is not an earlier report.
    """
    out_dir = Path(out_dir).absolute()
    _check_replaceable(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    history = history if isinstance(history, Past) else list(history or [])
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.building-", dir=out_dir.parent))
    try:
        _write_site(normalise(doc), doc, history, tmp, accuracy, agreement)
        os.chmod(tmp, 0o755)
        if out_dir.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
            os.replace(out_dir, old / "report")
            try:
                os.replace(tmp, out_dir)
            except BaseException:
                os.replace(old / "report", out_dir)  # put the earlier report back
                raise
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out_dir / "index.html"
