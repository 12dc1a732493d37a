"""Shared test fixtures: databases (SQLite always, PostgreSQL when reachable) and CLI runs."""

from __future__ import annotations

import os
import re
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from support import run_cli

# Each held-back web's own test file checks the structures it was written with. Once RECENT_SETS newer sets exist its
# fixtures are history that no longer changes: `make test` leaves such files, and tests/test_heldback_sets.py's rebuild of
# such a set's truth and its served-evidence check (each builds the whole web), to `make test-fixtures` (CI runs both),
# which keeps `make test` near ten minutes on two cores as sets accumulate. Every set's wiring is still checked in both.
RECENT_SETS = 36
_SET_FILE = re.compile(r"^test_heldback(\d+)_fixture\.py$")


def _newest_set() -> int:
    numbers = [
        int(m.group(1))
        for p in Path(__file__).parent.glob("test_heldback*_fixture.py")
        if (m := _SET_FILE.match(p.name))
    ]
    return max(numbers, default=0)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    oldest_recent = _newest_set() - RECENT_SETS
    for item in items:
        m = _SET_FILE.match(item.path.name)
        if m and int(m.group(1)) <= oldest_recent:
            item.add_marker(pytest.mark.frozen_fixture)
        elif item.path.name == "test_heldback_sets.py" and item.name.startswith(_WEB_BUILDING_CHECKS):
            n = getattr(item, "callspec", None)
            if n is not None and int(n.params.get("n", oldest_recent + 1)) <= oldest_recent:
                item.add_marker(pytest.mark.frozen_fixture)


_WEB_BUILDING_CHECKS = (
    "test_committed_truth_matches_the_labels",
    "test_homepages_and_every_quote_are_served_through_the_proxy",
)


PG_ADMIN_URL = os.environ.get("CCTV_AUDIT_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _pg_reachable() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=2):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The admin URL of the PostgreSQL server; under CI its absence is a failure, not a skip."""
    if not _pg_reachable():
        if os.environ.get("CI"):
            pytest.fail("CI=true but no PostgreSQL on 127.0.0.1:5432 (.ci/run should have started one)")
        pytest.skip("no PostgreSQL server on 127.0.0.1:5432: PostgreSQL storage tests skipped")
    return PG_ADMIN_URL


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    from sqlalchemy import create_engine, text

    name = f"cctv_audit_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    base = pg_server.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as c:
            c.execute(text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"))
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'audit.sqlite'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each storage test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'audit.sqlite'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def cli():
    return run_cli
