"""`cctv-audit db upgrade`."""

from __future__ import annotations

import argparse

from crawler.commands.options import add_db

HELP = "database maintenance"


def add_arguments(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="db_command", metavar="ACTION")
    actions.required = True
    a = actions.add_parser("upgrade", help="apply pending schema migrations")
    add_db(a)
    a.set_defaults(handler=upgrade)


def upgrade(args: argparse.Namespace) -> int:
    from crawler.storage import open_database

    from crawler.runner.history import refresh

    db = open_database(args.db, migrate=True)
    made = refresh(db)  # runs finished before the summaries existed get theirs now
    if made:
        print(f"summarised {made} finished run(s) for reports")
    print(f"database {db.display_url} is at schema revision {db.current_revision()}")
    return 0
