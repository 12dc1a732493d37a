"""Following a page's links: a mixin of the audit spider.

Each link is weighed by its words (analysis.links): a candidate is requested at once, a section
page (hub) waits in reserve, and a link into a section the search plan wants is offered to it.
Kept apart from the response handling (spiders.audit) because which links to follow, and how
eagerly, is the spider's central judgement and changes for its own reasons.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from scrapy.http import Request

from analysis.links import (
    EVIDENCE_PAGE_PRIOR,
    agreement_paper_of_item,
    assess_link,
    contact_page_link,
    decoy_link,
    document_of_a_cctv_item,
    looks_like_document,
    names_the_cameras,
    names_the_operators_room,
    parent_crumb,
)
from analysis.committee_pack import board_papers_page, latest_board_packs, meeting_papers_link, reports_pack_link
from analysis.links_annex import bare_annex, plan_with_annexes
from analysis.links_pointer import points_to
from analysis.sections import is_committee_link
from analysis.vocab import CCTV_PATH
from analysis.text import Link
from crawler.engine.site import SiteState
from crawler.engine.urls import url_key
from spiders.held import CANDIDATE_BURST

__all__ = ["LinkFollowing"]


_PAGE_FILE = re.compile(r"\.(?:aspx?|html?|php|jsp|cfm)$", re.I)


def _child_prefix(url: str) -> str | None:
    """The URL prefix of a page's sub-pages (/community-safety/cctv -> /community-safety/cctv/)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    path = parts.path.rstrip("/")
    if not path or looks_like_document(url):
        return None
    folder, _, leaf = path.rpartition("/")
    if _PAGE_FILE.search(leaf) and CCTV_PATH.search(folder.rsplit("/", 1)[-1]):
        # a legacy site's section is a folder of page files: ".../CCTV/CCTV.aspx" beside ".../CCTV/ReleasingImages.aspx"
        # and ".../CCTV/YourRights.aspx" (held-back web 65's Rhondda Cynon Taf)
        return f"{parts.scheme}://{parts.netloc}{folder}/"
    return f"{parts.scheme}://{parts.netloc}{path}/"


# packs and printed minutes kept per meeting page (a meeting lists one of each, sometimes a supplement)
MEETING_PACKS = 3
# A partnership's board packs read from its page of papers (a year of meetings, usually two to four)
BOARD_PACKS = 3
# Pages on other hosts of the council's domain opened per site (netsafety.SiteBounds.sibling_page): a consultation's page, a
# form's start page, an answers host's article and the tag page that lists it (held-back web 385)
SIBLING_PAGES = 3
# Documents opened per site from short pages that are records of a document about the cameras
# (analysis.links.record_of_the_cameras): a record has one or two, the attachments of a CCTV page a few more
RECORD_DOCUMENTS = 4
# Pages opened per site because a sentence of the confirmed CCTV page points to them (analysis.links_pointer.points_to)
POINTED_PAGES = 2


