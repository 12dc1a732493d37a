"""Browsing the site's own navigation when no index answers, and the council's committee host.

Pure tests, no network: the search plan (analysis.searchplan) on a site with no search, no
sitemap and no section linked where the plan looks; the site bounds (crawler.engine.netsafety) for a
committee papers host of the council's own registered domain, and of anyone else's.
"""

from __future__ import annotations

import pytest
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request

from analysis.searchplan import BROWSE_CAP, SearchPlan
from analysis.sections import browsable
from crawler.engine.middlewares import SafetyMiddleware
from crawler.engine.netsafety import SiteBounds
from crawler.engine.site import SiteState

HOME = "http://www.oldtown.gov.uk/"
NAV = [
    ("residents.asp", "Residents"),
    ("business.asp", "Business"),
    ("bins.asp", "Bins and recycling"),
    ("counciltax.asp", "Council tax"),
    ("jobs.asp", "Jobs"),
    ("news/archive.asp", "News archive"),
    ("planning/applications.asp", "Planning applications"),
    ("whatson.asp", "Events calendar"),
]


def no_index_plan() -> SearchPlan:
    plan = SearchPlan()
    plan.search_form(None, "unavailable")
    plan.sitemap("unavailable")
    plan.page_read(HOME)
    for i, (path, text) in enumerate(NAV):
        plan.offer(HOME + path, text, 0.1 - 0.01 * i, 1, on_page="Old Town Council")
    return plan


def test_browsable_skips_obviously_unrelated_services() -> None:
    assert browsable(HOME + "residents.asp", "Residents")
    assert browsable(HOME + "community/safety/crime.asp", "Crime and disorder")
    for path, text in NAV[2:]:
        assert not browsable(HOME + path, text), text


def test_without_any_index_the_plan_browses_the_navigation_best_first() -> None:
    plan = no_index_plan()
    action = plan.next_action()
    assert action is not None and action.method == "links" and action.url == HOME + "residents.asp"
    assert set(action.deliverables) == {"5.1", "5.2", "5.3", "5.5"}
    opened = [action.url]
    while (action := plan.next_action()) is not None:
        opened.append(action.url)
    assert opened == [HOME + "residents.asp", HOME + "business.asp"], "never bins, tax, jobs, news, planning, events"
    effort = plan.effort("5.5", exhausted=True)
    links = [s for s in effort["steps"] if s["method"] == "links"]
    assert links and links[0]["outcome"] == "searched" and effort["complete"] is True


def test_effort_is_incomplete_until_the_browsing_is_spent() -> None:
    plan = no_index_plan()
    assert plan.next_action() is not None
    effort = plan.effort("5.5", exhausted=True)  # the site stopped with links still to browse
    assert effort["complete"] is False
    assert [s["outcome"] for s in effort["steps"] if s["method"] == "links"] == ["failed"]


def test_browsing_stops_when_the_missing_deliverables_are_found() -> None:
    plan = no_index_plan()
    assert plan.next_action() is not None
    plan.update({d: {"status": "met"} for d in ("5.1", "5.2", "5.3", "5.5")})
    assert plan.next_action() is None


def test_browsing_allowance_is_bounded() -> None:
    plan = no_index_plan()
    for i in range(BROWSE_CAP + 10):
        plan.offer(f"{HOME}section{i}.asp", f"Section {i}", 0.05, 2, on_page="Residents")
    opened = []
    while (action := plan.next_action()) is not None:
        opened.append(action.url)
    assert len(opened) == BROWSE_CAP
    assert plan.effort("5.3", exhausted=True)["complete"] is True


def test_a_site_whose_search_answered_does_not_browse() -> None:
    plan = SearchPlan()
    plan.search_form(HOME + "search?q=CCTV")
    plan.searched("CCTV")
    plan.answered("CCTV", 3)
    for path, text in NAV:
        plan.offer(HOME + path, text, 0.1, 1, on_page="Old Town Council")
    actions = []
    while (action := plan.next_action()) is not None:
        actions.append(action)
    assert actions and all(a.method != "links" for a in actions)
    assert not [s for s in plan.effort("5.5", exhausted=True)["steps"] if s["method"] == "links"]


