"""Criteria given by the answers of a CCTV page's questions and answers (see vocab_questions)."""

from __future__ import annotations

import re

from .decoys import names_another_issuer, without_decoy_sentences
from .info_region import not_the_councils
from .segments import Block
from .vocab_questions import QUESTION_CRITERIA

__all__ = ["answered_criteria"]

_MAX_ANSWER = 600
_YES_NO = re.compile(r"^\s*(?:yes|no)\b[.,!]?\s+(?=\S)", re.I)


def _answer_text(by_index: dict[int, Block], q: Block, in_region: set[int], own_name: str | None) -> str | None:
    """The paragraph right under a question: not a heading, not another question, short (an answer, not the next
    section's text). An answer left out of the council's region for a sentence about another body's cameras ("…
    Witham's cameras belong to the town council") keeps its other sentences."""
    b = by_index.get(q.index + 1)
    if b is None or b.heading:
        return None
    text = b.text.strip()
    if b.index not in in_region:
        text = without_decoy_sentences(text).strip()
        first = text.split(". ")[0]
        if names_another_issuer(first) or not_the_councils(first, own_name):
            return None
    if not text or text.endswith("?") or len(text.split()) < 2 or len(text) > _MAX_ANSWER:
        return None
    return text


def answered_criteria(
    blocks: list[Block], region: list[Block], subject: re.Pattern[str] | None = None, own_name: str | None = None
) -> dict[str, str]:
    """Criterion -> the answer's first sentence, for each question of the region whose answer follows it.

    `subject`, on a page that is not about CCTV as a whole: the question or its answer must name it (a general
    privacy notice's "How long do we keep your data?" is about every record the council holds)."""
    by_index = {b.index: b for b in blocks}
    in_region = {b.index for b in region}
    found: dict[str, str] = {}
    for q in region:
        text = q.text.strip()
        if not text.endswith("?") or len(text) > 160:
            continue
        keys = [k for k, rx in QUESTION_CRITERIA.items() if k not in found and rx.search(text)]
        if not keys:
            continue
        answer = _answer_text(by_index, q, in_region, own_name)
        if answer is None or (subject is not None and not (subject.search(text) or subject.search(answer))):
            continue
        # (the answer's own words, not its "Yes." or "No.": "Yes. Ask for it with a subject access request …")
        answer = _YES_NO.sub("", answer) or answer
        first = answer.split(". ")[0]
        if len(first) < len(answer) and not first.endswith("."):
            first += "."
        for key in keys:
            found[key] = first
    return found
