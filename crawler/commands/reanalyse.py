"""`cctv-audit reanalyse`: re-judge a stored run from its snapshots, fetching nothing."""

from __future__ import annotations

import argparse

from crawler.commands.options import add_db, add_run

HELP = "recompute findings and assessments of a run from its stored snapshots"


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_db(p)
    add_run(p)


def run(args: argparse.Namespace) -> int:
    from crawler.runner.history import refresh
    from crawler.runner.reanalyse import reanalyse_run
    from crawler.storage import open_database

    db = open_database(args.db, must_exist=True)
    rid, sites, snaps = reanalyse_run(db, args.run)
    refresh(db)  # the re-judged run's summary and the evidence ledger follow its new verdicts
    print(
        f"run {rid}: re-analysed {snaps} stored pages and documents of {sites} LAs; findings and assessments replaced"
    )
    return 0
