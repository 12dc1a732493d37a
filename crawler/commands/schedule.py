"""`cctv-audit schedule add|list|remove|run`."""

from __future__ import annotations

import argparse
from pathlib import Path

from crawler.errors import UserError
from crawler.register import load_register, select
from crawler.runner.scheduler import add_schedule, list_schedules, remove_schedule, run_forever
from crawler.storage import open_database


def add(args: argparse.Namespace) -> int:
    if not args.cron and not args.interval:
        raise UserError("give --cron EXPR (or --interval SECONDS)")
    if args.register:
        select(load_register(args.register), args.only)
    db = open_database(args.db)
    options = {
        "label": args.label,
        "register": str(Path(args.register).resolve()) if args.register else None,
        "report_dir": str(Path(args.report_dir).resolve()) if args.report_dir else None,
        "webhook": args.webhook,
        "proxy": args.proxy,
        "only": args.only,
        "max_pages": args.max_pages_per_site,
        "log_dir": str(Path(args.log_dir or "logs").resolve()),
        "cwd": str(Path.cwd()),
    }
    db_url = db.url.render_as_string(hide_password=False)
    job = add_schedule(db, args.cron, args.interval, {"db_url": db_url, **options})
    print(f"schedule {job.id} added: {job.name}, {job.trigger}")
    return 0


def list_(args: argparse.Namespace) -> int:
    jobs = list_schedules(open_database(args.db))
    if not jobs:
        print("no schedules")
        return 0
    for job in jobs:
        kw = job.kwargs
        print(f"{job.id}  {job.name}  {job.trigger}  next run {job.next_run_time}  report-dir {kw.get('report_dir') or '-'}")
    return 0


def remove(args: argparse.Namespace) -> int:
    remove_schedule(open_database(args.db), args.id)
    print(f"schedule {args.id} removed")
    return 0


def run(args: argparse.Namespace) -> int:
    return run_forever(open_database(args.db))
