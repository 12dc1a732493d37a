"""For each gap, what exactly the council should publish next (docs/domain.md).

A CCTV manager reading their scorecard needs an action, not a verdict: "publish your retention
period" beats "5.1 partial". Each recommendation names the deliverable, a priority, a one-line
title and the concrete items to publish. Wording stays neutral where the audit could not see
the site: an unknown is a reason to check the audit, not a finding against the council.
"""

from __future__ import annotations

from reports.model import (
    CRITERIA,
    CRITERION_ADVICE,
    CRITERION_LABELS,
    GUIDANCE,
    SCHEME_CLOSED,
    explain_error,
    force_display,
    normalise_authority,
)

PRIORITY_ORDER = {"high": 0, "medium": 1, "low": 2}


def _rec(
    deliverable: str | None,
    priority: str,
    title: str,
    detail: str,
    items: list[str] | None = None,
    guidance: tuple[str, ...] = (),
    wording: str | None = None,
) -> dict:
    return {
        "deliverable": deliverable,
        "priority": priority,
        "title": title,
        "detail": detail,
        "items": items or [],
        "links": [{"label": GUIDANCE[g][0], "url": GUIDANCE[g][1]} for g in guidance],
        "wording": wording,
    }


def _wording_51(name: str) -> str:
    return (
        f"{name} runs CCTV cameras in public places to help keep people safe and to help "
        "prevent and detect crime. We have regard to the Surveillance Camera Code of "
        "Practice and its 12 guiding principles. On this page you can find: why we use "
        "cameras and where they are; who is responsible for them; our CCTV policy and data "
        "protection impact assessment; how long we keep recordings (31 days unless needed "
        "as evidence); who we share footage with; how to ask for footage of yourself; our "
        "latest annual review; and how to complain."
    )


def _criteria_items(keys: list[str]) -> list[str]:
    return [f"{CRITERION_LABELS[k]}: {CRITERION_ADVICE[k]}" for k in keys]


def _five_one(d: dict, name: str = "The council") -> list[dict]:
    missing = [k for k, _, _ in CRITERIA if not d["criteria"].get(k)]
    if d["status"] == "not_met":
        return [
            _rec(
                "5.1",
                "high",
                "Publish a page about the council's own surveillance camera systems",
                "No page about the council's own CCTV or surveillance cameras was found. "
                "Publish one page (with its documents) that says, in the words of the "
                "Surveillance Camera Code: \u201cthe following information is available\u201d, "
                "and covers each of these:",
                _criteria_items(missing),
            )
        ]
    if d["status"] == "partial":
        return [
            _rec(
                "5.1",
                "high",
                "Add the missing information to the council's CCTV page",
                f"The council mentions its cameras but publishes {19 - len(missing)} of the "
                "19 information criteria. Add:",
                _criteria_items(missing),
                ("code", "tools"),
                _wording_51(name),
            )
        ]
    if d["status"] == "met" and missing:
        found = 19 - len(missing)
        noun = "criterion" if len(missing) == 1 else "criteria"
        priority = "medium" if found < 10 else "low"
        return [
            _rec(
                "5.1",
                priority,
                f"Complete the CCTV information ({len(missing)} {noun} not found)",
                f"The council publishes information about its cameras, "
                f"but only {found} of the 19 information criteria were found. Add:",
                _criteria_items(missing),
                ("code", "tools"),
            )
        ]
    return []


def _five_one_quality(d: dict) -> list[dict]:
    """Wording that is out of date, or information only in committee papers."""
    recs = []
    if d["status"] != "unknown" and d["stale"]:
        recs.append(
            _rec(
                "5.1",
                "medium",
                "Update out-of-date CCTV information",
                "The council's CCTV information still uses wording that is out of "
                "date (the Data Protection Act 1998 was replaced by the Data "
                "Protection Act 2018 and the UK GDPR; the £10 subject access fee "
                "was abolished in 2018). Replace:",
                list(d["stale"]),
            )
        )
    if d["status"] != "unknown" and d["secondary_only"]:
        recs.append(
            _rec(
                "5.1",
                "medium",
                "Publish the information on the council's own pages",
                "The information was found only in committee papers. Publish it on "
                "the council's own CCTV page, where residents look for it.",
                [],
            )
        )
    return recs


