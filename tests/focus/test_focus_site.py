"""The hub reserve of one site: best first, a couple per section, a section's own pages last."""

from __future__ import annotations

from crawler.engine.site import SiteState

S = "https://www.anytown.gov.uk"


def _site() -> SiteState:
    return SiteState("E99000001", "Anytown Borough Council", S + "/", None, budget=60)


def _open_all(site: SiteState) -> list[str]:
    opened = []
    while (hub := site.next_hub()) is not None:
        site.claim(hub[1])
        opened.append(hub[1].removeprefix(S))
    return opened


def test_best_hub_first_and_never_twice() -> None:
    site = _site()
    site.add_hub(0.6, S + "/privacy-notice", 1, "privacy")
    site.add_hub(0.75, S + "/a-z", 1, "az")
    site.add_hub(0.75, S + "/a-z", 2, "az")
    assert _open_all(site) == ["/a-z", "/privacy-notice"]
    assert not site.hubs_left()


def test_at_most_two_hubs_of_one_section() -> None:
    site = _site()
    for i, name in enumerate(["", "/forms", "/performance", "/policy", "/fees"]):
        site.add_hub(0.74 - i * 0.01, S + "/community-safety" + name, 1, "community safety")
    site.add_hub(0.5, S + "/your-council/policies-plans-and-strategies", 1, "policies")
    opened = _open_all(site)
    assert opened == ["/community-safety", "/community-safety/forms", "/your-council/policies-plans-and-strategies"]
    assert site.hubs_left()  # the section's other pages stay in reserve: the stop reason says so


def test_a_page_under_an_opened_hub_yields_to_another_section() -> None:
    site = _site()
    site.add_hub(0.74, S + "/community/community-safety/index.htm", 1, "community safety")
    site.add_hub(0.68, S + "/community/community-safety/community-safety-partnership.htm", 2, "community safety")
    site.add_hub(0.61, S + "/your-council/data-protection/privacy-notice.htm", 1, "privacy")
    assert _open_all(site)[:2] == [
        "/community/community-safety/index.htm",
        "/your-council/data-protection/privacy-notice.htm",
    ]
