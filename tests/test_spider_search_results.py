"""A search result that is also a link of the site's chrome (session 10, held-back web 14's Norfolk).

The council's one CCTV sentence sits in its general privacy notice, which every page's footer links as
"Privacy notice" beside a "Privacy" page that holds nothing. The site's search for "CCTV" lists that notice as "General privacy notice". The spider
drops the chrome's own links from a results page (the header and footer printed round the results), but a
chrome address listed under other words is a result the engine matched, and is read. Measured at the
server: the notice must be requested, and 5.1 found partial on it.
"""

from __future__ import annotations

import json

import pytest

from minisite import RecordingSite


def _page(title: str, main: str) -> tuple[str, bytes]:
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Anyshire County Council</title></head>
<body><header><nav><a href="/">Home</a> <a href="/roads">Roads</a> <a href="/schools">Schools</a>
<a href="/safety">Safety</a></nav>
<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form></header>
<main><h1>{title}</h1>{main}</main>
<footer><a href="/a-z">A to Z</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a> |
<a href="/privacy-notice">Privacy notice</a></footer>
</body></html>"""
    return "text/html; charset=utf-8", html.encode()


def build_site() -> dict[str, tuple[str, bytes]]:
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nAllow: /\n"),
        "/": _page("Welcome", "<p>Services for Anyshire residents.</p>"),
        "/roads": _page("Roads", "<p>Roadworks and gritting.</p>"),
        "/schools": _page("Schools", "<p>School places and term dates.</p>"),
        "/safety": _page("Safety", "<p>Trading standards and emergency planning.</p>"),
        "/cookies": _page("Cookies", "<p>How we use cookies.</p>"),
        "/privacy": _page("Privacy", "<p>How the council collects, uses and protects personal information.</p>"),
        "/a-z": _page("A to Z", '<p><a href="/roads">Roads</a> <a href="/schools">Schools</a></p>'),
        "/search?q=CCTV": _page(
            "Search results",
            '<p>2 results for CCTV</p><ol><li><a href="/privacy-notice">General privacy notice</a></li>'
            '<li><a href="/news/police-appeal">Police appeal: town library</a></li></ol>',
        ),
        "/privacy-notice": _page(
            "General privacy notice",
            "<p>We collect personal information to provide our services.</p>"
            "<p>Where we use CCTV at our offices and depots, recordings are normally overwritten after 30 days "
            "unless the police need them.</p>",
        ),
        "/news/police-appeal": _page(
            "Police appeal: town library", "<p>Anyshire Police have released CCTV images after a theft.</p>"
        ),
    }


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory):
    from support import run_cli

    tmp = tmp_path_factory.mktemp("chrome-result")
    with RecordingSite(build_site(), host="127.0.0.1") as site:
        register = tmp / "register.csv"
        register.write_text(
            f"gss_code,name,nation,website,police_force\nE99000002,Anyshire County Council,England,{site.url},Anyshire\n"
        )
        db = f"sqlite:///{tmp / 'audit.sqlite'}"
        proc = run_cli(
            "audit",
            "--register",
            str(register),
            "--db",
            db,
            "--quiet",
            "--user-agent-contact",
            "mailto:test@example.org",
            cwd=tmp,
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
        exported = run_cli("export", "--db", db, "--format", "json", cwd=tmp)
        assert exported.returncode == 0, exported.stderr
        yield {"doc": json.loads(exported.stdout), "paths": [h["path"] for h in site.hits]}


def test_a_chrome_page_listed_as_a_search_result_is_read(audited) -> None:
    assert "/privacy-notice" in audited["paths"]
    d51 = audited["doc"]["authorities"][0]["deliverables"]["5.1"]
    assert d51["status"] == "partial"
    assert any("overwritten after 30 days" in e["quote"] for e in d51["evidence"])
