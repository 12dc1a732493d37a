"""The council's CCTV page still to be found when 5.1 was met only on a document (session 9).

Held-back web 12's Basildon: the site's search matched titles only, so "CCTV" listed the code of
practice PDF (5.1 met on it alone) but not the "Town centre cameras" page, which held the contact point,
the certificate and the agreement. A careful person would still open the A-Z and follow the link that
names the cameras. Pure tests of analysis.searchplan, no network.
"""

from __future__ import annotations

from analysis.searchplan import SearchPlan
from analysis.searchplan_rules import PAGE_HUNT_CAP

HOME = "http://www.newtown.gov.uk/"
CODE = HOME + "uploads/cctv-code-of-practice.pdf"
# (under "community", not a partnership's section: since session 20 a searched plan opens a partnership's pages for 5.5,
# which is not the page hunt these tests are about)
CAMERAS = HOME + "community/town-centre-cameras"


def _plan(met_on: str) -> SearchPlan:
    plan = SearchPlan()
    plan.search_form(HOME + "search?s=CCTV")
    plan.page_read(HOME)
    plan.answered("CCTV", 3)
    plan.searched("CCTV")
    plan.page_read(CODE)
    plan.document_read(CODE, "CCTV code of practice", True)
    plan.update({"5.1": {"status": "met", "pages": [met_on]}})
    plan.offer(CAMERAS, "Town centre cameras", 0.75, 2, on_page="A to Z")
    plan.offer(HOME + "bins", "Bins and recycling", 0.3, 1, on_page="Newtown Council")
    return plan


def _opened(plan: SearchPlan) -> list[str]:
    opened = []
    for _ in range(40):
        action = plan.next_action()
        if action is None:
            break
        if action.method == "site_search":
            plan.answered(action.term, 0)
        if action.url:
            opened.append(action.url)
            plan.page_read(action.url)
    return opened


def test_met_on_a_document_only_the_link_naming_the_cameras_is_followed() -> None:
    opened = _opened(_plan(met_on=CODE))
    assert CAMERAS in opened
    assert HOME + "bins" not in opened  # only the strongest links, never the whole navigation


def test_met_on_the_councils_cctv_page_no_browsing_is_added() -> None:
    opened = _opened(_plan(met_on=HOME + "community/cctv"))
    assert CAMERAS not in opened


def test_the_page_hunt_is_bounded() -> None:
    plan = _plan(met_on=CODE)
    for i in range(10):
        plan.offer(HOME + f"community/cameras-{i}", f"Cameras in ward {i}", 0.76, 2, on_page="A to Z")
    hunted = [u for u in _opened(plan) if "camera" in u]
    assert 1 <= len(hunted) <= PAGE_HUNT_CAP


def _unindexed_plan(evidence_criteria: list[str]) -> SearchPlan:
    """No search, no sitemap, no A-Z; 5.1 met on the police agreement and on the page listing it (held-back web 66's
    King's Lynn and West Norfolk), the CCTV page with the contact point five clicks under "Residents"."""
    plan = SearchPlan()
    plan.search_form(None, "unavailable")
    plan.sitemap("unavailable")
    plan.page_read(HOME)
    listing = HOME + "council/partnerships/partnership-agreements"
    sla = HOME + "downloads/download/322/cctv-sla"
    plan.page_read(listing)
    plan.page_read(sla)
    plan.document_read(sla, "Service level agreement for public space CCTV", False)
    plan.offer(HOME + "privacy", "Privacy", 0.61, 1, on_page="Newtown Council")
    plan.offer(HOME + "council/partnerships", "Partnerships", 0.6, 1, on_page="Newtown Council")
    plan.offer(HOME + "residents", "Residents", 0.44, 1, on_page="Newtown Council")
    plan.update(
        {
            "5.1": {
                "status": "met",
                "pages": [sla, listing],
                "evidence": [
                    {"url": sla, "criteria": ["operator", "disclosure"]},
                    {"url": listing, "criteria": evidence_criteria},
                ],
            },
            "5.5": {"status": "met"},
        }
    )
    return plan


def test_with_no_index_a_page_listing_only_the_agreement_sends_the_plan_on_for_the_cctv_page() -> None:
    assert HOME + "residents" in _opened(_unindexed_plan(["police_agreement"]))


def test_with_no_index_the_councils_own_cctv_page_ends_the_hunt() -> None:
    assert HOME + "residents" not in _opened(_unindexed_plan(["police_agreement", "retention"]))
