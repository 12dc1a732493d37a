"""One excerpt read as `cctv-audit inspect` reads a .txt file (as ../shared/eval/score-real-text does):
no authority context, a file URL, plain text; and one page of a council's site read as the audit reads it, with its council
as the context. Shared by the lesson tests written from text sets and held-back webs."""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def read(text: str) -> PageAnalysis:
    return analyse(extract(text.encode("utf-8"), "file:///tmp/excerpt.txt", "text/plain"))


def read_page(path: str, title: str, body: str, ctx: AuthorityContext) -> PageAnalysis:
    """`body` as the main content of the page at `path` on `ctx`'s site, titled as councils title their pages."""
    html = (
        f"<html><head><title>{title} | {ctx.name}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>"
    )
    return analyse(extract(html.encode(), f"{ctx.website.rstrip('/')}{path}", "text/html"), ctx)
