"""The bounded window of sites in flight (spiders.window), on its own and inside a real audit.

The audits run against small loopback sites, one per 127.0.0.N host, and read the window's
effect where it matters: at the servers (which sites were being crawled at the same moment) and
in the database (how many sites an interrupted run leaves half done).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minisite import RecordingSite
from support import run_cli
from spiders.window import SiteWindow, default_window, window_from_settings, window_size


class _A:
    def __init__(self, code: str) -> None:
        self.gss_code = code


def _window(codes: list[str], size: int) -> tuple[SiteWindow, list[str]]:
    opened: list[str] = []

    def open_site(a: _A) -> dict[str, str]:
        opened.append(a.gss_code)
        return {"code": a.gss_code}

    return SiteWindow([_A(c) for c in codes], size, open_site), opened


def test_admits_at_most_the_window_in_register_order() -> None:
    w, opened = _window([f"E{i}" for i in range(10)], 3)
    first = w.admit()
    assert [s["code"] for s in first] == ["E0", "E1", "E2"]
    assert opened == ["E0", "E1", "E2"], "no state is made for a site still waiting"
    assert w.admit() == [], "a full window admits nothing"
    assert w.waiting == 7 and len(w.active) == 3


def test_a_finished_site_frees_its_place_for_the_next() -> None:
    w, opened = _window([f"E{i}" for i in range(5)], 2)
    w.admit()
    released = w.release("E0")
    assert released == {"code": "E0"} and "E0" not in w.active
    assert [s["code"] for s in w.admit()] == ["E2"]
    assert w.release("E0") is None, "releasing twice is harmless"
    for code in ("E1", "E2"):
        w.release(code)
    assert [s["code"] for s in w.admit()] == ["E3", "E4"]
    w.release("E3")
    w.release("E4")
    assert w.done and w.released == 5 and w.peak == 2 and opened == ["E0", "E1", "E2", "E3", "E4"]


def test_state_held_is_bounded_by_the_window_whatever_the_register() -> None:
    w, _ = _window([f"E{i}" for i in range(20_000)], 48)
    most = 0
    while not w.done:
        for _s in w.admit():
            most = max(most, len(w.active))
        # finish the oldest site in flight, as a steady crawl would
        w.release(next(iter(w.active)))
    assert most == 48 and w.peak == 48 and w.released == 20_000


def test_a_code_listed_twice_is_crawled_once_at_a_time() -> None:
    w, opened = _window(["E1", "E1", "E2"], 3)
    assert [s["code"] for s in w.admit()] == ["E1", "E2"]
    assert opened == ["E1", "E2"]


def test_window_size_default_follows_concurrency() -> None:
    # the shipped settings: 48 requests in flight, 2 per site, AutoThrottle aiming at 1 per site
    assert default_window(48, 2, True, 1.0) == 48
    assert default_window(10, 2, False) == 5, "without AutoThrottle each site can keep 2 busy"
    assert default_window(1, 2) >= 2
    assert window_size(7, 48, 2) == 7, "a configured window wins"
    assert window_size(0, 48, 2) == window_size(None, 48, 2) == 48


def test_window_from_scrapy_settings() -> None:
    from scrapy.settings import Settings

    s = Settings()
    s.setmodule("crawler.engine.settings")
    assert window_from_settings(s) == 48
    s.set("CONCURRENT_REQUESTS", 20)
    assert window_from_settings(s) == 20
    s.set("CCTV_AUDIT_WINDOW", 5)
    assert window_from_settings(s) == 5


def test_bad_window_refused() -> None:
    with pytest.raises(ValueError, match="at least one site"):
        SiteWindow([], 0, lambda a: a)


# ---- inside a real audit ---------------------------------------------------------------------


def _page(title: str, body: str) -> tuple[str, bytes]:
    html = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<nav><a href="/">Home</a> <a href="/bins">Bins</a></nav><main><h1>{title}</h1>{body}</main></body></html>'
    )
    return "text/html; charset=utf-8", html.encode()


def _council(n: int) -> dict[str, tuple[str, bytes]]:
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nAllow: /\n"),
        "/": _page(f"Council {n}", '<p>Services.</p><a href="/cctv">CCTV</a> <a href="/parking">Parking</a>'),
        "/cctv": _page(
            "CCTV",
            f"<p>Council {n} runs 20 public space CCTV cameras to prevent crime. Footage is kept for "
            "31 days; ask for a copy with a subject access request.</p>",
        ),
        "/bins": _page("Bins", "<p>Collection days.</p>"),
        "/parking": _page("Parking", "<p>Permits.</p>"),
    }


@pytest.fixture()
def councils(tmp_path: Path):
    sites = [RecordingSite(_council(i), host=f"127.0.0.{10 + i}", delay=0.15) for i in range(6)]
    for s in sites:
        s.__enter__()
    register = tmp_path / "register.csv"
    rows = [f"E990000{i:02d},Council {i},England,{s.url},Cleveland" for i, s in enumerate(sites)]
    register.write_text("gss_code,name,nation,website,police_force\n" + "\n".join(rows) + "\n")
    try:
        yield {"sites": sites, "register": register, "tmp": tmp_path}
    finally:
        for s in sites:
            s.__exit__(None, None, None)


def _audit_args(councils: dict, db: str, *extra: str) -> list[str]:
    return [
        "audit",
        "--register",
        str(councils["register"]),
        "--db",
        db,
        "--quiet",
        "--user-agent-contact",
        "mailto:test@example.org",
        *extra,
    ]


def _most_sites_at_once(sites: list[RecordingSite]) -> int:
    spans = [(min(h["t"] for h in s.hits), max(h["t"] for h in s.hits)) for s in sites if s.hits]
    return max(sum(1 for a, b in spans if a <= t <= b) for t, _ in spans)


def test_audit_keeps_at_most_the_window_in_flight(councils) -> None:
    db = f"sqlite:///{councils['tmp'] / 'a.sqlite'}"
    proc = run_cli(*_audit_args(councils, db, "--window", "2"), cwd=councils["tmp"], timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    sites = councils["sites"]
    assert all("/cctv" in s.paths() for s in sites), "every site is audited"
    assert _most_sites_at_once(sites) <= 2
    firsts = [min(h["t"] for h in s.hits) for s in sites]
    # Sites are admitted in register order, but sites admitted at the same moment (the first
    # window, or two let in when two finish together) race for their first request: a later
    # site may not start before an earlier one, beyond such a tie.
    tie = 0.05
    assert max(firsts[:2]) <= min(firsts[2:]) + tie, "the first window opens before any later site"
    assert all(b >= a - tie for a, b in zip(firsts, firsts[1:])), "sites start in register order"
    con = sqlite3.connect(councils["tmp"] / "a.sqlite")
    try:
        statuses = [r[0] for r in con.execute("SELECT status FROM site_crawl")]
    finally:
        con.close()
    assert statuses == ["ok"] * 6


def test_without_a_window_option_every_small_register_site_starts_at_once(councils) -> None:
    db = f"sqlite:///{councils['tmp'] / 'b.sqlite'}"
    proc = run_cli(*_audit_args(councils, db), cwd=councils["tmp"], timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert _most_sites_at_once(councils["sites"]) == 6, "the default window (48) holds all six"


def test_an_interrupted_run_loses_at_most_the_window(councils) -> None:
    tmp = councils["tmp"]
    path = tmp / "k.sqlite"
    db = f"sqlite:///{path}"
    env = {k: v for k, v in os.environ.items() if k not in ("CCTV_AUDIT_DB", "http_proxy", "https_proxy")}
    for s in councils["sites"]:
        s.delay = 0.4
    proc = subprocess.Popen(
        [sys.executable, "-m", "crawler", *_audit_args(councils, db, "--window", "2")],
        cwd=tmp,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 90
        done = 0
        while time.monotonic() < deadline and done < 1:
            time.sleep(0.2)
            try:
                con = sqlite3.connect(path, timeout=5)
                done = con.execute(
                    "SELECT COUNT(*) FROM site_crawl WHERE status NOT IN ('pending', 'running')"
                ).fetchone()[0]
                con.close()
            except sqlite3.OperationalError:
                done = 0
        assert done >= 1, "no site finished in time"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    con = sqlite3.connect(path)
    try:
        (done,) = con.execute("SELECT COUNT(*) FROM site_crawl WHERE status NOT IN ('pending', 'running')").fetchone()
        (touched,) = con.execute(
            "SELECT COUNT(DISTINCT c.id) FROM site_crawl c JOIN snapshot s ON s.site_crawl_id = c.id "
            "WHERE c.status IN ('pending', 'running')"
        ).fetchone()
    finally:
        con.close()
    assert done < 6, "the run was interrupted before the end"
    assert touched <= 2, "work lost to the interruption is at most the window's sites"
    for s in councils["sites"]:
        s.delay = 0.05
    resumed = run_cli(*_audit_args(councils, db, "--window", "2", "--resume", "1"), cwd=tmp, timeout=120)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    con = sqlite3.connect(path)
    try:
        statuses = [r[0] for r in con.execute("SELECT status FROM site_crawl")]
    finally:
        con.close()
    assert statuses == ["ok"] * 6


def test_the_spider_holds_state_only_for_the_sites_in_its_window() -> None:
    from scrapy.http import Request
    from scrapy.utils.test import get_crawler

    from crawler.engine.items import SiteResultItem
    from crawler.register import Authority
    from spiders.audit import AuditSpider

    las = [
        Authority(f"E9900{i:04d}", f"Council {i}", f"http://c{i}.example/", "England", police_force="Cleveland")
        for i in range(10)
    ]
    crawler = get_crawler(AuditSpider, {"CCTV_AUDIT_WINDOW": 3})
    spider = AuditSpider.from_crawler(crawler, authorities=las)
    first = list(spider._admit())
    assert [r.url for r in first] == ["http://c0.example/", "http://c1.example/", "http://c2.example/"]
    assert set(spider.sites) == set(spider.contexts) == {"E99000000", "E99000001", "E99000002"}
    site = spider.sites["E99000001"]
    site.inflight = 0  # its homepage answered and nothing else is in flight: it finishes
    out = list(spider._maybe_finish(site))
    assert isinstance(out[0], SiteResultItem) and out[0].gss_code == "E99000001"
    assert [r.url for r in out[1:] if isinstance(r, Request)] == ["http://c3.example/"], (
        "its place goes to the next site"
    )
    assert "E99000001" not in spider.sites and "E99000001" not in spider.contexts, "a finished site's state is let go"
    assert len(spider.sites) == len(spider.contexts) == 3 and spider.window.waiting == 6
