"""`cctv-audit report` and `cctv-audit export`: a stored run as files or on standard output."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from crawler.errors import UserError
from crawler.export import build_document
from crawler.storage import open_database
from crawler.storage.runs import finished_runs_before, get_run


def load_documents(db_url: str | None, run_id: int | None) -> tuple[dict, list[dict]]:
    """The run's findings document and those of the finished runs before it (oldest first)."""
    db = open_database(db_url, must_exist=True)
    with db.session() as s:
        run = get_run(s, run_id)
        doc = build_document(s, run)
        history = [build_document(s, r) for r in finished_runs_before(s, run)]
    return doc, history


def _read_accuracy(path: str | None) -> dict | None:
    if not path:
        return None
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"--accuracy {path}: cannot read it as JSON ({exc})") from None
    if not isinstance(data, dict):
        raise UserError(f"--accuracy {path}: expected a JSON object of benchmark results")
    return data


def report(args: argparse.Namespace) -> int:
    from reports.build import write_report

    accuracy = _read_accuracy(getattr(args, "accuracy", None))
    doc, history = load_documents(args.db, args.run)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UserError(f"--out {out} exists and is not a folder")
    try:
        index = write_report(doc, out, history=history, accuracy=accuracy)
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
