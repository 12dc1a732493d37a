"""Dates as councils write them ("12 May 2019", "May 2019", "12/05/2019", "2019"), as ISO
strings exactly as precise as stated ("2019-05-12", "2019-05", "2019")."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["DateHit", "find_dates", "MONTHS"]

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    # Welsh
    "ionawr": 1,
    "chwefror": 2,
    "mawrth": 3,
    "ebrill": 4,
    "mai": 5,
    "mehefin": 6,
    "gorffennaf": 7,
    "awst": 8,
    "medi": 9,
    "hydref": 10,
    "tachwedd": 11,
    "rhagfyr": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_FULL = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\.?,?\s+((?:19|20)\d\d)\b", re.I)
_MDY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\.?,?\s+((?:19|20)\d\d)\b", re.I)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b")
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b(?!\s*/\s*\d)")
# A year that is part of a name, not a date: "Data Protection Act 2018", "Code of Practice 2021".
_NOT_A_DATE_BEFORE = re.compile(
    r"(?:\bAct|\bRegulations?|\bOrder|\bGDPR|\bCode(?:\s+of\s+Practice)?|\bStrategy|\bBS\s*\w*|\bISO|"
    r"\bversion|\bv|\bno\.?|\bref(?:erence)?|\b20\d\d\s*[/-]|£)\s*\(?$",
    re.I,
)


@dataclass
class DateHit:
    iso: str
    start: int
    end: int
    precision: int  # 3 day, 2 month, 1 year


def _ok(y: int, m: int = 1, d: int = 1) -> bool:
    return 1990 <= y <= 2100 and 1 <= m <= 12 and 1 <= d <= 31


def find_dates(text: str) -> list[DateHit]:
    """Every date in `text`, most precise reading of each span, in order of position."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(iso: str, s: int, e: int, p: int) -> None:
        if free(s, e):
            hits.append(DateHit(iso, s, e, p))
            taken.append((s, e))

    for m in _ISO.finditer(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _ok(y, mo, d):
            add(f"{y:04d}-{mo:02d}-{d:02d}", m.start(), m.end(), 3)
    for m in _FULL.finditer(text):
        d, mo, y = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
        if _ok(y, mo, d):
            add(f"{y:04d}-{mo:02d}-{d:02d}", m.start(), m.end(), 3)
    for m in _MDY.finditer(text):
        mo, d, y = MONTHS[m.group(1).lower()], int(m.group(2)), int(m.group(3))
        if _ok(y, mo, d):
            add(f"{y:04d}-{mo:02d}-{d:02d}", m.start(), m.end(), 3)
    for m in _NUMERIC.finditer(text):
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))  # UK order
        if _ok(y, mo, d):
            add(f"{y:04d}-{mo:02d}-{d:02d}", m.start(), m.end(), 3)
    for m in _MONTH_YEAR.finditer(text):
        word = m.group(1).lower()
        if word in ("may", "mar", "mai") and not m.group(1)[0].isupper():
            continue  # "may 2019" in running text is rarely the month
        mo, y = MONTHS[word], int(m.group(2))
        if _ok(y, mo):
            add(f"{y:04d}-{mo:02d}", m.start(), m.end(), 2)
    for m in _YEAR.finditer(text):
        y = int(m.group(1))
        if _ok(y) and not _NOT_A_DATE_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            add(f"{y:04d}", m.start(), m.end(), 1)
    hits.sort(key=lambda h: h.start)
    return hits
