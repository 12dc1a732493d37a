"""Helpers shared by the project's tests (a plain module: several folders have a conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_cli(
    *args: str, cwd: Path | None = None, env: dict | None = None, timeout: float = 300
) -> subprocess.CompletedProcess:
    """Run `python -m crawler …` as a user would, in its own process."""
    full_env = dict(os.environ)
    full_env.pop("CCTV_AUDIT_DB", None)
    full_env.pop("http_proxy", None)
    full_env.pop("https_proxy", None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "crawler", *args],
        cwd=cwd or ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
