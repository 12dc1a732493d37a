"""Property-based tests: no exception on arbitrary input for the crawler's pure helpers."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from crawler.engine.discovery import find_search_url, next_page_url, sitemap_urls
from crawler.errors import RegisterError
from crawler.engine.netsafety import SiteBounds, refuse_reason
from crawler.register import parse_register
from crawler.engine.urls import clean_url, url_key

urls = st.one_of(
    st.text(max_size=200),
    st.builds(lambda path, q: f"https://www.x.gov.uk/{path}?{q}", st.text(max_size=60), st.text(max_size=60)),
)


@settings(max_examples=300, deadline=None)
@given(urls)
def test_url_canonicalisation_never_raises_and_is_idempotent(url: str) -> None:
    try:
        key = url_key(url)
    except ValueError:
        return  # w3lib rejects some malformed hosts with ValueError: the spider skips such links
    assert isinstance(key, str)
    cleaned = clean_url(url) if "://" in url else None
    if cleaned and cleaned.startswith("https://www.x.gov.uk/"):
        assert url_key(cleaned) == key


@settings(max_examples=200, deadline=None)
@given(
    st.builds(
        lambda sid, page: f"https://www.x.gov.uk/cctv;jsessionid={sid}?page={page}&PHPSESSID={sid}",
        st.text("abc123", min_size=1, max_size=20),
        st.integers(0, 5),
    )
)
def test_session_ids_do_not_make_new_pages(url: str) -> None:
    page = url.split("page=")[1].split("&")[0]
    assert url_key(url) == url_key(f"https://www.x.gov.uk/cctv?page={page}")


@settings(max_examples=200, deadline=None)
@given(urls)
def test_bounds_and_refusal_never_raise(url: str) -> None:
    SiteBounds.from_url("https://www.x.gov.uk/").allows(url, document=True)
    refuse_reason(url, frozenset(), False)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=600))
def test_register_parser_gives_result_or_register_error(text: str) -> None:
    try:
        parse_register(text)
    except RegisterError as exc:
        assert "\n" not in str(exc)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_discovery_helpers_survive_garbage(body: bytes) -> None:
    find_search_url(body, "https://www.x.gov.uk/", "CCTV")
    next_page_url(body, "https://www.x.gov.uk/search")
    sitemap_urls(body)


def test_the_url_requested_keeps_the_links_own_parameters() -> None:
    # (a bare parameter stays bare: "?inline" re-encoded as "?inline=" was a 404 on a document library, held-back web 283's
    # Norwich; the value is not re-escaped; session and tracking parameters still go)
    assert (
        clean_url("https://www.x.gov.uk/media/6120/download?inline")
        == "https://www.x.gov.uk/media/6120/download?inline"
    )
    assert (
        clean_url("https://www.x.gov.uk/a?utm_source=mail&id=3&PHPSESSID=abc&q=a+b%20c#top")
        == "https://www.x.gov.uk/a?id=3&q=a+b%20c"
    )
    assert url_key("https://www.x.gov.uk/media/download?inline") == url_key(
        "https://www.x.gov.uk/media/download?inline="
    )
