"""Mailboxes hidden from address harvesters, read as the addresses a person sees.

Councils hide addresses from spam robots in two common ways: Cloudflare's e-mail protection (the address XOR-encoded in
a ``data-cfemail`` attribute or a ``/cdn-cgi/l/email-protection#…`` link, the page showing "[email protected]" until a
script runs) and spelling it out ("cctv [at] council [dot] gov [dot] uk"). A resident reads both as a mailbox; so must
the audit, or a single point of contact whose only route is such a mailbox is reported unreachable (docs/wording.md §65).
"""

from __future__ import annotations

import re

import lxml.html

__all__ = ["decode_cfemail", "reveal_protected", "reveal_written"]

_CF_LINK = re.compile(r"/cdn-cgi/l/email-protection#(?P<hex>[0-9a-fA-F]{4,400})$")
_ADDRESS = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def decode_cfemail(hexstr: str) -> str | None:
    """The address behind Cloudflare's encoding (the first byte is the key every other byte is XORed with), or None when the
    string is not one (odd length, not hex, or not an address once decoded)."""
    if len(hexstr) < 4 or len(hexstr) % 2:
        return None
    try:
        data = bytes.fromhex(hexstr)
    except ValueError:
        return None
    key = data[0]
    decoded = bytes(b ^ key for b in data[1:]).decode("latin-1")
    return decoded if _ADDRESS.fullmatch(decoded) else None


def reveal_protected(root: lxml.html.HtmlElement) -> int:
    """Put the addresses back into a parsed page: each ``data-cfemail`` element's text becomes its address, and each
    e-mail-protection link a ``mailto:`` one. Returns how many were revealed."""
    n = 0
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        coded = el.get("data-cfemail")
        if coded:
            address = decode_cfemail(coded.strip())
            if address:
                for child in list(el):
                    el.remove(child)
                el.text = address
                n += 1
        if el.tag == "a":
            m = _CF_LINK.search(el.get("href", "").strip())
            address = decode_cfemail(m.group("hex")) if m else None
            if address:
                el.set("href", f"mailto:{address}")
                n += 1
    return n


_OPEN = r"\s*[\[({<]\s*"
_CLOSE = r"\s*[\])}>]\s*"
_WRITTEN = re.compile(
    r"(?P<local>[A-Za-z0-9._%+-]*[A-Za-z0-9])"
    + _OPEN
    + r"at"
    + _CLOSE
    + r"(?P<domain>[A-Za-z0-9-]+(?:(?:"
    + _OPEN
    + r"dot"
    + _CLOSE
    + r"|\.)[A-Za-z0-9-]+)+)",
    re.I,
)
_DOT = re.compile(_OPEN + r"dot" + _CLOSE, re.I)


def reveal_written(text: str) -> str:
    """A text with addresses spelt out ("cctv.spoc [at] melton [dot] gov [dot] uk", "(at)", "{dot}") written as addresses."""
    if "at" not in text.lower():
        return text

    def address(m: re.Match[str]) -> str:
        domain = _DOT.sub(".", m.group("domain"))
        candidate = f"{m.group('local')}@{domain}"
        return candidate if _ADDRESS.fullmatch(candidate) else m.group(0)

    return _WRITTEN.sub(address, text)
