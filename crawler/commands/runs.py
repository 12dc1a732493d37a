"""`cctv-audit runs`: the history of audits, with state, counts and durations."""

from __future__ import annotations

import argparse

from analysis.sanitize import display
from crawler.commands.options import add_db

HELP = "list runs with state, counts and durations"


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_db(p)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from crawler.runner.failing import repeated_failures
    from crawler.runner.resume import mark_orphans
    from crawler.storage import open_database
    from crawler.storage.models import Run
    from crawler.storage.runs import iso, run_counts

    db = open_database(args.db, migrate=False, must_exist=True)
    with db.session() as s:
        mark_orphans(s)
        runs = list(s.scalars(select(Run).order_by(Run.id)))
        if not runs:
            print("no runs yet")
            return 0
        print(
            f"{'id':>4}  {'state':<11} {'started (UTC)':<20} {'duration':>9}  {'LAs':>4} {'ok':>4} {'unreach':>7} {'blocked':>7} {'error':>5} {'left':>4} {'pages':>6}  label"
        )
        for run in runs:
            c = run_counts(s, run.id)
            total = sum(v for k, v in c.items() if k not in ("pages", "assessments"))
            left = c.get("pending", 0) + c.get("running", 0)
            duration = ""
            if run.finished_at and run.started_at:
                secs = (run.finished_at - run.started_at).total_seconds()
                duration = f"{secs / 60:.1f} min" if secs >= 60 else f"{secs:.0f} s"
            print(
                f"{run.id:>4}  {run.state:<11} {iso(run.started_at) or '':<20} {duration:>9}  {total:>4} {c.get('ok', 0):>4} "
                f"{c.get('unreachable', 0):>7} {c.get('robots_blocked', 0):>7} {c.get('error', 0):>5} {left:>4} {c['pages']:>6}  {display(run.label or '', 80)}"
            )
        failing = repeated_failures(s)
        if failing:
            print()
            print("sites failing in the last two finished runs (moved or broken?):")
            for gss, name, website, statuses in failing:
                print(f"  {display(gss)} {display(name, 120)} {display(website, 200)}: {' then '.join(statuses)}")
    return 0
