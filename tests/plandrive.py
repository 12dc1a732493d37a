"""Driving a search plan (analysis.searchplan) by hand, as the spider would, for the plan-only tests in tests/focus: every
search answers nothing, a sitemap is unavailable, each page opened is read and may offer the links a test gives it."""

from __future__ import annotations

from collections.abc import Callable

from analysis.searchplan import SearchPlan

S = "https://www.anytown.gov.uk"
Offers = dict[
    str, list[tuple[str, str, int, str]]
]  # page opened -> (url, label, depth, page name) of the links it offers


def searched_plan(terms: dict[str, int], verdicts: dict[str, dict]) -> SearchPlan:
    """A plan whose site search answered `terms` (term -> results listed) and whose verdicts so far are `verdicts`."""
    plan = SearchPlan()
    plan.search_form(S + "/search?q=CCTV")
    for term, listed in terms.items():
        plan.searched(term)
        plan.answered(term, listed)
    plan.update(verdicts)
    return plan


def drive(
    plan: SearchPlan, offers: Offers | None = None, limit: int = 12, on_read: Callable[[str], None] | None = None
) -> list[str]:
    """The pages the plan opens, in order, until it stops or `limit` pages are open."""
    opened: list[str] = []
    while (a := plan.next_action()) is not None and len(opened) < limit:
        if a.kind == "search":
            plan.searched(a.term or "")
            plan.answered(a.term or "", 0)
            continue
        if a.kind == "sitemap":
            plan.sitemap("unavailable")
            continue
        if a.url is None:
            break
        opened.append(a.url)
        plan.page_read(a.url)
        for url, label, depth, page_name in (offers or {}).get(a.url, []):
            plan.offer(url, label, 0.5, depth, on_page=page_name)
        if on_read is not None:
            on_read(a.url)
    return opened
