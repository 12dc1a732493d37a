"""`cctv-audit schedule add|list|remove|run`."""

from __future__ import annotations

import argparse
from pathlib import Path

from crawler.commands.options import add_db, positive_int

HELP = "periodic audits: add, list, remove, run"


def add_arguments(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="schedule_command", metavar="ACTION")
    actions.required = True
    a = actions.add_parser("add", help="add a periodic audit")
    a.add_argument("--cron", metavar="EXPR", help='crontab expression in UTC, e.g. "0 2 1 */3 *"')
    a.add_argument("--interval", type=float, metavar="SECONDS", help="run every N seconds instead of --cron")
    a.add_argument("--label", metavar="TEXT")
    a.add_argument("--register", metavar="CSV")
    a.add_argument("--report-dir", metavar="DIR", help="write each run's report (and changes.json) under DIR/run-ID")
    a.add_argument("--webhook", metavar="URL", help="POST each run's change summary (JSON) to this URL")
    a.add_argument("--only", nargs="+", metavar="GSS_CODE")
    a.add_argument("--proxy", metavar="URL")
    a.add_argument("--max-pages-per-site", type=positive_int, metavar="N")
    a.add_argument("--log-dir", metavar="DIR")
    add_db(a)
    a.set_defaults(handler=add)
    a = actions.add_parser("list", help="list scheduled audits")
    add_db(a)
    a.set_defaults(handler=list_)
    a = actions.add_parser("remove", help="remove a scheduled audit")
    a.add_argument("id", metavar="ID")
    add_db(a)
    a.set_defaults(handler=remove)
    a = actions.add_parser("run", help="run the scheduler in the foreground")
    add_db(a)
    a.set_defaults(handler=run)


def add(args: argparse.Namespace) -> int:
    from crawler import validate
    from crawler.errors import UserError
    from crawler.runner.scheduler import add_schedule
    from crawler.storage import open_database

    if not args.cron and args.interval is None:
        raise UserError("give --cron EXPR (or --interval SECONDS)")
    # every value is checked now, while the user is here, not at 2 a.m. by the scheduler
    interval = validate.interval(args.interval)
    validate.label(args.label)
    validate.webhook(args.webhook)
    report_dir = validate.report_dir(args.report_dir)
    validate.report_dir(args.log_dir, "--log-dir")
    validate.only_codes(args.only, args.register)
    if args.register and not args.only:
        from crawler.register import load_register

        load_register(args.register)
    db = open_database(args.db)
    options = {
        "label": args.label,
        "register": str(Path(args.register).resolve()) if args.register else None,
        "report_dir": str(report_dir) if report_dir else None,
        "webhook": args.webhook,
        "proxy": args.proxy,
        "only": args.only,
        "max_pages": args.max_pages_per_site,
        "log_dir": str(Path(args.log_dir or "logs").resolve()),
        "cwd": str(Path.cwd()),
    }
    db_url = db.url.render_as_string(hide_password=False)
    job = add_schedule(db, args.cron, interval, {"db_url": db_url, **options})
    print(f"schedule {job.id} added: {job.name}, {job.trigger}")
    return 0


def list_(args: argparse.Namespace) -> int:
    from crawler.runner.scheduler import list_schedules
    from crawler.storage import open_database

    jobs = list_schedules(open_database(args.db))
    if not jobs:
        print("no schedules")
        return 0
    for job in jobs:
        kw = job.kwargs
        print(
            f"{job.id}  {job.name}  {job.trigger}  next run {job.next_run_time}  report-dir {kw.get('report_dir') or '-'}"
        )
    return 0


def remove(args: argparse.Namespace) -> int:
    from crawler.runner.scheduler import remove_schedule
    from crawler.storage import open_database

    remove_schedule(open_database(args.db), args.id)
    print(f"schedule {args.id} removed")
    return 0


def run(args: argparse.Namespace) -> int:
    from crawler.runner.scheduler import run_forever
    from crawler.storage import open_database

    return run_forever(open_database(args.db))
