"""A police agreement filed on the community safety partnership's page, below the section the CCTV page sits in, on a
site whose search answered but listed it for no agreement word (held-back web 95's West Lindsey: "Schedule 3 of our
partnership agreement with [the force]" on "Community safety partnership" under "Communities and safety"). On the plan
alone (no Scrapy); fails on e809749, where the searched plan opened no partnerships landing for 5.5 and a landing named
"Communities and safety" was no section at all.
"""

from __future__ import annotations

from plandrive import S, drive, searched_plan

from analysis.searchplan import section_families

MET = {"status": "met"}


def test_communities_and_safety_is_the_partnerships_section() -> None:
    assert "partnerships" in section_families("Communities and safety", S + "/communities-safety")


def test_the_partnership_page_below_the_landing_is_read_but_not_the_sections_tasks() -> None:
    plan = searched_plan(
        {"CCTV": 2, "surveillance camera": 2}, {"5.1": MET, "5.2": MET, "5.3": MET, "5.5": {"status": "not_met"}}
    )
    landing = S + "/communities-safety"
    partnership = landing + "/partnership-working"
    task = landing + "/report-anti-social-behaviour"
    plan.offer(landing, "Communities and safety", 0.5, 1)
    page = "Communities and safety"
    opened = drive(
        plan,
        {
            landing: [
                (task, "Report anti-social behaviour", 2, page),
                (partnership, "Community safety partnership", 2, page),
            ]
        },
    )
    assert landing in opened and partnership in opened
    assert task not in opened


def test_not_when_the_search_listed_pages_for_an_agreement() -> None:
    """An engine that lists pages for "sharing agreement" has shown where the council files them: the partnership's pages
    are not added (the whole simulated web spent about 120 requests on them for nothing before this rule)."""
    listed = searched_plan(
        {"CCTV": 2, "surveillance camera": 2, "sharing agreement": 3},
        {"5.1": MET, "5.2": MET, "5.3": MET, "5.5": {"status": "not_met"}},
    )
    silent = searched_plan(
        {"CCTV": 2, "surveillance camera": 2, "sharing agreement": 0},
        {"5.1": MET, "5.2": MET, "5.3": MET, "5.5": {"status": "not_met"}},
    )
    assert "partnerships" not in listed.families_for("5.5")
    assert "partnerships" in silent.families_for("5.5")
