"""The record of a deliverable's search: the shared contract's `search_effort`.

Each not-found verdict must say where the audit looked, so a council can see it: the site's search
with the deliverable's words, the sitemap, the A-Z, the sections opened and the pages read. A step
the spider could not take (the budget or the plan's limits came first) leaves the effort
incomplete, and a not_met on an incomplete effort is flagged for review (analysis.confidence).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .searchplan_rules import DONE, MAX_PAGES_READ, ONLY_IF_UNFOUND, ONLY_IF_UNSEEN, SEARCH_TERMS_FOR, WIDER_WORD

if TYPE_CHECKING:
    from .searchplan import SearchPlan

__all__ = ["search_effort"]


def search_effort(plan: SearchPlan, d: str, exhausted: bool) -> dict:
    """The contract's `search_effort` of deliverable `d`.

    `exhausted`: the plan had nothing left to try when the site finished (not stopped by its
    budget or an error first).
    """
    steps: list[dict] = []
    done = d in plan.found
    exhausted = exhausted and not plan.cut
    # the site's search
    if plan.search_outcome in ("refused_by_robots", "unavailable") and not plan.terms:
        steps.append(
            {"method": "site_search", "target": "; ".join(SEARCH_TERMS_FOR[d]), "outcome": plan.search_outcome}
        )
    else:
        for term in SEARCH_TERMS_FOR[d]:
            outcome = plan.terms.get(term)
            if outcome == "not_needed" and not done:
                covered = plan.covered(term)
                steps.append(
                    {
                        "method": "site_search",
                        "outcome": outcome,
                        "target": term
                        + (
                            " (covered by a broader search already read)"
                            if covered
                            else f" (the council's CCTV policy or code of practice already read: {plan.policy_read})"
                            if plan.policy_in_hand(term)
                            else " (the council's CCTV information already read, 5.1 met)"
                            if term in ONLY_IF_UNFOUND and plan.info_met and plan.info_page_met
                            else " (some of the council's CCTV information already read)"
                            if term in ONLY_IF_UNSEEN and plan.info_seen
                            else " (the deliverable's other words already listed pages)"
                        ),
                    }
                )
                continue
            if outcome is None and not done and plan.search_outcome == "searched" and not plan.search_answered:
                steps.append(
                    {
                        "method": "site_search",
                        "outcome": "unavailable",
                        "target": term
                        + (
                            " (the site's search lists the same unrelated pages whatever is asked)"
                            if plan.search_ignores_query
                            else f" (the site's search answered {plan.search_refused})"
                            if plan.search_refused
                            else " (the site's search listed nothing for CCTV)"
                        ),
                    }
                )
                continue
            if outcome is None:
                outcome = (
                    "not_needed"
                    if done
                    else plan.search_outcome
                    if plan.search_outcome in ("refused_by_robots", "unavailable")
                    else ""
                )
            steps.append({"method": "site_search", "target": term, "outcome": outcome})
        if d in plan.wider_for and WIDER_WORD not in SEARCH_TERMS_FOR[d]:
            # the wider word, searched for this deliverable after a short list for "CCTV": where the audit looked too
            steps.append(
                {
                    "method": "site_search",
                    "target": f"{WIDER_WORD} (the search for CCTV listed only a few pages, none titled for the cameras)",
                    "outcome": plan.terms.get(WIDER_WORD, "searched"),
                }
            )
        if d in plan.room_for and plan.room:
            # the name of the room the council's CCTV page says its cameras are watched from
            steps.append(
                {
                    "method": "site_search",
                    "target": f"{plan.room} (the room the council's CCTV page says its cameras are watched from)",
                    "outcome": plan.terms.get(plan.room, "searched"),
                }
            )
    partial_only = d in plan.partial
    # the sitemap
    if plan.sitemap_outcome in ("searched", "unavailable", "failed"):
        steps.append(
            {
                "method": "sitemap",
                "target": "; ".join(plan.sitemap_urls) or "robots.txt names no sitemap",
                "outcome": plan.sitemap_outcome,
            }
        )
    elif done or partial_only or plan.search_answered:
        steps.append(
            {"method": "sitemap", "target": "; ".join(plan.sitemap_urls) or "sitemap", "outcome": "not_needed"}
        )
    else:
        steps.append({"method": "sitemap", "target": "sitemap", "outcome": ""})
    # the A-Z and the sections
    for fam in ("a_z",) + plan.families_for(d):
        method = "a_z" if fam == "a_z" else "section"
        opened = plan.read_in(fam)
        for url in opened:
            steps.append({"method": method, "target": url, "outcome": plan.failed.get(url, "searched")})
        if opened:
            continue
        label = "A-Z" if fam == "a_z" else fam.replace("_", " ")
        if done or partial_only or (fam == "a_z" and plan.search_answered):
            steps.append({"method": method, "target": label, "outcome": "not_needed"})
        elif not plan.offers.get(fam):
            steps.append({"method": method, "target": label, "outcome": "unavailable"})
        else:
            steps.append({"method": method, "target": label, "outcome": ""})
    if "committee" in plan.families_for(d) and not done and not partial_only:
        # papers the audit saw but may not fetch: the search could not cover them, so it is not
        # complete, and a not_met resting on it is never stated with confidence
        for url in plan.offsite_committee:
            steps.append(
                {
                    "method": "section",
                    "target": f"{url} (committee papers on a host outside the council's domain: not fetched)",
                    "outcome": "failed",
                }
            )
    if (plan.browsing_wanted() or plan.browsed) and not done and not partial_only:
        # browsing ends when its allowance is spent, or when what it looked for was found
        spent = (plan.browse_spent() or not plan.browsing_wanted()) and exhausted
        steps.append(
            {
                "method": "links",
                "outcome": "searched" if spent else "",
                "target": f"the site's own navigation, best links first ({len(plan.browsed)} pages opened)",
            }
        )
    complete = done or (exhausted and all(s["outcome"] in DONE for s in steps))
    for s in steps:
        if not s["outcome"]:  # a step never taken: the budget or the plan's limits came first
            s["outcome"] = "not_needed" if complete else "failed"
            s["target"] += " (not reached)"
    return {"complete": complete, "steps": steps, "pages_read": list(plan.pages_for.get(d, []))[:MAX_PAGES_READ]}
