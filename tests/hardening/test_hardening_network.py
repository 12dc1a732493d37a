"""Issue 14, item 9: robots.txt redirects stay on the site's registered domain; Scrapy's
remote-control extension is off; http_proxy alone is enough to audit (the simulated web)."""

from __future__ import annotations

import json
from pathlib import Path

from simaudit import default_truth, export_doc
from support import run_cli

from fixtures.simweb import DEFAULT_SEED
from fixtures.simweb.model import build_web
from fixtures.simweb.register import write_sim_register
from fixtures.simweb.server import SimWebServer


def test_a_robots_txt_redirect_stays_within_the_registered_domain() -> None:
    """Scrapy's robots.txt request carries no site; its redirects are held to the domain it
    started on (loopback allowed here, as behind the simulated web's proxy, so that only the
    domain rule can refuse)."""
    from scrapy.exceptions import IgnoreRequest
    from scrapy.http import Request

    from crawler.engine.middlewares import SafetyMiddleware

    mw = SafetyMiddleware(frozenset({"www.anytown.gov.uk"}), allow_loopback=True)
    mw.crawler = None
    start = "https://www.anytown.gov.uk/robots.txt"

    def hop(url: str) -> Request:
        return Request(url, meta={"redirect_urls": [start], "dont_obey_robotstxt": True})

    class NoSites:
        sites: dict = {}

    assert mw.process_request(hop("https://anytown.gov.uk/robots.txt"), NoSites()) is None
    assert mw.process_request(hop("https://cdn.anytown.gov.uk/robots.txt"), NoSites()) is None
    for away in ("https://www.othertown.gov.uk/robots.txt", "http://127.0.0.1:8080/robots.txt"):
        try:
            mw.process_request(hop(away), NoSites())
        except IgnoreRequest as exc:
            assert "redirects off its site" in str(exc)
        else:
            raise AssertionError(f"followed a robots.txt redirect to {away}")


def test_the_remote_control_extension_is_disabled() -> None:
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.engine.settings", priority="project")
    assert settings.getbool("REMOTE_CONTROL_ENABLED") is False
    assert settings.getdict("EXTENSIONS").get("scrapy.extensions.remote_control.RemoteControl", 0) is None
    assert settings.getbool("TELNETCONSOLE_ENABLED") is False


def test_an_audit_through_http_proxy_alone(tmp_path: Path) -> None:
    """No --proxy: only the environment's http_proxy leads to the simulated web."""
    web = build_web(DEFAULT_SEED)
    truth = {a["gss_code"]: a for a in default_truth()["authorities"]}
    register = write_sim_register(tmp_path / "sim.csv")
    plain = [code for code, a in truth.items() if a["crawl"]["status"] == "ok" and not a.get("faults")][:2]
    db = f"sqlite:///{tmp_path / 'a.sqlite'}"
    with SimWebServer(web, latency_scale=0.02) as server:
        proc = run_cli(
            "audit",
            "--register",
            str(register),
            "--db",
            db,
            "--quiet",
            "--max-pages-per-site",
            "8",
            "--only",
            *plain,
            cwd=tmp_path,
            timeout=300,
            env={"http_proxy": server.proxy_url},
        )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    doc = export_doc(run_cli, db)
    statuses = {a["gss_code"]: a["crawl"]["status"] for a in doc["authorities"]}
    assert statuses == {code: "ok" for code in plain}, json.dumps(statuses)


def test_a_site_that_is_down_is_logged_without_a_traceback(tmp_path: Path) -> None:
    """The soak found Scrapy logging every unreachable robots.txt with a full traceback: a down
    site is the site's failure, recorded on its crawl, and its log line must not read as a crash."""
    web = build_web(DEFAULT_SEED)
    truth = default_truth()
    down = next(a["gss_code"] for a in truth["authorities"] if "down" in a["faults"])
    register = write_sim_register(tmp_path / "sim.csv")
    db = f"sqlite:///{tmp_path / 'a.sqlite'}"
    with SimWebServer(web, latency_scale=0.02) as server:
        proc = run_cli(
            "audit",
            "--register",
            str(register),
            "--db",
            db,
            "--proxy",
            server.proxy_url,
            "--quiet",
            "--only",
            down,
            cwd=tmp_path,
            timeout=300,
        )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert export_doc(run_cli, db)["authorities"][0]["crawl"]["status"] == "unreachable"
    log = "".join(p.read_text() for p in (tmp_path / "logs").glob("*.log"))
    assert "robots.txt" in log, "the failed robots.txt is still logged"
    assert "Traceback" not in log + proc.stdout + proc.stderr
