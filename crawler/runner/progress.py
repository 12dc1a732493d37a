"""What an audit shows while it runs: a line per LA as it finishes, a live bar, a summary.

The per-LA lines go to standard output (scripts read them); the live bar (LAs done of total,
pages, errors) is drawn only on a terminal, with rich.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from analysis.domain import DELIVERABLE_KEYS
from crawler.engine.items import SiteResultItem, SnapshotItem

SHORT = {"met": "met", "partial": "partial", "not_met": "not met", "unknown": "unknown"}


class Progress:
    def __init__(self, total: int, run_id: int, quiet: bool = False) -> None:
        self.total = total
        self.run_id = run_id
        self.done = 0
        self.pages = 0
        self.errors = 0
        self.store_errors = 0
        self.statuses: dict[str, int] = {}
        self.verdicts: dict[str, dict[str, int]] = {}
        self.started = time.monotonic()
        self.live = not quiet and sys.stderr.isatty()
        self._bar: Any = None
        self._task: Any = None

    def start(self) -> None:
        print(f"run {self.run_id}: auditing {self.total} local authorit{'y' if self.total == 1 else 'ies'}", flush=True)
        if not self.live:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as RichProgress, TextColumn, TimeElapsedColumn

        self._bar = RichProgress(
            TextColumn("LAs"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[pages]} pages, {task.fields[errors]} errors"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task = self._bar.add_task("audit", total=self.total, pages=0, errors=0)
        self._bar.start()

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def _line(self, text: str) -> None:
        if self._bar is not None and sys.stdout.isatty():
            self._bar.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            print(text, flush=True)

    def on_item(self, item: Any, response: Any = None, spider: Any = None) -> None:
        if isinstance(item, SnapshotItem):
            self.pages += 1
        elif isinstance(item, SiteResultItem):
            self.done += 1
            self.errors += item.errors
            self.statuses[item.status] = self.statuses.get(item.status, 0) + 1
            verdicts = []
            for key in DELIVERABLE_KEYS:
                status = (item.deliverables.get(key) or {}).get("status", "unknown")
                self.verdicts.setdefault(key, {}).setdefault(status, 0)
                self.verdicts[key][status] += 1
                verdicts.append(f"{key} {SHORT.get(status, status)}")
            width = len(str(self.total))
            self._line(
                f"[{self.done:>{width}}/{self.total}] {item.gss_code} {item.status:<14} "
                f"{item.pages_fetched + item.documents_fetched:>3} fetched  " + ", ".join(verdicts)
            )
        if self._bar is not None:
            self._bar.update(self._task, completed=self.done, pages=self.pages, errors=self.errors)

    def on_error(self, item: Any, response: Any = None, spider: Any = None, failure: Any = None) -> None:
        self.store_errors += 1
        self._line(f"error storing a result: {getattr(failure, 'value', failure)}")

    def summary(self, state: str, log_file: Path | None) -> None:
        elapsed = time.monotonic() - self.started
        lines = [
            f"run {self.run_id} {state}: {self.done} of {self.total} LAs audited in {elapsed:.0f}s, {self.pages} pages and documents fetched"
        ]
        if self.statuses:
            lines.append("  sites: " + ", ".join(f"{k} {v}" for k, v in sorted(self.statuses.items())))
        for key, counts in self.verdicts.items():
            lines.append(f"  {key}: " + ", ".join(f"{SHORT.get(k, k)} {v}" for k, v in sorted(counts.items())))
        if log_file:
            lines.append(f"  log: {log_file}")
        print("\n".join(lines), flush=True)
