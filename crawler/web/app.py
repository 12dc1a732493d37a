"""The Flask application: configuration, extensions, security headers and page rendering.

Pages are rendered with the static report's own Jinja2 environment (an overlay that adds this
package's templates), so the served pages and the static report are the same pages.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import Flask, Response, g, request
from flask_login import LoginManager, current_user
from flask_wtf.csrf import CSRFError, CSRFProtect, generate_csrf
from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from werkzeug.exceptions import HTTPException

from crawler.storage import Database, open_database
from crawler.storage.models import User
from crawler.web.jobs import JobPool
from crawler.web.limits import limiter
from crawler.web.security import SignedIn

TEMPLATES = Path(__file__).parent / "templates"
MAX_REQUEST_BYTES = 64 * 1024


@dataclass
class WebConfig:
    """What `cctv-audit serve` configures; tests build one directly."""

    db_url: str
    register: str | None = None  # the register whose sites may be self-checked
    secret_key: str | None = None
    proxy: str | None = None  # fetch self-checks and disputes through this proxy
    secure_cookies: bool = True
    rate_limit_storage: str = "memory://"
    check_cooldown_s: int = 600  # one self-check per council per 10 minutes
    check_limit: str = "6 per hour;2 per minute"
    login_limit: str = "10 per minute;50 per hour"
    dispute_limit: str = "5 per hour"
    behind_proxy: bool = False
    max_check_pages: int = 60
    extra: dict[str, Any] = field(default_factory=dict)


def _environment() -> Environment:
    from reports.render import TEMPLATES as REPORT_TEMPLATES
    from reports.render import environment

    env = environment().overlay(
        loader=ChoiceLoader([FileSystemLoader(str(TEMPLATES)), FileSystemLoader(str(REPORT_TEMPLATES))])
    )
    env.autoescape = True
    return env


def render_page(template: str, **context: Any) -> str:
    """Render one page with what every served page needs (root "/", the user, a CSRF token)."""
    env: Environment = g.setdefault("jinja", _environment())
    defaults = {
        "root": "/",
        "css_inline": None,
        "standalone": False,
        "current": None,
        "generated": None,
        "la_codes": frozenset(),
        "served": True,
        "user": current_user if current_user.is_authenticated else None,
        "csrf_token": generate_csrf,
        "flash": None,
        "simulated": False,
    }
    for key, value in defaults.items():
        context.setdefault(key, value)
    return env.get_template(template).render(**context)


def _security_headers(resp: Response) -> Response:
    resp.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; "
        "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    )
    resp.headers.setdefault("X-Content-Type-Options", "nosniff")
    resp.headers.setdefault("X-Frame-Options", "DENY")
    resp.headers.setdefault("Referrer-Policy", "same-origin")
    if request.path.startswith(("/review", "/login", "/disputes")):
        resp.headers["Cache-Control"] = "no-store"
    return resp


def create_app(config: WebConfig) -> Flask:
    """Build the application on the database at ``config.db_url`` (migrated if needed)."""
    app = Flask(__name__, static_folder=None)
    app.config.update(
        SECRET_KEY=config.secret_key or os.environ.get("CCTV_AUDIT_SECRET_KEY") or secrets.token_hex(32),
        MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=config.secure_cookies,
        SESSION_COOKIE_NAME="cctv_audit_session",
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SECURE=config.secure_cookies,
        REMEMBER_COOKIE_SAMESITE="Lax",
        WTF_CSRF_TIME_LIMIT=3600,
        PERMANENT_SESSION_LIFETIME=8 * 3600,
    )
    if config.behind_proxy:
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)  # type: ignore[method-assign]  # werkzeug's documented wrapping
    db: Database = open_database(config.db_url)
    app.extensions["cctv_db"] = db
    app.extensions["cctv_config"] = config
    app.extensions["cctv_jobs"] = JobPool()

    CSRFProtect(app)
    app.config["RATELIMIT_STORAGE_URI"] = config.rate_limit_storage
    limiter.init_app(app)
    login = LoginManager(app)
    login.login_view = "review.login"
    login.session_protection = "strong"

    @login.user_loader
    def load_user(user_id: str) -> SignedIn | None:
        if not user_id.isdigit():
            return None
        with db.session() as s:
            user = s.get(User, int(user_id))
            return SignedIn(user) if user is not None and user.active else None

    from crawler.web import api, public, review

    app.register_blueprint(public.bp)
    app.register_blueprint(review.bp)
    app.register_blueprint(api.bp)
    app.after_request(_security_headers)

    @app.errorhandler(CSRFError)
    def csrf_failed(exc: CSRFError) -> tuple[str, int]:
        return render_page(
            "web_error.html",
            page_title="Form expired",
            message="This form has expired or was not sent from this site. Go back, reload the page and try again.",
        ), 400

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> tuple[str, int]:
        messages = {
            401: "You need to sign in to see this page.",
            403: "Your account cannot do this.",
            404: "There is no page at this address.",
            413: "What you sent is too large.",
            429: "Too many requests from your address. Wait a few minutes and try again.",
        }
        code = exc.code or 500
        return render_page(
            "web_error.html", page_title=exc.name, message=messages.get(code, exc.description or exc.name)
        ), code

    return app
