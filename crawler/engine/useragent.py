"""The User-Agent the crawler sends: built here only, so every request says the same thing.

It names the tool, its version and how to reach whoever runs the audit; a site owner who sees
it in their logs can find out what it is and complain. The contact is required.
"""

from __future__ import annotations

import os

from crawler import __version__
from crawler.errors import UserError

DEFAULT_CONTACT = "https://github.com/pcma/cctv-audit"


def user_agent(contact: str | None) -> str:
    """The User-Agent for `contact` (None: $CCTV_AUDIT_CONTACT, else the project's page)."""
    contact = (contact if contact is not None else os.environ.get("CCTV_AUDIT_CONTACT", DEFAULT_CONTACT)).strip()
    if not contact:
        raise UserError("the User-Agent contact must not be empty (set --user-agent-contact or CCTV_AUDIT_CONTACT)")
    if any(c in contact for c in "\r\n()"):
        raise UserError("the User-Agent contact must be a plain URL or e-mail address")
    return f"cctv-audit/{__version__} (+{contact}; surveillance camera transparency audit)"
