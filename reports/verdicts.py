"""One plain sentence per deliverable for a scorecard row ("3 of 19 criteria found", ...).

Shared by the HTML page and the terminal scorecard, so an LA reads the same words in both.
"""

from __future__ import annotations

from reports.model import DELIVERABLE_KEYS, SCHEME_CLOSED, force_display


def _join(parts: list[str]) -> str:
    return "; ".join(p for p in parts if p)


def summary(authority: dict, key: str) -> str:
    """The short verdict of one deliverable of a normalised authority."""
    d = authority["deliverables"][key]
    status = d["status"]
    if status == "unknown":
        return "Not assessed: the site could not be audited."
    if key == "5.1":
        found = sum(1 for v in d["criteria"].values() if v)
        if status == "not_met":
            return "No information about the council's own surveillance cameras found."
        return f"{found} of 19 information criteria found."
    if key == "5.2":
        if status == "not_met":
            base = "No statement of certification found."
        else:
            level = {"step1": "step 1 (desktop)", "step2": "step 2 (full)"}.get(d["level"] or "", "step not stated")
            base = f"Certification claimed: {level}" + (f", awarded {d['awarded']}." if d["awarded"] else ".")
        if d.get("mark_displayed"):
            base += f" The mark is still displayed, out of date since {SCHEME_CLOSED}."
        return base
    if key == "5.3":
        spoc = d["spoc"]
        who = spoc.get("role") or spoc.get("name")
        route = _join([spoc.get("email") or "", spoc.get("phone") or ""])
        if status == "not_met":
            return "No surveillance camera SPOC or CCTV contact found."
        if status == "met":
            return f"SPOC published: {who or 'named'}" + (f" ({route})." if route else ".")
        if who and not route:
            return f"SPOC named ({who}) without a contact route."
        return f"CCTV contact ({who or route}) not designated as the SPOC."
    if key == "5.5":
        docs = d["documents"]
        police = force_display(authority.get("police_force"))
        if status == "not_met":
            return f"No agreement with {police} found."
        if status == "met":
            forces = sorted({str(x["force"]) for x in docs if x.get("force")})
            return f"Signed agreement published with {', '.join(forces) or police}."
        if any(x.get("draft") for x in docs):
            return "Agreement published as a draft."
        if any(x.get("signed") and x.get("expired") for x in docs):
            return "Signed agreement published, but its term has ended."
        if docs:
            return "Agreement published but not signed by both parties."
        return "Agreement mentioned but not published."
    raise KeyError(key)


def summaries(authority: dict) -> dict[str, str]:
    return {key: summary(authority, key) for key in DELIVERABLE_KEYS}