def _five_two(d: dict) -> list[dict]:
    recs = []
    if d.get("mark_displayed"):
        recs.append(
            _rec(
                "5.2",
                "high",
                "Remove the lapsed certification mark",
                f"The \u201cSurveillance Camera Code Compliant\u201d mark is still shown. The "
                f"certification scheme closed on {SCHEME_CLOSED} and every certificate lapsed; "
                "holders were asked to remove the mark. Replace it with a dated statement such "
                "as \u201cawarded step 2 full certification in 2019 (scheme closed November "
                "2025)\u201d.",
                [],
            )
        )
    if d["status"] in ("not_met", "partial"):
        recs.append(
            _rec(
                "5.2",
                "low",
                "Publish evidence of compliance with the Surveillance Camera Code",
                f"Certification can no longer be obtained (the scheme closed on {SCHEME_CLOSED}). "
                "If the council completed step one or two while it ran, say so with the step and "
                "date; otherwise publish what certification would have checked:",
                [
                    "the completed self-assessment tool for the main system",
                    "the latest annual review of the system against the 12 guiding principles",
                ],
                ("tools", "code"),
                "The council completed step one (desktop) certification against the Surveillance "
                "Camera Code in [year], for its [name of system]. The certification scheme closed "
                "in November 2025. Our completed self-assessment and latest annual review are "
                "published below.",
            )
        )
    return recs


_WORDING_53 = (
    "Single point of contact for surveillance cameras: the [job title], [team]. "
    "They are responsible for all the council's surveillance camera systems, "
    "including CCTV, body-worn video and ANPR. Email cctv@[council].gov.uk or "
    "phone [number]."
)


def _five_three(d: dict) -> list[dict]:
    spoc = d["spoc"]
    who = spoc.get("role") or spoc.get("name")
    has_route = bool(spoc.get("email") or spoc.get("phone"))
    if d["status"] == "not_met":
        return [
            _rec(
                "5.3",
                "high",
                "Designate and publish a surveillance camera single point of contact (SPOC)",
                "Name one officer or team as the single point of contact for all the "
                "council's surveillance camera systems (not only the town-centre control "
                "room) and publish:",
                [
                    "the role or team (a person's name is optional)",
                    "a contact route: an email address (for example cctv@\u2026), a phone number or a form",
                    "that they are the SPOC for surveillance camera systems under the Surveillance Camera Code",
                ],
                ("spoc",),
                _WORDING_53,
            )
        ]
    if d["status"] == "partial" and who and not has_route:
        return [
            _rec(
                "5.3",
                "high",
                "Add a contact route for the SPOC",
                f"{who} is published as the single point of contact but without a way to "
                "reach them. Publish an email address, phone number or form.",
                [],
                ("spoc",),
                _WORDING_53,
            )
        ]
    if d["status"] == "partial":
        contact = who or spoc.get("email") or spoc.get("phone") or "The published CCTV contact"
        return [
            _rec(
                "5.3",
                "medium",
                "Designate the CCTV contact as the SPOC",
                f"{contact} is published as a CCTV contact but not designated as the "
                "single point of contact. State on the page that this role is the "
                "council's SPOC for all its surveillance camera systems.",
                [],
                ("spoc",),
                _WORDING_53,
            )
        ]
    return []


def _wording_55(police: str) -> str:
    return (
        f"The council and {police} have signed a service level agreement on how the police "
        "may view, request and use footage from the council's CCTV. It follows the national "
        "framework service level agreement. Read the signed agreement (PDF)."
    )


