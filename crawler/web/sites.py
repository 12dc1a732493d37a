"""Which sites the public may ask the audit to read: the register's, and nothing else.

Decided from the URL text alone, before any connection: a host is allowed when it is a register
website's host or shares its registered domain (so www.x.gov.uk and x.gov.uk both count, but a
look-alike such as x.gov.uk.example.com does not).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from crawler.engine.netsafety import ip_literal, registered_domain
from crawler.register import Authority, check_website

MAX_URL = 500


class NotAllowed(ValueError):
    """A URL the public may not make the audit fetch; the message says why, in one line."""


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().rstrip(".")


def _origin(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return _host(url), parts.port or (443 if parts.scheme == "https" else 80)


def authority_for_url(url: str, register: list[Authority]) -> Authority:
    """The register entry whose site ``url`` belongs to, or NotAllowed."""
    url = url.strip()
    if not url:
        raise NotAllowed("enter the address of a council website")
    if len(url) > MAX_URL:
        raise NotAllowed(f"that address is longer than {MAX_URL} characters")
    if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in url):
        raise NotAllowed("that address contains control characters")
    if "://" not in url:
        url = "https://" + url
    why = check_website(url)
    if why:
        raise NotAllowed(why)
    host = _host(url)
    by_origin = {_origin(a.website): a for a in register}
    if _origin(url) in by_origin:
        return by_origin[_origin(url)]
    if ip_literal(host) is None:
        domain = registered_domain(host)
        for a in register:
            if "." in domain and ip_literal(_host(a.website)) is None and registered_domain(_host(a.website)) == domain:
                return a
    raise NotAllowed(
        f"{host} is not the website of a council in the register; only councils' own sites can be checked here"
    )


def same_site(url: str, authority: Authority) -> bool:
    """True when ``url`` is on ``authority``'s site (its host or registered domain)."""
    try:
        return authority_for_url(url, [authority]) == authority
    except NotAllowed:
        return False
