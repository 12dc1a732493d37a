"""Argument types and options shared by several commands, so each is spelt one way."""

from __future__ import annotations

import argparse


def positive_int(text: str) -> int:
    """A whole number of at least 1, rejected by argparse with a one-line message otherwise."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def run_id(text: str) -> int:
    """A run id as the `runs` command lists them."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a run id is a number, got {text!r}") from None


def add_db(p: argparse.ArgumentParser) -> None:
    """`--db URL`, with the default every command shares."""
    p.add_argument(
        "--db", metavar="URL", help="database URL (default: $CCTV_AUDIT_DB, else sqlite:///cctv-audit.sqlite)"
    )


def add_run(p: argparse.ArgumentParser) -> None:
    """`--run ID`, defaulting to the latest finished run."""
    p.add_argument("--run", type=run_id, metavar="ID", help="run id (default: the latest finished run)")
