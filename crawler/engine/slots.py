"""Raising the delay of a site's download slot: the one place that touches Scrapy's slots.

Scrapy has no public way to slow one site down; both a server's Retry-After and a robots.txt
Crawl-delay need it, so the private `downloader.slots` access is kept here, behind one function,
where a Scrapy upgrade that changes it breaks one thing in one place.
"""

from __future__ import annotations

from typing import Any


def _slot(crawler: Any, request: Any) -> Any:
    downloader = crawler.engine.downloader
    return downloader.slots.get(downloader.get_slot_key(request))


def raise_slot_delay(crawler: Any, request: Any, seconds: float) -> float | None:
    """Make the delay of the slot `request` goes through at least `seconds`; the delay it had before, None if no slot."""
    slot = _slot(crawler, request)
    if slot is None:
        return None
    before = float(slot.delay)
    if slot.delay < seconds:
        slot.delay = seconds
    return before


def restore_slot_delay(crawler: Any, request: Any, before: float, raised_to: float) -> None:
    """Put the slot's delay back to `before` once a server's wait is over, unless something else has raised it since
    (a robots.txt Crawl-delay stays for the whole crawl; a Retry-After is a wait, not a new pace)."""
    slot = _slot(crawler, request)
    if slot is not None and slot.delay == raised_to and before < raised_to:
        slot.delay = before
