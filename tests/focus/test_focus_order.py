"""The browsing's next page depends on what the pages say, never on which answer arrived first.

Pure tests, no network: the search plan (analysis.searchplan) of a site with no search and no
sitemap, where two pages requested together answer in either order. In the full run of the whole
simulated web the order of two such answers sent three deep sites' browsing to the policy pages
before the community safety trail that led to their CCTV page; alone, each came out right.
"""

from __future__ import annotations

from itertools import permutations

from analysis.searchplan import SearchPlan
from crawler.engine.site import SiteState

HOME = "http://www.ashvale.gov.uk/"
CS = HOME + "community/community-safety"
PARTNERS = CS + "/working-in-partnership"
PRIORITIES = HOME + "community/our-priorities"
CRIME = PRIORITIES + "/reducing-crime-and-disorder"
POLICIES = HOME + "council/policies-and-strategies"
WHISTLE = POLICIES + "/whistleblowing-policy"

# (page, its title, its links: url, anchor, score, own link rather than the site's navigation)
PAGES: dict[str, tuple[str, list[tuple[str, str, float, bool]]]] = {
    # the community safety partnership's page links down to the council's priorities ...
    PARTNERS: (
        "Working in partnership - Ashvale Borough Council",
        [(PRIORITIES, "Our priorities", 0.3, True), (POLICIES, "Policies and strategies", 0.55, False)],
    ),
    # ... which the site's menu also links, with no scent of its own; its own links go on down
    PRIORITIES: (
        "Our priorities - Ashvale Borough Council",
        [(CRIME, "Reducing crime and disorder", 0.45, True), (POLICIES, "Policies and strategies", 0.55, False)],
    ),
    POLICIES: (
        "Policies and strategies - Ashvale Borough Council",
        [(WHISTLE, "Whistleblowing policy", 0.5, True)],
    ),
}


def plan_before_the_burst() -> SearchPlan:
    """Home read (its menu names the priorities page), then community safety, whose
    partnership page is requested at the same time as the priorities page."""
    plan = SearchPlan()
    plan.search_form(None, "unavailable")
    plan.sitemap("unavailable")
    plan.page_read(HOME)
    plan.offer(CS, "Community safety", 0.67, 1, on_page="Ashvale Borough Council", from_url=HOME)
    plan.offer(PRIORITIES, "Our priorities", 0.3, 1, on_page="Ashvale Borough Council", from_url=HOME)
    action = plan.next_action()
    assert action is not None and action.url == CS
    plan.page_read(CS)
    plan.offer(PARTNERS, "Working in partnership", 0.5, 2, on_page="Community safety", from_url=CS, inherit=True)
    return plan


def answer(plan: SearchPlan, url: str, depth: int) -> None:
    """One page's answer reaching the plan: read, then its links offered."""
    title, links = PAGES[url]
    plan.page_read(url)
    for target, anchor, score, own in links:
        plan.offer(target, anchor, score, depth + 1, on_page=title, from_url=url, inherit=own)


def browse_after(order: tuple[str, ...]) -> list[str | None]:
    plan = plan_before_the_burst()
    depths = {PARTNERS: 2, PRIORITIES: 1, POLICIES: 2}
    for url in order:
        answer(plan, url, depths[url])
    opened = []
    for _ in range(3):
        action = plan.next_action()
        opened.append(action.url if action else None)
        if action is None:
            break
        if action.url in PAGES:
            answer(plan, action.url, 3)
        elif action.url:
            plan.page_read(action.url)
    return opened


def test_the_same_pages_in_any_order_lead_to_the_same_next_pages() -> None:
    runs = {order: browse_after(order) for order in permutations((PARTNERS, PRIORITIES))}
    first, second = runs.values()
    assert first == second, runs
    # the priorities page joined the community safety trail through the partnership page, so its
    # link down to crime and disorder is followed before the policies landing
    assert first[0] == CRIME, first


def test_a_page_weighed_again_when_it_joins_the_trail_later_in_the_batch() -> None:
    plan = plan_before_the_burst()
    answer(plan, PRIORITIES, 1)  # its links first: it is not on any trail yet ...
    answer(plan, PARTNERS, 2)  # ... until the partnership page links to it
    plan.flush()
    values = {o.url: o.value for o in plan.browse}
    assert values[CRIME] > values[POLICIES], values


def test_equal_hubs_are_opened_by_address_not_by_which_page_named_them_first() -> None:
    def first_hub(order: list[str]) -> str | None:
        site = SiteState("E0", "Ashvale", HOME, None, 60)
        for url in order:
            site.add_hub(0.6, url, 2)
        hub = site.next_hub()
        return hub[1] if hub else None

    hubs = [HOME + "community/safety", HOME + "council/data-protection"]
    assert first_hub(hubs) == first_hub(list(reversed(hubs))) == HOME + "community/safety"


def test_a_sites_click_depth_is_its_own_whichever_answer_admitted_it() -> None:
    """Scrapy's DepthMiddleware rewrites meta["depth"] from the response that yielded a request;
    a site admitted from another site's callback must still start at its homepage, click 0."""
    from scrapy.http import HtmlResponse, Request
    from scrapy.spidermiddlewares.depth import DepthMiddleware
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    from spiders.audit import AuditSpider

    spider = AuditSpider()
    site = SiteState("E0", "Ashvale", HOME, None, 60)
    home = spider._request(site, HOME, spider.parse_page, 1000, home=True, depth=0)
    deep = spider._request(site, CS, spider.parse_page, 50, depth=3)
    assert home is not None and deep is not None
    crawler = get_crawler(AuditSpider)
    middleware = DepthMiddleware(0, MemoryStatsCollector(crawler))
    # the answer of another site, 40 clicks down Scrapy's chain, yields this site's homepage
    other = HtmlResponse("http://www.elsewhere.gov.uk/x", body=b"", request=Request("http://www.elsewhere.gov.uk/x"))
    other.meta["depth"] = 40
    for req, clicks in ((home, 0), (deep, 3)):
        processed = middleware.get_processed_request(req, other)
        assert processed is not None and processed.meta["click_depth"] == clicks


def test_equal_links_are_browsed_in_the_pages_own_order_not_alphabetically() -> None:
    plan = SearchPlan()
    plan.search_form(None, "unavailable")
    plan.sitemap("unavailable")
    plan.page_read(HOME)
    for path, text in (("residents", "Residents"), ("housing", "Housing"), ("business", "Business")):
        plan.offer(HOME + path, text, 0.3, 1, on_page="Ashvale Borough Council", from_url=HOME)
    opened = []
    while (action := plan.next_action()) is not None and len(opened) < 3:
        opened.append(action.url)
        plan.page_read(action.url or "")
    assert opened == [HOME + "residents", HOME + "housing", HOME + "business"]
