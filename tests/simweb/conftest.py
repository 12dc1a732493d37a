"""Fixtures for the simulated web's tests: one web, its truth and one loopback server per session.

Every request goes to 127.0.0.1 only: the client speaks to the simweb proxy, never to a host.
"""

from __future__ import annotations

import http.client
import socket
import time
from urllib.parse import urlsplit

import pytest

from fixtures.simweb.model import SimWeb, build_web
from fixtures.simweb.server import SimWebServer
from simaudit import default_truth

LATENCY_SCALE = 0.002


class Fetched:
    def __init__(self, status: int, headers: dict[str, str], body: bytes):
        self.status, self.headers, self.body = status, headers, body

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


class ProxyClient:
    """A patient, polite client of the simweb proxy (absolute-URI requests, like Scrapy's proxy
    support): retries 5xx and resets, waits as Retry-After asks (scaled like the server), never
    follows redirects by itself."""

    def __init__(self, port: int, latency_scale: float):
        self.port, self.latency_scale = port, latency_scale

    def once(
        self, url: str, method: str = "GET", headers: dict[str, str] | None = None, timeout: float = 30
    ) -> Fetched:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            hdrs = {"Host": urlsplit(url).netloc, "User-Agent": "simweb-tests/1.0 (+http://127.0.0.1/)"}
            hdrs.update(headers or {})
            conn.request(method, url, headers=hdrs)
            resp = conn.getresponse()
            body = resp.read()
            return Fetched(resp.status, {k.lower(): v for k, v in resp.getheaders()}, body)
        finally:
            conn.close()

    def get(self, url: str, attempts: int = 8, headers: dict[str, str] | None = None) -> Fetched:
        last: Exception | None = None
        for _ in range(attempts):
            try:
                r = self.once(url, headers=headers)
            except (ConnectionError, http.client.RemoteDisconnected, socket.timeout) as e:
                last = e
                continue
            if r.status in (500, 502, 503, 504):
                wait = float(r.header("retry-after") or 0) * self.latency_scale
                time.sleep(min(wait + 0.001, 0.5))
                continue
            return r
        raise AssertionError(f"{url}: no answer after {attempts} attempts ({last!r})")


@pytest.fixture(scope="session")
def web() -> SimWeb:
    return build_web()


@pytest.fixture(scope="session")
def truth(web: SimWeb) -> dict:
    """build_truth(web) of this default web, built once per process with the other modules'."""
    return default_truth()


@pytest.fixture(scope="session")
def by_gss(truth: dict) -> dict[str, dict]:
    return {a["gss_code"]: a for a in truth["authorities"]}


@pytest.fixture(scope="session")
def server(web: SimWeb):
    with SimWebServer(web, latency_scale=LATENCY_SCALE) as srv:
        yield srv


@pytest.fixture(scope="session")
def client(server: SimWebServer) -> ProxyClient:
    return ProxyClient(server.port, LATENCY_SCALE)
