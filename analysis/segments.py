"""Blocks, sections and quotes: the units the detectors judge and the words they cite.

A finding is judged on its paragraph, not on the page ("a corporate privacy notice can hold the
only CCTV paragraph"), and is quoted verbatim: every quote is a substring of the document text
with whitespace collapsed, cut at sentence or word boundaries, never rephrased.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "collapse",
    "join_wrapped_lines",
    "Block",
    "blocks_of",
    "sections_of",
    "quote_at",
    "sentence_at",
    "QUOTE_MAX",
]

QUOTE_MAX = 300
_WS = re.compile(r"\s+")


def collapse(s: str) -> str:
    """Whitespace (including no-break spaces and newlines) collapsed to single spaces."""
    return _WS.sub(" ", s or "").strip()


_BULLET = re.compile(r"^\s*([•\-–—*▪●◦·]|\(?\d{1,3}[.)]|\(?[a-z][.)]|[ivx]{1,4}[.)])\s+", re.I)
_END = re.compile(r"[.!?:;]['\"”’)]?$")
# A signing line ends with its date and the next signs again or starts the next schedule: "Signed for and on behalf of
# [the council]: Head of Operations, 12 September 2023" / "Signed for and on behalf of [the force]: …" / "Schedule B: …"
# (a joint code's certificates of agreement, held-back web 272's Huntingdonshire)
_DATED_END = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{4}$|\b\d{1,2}/\d{1,2}/\d{2,4}$"
)
_SIGNING_START = re.compile(
    r"(?:Signed|Signature|Schedule\s+[A-Z0-9]{1,3}\b|Appendix\s+[A-Z0-9]{1,3}\b|Annex\s+[A-Z0-9]{1,3}\b)"
)
# A record's field line, "Label: value" with a short capitalised label ("Single Point of Contact (surveillance cameras):
# Community Safety Manager …", "Authorising officer: Assistant Director"): two such lines in a row are two fields of a
# form or a review sheet, never one sentence wrapped (real-text round 75's annual review form)
_FIELD_LINE = re.compile(r"^[A-Z][\w'’/&-]*(?:\s+(?:[A-Za-z][\w'’/&-]*|\([^)]{1,40}\))){0,6}\s*:\s+\S.{0,150}$")
# A contact line ends with its mailbox, unpunctuated: the next line that starts with a capital is the next line of a contact
# block, never the same sentence wrapped ("Project lead: [officer], [mailbox]" over "Questions about the Council's cameras:
# the Council's Single Point of Contact …", a funded project's page, real-text round 122). (Not a telephone number: a table
# flattened into lines, "System Manager  [post]  [mailbox] / [number]" over its next row, reads as one block, as before.)
_CONTACT_END = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def join_wrapped_lines(text: str) -> str:
    """Re-join lines a PDF or text file wrapped mid-sentence; keep headings and list items apart.

    A line is continued by the next when it does not end a sentence, is long enough to have
    been wrapped, and the next line does not start a bullet. Blank lines always separate.
    """
    out: list[str] = []
    cur = ""
    for raw in text.split("\n"):
        line = collapse(raw)
        if not line:
            if cur:
                out.append(cur)
                cur = ""
            continue
        if not cur:
            cur = line
            continue
        wrapped = (
            (len(cur) >= 45 and not _END.search(cur))
            or cur.endswith(("-", ","))
            or (cur[-1:].isalpha() and line[:1].islower())
        )
        starts_item = (
            bool(_BULLET.match(line))
            or bool(_FIELD_LINE.match(cur) and _FIELD_LINE.match(line))
            or bool(_DATED_END.search(cur) and _SIGNING_START.match(line))
            or bool(_CONTACT_END.search(cur) and line[:1].isupper())
        )
        if wrapped and not starts_item:
            cur = (
                cur[:-1] + line
                if (cur.endswith("-") and line[:1].islower() and not cur.endswith(" -"))
                else cur + " " + line
            )
        else:
            out.append(cur)
            cur = line
    if cur:
        out.append(cur)
    return "\n".join(out)


@dataclass
class Block:
    """One line of a document's text: a paragraph, list item, table row or heading."""

    index: int
    text: str
    start: int  # offset in the document text
    heading: bool


_SENTENCE_END = re.compile(r"[.!?]$")


def _looks_like_heading(line: str, nxt: str | None) -> bool:
    """Guess a heading in text without markup: short, unpunctuated, followed by a longer line."""
    if len(line) > 90 or _SENTENCE_END.search(line) or line.endswith((",", ";")):
        return False
    if nxt is None or len(line.split()) > 12:
        return False
    if _BULLET.match(line) and not (_SECTION_NUMBER.match(line) and len(line.split()) <= 5 and not _BULLET.match(nxt)):
        return False
    # (a numbered section's heading starts with its number: "5. Contact" over "The Public Protection team can be reached on
    # 01253 …", a code of practice PDF's last section, held-back web 326's Blackpool)
    return len(nxt) > len(line) and _SECTION_NUMBER.sub("", line)[:1].isupper()


