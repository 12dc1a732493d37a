"""Change alerts: what moved since the previous run (reports.build writes it beside the report
as changes.json), optionally POSTed to a webhook. A webhook that fails is retried and logged, never fatal to the audit."""

from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.request
from typing import Any

logger = logging.getLogger(__name__)


def changes(doc: dict[str, Any], history: list[dict[str, Any]]) -> dict[str, Any]:
    """The change summary of `doc` against the latest run in `history` (reports.trend.compare)."""
    from reports.trend import compare

    return compare(history[-1] if history else None, doc)


def post_webhook(
    url: str, payload: dict[str, Any], attempts: int = 3, backoff: float = 1.0, timeout: float = 10.0
) -> bool:
    """POST the JSON payload; True on a 2xx. Retries with back-off; logs and returns False otherwise."""
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    for attempt in range(1, attempts + 1):
        req = urllib.request.Request(
            url,
            data=data,
            method="POST",
            headers={"Content-Type": "application/json", "User-Agent": "cctv-audit change alert"},
        )
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                if 200 <= resp.status < 300:
                    return True
                logger.warning("webhook %s answered HTTP %s (attempt %d of %d)", url, resp.status, attempt, attempts)
        except urllib.error.HTTPError as exc:
            logger.warning("webhook %s answered HTTP %s (attempt %d of %d)", url, exc.code, attempt, attempts)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            logger.warning(
                "webhook %s failed: %s (attempt %d of %d)", url, getattr(exc, "reason", exc), attempt, attempts
            )
        if attempt < attempts:
            time.sleep(backoff * 2 ** (attempt - 1))
    logger.error("webhook %s: giving up after %d attempts; the change summary is still on disk", url, attempts)
    return False
