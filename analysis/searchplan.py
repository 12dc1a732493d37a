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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .links import looks_like_document
from .scent import LEAF_PENALTY, committee_scent, is_task, page_name, trail_value
from .searchplan_effort import search_effort
from .searchplan_rules import (
    BROWSE_CAP,
    DEFAULT_FAMILY_CAP,
    DELIVERABLES,
    FAMILY_CAP,
    MAX_BROWSE_OFFERS,
    MAX_OFFERS_PER_FAMILY,
    MAX_PAGES_READ,
    MAIN_COMMITTEE_PAGES_SEARCHED,
    MAX_SECTION_PAGES,
    MAX_SECTION_PAGES_UNINDEXED,
    ONLY_IF_NOTHING,
    ONLY_IF_UNFOUND,
    ORDER,
    POLICY_DOCUMENT,
    POLICY_TERM,
    SEARCH_TERMS_FOR,
    SECTIONS_WHEN_SEARCHED,
    SIBLING_BONUS,
    TRAIL_ROUNDS,
    TRAILS,
    WHERE,
    Action,
    Offer,
    search_url_for,
)
from .sections import browsable, is_landing
from .sections import label as _label
from .sections import section_families
from .sections import words as _words

# Sections a page's own sub-page can still lead into: "Community Safety Partnership" listed on
# "Community safety" is the partnership's own section, where councils file a police agreement,
# not one of the section's pages like "Community safety forms" (the whole simulated web,
# 2026-12-01: Eastleigh's agreement sat on its partnership page, never opened).
_ANOTHER_SECTION = frozenset(("partnerships", "data_protection", "committee", "transparency"))


# A date after a committee's name is one of its meetings, the trail down to the papers ("Overview
# and Scrutiny Committee - 18 November 2025" on the committee's page: Redcar, Warwickshire).
_DATED = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


def _names_another_section(rest: str) -> bool:
    """The words a sub-page's label adds to its page's name name a section of their own, or a
    date (a committee's meeting)."""
    if not rest.strip():
        return False
    return bool(_DATED.search(rest)) or bool(_ANOTHER_SECTION.intersection(section_families("", rest)))


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


# A page's own listing continued: ?page=2, &start=20 on the same path.
_PAGER = re.compile(r"(?:^|&)(?:page|pg|p|start|offset|pagenum|page_no)=\d+(?:&|$)", re.I)


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
    if (here.netloc, here.path) != (there.netloc, there.path) or not _PAGER.search(there.query):
        return ()
    return section_families(from_url.split("?", 1)[0])


