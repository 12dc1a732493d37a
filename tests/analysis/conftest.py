"""Fixtures for the analysis tests: an authority context and page/document builders."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.text import extract

SITE = "https://www.anytown.gov.uk"


@pytest.fixture
def ctx() -> AuthorityContext:
    return AuthorityContext("Anytown Borough Council", SITE + "/", "Devon & Cornwall", "England")


def _html(title: str, main: str, lang: str = "en", head_extra: str = "") -> bytes:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Anytown Borough Council</title>{head_extra}</head>
<body><div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<header class="site-header"><a href="/">Anytown Borough Council</a>
<nav class="main-nav"><ul><li><a href="/community-safety">Community safety and CCTV</a></li><li><a href="/jobs">Jobs</a></li>
<li><a href="/a-z">A to Z</a></li></ul></nav></header>
<main id="main-content"><nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/community-safety">Community safety</a></nav>
<h1>{title}</h1>
{main}
<aside class="related-links"><h2>Related pages</h2><ul><li><a href="/parking">Parking enforcement cameras</a></li></ul></aside>
</main>
<footer><p>Anytown Borough Council, Town Hall, Anytown AN1 1AA. The council operates CCTV in its buildings.</p>
<a href="/privacy">Privacy</a></footer></body></html>""".encode("utf-8")


@pytest.fixture
def html_page() -> Callable[..., bytes]:
    """html_page(title, main_html, lang='en', head_extra='') -> bytes of a council-style page."""
    return _html


@pytest.fixture
def analyse_html(ctx: AuthorityContext) -> Callable[..., PageAnalysis]:
    """analyse_html(title, main_html, path='/cctv', lang='en') -> PageAnalysis."""

    def run(
        title: str,
        main: str,
        path: str = "/cctv",
        lang: str = "en",
        head_extra: str = "",
        context: AuthorityContext | None = ctx,
    ) -> PageAnalysis:
        doc = extract(_html(title, main, lang, head_extra), SITE + path, "text/html; charset=utf-8")
        return analyse(doc, context)

    return run


@pytest.fixture
def analyse_text(ctx: AuthorityContext) -> Callable[..., PageAnalysis]:
    """analyse_text(text, path='/doc.txt') -> PageAnalysis of a plain-text resource."""

    def run(text: str, path: str = "/documents/cctv.txt") -> PageAnalysis:
        return analyse(extract(text.encode("utf-8"), SITE + path, "text/plain"), ctx)

    return run


@pytest.fixture
def inspect_text() -> Callable[..., PageAnalysis]:
    """inspect_text(text, ctx=None) -> PageAnalysis, as `cctv-audit inspect` reads a text file (no council unless given)."""

    def run(text: str, context: AuthorityContext | None = None) -> PageAnalysis:
        return analyse(extract(text.encode("utf-8"), "file:///tmp/item.txt", "text/plain"), context)

    return run
