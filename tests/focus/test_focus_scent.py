"""Browsing by information scent, and the committee and gateway choices of the search plan.

Pure tests, no network: a site with no search and no sitemap whose CCTV page is five clicks below
"Community safety" through pages that say little of their own; a committee list where the
agreement went to Cabinet, not to the Planning Committee; a council section whose pages (policies,
budgets) must not stand in for its landing page.
"""

from __future__ import annotations

from analysis.scent import committee_scent, is_task, page_name, trail_value
from analysis.searchplan import SEARCH_TERMS_FOR, SearchPlan
from analysis.sections import section_families

HOME = "http://www.ashvale.gov.uk/"
CS = HOME + "community/community-safety"
SAFETY_TITLE = "Community safety - Ashvale Borough Council"


def no_index_plan() -> SearchPlan:
    plan = SearchPlan()
    plan.search_form(None, "unavailable")
    plan.sitemap("unavailable")
    plan.page_read(HOME)
    plan.offer(CS, "Community safety", 0.67, 1, on_page="Ashvale Borough Council")
    plan.offer(HOME + "council/data-protection", "Data protection and privacy", 0.55, 1, on_page="Ashvale")
    return plan


def next_open(plan: SearchPlan) -> str | None:
    """The next page the plan opens, by section or by browsing (the data protection landing, a
    section of its own, is read on the way and not counted)."""
    while (action := plan.next_action()) is not None:
        if action.url != HOME + "council/data-protection":
            return action.url
        plan.page_read(action.url or "")
    return None


def test_page_name_drops_the_site_name_and_tasks_are_told_from_places() -> None:
    assert page_name(SAFETY_TITLE) == "Community safety"
    assert page_name("Community safety | Ashvale") == "Community safety"
    assert page_name("Crime and anti-social behaviour") == "Crime and anti-social behaviour"
    assert page_name("Ashvale Borough Council - Community safety") == "Community safety", "the site's name first"
    assert page_name("Council tax - Ashvale Borough Council") == "Council tax"
    assert is_task("Report anti-social behaviour") and is_task("Apply for a street party licence")
    assert not is_task("Working in partnership") and not is_task("Our priorities")


def test_a_link_on_a_promising_page_inherits_its_scent_and_section_leaves_come_last() -> None:
    value, inherited = trail_value(0.3, 3, parent=0.7, leaf=False)
    assert inherited and 0.65 < value < 0.7, "a plain link on a community safety page, below the page itself"
    assert trail_value(0.3, 3, parent=0.35, leaf=False) == (0.3 - 0.06, False), "no scent passed on"
    assert trail_value(0.68, 2, parent=0.7, leaf=True)[0] < trail_value(0.3, 2, parent=0.7, leaf=False)[0]
    # a trail of plain words only fades; one whose words keep pointing the same way rises
    plain, telling = 0.7, 0.7
    for _ in range(4):
        plain, _ = trail_value(0.3, 2, parent=plain, leaf=False)
        telling, _ = trail_value(0.53, 2, parent=telling, leaf=False)
    assert plain < 0.7 < telling


