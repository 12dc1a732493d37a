"""A small hand-written council site on loopback, for spider tests that need exact control.

Serves from a dict of path -> (content type, body); records every request (path, User-Agent,
time) and the peak number of requests in flight, so politeness can be measured at the server.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from analysis.searchplan_rules import SEARCH_TERMS_FOR


class RecordingSite:
    def __init__(self, pages: dict[str, tuple[str, bytes]], host: str = "127.0.0.1", delay: float = 0.05) -> None:
        self.pages = pages
        self.delay = delay
        self.hits: list[dict[str, Any]] = []
        self.posts: list[bytes] = []
        self.post_failures = 0  # answer the first N POSTs with 503, to test retries
        # path -> list of (status, headers) answered (in order) before the page itself
        self.failures: dict[str, list[tuple[int, dict[str, str]]]] = {}
        self.inflight = 0
        self.peak_inflight = 0
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                return None

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with site._lock:
                    failing = site.post_failures > 0
                    if failing:
                        site.post_failures -= 1
                    else:
                        site.posts.append(body)
                self.send_response(503 if failing else 204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def do_GET(self) -> None:
                with site._lock:
                    site.inflight += 1
                    site.peak_inflight = max(site.peak_inflight, site.inflight)
                    site.hits.append(
                        {
                            "path": self.path,
                            "ua": self.headers.get("User-Agent", ""),
                            "t": time.monotonic(),
                            "authorization": self.headers.get("Authorization"),
                        }
                    )
                try:
                    time.sleep(site.delay)
                    with site._lock:
                        queued = site.failures.get(self.path)
                        failure = queued.pop(0) if queued else None
                    if failure is not None:
                        status, headers = failure
                        self.send_response(status)
                        for k, v in headers.items():
                            self.send_header(k, v)
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    found = site.pages.get(self.path) or site.pages.get(
                        self.path.split("?")[0] if "?" not in site.pages else self.path
                    )
                    if found is None:
                        body, ctype, status = b"<html><body><h1>Page not found</h1></body></html>", "text/html", 404
                    elif found[0] == "redirect":
                        body, ctype, status = b"", "text/html", 302
                    else:
                        (ctype, body), status = found[:2], 200
                    self.send_response(status)
                    if status == 302:
                        self.send_header("Location", found[1].decode() if isinstance(found[1], bytes) else found[1])
                    if len(found or ()) > 2:
                        for k, v in found[2].items():
                            self.send_header(k, v)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                finally:
                    with site._lock:
                        site.inflight -= 1

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://{host}:{self.port}/"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> RecordingSite:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()

    def paths(self) -> list[str]:
        return [h["path"] for h in self.hits]


# The words the audit asks a site's search, as they appear in its query string, read from the plan itself
# (analysis.searchplan_rules.SEARCH_TERMS_FOR) so that a test site answers every one the audit asks, in the plan's order.
SEARCH_WORDS = tuple(dict.fromkeys(t.replace(" ", "+") for terms in SEARCH_TERMS_FOR.values() for t in terms))

# A council site with a working menu and a search form: its camera page two clicks down under community safety.
SEARCH_NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/bins">Bins and recycling</a></li>'
    '<li><a href="/community-safety">Community safety</a></li><li><a href="/council-tax">Council tax</a></li></ul></nav>'
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)


def camera_council_site(nav: str = SEARCH_NAV) -> dict[str, tuple[str, bytes]]:
    """Westby's pages: the homepage, community safety, its town centre cameras page (5.1 met), and a few others."""
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/": council_page("Westby Borough Council", "<p>Welcome to the council's website.</p>", nav),
        "/community-safety": council_page(
            "Community safety",
            '<ul><li><a href="/community-safety/town-centre-cameras">Town centre cameras</a></li>'
            '<li><a href="/community-safety/hate-crime">Report hate crime</a></li></ul>',
            nav,
        ),
        "/community-safety/town-centre-cameras": council_page(
            "Town centre cameras",
            "<p>Westby Borough Council runs 48 CCTV cameras in the town centre to prevent and detect crime.</p>"
            "<p>Our own control room watches them 24 hours a day. Recordings are kept for 31 days.</p>"
            "<p>Signs tell you where cameras are in use. You can ask for footage of yourself with a subject access"
            " request; we release footage to the police where it helps an investigation.</p>",
            nav,
        ),
        "/community-safety/hate-crime": council_page("Report hate crime", "<p>Tell us what happened.</p>", nav),
        "/bins": council_page("Bins and recycling", "<p>Collection days.</p>", nav),
        "/council-tax": council_page("Council tax", "<p>Bands and payments.</p>", nav),
        "/privacy": council_page("Privacy", "<p>How we use your information.</p>", nav),
        "/a-z": council_page("A to Z", '<ul><li><a href="/bins">Bins</a></li></ul>', nav),
    }


