"""A site search that lists no page of the council's, only news items or documents, has not looked everywhere (held-back
web 104: Wirral's search listed four news items for "CCTV", its camera page five clicks deep and in the sitemap robots.txt
names; Thanet's listed only its CCTV privacy notice PDF, its camera page four clicks deep under data protection and its
police agreement linked only from the data sharing register). On the plan alone (no Scrapy); each fails on e809749, where
an answering search ended the sitemap, the sections beyond its short list and the hunt through the navigation.
"""

from __future__ import annotations

from analysis.searchplan import SearchPlan

S = "https://www.anytown.gov.uk"
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


def _kinds(plan: SearchPlan, n: int = 12) -> list[str]:
    out = []
    while (a := plan.next_action()) is not None and len(out) < n:
        out.append(a.kind if a.kind != "open" else f"open:{a.family}")
        if a.kind == "search":
            plan.searched(a.term or "")
            plan.answered(a.term or "", 0)
        elif a.kind == "sitemap":
            plan.sitemap("unavailable")
        elif a.url:
            plan.page_read(a.url)
    return out


def test_a_search_of_news_only_leads_to_the_sitemap() -> None:
    plan = _plan(listed_no_pages=True)
    plan.update({"5.1": NOT, "5.2": NOT, "5.3": NOT, "5.5": NOT})
    assert "sitemap" in _kinds(plan)
    plain = _plan(listed_no_pages=False)
    plain.update({"5.1": NOT, "5.2": NOT, "5.3": NOT, "5.5": NOT})
    assert "sitemap" not in _kinds(plain)


def test_the_sections_are_read_as_on_a_site_without_search() -> None:
    plan = _plan(listed_no_pages=True)
    plan.update({"5.1": {"status": "met", "pages": [S + "/cctv"]}, "5.2": NOT, "5.3": {"status": "met"}, "5.5": NOT})
    dp = S + "/your-council/data-protection"
    plan.offer(dp, "Data protection", 0.5, 2)
    register = dp + "/data-sharing-register"
    opened: list[str] = []
    while (a := plan.next_action()) is not None and len(opened) < 10:
        if a.kind == "search":
            plan.searched(a.term or "")
            plan.answered(a.term or "", 0)
            continue
        if a.kind == "sitemap":
            plan.sitemap("unavailable")
            continue
        opened.append(a.url or "")
        plan.page_read(a.url or "")
        if a.url == dp:
            plan.offer(register, "Data sharing register", 0.4, 3, on_page="Data protection")
    assert dp in opened and register in opened
