"""An FOI answer sheet: the asker's questions about the cameras, each answered (read by analysis.foi_answer).

Split from foi_answer.py, which decides whether an FOI answer states the council's own facts; this module only finds the
shape of an answered request, whatever the layout a text layer gives it: the answer on the next line, under its own label
line, numbered under "Response", in the next cell of a table, run into a request's bullet, or in the officer's first person.
A refusal, "not held" or a bare count answers nothing about the cameras.
"""

from __future__ import annotations

import re

__all__ = ["answer_sheet"]


# An answer sheet: the asker's question about the cameras, then the council's answer on the next line
# ("Q1. Does the council or a contractor run your CCTV room?" / "The council."; "Q3. How many people
# staff the room?" / "A supervisor and six operators"), or the answers
# numbered under "Response" ("Q1 - 96"). A refusal or "not held" answers nothing about the cameras.
_CAMERA_QUESTION = re.compile(
    # (Welsh: "Cwestiwn 1: Faint o gamerâu teledu cylch cyfyng sydd gan y Cyngor?", a county's answer, real-text round 111)
    r"^[^\n]*\b(?:cctv|cameras?|control\s+room|surveillance|(?:c|g|ch|ngh)amer[aâ]u|teledu\s+cylch\s+cyfyng)\b[^\n]*\?[ \t]*$|"
    # (or put as a bullet of the request: "- Please state whether the council's CCTV system holds … certification." over the
    # council's answer on the next line, a disclosure log's entry, real-text round 102)
    r"^[ \t]*[-•*]\s*please\s+(?:state|provide|confirm|tell\s+me|list|give|supply|disclose)\b[^\n?]*"
    r"\b(?:cctv|cameras?|control\s+room|surveillance|compliance\s+with\s+the\s+code)\b[^\n?]*$",
    re.I | re.M,
)
_NUMBERED_ANSWER = re.compile(r"^\s*Q\s*\d{1,2}\s*[.:)–-]\s*(?P<a>[^\n?]{1,200})$", re.I | re.M)
# the request's next numbered item ("2) If so, please disclose …"), not an answer
_NEXT_ITEM = re.compile(r"\s*(?:Q\s*\d{1,2}\s*[.:)–-]|\(?\d{1,2}[.)]|\(?[a-z][.)]\s)", re.I)
_RESPONSE_HEAD = re.compile(r"^\s*(?:response|answer|our\s+response|reply)\s*:?\s*$", re.I | re.M)
_NO_ANSWER = re.compile(
    r"\bnot\s+held\b|\bdo(?:es)?\s+not\s+hold\b|\bexempt\b|\brefus|\bwithh[eo]ld|\bsection\s+\d+\b|\bdeclin|"
    r"\bno\s+information\b|\bn/?a\b|^\W*$|"
    # Welsh: "Nid yw'r Cyngor yn dal yr wybodaeth hon" (not held), an exemption or a refusal
    # (or by its name: "Nid yw Cyngor Sir [X] yn dal yr wybodaeth hon", real-text round 102)
    r"\bnid\s+yw'?r\s+cyngor\s+yn\s+dal\b|\bnid\s+yw\s+cyngor(?:\s+[\w'’-]+){1,3}\s+yn\s+dal\b|\bddim\s+yn\s+(?:cael\s+ei\s+)?dal\b|"
    r"\beithriad\b|\bgwrthod\b",
    re.I,
)
# an answer sent elsewhere ("Our response is attached") says nothing itself; a full answer that also encloses a copy ("Yes.
# [The council] and [the force] have a Service Level Agreement …, which came into force on 1 April 2022 … A copy … is
# attached", real-text round 47) has said it
_SENT_ELSEWHERE = re.compile(r"\battached\b|\benclosed\b|\bsee\s+(?:below|above|the\s+attached)\b", re.I)


def _says_nothing(answer: str) -> bool:
    return bool(_NO_ANSWER.search(answer) or (_SENT_ELSEWHERE.search(answer) and len(answer) < 100))


# The answer after its question on the same line: "1. Does the council have an agreement with the police about its
# CCTV? Yes. [The council] has a service level agreement with …" (real-text round 25)
_INLINE_ANSWER = re.compile(
    r"^[^\n]*\b(?:cctv|cameras?|control\s+room|surveillance)\b[^\n?]*\?[ \t]+(?:yes|no)\b[.,;:]?[ \t]+(?-i:[A-Z])[^\n?]{20,}$",
    re.I | re.M,
)
# "[The council] holds the following information." then the answers as labelled figures: "1. Number of public space
# cameras operated by the council: 146 (…)" (a county's FOI reply, real-text round 25)
# (or the answers numbered as the request numbered its questions: "Thank you for your request … about cameras operated by [the
# council]. Using your numbering: 1. Number of public space CCTV cameras: 96, …", a city's disclosure log, real-text round 111)
_HOLDS_INFORMATION = re.compile(
    r"(?<!not\s)\bholds\s+(?:the\s+following|this|some\s+of\s+the)\s+information\b|\busing\s+your\s+numbering\b|"
    r"\bin\s+the\s+order\s+of\s+your\s+questions\b",
    re.I,
)
_LABELLED_FIGURE = re.compile(
    r"^\s*\(?\d{1,2}[.)]\s+[^\n:?]*\b(?:cctv|cameras?|control\s+room|operators?|retention|monitored)\b[^\n:?]*:\s*[^\n]*\d",
    re.I | re.M,
)


