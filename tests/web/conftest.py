"""A database holding one real audit of a hand-written council site, and the app on it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from minisite import RecordingSite
from support import run_cli
from test_spider_local import build_site

GSS = "E99000001"
PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="package")
def council_site() -> Iterator[RecordingSite]:
    with RecordingSite({}, host="127.0.0.2") as other, RecordingSite(build_site(other.url), delay=0.0) as site:
        yield site


@pytest.fixture(scope="package")
def audited_master(tmp_path_factory: pytest.TempPathFactory, council_site: RecordingSite) -> dict:
    """One finished audit of the council site and a reviewer account made through the CLI."""
    tmp = tmp_path_factory.mktemp("web-master")
    reg = tmp / "register.csv"
    reg.write_text(
        "gss_code,name,nation,website,police_force\n"
        f"{GSS},Testborough Borough Council,England,{council_site.url},Cleveland\n"
    )
    db = f"sqlite:///{tmp / 'audit.sqlite'}"
    proc = run_cli("audit", "--register", str(reg), "--db", db, "--quiet", cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    made = run_cli("users", "add", "rita", "--role", "reviewer", "--db", db, env={"CCTV_AUDIT_PASSWORD": PASSWORD})
    assert made.returncode == 0, made.stderr
    short = run_cli("users", "add", "sam", "--role", "reviewer", "--db", db, env={"CCTV_AUDIT_PASSWORD": "short"})
    assert short.returncode == 2 and "12 to 256 characters" in short.stderr
    return {"dir": tmp, "register": str(reg), "site": council_site}


@pytest.fixture
def audited(tmp_path: Path, audited_master: dict) -> Iterator[dict]:
    """A private copy of the audited database for one test (the site is shared: restore it)."""
    import shutil

    shutil.copy(audited_master["dir"] / "audit.sqlite", tmp_path / "audit.sqlite")
    site = audited_master["site"]
    pages = dict(site.pages)
    yield {
        "db": f"sqlite:///{tmp_path / 'audit.sqlite'}",
        "register": audited_master["register"],
        "site": site,
        "tmp": tmp_path,
    }
    site.pages.clear()
    site.pages.update(pages)


@pytest.fixture
def app(audited: dict):
    from crawler.web.app import WebConfig, create_app

    config = WebConfig(
        db_url=audited["db"],
        register=audited["register"],
        secure_cookies=False,
        secret_key="test-secret-key-" + os.urandom(4).hex(),
        check_limit="100 per minute",
    )
    application = create_app(config)
    application.config["TESTING"] = True
    yield application
    application.extensions["cctv_jobs"].shutdown()
    application.extensions["cctv_db"].dispose()


def csrf_from(html: str) -> str:
    import re

    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "form without a CSRF token"
    return found.group(1)


def sign_in(client, name: str = "rita", password: str = PASSWORD):
    token = csrf_from(client.get("/login").get_data(as_text=True))
    return client.post("/login", data={"name": name, "password": password, "csrf_token": token, "next": "/review"})
