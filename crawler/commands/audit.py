"""`cctv-audit audit`: crawl every LA in the register (or those named) and store one run."""

from __future__ import annotations

import argparse

from crawler.commands.options import add_db, positive_int, run_id

HELP = "crawl every LA in the register and store one run"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--register", metavar="CSV", help="register CSV (default: the shipped register of 339 LAs)")
    add_db(p)
    p.add_argument("--only", nargs="+", metavar="GSS_CODE", help="audit only these LAs")
    p.add_argument("--max-pages-per-site", type=positive_int, metavar="N", help="page budget per site (default 60)")
    p.add_argument("--label", metavar="TEXT", help="a label for the run, e.g. '2026 Q4'")
    p.add_argument(
        "--resume", type=run_id, metavar="RUN", help="finish an interrupted run without re-fetching LAs already done"
    )
    p.add_argument("--proxy", metavar="URL", help="send every request through this HTTP proxy (e.g. the simulated web)")
    p.add_argument("--user-agent-contact", metavar="URL", help="contact URL or address put in the User-Agent")
    p.add_argument(
        "--concurrency", type=positive_int, metavar="N", help="requests in flight across all sites, halved (default 48)"
    )
    p.add_argument(
        "--download-timeout",
        type=positive_int,
        metavar="SECONDS",
        help="give up on a response after this long (default 30)",
    )
    p.add_argument(
        "--window", type=positive_int, metavar="N", help="sites in flight at once (default: from the concurrency, 48)"
    )
    p.add_argument("--quiet", action="store_true", help="no live progress display")
    p.add_argument(
        "--strategy",
        choices=["focused", "bfs"],
        default="focused",
        help="focused (default) or a plain breadth-first crawl, for comparison",
    )


def run(args: argparse.Namespace) -> int:
    """Exit 0 when the run finished (unreachable sites included), 1 when it was interrupted."""
    from crawler import validate
    from crawler.engine.useragent import user_agent
    from crawler.register import default_register_path, load_register, select as select_only
    from crawler.runner.audit import AuditOptions, run_audit
    from crawler.storage import open_database
    from crawler.storage.runs import get_run

    validate.label(args.label)
    register_path = args.register or str(default_register_path())
    authorities = select_only(load_register(register_path), args.only)
    db = open_database(args.db)
    if args.resume is not None:
        with db.session() as s:
            get_run(s, args.resume, finished_only=False)
    options = AuditOptions(
        max_pages=args.max_pages_per_site,
        label=args.label,
        proxy=args.proxy or None,
        contact=args.user_agent_contact,
        concurrency=args.concurrency,
        quiet=args.quiet,
        strategy=args.strategy,
        download_timeout=args.download_timeout,
        window=args.window,
    )
    user_agent(options.contact)
    run_id = run_audit(db, authorities, options, register=register_path, resume_run=args.resume)
    with db.session() as s:
        run = get_run(s, run_id, finished_only=False)
        return 0 if run.state == "finished" else 1
