"""`cctv-audit export`: findings.json or findings.csv of a run on standard output, for scripts."""

from __future__ import annotations

import argparse
import sys

from crawler.commands.options import add_db, add_run

HELP = "print findings.json or findings.csv of a run to standard output"


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_db(p)
    add_run(p)
    p.add_argument("--format", required=True, choices=["json", "csv"])


def run(args: argparse.Namespace) -> int:
    from crawler.commands.report import load_document
    from reports.export import findings_csv, findings_json

    doc = load_document(args.db, args.run)
    text = findings_json(doc) if args.format == "json" else findings_csv(doc)
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")
    sys.stdout.flush()
    return 0
