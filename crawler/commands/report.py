"""`cctv-audit report`: a stored run as the HTML report, findings.csv and findings.json."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crawler.commands.options import add_db, add_run

if TYPE_CHECKING:
    from reports.history import Past

HELP = "write the HTML report, findings.csv and findings.json for a run"


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_db(p)
    add_run(p)
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write the report into")
    p.add_argument(
        "--accuracy",
        metavar="FILE",
        help="benchmark results JSON (bench-out/accuracy.json) to show as measured accuracy",
    )


def load_document(db_url: str | None, run_id: int | None) -> dict[str, Any]:
    """The run's findings document alone (what `export` prints)."""
    from crawler.runner.export import build_document
    from crawler.storage import open_database
    from crawler.storage.runs import get_run

    with open_database(db_url, migrate=False, must_exist=True).session() as s:
        return build_document(s, get_run(s, run_id))


def load_documents(db_url: str | None, run_id: int | None) -> tuple[dict[str, Any], Past]:
    """The run's findings document and what its report needs of the finished runs before it.

    Read only: the stored per-run summaries, the previous run's document and the evidence
    ledger (crawler.runner.history), so the cost does not grow with the number of runs.
    """
    from crawler.runner.history import load_report_inputs
    from crawler.storage import open_database

    return load_report_inputs(open_database(db_url, migrate=False, must_exist=True), run_id)


def review_agreement(db_url: str | None) -> dict[str, Any]:
    """Machine-reviewer agreement per deliverable, for the "How this audit works" page."""
    from sqlalchemy import inspect

    from crawler.storage import open_database
    from crawler.storage.reviews import agreement

    db = open_database(db_url, migrate=False, must_exist=True)
    if not inspect(db.engine).has_table("review"):
        return {}
    with db.session() as s:
        return agreement(s)


def _read_accuracy(path: str | None) -> dict | None:
    from crawler.errors import UserError

    if not path:
        return None
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"--accuracy {path}: cannot read it as JSON ({exc})") from None
    if not isinstance(data, dict):
        raise UserError(f"--accuracy {path}: expected a JSON object of benchmark results")
    return data


def run(args: argparse.Namespace) -> int:
    from crawler.errors import UserError
    from reports.build import write_report

    accuracy = _read_accuracy(getattr(args, "accuracy", None))
    doc, history = load_documents(args.db, args.run)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UserError(f"--out {out} exists and is not a folder")
    try:
        index = write_report(doc, out, history=history, accuracy=accuracy, agreement=review_agreement(args.db))
    except ValueError as exc:
        raise UserError(f"--out {out}: {exc}") from None
    print(f"report for run {doc['run']['id']} written: {Path(index).resolve()}")
    return 0
