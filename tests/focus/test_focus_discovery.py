"""Finding the next page of a council's search results, and its search form, on real markup."""

from __future__ import annotations

from crawler.engine.discovery import find_search_url, next_page_url

BASE = "https://www.anytown.gov.uk/search?s=CCTV"


def _pager(current: int, last: int, path: str = "/search") -> bytes:
    items = "".join(
        f"<li><span>{k}</span></li>" if k == current else f'<li><a href="{path}?s=CCTV&amp;page={k}">{k}</a></li>'
        for k in range(1, last + 1)
    )
    return f'<html><body><ol class="results"><li><a href="/cctv">CCTV</a></li></ol><nav class="pager"><ul>{items}</ul></nav></body></html>'.encode()


def test_numbered_pager_without_a_next_link() -> None:
    """Drupal and Funnelback pagers often show only numbers: page 2 follows page 1."""
    assert next_page_url(_pager(1, 4), BASE, current=1) == "https://www.anytown.gov.uk/search?s=CCTV&page=2"
    assert next_page_url(_pager(2, 4), BASE + "&page=2", current=2) == "https://www.anytown.gov.uk/search?s=CCTV&page=3"
    assert next_page_url(_pager(4, 4), BASE + "&page=4", current=4) is None


def test_numbered_link_elsewhere_is_not_the_next_page() -> None:
    """A "2" that leads off the results' path (a news item, a step of a form) is not pagination."""
    body = b'<html><body><p><a href="/news/2">2</a></p></body></html>'
    assert next_page_url(body, BASE, current=1) is None


def test_rel_next_and_next_label_still_win() -> None:
    body = b'<html><body><a href="/search?s=CCTV&amp;page=3">3</a><a rel="next" href="/search?s=CCTV&amp;page=2">&raquo;</a></body></html>'
    assert next_page_url(body, BASE, current=1).endswith("page=2")


def test_search_form_with_hidden_fields_on_sloppy_markup() -> None:
    body = (
        b"<html><body><div><form role=search action=/site-search method=get><input type=hidden name=mode value=all>"
        b"<input type=search name=query><button>Go</button></div><p>unclosed"
    )
    assert (
        find_search_url(body, "https://www.anytown.gov.uk/", "CCTV")
        == "https://www.anytown.gov.uk/site-search?mode=all&query=CCTV"
    )