@dataclass
class SearchPlan:
    """One site's search plan: what is missing, what was tried, what to try next."""

    found: set[str] = field(default_factory=set)  # met: nothing more to look for
    partial: set[str] = field(default_factory=set)  # found in part: only its search terms are tried
    search_template: str | None = None  # the search URL for SEARCH_TERMS_FOR["5.1"][0]
    search_outcome: str | None = None  # None until the spider knows (unavailable, refused...)
    search_answered: bool = False  # a results page listed something
    terms: dict[str, str] = field(default_factory=dict)  # term -> outcome
    hits: dict[str, int] = field(default_factory=dict)  # term -> results listed on its first page
    sitemap_outcome: str | None = None
    sitemap_urls: list[str] = field(default_factory=list)
    offers: dict[str, list[Offer]] = field(default_factory=dict)  # family -> links seen
    opened: dict[str, list[str]] = field(default_factory=dict)  # family -> pages the plan opened
    failed: dict[str, str] = field(default_factory=dict)  # url -> family of a section page that failed
    read: set[str] = field(default_factory=set)
    pages_for: dict[str, list[str]] = field(default_factory=dict)
    budget_left: int = 10**6
    cut: bool = False  # the budget ran out before the plan did
    steps_taken: int = 0
    browse: list[Offer] = field(default_factory=list)  # the site's own links, for browsing
    browsed: list[str] = field(default_factory=list)  # pages the browsing opened
    scent: dict[str, float] = field(default_factory=dict)  # url -> its browse value (analysis.scent)
    trail: set[str] = field(default_factory=set)  # pages whose links carry their scent
    siblings: set[str] = field(default_factory=set)  # links onto the council's committee host
    landings: set[str] = field(default_factory=set)  # links to a policies landing page
    info_seen: bool = False  # some CCTV information of the council's own has been read (5.1 not not_met)
    # committee papers linked on a host named for the council but on a domain nothing shows is its
    # own: never fetched, recorded so the effort says where the audit could not look
    offsite_committee: list[str] = field(default_factory=list)
    retried: set[str] = field(default_factory=set)  # pages given a second chance (retry_later)
    leaves: set[str] = field(default_factory=set)  # a section's own pages and tasks (analysis.scent)
    policy_read: str | None = None  # the council's CCTV policy or code of practice, once read
    _seen: set[str] = field(default_factory=set)
    # links seen since the plan was last consulted, and the pages read meanwhile (see `flush`)
    _pending: list[tuple[int, str, int, tuple]] = field(default_factory=list)
    _batch_read: set[str] = field(default_factory=set)

    # ---- what the spider learns -----------------------------------------------------------

    def search_form(self, url: str | None, outcome: str = "searched") -> None:
        """The search form's URL for the first 5.1 term, or why there is none: "unavailable"
        (no form, or hosted elsewhere) or "refused_by_robots"."""
        if self.search_outcome is not None and self.search_outcome != "unavailable":
            return
        self.search_template = url if outcome == "searched" else None
        self.search_outcome = outcome

    def searched(self, term: str, outcome: str = "searched") -> None:
        self.terms[term] = outcome

    def answered(self, term: str | None = None, results: int = 1) -> None:
        """A results page of the site's search for `term` listed `results` pages; any at all
        shows the engine works."""
        if term is not None:
            self.hits[term] = self.hits.get(term, 0) + results
        if results:
            self.search_answered = True

    def sitemap(self, outcome: str, urls: list[str] | None = None) -> None:
        """ "searched" once a sitemap file was read, "unavailable" when robots.txt names none."""
        if self.sitemap_outcome != "searched":
            self.sitemap_outcome = outcome
        if urls:
            self.sitemap_urls = list(dict.fromkeys(self.sitemap_urls + urls))

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

    def page_read(self, url: str) -> None:
        """A page or document read: part of the search of every deliverable still missing."""
        self._seen.add(url.split("#", 1)[0])
        self._batch_read.add(url.split("#", 1)[0])
        self.read.add(url.split("#", 1)[0])
        for d in DELIVERABLES:
            if d not in self.found:
                got = self.pages_for.setdefault(d, [])
                if len(got) < MAX_PAGES_READ and url not in got:
                    got.append(url)

    def document_read(self, url: str, title: str, own_policy: bool) -> None:
        """A document of the council's own CCTV information was read; `own_policy`: it meets the
        policy criterion. Named a policy or code of practice, it is the document POLICY_TERM is
        searched to find."""
        if own_policy and self.policy_read is None and POLICY_DOCUMENT.search(f"{title} {url}"):
            self.policy_read = url.split("#", 1)[0]

    def policy_in_hand(self, term: str) -> bool:
        """`term` is POLICY_TERM and what it would find is already read (SEARCH_TERMS_FOR)."""
        return term == POLICY_TERM and self.policy_read is not None and "5.1" in self.found

    def claimed(self, url: str) -> None:
        """A URL requested by other means: never offered again."""
        self._seen.add(url.split("#", 1)[0])

    def failed_page(self, url: str, outcome: str = "failed") -> None:
        """A section page the plan opened could not be read: "failed" (the effort stays open) or
        "unavailable" (the site itself has no such page: a broken link, 404)."""
        for urls in self.opened.values():
            if url in urls:
                self.failed[url] = outcome

    def retry_later(self, url: str) -> bool:
        """A page the plan opened failed for a passing reason (a burst of 5xx answers outlasted the
        retries): it may be chosen once more, as if it had not been opened (a trail whose next page
        is lost to a moment's server error is otherwise lost for good). False when it was already
        given its second chance."""
        key = url.split("#", 1)[0]
        if key in self.retried:
            return False
        self.retried.add(key)
        self._seen.discard(key)
        self.failed.pop(key, None)
        for urls in self.opened.values():
            if key in urls:
                urls.remove(key)
        if key in self.browsed:
            self.browsed.remove(key)
        return True

    def update(self, verdicts: dict[str, dict]) -> None:
        """The verdicts so far (analysis.assess): met needs nothing more, partial only its terms."""
        for d in DELIVERABLES:
            status = (verdicts.get(d) or {}).get("status")
            if status == "met":
                self.found.add(d)
                self.partial.discard(d)
            elif status == "partial" and d != "5.1":
                self.partial.add(d)
            if d == "5.1" and status in ("met", "partial"):
                self.info_seen = True

    # ---- what to fetch next ---------------------------------------------------------------

    def missing(self) -> list[str]:
        return [d for d in ORDER if d not in self.found]

    def _search_usable(self) -> bool:
        """A search that listed something for CCTV: one that lists nothing (drawn by script,
        broken) is not asked again."""
        return self.search_outcome == "searched" and self.search_template is not None and self.search_answered

    def _section_cap(self, fam: str) -> int:
        if fam == "gateway":
            # "Council and democracy" read first may lead only to the committees; the policies landing
            # sits under "Your council" (held-back web 6: North East Lincolnshire). The gateway is
            # opened only while a wanted section has no landing offered, so a second costs nothing
            # once the first has shown it.
            return 2
        if self.search_answered and fam != "committee":
            return 1
        if fam == "policies" and not self._indexed():
            # a topic's policy page read before the landing was found ("Community support policy"
            # on a community safety menu) leaves the landing and the page below it their two
            # (the simulated web's Wandsworth)
            return FAMILY_CAP[fam] + 1
        return FAMILY_CAP.get(fam, DEFAULT_FAMILY_CAP)

    def _indexed(self) -> bool:
        """An index of the site answered: its search, or its sitemap."""
        return self.search_answered or self.sitemap_outcome == "searched"

    def families_for(self, d: str) -> tuple[str, ...]:
        if not self.search_answered:
            return WHERE[d]
        if d == "5.1" and self.info_seen:
            return ()  # the search found the council's CCTV pages; the sections add nothing to them
        return SECTIONS_WHEN_SEARCHED[d]

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
                        or (term in ONLY_IF_UNFOUND and self.info_seen)
                        or (term in ONLY_IF_NOTHING and any(self.hits.get(t) for t in SEARCH_TERMS_FOR[d] if t != term))
                    ):
                        self.terms[term] = "not_needed"
                        continue
                    url = search_url_for(self.search_template or "", SEARCH_TERMS_FOR["5.1"][0], term)
                    if url is None:
                        self.terms[term] = "unavailable"
                        continue
                    self.terms[term] = "searched"
                    return Action("search", "site_search", (d,), url=url, term=term)
        full = [d for d in missing if d not in self.partial]
        if not full:
            return None
        # 2. the sitemap, when no search answered
        if self.sitemap_outcome is None and not self.search_answered:
            self.sitemap_outcome = "pending"
            return Action("sitemap", "sitemap", tuple(full))
        # 3. the A-Z, then 4. the sections, best link of the section most wanted
        best: tuple[float, str, Offer, tuple[str, ...]] | None = None
        first = () if self.search_answered else ("a_z",)
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
            if not want or (fam != "committee" and used >= self._section_cap(fam)):
                continue
            if sum(len(v) for k, v in self.opened.items() if k != "a_z") >= self._section_pages() and fam != "a_z":
                continue
            # a task, one crime's page or a section's service page ("Report anti-social behaviour",
            # "Hate crime", "Community safety forms") holds no agreement, contact point or CCTV
            # page: the simulated web's York spent its section pages on five of them before the
            # crime and disorder policies its agreement was filed under
            offer = next(
                (
                    o
                    for o in self.offers.get(fam, [])
                    if o.url not in self._seen and o.url not in self.leaves and self._may_open(fam, o)
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
        if fam != "committee":
            return True
        opened = self.opened.get("committee", [])
        if offer.url in self.siblings:
            return sum(u in self.siblings for u in opened) < FAMILY_CAP["committee"]
        main = sum(u not in self.siblings for u in opened)
        return main < (MAIN_COMMITTEE_PAGES_SEARCHED if self.search_answered else FAMILY_CAP["committee"])

    def committee_elsewhere(self, url: str) -> None:
        """Committee papers seen on a host the audit may not fetch (crawler.engine.netsafety:
        an unverified tenancy named for the council); a few are kept for the record."""
        key = url.split("#", 1)[0]
        if key not in self.offsite_committee and len(self.offsite_committee) < 3:
            self.offsite_committee.append(key)

    def browsing_wanted(self) -> bool:
        """No index of the site answered (no usable search, no sitemap read), and the council's
        CCTV information is still missing or a missing deliverable's sections were never linked
        where the plan looked: what is not found may still be linked from the site's own
        navigation, which a careful person browses. Once the CCTV information is read and every
        missing deliverable's sections are linked, browsing ends: those sections are where the
        rest is filed, and the plan opens them (browsing on cost a deep site 20 pages for nothing)."""
        if self.search_answered or self.sitemap_outcome == "searched":
            return False
        full = [d for d in self.missing() if d not in self.partial]
        return "5.1" in full or any(not any(self.offers.get(f) for f in WHERE[d]) for d in full)

    def browse_spent(self) -> bool:
        """The browsing allowance was used, or the navigation had nothing more to open."""
        return len(self.browsed) >= BROWSE_CAP or not any(o.url not in self._seen for o in self.browse)

    def _browse(self, full: list[str]) -> Action | None:
        """The best link of the site's navigation not yet read, while the allowance lasts."""
        if not self.browsing_wanted() or len(self.browsed) >= BROWSE_CAP:
            return None
        fresh = [o for o in self.browse if o.url not in self._seen]
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
