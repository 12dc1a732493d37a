"""Where the crawler may go, decided before any connection is made (no traffic in these tests)."""

from __future__ import annotations

import pytest

from crawler.engine.useragent import user_agent
from crawler.errors import UserError
from crawler.engine.middlewares import RetryAfterMiddleware
from crawler.engine.netsafety import proxy_is_loopback
from crawler.engine.netsafety import SiteBounds, refuse_reason, registered_domain, strip_credentials


@pytest.mark.parametrize(
    "url",
    [
        "http://10.1.2.3/admin",
        "http://172.16.0.1/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://127.0.0.1:8080/",
        "http://0.0.0.0/",
        "http://[fe80::1]/",
    ],
)
def test_internal_addresses_are_refused(url: str) -> None:
    assert refuse_reason(url, frozenset(), allow_loopback=False) is not None


def test_loopback_allowed_only_by_setting_and_register_hosts_trusted() -> None:
    assert refuse_reason("http://127.0.0.1:8101/cctv", frozenset(), allow_loopback=True) is None
    assert refuse_reason("http://10.0.0.5/", frozenset(), allow_loopback=True) is not None
    assert refuse_reason("http://10.0.0.5/", frozenset({"10.0.0.5"}), allow_loopback=False) is None
    assert refuse_reason("https://www.hartlepool.gov.uk/", frozenset(), allow_loopback=False) is None


@pytest.mark.parametrize(
    "url", ["ftp://x.gov.uk/a", "file:///etc/passwd", "javascript:alert(1)", "mailto:cctv@x.gov.uk"]
)
def test_non_http_schemes_refused(url: str) -> None:
    assert "not http(s)" in (refuse_reason(url, frozenset(), False) or "")


def test_site_bounds() -> None:
    b = SiteBounds.from_url("https://www.hartlepool.gov.uk/")
    assert b.allows("https://www.hartlepool.gov.uk/cctv")
    assert b.allows("http://www.hartlepool.gov.uk/cctv"), "http and https of one host are one site"
    assert not b.allows("https://documents.hartlepool.gov.uk/cctv-code.pdf")
    assert b.allows("https://documents.hartlepool.gov.uk/cctv-code.pdf", document=True)
    assert not b.allows("https://www.middlesbrough.gov.uk/cctv.pdf", document=True)
    assert not b.allows("https://hartlepool.gov.uk.evil.com/x.pdf", document=True)
    local = SiteBounds.from_url("http://127.0.0.1:8101/")
    assert local.allows("http://127.0.0.1:8101/a")
    assert not local.allows("http://127.0.0.1:8102/a", document=True), "another port is another site"
    assert registered_domain("www.cardiff.gov.uk") == "cardiff.gov.uk"


def test_credentials_are_stripped() -> None:
    assert strip_credentials("https://user:secret@www.x.gov.uk:8443/a?b=1") == "https://www.x.gov.uk:8443/a?b=1"
    assert strip_credentials("https://www.x.gov.uk/a") == "https://www.x.gov.uk/a"


def test_user_agent_contact_cannot_be_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "cctv-audit/" in user_agent("mailto:audit@pcma.org.uk") and "mailto:audit@pcma.org.uk" in user_agent(
        "mailto:audit@pcma.org.uk"
    )
    with pytest.raises(UserError, match="must not be empty"):
        user_agent("  ")
    monkeypatch.setenv("CCTV_AUDIT_CONTACT", "")
    with pytest.raises(UserError):
        user_agent(None)
    with pytest.raises(UserError):
        user_agent("x\r\nX-Injected: 1")


def test_retry_after_parsing() -> None:
    from datetime import datetime, timezone

    now = datetime(2026, 11, 28, 12, 0, 0, tzinfo=timezone.utc)
    assert RetryAfterMiddleware.parse_retry_after("7") == 7.0
    assert RetryAfterMiddleware.parse_retry_after("Sat, 28 Nov 2026 12:00:30 GMT", now) == 30.0
    assert RetryAfterMiddleware.parse_retry_after("soon") is None


def test_proxy_must_be_loopback_to_allow_loopback() -> None:
    assert proxy_is_loopback("http://127.0.0.1:8899")
    assert not proxy_is_loopback("http://proxy.example.org:3128")


def test_documents_in_a_cloud_store_named_for_the_council_may_be_fetched() -> None:
    """Held-back web 13's Buckinghamshire: its code of practice and agreement sit in a bucket named for it."""
    bounds = SiteBounds.from_url("https://www.anytown.gov.uk/")
    own = "https://anytown-gov-uk.s3.amazonaws.com/documents/cctv-code.pdf"
    assert bounds.allows(own, document=True)
    assert bounds.allows("https://anytown.s3.eu-west-2.amazonaws.com/x.pdf", document=True)
    assert bounds.allows("https://anytown.blob.core.windows.net/docs/x.pdf", document=True)
    # pages are never fetched from the store, and a bucket named for anyone else stays out of reach
    assert not bounds.allows(own)
    assert not bounds.allows("https://westmere-gov-uk.s3.amazonaws.com/x.pdf", document=True)
    assert not bounds.allows("https://anytownx.s3.amazonaws.com/x.pdf", document=True)
    assert not bounds.allows("https://anytown-gov-uk.s3.amazonaws.com:8443/x.pdf", document=True)
    assert not bounds.allows("https://anytown.example-store.com/x.pdf", document=True)
