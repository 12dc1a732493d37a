"""For each gap, what exactly the council should publish next (docs/domain.md).

A CCTV manager reading their scorecard needs an action, not a verdict: "publish your retention
period" beats "5.1 partial". Each recommendation names the deliverable, a priority, a one-line
title and the concrete items to publish. Wording stays neutral where the audit could not see
the site: an unknown is a reason to check the audit, not a finding against the council.
"""

from __future__ import annotations

from reports.model import (CRITERIA, CRITERION_ADVICE, CRITERION_LABELS, SCHEME_CLOSED,
                           force_display, normalise_authority)

PRIORITY_ORDER = {"high": 0, "medium": 1, "low": 2}


def _rec(deliverable: str | None, priority: str, title: str, detail: str,
         items: list[str] | None = None) -> dict:
    return {"deliverable": deliverable, "priority": priority, "title": title,
            "detail": detail, "items": items or []}


def _criteria_items(keys: list[str]) -> list[str]:
    return [f"{CRITERION_LABELS[k]}: {CRITERION_ADVICE[k]}" for k in keys]


def _five_one(d: dict) -> list[dict]:
    missing = [k for k, _, _ in CRITERIA if not d["criteria"].get(k)]
    if d["status"] == "not_met":
        return [_rec("5.1", "high",
                     "Publish a page about the council's own surveillance camera systems",
                     "No page about the council's own CCTV or surveillance cameras was found. "
                     "Publish one page (with its documents) that says, in the words of the "
                     "Surveillance Camera Code: \u201cthe following information is available\u201d, "
                     "and covers each of these:", _criteria_items(missing))]
    if d["status"] == "partial":
        return [_rec("5.1", "high",
                     "Add the missing information to the council's CCTV page",
                     f"The council mentions its cameras but publishes {19 - len(missing)} of the "
                     "19 information criteria. Add:", _criteria_items(missing))]
    if d["status"] == "met" and missing:
        return [_rec("5.1", "low", f"Complete the CCTV information ({len(missing)} criteria "
                     "not found)", "The council publishes information about its cameras; "
                     "these criteria were not found and would complete it:",
                     _criteria_items(missing))]
    return []


def _five_one_quality(d: dict) -> list[dict]:
    """Wording that is out of date, or information only in committee papers."""
    recs = []
    if d["status"] != "unknown" and d["stale"]:
        recs.append(_rec("5.1", "medium", "Update out-of-date CCTV information",
                         "The council's CCTV information still uses wording that is out of "
                         "date (the Data Protection Act 1998 was replaced by the Data "
                         "Protection Act 2018 and the UK GDPR; the £10 subject access fee "
                         "was abolished in 2018). Replace:", list(d["stale"])))
    if d["status"] != "unknown" and d["secondary_only"]:
        recs.append(_rec("5.1", "medium", "Publish the information on the council's own pages",
                         "The information was found only in committee papers. Publish it on "
                         "the council's own CCTV page, where residents look for it.", []))
    return recs


def _five_two(d: dict) -> list[dict]:
    recs = []
    if d.get("mark_displayed"):
        recs.append(_rec(
            "5.2", "high", "Remove the lapsed certification mark",
            f"The \u201cSurveillance Camera Code Compliant\u201d mark is still shown. The "
            f"certification scheme closed on {SCHEME_CLOSED} and every certificate lapsed; "
            "holders were asked to remove the mark. Replace it with a dated statement such "
            "as \u201cawarded step 2 full certification in 2019 (scheme closed November "
            "2025)\u201d.", []))
    if d["status"] in ("not_met", "partial"):
        recs.append(_rec(
            "5.2", "low", "Publish evidence of compliance with the Surveillance Camera Code",
            f"Certification can no longer be obtained (the scheme closed on {SCHEME_CLOSED}). "
            "If the council completed step one or two while it ran, say so with the step and "
            "date; otherwise publish what certification would have checked:",
            ["the completed self-assessment tool for the main system",
             "the latest annual review of the system against the 12 guiding principles"]))
    return recs


