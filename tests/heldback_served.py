"""One check for every held-back set: its truth is what the served web shows.

A plain module (not a conftest): tests/test_heldback2.py and tests/test_heldback3_fixture.py
call it for their own web and truth.
"""

from __future__ import annotations

import urllib.request
from typing import Any
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from fixtures.simweb.served import collapse, document_text, html_images
from fixtures.simweb.server import SimWebServer


def assert_truth_served(web: Any, truth: dict) -> None:
    """Every homepage answers through the loopback proxy, and every labelled evidence URL answers
    200, holds its quote (in its text or an image's alt text) and is allowed by robots.txt."""
    texts: dict[str, str] = {}
    with SimWebServer(web, latency_scale=0.0) as server:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy_url}))

        def fetch(url: str) -> tuple[int, str, bytes]:
            with opener.open(url, timeout=10) as r:
                return r.status, r.headers.get("Content-Type", ""), r.read()

        for a in truth["authorities"]:
            status, ctype, body = fetch(a["website"])
            assert status == 200 and "html" in ctype and b"<h1>" in body, a["website"]
            site = web.site_for_host(urlsplit(a["website"]).hostname or "")
            assert site is not None
            robots = RobotFileParser()
            robots.parse(site.robots_txt().splitlines())
            for key, d in a["deliverables"].items():
                for ev in d["evidence"]:
                    url = ev["url"]
                    if url not in texts:
                        status, ctype, body = fetch(url)
                        assert status == 200, url
                        alts = [alt for _, alt in html_images(body, url, ctype)] if "html" in ctype else []
                        texts[url] = collapse(" ".join([document_text(body, ctype), *alts]))
                    assert collapse(ev["quote"]) in texts[url], (a["name"], key, url, ev["quote"])
                    if urlsplit(url).hostname == site.host:
                        assert robots.can_fetch("cctv-audit", url), url
        assert set(server.log.hosts()) >= {urlsplit(a["website"]).hostname for a in truth["authorities"]}
