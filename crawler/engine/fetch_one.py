"""Fetching one URL outside a crawl (for `inspect`), under the crawler's own safety rules.

`inspect URL` used to be weaker than the crawler: it followed a redirect to another internal
host, and its timeout applied per read, so a server dripping one byte a second held it forever.
Now, as in a crawl:
- the URL given is trusted as given (like a register host), and nothing else is: every redirect
  must stay within the site's registered domain (an IP-literal site: its own address) and is
  checked before any connection;
- names are resolved first and every address checked (no loopback, private or link-local
  address for any host but the one given), then the connection goes to the checked address,
  so a second lookup cannot point it elsewhere;
- the whole download has one deadline, and a size cap.
A proxy (--proxy, else http_proxy/https_proxy) resolves names itself; the redirect rules still hold.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
import urllib.request
from urllib.parse import urljoin, urlsplit

from crawler.errors import UserError
from crawler.engine.netsafety import SiteBounds, is_internal_address, registered_domain, strip_credentials

MAX_BYTES = 15 * 1024 * 1024
MAX_REDIRECTS = 8
DEADLINE_SECONDS = 60.0  # the whole download, every redirect included
_REDIRECTS = (301, 302, 303, 307, 308)


def _env_proxy(url: str) -> str | None:
    scheme = urlsplit(url).scheme
    proxies = urllib.request.getproxies()
    host = urlsplit(url).hostname or ""
    if proxies.get(scheme) and not urllib.request.proxy_bypass(host):
        return proxies[scheme]
    return None


def _checked_address(host: str, port: int, trusted: str, deadline: float) -> str:
    """Resolve `host` and return an address it is safe to connect to (checked before connecting)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UserError(f"{host}: cannot resolve: {exc}") from None
    if time.monotonic() > deadline:
        raise UserError(f"{host}: the download deadline passed while resolving")
    addresses = [info[4][0] for info in infos]
    if host.lower() != trusted:
        for a in addresses:
            ip = ipaddress.ip_address(a.split("%")[0])
            if is_internal_address(ip):
                raise UserError(f"{host} resolves to internal address {ip}: refused")
    return addresses[0]


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _remaining(deadline: float, url: str) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise UserError(f"{url}: gave up: the whole download took longer than the deadline")
    return left


def _read_body(resp: http.client.HTTPResponse, conn: http.client.HTTPConnection, url: str, deadline: float) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        if conn.sock is not None:
            conn.sock.settimeout(min(_remaining(deadline, url), 30.0))
        try:
            chunk = resp.read1(65536) if hasattr(resp, "read1") else resp.read(65536)
        except (TimeoutError, socket.timeout):
            _remaining(deadline, url)
            raise UserError(f"{url}: the server stopped sending") from None
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > MAX_BYTES:
            raise UserError(f"{url}: larger than {MAX_BYTES // (1024 * 1024)} MB, not analysed")
        chunks.append(chunk)
        _remaining(deadline, url)


def _within_site(target: str, bounds: SiteBounds) -> bool:
    try:
        parts = urlsplit(target)
        _ = parts.port  # raises ValueError for a bad port
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    return (
        parts.scheme in ("http", "https")
        and bool(host)
        and (bounds.on_site(target) or registered_domain(host) == bounds.domain)
    )


def fetch(
    url: str,
    user_agent: str,
    proxy: str | None = None,
    timeout: float = 30.0,
    deadline_seconds: float = DEADLINE_SECONDS,
) -> tuple[bytes, str | None, str]:
    """(body, content type, final URL); a one-line UserError for anything that goes wrong."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError for a bad port
    except ValueError:
        raise UserError(f"not a URL: {url!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UserError(f"not an http(s) URL: {url!r}")
    url = strip_credentials(url)
    bounds = SiteBounds.from_url(url)
    deadline = time.monotonic() + deadline_seconds
    for _hop in range(MAX_REDIRECTS + 1):
        status, headers, body = _fetch_once(url, user_agent, proxy or _env_proxy(url), timeout, bounds.host, deadline)
        if status in _REDIRECTS and headers.get("Location"):
            target = strip_credentials(urljoin(url, headers["Location"].strip()))
            if not _within_site(target, bounds):
                raise UserError(
                    f"{url}: redirects off the site to {urlsplit(target).scheme}://"
                    f"{urlsplit(target).netloc}: not followed (the crawler never leaves a site)"
                )
            url = target
            continue
        if status >= 400:
            raise UserError(f"{url}: HTTP {status}")
        return body, headers.get("Content-Type"), url
    raise UserError(f"{url}: more than {MAX_REDIRECTS} redirects")


def _fetch_once(
    url: str, user_agent: str, proxy: str | None, timeout: float, trusted: str, deadline: float
) -> tuple[int, http.client.HTTPMessage, bytes]:
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    per_read = min(timeout, _remaining(deadline, url))
    try:
        if proxy:
            p = urlsplit(proxy)
            conn: http.client.HTTPConnection
            if parts.scheme == "https":
                conn = http.client.HTTPSConnection(p.hostname or "", p.port or 8080, timeout=per_read)
                conn.set_tunnel(host, port)
            else:
                conn = http.client.HTTPConnection(p.hostname or "", p.port or 8080, timeout=per_read)
                path = url
        else:
            address = _checked_address(host, port, trusted, deadline)
            cls = _PinnedHTTPS if parts.scheme == "https" else _PinnedHTTP
            conn = cls(host, port, address, per_read)
        try:
            conn.request(
                "GET",
                path,
                headers={
                    "User-Agent": user_agent,
                    "Accept-Encoding": "identity",
                    "Host": parts.netloc.rsplit("@", 1)[-1],
                },
            )
            resp = conn.getresponse()
            body = b"" if resp.status in _REDIRECTS else _read_body(resp, conn, url, deadline)
            return resp.status, resp.headers, body
        finally:
            conn.close()
    except UserError:
        raise
    except (TimeoutError, socket.timeout):
        _remaining(deadline, url)
        raise UserError(f"{url}: cannot fetch: timed out") from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise UserError(f"{url}: cannot fetch: {type(exc).__name__}: {exc}"[:300]) from None


__all__ = ["fetch", "MAX_BYTES", "MAX_REDIRECTS", "DEADLINE_SECONDS"]
