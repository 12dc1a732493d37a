"""`cctv-audit report` and `cctv-audit export`: a stored run as files or on standard output."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crawler.errors import UserError
from crawler.runner.export import load_run_documents
from crawler.storage import open_database


def load_documents(db_url: str | None, run_id: int | None) -> tuple[dict, list[dict]]:
    """The run's findings document and those of the finished runs before it (oldest first)."""
    return load_run_documents(open_database(db_url, must_exist=True), run_id)


def report(args: argparse.Namespace) -> int:
    from reports.build import write_report

    doc, history = load_documents(args.db, args.run)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UserError(f"--out {out} exists and is not a folder")
    try:
        index = write_report(doc, out, history=history)
    except ValueError as exc:
        raise UserError(f"--out {out}: {exc}") from None
    print(f"report for run {doc['run']['id']} written: {Path(index).resolve()}")
    return 0


def export(args: argparse.Namespace) -> int:
    from reports.export import findings_csv, findings_json

    doc, _ = load_documents(args.db, args.run)
    text = findings_json(doc) if args.format == "json" else findings_csv(doc)
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")
    sys.stdout.flush()
    return 0