def test_a_telling_child_of_a_deeper_trail_page_beats_the_plain_siblings_of_its_parent() -> None:
    """ "Crime and community safety" lists "Community safety", "Emergencies" and "Community
    support"; "Community safety" lists "Working in partnership". The partnership page, whose words
    keep the scent, is opened before the pages of "Emergencies", which only inherit it."""
    plan = no_index_plan()
    top = HOME + "crime-and-community-safety"
    plan.offer(top, "Crime and community safety", 0.74, 1, on_page="Ashvale Borough Council")
    assert next_open(plan) == top
    plan.page_read(top)
    title = "Crime and community safety - Ashvale Borough Council"
    cs, em = top + "/community-safety", top + "/emergencies"
    plan.offer(cs, "Community safety", 0.74, 2, on_page=title, from_url=top, inherit=True)
    plan.offer(em, "Emergencies", 0.46, 2, on_page=title, from_url=top, inherit=True)
    plan.offer(top + "/community-support", "Community support", 0.3, 2, on_page=title, from_url=top, inherit=True)
    assert next_open(plan) == cs
    plan.page_read(cs)
    for u, a, sc in [
        (cs + "/hate-crime", "Hate crime", 0.53),
        (cs + "/working-in-partnership", "Working in partnership", 0.53),
    ]:
        plan.offer(u, a, sc, 3, on_page=SAFETY_TITLE, from_url=cs, inherit=True)
    plan.page_read(em)  # read on the way (a hub): its plain pages only inherit its scent
    for slug in ("flooding", "severe-weather", "business-continuity"):
        plan.offer(
            f"{em}/{slug}",
            slug.replace("-", " ").capitalize(),
            0.3,
            3,
            on_page="Emergencies",
            from_url=em,
            inherit=True,
        )
    assert next_open(plan) == cs + "/working-in-partnership", "the telling child first, hate crime is a page of its own"


def test_a_sections_own_page_stays_a_leaf_where_a_sibling_page_links_it_again() -> None:
    """ "Community safety forms" is one of the section's own pages on "Community safety"; listed
    again among a partnership page's related links, it is still not a way deeper."""
    plan = no_index_plan()
    assert next_open(plan) == CS
    plan.page_read(CS)
    forms, wip = CS + "/community-safety-forms", CS + "/working-in-partnership"
    plan.offer(forms, "Community safety forms", 0.68, 2, on_page=SAFETY_TITLE, from_url=CS, inherit=True)
    plan.offer(wip, "Working in partnership", 0.53, 2, on_page=SAFETY_TITLE, from_url=CS, inherit=True)
    assert next_open(plan) == wip
    plan.page_read(wip)
    title = "Working in partnership - Ashvale Borough Council"
    plan.offer(forms, "Community safety forms", 0.68, 3, on_page=title, from_url=wip, inherit=True)
    plan.offer(wip + "/our-priorities", "Our priorities", 0.43, 3, on_page=title, from_url=wip, inherit=True)
    assert next_open(plan) == wip + "/our-priorities"
    assert is_task("Hate crime") and is_task("Domestic abuse") and not is_task("Reducing crime and disorder")


def test_browsing_follows_the_trail_down_from_community_safety_to_a_deep_cctv_page() -> None:
    plan = no_index_plan()
    assert next_open(plan) == CS
    plan.page_read(CS)
    trail = [
        (CS + "/working-in-partnership", "Working in partnership"),
        (CS + "/working-in-partnership/our-priorities", "Our priorities"),
        (CS + "/working-in-partnership/our-priorities/reducing-crime", "Reducing crime and disorder"),
        (CS + "/working-in-partnership/our-priorities/reducing-crime/projects", "Projects and initiatives"),
    ]
    # the section's own pages, named after it, and tasks: many, and with strong section words
    leaves = [(f"{CS}/community-safety-{w}", f"Community safety {w}") for w in ("forms", "fees", "performance")]
    leaves += [(CS + "/report-asb", "Report anti-social behaviour")]
    page_title, page_url = SAFETY_TITLE, CS
    opened = []
    for depth, (url, anchor) in enumerate(trail, start=2):
        for u, a in leaves + [(url, anchor)] if depth == 2 else [(url, anchor)]:
            score = 0.68 if a.startswith("Community safety") else 0.57 if a.startswith("Report") else 0.45
            plan.offer(u, a, score, depth, on_page=page_title, from_url=page_url, inherit=True)
        # the site's navigation, repeated on every page: no scent of the page it is on
        plan.offer(HOME + "leisure", "Leisure and culture", 0.5, depth, on_page=page_title)
        got = next_open(plan)
        opened.append(got)
        assert got == url, (opened, "the trail is followed before the section's leaves and the navigation")
        plan.page_read(url)
        page_title, page_url = anchor + " - Ashvale Borough Council", url
    assert len(opened) == 4


