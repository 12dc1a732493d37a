"""A police agreement filed on the community safety partnership's page, below the section the CCTV page sits in, on a
site whose search answered but listed it for no agreement word (held-back web 95's West Lindsey: "Schedule 3 of our
partnership agreement with [the force]" on "Community safety partnership" under "Communities and safety"). On the plan
alone (no Scrapy); fails on e809749, where the searched plan opened no partnerships landing for 5.5 and a landing named
"Communities and safety" was no section at all.
"""

from __future__ import annotations

from analysis.searchplan import SearchPlan, section_families

S = "https://www.anytown.gov.uk"


def _searched_plan() -> SearchPlan:
    plan = SearchPlan()
    plan.search_form(S + "/site-search?term=CCTV")
    for term in ("CCTV", "surveillance camera"):
        plan.searched(term)
        plan.answered(term, 2)
    plan.update(
        {"5.1": {"status": "met"}, "5.2": {"status": "met"}, "5.3": {"status": "met"}, "5.5": {"status": "not_met"}}
    )
    return plan


def _run(plan: SearchPlan, on_open: dict[str, list[tuple[str, str]]]) -> list[str]:
    opened: list[str] = []
    while (a := plan.next_action()) is not None and len(opened) < 12:
        if a.kind == "search":
            plan.searched(a.term or "")
            plan.answered(a.term or "", 0)
            continue
        if a.url is None:
            break
        opened.append(a.url)
        plan.page_read(a.url)
        for url, label in on_open.get(a.url, []):
            plan.offer(url, label, 0.5, 2, on_page="Communities and safety")
    return opened


def test_communities_and_safety_is_the_partnerships_section() -> None:
    assert "partnerships" in section_families("Communities and safety", S + "/communities-safety")


def test_the_partnership_page_below_the_landing_is_read_but_not_the_sections_tasks() -> None:
    plan = _searched_plan()
    landing = S + "/communities-safety"
    partnership = landing + "/partnership-working"
    task = landing + "/report-anti-social-behaviour"
    plan.offer(landing, "Communities and safety", 0.5, 1)
    opened = _run(
        plan, {landing: [(task, "Report anti-social behaviour"), (partnership, "Community safety partnership")]}
    )
    assert landing in opened and partnership in opened
    assert task not in opened
