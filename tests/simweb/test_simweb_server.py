"""The loopback proxy: HTTP/1.1 as a forward proxy sees it, many connections at once, the request
log, and each fault of the real web as a client experiences it."""

from __future__ import annotations

import asyncio
import gzip
import http.client
import io
import re
import socket
import time
import zipfile

import pytest

from fixtures.simweb.faults import BOMB_PATH, CALENDAR_PATH, CHAIN, HUGE_PATH, LOOP, OFFSITE_PATH
from fixtures.simweb.served import html_links, html_text, pdf_text
from fixtures.simweb.server import SimWebServer


def _site(web, pred):
    return next(s for s in sorted(web.sites.values(), key=lambda s: s.params.size) if s.params.ok and pred(s.params))


def _raw(port: int, data: bytes, read: int = 65536) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(data)
        chunks = []
        try:
            while True:
                b = s.recv(read)
                if not b:
                    break
                chunks.append(b)
                if b"\r\n\r\n" in b"".join(chunks) and read < 65536:
                    break
        except ConnectionResetError:
            chunks.append(b"<RST>")
        return b"".join(chunks)


def test_forward_proxy_basics(web, server, client):
    site = _site(web, lambda p: not p.faults)
    home = site.home_url
    r = client.once(home)
    assert r.status == 200 and r.header("server") == site.style.server
    assert "text/html" in r.header("content-type") and r.header("last-modified") and r.header("etag")
    assert site.params.name.split(" and ")[0].split()[0] in html_text(r.body, r.header("content-type"))
    # origin-form with a Host header works too; HEAD has no body; a matching ETag gives 304
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request("GET", "/", headers={"Host": site.host})
    assert conn.getresponse().read() == r.body
    conn.request("HEAD", home)
    resp = conn.getresponse()
    assert resp.status == 200 and resp.read() == b"" and int(resp.getheader("Content-Length")) == len(r.body)
    conn.request("GET", home, headers={"If-None-Match": r.header("etag")})
    resp = conn.getresponse()
    assert resp.status == 304 and resp.read() == b""
    conn.close()
    # keep-alive: three requests on one connection, all logged with their user agent
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    for path in ("/robots.txt", "/", "/robots.txt"):
        conn.request("GET", f"http://{site.host}{path}", headers={"User-Agent": "keepalive-test"})
        assert conn.getresponse().read()
    conn.close()
    deadline = time.monotonic() + 5  # the server logs a request just after its last byte is sent
    while time.monotonic() < deadline:
        entries = [e for e in server.log.entries(site.host) if e[5] == "keepalive-test"]
        if len(entries) >= 3:
            break
        time.sleep(0.02)
    assert [(e[2], e[3], e[4], e[5]) for e in entries] == [
        ("GET", p, 200, "keepalive-test") for p in ("/robots.txt", "/", "/robots.txt")
    ]
    assert all(e[0] <= e[1] for e in entries)
    # a missing page is a styled 404; CONNECT is refused; POST is not allowed
    assert client.once(home + "no-such-page-here").status == 404
    assert b" 405 " in _raw(
        server.port, f"CONNECT {site.host}:443 HTTP/1.1\r\nHost: {site.host}:443\r\n\r\n".encode(), 4096
    )
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request("POST", home, body=b"x=1")
    assert conn.getresponse().status == 405
    conn.close()


def test_hosts_outside_the_register_and_down_sites_get_no_response(web, server, client):
    for url in ("http://www.example.com/", "http://127.0.0.1/", "http://10.0.0.1/"):
        with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
            client.once(url)
    down = next(s for s in web.sites.values() if s.params.has("down"))
    with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
        client.once(down.home_url)
    assert server.log.entries("www.example.com") == []


def test_holds_more_than_200_concurrent_connections(web):
    """250 clients at once against one slow site: every one answered, all in flight together."""
    site = max(
        (s for s in web.sites.values() if s.params.ok and not s.params.faults), key=lambda s: s.params.latency_ms
    )
    with SimWebServer(web, latency_scale=1500 / site.params.latency_ms) as srv:  # each answer takes 0.9-2.1 s

        async def one(i: int) -> int:
            reader, writer = await asyncio.open_connection("127.0.0.1", srv.port)
            writer.write(
                f"GET http://{site.host}/robots.txt HTTP/1.1\r\nHost: {site.host}\r\nConnection: close\r\n\r\n".encode()
            )
            await writer.drain()
            data = await reader.read()
            writer.close()
            return int(data.split(b" ", 2)[1])

        async def main() -> list[int]:
            return await asyncio.gather(*(one(i) for i in range(250)))

        started = time.monotonic()
        statuses = asyncio.run(main())
        elapsed = time.monotonic() - started
        assert statuses == [200] * 250
        assert srv.log.max_in_flight(site.host) >= 200
        assert elapsed < 15, "latency is slept concurrently, never serially (250 x 0.9 s would take minutes)"


