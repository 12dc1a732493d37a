"""The application's rate limiter (Flask-Limiter), shared by the blueprints that need limits.

Each limit is read from the app's WebConfig when a request arrives, so tests and deployments
set them without touching the views.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import current_app
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

limiter = Limiter(get_remote_address, default_limits=["600 per minute"], headers_enabled=True)


def configured(name: str) -> Callable[[], str]:
    """A callable that reads limit ``name`` (e.g. "login_limit") from the running app's config."""
    return lambda: getattr(current_app.extensions["cctv_config"], name)
