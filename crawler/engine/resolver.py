"""A DNS resolver that refuses names resolving into internal address space.

A public council page that links or redirects to a name pointing at 10.x, 192.168.x, a
link-local or a loopback address must not make the crawler connect there. The check sits in
the resolver so it happens before any connection; register hosts are trusted as given.

Behind a proxy (--proxy, or http_proxy / https_proxy in the environment) the crawler resolves
only the proxy's own name, which is trusted as the user gave it (a proxy on loopback or a
private address is normal); with environment proxies, names that no_proxy exempts are resolved
directly, under the same internal-address check.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from twisted.internet.error import DNSLookupError

from scrapy.resolver import CachingThreadedResolver

from crawler.engine.netsafety import is_internal_address, is_loopback


class GuardedResolver(CachingThreadedResolver):
    trusted_hosts: frozenset[str] = frozenset()
    allow_loopback: bool = False
    only_hosts: frozenset[str] | None = None
    env_bypass: bool = False

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> GuardedResolver:
        resolver = super().from_crawler(crawler, reactor)
        resolver.trusted_hosts = frozenset(h.lower() for h in crawler.settings.getlist("CCTV_AUDIT_TRUSTED_HOSTS"))
        resolver.allow_loopback = crawler.settings.getbool("CCTV_AUDIT_ALLOW_LOOPBACK")
        proxy = crawler.settings.get("CCTV_AUDIT_PROXY")
        env_proxies = crawler.settings.getdict("CCTV_AUDIT_ENV_PROXIES")
        proxies = [proxy] if proxy else list(env_proxies.values())
        if proxies:
            # behind a proxy the crawler itself resolves nothing but the proxy's own name:
            # a lookup of anything else means a request is about to bypass it, so fail closed
            from urllib.parse import urlsplit

            resolver.only_hosts = frozenset((urlsplit(p).hostname or "").lower() for p in proxies)
            resolver.env_bypass = not proxy
        return resolver

    def _bypassed(self, name: str) -> bool:
        from urllib.request import proxy_bypass_environment

        return self.env_bypass and bool(proxy_bypass_environment(name))

    def getHostByName(self, name: str, timeout: Any = ()) -> Any:
        if self.only_hosts is not None and name.lower() not in self.only_hosts and not self._bypassed(name):
            from twisted.internet import defer

            return defer.fail(
                DNSLookupError(f"{name}: direct connection refused, every request must go through the proxy")
            )
        d = super().getHostByName(name, timeout)
        d.addCallback(self._check, name)
        return d

    def _check(self, address: str, name: str) -> str:
        if name.lower() in self.trusted_hosts or (self.only_hosts is not None and name.lower() in self.only_hosts):
            return address
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return address
        if self.allow_loopback and is_loopback(ip):
            return address
        if is_internal_address(ip):
            raise DNSLookupError(f"{name} resolves to internal address {ip}: refused")
        return address
