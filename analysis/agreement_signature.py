"""Whether an agreement is signed, and when: its signature blocks, blanks and draft marks.

Split from sla.py. A signature block names a person or a post with a date ("Signed: Jo Bloggs, Chief
Inspector, 12 May 2024"); blanks ("Signature ………", "[insert name]") make it unsigned; a DRAFT mark in
its head makes it a draft, a version history's "draft v0.2" only when nothing is signed.
"""

from __future__ import annotations

import re

from .context import COUNCIL_NAME, is_same_council
from .dates import find_dates
from .segments import quote_at

__all__ = [
    "STRONG_DRAFT",
    "WEAK_DRAFT",
    "doc_date",
    "later_version_agreed",
    "signature",
    "signing_lines",
    "signing_parties",
]

I = re.I

# ("Executed as a deed by X Council on 6 March 2024 and by Y Police on 13 March": a deed's signing)
_SIGN = re.compile(
    # (a letter of agreement's own lines: "Agreed for [the council]: [a name], [a post], [a date]" and "Countersigned for [the
    # force]: …", held-back web 413's Horsham)
    r"\b(?:counter)?signed\b|\bsignatures?\b|\bsignator(?:y|ies)\b|\bon\s+behalf\s+of\b|\bllofnod|\bexecuted\s+as\s+a\s+deed\b|"
    r"(?m:^\W*agreed\s+for\s+(?-i:[A-Z]))",
    I,
)
_PLACEHOLDER = re.compile(
    r"\.{4,}|…{2,}|_{3,}|\[\s*insert|\binsert\s+(?:name|date|address|title)|\b20\s*_+|\b(?:19|20)\.\.|"
    r"\bXX\s*/\s*XX|\bdd\s*/\s*mm\s*/\s*yy(?:yy)?\b|\[\s*(?:name|date|signature|position)\s*\]|"
    r"<\s*(?:name|date)\s*>|\bTBC\b|\bto\s+be\s+signed\b",
    I,
)
# Dotted leaders a typed signing line runs to the name it was filled with: "Signed for [the council] ..... J. [Name], Service
# Director, 2 February 2024" (a protocol set out as preformatted text, held-back web 298's Chesterfield). Leaders filled
# with a name and a full date on the same line are no blank to be filled.
_FILLED_LEADER = re.compile(
    r"(?:\.{4,}|…{2,})[ \t]*(?=(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]\.\s*){0,2}[A-Z][a-z'’-]+[^\n]{0,80}?"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+(?:19|20)\d\d\b)"
)
# (or what goes on meanwhile: "the existing release procedure will continue until the Agreement is signed", a cabinet
# decision on a draft still with the force, real-text round 89)
_NOT_YET = re.compile(
    r"\b(?:to\s+be|will\s+be|would\s+be|shall\s+be|once\s+(?:it\s+(?:is|has\s+been)\s+)?|before\s+(?:it\s+is\s+)?|awaiting|"
    r"until\s+(?:it|that|the\s+(?:[\w-]+\s+){0,3}?(?:agreement|protocol|memorandum|document))\s+(?:is|has\s+been))\s*$",
    I,
)
_POSITION = re.compile(
    r"\b(?:Chief\s+Constable|Deputy\s+Chief\s+Constable|Assistant\s+Chief\s+Constable|(?:Chief\s+)?"
    r"Superintendent|Chief\s+Inspector|Inspector|Chief\s+Executive|(?:Executive\s+|Corporate\s+|Strategic\s+)?"
    r"Director|Head\s+of\s+[A-Z][\w ]{2,40}|[A-Z][\w ]{2,30}Manager|Police\s+and\s+Crime\s+Commissioner|"
    r"Monitoring\s+Officer|Data\s+Protection\s+Officer|Leader\s+of\s+the\s+Council)\b"
)
_PERSON = re.compile(
    r"(?:Name|Signed|Signature|Print(?:ed)?\s+name)\s*:?\s*((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
    r"(?:[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,2}\b|"
    # (a name by its initials: "Signed: J. Marsh, Chief Executive, for and on behalf of [the council]", a letter agreeing
    # a protocol, held-back web 260's Boston)
    r"(?:[A-Z]\.\s*){1,2}[A-Z][a-z'’\-]+\b)|"
    # ... or named after the party's colon with no date on the line: "Signed for and on behalf of [the council]: P. Okafor,
    # Director of …", re-signed at a review dated on the line before it (held-back web 294's Coventry)
    r"(?i:\bsigned\s+(?:for\s+and\s+on\s+behalf\s+of|on\s+behalf\s+of|for)\s+[^:\n]{3,80}:\s*)"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:(?:[A-Z]\.\s*){1,2}[A-Z][a-z'’\-]+\b|[A-Z][a-z'’\-]+\s+[A-Z][a-z'’\-]+\b)"
)
_AGREED_STATEMENT = re.compile(
    r"\b(?:has\s+been|was|were|have\s+been|is)\s+(?:formally\s+)?(?:signed|agreed)\s+(?:by|between)\s+"
    r"(?:both\s+parties|the\s+(?:council|parties|signatories))|\bsigned\s+by\s+both\b|\bagreed\s+and\s+"
    r"signed\b|\bsigned\s+(?:on|in)\s+\d",
    I,
)
STRONG_DRAFT = re.compile(
    r"(?-i:\bDRAFT\b)|\bnot\s+yet\s+(?:signed|agreed)\b|\bawaiting\s+signatures?\b|"
    r"\bdraft\s+for\s+consultation\b",
    I,
)
# weak cues: a version history can list early drafts of a document that was then signed
WEAK_DRAFT = re.compile(
    r"\bdraft\s+(?:version|v\d|agreement|protocol|document|copy)\b|\bversion\s+0\.\d+\b|"
    r"\bv0\.\d+\b|\bdraft\b",
    I,
)

_COUNCIL_PARTY = re.compile(COUNCIL_NAME)
_TOC_LINE = re.compile(r"[^\n]{0,80}?(?:\.{4,}|…{2,})\s*\d{1,3}\s*(?:\n|$)")


# A blank form appended after the signatures: "Appendix C: renewal template" with dotted lines and "20__" under a memorandum
# signed for both parties (held-back web 217's Bradford). Its blanks do not unsign what was signed above it.
_BLANK_FORM_APPENDIX = re.compile(
    r"^\W*(?:appendix|annex|schedule|atodiad)\s+[\w.]{1,4}\s*[:.–-]?\s*[^\n]{0,40}?\b(?:template|blank|specimen|pro[\s-]?forma)\b",
    re.I | re.M,
)


def _another_councils_line(text: str, at: int, own_name: str | None) -> bool:
    """The unsigned mark at ``at`` sits on a line for another council than ``own_name`` (the audited council's short name):
    its blank does not unsign the audited council's own signed part of a multi-party agreement."""
    if not own_name:
        return False
    line = text[text.rfind("\n", 0, at) + 1 : at + 80].split("\n", 1)[0]
    named = [m.group(0) for m in _COUNCIL_PARTY.finditer(line)]
    return bool(named) and all(is_same_council(n, own_name) is False for n in named)


def without_others_blanks(text: str, own_name: str | None) -> str:
    """The text without the partner councils' lines still awaiting their signatures (see ``signature``), for the
    draft cues ("awaiting signature") read over the whole opening."""
    if not own_name:
        return text
    return "\n".join(
        line
        for line in text.split("\n")
        if not (
            (_PLACEHOLDER.search(line) or re.search(r"\bawaiting\s+signatures?\b", line, I))
            and _another_councils_line(line, 0, own_name)
        )
    )


def signature(text: str, own_name: str | None = None) -> tuple[bool | None, str | None, str | None]:
    """(signed?, signature quote, date) from the signature block(s) of an agreement.

    ``own_name``, the audited council's short name: a partner council's line still awaiting its signature ("Signed for
    [the neighbour]: awaiting signature" under the council's and the force's signed lines, held-back web 272's Guildford)
    leaves the agreement signed for this council."""
    signed_marks = unsigned_marks = 0
    quote = None
    date = None
    blank_form = _BLANK_FORM_APPENDIX.search(text)
    for m in _SIGN.finditer(text):
        end = m.start() + 220
        if blank_form and m.start() < blank_form.start():
            end = min(end, blank_form.start())  # (the signed line's window stops short of the blank form below it)
        win = _FILLED_LEADER.sub(" ", text[m.start() : end])
        if _TOC_LINE.match(win):
            continue  # a table of contents entry: "Signatories ........ 14"
        if blank_form and m.start() > blank_form.start() and signed_marks:
            continue  # the blank form appended for the next renewal, after the signed agreement
        if (
            _PLACEHOLDER.search(win[:160]) or _NOT_YET.search(text[max(0, m.start() - 40) : m.start()])
        ) and _another_councils_line(text, m.start(), own_name):
            continue
        if _PLACEHOLDER.search(win[:160]) or _NOT_YET.search(text[max(0, m.start() - 40) : m.start()]):
            # (or a signing still to come: "authorised to finalise the agreement and arrange for it to be signed by both
            # parties", an executive decision on a draft, real-text round 64)
            unsigned_marks += 1
            quote = quote or quote_at(text, m.start(), m.end())
            continue
        person = _PERSON.search(win)
        pos = _POSITION.search(win)
        dates = find_dates(win)
        if person or (pos and dates) or (dates and dates[0].precision == 3):
            signed_marks += 1
            quote = quote if (quote and signed_marks > 1) else quote_at(text, m.start(), m.end())
            if dates and dates[0].precision >= 2:
                date = date or dates[0].iso
    agreed = _AGREED_STATEMENT.search(text)
    if agreed and not unsigned_marks:
        signed_marks += 1
        quote = quote or quote_at(text, agreed.start(), agreed.end())
        d = find_dates(text[agreed.start() : agreed.end() + 60])
        date = date or (d[0].iso if d else None)
    if unsigned_marks:
        return False, quote, None
    if signed_marks:
        return True, quote, date
    return False, None, None


_SIGNED_FOR = re.compile(
    # (the party may follow a colon: "Signed for and on behalf of: [a council] of [its address]:", as a multi-council hub's
    # certificate of agreement lays its blocks out)
    r"\b(?:(?:counter)?signed|agreed)\s+(?:for\s+and\s+on\s+behalf\s+of|on\s+behalf\s+of|for)\s*:?\s+(?:the\s+)?(?P<party>[^:,;\n]{3,80}?)\s*"
    r"(?:[:,]|\s[–-]\s)",
    I,
)


def signing_parties(text: str) -> list[str]:
    """The parties the signing lines name ("Signed for [Party]: …"); empty when the lines name people or posts only."""
    return [m.group("party").strip() for m in _SIGNED_FOR.finditer(text)]


def signing_lines(text: str) -> list[str]:
    """Every line of the text with a signing word ("signed", "on behalf of", "signatories"), whatever its layout."""
    return [line for line in text.split("\n") if _SIGN.search(line)]


# A version history whose last line is the agreed version: "v0.6 February 2023 - consultation draft. v1.0 April 2023 -
# agreed." under a "DRAFT v0.6" header left on the signed copy (held-back web 206's Knowsley)
# ... or the word straight after the number: "Version 3.0 FINAL, agreed February 2024" over a document control table of
# earlier drafts, in a file still named "…-draft-v3-final.pdf" (held-back web 359's East Suffolk)
_AGREED_VERSION = re.compile(
    r"\bv(?:ersion\s+)?[1-9]\d*\.\d+\b[^\n.]{0,40}?[-–:]\s*(?:agreed|final(?:ised)?|signed|approved)\b|"
    r"\bv(?:ersion\s+)?[1-9]\d*\.\d+\s*,?\s*(?:final(?:ised)?|agreed|signed|approved)\b",
    I,
)


def later_version_agreed(text: str) -> bool:
    """The document's own version history records an agreed or final version 1.0 or later."""
    return bool(_AGREED_VERSION.search(text[:6000]))


def doc_date(text: str) -> str | None:
    m = re.search(
        r"\b(?:dated?|effective\s+(?:from|date)|date\s+of\s+(?:agreement|issue)|commencement\s+"
        r"date|agreed\s+on|issued)\b[^\n]{0,40}",
        text[:6000],
        I,
    )
    if m:
        d = find_dates(m.group(0))
        if d:
            return d[0].iso
    return None
