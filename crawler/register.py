"""The register of local authorities: loading and validating the CSV the audit starts from.

Hand-edited CSVs are the commonest input error, so every problem is collected with its line
number and reported at once rather than failing on the first.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from crawler.errors import RegisterError
from crawler.validate import field_problem

REQUIRED_COLUMNS = ("gss_code", "name", "website")
OPTIONAL_COLUMNS = ("nation", "type", "region", "police_force")
KNOWN_NATIONS = {"England", "Wales"}
MAX_PROBLEMS_SHOWN = 5


@dataclass(frozen=True)
class Authority:
    """One local authority as the register describes it."""

    gss_code: str
    name: str
    website: str
    nation: str | None = None
    type: str | None = None
    region: str | None = None
    police_force: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)


def default_register_path() -> Path:
    """The register shipped with the project (see crawler/data/SOURCES.md for its licence)."""
    return Path(str(resources.files("crawler") / "data" / "local_authorities.csv"))


def check_website(url: str) -> str | None:
    """Return why `url` is not an absolute http(s) URL, or None when it is."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        return f"not a URL ({exc})"
    if parts.scheme not in ("http", "https"):
        return f"website must be an absolute http(s) URL, got {url!r}"
    if not parts.hostname:
        return f"website has no host: {url!r}"
    if parts.username or parts.password:
        return f"website must not carry credentials: {parts.scheme}://…@{parts.hostname}"
    try:
        _ = parts.port  # urlsplit checks the port only when asked for it
    except ValueError:
        return f"website has a bad port: {url!r}"
    return None


def parse_register(text: str, source: str = "register") -> list[Authority]:
    """Parse and validate register CSV text; raise RegisterError naming every bad line."""
    try:
        return _parse(text, source)
    except csv.Error as exc:
        raise RegisterError(f"{source}: not a readable CSV file ({exc})") from None


def _parse(text: str, source: str) -> list[Authority]:
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in (reader.fieldnames or [])]
    if not header:
        raise RegisterError(f"{source}: empty file, expected a header row with {', '.join(REQUIRED_COLUMNS)}")
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise RegisterError(f"{source}: line 1: missing required column(s): {', '.join(missing)}")
    reader.fieldnames = header

    problems: list[str] = []
    authorities: list[Authority] = []
    seen: dict[str, int] = {}
    last_line = 1
    for row in reader:
        # a record's first line: a quoted field with a newline spans several physical lines
        line, last_line = last_line + 1, reader.line_num
        if None in row:
            problems.append(f"line {line}: more fields than the header has")
            continue
        values = {k: (v or "").strip() for k, v in row.items() if k in REQUIRED_COLUMNS + OPTIONAL_COLUMNS}
        if not any(values.values()):
            continue
        bad = [c for c in REQUIRED_COLUMNS if not values.get(c)]
        if bad:
            problems.append(f"line {line}: empty {', '.join(bad)}")
            continue
        unstorable = [why for c, v in values.items() if v and (why := field_problem(c, v))]
        if unstorable:
            problems.append(f"line {line}: {'; '.join(unstorable)}")
            continue
        code = values["gss_code"]
        if code in seen:
            problems.append(f"line {line}: duplicate gss_code {code} (first on line {seen[code]})")
            continue
        seen[code] = line
        why = check_website(values["website"])
        if why:
            problems.append(f"line {line}: {why}")
            continue
        nation = values.get("nation") or None
        if nation is not None and nation not in KNOWN_NATIONS:
            problems.append(f"line {line}: unknown nation {nation!r} (expected England or Wales)")
            continue
        authorities.append(
            Authority(
                gss_code=code,
                name=values["name"],
                website=values["website"],
                nation=nation,
                type=values.get("type") or None,
                region=values.get("region") or None,
                police_force=values.get("police_force") or None,
            )
        )
    if problems:
        shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
        more = f" (and {len(problems) - MAX_PROBLEMS_SHOWN} more)" if len(problems) > MAX_PROBLEMS_SHOWN else ""
        raise RegisterError(f"{source}: {len(problems)} bad line(s): {shown}{more}")
    if not authorities:
        raise RegisterError(f"{source}: no authorities in the register")
    return authorities


def load_register(path: str | Path | None = None) -> list[Authority]:
    """Load a register CSV (the shipped one by default)."""
    p = Path(path) if path is not None else default_register_path()
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise RegisterError(f"{p}: register file not found") from None
    except OSError as exc:
        raise RegisterError(f"{p}: cannot read register: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise RegisterError(f"{p}: line {line}: not UTF-8 text") from None
    return parse_register(text, source=str(p))


def select(authorities: list[Authority], only: list[str] | None) -> list[Authority]:
    """Keep the LAs whose GSS codes are listed; an unknown code is an error, not silence."""
    if not only:
        return authorities
    by_code = {a.gss_code: a for a in authorities}
    unknown = [c for c in only if c not in by_code]
    if unknown:
        raise RegisterError(f"--only: not in the register: {', '.join(unknown)}")
    return [by_code[c] for c in dict.fromkeys(only)]
