"""The requests the crawler declines to send, as types the spider can tell apart.

Scrapy reports every declined request as IgnoreRequest; the spider needs to know why (a spent
budget is not a crawl error, a robots.txt refusal counts towards `robots_blocked`), and matching
the message text broke whenever a message was reworded.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest


class Refused(IgnoreRequest):
    """A request declined by the crawler's own rules, before any connection."""


class UnsafeRefused(Refused):
    """The URL leaves the site being audited or points at an address the crawler never visits."""


class BudgetRefused(Refused):
    """The site is finished or has spent its request budget: not an error of the site."""


class RobotsRefused(Refused):
    """robots.txt forbids the URL."""


class NoTracebackForRobotsErrors(logging.Filter):
    """A robots.txt that cannot be downloaded (the site is down, resets, times out) is the site's
    failure, recorded on its crawl; Scrapy logs it with a full traceback, which reads as a crash
    of the crawler in the run log. The record keeps its one-line message (URL and error)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and str(record.msg).startswith("Error downloading"):
            record.exc_info = None
            record.exc_text = None
        return True


ROBOTS_LOGGER = logging.getLogger("scrapy.downloadermiddlewares.robotstxt")
ROBOTS_FILTER = NoTracebackForRobotsErrors()


class RobotsMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, raising RobotsRefused instead of a bare IgnoreRequest,
    and logging a robots.txt that cannot be downloaded in one line, without a traceback."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if ROBOTS_FILTER not in ROBOTS_LOGGER.filters:
            ROBOTS_LOGGER.addFilter(ROBOTS_FILTER)

    def process_request_2(self, rp: Any, request: Any, *args: Any) -> None:
        try:
            super().process_request_2(rp, request, *args)
        except IgnoreRequest as exc:
            raise RobotsRefused(str(exc)) from None