def test_transient_faults_give_way_to_a_patient_client(web, server, client):
    burst = _site(web, lambda p: p.has("5xx_burst") and not p.has("retry_after") and not p.has("reset"))
    statuses = [client.once(burst.home_url).status for _ in range(60)]  # bursts of 3 every 53 requests
    run = "".join("x" if s >= 500 else "." for s in statuses)
    assert "xxx" in run and "xxxx" not in run and run.count("x") <= 6
    assert all(client.once(burst.home_url + "robots.txt").status == 200 for _ in range(60)), "robots.txt never fails"
    maint = _site(web, lambda p: p.has("retry_after") and not p.has("5xx_burst") and not p.has("reset"))
    seen_503 = None
    for _ in range(450):  # a maintenance window opens every 400 requests
        r = client.once(maint.home_url)
        if r.status == 503:
            seen_503 = r
            break
    assert seen_503 is not None and int(seen_503.header("retry-after")) >= 1
    assert client.get(maint.home_url).status == 200  # waits as asked, then gets through
    reset = _site(web, lambda p: p.has("reset") and not p.has("5xx_burst") and not p.has("retry_after"))
    errors = 0
    for _ in range(40):
        try:
            client.once(reset.home_url)
        except (ConnectionError, http.client.RemoteDisconnected):
            errors += 1
    assert errors >= 1
    assert client.get(reset.home_url).status == 200


def test_redirects_chain_loop_and_leave_the_site(web, client):
    site = _site(web, lambda p: p.has("redirect_chain"))
    home = client.get(site.home_url)
    assert f'href="{CHAIN[0]}"' in home.body.decode("utf-8", "replace")
    url, hops = site.home_url.rstrip("/") + CHAIN[0], 0
    while True:
        r = client.get(url)
        if r.status not in (301, 302):
            break
        url, hops = site.home_url.rstrip("/") + r.header("location"), hops + 1
    assert hops == 3 and r.status == 200
    loop = _site(web, lambda p: p.has("redirect_loop"))
    seen = []
    url = loop.home_url.rstrip("/") + LOOP[0]
    for _ in range(4):
        r = client.get(url)
        assert r.status == 302
        seen.append(r.header("location"))
        url = loop.home_url.rstrip("/") + r.header("location")
    assert seen == [LOOP[1], LOOP[0], LOOP[1], LOOP[0]]
    off = _site(web, lambda p: p.has("offsite_redirect"))
    r = client.get(off.home_url.rstrip("/") + OFFSITE_PATH)
    assert r.status == 302 and off.host not in r.header("location")


def test_spider_traps_never_end(web, client):
    cal = _site(web, lambda p: p.has("calendar_trap"))
    url = cal.home_url.rstrip("/") + CALENDAR_PATH + "?month=2025-11"
    for _ in range(30):
        r = client.get(url)
        assert r.status == 200
        nxt = [u for u in html_links(r.body, url, r.header("content-type")) if "Next" in u or "month=" in u]
        url = max(nxt)
    assert "month=2028" in url
    pager = _site(web, lambda p: p.has("pagination_trap"))
    sk = pager.skeleton()
    url = pager.home_url.rstrip("/") + pager.style.news_page_path(len(sk.news_pages) + 5)
    r = client.get(url)
    assert r.status == 200 and pager.style.news_page_path(len(sk.news_pages) + 6).split("=")[-1] in r.body.decode(
        "utf-8", "replace"
    )
    sid = _site(web, lambda p: p.has("session_ids"))
    news = sid.home_url.rstrip("/") + sid.skeleton().nodes[sid.skeleton().by_logical["news"]].path
    links = [u for u in html_links(client.get(news).body, news) if ";jsessionid=" in u]
    assert links
    again = [u for u in html_links(client.get(links[0]).body, links[0]) if ";jsessionid=" in u]
    assert again and not set(again) & set(links), "each page mints new session ids"


def test_oversized_page_and_gzip_bomb(web, server):
    big = _site(web, lambda p: p.has("huge_page"))
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    conn.request("GET", big.home_url.rstrip("/") + HUGE_PATH)
    r = conn.getresponse()
    size = int(r.getheader("Content-Length"))
    body = r.read()
    conn.close()
    assert r.status == 200 and size > 10 * 1024 * 1024 and len(body) == size and body.endswith(b"</html>\n")
    bomb = _site(web, lambda p: p.has("gzip_bomb"))
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    conn.request("GET", bomb.home_url.rstrip("/") + BOMB_PATH, headers={"Accept-Encoding": "gzip"})
    r = conn.getresponse()
    wire = r.read()
    conn.close()
    assert r.getheader("Content-Encoding") == "gzip" and len(wire) < 1024 * 1024
    inflated, stream = 0, gzip.GzipFile(fileobj=io.BytesIO(wire))
    while inflated < 200 * 1024 * 1024:  # a careful client stops counting here; this one checks it goes on
        chunk = stream.read1(1024 * 1024)
        if not chunk:
            break
        inflated += len(chunk)
    assert inflated >= 200 * 1024 * 1024, f"{len(wire)} bytes on the wire inflate past 200 MiB"


