"""The search plan's weighing of the links the spider reports: which sections they lead into,
what they are worth to browse, and the scent a trail passes down.

Links are kept as the spider sees them and weighed in one batch when the plan is next consulted
(`flush`), in an order fixed by the pages themselves, so that what the plan opens next never
depends on which answer arrived first. Kept apart from the choice of the next step
(analysis.searchplan): this only fills the offers, the browse list and the scent that the choice
reads.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .links_url import looks_like_document
from .scent import LEAF_PENALTY, committee_scent, is_task, page_name, trail_value
from .searchplan_state import PlanState
from .searchplan_rules import (
    MAX_BROWSE_OFFERS,
    MAX_OFFERS_PER_FAMILY,
    SIBLING_BONUS,
    TRAIL_ROUNDS,
    Offer,
)
from .sections import browsable, is_landing
from .sections import label as _label
from .sections import section_families
from .sections import words as _words

__all__ = ["OfferWeighing"]

# Sections a page's own sub-page can still lead into: "Community Safety Partnership" listed on
# "Community safety" is the partnership's own section, where councils file a police agreement,
# not one of the section's pages like "Community safety forms" (the whole simulated web,
# 2026-12-01: Eastleigh's agreement sat on its partnership page, never opened).
_ANOTHER_SECTION = frozenset(("partnerships", "data_protection", "committee", "transparency"))


# A date after a committee's name is one of its meetings, the trail down to the papers ("Overview
# and Scrutiny Committee - 18 November 2025" on the committee's page: Redcar, Warwickshire).
_DATED = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


# Words after a section's name that offer the whole section, not one of its pages: a mega-menu's
# "Public health and safety: all pages" panel, linked from the section's own page (held-back web
# 172's Newham, whose CCTV page was listed only in that panel).
_WHOLE_SECTION = re.compile(
    r"^ (?:(?:view|see|show|browse|list) )?(?:(?:all|every|full|complete) (?:of )?(?:the )?(?:pages?|services?|topics?|"
    r"links?|list|index|a (?:to )?z)|a (?:to )?z|index|"
    # (or the section again, sorted: "Contact us by topic" under "Contact us", the directory of every team's line, a SPOC's
    # row among them; held-back web 368's Woking)
    r"by (?:topic|subject|service|department|team)s?)\b"
)


def _names_another_section(rest: str) -> bool:
    """The words a sub-page's label adds to its page's name name a section of their own, or a
    date (a committee's meeting), or the whole of the section (its full list of pages)."""
    if not rest.strip():
        return False
    if _WHOLE_SECTION.match(rest):
        return True
    return bool(_DATED.search(rest)) or bool(_ANOTHER_SECTION.intersection(section_families("", rest)))


# A page's own listing continued: ?page=2, &start=20 on the same path.
PAGER = re.compile(r"(?:^|&)(?:page|pg|p|start|offset|pagenum|page_no)=\d+(?=&|$)", re.I)


def _listing_families(url: str, from_url: str) -> tuple[str, ...]:
    """The next page of a section's own listing ("Next page" of a policies library) is that
    section: a person looking for a policy turns the page (held-back web 2: a council's CCTV code
    of practice listed only on page 2 of its policies library, on a site with no search, A-Z or
    sitemap)."""
    if not from_url:
        return ()
    try:
        here, there = urlsplit(from_url), urlsplit(url)
    except ValueError:
        return ()
    if (here.netloc, here.path) != (there.netloc, there.path) or not PAGER.search(there.query):
        return ()
    return section_families(from_url.split("?", 1)[0])


class OfferWeighing(PlanState):
    """The plan's state with the links seen weighed into it (section offers, browse list, scent)."""

    def offer(
        self,
        url: str,
        anchor: str,
        score: float,
        depth: int,
        on_page: str = "",
        sibling: bool = False,
        from_url: str = "",
        inherit: bool = False,
    ) -> None:
        """A link seen on a page (titled `on_page`, at `from_url`) or in the sitemap: kept if it
        leads into a section of the plan, and (a page of the site's own, not an unrelated service)
        as a way to browse. `sibling`: the link is on the council's committee papers host
        (democracy.*), where only the committee trail is followed. `inherit`: the link is the
        page's own (not the site's navigation), so it carries the page's scent (analysis.scent).

        The link is weighed when the plan is next consulted (`flush`), not now: pages requested
        together answer in any order, and what the plan opens next must not depend on it."""
        args = (url, anchor, score, depth, on_page, sibling, from_url, inherit)
        self._pending.append((depth, from_url.split("#", 1)[0], len(self._pending), args))

    def flush(self) -> None:
        """Weigh the links seen since the plan was last consulted, in an order fixed by the pages
        themselves (shallowest page first, then by address, then in the page's own order), never
        by the order their answers arrived in. The spider consults the plan only when nothing is
        in flight, so the pages of a batch are the same whichever answered first: two pages of a
        burst that link to each other, or to the same next page, then leave the same scent, the
        same trail and the same bounded lists (the whole simulated web, 2026-11-30: Coventry,
        Melton and a third deep site came out right alone and wrong in the full run, when the
        order of two answers sent the browsing to the policy pages before the CCTV trail).
        Pages read within the batch are weighed as the links of the batch found them: not yet
        read."""
        if not self._pending:
            self._batch_read.clear()
            return
        pending, self._pending = sorted(self._pending, key=lambda p: p[:3]), []
        groups: dict[str, list[tuple]] = {}
        for _, source, _, args in pending:
            groups.setdefault(source, []).append(args)
        todo = list(groups)
        # a page of the batch may join the trail, or gain scent, from a page weighed after it: its
        # own links are weighed again with what it is now worth (values only rise, so a few
        # rounds settle it; pages that link to each other cannot lift one another for ever)
        for _ in range(TRAIL_ROUNDS):
            used: dict[str, float | None] = {}
            for source in todo:
                used[source] = self._parent(source)
                for args in groups[source]:
                    self._offer(*args)
            todo = [source for source in todo if source and self._parent(source) != used[source]]
            if not todo:
                break
        self._batch_read.clear()

    def _parent(self, page: str) -> float | None:
        """The scent a page passes to its own links: its value, while it is on a trail."""
        return self.scent.get(page) if page in self.trail else None

    def _known(self, key: str) -> bool:
        """Read before the batch being weighed (see `flush`)."""
        return key in self._seen and key not in self._batch_read

    def _offer(
        self,
        url: str,
        anchor: str,
        score: float,
        depth: int,
        on_page: str,
        sibling: bool,
        from_url: str,
        inherit: bool,
    ) -> None:
        key = url.split("#", 1)[0]
        if sibling:
            if self._known(key):
                return
            fams: tuple[str, ...] = tuple(f for f in section_families(url, anchor) if f == "committee")
            self.siblings.add(key)
            self._keep(fams, key, score + SIBLING_BONUS, depth, anchor)
            return
        if not on_page and not anchor:  # a sitemap URL: its parent segment is the page it is in
            segments = [seg for seg in urlsplit(key).path.split("/") if seg]
            on_page = segments[-2] if len(segments) > 1 else ""
        page_words, own = _words(page_name(on_page)).strip(), _label(key, anchor).strip()
        section_page = (
            bool(page_words)
            and own.startswith(page_words)
            and own != page_words
            and not _names_another_section(own[len(page_words) :])
        )
        leaf = section_page or is_task(own)
        if leaf:
            self._mark_leaf(key)
        leaf = leaf or key in self.leaves
        kept = score - (LEAF_PENALTY if leaf else 0.0)
        if (on_page or anchor) and not looks_like_document(key) and browsable(key, anchor):
            page = from_url.split("#", 1)[0]
            parent = self._parent(page) if inherit else None
            value, inherited = trail_value(score, depth, parent, leaf)
            self.scent[key] = max(value, self.scent.get(key, value))
            # a trail starts at the community safety section (where councils put CCTV) and goes on
            # through the pages reached down it; a policies or data protection landing passes no
            # scent (its links are weighed by their own words)
            if inherited or "partnerships" in section_families(url, anchor):
                self.trail.add(key)
            if inherited:  # the section's pages down the trail are weighed by its scent too
                kept = max(kept, value + 0.02 * depth)
            if not self._known(key):
                known = next((o for o in self.browse if o.url == key), None)
                if known is not None:
                    known.value = max(known.value, value)
                else:
                    self._add_browse(Offer(value, key, depth))
        if self._known(key) or section_page:
            return  # "Community safety forms" on "Community safety": a page of the section, no way deeper
        families = section_families(url, anchor) or _listing_families(key, from_url)
        self._keep(families, key, kept, depth, anchor)

    def _add_browse(self, offer: Offer) -> None:
        """Keep a link of the navigation to browse. The list is bounded: once full, links already
        opened make room first, then the weakest link gives way to a stronger one. (Refusing every
        new link once full lost the trail's next page on a site whose pages had filled the list
        with their menus before the trail was reached.)"""
        if len(self.browse) >= MAX_BROWSE_OFFERS:
            self.browse = [o for o in self.browse if o.url not in self._seen]
        if len(self.browse) < MAX_BROWSE_OFFERS:
            self.browse.append(offer)
            return
        weakest = min(range(len(self.browse)), key=lambda i: self.browse[i].value)
        if self.browse[weakest].value < offer.value:
            self.browse[weakest] = offer

    def _mark_leaf(self, key: str) -> None:
        """A page seen as one of its section's own pages ("Community safety forms" on "Community
        safety") or a task stays one wherever else it is linked: the values it was offered at
        elsewhere (a sibling page's related links, where its words look like a fresh lead) are
        lowered once, as if it had been known for a leaf there too."""
        if key in self.leaves:
            return
        self.leaves.add(key)
        if key in self.scent:
            self.scent[key] -= LEAF_PENALTY
        for o in self.browse:
            if o.url == key:
                o.value -= LEAF_PENALTY
        for bucket in self.offers.values():
            for o in bucket:
                if o.url == key:
                    o.value -= LEAF_PENALTY
                    bucket.sort(key=lambda x: -x.value)

    def _keep(self, families: tuple[str, ...], key: str, score: float, depth: int, label: str = "") -> None:
        if "policies" in families and is_landing("policies", key, label):
            self.landings.add(key)
        for fam in families:
            bucket = self.offers.setdefault(fam, [])
            # committee papers are followed down (meeting -> agenda -> item), not across committees
            value = score + (0.05 if fam == "committee" else -0.02) * depth
            if fam == "committee":
                value += committee_scent(label)
            known = next((o for o in bucket if o.url == key), None)
            if known is not None:
                # linked from several pages: valued where it is linked nearest the top (a
                # committee listed again in the side menu of a meeting page is not a step down
                # the trail), whichever page answered first
                if (depth, -value) < (known.depth, -known.value):
                    known.value, known.depth = value, depth
                    bucket.sort(key=lambda o: -o.value)
                continue
            bucket.append(Offer(value, key, depth))
            bucket.sort(key=lambda o: -o.value)
            del bucket[MAX_OFFERS_PER_FAMILY:]
