"""`cctv-audit db upgrade`."""

from __future__ import annotations

import argparse

from crawler.storage import open_database


def upgrade(args: argparse.Namespace) -> int:
    db = open_database(args.db, migrate=True)
    print(f"database {db.display_url} is at schema revision {db.current_revision()}")
    return 0