def test_charset_and_markup_faults(web, client):
    wrong = _site(web, lambda p: p.has("wrong_charset") and p.style != "legacy")
    missing = _site(web, lambda p: p.has("missing_charset"))
    bad = _site(web, lambda p: p.has("malformed_html"))
    for site in (wrong, missing):
        found = False
        for node in site.skeleton().nodes[1:80]:
            if node.kind != "page" or node.special is not None:
                continue
            r = client.get(site.url(node))
            if any(b >= 0x80 for b in r.body):
                found = True
                break
        assert found
        if site is wrong:
            assert r.header("content-type").endswith("charset=utf-8")
            with pytest.raises(UnicodeDecodeError):
                r.body.decode("utf-8")
        else:
            assert r.header("content-type") == "text/html" and b"charset" not in r.body[:2000].lower()
    page = client.get(bad.home_url).body
    assert not page.rstrip().endswith(b"</html>")


def test_robots_sitemap_search_and_welsh_twins(web, client):
    blocked = next(s for s in web.sites.values() if s.params.has("robots_disallow_all"))
    assert re.search(r"User-agent: \*\s+Disallow: /\s*$", client.get(blocked.home_url + "robots.txt").body.decode())
    site = _site(web, lambda p: p.sitemap and p.search and p.v51 == "met" and not p.search_disallowed)
    robots = client.get(site.home_url + "robots.txt").body.decode()
    assert f"Sitemap: http://{site.host}/sitemap.xml" in robots
    cctv = site.url(site.skeleton().nodes[site.skeleton().by_role["cctv_main"]])
    xml = client.get(site.home_url + "sitemap.xml").body.decode()
    locs = re.findall(r"<loc>(.*?)</loc>", xml)
    if "<sitemapindex" in xml:
        locs = [
            u
            for sm in locs
            for u in re.findall(r"<loc>(.*?)</loc>", client.get(sm.replace("&amp;", "&")).body.decode())
        ]
    assert cctv in locs
    home = client.get(site.home_url)
    form = re.search(rb'<form role="search"[^>]*action="([^"]+)"', home.body)
    assert form and form.group(1).decode() == site.style.search_path
    assert f'name="{site.style.search_param}"'.encode() in home.body
    r = client.get(f"{site.home_url.rstrip('/')}{site.style.search_path}?{site.style.search_param}=CCTV")
    assert r.status == 200 and cctv in html_links(r.body, site.home_url)
    welsh = next(s for s in web.sites.values() if s.params.bilingual and s.params.ok and s.params.v51 == "met")
    node = welsh.skeleton().nodes[welsh.skeleton().by_role["cctv_main"]]
    en = client.get(welsh.url(node))
    cy = client.get(f"http://{welsh.host}/cy{node.path}")
    assert cy.status == 200 and b'hreflang="cy"' in en.body.lower() and b'lang="cy"' in cy.body.lower()
    assert any(u.endswith(f"/cy{node.path}") for u in html_links(en.body, welsh.url(node)))
    assert "teledu cylch cyfyng" in html_text(cy.body, cy.header("content-type")).lower()


def test_documents_are_real_files(web, client):
    kinds = {}
    for site in web.sites.values():
        if not site.params.ok or site.params.v51 != "met":
            continue
        sk = site.skeleton()
        for role in ("doc_scan", "doc_corrupt", "doc_cop", "doc_sla"):
            if role in sk.by_role and (role, sk.nodes[sk.by_role[role]].fmt) not in kinds:
                kinds[(role, sk.nodes[sk.by_role[role]].fmt)] = site.url(sk.nodes[sk.by_role[role]])
        if len(kinds) >= 6:
            break
    for (_role, fmt), url in kinds.items():
        r = client.get(url)
        assert r.status == 200
        if fmt == "docx":
            with zipfile.ZipFile(io.BytesIO(r.body)) as z:
                assert {"[Content_Types].xml", "_rels/.rels", "word/document.xml"} <= set(z.namelist())
        elif fmt == "pdf_image":
            assert r.body.startswith(b"%PDF") and pdf_text(r.body) == ""
        elif fmt == "pdf_corrupt":
            assert r.body.startswith(b"%PDF")
            with pytest.raises(Exception):  # noqa: B017 - pypdf fails on a corrupt file with several exception types
                assert pdf_text(r.body)
        else:
            assert r.body.startswith(b"%PDF") and len(pdf_text(r.body)) > 100
    assert {f for _, f in kinds} >= {"pdf", "pdf_image", "pdf_corrupt"}