def _five_three(d: dict) -> list[dict]:
    spoc = d["spoc"]
    who = spoc.get("role") or spoc.get("name")
    has_route = bool(spoc.get("email") or spoc.get("phone"))
    if d["status"] == "not_met":
        return [_rec("5.3", "high", "Designate and publish a surveillance camera single point "
                     "of contact (SPOC)",
                     "Name one officer or team as the single point of contact for all the "
                     "council's surveillance camera systems (not only the town-centre control "
                     "room) and publish:",
                     ["the role or team (a person's name is optional)",
                      "a contact route: an email address (for example cctv@\u2026), a phone "
                      "number or a form",
                      "that they are the SPOC for surveillance camera systems under the "
                      "Surveillance Camera Code"])]
    if d["status"] == "partial" and who and not has_route:
        return [_rec("5.3", "high", "Add a contact route for the SPOC",
                     f"{who} is published as the single point of contact but without a way to "
                     "reach them. Publish an email address, phone number or form.", [])]
    if d["status"] == "partial":
        contact = who or spoc.get("email") or spoc.get("phone") or "The published CCTV contact"
        return [_rec("5.3", "medium", "Designate the CCTV contact as the SPOC",
                     f"{contact} is published as a CCTV contact but not designated as the "
                     "single point of contact. State on the page that this role is the "
                     "council's SPOC for all its surveillance camera systems.", [])]
    return []


def _five_five(d: dict, force: str | None) -> list[dict]:
    police = force_display(force)
    docs = d["documents"]
    if d["status"] == "not_met":
        return [_rec("5.5", "high", f"Agree and publish a service level agreement with {police}",
                     f"No agreement with the police was found. Agree one with {police} based on "
                     "the national framework SLA (NPCC, PCMA, the Commissioner and the LGA; "
                     "revised April 2026), then publish it:",
                     ["signed for and on behalf of the council and of the police force, with "
                      "names, positions and dates",
                      "covering all the council's surveillance camera systems, ANPR included",
                      "as a document linked from the council's CCTV page"])]
    if d["status"] != "partial":
        return []
    drafts = [x for x in docs if x.get("draft")]
    unsigned = [x for x in docs if not x.get("signed") and not x.get("draft")]
    if drafts:
        return [_rec("5.5", "high", "Publish the final, signed agreement instead of the draft",
                     "The published agreement is a draft. Publish the final version signed by "
                     f"both the council and {police}:",
                     [str(x.get("title") or x.get("url") or "untitled document") for x in drafts])]
    if unsigned:
        return [_rec("5.5", "high", "Publish a signed copy of the agreement",
                     f"The agreement is published but not signed by both parties. Publish the "
                     f"copy signed on behalf of the council and of {police}:",
                     [str(x.get("title") or x.get("url") or "untitled document")
                      for x in unsigned])]
    return [_rec("5.5", "high", "Publish the agreement with the police",
                 f"An agreement with {police} is mentioned but not published. Publish the "
                 "signed agreement (or information sharing agreement) and link it from the "
                 "CCTV page.", [])]


def _crawl(a: dict) -> list[dict]:
    crawl = a["crawl"]
    if crawl["status"] == "ok":
        return []
    if crawl["status"] == "robots_blocked":
        return [_rec(None, "medium", "Let the audit read the council's CCTV pages",
                     "The site's robots.txt forbids the pages the audit needs, so nothing could "
                     "be assessed. Allow the audit's user agent to fetch public information "
                     "pages, or send the PCMA the addresses of the CCTV pages.", [])]
    reason = crawl.get("error") or "no response from the site"
    return [_rec(None, "medium", "Check the site could be reached",
                 f"The audit could not assess the site ({reason}). Nothing here counts against "
                 "the council; run the check again when the site is reachable.", [])]


def recommendations(authority: dict) -> list[dict]:
    """For each gap of one authority, a concrete recommendation; most urgent first.

    Each item: ``{"deliverable": "5.1"|"5.2"|"5.3"|"5.5"|None, "priority": "high"|"medium"|
    "low", "title", "detail", "items": [str]}``. ``deliverable`` None means the crawl itself.
    A deliverable that is ``unknown`` gets no recommendation of its own.
    """
    a = normalise_authority(authority)
    d = a["deliverables"]
    recs = (_crawl(a) + _five_one(d["5.1"]) + _five_one_quality(d["5.1"])
            + _five_two(d["5.2"]) + _five_three(d["5.3"])
            + _five_five(d["5.5"], a.get("police_force")))
    return sorted(recs, key=lambda r: PRIORITY_ORDER[r["priority"]])
