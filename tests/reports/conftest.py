"""Fixtures of the report tests: one realistic run, its history, and its written report.

The documents come from ``reports_sample`` (a generator that needs no crawler).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reports_sample import evolve, make_findings


@pytest.fixture(scope="session")
def findings() -> dict:
    return make_findings()


@pytest.fixture(scope="session")
def history(findings: dict) -> list[dict]:
    """Two earlier runs, oldest first, that ``findings`` follows."""
    first = evolve(findings, seed=11, run_id=5, label="2026 Q2", when="2026-05-20T08:00:00Z", share=0.3)
    second = evolve(findings, seed=12, run_id=6, label="2026 Q3", when="2026-08-19T08:00:00Z", share=0.15)
    return [first, second]


@pytest.fixture(scope="session")
def built_report(tmp_path_factory: pytest.TempPathFactory, findings: dict, history: list[dict]) -> Path:
    """The report of ``findings`` with its history, written once for the session."""
    from reports.build import write_report

    out = tmp_path_factory.mktemp("report") / "site"
    return write_report(findings, out, history=history)
