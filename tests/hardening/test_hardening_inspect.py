"""Issue 14, items 6 and 7: `inspect URL` fetches under the crawler's rules (redirects kept on the
site, addresses checked before connecting, one deadline for the whole download), and nothing a
page says reaches the terminal raw."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

import hostile
from minisite import RecordingSite
from support import run_cli

from analysis.sanitize import display
from crawler.errors import UserError
from crawler.engine.fetch_one import _checked_address, fetch

UA = "cctv-audit-test"
ESCAPES = ("\x1b", "\x9b", "\x9d", "\x85", "\x07", "\x00")


class DripServer:
    """Sends a valid response header, then one byte of body every 0.3 s, for ever."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(4)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/"
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        try:
            conn, _ = self.sock.accept()
        except OSError:
            return
        with conn:
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
            while not self.stop.wait(0.3):
                try:
                    conn.sendall(b"a")
                except OSError:
                    return

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


def test_a_dripping_server_is_cut_off_at_the_whole_download_deadline() -> None:
    server = DripServer()
    try:
        start = time.monotonic()
        with pytest.raises(UserError) as err:
            fetch(server.url, UA, timeout=30, deadline_seconds=2.0)
        took = time.monotonic() - start
    finally:
        server.close()
    assert took < 6, took  # per read it never times out: only the whole-download deadline ends it
    assert "deadline" in str(err.value)


def test_a_redirect_to_another_internal_host_is_refused_before_connecting() -> None:
    import http.server

    target_hits: list[str] = []

    class Target(http.server.BaseHTTPRequestHandler):
        def log_message(self, *a) -> None:
            pass

        def do_GET(self) -> None:
            target_hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"secret")

    target = http.server.ThreadingHTTPServer(("127.0.0.2", 0), Target)
    threading.Thread(target=target.serve_forever, daemon=True).start()
    target_url = f"http://127.0.0.2:{target.server_address[1]}/admin"

    class Redirect(http.server.BaseHTTPRequestHandler):
        def log_message(self, *a) -> None:
            pass

        def do_GET(self) -> None:
            if self.path == "/same":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"<p>same site</p>")
                return
            self.send_response(302)
            self.send_header("Location", target_url if self.path == "/away" else "/same")
            self.end_headers()

    origin = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=origin.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{origin.server_address[1]}"
    try:
        body, _ctype, final = fetch(base + "/here", UA, deadline_seconds=10)
        assert body == b"<p>same site</p>" and final == base + "/same"
        with pytest.raises(UserError) as err:
            fetch(base + "/away", UA, deadline_seconds=10)
        assert "off the site" in str(err.value)
        proc = run_cli("inspect", base + "/away", timeout=60)
        assert proc.returncode == 2 and "off the site" in proc.stderr and "Traceback" not in proc.stderr
    finally:
        origin.shutdown()
        target.shutdown()
    assert target_hits == []  # never connected to


def test_names_resolving_to_internal_addresses_are_refused_unless_given() -> None:
    with pytest.raises(UserError) as err:
        _checked_address("localhost", 80, trusted="www.anytown.gov.uk", deadline=time.monotonic() + 5)
    assert "internal address" in str(err.value)
    assert _checked_address("localhost", 80, trusted="localhost", deadline=time.monotonic() + 5)


def test_display_rule_defuses_escapes_and_c1() -> None:
    shown = display("a\x1b]0;owned\x07b\x1b[2Jc\x9b31md\x85e\x00f\u202eg\nh")
    assert not any(c in shown for c in ESCAPES + ("\u202e", "\n"))
    assert shown.startswith("ab") and "owned" not in shown


def test_inspect_prints_page_values_without_terminal_controls(tmp_path: Path) -> None:
    spoc = (
        "<!doctype html><html><body><main><h1>CCTV\x1b]0;pwned\x07</h1><p>" + hostile.CCTV_WORDS + "</p>"
        "<p>Our single point of contact (SPOC) for surveillance cameras is Jo\x1b[31m\x9b2J Bloggs\x85, "
        "Community Safety Manager, cctv@anytown.gov.uk, 01234 567890.</p></main></body></html>"
    )
    page = tmp_path / "page.html"
    page.write_bytes(spoc.encode())
    text = tmp_path / "page.txt"
    text.write_bytes(hostile.text_page())
    with RecordingSite({"/t.txt": ("text/plain; charset=utf-8", hostile.text_page())}) as site:
        for extra in ([], ["--json"]):
            proc = run_cli("inspect", str(page), str(text), site.url + "t.txt", *extra, timeout=60)
            assert proc.returncode == 0, proc.stderr
            assert not any(c in proc.stdout for c in ESCAPES), (extra, proc.stdout[:300])
            assert proc.stdout.count("CCTV") >= 3 and "t.txt" in proc.stdout


def test_runs_prints_register_names_and_websites_without_controls(tmp_path: Path) -> None:
    """A name with a C1 control cannot enter through the register any more, so the row is made
    the way an older version could have stored it, straight in the database."""
    from sqlalchemy import select

    from crawler.register import Authority as Entry
    from crawler.storage import open_database
    from crawler.storage.models import Authority as Row
    from crawler.storage.runs import create_run, finish_run

    db_url = f"sqlite:///{tmp_path / 'a.sqlite'}"
    db = open_database(db_url)
    with db.session() as s:
        run = create_run(s, [Entry("E99000001", "Evil", "http://127.0.0.1:9/")], "label\x1b]0;x\x07\x9b", {}, None)
        s.execute(select(Row)).scalar_one().name = "Evil\x1b[2J\x85Council"
        finish_run(s, run, "finished", None)
    db.dispose()
    proc = run_cli("runs", "--db", db_url, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert not any(c in proc.stdout for c in ESCAPES), proc.stdout
