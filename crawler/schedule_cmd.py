"""`cctv-audit schedule …`: periodic audits (not built yet)."""

from __future__ import annotations

import argparse

from crawler.cli import NotAvailableYet


def _na(args: argparse.Namespace) -> int:
    raise NotAvailableYet("the scheduler (schedule add/list/remove/run)")


add = list_ = remove = run = _na
