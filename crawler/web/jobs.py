"""Work the web application hands to a separate process: self-checks and dispute analyses.

Each job runs in a fresh process of a ``ProcessPoolExecutor`` (one task per child, because
Twisted's reactor cannot be restarted in one process). The pool is the queue: nothing of ours
persists jobs, and a job's state lives in its database row, which the pages read.
"""

from __future__ import annotations

import multiprocessing
import tempfile
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

from crawler.errors import UserError

MAX_CHECK_PAGES = 60


def _now() -> datetime:
    return datetime.now(timezone.utc)


def run_self_check(
    db_url: str, check_id: int, proxy: str | None, max_pages: int = MAX_CHECK_PAGES, register: str | None = None
) -> str:
    """Audit one council's site into a private database and store its scorecard on the row."""
    from crawler.runner.audit import AuditOptions, run_audit
    from crawler.runner.export import build_document
    from crawler.register import load_register
    from crawler.storage import open_database
    from crawler.storage.models import SelfCheck
    from crawler.storage.runs import get_run

    db = open_database(db_url)
    with db.session() as s:
        row = s.get(SelfCheck, check_id)
        if row is None:
            return "missing"
        row.state, row.started_at = "running", _now()
        gss, website = row.gss_code, row.website
    authority = next((a for a in load_register(register) if a.gss_code == gss), None)
    try:
        if authority is None:
            raise UserError(f"{gss} is no longer in the register")
        with tempfile.TemporaryDirectory(prefix="cctv-audit-selfcheck-") as tmp:
            private = open_database(f"sqlite:///{Path(tmp) / 'check.sqlite'}")
            options = AuditOptions(
                max_pages=max_pages, label=f"self-check {website}", proxy=proxy, quiet=True, log_dir=Path(tmp)
            )
            run_id = run_audit(private, [authority], options)
            with private.session() as ps:
                doc = build_document(ps, get_run(ps, run_id, finished_only=False))
            private.dispose()
        entry = doc["authorities"][0]
        state, result, error = "done", {"run": doc["run"], "authority": entry}, None
    except UserError as exc:
        state, result, error = "failed", None, str(exc)
    except Exception as exc:  # recorded on the row for the user; the pool must keep serving
        state, result, error = "failed", None, f"the check could not finish ({type(exc).__name__})"
    with db.session() as s:
        row = s.get(SelfCheck, check_id)
        if row is not None:
            row.state, row.result, row.error, row.finished_at = state, result, error, _now()
    db.dispose()
    return state


def analyse_dispute(db_url: str, dispute_id: int, proxy: str | None, register: str | None = None) -> str:
    """Fetch the page a council pointed to (with the crawler's safety rules) and analyse it."""
    from analysis.context import AuthorityContext
    from analysis.page import analyse
    from analysis.text import extract
    from crawler.engine.useragent import user_agent
    from crawler.engine.fetch_one import fetch
    from crawler.register import load_register
    from crawler.storage import open_database
    from crawler.storage.models import Dispute

    db = open_database(db_url)
    with db.session() as s:
        row = s.get(Dispute, dispute_id)
        if row is None:
            return "missing"
        url, gss = row.url, row.gss_code
    authority = next((a for a in load_register(register) if a.gss_code == gss), None)
    state, analysis, error = "fetch_failed", None, None
    try:
        body, ctype, final = fetch(url, user_agent(None), proxy=proxy)
        ctx = (
            AuthorityContext(authority.name, authority.website, authority.police_force, authority.nation)
            if authority
            else None
        )
        page = analyse(extract(body, final, ctype), ctx)
        state, analysis = "analysed", page.to_dict()
    except UserError as exc:
        error = str(exc)
    except Exception as exc:  # a hostile page is a recorded failure, not a crashed worker
        error = f"the page could not be analysed ({type(exc).__name__})"
    with db.session() as s:
        row = s.get(Dispute, dispute_id)
        if row is not None:
            row.state, row.analysis, row.error = state, analysis, error
    db.dispose()
    return state


class JobPool:
    """A one-worker process pool whose children each run a single job."""

    def __init__(self, workers: int = 1) -> None:
        self._workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, fn, *args) -> Future:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self._workers, mp_context=multiprocessing.get_context("spawn"), max_tasks_per_child=1
            )
        return self._pool.submit(fn, *args)

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