def test_a_policies_landing_passes_no_scent_its_links_stand_on_their_own_words() -> None:
    plan = no_index_plan()
    pol = HOME + "council/policies-plans-and-strategies"
    plan.offer(pol, "Policies, plans and strategies", 0.75, 2, on_page="Ashvale Borough Council")
    plan.page_read(pol)
    plan.offer(pol + "/whistleblowing", "Whistleblowing policy", 0.5, 3, on_page="Policies", from_url=pol, inherit=True)
    plan.offer(CS + "/our-work", "Our work", 0.3, 2, on_page=SAFETY_TITLE, from_url=CS, inherit=True)
    plan.flush()
    values = {o.url: o.value for o in plan.browse}
    assert values[pol + "/whistleblowing"] < 0.5 < values[CS + "/our-work"]


def test_a_link_in_the_sites_navigation_does_not_inherit_the_pages_scent() -> None:
    plan = no_index_plan()
    next_open(plan)
    plan.page_read(CS)
    plan.offer(HOME + "leisure", "Leisure and culture", 0.3, 2, on_page=SAFETY_TITLE, from_url=CS, inherit=False)
    plan.offer(CS + "/our-work", "Our work", 0.3, 2, on_page=SAFETY_TITLE, from_url=CS, inherit=True)
    plan.flush()
    values = {o.url: o.value for o in plan.browse}
    assert values[CS + "/our-work"] > 0.6 > values[HOME + "leisure"]


def test_committees_likeliest_to_hold_cctv_papers_are_opened_first() -> None:
    assert committee_scent("Cabinet") > committee_scent("Full Council") > committee_scent("Planning Committee")
    assert committee_scent("Communities Scrutiny Panel") > 0 > committee_scent("Licensing Committee")
    plan = SearchPlan()
    plan.search_form(HOME + "search?q=CCTV")
    plan.searched("CCTV")
    plan.answered("CCTV", 3)
    plan.update({"5.1": {"status": "met"}, "5.2": {"status": "met"}, "5.3": {"status": "met"}})
    for t in SEARCH_TERMS_FOR["5.5"]:
        plan.terms[t] = "searched"
    mg = "http://democracy.ashvale.gov.uk/"
    plan.offer(mg + "mgListCommittees.aspx?bcr=1", "Committees", 0.5, 2, sibling=True)
    action = plan.next_action()
    assert action is not None and action.url == mg + "mgListCommittees.aspx?bcr=1"
    plan.page_read(action.url or "")
    names = ["Planning Committee", "Licensing Committee", "Cabinet", "Pensions Committee"]
    for i, name in enumerate(names):
        plan.offer(f"{mg}mgCommitteeDetails.aspx?ID={100 + i}", name, 0.45, 3, sibling=True)
    action = plan.next_action()
    assert action is not None and action.url == mg + "mgCommitteeDetails.aspx?ID=102", "Cabinet first"


def test_only_the_councils_own_landing_page_is_its_gateway() -> None:
    assert section_families(HOME + "about-the-council", "About the council") == ("gateway",)
    assert "gateway" in section_families(HOME + "council-and-democracy", "Council and democracy")
    # a page under the council's section is not its landing page: it must not use up the gateway
    assert "gateway" not in section_families(
        HOME + "about-the-council/policies-plans-and-strategies", "Policies, plans and strategies"
    )
    assert "gateway" not in section_families(HOME + "about-the-council/budgets", "Budgets and spending")


def test_pages_of_a_councillors_section_are_not_committee_papers() -> None:
    cc = HOME + "the-council/councillors-and-committees"
    assert section_families(cc, "Councillors and committees") == ("committee",)
    assert "committee" not in section_families(cc + "/forward-plan", "Forward plan")
    assert "committee" not in section_families(cc + "/find-your-councillor", "Find your councillor")
    assert section_families(cc + "/meetings/cabinet", "Cabinet") == ("committee",)