# The answers set out as a table, the question in one cell and the council's answer in the next: "Question | Answer" over "1.
# Is your public space CCTV system certified …? | Yes." (real-text round 105's district, county borough and borough FOI answers)
_TABLE_HEAD = re.compile(
    r"^\W*(?:your\s+)?(?:questions?|requests?|cwestiwn)\s*\|\s*(?:our\s+|the\s+council(?:'s|’s)\s+)?(?:answers?|responses?|"
    r"replies|reply|ateb|ymateb)\s*$",
    re.I | re.M,
)
_TABLE_ROW = re.compile(r"^(?P<q>[^\n|]*\?)\s*\|\s*(?P<a>[^\n|]+)$", re.M)
_CAMERA_WORD = re.compile(r"\b(?:cctv|cameras?|control\s+room|surveillance|spoc|single\s+point\s+of\s+contact)\b", re.I)


def _answered_table(sample: str) -> bool:
    head = _TABLE_HEAD.search(sample)
    return bool(head) and any(
        _CAMERA_WORD.search(row.group("q")) and not _says_nothing(row.group("a"))
        for row in _TABLE_ROW.finditer(sample, head.end() if head else 0)
    )


# A request's item as a bullet, its answer indented below it and run into its line as the text is read: "- Total number of …
# public space CCTV cameras operated by the council 312" (a disclosure log entry, real-text round 112)
_BULLET_FIGURE = re.compile(
    r"^[ \t]*[-•*][ \t]*(?:the\s+)?(?:total\s+)?(?:number|total|how\s+many)\b[^\n?]*\b(?:cctv|cameras?)\b[^\n?]*\s\d[\d,]*[ \t]*$",
    re.I | re.M,
)


def answer_sheet(text: str) -> bool:
    """An answer sheet: the asker's camera questions, each answered on the next line (or numbered under \"Response\", or in
    the next cell of a table)."""
    sample = text[:20_000]
    if _BULLET_FIGURE.search(sample):
        return True
    if _INLINE_ANSWER.search(sample) or (_HOLDS_INFORMATION.search(sample) and _LABELLED_FIGURE.search(sample)):
        return True
    if _answered_table(sample):
        return True
    for m in _CAMERA_QUESTION.finditer(sample):
        rest = sample[m.end() :].lstrip("\n \t")
        labelled = _ANSWER_LABEL_LINE.match(rest)
        if labelled:
            # the answer's own label on a line of its own ("Response", "Ymateb:"), then the answers, however long; answers that
            # all say nothing of the cameras ("Nid yw Cyngor Sir [X] yn dal yr wybodaeth hon" and where to ask instead, real-text
            # round 102) answer nothing
            lines = [ln.strip() for ln in rest[labelled.end() :].split("\n")[:12] if ln.strip()]
            if any(
                "?" not in ln and _ANSWER_SUBJECT.search(ln) and not _BARE_COUNT.match(ln) and not _says_nothing(ln)
                for ln in lines
            ):
                return True
            continue
        nxt = rest.split("\n", 1)[0].strip()
        if nxt and "?" not in nxt and len(nxt) < 300 and not _NEXT_ITEM.match(nxt) and not _says_nothing(nxt):
            return True
    head = _RESPONSE_HEAD.search(sample)
    if head and re.search(r"\b(?:cctv|cameras?)\b", sample[: head.start()], re.I):
        if any(not _says_nothing(a.group("a")) for a in _NUMBERED_ANSWER.finditer(sample, head.end())):
            return True
        # the questions restated under "Response", each followed by its answer line ("1. The number of
        # CCTV cameras in your area." / "• 2024 - 7")
        lines = [ln.strip() for ln in sample[head.end() :].split("\n") if ln.strip()]
        for q, a in zip(lines, lines[1:]):
            if _ITEM.match(q) and not _ITEM.match(a) and re.search(r"\d", a) and len(a) < 200 and not _says_nothing(a):
                return True
    # the officer's answer in the first person: "I can confirm that there are 75 CCTV
    # cameras …", "I can confirm that the council operates 40 cameras"
    return any(
        re.search(r"\b(?:cctv|cameras?)\b", sample[m.end() : m.end() + 200].split(".")[0], re.I)
        and not _says_nothing(sample[m.end() : m.end() + 200].split(".")[0])
        for m in _ANSWER_VOICE.finditer(sample)
    )


_ITEM = re.compile(r"\(?\d{1,2}[.)]\s+\S")
# a bare count, numbered as its question ("1. 90 o gamerâu.", "2. 45 cameras."), answers a question and publishes nothing (real-text
# round 8's label, kept by the round 65 lesson)
_BARE_COUNT = re.compile(
    r"^\W*(?:\(?[\da-z]{1,2}[.)]\s*)?\d[\d,]*\s+(?:o\s+)?(?:(?:c|g|ch|ngh)amer(?:a|âu|au)|cameras?|cctv\s+cameras)\W*$",
    re.I,
)
# what an answer under its label speaks of, for it to be an answer about the cameras (not the reply's closing advice)
_ANSWER_SUBJECT = re.compile(
    r"\b(?:cctv|cameras?|system|control\s+room|certifi\w*|(?:c|g|ch|ngh)amer(?:a|âu|au)|teledu\s+cylch\s+cyfyng|ardystiad)\b",
    re.I,
)
_ANSWER_LABEL_LINE = re.compile(
    r"\A\W*(?:response|answer|reply|our\s+response|ymateb|ateb|ein\s+hymateb)\s*:?[ \t]*(?:\n|\Z)", re.I
)
_ANSWER_VOICE = re.compile(
    r"\b(?:I|we)\s+(?:can|would|am\s+able\s+to)\s+(?:advise|confirm|inform)\s+(?:you\s+)?that\s+(?=there\s+(?:are|is|were)\s+"
    r"(?:a\s+total\s+of\s+)?\d|the\s+(?:council|authority)\s+(?:operates|runs|owns|has|monitors))",
    re.I,
)
