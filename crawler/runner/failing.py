"""Sites that failed in consecutive runs: the commonest cause of a silent gap is a council site
that moved or broke, so it is called out rather than left as a quiet 'unknown'."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.storage.models import Authority, Run, SiteCrawl

FAILED = ("unreachable", "robots_blocked", "error")


def repeated_failures(session: Session, runs: int = 2) -> list[tuple[str, str, str, list[str]]]:
    """(gss_code, name, website, statuses) of LAs that failed in each of the last `runs` finished runs."""
    last = list(session.scalars(select(Run.id).where(Run.state == "finished").order_by(Run.id.desc()).limit(runs)))
    if len(last) < runs:
        return []
    rows = session.execute(
        select(Authority.gss_code, Authority.name, SiteCrawl.website, SiteCrawl.run_id, SiteCrawl.status)
        .join(Authority, Authority.id == SiteCrawl.authority_id)
        .where(SiteCrawl.run_id.in_(last))
    ).all()
    by_la: dict[str, dict] = {}
    for gss, name, website, run_id, status in rows:
        entry = by_la.setdefault(gss, {"name": name, "website": website, "statuses": {}})
        entry["statuses"][run_id] = status
    out = []
    for gss, entry in sorted(by_la.items()):
        statuses = [entry["statuses"].get(r) for r in sorted(last)]
        if all(st in FAILED for st in statuses):
            out.append((gss, entry["name"], entry["website"], statuses))
    return out