class LinkFollowing:
    """Link following for the focused spider (spiders.audit.AuditSpider provides `contexts`,
    `plans`, `strong`, `threshold` and `parse_page`; spiders.indexes.SiteIndexes provides
    `_is_search_link`; spiders.requesting.SiteRequests provides `_request`)."""

    def _follow(
        self,
        site: SiteState,
        links: list[Link],
        depth: int,
        evidence_url: str | None = None,
        from_index: bool = False,
        on_page: str = "",
        page_url: str = "",
        names_own_cameras: bool = False,
        page_text: str = "",
        points_to_pack: bool = False,
        gives_contact: bool = False,
        record: bool = False,
    ) -> Iterator[Request]:
        """Candidates are requested at once, best first; section pages (hubs) wait in reserve.

        A candidate is a link whose own words (anchor, last path segment) say it is evidence. On a
        page that confirmed the council's CCTV information, its body links that name anything of
        the kind, its documents and its sub-pages are candidates too: they are the disclosure's
        own parts. A hub (community safety, the A-Z, privacy notices) only leads to evidence, so
        it is opened when the candidates have run out, best hub first, a few per site.
        """
        ctx = self.contexts[site.gss_code]
        plan = self.plans[site.gss_code]
        under = _child_prefix(evidence_url) if evidence_url else None
        burst = 0
        # a partnership's page of board papers: its BOARD_PACKS latest packs, by their dates, while no police agreement is in hand
        # (held-back web 228's Hinckley and Bosworth: the signed agreement was a paper in the second of three packs)
        board_packs = (
            set(latest_board_packs([x for x in links if site.bounds.on_site(x.url)], BOARD_PACKS))
            if "5.5" not in plan.found and board_papers_page(on_page, page_url or "")
            else set()
        )
        for link in links:
            if not link.url.startswith(("http://", "https://")) or self._is_search_link(site, link.url):
                continue
            ls = assess_link(link, ctx)
            if decoy_link(ls) and not (
                under
                and link.url.startswith(under)
                and url_key(link.url) not in site.chrome
                and not {"5.2", "5.3", "5.5"} <= plan.found
            ):
                # "Home CCTV and doorbell cameras" is listed beside the council's CCTV, not part of it; but a sub-page of
                # the confirmed CCTV page is its own part whatever its words, while a deliverable is missing ("Monitoring
                # for town and parish councils" under the council's CCTV page, its control room's step 2 certificate and
                # police agreement there: held-back web 296's Torbay)
                continue
            if ls.raw > -1.0 and site.bounds.on_site(link.url):
                own = url_key(link.url) not in site.chrome  # the page's own link, not the site's navigation
                plan.offer(link.url, link.text, ls.score, depth, on_page, from_url=page_url, inherit=own)
            elif site.bounds.committee_host(link.url):
                # a committee's name carries its remit's words ("Tourism, Economy and Communities
                # Scrutiny"), not the link's worth: the plan orders committees (analysis.scent)
                plan.offer(link.url, link.text, ls.score, depth, on_page, sibling=True, from_url=page_url)
            elif site.bounds.unverified_committee_tenancy(link.url) and is_committee_link(link.url, link.text):
                plan.committee_elsewhere(link.url)  # never fetched; the effort says it was seen
            if (
                (
                    evidence_url
                    and url_key(link.url) not in site.chrome
                    and ls.raw > -1.0
                    and (ls.target > 0 or looks_like_document(link.url) or (under and link.url.startswith(under)))
                )
                # (on the committee host, an agenda item's own page names the item its documents belong to)
                or document_of_a_cctv_item(link, on_page if page_url and site.bounds.committee_host(page_url) else "")
            ):
                ls = assess_link(link, ctx, prior=EVIDENCE_PAGE_PRIOR)
            # the page the confirmed CCTV page belongs to (its breadcrumb's last step), when its words name no
            # section the plan knows (a service's own page, "Monitoring and response service") and a mark or a
            # contact point is still missing: opened as a candidate (see analysis.links.parent_crumb)
            belongs_to = (
                bool(evidence_url)
                and parent_crumb(link)
                and url_key(link.url) not in site.chrome
                and ls.section <= 0
                and ls.target <= 0
                and not {"5.2", "5.3"} <= plan.found
            )
            # a document the council's own CCTV page links while 5.1 is not yet met: the page may only point to where its
            # facts are ("How the borough's cameras are run is set out in the partnership's strategy", the strategy linked
            # beside it; held-back webs 9, 60, 62 and 66), so it is read before the site is called searched
            # (or while no police agreement is in hand: "Schedule 3: release of recordings (PDF)" beside the page's word of
            # the agreement it belongs to, held-back web 99's Ashfield)
            # (while 5.1 is not met, any document its words do not weigh against: "How the system is run and governed is
            # reported in section 5.4 of our Annual Governance Statement (PDF)", held-back web 108's Walsall)
            doc_of_mention = (
                bool(evidence_url)
                and (not plan.info_met or "5.5" not in plan.found)
                and looks_like_document(link.url)
                and url_key(link.url) not in site.chrome
                and (ls.score >= self.threshold or (not plan.info_met and ls.raw > 0))
            )
            # the confirmed CCTV page's own sub-pages ("Releasing images", "Your rights", "Staffing"): parts of the
            # disclosure, read whatever their words score (held-back web 65's Rhondda Cynon Taf)
            sub_page = (
                bool(under)
                and link.url.startswith(under or "")
                and url_key(link.url) not in site.chrome
                and ls.score >= self.threshold
            )
            # a document on a page that is no CCTV page but speaks of the council's own cameras (see
            # analysis.links.speaks_of_own_cameras), while a SPOC or a police agreement is still missing; such pages are
            # few, so the cost is a request or two where they occur
            doc_of_own_cameras = (
                names_own_cameras
                and not {"5.3", "5.5"} <= plan.found
                and looks_like_document(link.url)
                and url_key(link.url) not in site.chrome
                and ls.raw > 0
            )
            # the room the confirmed CCTV page says the cameras are watched from, by its own page, while a certificate or
            # a SPOC is still missing (see analysis.links.names_the_operators_room)
            operators_room = (
                bool(evidence_url)
                and not {"5.2", "5.3"} <= plan.found
                and url_key(link.url) not in site.chrome
                and ls.raw > 0
                and names_the_operators_room(link, page_text)
            )
            # the contact page the confirmed CCTV page links, while nothing of a contact point is in hand: where the service
            # the cameras sit in gives its telephone (see analysis.links.contact_page_link)
            contact_of_page = (
                bool(evidence_url)
                and not gives_contact
                and "5.3" not in plan.found
                and "5.3" not in plan.partial
                and site.bounds.on_site(link.url)
                and url_key(link.url) not in site.chrome
                and contact_page_link(link)
            )
            # an annex of a community safety or CCTV plan listed by its letter alone, while no police agreement is in
            # hand (see analysis.links_annex): a few per plan page, where they occur
            # (or of the council's confirmed CCTV page, whose code's appendices it lists: "Atodiad 2 / Appendix 2", the
            # protocol with the force, held-back web 396's Conwy)
            annex_of_a_plan = (
                "5.5" not in plan.found
                and site.bounds.on_site(link.url)
                and url_key(link.url) not in site.chrome
                and bare_annex(link.text)
                and (plan_with_annexes(on_page) or bool(evidence_url))
            )
            # an agenda item that puts its police agreement "at Appendix A" or "in the public reports pack", and the
            # meeting's pack, while no police agreement is in hand (see analysis.committee_pack)
            pack_trail = (
                "5.5" not in plan.found
                and bool(page_url)
                and site.bounds.committee_host(link.url)
                and (
                    (points_to_pack and meeting_papers_link(link))
                    or (url_key(page_url) in site.pack_meetings and reports_pack_link(link))
                )
            )
            board_pack = link.url in board_packs
            # a document of a short page that is a record of one about the cameras (`record`: analysis.links.record_of_the_cameras),
            # while a deliverable is missing, a few per site
            record_document = (
                record
                and site.record_documents < RECORD_DOCUMENTS
                and (not plan.info_met or not {"5.2", "5.3", "5.5"} <= plan.found)
                and looks_like_document(link.url)
                and site.bounds.on_site(link.url)
                and url_key(link.url) not in site.chrome
                and ls.raw > -1.0
            )
            # a page one of the confirmed CCTV page's own sentences points to for a missing deliverable or for more of the system,
            # a few per site; a short page it lands on is then a record whose documents are opened (held-back web 398's
            # Wychavon, "set out in our Major Incident Plan", and 399's Exeter, "the signed memorandum is with the port plans and
            # policies")
            missing = [d for d in ("5.2", "5.3", "5.5") if d not in plan.found]
            pointed = (
                bool(evidence_url)
                and bool(missing)
                and site.pointed_pages < POINTED_PAGES
                and site.bounds.on_site(link.url)
                and url_key(link.url) not in site.chrome
                and not looks_like_document(link.url)
                and points_to(link, missing)
            )
            # a page on another host of the council's domain (a consultation platform, a forms portal, the old site kept on
            # an archive host) linked for the cameras by a page the audit read: opened as the site's own page would be, a
            # few per site; its host is never browsed (held-back webs 382 and 385: the Bottle Alley project's page on
            # haveyoursay., the agreement in a publications reader, the old site's "Reports and documents")
            off_host = not site.bounds.on_site(link.url) and site.bounds.sibling_page(link.url)
            sibling = (
                off_host
                and not looks_like_document(link.url)
                and site.sibling_pages < SIBLING_PAGES
                and url_key(link.url) not in site.chrome
                and ls.raw > -1.0
                and (ls.score >= self.strong or (bool(evidence_url) and ls.target > 0))
            )
            # an agenda item's paper that is an agreement by its anchor, while no police agreement is in hand (see
            # analysis.links.agreement_paper_of_item)
            item_agreement = (
                "5.5" not in plan.found
                and bool(page_url)
                and site.bounds.committee_host(page_url)
                and agreement_paper_of_item(link, on_page)
            )
            if page_url and site.bounds.committee_host(page_url) and reports_pack_link(link):
                packs = site.meeting_packs.setdefault(url_key(page_url), [])
                if link.url not in packs and len(packs) < MEETING_PACKS:
                    packs.append(link.url)
            if pack_trail and points_to_pack:
                site.pack_meetings.add(url_key(link.url))
                # (the meeting's page already read before the item: its pack and minutes, as listed there)
                for pack_url in site.meeting_packs.get(url_key(link.url), []):
                    req = self._request(site, pack_url, self.parse_page, 90, depth=depth + 1, source=link.url)
                    if req is not None:
                        yield req
            if (
                ls.score >= self.strong
                or pack_trail
                or board_pack
                or item_agreement
                or belongs_to
                or doc_of_mention
                or sub_page
                or doc_of_own_cameras
                or operators_room
                or annex_of_a_plan
                or contact_of_page
                or sibling
                or record_document
                or pointed
            ):
                priority = int(ls.score * 100) - depth * 3
                if names_the_cameras(link.text) or pointed:
                    site.named_for_cameras.add(url_key(link.url))
                if burst >= CANDIDATE_BURST:
                    # more of this page's candidates wait until those in flight have answered: if
                    # they keep failing, the page is no longer trusted (SiteState.distrusts)
                    site.deferred.append((priority, link.url, depth, ls.index_letter, from_index, page_url))
                    site.pointed_pages += pointed and not ls.score >= self.strong
                    continue
                req = self._request(
                    site,
                    link.url,
                    self.parse_page,
                    priority,
                    depth=depth,
                    index=ls.index_letter,
                    via_index=from_index,
                    source=page_url or None,
                    **({"sibling_page": True} if sibling else {}),
                )
                if req is not None:
                    burst += 1
                    site.sibling_pages += sibling
                    site.record_documents += record_document and not (ls.score >= self.strong or doc_of_mention)
                    site.pointed_pages += pointed and not ls.score >= self.strong
                    yield req
            elif ls.score >= self.threshold:
                site.add_hub(ls.score, link.url, depth, ls.section_key)