def test_with_a_search_the_main_site_committee_trail_stops_one_page_below_its_landing_page() -> None:
    """The site's search indexes committee papers published on the main site; those on the
    council's committee host it does not. The link there is on the landing page or on its
    "Meetings" page one level down (a CMIS site), so the trail reads two main-site pages, then
    only the committee host."""
    plan = SearchPlan()
    plan.search_form(HOME + "search?q=CCTV")
    plan.searched("CCTV")
    plan.answered("CCTV", 3)
    plan.update({"5.1": {"status": "met"}, "5.2": {"status": "met"}, "5.3": {"status": "met"}})
    for t in SEARCH_TERMS_FOR["5.5"]:
        plan.terms[t] = "searched"
    cc = HOME + "the-council/councillors-and-committees"
    plan.offer(cc, "Councillors and committees", 0.5, 2, on_page="The council")
    action = plan.next_action()
    assert action is not None and action.url == cc
    plan.page_read(cc)
    plan.offer(cc + "/meetings", "Committee meetings", 0.6, 3, on_page="Councillors and committees")
    plan.offer(cc + "/decisions", "Committee decisions", 0.55, 3, on_page="Councillors and committees")
    mg = "http://democracy.ashvale.gov.uk/mgListCommittees.aspx?bcr=1"
    plan.offer(mg, "Meetings, agendas and minutes", 0.4, 3, sibling=True)
    opened = []
    while (action := plan.next_action()) is not None:
        opened.append(action.url)
        plan.page_read(action.url or "")
    assert mg in opened and cc + "/meetings" in opened, opened
    assert cc + "/decisions" not in opened, opened


def test_a_trail_page_lost_to_a_burst_of_server_errors_is_chosen_once_more() -> None:
    """ "Working in partnership" answered 500, 502 and 504 in a row (Scrapy's own retries spent in
    the burst): the trail below it is not lost, the page is opened again, once."""
    plan = no_index_plan()
    assert next_open(plan) == CS
    plan.page_read(CS)
    wip = CS + "/working-in-partnership"
    plan.offer(wip, "Working in partnership", 0.53, 2, on_page=SAFETY_TITLE, from_url=CS, inherit=True)
    plan.offer(CS + "/hate-crime", "Hate crime", 0.53, 2, on_page=SAFETY_TITLE, from_url=CS, inherit=True)
    assert next_open(plan) == wip
    assert plan.retry_later(wip)
    assert next_open(plan) == wip, "chosen again, before the pages it outranked"
    assert not plan.retry_later(wip), "one second chance only"


def test_a_trail_page_offered_after_the_navigation_filled_the_list_is_still_kept() -> None:
    """Menus of the pages read fill the bounded list of links to browse before the trail's next
    page is seen: the weakest link gives way to it (it used to be refused, and the deep CCTV page
    below it was never reached when the site's answers came in another order)."""
    from analysis.searchplan_rules import MAX_BROWSE_OFFERS

    plan = no_index_plan()
    assert next_open(plan) == CS
    plan.page_read(CS)
    for i in range(MAX_BROWSE_OFFERS + 50):
        plan.offer(f"{HOME}services/service-{i}", f"Service {i}", 0.2, 2, on_page="Services", from_url=HOME)
    wip = CS + "/working-in-partnership"
    plan.offer(wip, "Working in partnership", 0.53, 2, on_page=SAFETY_TITLE, from_url=CS, inherit=True)
    assert next_open(plan) == wip
    plan.page_read(wip)
    for i in range(60):
        plan.offer(f"{HOME}more/page-{i}", f"Page {i}", 0.2, 3, on_page="More", from_url=HOME)
    priorities = HOME + "article/5675/Our-priorities"  # GOSS: no parent in the address
    plan.offer(priorities, "Our priorities", 0.3, 3, on_page="Working in partnership", from_url=wip, inherit=True)
    assert next_open(plan) == priorities
