"""The Jinja2 environment: autoescape always on, strict undefined, and the report's filters.

Autoescape is forced for every template whatever its extension, because almost every string
on these pages was scraped from a council website or typed into a register. Links made from
scraped URLs go through ``href`` (http(s) only); everything else is text.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from analysis.assess import MET_CRITERIA_THRESHOLD
from analysis.forces import canonical_force
from reports import model
from reports.figures import pct

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
CSS_FILES = ("govuk/govuk-frontend.min.css", "app.css")


def nice_date(value: Any) -> str:
    """ "2026-11-28T09:41:12Z" -> "28 November 2026"; "2019-05" -> "May 2019"; else as given.

    Dates are shown as precisely as they were stated: an award "in 2019" stays "2019".
    """
    if not value:
        return ""
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        return text
    month = re.fullmatch(r"(\d{4})-(\d{2})", text)
    try:
        if month:
            return f"{date(int(month[1]), int(month[2]), 1):%B %Y}"
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return f"{parsed.day} {parsed:%B %Y}"


def nice_time(value: Any) -> str:
    """ "2026-11-28T09:41:12Z" -> "28 November 2026 at 9:41am (UTC)", the GOV.UK style."""
    if not value:
        return ""
    try:
        parsed = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        return str(value)
    if "T" not in str(value) and " " not in str(value).strip():
        return nice_date(value)
    hour = parsed.hour % 12 or 12
    clock = f"{hour}{parsed:%p}".lower() if parsed.minute == 0 else f"{hour}:{parsed:%M}{parsed:%p}".lower()
    if parsed.hour == 12 and parsed.minute == 0:
        clock = "midday"
    elif parsed.hour == 0 and parsed.minute == 0:
        clock = "midnight"
    zone = " (UTC)" if parsed.utcoffset() is not None and not parsed.utcoffset() else ""
    return f"{parsed.day} {parsed:%B %Y} at {clock}{zone}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """ "1 council", "2 councils", "1 criterion", "3 criteria"."""
    return f"{count} {singular if count == 1 else (plural_form or singular + 's')}"


def status_tag(status: str) -> Markup:
    """A govuk-tag for a status (the label is text, the colour only reinforces it)."""
    status = status if status in model.STATUSES else "unknown"
    return Markup('<strong class="govuk-tag {}">{}</strong>').format(
        model.STATUS_TAGS[status], model.STATUS_LABELS[status]
    )


def verdict_tag(d: dict) -> Markup:
    """A status tag that also says how sure the verdict is.

    A met resting only on weak evidence is drawn as an outlined tag ("Met, weak evidence"),
    never as the plain green of a confident met; "Needs review" is a tag of its own, so it
    is read out and printed, not only coloured.
    """
    status = d.get("status") if d.get("status") in model.STATUSES else "unknown"
    weak = model.weak_verdict(d)
    label = model.STATUS_LABELS[status] + (", weak evidence" if weak else "")
    cls = model.STATUS_TAGS[status] + (" app-tag--weak" if weak else "")
    out = Markup('<strong class="govuk-tag {}">{}</strong>').format(cls, label)
    if d.get("needs_review"):
        out += Markup(' <strong class="govuk-tag govuk-tag--orange app-tag--review">Needs review</strong>')
    return out


STATUS_ORDER = {"met": 0, "partial": 2, "not_met": 3, "unknown": 4}


def verdict_tokens(d: dict) -> str:
    """What a table filter matches on: the status, "weak" and "review" when they apply."""
    status = d.get("status") if d.get("status") in model.STATUSES else "unknown"
    tokens = [status]
    if model.weak_verdict(d):
        tokens.append("weak")
    if d.get("needs_review"):
        tokens.append("review")
    return " ".join(tokens)


def verdict_sort(d: dict) -> int:
    """Sort order of a verdict: met, met on weak evidence, partial, not met, not assessed."""
    status = d.get("status") if d.get("status") in model.STATUSES else "unknown"
    return STATUS_ORDER[status] + (1 if status == "met" and model.weak_verdict(d) else 0)


def confidence_text(d: dict) -> str:
    """ "High confidence", ..., or "Confidence not recorded" for runs before the field."""
    if d.get("status") == "unknown":
        return "Not assessed"
    return model.CONFIDENCE_LABELS.get(d.get("confidence"), model.CONFIDENCE_LABELS[None])


@lru_cache(maxsize=1)
def inline_css() -> Markup:
    """The report's CSS as one trusted string, for self-contained pages (scorecard HTML)."""
    css = "\n".join((STATIC / name).read_text(encoding="utf-8") for name in CSS_FILES)
    if "</" in css:
        raise ValueError("stylesheet contains '</': refusing to inline it")
    return Markup(css)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        href=model.safe_href,
        pct=pct,
        nice_date=nice_date,
        nice_time=nice_time,
        plural=plural,
        status_tag=status_tag,
        verdict_tag=verdict_tag,
        confidence_text=confidence_text,
        verdict_tokens=verdict_tokens,
        verdict_sort=verdict_sort,
        home_force=lambda f: canonical_force(f) or f or "Not recorded",
        region_of=lambda a: (
            a.get("region") or ("Wales (no English region)" if a.get("nation") == "Wales" else "Not recorded")
        ),
        status_label=lambda s: model.STATUS_LABELS.get(s, "Unknown"),
        force_display=model.force_display,
        explain_error=model.explain_error,
        criterion_label=lambda k: model.CRITERION_LABELS.get(k, k),
        la_file=model.la_filename,
    )
    env.globals.update(
        COMMISSIONER=model.COMMISSIONER,
        SCHEME_CLOSED=model.SCHEME_CLOSED,
        SCHEME_NOTE=model.SCHEME_NOTE,
        DELIVERABLES=model.DELIVERABLES,
        DELIVERABLE_BY_KEY=model.DELIVERABLE_BY_KEY,
        CRITERIA=model.CRITERIA,
        CRAWL_STATUS_LABELS=model.CRAWL_STATUS_LABELS,
        GUIDANCE=model.GUIDANCE,
        SEARCH_METHOD_LABELS=model.SEARCH_METHOD_LABELS,
        SEARCH_OUTCOME_LABELS=model.SEARCH_OUTCOME_LABELS,
        weak_verdict=model.weak_verdict,
        STOP_REASON_LABELS=model.STOP_REASON_LABELS,
        run_title=model.run_title,
        today=date.today,
        MET_THRESHOLD=MET_CRITERIA_THRESHOLD,
    )
    return env


def render(template: str, **context: Any) -> str:
    """Render one template. ``root`` is the relative path back to the report's top folder."""
    for key, default in (
        ("root", ""),
        ("css_inline", None),
        ("standalone", False),
        ("current", None),
        ("generated", None),
        ("la_codes", frozenset()),
        ("simulated", False),
    ):
        context.setdefault(key, default)
    return environment().get_template(template).render(**context)
