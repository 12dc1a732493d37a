"""One LA's scorecard for ``cctv-audit check``: in the terminal (rich) and as one HTML file.

The terminal version is what a CCTV manager sees a minute after typing their site's address,
so it leads with the verdicts, then the evidence (URL and quoted words), then what to publish.
Scraped text is printed through ``rich.text.Text`` (never as console markup), so a quote
holding ``[bold]`` or ``[link=...]`` prints literally. The HTML version is the report's LA page
with its CSS inlined: one file, no other request, to mail to a colleague.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.style import Style
from rich.table import Table
from rich.text import Text

from reports.build import la_context
from reports.model import (
    CONFIDENCE_LABELS,
    CRAWL_STATUS_LABELS,
    DELIVERABLES,
    STATUS_LABELS,
    STOP_REASON_LABELS,
    explain_error,
    normalise_authority,
    safe_href,
    weak_verdict,
)
from reports.recommend import recommendations
from reports.render import inline_css, render
from reports.verdicts import summaries

_STYLES = {"met": "bold green", "partial": "bold yellow", "not_met": "bold red", "unknown": "bold bright_black"}


def _t(value: object, style: str = "") -> Text:
    """Scraped text as a rich Text: no markup parsing, control characters dropped."""
    text = "" if value is None else str(value)
    text = "".join(ch if ch.isprintable() or ch in "\n" else " " for ch in text)
    return Text(text, style=style)


def _url(value: object) -> Text:
    link = safe_href(value)
    if link:
        return Text(link, style=Style(link=link))
    return _t(value, "italic") + Text(" (not a web address)", style="dim")


def print_scorecard(authority: dict, console: Console) -> None:
    """Print the scorecard of one authority (a findings.json authority object)."""
    a = normalise_authority(authority)
    d = a["deliverables"]
    console.print(_t(a["name"], "bold underline"))
    console.print(Text("Website: ") + _url(a["website"]))
    if a["crawl"]["status"] != "ok":
        console.print(
            Text("The audit could not assess this site: ", style="bold red") + _t(explain_error(a["crawl"]) or "")
        )

    verdicts = Table(title="Objective 5 deliverables", show_lines=True, expand=False)
    verdicts.add_column("Deliverable")
    verdicts.add_column("Status")
    verdicts.add_column("How sure")
    verdicts.add_column("Finding")
    lines = summaries(a)
    for dl in DELIVERABLES:
        x = d[dl.key]
        status = x["status"]
        label = STATUS_LABELS[status] + (", weak evidence" if weak_verdict(x) else "")
        sure = "Not assessed" if status == "unknown" else CONFIDENCE_LABELS[x["confidence"]]
        if x["needs_review"]:
            sure += "; needs review"
        verdicts.add_row(
            Text(f"{dl.key} {dl.title}"), Text(label, style=_STYLES[status]), Text(sure), _t(lines[dl.key])
        )
    console.print(verdicts)

    evidence = Table(title="Evidence", show_lines=True)
    evidence.add_column("For")
    evidence.add_column("Address", overflow="fold")  # an address is never cut short
    evidence.add_column("Quoted words")
    evidence.add_column("Fetched")
    count = 0
    for dl in DELIVERABLES:
        for e in d[dl.key]["evidence"]:
            count += 1
            evidence.add_row(Text(dl.key), _url(e["url"]), _t(e["quote"]), _t(e["fetched_at"]))
    if count:
        console.print(evidence)
    else:
        console.print(Text("No evidence was found.", style="italic"))

    recs = recommendations(a)
    table = Table(title="What to publish next", show_lines=True)
    table.add_column("Priority")
    table.add_column("For")
    table.add_column("Recommendation")
    for r in recs:
        body = Text(r["title"], style="bold") + Text("\n") + _t(r["detail"])
        for item in r["items"]:
            body += Text("\n \u2022 ") + _t(item)
        table.add_row(Text(r["priority"]), Text(r["deliverable"] or "crawl"), body)
    if recs:
        console.print(table)
    else:
        console.print(Text("Nothing to add: every deliverable is met.", style="green"))

    crawl = a["crawl"]
    facts = Table(title="Crawl facts", show_header=False)
    facts.add_column("Fact")
    facts.add_column("Value")
    facts.add_row("Result", _t(CRAWL_STATUS_LABELS.get(crawl["status"], crawl["status"])))
    if crawl["error"]:
        facts.add_row("Why", _t(explain_error(crawl)))
        facts.add_row("Technical detail", _t(crawl["error"]))
    facts.add_row("Pages fetched", str(crawl["pages_fetched"]))
    facts.add_row("Documents fetched", str(crawl["documents_fetched"]))
    if crawl["requests"] is not None:
        facts.add_row("Requests made", str(crawl["requests"]))
    facts.add_row("Errors", str(crawl["errors"]))
    for sample in crawl["error_samples"][:5]:
        facts.add_row("Sample error", _t(sample))
    facts.add_row(
        "Stopped because",
        _t(STOP_REASON_LABELS.get(crawl["stop_reason"] or "", crawl["stop_reason"] or "not recorded")),
    )
    console.print(facts)


def scorecard_html(authority: dict, run: dict | None = None) -> str:
    """The LA page as one self-contained HTML document (CSS inlined, no links to other pages)."""
    a = normalise_authority(authority)
    run = run or {
        "id": None,
        "label": "Self-check",
        "started_at": a["crawl"]["started_at"],
        "finished_at": a["crawl"]["finished_at"],
    }
    return render(
        "la.html",
        root="",
        current=None,
        standalone=True,
        css_inline=inline_css(),
        la_codes=set(),
        generated=None,
        **la_context(a, run),
    )


def write_scorecard_html(authority: dict, path: str | Path) -> Path:
    """Write ``scorecard_html`` to ``path`` (parent folders created) and return the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(scorecard_html(authority), encoding="utf-8")
    return target
