"""`cctv-audit serve`: the audit's web home (browse, self-check, review, dispute).

Built on Flask with its maintained extensions (Flask-Login for sessions, Flask-WTF for CSRF,
Flask-Limiter for rate limits) and served by waitress. It shares the crawler's database and
renders the static report's own templates, so the two cannot drift.
"""

from crawler.web.app import create_app

__all__ = ["create_app"]