def _five_five(d: dict, force: str | None) -> list[dict]:
    police = force_display(force)
    docs = d["documents"]
    if d["status"] == "not_met":
        return [
            _rec(
                "5.5",
                "high",
                f"Agree and publish a service level agreement with {police}",
                f"No agreement with the police was found. Agree one with {police} based on "
                "the national framework SLA (NPCC, PCMA, the Commissioner and the LGA; "
                "revised April 2026), then publish it:",
                [
                    "signed for and on behalf of the council and of the police force, with names, positions and dates",
                    "covering all the council's surveillance camera systems, ANPR included",
                    "as a document linked from the council's CCTV page",
                ],
                ("sla",),
                _wording_55(police),
            )
        ]
    if d["status"] != "partial":
        return []
    drafts = [x for x in docs if x.get("draft")]
    unsigned = [x for x in docs if not x.get("signed") and not x.get("draft")]
    expired = [x for x in docs if x.get("signed") and x.get("expired") and not x.get("draft")]
    if expired and not drafts:
        return [
            _rec(
                "5.5",
                "high",
                "Publish the agreement now in force",
                f"The published agreement with {police} is signed, but its own term has ended. Publish the "
                "current agreement, or a signed renewal:",
                [str(x.get("title") or x.get("url") or "untitled document") for x in expired],
                ("sla",),
                _wording_55(police),
            )
        ]
    if drafts:
        return [
            _rec(
                "5.5",
                "high",
                "Publish the final, signed agreement instead of the draft",
                "The published agreement is a draft. Publish the final version signed by "
                f"both the council and {police}:",
                [str(x.get("title") or x.get("url") or "untitled document") for x in drafts],
                ("sla",),
                _wording_55(police),
            )
        ]
    if unsigned:
        return [
            _rec(
                "5.5",
                "high",
                "Publish a signed copy of the agreement",
                f"The agreement is published but not signed by both parties. Publish the "
                f"copy signed on behalf of the council and of {police}:",
                [str(x.get("title") or x.get("url") or "untitled document") for x in unsigned],
                ("sla",),
                _wording_55(police),
            )
        ]
    return [
        _rec(
            "5.5",
            "high",
            "Publish the agreement with the police",
            f"An agreement with {police} is mentioned but not published. Publish the "
            "signed agreement (or information sharing agreement) and link it from the "
            "CCTV page.",
            [],
            ("sla",),
            _wording_55(police),
        )
    ]


def _crawl(a: dict) -> list[dict]:
    crawl = a["crawl"]
    if crawl["status"] == "ok":
        return []
    if crawl["status"] == "robots_blocked":
        return [
            _rec(
                None,
                "medium",
                "Let the audit read the council's CCTV pages",
                "The site's robots.txt forbids the pages the audit needs, so nothing could "
                "be assessed. Allow the audit's user agent to fetch public information "
                "pages, or send the PCMA the addresses of the CCTV pages.",
                [],
            )
        ]
    reason = explain_error(crawl) or "The site did not answer."
    return [
        _rec(
            None,
            "medium",
            "Check the site could be reached",
            f"The audit could not assess the site. {reason} Nothing here counts against "
            "the council; the next audit will try again.",
            [],
        )
    ]


def recommendations(authority: dict) -> list[dict]:
    """For each gap of one authority, a concrete recommendation; most urgent first.

    Each item: ``{"deliverable": "5.1"|"5.2"|"5.3"|"5.5"|None, "priority": "high"|"medium"|
    "low", "title", "detail", "items": [str]}``. ``deliverable`` None means the crawl itself.
    A deliverable that is ``unknown`` gets no recommendation of its own.
    """
    a = normalise_authority(authority)
    d = a["deliverables"]
    name = a.get("name") or "The council"
    recs = (
        _crawl(a)
        + _five_one(d["5.1"], name)
        + _five_one_quality(d["5.1"])
        + _five_two(d["5.2"])
        + _five_three(d["5.3"])
        + _five_five(d["5.5"], a.get("police_force"))
    )
    return sorted(recs, key=lambda r: PRIORITY_ORDER[r["priority"]])
