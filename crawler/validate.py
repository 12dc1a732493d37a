"""One validating rule for the register and every command-line value, applied before any work.

A value that cannot be stored or used must be refused while the user is still at the keyboard,
in one line that names it, not hours later in an unattended scheduled run (`--webhook gopher://`),
as a database error with a SQL dump (a 600-character name), or as a scheduler that spins
forever (`--interval -5`). Lengths here are the database columns' (crawler/storage/models.py).
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from urllib.parse import urlsplit

from analysis.sanitize import display, has_control
from crawler.errors import UserError

__all__ = [
    "COLUMN_LIMITS",
    "MAX_LABEL",
    "MIN_INTERVAL",
    "MAX_INTERVAL",
    "field_problem",
    "label",
    "interval",
    "webhook",
    "report_dir",
    "output_file",
    "only_codes",
]

# register column -> the width of the database column it is stored in
COLUMN_LIMITS = {
    "gss_code": 16,
    "name": 200,
    "website": 500,
    "nation": 40,
    "type": 80,
    "region": 80,
    "police_force": 120,
}
MAX_LABEL = 200
MIN_INTERVAL = 1.0  # seconds; anything shorter is a typo, not a schedule
MAX_INTERVAL = 366 * 24 * 3600.0  # a year and a day: the longest audit cycle that makes sense


def field_problem(column: str, value: str) -> str | None:
    """Why a register value cannot be stored (too long for its column, control characters)."""
    limit = COLUMN_LIMITS.get(column)
    if "\n" in value or "\r" in value:
        return f"{column} runs over several lines (an unclosed quote?)"
    if has_control(value):
        return f"{column} contains control characters"
    if limit is not None and len(value) > limit:
        return f"{column} is {len(value)} characters long, more than the {limit} the database holds"
    return None


def label(value: str | None, option: str = "--label") -> str | None:
    """A run label: one line of printable text within its column."""
    if value is None:
        return None
    if has_control(value):
        raise UserError(f"{option} must be one line of text without control characters")
    if len(value) > MAX_LABEL:
        raise UserError(f"{option} is {len(value)} characters long; at most {MAX_LABEL}")
    return value


def interval(text: str | float | None) -> float | None:
    """Seconds between scheduled audits: positive, finite, at least MIN_INTERVAL, at most a year."""
    if text is None:
        return None
    try:
        value = float(text)
    except (TypeError, ValueError):
        raise UserError(f"--interval must be a number of seconds, got {display(text, 40)!r}") from None
    if not math.isfinite(value) or value < MIN_INTERVAL or value > MAX_INTERVAL:
        raise UserError(
            f"--interval must be between {MIN_INTERVAL:g} and {MAX_INTERVAL:g} seconds (a year), "
            f"got {display(text, 40)}"
        )
    return value


def webhook(url: str | None) -> str | None:
    """A webhook URL: http(s) with a host, no control characters."""
    if url is None:
        return None
    if has_control(url):
        raise UserError("--webhook must not contain control characters")
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError for a bad port
    except ValueError:
        raise UserError(f"--webhook is not a URL: {display(url, 80)!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UserError(f"--webhook must be an http:// or https:// URL, got {display(url, 80)!r}")
    if len(url) > 2000:
        raise UserError("--webhook is longer than 2000 characters")
    return url


def _creatable_dir(path: Path) -> str | None:
    """Why `path` can be neither used nor created as a folder, or None."""
    if path.exists():
        if not path.is_dir():
            return "exists and is not a folder"
        return None if os.access(path, os.W_OK | os.X_OK) else "is not writable"
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        return f"cannot be created: {parent} is not a folder"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"cannot be created: {parent} is not writable"
    return None


def report_dir(value: str | None, option: str = "--report-dir") -> Path | None:
    """A folder to write reports into: an existing writable folder, or one that can be created."""
    if value is None:
        return None
    path = Path(value).expanduser().resolve()
    why = _creatable_dir(path)
    if why:
        raise UserError(f"{option} {display(str(path), 200)} {why}")
    return path


def output_file(value: str | None, option: str) -> Path | None:
    """A file to write: not a folder, and its folder exists or can be created."""
    if value is None:
        return None
    path = Path(value).expanduser().resolve()
    if path.is_dir() or value.endswith(("/", os.sep)):
        raise UserError(f"{option} {display(str(path), 200)} is a folder; give a file name")
    if path.exists() and not os.access(path, os.W_OK):
        raise UserError(f"{option} {display(str(path), 200)} is not writable")
    why = _creatable_dir(path.parent)
    if why:
        raise UserError(f"{option}: the folder {display(str(path.parent), 200)} {why}")
    return path


def only_codes(codes: list[str] | None, register_path: str | None) -> list[str] | None:
    """`--only` codes, each of which must be in the register that will be audited."""
    if not codes:
        return codes
    from crawler.register import load_register, select

    select(load_register(register_path), codes)
    return codes
