"""`cctv-audit inspect`: the analysis of single pages or documents, for checking a detector."""

from __future__ import annotations

import argparse
import json
import mimetypes
import re
from pathlib import Path
from typing import Any

from analysis.sanitize import display
from crawler.errors import UserError

HELP = "run the analysis on pages or documents (files or URLs)"

_TYPES = {
    ".txt": "text/plain",
    ".pdf": "application/pdf",
    ".html": "text/html",
    ".htm": "text/html",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("targets", nargs="+", metavar="PATH_OR_URL")
    p.add_argument("--json", action="store_true", help="one JSON object per line, in the order given")
    p.add_argument("--proxy", metavar="URL", help="fetch URLs through this HTTP proxy")


def load_target(target: str, proxy: str | None) -> tuple[bytes, str | None, str]:
    if "://" in target:
        from crawler.engine.fetch_one import fetch
        from crawler.engine.useragent import user_agent

        return fetch(target, user_agent(None), proxy=proxy)
    path = Path(target)
    if not path.is_file():
        raise UserError(f"{target}: no such file (and not an http(s) URL)")
    ctype = _TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "text/html"
    try:
        return path.read_bytes(), ctype, path.resolve().as_uri()
    except OSError as exc:
        raise UserError(f"{target}: cannot read: {exc.strerror}") from None


def inspect_one(target: str, proxy: str | None = None) -> dict[str, Any]:
    from analysis.page import analyse
    from analysis.text import extract

    body, ctype, url = load_target(target, proxy)
    page = analyse(extract(body, url, ctype))
    out: dict[str, Any] = {
        "url": url,
        "kind": page.kind,
        "title": page.title,
        "signals": page.signals,
        "criteria": page.criteria,
        "spoc": page.spoc,
        "findings": [_finding(f) for f in page.findings],
    }
    if page.certification:
        out["certification"] = page.certification
    if page.sla:
        out["sla"] = page.sla
    if page.decoy:
        out["decoy"] = page.decoy
    if page.no_text_layer:
        out["no_text_layer"] = True
    return out


def _finding(f: Any) -> dict[str, Any]:
    out = {"type": f.type, "quote": f.quote}
    if f.deliverable:
        out["deliverable"] = f.deliverable
    if f.data:
        out["data"] = f.data
    return out


def _print_readable(result: dict[str, Any]) -> None:
    """Every value passes the one display rule: page text can carry terminal escapes."""
    d = display
    print(f"{d(result['url'])}  [{d(result['kind'])}]  {d(result['title'])!r}")
    on = [d(k) for k, v in result["signals"].items() if v]
    print(f"  signals: {', '.join(on) if on else 'none'}")
    crit = [d(k) for k, v in result["criteria"].items() if v]
    if crit:
        print(f"  criteria: {', '.join(crit)}")
    if result.get("decoy"):
        print(f"  decoy: {d(result['decoy'])}")
    if result.get("no_text_layer"):
        print("  no text layer (image-only document): not evidence of absence")
    spoc = result.get("spoc")
    if spoc:
        print("  spoc: " + ", ".join(f"{d(k)} {d(v)}" for k, v in spoc.items() if v))
    for f in result["findings"]:
        detail = ", ".join(f"{d(k)} {d(v)}" for k, v in (f.get("data") or {}).items() if v not in (None, "", [], {}))
        print(f"  - {d(f['type'])}{f' ({detail})' if detail else ''}: “{d(f['quote'])}”")


_UNSAFE_IN_JSON = re.compile(r"[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _json_line(result: dict[str, Any]) -> str:
    """JSON escapes C0 controls itself; C1 and bidi controls are escaped here too, so a terminal
    showing the line is not driven by it (the values are unchanged once parsed)."""
    text = json.dumps(result, ensure_ascii=False)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def run(args: argparse.Namespace) -> int:
    failures = 0
    for target in args.targets:
        try:
            result = inspect_one(target, args.proxy)
        except UserError as exc:
            if len(args.targets) == 1:
                raise
            failures += 1
            result = {"url": target, "error": str(exc)}
            if not args.json:
                print(f"{display(target)}: error: {display(exc)}")
                continue
        if args.json:
            print(_json_line(result), flush=True)
        else:
            _print_readable(result)
    return 1 if failures else 0
