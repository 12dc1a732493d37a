"""Structured data (JSON-LD, microdata, RDFa) through extruct, flattened for the detectors.

Some council CMSs mark up contact points and officers (schema.org ContactPoint, Person,
GovernmentOrganization); the SPOC detector reads them. Extruct is only run on the syntaxes
the page visibly uses (RDFa parsing is slow), and its failures become warnings.
"""
from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["extract_structured", "flatten"]

MAX_STRUCTURED_ITEMS = 200


def extract_structured(tree: Any, raw_html: str, url: str, warnings: list[str]) -> list[dict]:
    """Items with a type found in the page, nested ones included, as plain dicts.

    JSON-LD is parsed script by script, so one broken block (common on council CMSs) does
    not lose the others; microdata and RDFa go through extruct.
    """
    items: list[dict] = []
    for script in tree.iterfind(".//script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*(?:<!--|//<!\[CDATA\[)|(?:-->|//\]\]>)\s*$", "", raw)
        if not raw:
            continue
        try:
            flatten(json.loads(raw, strict=False), items)
        except (ValueError, RecursionError) as exc:
            warnings.append(f"unreadable JSON-LD block: {type(exc).__name__}")
    syntaxes = []
    low = raw_html[:1_500_000].lower()
    if "itemscope" in low:
        syntaxes.append("microdata")
    if "typeof=" in low or "vocab=" in low:
        syntaxes.append("rdfa")
    if syntaxes:
        try:
            import extruct
            data = extruct.extract(tree, base_url=url, syntaxes=syntaxes, uniform=True,
                                   errors="ignore")
        except Exception as exc:  # extruct and its parsers raise many types on malformed markup
            warnings.append(f"structured data unreadable: {type(exc).__name__}")
            data = {}
        for syntax in syntaxes:
            for item in data.get(syntax, []) or []:
                flatten(item, items)
    return items[:MAX_STRUCTURED_ITEMS]


def flatten(item: Any, out: list[dict], depth: int = 0) -> None:
    """Append `item` and every typed dict nested in it (JSON-LD @graph included) to `out`."""
    if depth > 12 or len(out) >= MAX_STRUCTURED_ITEMS:
        return
    if isinstance(item, list):
        for x in item:
            flatten(x, out, depth + 1)
        return
    if not isinstance(item, dict):
        return
    if "@type" in item:
        out.append(item)
    for key, value in item.items():
        if key == "@context":
            continue
        if isinstance(value, (dict, list)):
            flatten(value, out, depth + 1)


def types_of(item: dict) -> set[str]:
    """The schema.org type names of an item ('https://schema.org/Person' -> 'Person')."""
    t = item.get("@type")
    names = t if isinstance(t, list) else [t]
    return {str(n).rsplit("/", 1)[-1] for n in names if n}
