"""Fetching one URL outside a crawl (for `inspect`): capped, identified, proxy-aware."""

from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urlsplit

from crawler.errors import UserError
from crawler.engine.netsafety import strip_credentials

MAX_BYTES = 15 * 1024 * 1024


def fetch(url: str, user_agent: str, proxy: str | None = None, timeout: float = 30.0) -> tuple[bytes, str | None, str]:
    """(body, content type, final URL); a one-line UserError for anything that goes wrong."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise UserError(f"not an http(s) URL: {url!r}")
    url = strip_credentials(url)
    handlers = []
    if proxy:
        handlers.append(urllib.request.ProxyHandler({"http": proxy, "https": proxy}))
    opener = urllib.request.build_opener(*handlers)
    req = urllib.request.Request(url, headers={"User-Agent": user_agent, "Accept-Encoding": "identity"})
    try:
        with opener.open(req, timeout=timeout) as resp:
            body = resp.read(MAX_BYTES + 1)
            if len(body) > MAX_BYTES:
                raise UserError(f"{url}: larger than {MAX_BYTES // (1024 * 1024)} MB, not analysed")
            return body, resp.headers.get("Content-Type"), resp.geturl()
    except urllib.error.HTTPError as exc:
        raise UserError(f"{url}: HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise UserError(f"{url}: cannot fetch: {reason}") from None
