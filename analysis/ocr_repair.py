"""Digits an OCR engine read for letters in a scanned document's text layer, read back as the letters printed.

A council often publishes its signed agreement as a scan; the text layer the scanner's OCR added can read "l" and "i"
as "1", "o" as "0" and "s" as "5" ("S1gned for and on beha1f of Lancashire Constabu1ary", "CCTV INF0RMATION SHAR1NG
PR0TOCOL": held-back web 206's Chorley, whose signed protocol the audit could not read). The page image a person opens
says the words; the detectors read the words too. Only words of three or more letters with 0, 1 or 5 among them are
changed (never numbers, dates, postcodes, ordinals or codes with other digits), each digit for the letter of its case,
"1" for "i" between consonants and "l" elsewhere, and only when a document has several such words: one "SAR1" form code
is no OCR layer. The repair keeps every character's place, so quotes keep their length.
"""

from __future__ import annotations

import re

__all__ = ["MIN_CONFUSIONS", "repair", "undouble"]

# a text layer with fewer confused words is left as it is
MIN_CONFUSIONS = 3

_TOKEN = re.compile(r"(?<![\w.])[A-Za-z015]*[A-Za-z][A-Za-z015]*(?![\w])")
_VOWELS = set("aeiouyAEIOUY")
# a postcode's outward part ("SW1A", "EC1V"), or a label numbered without a space ("step1", "CCTV1", "cmis5",
# "Appendix1"): letters and digits by design
_CODED = re.compile(
    r"^[A-Z]{1,2}\d[A-Z\d]?$|^(?:step|stage|cam|appendix|annex|schedule|part|section|item|ref|code|cmis|cctv|top|version|"
    r"phase|level|tier|zone|area|ward|unit|room|camera|page|table|figure|heading|rid)[015]+",
    re.I,
)


def _letter_for_one(before: str, prev: str, nxt: str, upper: bool) -> str:
    consonant_before = prev.isalpha() and prev not in _VOWELS
    consonant_after = nxt.isalpha() and nxt not in _VOWELS
    # ("Ch1ef", "th1s", "sh1p": after ch, th, sh an English word goes on with i)
    after_digraph = prev in "hH" and before in "cCsStTwW"
    if ((consonant_before or not prev) and consonant_after) or after_digraph:
        return "I" if upper else "i"
    return "L" if upper else "l"


def _repair_word(word: str) -> str:
    upper = sum(c.isupper() for c in word) > sum(c.islower() for c in word)
    out = list(word)
    for i, c in enumerate(word):
        if c not in "015":
            continue
        prev = out[i - 1] if i else ""
        before = out[i - 2] if i > 1 else ""
        nxt = next((d for d in word[i + 1 :] if d.isalpha()), "")
        # (a capital read as a digit at a word's start: "0wens", "5urrey")
        cap = upper or (i == 0 and nxt.islower())
        if c == "0":
            out[i] = "O" if cap else "o"
        elif c == "5":
            out[i] = "S" if cap else "s"
        else:
            out[i] = _letter_for_one(before, prev, nxt, cap)
    return "".join(out)


def repair(text: str, at_least: int = MIN_CONFUSIONS) -> tuple[str, int]:
    """(the text with its OCR digit-for-letter words read as letters, how many words were read so); the text as it was
    when fewer than `at_least` such words were found (a heading of a document already found to be a scan takes 1)."""
    found: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        if not re.search(r"[015]", word) or sum(c.isalpha() for c in word) < 3 or _CODED.match(word):
            continue
        found.append((m.start(), m.end(), _repair_word(word)))
    if len(found) < max(1, at_least):
        return text, 0
    parts, last = [], 0
    for start, end, fixed in found:
        parts += [text[last:start], fixed]
        last = end
    parts.append(text[last:])
    return "".join(parts), len(found)


# A heading whose every letter a PDF's text layer gives twice, drawn in two passes for a bold effect: "CCEERRTTIIFFIICCAATTEE OOFF
# AAGGRREEEEMMEENNTT" over a code's signatures (real-text round 112's Walsall). Capital words of two or more doubled letters only,
# at least two of them in the text; each is read once and padded with spaces, so every other character keeps its place.
_DOUBLED = re.compile(r"(?<![\w])(?:([A-Z])\1){2,}(?![\w])")
MIN_DOUBLED = 2


def undouble(text: str) -> tuple[str, int]:
    """(the text with its doubled capital words read once, how many were read so)."""
    found = list(_DOUBLED.finditer(text))
    if len(found) < MIN_DOUBLED:
        return text, 0
    return _DOUBLED.sub(lambda m: m.group(0)[::2] + " " * (len(m.group(0)) // 2), text), len(found)
