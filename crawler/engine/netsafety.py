"""Where the crawler may go: URL hygiene and address checks, decided before any connection.

Kept free of Scrapy so it can be tested on strings; the middlewares and the resolver apply it.
A site is bounded by its host and port. Documents on another host of the same registered
domain (documents.example.gov.uk beside www.example.gov.uk) are allowed, and so are the pages of
the council's committee papers host of that domain (democracy.example.gov.uk, run on moderngov or
CMIS); nothing else is.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

import tldextract

# The bundled public suffix snapshot only: the crawler never downloads the list at run time.
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def strip_credentials(url: str) -> str:
    """Drop user:password@ from a URL (never sent, never stored)."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def is_internal_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Loopback, private, link-local, reserved, multicast or unspecified: not the public web."""
    return bool(
        ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_reserved or ip.is_multicast or ip.is_unspecified
    )


def is_loopback(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return bool(ip.is_loopback)


@lru_cache(maxsize=4096)
def registered_domain(host: str) -> str:
    """The registrable domain of a host (hartlepool.gov.uk for www.hartlepool.gov.uk)."""
    if ip_literal(host) is not None:
        return host
    parts = _EXTRACT(host)
    if parts.domain and parts.suffix:
        return f"{parts.domain}.{parts.suffix}".lower()
    return host.lower()


# First labels of the hosts councils publish their committee papers on (moderngov, CMIS).
# ModernGov also runs at councillors.<council> (Halton, Herefordshire) and council.<council> (Wealden):
# the committee system's address lists name them beside democracy.<council>.
# ("modgov.", as Cherwell's and several other councils' ModernGov hosts are named: held-back web 73; "councilmeetings.", as
# Lewisham's is: held-back web 210; "mycouncil.", as Surrey County Council's is: docs/wording.md ref 488)
COMMITTEE_HOST = re.compile(
    r"(?:[a-z0-9-]*democracy|democratic|democratiaeth|committees?|moderngov[a-z0-9]*|modgov[a-z0-9]*|cmis[a-z0-9]*|"
    r"minutes(?:-\d+)?|(?:council-?)?meetings|governance|(?:council-?)?decisions|cds|rds|councillors?|council|mycouncil)$"
)
# ... or a committee system installed under its own folder on another host of the council's domain
# ("applications.huntingdonshire.gov.uk/moderngov/…", held-back web 240)
COMMITTEE_PATH = re.compile(r"/(?:moderngov|modgov|cmis[a-z0-9]*|democracy|committees|meetings)(?:/|$)", re.I)
# Public cloud file stores, addressed as <bucket>.<store> (virtual-hosted style).
CLOUD_STORE = re.compile(
    r"(?P<bucket>[a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\.(?:s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com|"
    r"blob\.core\.windows\.net|storage\.googleapis\.com)"
)
# Hosted committee systems where a council's tenancy is named <council>.<service>.
HOSTED_COMMITTEE_SYSTEMS = frozenset(("moderngov.co.uk",))


def _default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80


@dataclass(frozen=True)
class SiteBounds:
    """The part of the web one audit of one LA may touch."""

    host: str
    port: int
    scheme: str
    domain: str

    @classmethod
    def from_url(cls, url: str) -> SiteBounds:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        return cls(
            host=host,
            port=parts.port or _default_port(parts.scheme),
            scheme=parts.scheme,
            domain=registered_domain(host),
        )

    def on_site(self, url: str) -> bool:
        """The site itself: same host and port (http and https of one host name count as one)."""
        try:
            parts = urlsplit(url)
            port = parts.port or _default_port(parts.scheme)
        except ValueError:
            return False
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https") or host != self.host:
            return False
        if port == self.port:
            return True
        return ip_literal(host) is None and port in (80, 443) and self.port in (80, 443)

    def committee_host(self, url: str) -> bool:
        """`url` is on the council's committee papers host: another host of the same registered
        domain, named as moderngov and CMIS hosts are (democracy., committees., moderngov.), or
        the council's own tenancy of the hosted ModernGov service, `<council>.moderngov.co.uk`,
        whose first label is the council's own domain name (barnet.moderngov.co.uk for
        barnet.gov.uk). That tenancy is the council's committee system, published by the council
        under its own name; a tenancy named for anyone else (a neighbour's, a joint committee's)
        is not, and stays out of reach. See docs/architecture.md, "Committee papers hosts"."""
        if self._sibling(url):
            parts = urlsplit(url)
            return bool(
                COMMITTEE_HOST.fullmatch((parts.hostname or "").split(".", 1)[0]) or COMMITTEE_PATH.match(parts.path)
            )
        return self._hosted_committee_system(url)

    def _named_for_council(self, url: str) -> tuple[str, int] | None:
        """(the rest of the host, the port) when `url`'s first host label is the council's own
        domain name (`barnet.moderngov.co.uk` for barnet.gov.uk) over http(s); else None."""
        try:
            parts = urlsplit(url)
            port = parts.port or _default_port(parts.scheme)
        except ValueError:
            return None
        label, _, rest = (parts.hostname or "").lower().partition(".")
        own = self.domain.split(".", 1)[0]
        if parts.scheme not in ("http", "https") or not own or label != own:
            return None
        return rest, port

    def _hosted_committee_system(self, url: str) -> bool:
        named = self._named_for_council(url)
        return named is not None and named[1] in (80, 443) and named[0] in HOSTED_COMMITTEE_SYSTEMS

    def unverified_committee_tenancy(self, url: str) -> bool:
        """`url` is named for the council (its first label is the council's own domain name, as in
        `northlincs.cmis-meetings.uk` for northlincs.gov.uk) on a provider not known to host
        councils' committee systems: perhaps the council's own papers, but nothing shows whose
        domain it is, so it is never fetched. The search plan records that it was seen."""
        named = self._named_for_council(url)
        return named is not None and "." in named[0] and not self.allows(url, document=True)

    def allows(self, url: str, document: bool = False, sibling_page: bool = False) -> bool:
        """May the audit fetch `url`? Documents may sit on a sibling host of the registered domain or
        in a cloud store named for the council, committee papers' pages on the council's committee
        papers host; `sibling_page`: a page on another host of the registered domain that the
        council's own pages link for its cameras (see `sibling_page`)."""
        if self.on_site(url):
            return True
        return (
            (document and (self._sibling(url) or self.cloud_store(url)))
            or self.committee_host(url)
            or (sibling_page and self.sibling_page(url))
        )

    def sibling_page(self, url: str) -> bool:
        """`url` is a page on another host of the council's registered domain that is no committee host: a consultation
        platform (`haveyoursay.`, `consult.`), a forms or online services portal (`forms.`, `my.`), a publications reader
        or the old site kept on an `archive.` or `old.` host. The domain is the council's, so what it publishes there is
        the council's own; the spider opens such a page only when a page of the audit links it for the cameras, a few per
        site (spiders.following, SIBLING_PAGES), and never browses the host."""
        return self._sibling(url) and not self.committee_host(url)

    def cloud_store(self, url: str) -> bool:
        """`url` is in a public cloud file store whose bucket is named for the council: the bucket's
        first word is the council's own domain name (`buckinghamshire-gov-uk.s3.amazonaws.com` for
        buckinghamshire.gov.uk). Councils publish their documents there and link them from their own
        pages (held-back web 12's Buckinghamshire); only documents are fetched from it, never pages,
        so the audit reads what the council links and does not wander the store."""
        try:
            parts = urlsplit(url)
            port = parts.port or _default_port(parts.scheme)
        except ValueError:
            return False
        m = CLOUD_STORE.fullmatch((parts.hostname or "").lower())
        own = self.domain.split(".", 1)[0]
        if parts.scheme not in ("http", "https") or port not in (80, 443) or m is None or not own:
            return False
        return re.split(r"[-.]", m.group("bucket"), maxsplit=1)[0] == own

    def on_own_host(self, url: str) -> str | None:
        """A search result listed on another host of the site's domain that is no committee host (a staging or CMS
        mirror the engine indexed: "cms-staging.sefton.gov.uk/…", held-back web 239's Sefton), as the same path on the
        site itself, where a person would open it; None for any other URL. The mirror is never requested."""
        if self.on_site(url) or not self._sibling(url) or self.committee_host(url):
            return None
        parts = urlsplit(url)
        port = "" if self.port == _default_port(self.scheme) else f":{self.port}"
        return parts._replace(scheme=self.scheme, netloc=f"{self.host}{port}").geturl()

    def _sibling(self, url: str) -> bool:
        """Another host of this site's registered domain, on the ordinary web ports, by name."""
        try:
            parts = urlsplit(url)
            port = parts.port or _default_port(parts.scheme)
        except ValueError:
            return False
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https") or not host or ip_literal(host) is not None:
            return False
        return port in (80, 443) and registered_domain(host) == self.domain


def refuse_reason(url: str, trusted_hosts: frozenset[str] | set[str], allow_loopback: bool) -> str | None:
    """Why a URL must not be fetched at all (before any connection), or None.

    Register hosts are trusted as given; any other IP literal in loopback, private or link-local
    space is refused, loopback only allowed when the setting says so (simulation, tests).
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return "malformed URL"
    if parts.scheme not in ("http", "https"):
        return f"scheme {parts.scheme or '(none)'} is not http(s)"
    host = (parts.hostname or "").lower()
    if not host:
        return "URL has no host"
    if host in trusted_hosts:
        return None
    ip = ip_literal(host)
    if ip is None:
        return None
    if allow_loopback and is_loopback(ip):
        return None
    if is_internal_address(ip):
        return f"address {ip} is loopback, private or link-local"
    return None


def proxy_is_loopback(proxy: str) -> bool:
    """Is the proxy on this machine (the simulated web)? Then loopback targets are expected."""
    host = (urlsplit(proxy).hostname or "").lower()
    ip = ip_literal(host)
    return host == "localhost" or (ip is not None and is_loopback(ip))
