"""Raising the delay of a site's download slot: the one place that touches Scrapy's slots.

Scrapy has no public way to slow one site down; both a server's Retry-After and a robots.txt
Crawl-delay need it, so the private `downloader.slots` access is kept here, behind one function,
where a Scrapy upgrade that changes it breaks one thing in one place.
"""

from __future__ import annotations

from typing import Any


def raise_slot_delay(crawler: Any, request: Any, seconds: float) -> bool:
    """Make the delay of the slot `request` goes through at least `seconds`; False if no slot."""
    downloader = crawler.engine.downloader
    slot = downloader.slots.get(downloader.get_slot_key(request))
    if slot is None:
        return False
    if slot.delay < seconds:
        slot.delay = seconds
    return True
