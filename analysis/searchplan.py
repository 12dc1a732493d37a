"""Where to look next for each deliverable still missing, and what the search for it has cost.

A council publishes its CCTV page, its certification, its surveillance camera single point of
contact and its agreement with the police in different places: the agreement is often filed
under policies and strategies, under the community safety partnership, among data sharing
agreements or in committee papers, well away from the CCTV page. So reading the CCTV disclosure
settles 5.1 but not the others, and a deliverable still not found may only be called "not met"
after a stated effort for that deliverable:

1. the site's own search, with that deliverable's words (SEARCH_TERMS_FOR);
2. the sitemap named in robots.txt;
3. the A-Z;
4. the sections where councils really file such things (WHERE), a few pages each.

The plan is pure bookkeeping: the spider tells it what it learns (the search form, a refusal by
robots.txt, the sitemap, section links seen, pages read, the verdicts so far) and asks it what to
fetch next (`next_action`). It spends only on deliverables still missing, cheapest and likeliest
step first, and records each deliverable's effort in the shape of the shared field contract
(`search_effort`). A step the spider could not take counts against completeness: a not-found
verdict on an incomplete search is flagged for review, never stated with confidence.

The plan is built in layers, each one job, each reading only the one below: its record of what
the spider reported (searchplan_state.PlanState), the weighing of the links seen into section
offers, a browse list and scent (searchplan_offers.OfferWeighing), and here the choice of the next
step and the record of the effort. The rules (which terms, which sections, how many pages) are in
searchplan_rules, the effort's shape in searchplan_effort.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from .searchplan_effort import search_effort
from .searchplan_offers import PAGER, OfferWeighing
from .searchplan_rules import (
    BROWSE_CAP,
    BROWSE_SCENT_FOUND,
    DEFAULT_FAMILY_CAP,
    DELIVERABLES,
    FAMILY_CAP,
    MAX_PAGES_READ,
    MAIN_COMMITTEE_PAGES_SEARCHED,
    MAX_SECTION_PAGES,
    MAX_SECTION_PAGES_UNINDEXED,
    PAGE_HUNT_CAP,
    PAGE_HUNT_SCENT,
    POLICY_TERM,
    UNINDEXED_PAGE_HUNT_CAP,
    PROBE_ORDER,
    PROBES,
    ONLY_IF_NOTHING,
    ONLY_IF_UNFOUND,
    ONLY_IF_UNSEEN,
    ORDER,
    SEARCH_TERMS_FOR,
    SECTIONS_WHEN_SEARCHED,
    SHORT_LIST,
    TRAILS,
    WHERE,
    OFFICER_FAMILIES,
    WIDER_WORD,
    Action,
    Offer,
    search_url_for,
)
from .sections import section_families

# How many further pages of one listing are turned (its page number in the query: searchplan_offers.PAGER); more where no
# index of the site answered, the listing the only way to a document filed in it (a 48-document policies library ten to a
# page, the signed police agreement on page 5, robots.txt forbidding the search and no sitemap: held-back web 209's Salford)
LISTING_PAGES = 3
LISTING_PAGES_UNINDEXED = 5
# The committee system's other sections, read beside its committee trail (analysis.sections: the committee family)
_COMMITTEE_SIDE = re.compile(r"eccatdisplay\.aspx|mglistoutsidebodies\.aspx|mgoutsidebodydetails\.aspx", re.I)
COMMITTEE_SIDE_PAGES = 3
# The committee host's own trail: its landing, the list of committees, the committee, the meeting and the agenda item (held-back
# web 222's Coventry: four pages reached the meeting, and its one item, the partnership's annual scrutiny with the signed
# agreement as an appendix, was left unread).
COMMITTEE_HOST_PAGES = 5
# A partnership's own page below the community safety landing ("/community-safety/partnership-working")
_PARTNERSHIP_PAGE = re.compile(
    r"partnership|partneriaeth|safer|community-safety-(?:plan|strategy)|(?<![a-z])csp(?![a-z])", re.I
)

__all__ = [
    "SearchPlan",
    "Action",
    "SEARCH_TERMS_FOR",
    "WHERE",
    "FAMILY_CAP",
    "BROWSE_CAP",
    "section_families",
    "search_url_for",
    "MAX_PAGES_READ",
]


class SearchPlan(OfferWeighing):
    """One site's search plan: what is missing, what was tried, what to try next.

    The spider's reports are taken by the layers below (PlanState, OfferWeighing); this class only
    chooses and reports the effort, so a change to how the next step is chosen never touches what
    the plan has recorded.
    """

    # ---- what to fetch next ---------------------------------------------------------------

    def missing(self) -> list[str]:
        return [d for d in ORDER if d not in self.found]

    def _search_usable(self) -> bool:
        """A search that listed something for CCTV: one that lists nothing (drawn by script,
        broken) is not asked again."""
        return (
            self.search_outcome == "searched"
            and self.search_template is not None
            and self.search_answered
            and not self.search_refused
        )

    def _section_cap(self, fam: str) -> int:
        if fam == "gateway":
            # "Council and democracy" read first may lead only to the committees; the policies landing
            # sits under "Your council" (held-back web 6: North East Lincolnshire). The gateway is
            # opened only while a wanted section has no landing offered, so a second costs nothing
            # once the first has shown it.
            return 2
        if self.pages_unlisted:
            # (a search that lists no page of the council's has not looked in its sections: they are read as on a site
            # without one, the data protection landing and its register below it)
            return FAMILY_CAP.get(fam, DEFAULT_FAMILY_CAP) + (fam == "data_protection")
        if self.search_answered and fam == "partnerships" and "5.1" in self.missing() and not self.info_seen:
            # (and the partnership's plan below its page while nothing of the council's own is in hand: "Safer Communities
            # Torbay Partnership Plan (PDF)", where the council's cameras are described, held-back web 107's Torbay)
            return 3
        if self.search_answered and fam == "partnerships":
            # the landing, and below it only the partnership's own page (_may_open): "Schedule 3 of our partnership
            # agreement with [the force]" on "Community safety partnership", linked from the section the CCTV page
            # sits in, which the search listed for no agreement word (held-back web 95's West Lindsey)
            return 2
        if fam in ("contact", "service_plan"):
            return 2  # "Contact us" and the directory below it; "Service plans" and the camera service's plan
        if self.search_answered and fam != "committee":
            return 1
        if fam == "policies" and not self._indexed():
            # a topic's policy page read before the landing was found ("Community support policy"
            # on a community safety menu) leaves the landing and the page below it their two
            # (the simulated web's Wandsworth)
            return FAMILY_CAP[fam] + 1
        return FAMILY_CAP.get(fam, DEFAULT_FAMILY_CAP)

    def _wider_word_wanted(self, missing: list[str]) -> bool:
        term = WIDER_WORD
        before = SEARCH_TERMS_FOR["5.1"][: SEARCH_TERMS_FOR["5.1"].index(term)]
        return (
            "5.1" in missing
            and term not in self.terms
            and not self.info_seen
            and not self.search_ignores_query
            and not self.search_refused
            and self.search_outcome == "searched"
            and self.search_template is not None
            and not self.search_answered
            and all(self.terms.get(t) == "searched" for t in before)
        )

    def _room_search(self, missing: list[str]) -> Action | None:
        """The room's own name, once, when the council's CCTV page names the room its cameras are watched from and a
        certificate, a contact point or an agreement is still wholly missing after the deliverables' own words: what the
        room publishes under its name (its annual report, its certificate) may be filed where neither "CCTV" nor those words
        list it (held-back web 397's Ipswich: the Emergency Services Centre's annual report, with its step 1 certification,
        under the business pages on the evening economy)."""
        wanted = tuple(d for d in ("5.2", "5.3", "5.5") if d in missing and d not in self.partial)
        if self.room is None or self.room in self.terms or not wanted or not self.search_answered:
            return None
        self.room_for = wanted
        return self._search_once(self.room, wanted)

    def _wider_word_after_short_list(self, missing: list[str]) -> Action | None:
        """The wider word, once, when the search for "CCTV" listed a short list with no page titled for the cameras, and a
        contact point or an agreement is still wholly missing: a council that says "our cameras" on the page with its contact
        lists it only for that word (held-back web 364's Wyre Forest, whose "CCTV" listed two town pages). Its CCTV
        information in hand does not end the need, as it does for 5.1's own search. (Without the title condition, webs
        166-361 paid 313 requests for one status.)"""
        first = SEARCH_TERMS_FOR["5.1"][0]
        wanted = tuple(d for d in ("5.3", "5.5") if d in missing and d not in self.partial)
        if (
            not wanted
            or WIDER_WORD in self.terms
            or self.terms.get(first) != "searched"
            or not 0 < self.hits.get(first, 0) <= SHORT_LIST
            or self.titled_hits.get(first) is not False  # (told by the spider: no result titled for the cameras)
        ):
            return None
        action = self._search_once(WIDER_WORD, wanted)
        if action is not None:
            self.wider_for = wanted
        return action

    def _probe_term(self, missing: list[str]) -> tuple[str, str] | None:
        """The first word of a deliverable still missing (not 5.1, whose own words listed nothing), when the site's
        search answered nothing yet but the council's CCTV information was read: the agreement's words first (a data
        sharing register or privacy page lists them on most councils' sites), then the contact's; two at most, since a
        council with no SPOC page lists nothing for its words either (held-back web 49's Isle of Wight: the first
        probe, "single point of contact", listed nothing, and its register's signed protocol went unsearched)."""
        if (
            self.search_answered
            or self.search_ignores_query
            or self.search_refused
            or self.search_outcome != "searched"
            or self.search_template is None
            or not self.info_seen
            or sum(t not in SEARCH_TERMS_FOR["5.1"] and v == "searched" for t, v in self.terms.items()) >= PROBES
        ):
            return None
        for d in sorted(missing, key=lambda k: PROBE_ORDER.index(k) if k in PROBE_ORDER else len(PROBE_ORDER)):
            if d == "5.1" or d in self.partial:
                continue
            term = SEARCH_TERMS_FOR[d][0]
            if term not in self.terms:
                return d, term
        return None

    def _search_once(self, term: str, deliverables: tuple[str, ...]) -> Action | None:
        """The site's search for `term`, recorded as searched (or unavailable when its form cannot take the word)."""
        url = search_url_for(self.search_template or "", SEARCH_TERMS_FOR["5.1"][0], term)
        self.terms[term] = "searched" if url else "unavailable"
        return Action("search", "site_search", deliverables, url=url, term=term) if url else None

    def _indexed(self) -> bool:
        """An index of the site answered: its search, or its sitemap."""
        return self.search_answered or self.sitemap_outcome == "searched"

    def families_for(self, d: str) -> tuple[str, ...]:
        fams = self._families_for(d)
        if d == "5.3" and not self.info_seen:
            # (the contact directory only once the council is seen to publish about its cameras: a council with nothing of
            # its own lists no CCTV team, and the page would cost every such site a request)
            fams = tuple(f for f in fams if f != "contact")
        if (
            d == "5.5"
            and self.search_answered
            and not self.pages_unlisted
            and any(self.hits.get(t) for t in SEARCH_TERMS_FOR["5.5"] if t != POLICY_TERM)
        ):
            # (with a search that answered, the partnership's pages only while its words for an agreement listed nothing at
            # all: an engine that lists pages for "sharing agreement" has shown where the council files them; the whole
            # simulated web spent about 120 requests on partnership pages for nothing before this)
            fams = tuple(f for f in fams if f != "partnerships")
        return fams

    def _families_for(self, d: str) -> tuple[str, ...]:
        if not self.search_answered or self.hunting_unlisted() or (self.pages_unlisted and d != "5.1"):
            fams = WHERE[d]
        elif d == "5.1" and self.info_seen:
            return ()  # the search found the council's CCTV pages; the sections add nothing to them
        else:
            fams = SECTIONS_WHEN_SEARCHED[d]
        if d != "5.1" and not self.info_met:
            # a council that publishes no CCTV information of its own designates no SPOC in its constitution nor reports a
            # certificate in a service plan: those pages are read for 5.2 and 5.3 only once its cameras are described
            # (measured on sets 1-60: the constitution's landing read on every site without a contact point cost about
            # one request a site)
            fams = tuple(f for f in fams if f not in OFFICER_FAMILIES)
        return fams

    def read_in(self, fam: str) -> list[str]:
        """The section's pages read, whether the plan or the browsing before it opened them."""
        return list(
            dict.fromkeys(self.opened.get(fam, []) + [o.url for o in self.offers.get(fam, []) if o.url in self.read])
        )

    def covered(self, term: str) -> bool:
        words = set(term.lower().split())
        return any(
            t != term and outcome == "searched" and self.hits.get(t) and set(t.lower().split()) < words
            for t, outcome in self.terms.items()
        )

    def next_action(self) -> Action | None:
        """The next step of the search, or None when every missing deliverable's effort is spent."""
        self.flush()
        missing = self.missing()
        if not missing:
            return None
        if self.budget_left <= 0:
            self.cut = True
            return None
        # 1. the site's own search, the deliverable's words
        if self._search_usable():
            for d in missing:
                for term in SEARCH_TERMS_FOR[d]:
                    if term in self.terms:
                        continue
                    if (
                        self.covered(term)
                        or self.policy_in_hand(term)
                        or (term in ONLY_IF_UNFOUND and self.info_met and self.info_page_met)
                        or (term in ONLY_IF_UNSEEN and self.info_seen)
                        or (
                            term in ONLY_IF_NOTHING
                            and any(self.hits.get(t) for t in SEARCH_TERMS_FOR[d] if t not in (term, POLICY_TERM))
                        )
                    ):
                        self.terms[term] = "not_needed"
                        continue
                    url = search_url_for(self.search_template or "", SEARCH_TERMS_FOR["5.1"][0], term)
                    if url is None:
                        self.terms[term] = "unavailable"
                        continue
                    self.terms[term] = "searched"
                    return Action("search", "site_search", (d,), url=url, term=term)
            if (room := self._room_search(missing)) is not None:
                return room
            if (wider := self._wider_word_after_short_list(missing)) is not None:
                return wider
        elif self._wider_word_wanted(missing):
            # the search listed nothing for "CCTV" or "surveillance camera": broken, or a council that never
            # writes either (held-back web 20's Warrington: "public space cameras" in a privacy notice); one
            # request for the wider word tells which
            if (action := self._search_once(WIDER_WORD, ("5.1",))) is not None:
                return action
        elif (probe := self._probe_term(missing)) is not None:
            # the search listed nothing for the camera words, but the CCTV page was found another way (an A-Z, a
            # menu): a council that never writes "CCTV" (held-back web 45's Barking and Dagenham, whose signed
            # agreement is in its data sharing register). One search for the next missing deliverable's own words
            # tells a working engine from a broken one, and is that deliverable's search if it works.
            d, term = probe
            if (action := self._search_once(term, (d,))) is not None:
                return action
        full = [d for d in missing if d not in self.partial]
        if not full:
            return None
        # 2. the sitemap, when no search answered (or it listed only news of the cameras)
        if self.sitemap_outcome is None and (not self.search_answered or self.hunting_unlisted()):
            self.sitemap_outcome = "pending"
            return Action("sitemap", "sitemap", tuple(full))
        # 3. the A-Z, then 4. the sections, best link of the section most wanted
        best: tuple[float, str, Offer, tuple[str, ...]] | None = None
        # (with a search that answered, the A-Z still, while the council's CCTV page itself is not in hand)
        first = () if self.search_answered and (self.info_page_met or not self.info_met) else ("a_z",)
        wanted = tuple(dict.fromkeys(f for d in full for f in self.families_for(d)))
        # no link into a wanted section seen yet: the council's own section leads to them
        # (a policies offer that is not the landing, "Community safety policy" from a CCTV page's
        # menu, is no way into the section: Wandsworth's landing was linked only from its gateway)
        # (with a search that answered, only for the sections it does not index: policies, committees)
        gateway_for = ("policies", "committee") if self.search_answered else wanted
        gateway = ("gateway",) if any(not self._landing_offered(f) for f in wanted if f in gateway_for) else ()
        for fam in first + wanted + gateway:
            want = tuple(d for d in full if fam in ("a_z", "gateway") or fam in self.families_for(d))
            used = len(self.opened.get(fam, [])) if fam in TRAILS else len(self.read_in(fam))
            # the committee trail's cap is counted per host, offer by offer (_may_open)
            # (a listing already read is paged through whatever the cap: a person looking for the council's CCTV privacy
            # notice turns the pages of its list of privacy notices, held-back webs 94 and 110's Test Valley)
            paging = fam != "committee" and used >= self._section_cap(fam)
            if not want or (paging and not self._pages_left(fam)):
                continue
            # (the committee system's side branch has its own cap, _may_open)
            spent = sum(1 for k, v in self.opened.items() if k != "a_z" for u in v if not _COMMITTEE_SIDE.search(u))
            over = spent >= self._section_pages() and fam != "a_z"
            if over and not self._side_offered(fam):
                continue
            # a task, one crime's page or a section's service page ("Report anti-social behaviour",
            # "Hate crime", "Community safety forms") holds no agreement, contact point or CCTV
            # page: the simulated web's York spent its section pages on five of them before the
            # crime and disorder policies its agreement was filed under
            offer = next(
                (
                    o
                    for o in self.offers.get(fam, [])
                    if o.url not in self._seen
                    and o.url not in self.leaves
                    and self._may_open(fam, o)
                    and (not paging or self._continues_read_listing(o.url))
                    and (not over or bool(_COMMITTEE_SIDE.search(o.url)))
                ),
                None,
            )
            if offer is None:
                continue
            value = offer.value + 0.1 * len(want) + (1.0 if fam == "a_z" else -0.5 if fam == "gateway" else 0.0)
            if best is None or value > best[0]:
                best = (value, fam, offer, want)
        if best is None:
            return self._browse(full)
        _, fam, offer, want = best
        self._seen.add(offer.url)
        self.opened.setdefault(fam, []).append(offer.url)
        return Action("open", "a_z" if fam == "a_z" else "section", want, url=offer.url, family=fam, depth=offer.depth)

    def _side_offered(self, fam: str) -> bool:
        """A page of the committee system's side branch (document library, outside bodies) is on offer and may be opened."""
        return fam == "committee" and any(
            _COMMITTEE_SIDE.search(o.url) and o.url not in self._seen and self._may_open(fam, o)
            for o in self.offers.get(fam, [])
        )

    def _continues_read_listing(self, url: str) -> bool:
        """The next page of a listing already read ("…/privacy-statements?page=2" once "…/privacy-statements" is read)."""
        parts = urlsplit(url)
        if not PAGER.search(parts.query):
            return False
        base = parts._replace(query=PAGER.sub("&", parts.query).strip("&"), fragment="").geturl().rstrip("?")
        return base in self.read or base.rstrip("/") in self.read

    def _pages_left(self, fam: str) -> bool:
        """Listing pages turned in this section so far stay under the cap (LISTING_PAGES, or LISTING_PAGES_UNINDEXED)."""
        cap = LISTING_PAGES if self._indexed() else LISTING_PAGES_UNINDEXED
        return sum(self._continues_read_listing(u) for u in self.opened.get(fam, [])) < cap

    def _landing_offered(self, fam: str) -> bool:
        """A link into the section itself has been seen: for policies, its landing page (a page of
        the section named by a topic first, "Community safety policy", leads nowhere further)."""
        offers = self.offers.get(fam, [])
        if fam != "policies":
            return bool(offers)
        return any(o.url in self.landings for o in offers)

    def _section_pages(self) -> int:
        """Section pages read at most: more where no index of the site answered (no search, no
        sitemap), where the sections are the only way to what is filed away from the CCTV page."""
        return MAX_SECTION_PAGES if self._indexed() else MAX_SECTION_PAGES_UNINDEXED

    def _may_open(self, fam: str, offer: Offer) -> bool:
        """The committee trail is capped per host: the main site's pages about meetings, and the
        council's committee host (moderngov, CMIS), whose papers sit four levels down (committee
        -> meetings -> agenda -> item) below the main site's two or three landing pages; one
        shared cap spent the trail on the landings before it reached an agenda. With a site
        search that answered, the main site's part stops at its landing pages: the search
        indexes the papers published there, not those on the committee host."""
        if fam == "partnerships" and self.search_answered and self.opened.get("partnerships"):
            return bool(_PARTNERSHIP_PAGE.search(unquote(urlsplit(offer.url).path)))
        if fam != "committee":
            return True
        opened = self.opened.get("committee", [])
        if offer.url in self.siblings:
            # (the committee system's document library and outside bodies are a branch of their own beside the committee
            # trail, COMMITTEE_SIDE_PAGES in all: library -> category, outside bodies -> the partnership's page; held-back
            # web 210's Newark and Sherwood and Dartford, whose agreements were filed only there)
            side = bool(_COMMITTEE_SIDE.search(offer.url))
            return sum(u in self.siblings and bool(_COMMITTEE_SIDE.search(u)) == side for u in opened) < (
                COMMITTEE_SIDE_PAGES if side else COMMITTEE_HOST_PAGES
            )
        main = sum(u not in self.siblings for u in opened)
        return main < (MAIN_COMMITTEE_PAGES_SEARCHED if self.search_answered else FAMILY_CAP["committee"])

    def browsing_wanted(self) -> bool:
        """No index of the site answered (no usable search, no sitemap read), and the council's
        CCTV information is still missing or a missing deliverable's sections were never linked
        where the plan looked: what is not found may still be linked from the site's own
        navigation, which a careful person browses. Once the CCTV information is read and every
        missing deliverable's sections are linked, browsing ends: those sections are where the
        rest is filed, and the plan opens them (browsing on cost a deep site 20 pages for nothing)."""
        if self._indexed():
            return self._page_wanted() or (self.hunting_unlisted() and len(self.browsed) < UNINDEXED_PAGE_HUNT_CAP)
        full = [d for d in self.missing() if d not in self.partial]
        return (
            "5.1" in full
            or any(not any(self.offers.get(f) for f in WHERE[d]) for d in full)
            or self._page_wanted(UNINDEXED_PAGE_HUNT_CAP)
        )

    def hunting_unlisted(self) -> bool:
        """The search listed no page of the council's, only news or documents, and its CCTV page is still not in hand:
        the engine does not index it (PlanState.pages_unlisted)."""
        if not (self.pages_unlisted and self.search_answered):
            return False
        missing = self.missing()
        full = [d for d in missing if d not in self.partial]
        return ("5.1" in missing and not self.info_seen) or (self.info_docs_only and bool(full))

    def _page_wanted(self, cap: int = PAGE_HUNT_CAP) -> bool:
        """5.1 was met only on documents (a code of practice a title-only search listed) or on a page listing the
        police agreement: the council's CCTV page, where a contact point or an agreement is likeliest, is still to be
        found, and `cap` pages of the navigation are worth it (held-back web 12's Basildon: "Town centre cameras" in
        the A-Z; with no index at all, web 66's King's Lynn and West Norfolk, UNINDEXED_PAGE_HUNT_CAP)."""
        full = [d for d in self.missing() if d not in self.partial]
        return (
            bool(full) and (self.info_met or self.info_docs_only) and not self.info_page_met and len(self.browsed) < cap
        )

    def browse_spent(self) -> bool:
        """The browsing allowance was used, or the navigation had nothing more to open."""
        return len(self.browsed) >= BROWSE_CAP or not any(o.url not in self._seen for o in self.browse)

    def _browse(self, full: list[str]) -> Action | None:
        """The best link of the site's navigation not yet read, while the allowance lasts."""
        if not self.browsing_wanted() or len(self.browsed) >= BROWSE_CAP:
            return None
        fresh = [o for o in self.browse if o.url not in self._seen]
        if self._indexed() and self._page_wanted():
            fresh = [o for o in fresh if o.value >= PAGE_HUNT_SCENT]
        elif self._indexed():
            # (the hunt after a search of news only: down the trail whose words lead to the cameras)
            fresh = [o for o in fresh if o.value >= BROWSE_SCENT_FOUND]
        elif self.info_seen:
            # the council's CCTV information is in hand (a mention at least): what is still missing is linked
            # from it or from a section whose words say so, not from a service page's list of services
            # ("Housing" -> "Repairs"); the site's top sections stay open, their pages' links are weighed
            # (held-back webs 19-26: one-fact councils without search browsed 25 such pages for nothing)
            fresh = [o for o in fresh if o.value >= BROWSE_SCENT_FOUND or o.depth <= 1]
        if not fresh:
            return None
        # equal scent: the deeper link first, down the trail before across it; then the link seen
        # first (the pages' own order, fixed by `flush`: in alphabetical order a site's "Business"
        # and "Environment" pages were browsed before its "Residents" ones, held-back web 1)
        offer = max(fresh, key=lambda o: (round(o.value, 6), o.depth))
        self._seen.add(offer.url)
        self.browsed.append(offer.url)
        return Action("open", "links", tuple(full), url=offer.url, family="browse", depth=offer.depth)

    # ---- the record -----------------------------------------------------------------------

    def effort(self, d: str, exhausted: bool) -> dict:
        """The contract's `search_effort` of deliverable `d` (analysis.searchplan_effort)."""
        self.flush()
        return search_effort(self, d, exhausted)

    def efforts(self, exhausted: bool) -> dict[str, dict]:
        return {d: self.effort(d, exhausted) for d in DELIVERABLES}