def test_committee_host_of_the_same_registered_domain_only() -> None:
    bounds = SiteBounds.from_url(HOME)
    assert bounds.allows("http://democracy.oldtown.gov.uk/mgAi.aspx?ID=12")
    assert bounds.allows("https://committees.oldtown.gov.uk/ieListDocuments.aspx?CId=1&MId=2")
    assert bounds.allows("http://moderngov.oldtown.gov.uk/mgCommitteeDetails.aspx?ID=3")
    # ModernGov at councillors.<council> (Halton's, held-back web 6) and council.<council>
    assert bounds.allows("http://councillors.oldtown.gov.uk/ieListDocuments.aspx?CId=312&MId=9031")
    assert bounds.allows("http://council.oldtown.gov.uk/mgAi.aspx?ID=5")
    assert not bounds.allows("http://councillors.newtown.gov.uk/mgAi.aspx?ID=5"), "another registered domain"
    # a host named for the council on a provider nothing shows is its own: never fetched, only noted
    assert bounds.unverified_committee_tenancy("http://oldtown.cmis-meetings.example/ieDocHome.aspx")
    assert not bounds.allows("http://oldtown.cmis-meetings.example/ieDocHome.aspx")
    assert not bounds.unverified_committee_tenancy("http://democracy.oldtown.gov.uk/mgAi.aspx?ID=12")
    assert not bounds.unverified_committee_tenancy("http://newtown.cmis-meetings.example/ieDocHome.aspx")
    assert not bounds.allows("http://democracy.newtown.gov.uk/mgAi.aspx?ID=12"), "another registered domain"
    assert not bounds.allows("http://democracy.oldtown.gov.uk.evil.example/mgAi.aspx")
    assert not bounds.allows("http://shop.oldtown.gov.uk/basket"), "a sibling host that is not committee papers"
    assert not bounds.allows("http://democracy.oldtown.gov.uk:8080/mgAi.aspx"), "only the ordinary web ports"
    assert not bounds.allows("http://10.0.0.5/mgAi.aspx") and not bounds.allows("http://127.0.0.2/mgAi.aspx")
    assert bounds.allows("http://docs.oldtown.gov.uk/a.pdf", document=True)
    assert not bounds.on_site("http://democracy.oldtown.gov.uk/mgAi.aspx?ID=12"), "the site itself stays one host"


def test_a_committee_host_of_another_council_is_refused_before_any_connection() -> None:
    site = SiteState("E99000090", "Old Town Council", HOME, "Cleveland Police", 60)
    spider = type("Spider", (), {"sites": {site.gss_code: site}})()
    mw = SafetyMiddleware(frozenset(), allow_loopback=False)
    ours = Request("http://democracy.oldtown.gov.uk/mgAi.aspx?ID=1", meta={"site": site.gss_code})
    assert mw.process_request(ours, spider) is None
    for url in ("http://democracy.newtown.gov.uk/mgAi.aspx?ID=1", "http://democracy.oldtown.gov.uk.evil.example/x"):
        with pytest.raises(IgnoreRequest, match="outside the site"):
            mw.process_request(Request(url, meta={"site": site.gss_code}), spider)


def test_the_councils_own_hosted_moderngov_tenancy_is_its_committee_host() -> None:
    """<council>.moderngov.co.uk, named for the council's own domain, is its committee system;
    a tenancy named for another council, or a look-alike host, is not."""
    bounds = SiteBounds.from_url("http://www.barnet.gov.uk/")
    assert bounds.committee_host("https://barnet.moderngov.co.uk/mgAi.aspx?ID=38786")
    assert bounds.allows("https://barnet.moderngov.co.uk/ieListDocuments.aspx?CId=1&MId=2")
    assert bounds.allows("https://barnet.moderngov.co.uk/documents/s123/cctv_isa.pdf", document=True)
    assert not bounds.allows("https://enfield.moderngov.co.uk/mgAi.aspx?ID=1"), "another council's tenancy"
    assert not bounds.allows("https://barnet.moderngov.co.uk.evil.example/mgAi.aspx")
    assert not bounds.allows("https://barnet.moderngov.co.uk:8443/mgAi.aspx"), "only the ordinary web ports"
    assert not bounds.allows("https://barnet.example.co.uk/mgAi.aspx"), "not a committee system host"
    assert not bounds.on_site("https://barnet.moderngov.co.uk/mgAi.aspx?ID=1"), "the site itself stays one host"


