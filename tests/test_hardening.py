"""Hardening: broken and hostile servers are recorded, never fatal; the crawler is never turned
against its user or another server; readers can use the database while an audit writes it."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from minisite import RecordingSite
from simaudit import export_doc
from support import ROOT, run_cli
from test_spider_local import _page, build_site

from fixtures.simweb import DEFAULT_SEED
from fixtures.simweb.model import build_web
from fixtures.simweb.server import SimWebServer


class RawServer:
    """A TCP server on loopback that misbehaves: sends junk (a failed TLS handshake) or hangs."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.conns: list[socket.socket] = []
        self._stop = False
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.conns.append(conn)
            if self.mode == "junk":
                conn.sendall(b"this is not TLS\r\n\r\n")
                conn.close()

    def close(self) -> None:
        self._stop = True
        self.sock.close()
        for c in self.conns:
            c.close()


def test_network_faults_are_recorded_and_the_run_completes(tmp_path: Path) -> None:
    junk, hang = RawServer("junk"), RawServer("hang")
    try:
        reg = tmp_path / "r.csv"
        reg.write_text(
            "gss_code,name,website\n"
            f"E99000001,TLS Junk Council,https://127.0.0.1:{junk.port}/\n"
            f"E99000002,Hanging Council,http://127.0.0.1:{hang.port}/\n"
        )
        db = f"sqlite:///{tmp_path / 'a.sqlite'}"
        proc = run_cli(
            "audit", "--register", str(reg), "--db", db, "--quiet", "--download-timeout", "2", cwd=tmp_path, timeout=300
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
    finally:
        junk.close()
        hang.close()
    doc = {a["gss_code"]: a for a in export_doc(run_cli, db)["authorities"]}
    for code in ("E99000001", "E99000002"):
        crawl = doc[code]["crawl"]
        assert crawl["status"] == "unreachable", crawl
        assert crawl["error"]
        assert {d["status"] for d in doc[code]["deliverables"].values()} == {"unknown"}
    assert (
        "timeout" in doc["E99000002"]["crawl"]["error"].lower()
        or "took longer" in doc["E99000002"]["crawl"]["error"].lower()
    )


def test_unknown_host_behind_the_proxy_is_unreachable(tmp_path: Path) -> None:
    web = build_web(DEFAULT_SEED)
    reg = tmp_path / "r.csv"
    reg.write_text("gss_code,name,website\nE99000003,Nowhere Council,http://www.no-such-council.gov.uk/\n")
    db = f"sqlite:///{tmp_path / 'a.sqlite'}"
    with SimWebServer(web, latency_scale=0.01) as server:
        proc = run_cli(
            "audit", "--register", str(reg), "--db", db, "--proxy", server.proxy_url, "--quiet", cwd=tmp_path
        )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    la = export_doc(run_cli, db)["authorities"][0]
    assert la["crawl"]["status"] == "unreachable" and la["deliverables"]["5.1"]["status"] == "unknown"


def test_redirect_into_internal_space_and_credentials(tmp_path: Path) -> None:
    with RecordingSite({"/secret": _page("Secret", "<p>internal</p>")}, host="127.0.0.2") as internal:
        pages = build_site("http://127.0.0.3:9/")
        pages["/"] = _page(
            "Welcome",
            '<ul><li><a href="/cctv-archive">CCTV archive</a></li>'
            '<li><a href="http://auditor:hunter2@127.0.0.1:PORT/community-safety/cctv">CCTV cameras</a></li></ul>',
        )
        pages["/cctv-archive"] = ("redirect", f"{internal.url}secret".encode())
        with RecordingSite(pages) as site:
            site.pages["/"] = ("text/html", pages["/"][1].replace(b"PORT", str(site.port).encode()))
            reg = tmp_path / "r.csv"
            reg.write_text(
                f"gss_code,name,website,police_force\nE99000004,Testborough Borough Council,{site.url},Cleveland\n"
            )
            db = f"sqlite:///{tmp_path / 'a.sqlite'}"
            proc = run_cli("audit", "--register", str(reg), "--db", db, "--quiet", cwd=tmp_path)
            assert proc.returncode == 0, proc.stdout + proc.stderr
            assert "/cctv-archive" in site.paths(), "the redirecting page was requested"
            assert "/community-safety/cctv" in site.paths(), "the link with credentials was followed without them"
            assert all(h["authorization"] is None for h in site.hits), "credentials in a link must never be sent"
    assert internal.hits == [], (
        "a redirect from a public page into another internal address must be refused before connecting"
    )
    la = export_doc(run_cli, db)["authorities"][0]
    assert any("refused" in e for e in la["crawl"]["error_samples"]), la["crawl"]["error_samples"]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_report_while_an_audit_is_writing(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    db = f"sqlite:///{tmp_path / 'a.sqlite'}" if backend == "sqlite" else request.getfixturevalue("pg_url")
    pages = build_site("http://127.0.0.3:9/")
    with RecordingSite(pages, delay=0.1) as site:
        reg = tmp_path / "r.csv"
        reg.write_text(
            f"gss_code,name,website,police_force\nE99000005,Testborough Borough Council,{site.url},Cleveland\n"
        )
        first = run_cli("audit", "--register", str(reg), "--db", db, "--quiet", cwd=tmp_path)
        assert first.returncode == 0, first.stderr
        before = len(site.hits)
        site.delay = 3.0  # the second audit must outlast two CLI commands on a loaded machine
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        writer = subprocess.Popen(
            [sys.executable, "-m", "crawler", "audit", "--register", str(reg), "--db", db, "--quiet"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and len(site.hits) < before + 2:
                time.sleep(0.1)
            assert writer.poll() is None, "the second audit should still be writing"
            report = run_cli("report", "--db", db, "--out", str(tmp_path / "report"), cwd=tmp_path)
            assert report.returncode == 0, report.stderr
            assert (tmp_path / "report" / "index.html").exists()
            runs = run_cli("runs", "--db", db, cwd=tmp_path)
            assert "running" in runs.stdout and "finished" in runs.stdout
            site.delay = 0.1  # checked while it wrote: now let the second audit finish at the first's pace
        finally:
            out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, out + err


def test_retry_after_5xx_burst_and_deflate_bomb(tmp_path: Path) -> None:
    import zlib

    pages = build_site("http://127.0.0.3:9/")
    bomb = zlib.compress(b"<p>" + b" " * (64 * 1024 * 1024), 9)
    pages["/"] = _page(
        "Welcome",
        '<ul><li><a href="/community-safety/cctv">CCTV</a></li><li><a href="/cctv-archive">CCTV archive</a></li></ul>',
    )
    pages["/cctv-archive"] = ("text/html", bomb, {"Content-Encoding": "deflate"})
    with RecordingSite(pages) as site:
        site.failures["/community-safety/cctv"] = [(503, {"Retry-After": "2"})]
        site.failures["/"] = [(500, {}), (502, {})]
        reg = tmp_path / "r.csv"
        reg.write_text(
            f"gss_code,name,website,police_force\nE99000006,Testborough Borough Council,{site.url},Cleveland\n"
        )
        db = f"sqlite:///{tmp_path / 'a.sqlite'}"
        proc = run_cli("audit", "--register", str(reg), "--db", db, "--quiet", cwd=tmp_path)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        cctv = [h["t"] for h in site.hits if h["path"] == "/community-safety/cctv"]
        homes = [h for h in site.hits if h["path"] == "/"]
    assert len(homes) == 3, "two 5xx answers, then the homepage: retried with back-off"
    assert len(cctv) == 2 and cctv[1] - cctv[0] >= 1.9, "Retry-After: 2 was honoured before the retry"
    la = export_doc(run_cli, db)["authorities"][0]
    assert la["crawl"]["status"] == "ok" and la["deliverables"]["5.1"]["status"] == "met"
    assert any("/cctv-archive" in e and re.search(r"size|larger", e, re.I) for e in la["crawl"]["error_samples"]), la[
        "crawl"
    ]["error_samples"]
