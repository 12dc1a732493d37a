"""One audit run over the register, from creating the run to its summary (`cctv-audit audit`).

The Twisted reactor cannot be restarted, so one audit is one process; the scheduler and the
tests start audits as subprocesses. A run ends `finished` only when every site has a stored
result; a shutdown (SIGTERM, Ctrl-C) ends it `interrupted`, ready for `--resume`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.engine.useragent import user_agent
from crawler.errors import UserError
from crawler.runner.lock import AuditLock
from crawler.runner.progress import Progress
from crawler.register import Authority
from crawler.storage import Database
from crawler.storage.runs import create_run, finish_run, get_run, previous_evidence
from crawler.runner.resume import prepare_resume


@dataclass
class AuditOptions:
    max_pages: int | None = None
    label: str | None = None
    proxy: str | None = None
    contact: str | None = None
    concurrency: int | None = None
    log_dir: Path | None = None
    quiet: bool = False
    allow_loopback: bool = False
    strategy: str = "focused"
    download_timeout: int | None = None
    window: int | None = None
    extra_settings: dict[str, Any] = field(default_factory=dict)


def env_proxies() -> dict[str, str]:
    """http_proxy / https_proxy from the environment, by scheme (empty when none is set)."""
    from urllib.request import getproxies_environment

    return {k: v for k, v in getproxies_environment().items() if k in ("http", "https") and v}


def scrapy_settings(
    db: Database, run_id: int, authorities: list[Authority], options: AuditOptions, log_file: Path | None
) -> Any:
    from scrapy.settings import Settings
    from urllib.parse import urlsplit

    settings = Settings()
    settings.setmodule("crawler.engine.settings", priority="project")
    trusted = sorted({(urlsplit(a.website).hostname or "").lower() for a in authorities})
    overrides: dict[str, Any] = {
        "CCTV_AUDIT_DB_URL": db.url.render_as_string(hide_password=False),
        "CCTV_AUDIT_RUN_ID": run_id,
        "CCTV_AUDIT_TRUSTED_HOSTS": trusted,
        "USER_AGENT": user_agent(options.contact),
        "LOG_FILE": str(log_file) if log_file else None,
        "LOG_LEVEL": "INFO",
        "LOG_INSTALL_ROOT_HANDLER": log_file is not None,
    }
    from crawler.engine.netsafety import proxy_is_loopback

    if options.proxy:
        overrides["CCTV_AUDIT_PROXY"] = options.proxy
        overrides["CCTV_AUDIT_ALLOW_LOOPBACK"] = proxy_is_loopback(options.proxy) or options.allow_loopback
    elif env_proxies():
        # the README promises http_proxy / https_proxy are honoured: the proxy middleware and the
        # guarded resolver are told about them, exactly as about --proxy
        proxies = env_proxies()
        overrides["CCTV_AUDIT_ENV_PROXIES"] = proxies
        overrides["CCTV_AUDIT_ALLOW_LOOPBACK"] = (
            any(proxy_is_loopback(p) for p in proxies.values()) or options.allow_loopback
        )
    if options.allow_loopback:
        overrides["CCTV_AUDIT_ALLOW_LOOPBACK"] = True
    if options.max_pages:
        overrides["CCTV_AUDIT_MAX_PAGES_PER_SITE"] = options.max_pages
    if options.download_timeout:
        overrides["DOWNLOAD_TIMEOUT"] = options.download_timeout
    if options.concurrency:
        overrides["CONCURRENT_REQUESTS"] = max(2, options.concurrency * 2)
    if options.window:
        overrides["CCTV_AUDIT_WINDOW"] = options.window
    overrides.update(options.extra_settings)
    settings.setdict(overrides, priority="cmdline")
    return settings


def run_audit(
    db: Database,
    authorities: list[Authority],
    options: AuditOptions,
    register: str | None = None,
    resume_run: int | None = None,
) -> int:
    """Crawl the given LAs into one run (new, or resumed) and return the run id.

    Holds the database's audit lock throughout, so two audits never write one database at once.
    """
    with AuditLock(db) as lock:
        return _run_audit_locked(db, authorities, options, register, resume_run, lock)


LOCK_LOST = "lock_lost"


def _run_audit_locked(
    db: Database,
    authorities: list[Authority],
    options: AuditOptions,
    register: str | None,
    resume_run: int | None,
    lock: AuditLock | None = None,
) -> int:
    from scrapy.crawler import CrawlerProcess
    from scrapy import signals

    from spiders.audit import AuditSpider
    from spiders.bfs import BreadthFirstSpider

    run_settings = {
        "max_pages_per_site": options.max_pages,
        "proxy": options.proxy,
        "strategy": options.strategy,
        "only": [a.gss_code for a in authorities],
    }
    if resume_run is not None:
        run_id, todo = prepare_resume(db, resume_run)
        authorities = [a for a in authorities if a.gss_code in todo]
        missing = sorted(todo - {a.gss_code for a in authorities})
        if missing:
            raise UserError(f"run {run_id}: LAs still to audit are not in the register given: {', '.join(missing[:5])}")
    else:
        with db.session() as s:
            run = create_run(s, authorities, options.label, run_settings, register)
            run_id = run.id
    log_dir = options.log_dir or Path("logs")
    log_file: Path | None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        log_file = log_dir / f"run-{run_id}.log"
    except OSError:
        log_file = None
    settings = scrapy_settings(db, run_id, authorities, options, log_file)
    progress = Progress(total=len(authorities), run_id=run_id, quiet=options.quiet)
    process = CrawlerProcess(settings)
    if log_file is None:
        logging.getLogger("scrapy").setLevel(logging.WARNING)
    crawler = process.create_crawler(BreadthFirstSpider if options.strategy == "bfs" else AuditSpider)
    outcome: dict[str, Any] = {"reason": None}

    def on_closed(spider: Any, reason: str) -> None:
        outcome["reason"] = reason

    crawler.signals.connect(progress.on_item, signal=signals.item_scraped)
    crawler.signals.connect(progress.on_error, signal=signals.item_error)
    crawler.signals.connect(on_closed, signal=signals.spider_closed)
    if lock is not None:

        def lock_lost() -> None:  # called from the heartbeat thread, once the reactor runs
            from twisted.internet import reactor  # imported late: CrawlerProcess picks the reactor

            outcome["lock_lost"] = True
            reactor.callFromThread(process.stop)

        lock.on_lost = lock_lost
    with db.session() as s:
        revisit = previous_evidence(s, [a.gss_code for a in authorities], before_run=run_id)
    process.crawl(crawler, authorities=authorities, max_pages=options.max_pages, revisit=revisit)
    progress.start()
    try:
        process.start()
    finally:
        progress.stop()
    state, error = _final_state(db, run_id, LOCK_LOST if outcome.get("lock_lost") else outcome["reason"], progress)
    with db.session() as s:
        run = get_run(s, run_id, finished_only=False)
        finish_run(s, run, state, error)
    if state == "finished":
        from crawler.runner.history import refresh

        refresh(db)  # the run's summary and evidence sightings, so reports need not rebuild it
    progress.summary(state, log_file)
    return run_id


def _final_state(db: Database, run_id: int, reason: str | None, progress: Progress) -> tuple[str, str | None]:
    from sqlalchemy import func, select

    from crawler.storage.models import SiteCrawl

    with db.session() as s:
        left = s.scalar(
            select(func.count())
            .select_from(SiteCrawl)
            .where(SiteCrawl.run_id == run_id, SiteCrawl.status.in_(("pending", "running")))
        )
    if progress.store_errors:
        return "failed", f"{progress.store_errors} result(s) could not be stored; see the run log"
    if reason == LOCK_LOST and left:
        return "interrupted", (
            f"stopped safely with {left} LA(s) still to audit: the database audit lock was lost "
            "(its connection was closed), so another audit may have started; resume with --resume"
        )
    if left:
        if reason in ("shutdown", "cancelled"):
            return "interrupted", f"stopped by signal with {left} LA(s) still to audit"
        return "interrupted", f"crawl ended ({reason}) with {left} LA(s) still to audit"
    return "finished", None