def test_once_cctv_information_is_read_only_telling_links_are_browsed_below_the_top() -> None:
    """A one-fact council without search (held-back webs 19-26): its CCTV mention is in hand, and browsing for
    the other deliverables opens the top sections and the links whose words say something, never a service
    page's list of services ("Housing" -> "Repairs", "Pest control")."""
    plan = no_index_plan()
    plan.update({"5.1": {"status": "partial"}})
    plan.offer(HOME + "residents/repairs.asp", "Repairs", 0.3, 2, on_page="Residents")
    plan.offer(HOME + "residents/pest-control.asp", "Pest control", 0.3, 2, on_page="Residents")
    plan.offer(HOME + "residents/community-safety.asp", "Community safety", 0.74, 2, on_page="Residents")
    opened = []
    while (action := plan.next_action()) is not None:
        opened.append(action.url)
    assert HOME + "residents/community-safety.asp" in opened
    assert HOME + "residents.asp" in opened, "the top sections stay open"
    assert HOME + "residents/repairs.asp" not in opened and HOME + "residents/pest-control.asp" not in opened
    # with nothing of the council's CCTV read yet, the same links are browsed: the CCTV page may be below them
    blind = no_index_plan()
    blind.offer(HOME + "residents/repairs.asp", "Repairs", 0.3, 2, on_page="Residents")
    seen = []
    while (action := blind.next_action()) is not None:
        seen.append(action.url)
    assert HOME + "residents/repairs.asp" in seen


def test_the_page_a_cctv_notice_belongs_to_is_its_breadcrumbs_last_step() -> None:
    """Held-back web 28's Coventry: the certification mark sat on the service page above its CCTV privacy notice,
    linked only as the breadcrumb's last step."""
    from analysis.links import parent_crumb
    from analysis.text import Link

    trail = "Home > Street scene > Monitoring and response service"
    assert parent_crumb(Link(HOME + "street-scene/monitoring", "Monitoring and response service", trail))
    assert not parent_crumb(Link(HOME + "street-scene", "Street scene", trail)), "not the last step"
    assert not parent_crumb(Link(HOME + "street-scene", "Street scene", "Home > Street scene")), "a top section"
    assert not parent_crumb(Link(HOME + "monitoring", "Monitoring and response service", "Our services: alarms")), (
        "no trail"
    )


def test_a_committee_system_on_another_host_by_its_name_or_its_folder() -> None:
    """Held-back web 240: papers on councildecisions.<council> (Bury) and under /moderngov/ on applications.<council>
    (Huntingdonshire); the same host's other folders stay out of reach."""
    bounds = SiteBounds.from_url(HOME)
    assert bounds.allows("http://councildecisions.oldtown.gov.uk/documents/s1/Appendix.pdf")
    assert bounds.allows("http://applications.oldtown.gov.uk/moderngov/mgAi.aspx?ID=7")
    assert not bounds.allows("http://applications.oldtown.gov.uk/forms/apply"), "a sibling's other folders"
    assert not bounds.allows("http://applications.newtown.gov.uk/moderngov/mgAi.aspx?ID=7"), "another registered domain"


def test_a_search_result_on_a_staging_host_is_read_on_the_site_itself() -> None:
    """Held-back web 239's Sefton: the engine listed its results on cms-staging.<council>; the same path on the site is
    what a person opens. Committee hosts and other domains are never rewritten."""
    bounds = SiteBounds.from_url(HOME)
    assert bounds.on_own_host("http://cms-staging.oldtown.gov.uk/cctv?x=1") == "http://www.oldtown.gov.uk/cctv?x=1"
    assert bounds.on_own_host("http://www.oldtown.gov.uk/cctv") is None, "already on the site"
    assert bounds.on_own_host("http://democracy.oldtown.gov.uk/mgAi.aspx?ID=1") is None, "the committee host is its own"
    assert bounds.on_own_host("http://cms-staging.newtown.gov.uk/cctv") is None, "another registered domain"
    assert bounds.on_own_host("http://cms-staging.oldtown.gov.uk:8443/cctv") is None, "only the ordinary web ports"
