"""A site search that lists no page of the council's, only news items or documents, has not looked everywhere (held-back
web 104: Wirral's search listed four news items for "CCTV", its camera page five clicks deep and in the sitemap robots.txt
names; Thanet's listed only its CCTV privacy notice PDF, its camera page four clicks deep under data protection and its
police agreement linked only from the data sharing register). On the plan alone (no Scrapy); each fails on e809749, where
an answering search ended the sitemap, the sections beyond its short list and the hunt through the navigation.
"""

from __future__ import annotations

from plandrive import S, drive

from analysis.searchplan import SearchPlan

NOT = {"status": "not_met"}


def _plan(listed_no_pages: bool) -> SearchPlan:
    plan = SearchPlan()
    plan.search_form(S + "/search?q=CCTV")
    plan.searched("CCTV")
    plan.answered("CCTV", 4)
    if listed_no_pages:
        plan.listed_no_pages()
    for term in ("surveillance camera", "cameras", "camera"):
        plan.searched(term)
        plan.answered(term, 0)
    return plan


def _asks_for_the_sitemap(plan: SearchPlan) -> bool:
    asked = []
    while (a := plan.next_action()) is not None and len(asked) < 12:
        asked.append(a.kind)
        if a.kind == "search":
            plan.searched(a.term or "")
            plan.answered(a.term or "", 0)
        elif a.kind == "sitemap":
            plan.sitemap("unavailable")
        elif a.url:
            plan.page_read(a.url)
    return "sitemap" in asked


def test_a_search_of_news_only_leads_to_the_sitemap() -> None:
    plan = _plan(listed_no_pages=True)
    plan.update({"5.1": NOT, "5.2": NOT, "5.3": NOT, "5.5": NOT})
    assert _asks_for_the_sitemap(plan)
    plain = _plan(listed_no_pages=False)
    plain.update({"5.1": NOT, "5.2": NOT, "5.3": NOT, "5.5": NOT})
    assert not _asks_for_the_sitemap(plain)


def test_the_sections_are_read_as_on_a_site_without_search() -> None:
    plan = _plan(listed_no_pages=True)
    plan.update({"5.1": {"status": "met", "pages": [S + "/cctv"]}, "5.2": NOT, "5.3": {"status": "met"}, "5.5": NOT})
    dp = S + "/your-council/data-protection"
    plan.offer(dp, "Data protection", 0.5, 2)
    register = dp + "/data-sharing-register"
    opened = drive(plan, {dp: [(register, "Data sharing register", 3, "Data protection")]}, limit=10)
    assert dp in opened and register in opened


def test_an_engine_that_has_listed_a_page_is_trusted() -> None:
    """A later results page of news only does not undo what an earlier one showed: the engine indexes pages (fails on
    3ede21d, where the flag was set by any results page of news or documents)."""
    plan = SearchPlan()
    plan.search_form(S + "/search?q=CCTV")
    plan.searched("CCTV")
    plan.answered("CCTV", 1)
    plan.listed_pages()
    plan.listed_no_pages()
    for term in ("surveillance camera", "cameras", "camera"):
        plan.searched(term)
        plan.answered(term, 0)
    plan.update({"5.1": NOT, "5.2": NOT, "5.3": NOT, "5.5": NOT})
    assert not _asks_for_the_sitemap(plan)