def council_page(title: str, main: str, header: str = "") -> tuple[str, bytes]:
    """A plain council page: `header` (menus, a search form) above `main`, a footer linking the privacy page."""
    html = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f"<header>{header}</header><main><h1>{title}</h1>{main}</main>"
        '<footer><a href="/a-z">A to Z</a> <a href="/privacy">Privacy</a></footer></body></html>'
    )
    return "text/html; charset=utf-8", html.encode()


def nav_page(title: str, main: str, nav: list[tuple[str, str]], search: str = "") -> tuple[str, bytes]:
    """A page with its menu (`nav`: (address, words) pairs) and, where `search` is given, the site's search form."""
    menu = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in nav)
    form = f'<form role="search" action="{search}" method="get"><input type="search" name="q"></form>' if search else ""
    return "text/html; charset=utf-8", (
        f"<html><head><title>{title}</title></head><body><header>{form}<nav><ul>{menu}</ul></nav></header>"
        f"<main><h1>{title}</h1>{main}</main></body></html>"
    ).encode()


def results_page(rows: list[tuple[str, str]], header: str = "") -> tuple[str, bytes]:
    """A site search's page of results: each (path, title) a numbered result."""
    items = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in rows)
    return council_page("Search results", f"<p>{len(rows)} results</p><ol class='results'>{items}</ol>", header)


def audit_site(
    pages: dict[str, tuple[str, bytes]],
    tmp_path: Any,
    name: str = "Westby Borough Council",
    gss: str = "E99000042",
    failures: dict[str, list[tuple[int, dict[str, str]]]] | None = None,
    hits: list[dict[str, Any]] | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """Audit one hand-written site with the real command line: (its exported authority, the paths requested).

    `failures`: answers given (in order) before a path's page (RecordingSite.failures); `hits`, if given, receives every
    request the server saw (path, time, User-Agent)."""
    import json

    from support import run_cli

    with RecordingSite(pages) as server:
        server.failures.update(failures or {})
        register = tmp_path / "register.csv"
        register.write_text(f"gss_code,name,nation,website,police_force\n{gss},{name},England,{server.url},Surrey\n")
        db = f"sqlite:///{tmp_path / 'audit.sqlite'}"
        proc = run_cli("audit", "--register", str(register), "--db", db, "--quiet", cwd=tmp_path)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        la = json.loads(run_cli("export", "--db", db, "--format", "json", cwd=tmp_path).stdout)["authorities"][0]
        if hits is not None:
            hits.extend(server.hits)
        return la, server.paths()


def audit_through_proxy(
    pages: dict[str, tuple[str, bytes]], tmp_path: Any, councils: list[tuple[str, str, str, str]]
) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Audit several hand-written sites served under real-looking host names through one loopback proxy, with the real
    command line: (each exported authority by GSS code, every URL the proxy was asked for). `councils`: (GSS code, name,
    website, police force) rows of the register; `pages` maps full URLs to (content type, body)."""
    import json

    from support import run_cli

    proxy = RecordingSite(pages, delay=0.01)
    with proxy:
        register = tmp_path / "register.csv"
        register.write_text(
            "gss_code,name,nation,website,police_force\n"
            + "".join(
                f"{gss},{name},{'Wales' if gss.startswith('W') else 'England'},{site},{force}\n"
                for gss, name, site, force in councils
            )
        )
        db = f"sqlite:///{tmp_path / 'audit.sqlite'}"
        proc = run_cli("audit", "--register", str(register), "--db", db, "--proxy", proxy.url, "--quiet", cwd=tmp_path)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        exported = run_cli("export", "--db", db, "--format", "json", cwd=tmp_path)
        assert exported.returncode == 0, exported.stderr
    return {a["gss_code"]: a for a in json.loads(exported.stdout)["authorities"]}, proxy.paths()