_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-Z])")


def blocks_of(text: str, headings: list[str] | None = None) -> list[Block]:
    """Split document text into blocks; headings come from markup when known, else a guess."""
    lines = text.split("\n")
    heads = {collapse(h) for h in (headings or []) if h}
    blocks: list[Block] = []
    pos = 0
    for i, line in enumerate(lines):
        if line.strip():
            if heads:
                is_head = line in heads or collapse(line) in heads
            else:
                nxt = next((ln for ln in lines[i + 1 : i + 3] if ln.strip()), None)
                is_head = _looks_like_heading(line, nxt)
            blocks.append(Block(len(blocks), line, pos, is_head))
        pos += len(line) + 1
    return blocks


def sections_of(blocks: list[Block]) -> list[tuple[Block | None, list[Block]]]:
    """Group blocks under the heading that precedes them (None for text before any heading)."""
    sections: list[tuple[Block | None, list[Block]]] = []
    head: Block | None = None
    body: list[Block] = []
    for b in blocks:
        if b.heading:
            if head is not None or body:
                sections.append((head, body))
            head, body = b, []
        else:
            body.append(b)
    if head is not None or body:
        sections.append((head, body))
    return sections


_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“‘(£•])")


def sentence_at(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence(s) of `text` holding the span [start, end)."""
    s = 0
    for m in _SENT_SPLIT.finditer(text, 0, start):
        s = m.end()
    m = _SENT_SPLIT.search(text, end)
    e = m.start() + (len(m.group(0)) - len(m.group(0).lstrip())) if m else len(text)
    # keep the closing punctuation/quote but not the following whitespace
    e = len(text[:e].rstrip()) if m else e
    return s, e


def quote_at(text: str, start: int, end: int, limit: int = QUOTE_MAX) -> str:
    """The verbatim words around a match: its sentence, cut to `limit` at word boundaries.

    `text` is a block (a line); the result is a substring of it with whitespace collapsed.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    ls, le = start - line_start, min(end, line_end) - line_start
    if len(line) <= limit:
        return collapse(line)
    s, e = sentence_at(line, ls, le)
    if e - s > limit:
        # centre the window on the match, then snap to word boundaries
        mid = (ls + le) // 2
        s = max(s, mid - limit // 2)
        e = min(e, s + limit)
        s = max(s, e - limit)
        if s > 0 and line[s - 1] != " ":
            sp = line.find(" ", s)
            s = sp + 1 if 0 <= sp < ls else s
        if e < len(line) and line[e : e + 1] != " ":
            sp = line.rfind(" ", s, e)
            e = sp if sp > le else e
    return collapse(line[s:e])


@lru_cache(maxsize=2048)
def _per_line(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as it reads each block: a block is one line, so ``^`` and ``$`` are a block's start and end. In the
    joined text they must be each line's (MULTILINE), or every anchored pattern would find only the first block (a
    CCTV page's last line "CCTV enquiries: 01773 …" was never a contact line: held-back web 329's Amber Valley)."""
    return rx if rx.flags & re.MULTILINE else re.compile(rx.pattern, rx.flags | re.MULTILINE)


class BlockText:
    """Blocks joined into one string, so a pattern is searched once, not once per block.

    Matches are mapped back to their block and confirmed inside it (a pattern may not
    straddle two blocks: each is a paragraph of its own).
    """

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.joined = "\n".join(b.text for b in blocks)
        self.starts: list[int] = []
        pos = 0
        for b in blocks:
            self.starts.append(pos)
            pos += len(b.text) + 1

    def _block_at(self, pos: int) -> int:
        import bisect

        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def matches(self, rx: re.Pattern[str], limit: int = 100_000):
        """(position, match within the block) for each block holding a match, in order."""
        pos, n, end = 0, 0, len(self.joined)
        joined_rx = _per_line(rx)
        while pos <= end and n < limit:
            m = joined_rx.search(self.joined, pos)
            if m is None:
                return
            i = self._block_at(m.start())
            mm = rx.search(self.blocks[i].text)
            if mm is not None:
                n += 1
                yield i, mm
            # one match per block is enough; a match straddling blocks is not a match
            pos = self.starts[i + 1] if i + 1 < len(self.starts) else end + 1

    def indices(self, rx: re.Pattern[str], limit: int = 100_000) -> list[int]:
        """Positions (in `blocks`) of the blocks holding a match, in order, each once."""
        return [i for i, _ in self.matches(rx, limit)]

    def first(self, rx: re.Pattern[str]) -> tuple[Block, re.Match[str]] | None:
        """The first match in a non-heading block, else the first in a heading."""
        fallback = None
        for i, mm in self.matches(rx):
            b = self.blocks[i]
            if not b.heading:
                return b, mm
            if fallback is None:
                fallback = (b, mm)
        return fallback
