"""The simulation's acceptance check: start the server, fetch the homepage of every LA in the register through
it as a proxy client, walk a sample of sites to their evidence by following served links only,
and find the truth agreeing with what is served."""

from __future__ import annotations

import http.client
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest

from fixtures.simweb.oracle import site_oracle, union_of_shortest_paths
from fixtures.simweb.params import short_name
from fixtures.simweb.served import collapse, document_text, html_images, html_links, html_text


def test_every_homepage_answers_through_the_proxy(truth, web, client, server):
    def visit(a: dict) -> tuple[str, str]:
        if a["crawl"]["status"] == "unreachable":
            try:
                client.once(a["website"])
            except (http.client.RemoteDisconnected, ConnectionError):
                return a["gss_code"], "no response"
            return a["gss_code"], "answered"
        r = client.get(a["website"])
        if r.status != 200 or "text/html" not in (r.header("content-type") or ""):
            return a["gss_code"], f"status {r.status}"
        text = html_text(r.body, r.header("content-type"))
        return a["gss_code"], "ok" if short_name(a["name"]) in text else "name missing"

    with ThreadPoolExecutor(16) as pool:
        results = dict(pool.map(visit, truth["authorities"]))
    expected = {
        a["gss_code"]: "no response" if a["crawl"]["status"] == "unreachable" else "ok" for a in truth["authorities"]
    }
    assert results == expected
    assert len(results) == 339
    hosts = {urlsplit(a["website"]).hostname for a in truth["authorities"] if a["crawl"]["status"] != "unreachable"}
    deadline = time.monotonic() + 5  # the server logs a request just after its last byte is sent
    while not hosts <= set(server.log.hosts()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert hosts <= set(server.log.hosts())


def _sample(truth: dict, web) -> list[dict]:
    """At least one site per style and per deliverable variant (the smallest such, to stay fast)."""
    ok = sorted((a for a in truth["authorities"] if a["crawl"]["status"] == "ok"), key=lambda a: a["sim"]["size"])
    wanted = [("style", s) for s in ("localgov", "jadu", "goss", "granicus", "squiz", "legacy")]
    for key, values in (
        ("5.1", ("met", "partial", "not_met")),
        ("5.2", ("mark_alt", "mark_filename", "statement")),
        ("5.3", ("spoc_contact", "cctv_contact", "spoc_pdf")),
        ("5.5", ("signed", "draft", "mentioned")),
        ("partial_kind", ("privacy_line", "stub_page", "cctv_contact", "sla_mention")),
    ):
        wanted += [(key, v) for v in values]
    wanted += [
        ("fault", f)
        for f in (
            "session_ids",
            "redirect_chain",
            "5xx_burst",
            "reset",
            "malformed_html",
            "wrong_charset",
            "image_only_pdf",
            "corrupt_pdf",
        )
    ]
    wanted += [("bilingual", True), ("moderngov", True)]
    chosen: dict[str, dict] = {}
    for kind, value in wanted:
        for a in ok:
            hit = {
                "style": a["style"] == value,
                "fault": value in a["faults"],
                "bilingual": a["sim"]["bilingual"] is True,
                "moderngov": a["sim"]["moderngov"] is True,
            }.get(kind, a["sim"]["variants"].get(kind) == value)
            if hit:
                chosen.setdefault(a["gss_code"], a)
                break
        else:
            pytest.fail(f"no site with {kind}={value}")
    return list(chosen.values())


def test_walk_sampled_sites_to_their_evidence_by_links(truth, web, client):
    sample = _sample(truth, web)
    assert len(sample) >= 12

    def walk(a: dict) -> list[str]:
        problems = []
        site = web.site_for_host(a["sim"]["host"])
        evidence = [(k, e) for k, d in a["deliverables"].items() for e in d["evidence"]]
        fetches, paths = site_oracle(site, {e["url"] for _, e in evidence})
        if fetches != a["oracle_fetches"]:
            problems.append(f"oracle {fetches} != truth {a['oracle_fetches']}")
        visited: set[str] = set()
        for path in paths.values():
            for here, there in zip(path, path[1:]):
                r = client.get(here)
                visited.add(here)
                if there not in html_links(r.body, here, r.header("content-type")):
                    problems.append(f"{here} does not link to {there}")
        for key, e in evidence:
            r = client.get(e["url"])
            visited.add(e["url"])
            ct = r.header("content-type")
            quote = collapse(e["quote"])
            if r.status != 200:
                problems.append(f"{e['url']}: {r.status}")
            elif quote not in document_text(r.body, ct) and not any(
                quote in (alt, src.rsplit("/", 1)[-1])
                for src, alt in (html_images(r.body, e["url"], ct) if "html" in ct else [])
            ):
                problems.append(f"{key} quote not served at {e['url']}: {quote}")
        if len(visited | ({a["website"]} if paths else set())) != a["oracle_fetches"]:
            problems.append(f"walk fetched {len(visited)} pages, oracle says {a['oracle_fetches']}")
        return [f"{a['gss_code']} {a['style']}: {p}" for p in problems]

    with ThreadPoolExecutor(8) as pool:
        problems = [p for ps in pool.map(walk, sample) for p in ps]
    assert problems == []


def test_oracle_matches_a_breadth_first_crawl_of_served_html(truth, web, client):
    """For three small sites of different styles, crawl the served pages breadth first (links only)
    and recompute the union of shortest paths: it must equal the truth's oracle_fetches."""
    picked, styles = [], set()
    for a in sorted(truth["authorities"], key=lambda a: a["sim"]["size"] or 10**9):
        if (
            a["crawl"]["status"] == "ok"
            and a["deliverables"]["5.1"]["status"] == "met"
            and a["style"] not in styles
            and not a["sim"]["bilingual"]
            and "session_ids" not in a["faults"]
            and all(
                urlsplit(e["url"]).hostname == a["sim"]["host"]
                for d in a["deliverables"].values()
                for e in d["evidence"]
            )
            and len({e["url"] for d in a["deliverables"].values() for e in d["evidence"]}) >= 3
        ):
            picked.append(a)
            styles.add(a["style"])
        if len(picked) == 3:
            break
    assert len(picked) == 3

    for a in picked:
        home, host = a["website"], a["sim"]["host"]
        targets = {e["url"] for d in a["deliverables"].values() for e in d["evidence"]}
        adjacency: dict[str, list[str]] = {}
        seen, frontier = {home}, [home]

        def links_of(url: str) -> tuple[str, list[str]]:
            r = client.get(url)
            ct = r.header("content-type") or ""
            if r.status != 200 or "html" not in ct:
                return url, []
            return url, [u for u in html_links(r.body, url, ct) if urlsplit(u).hostname == host]  # noqa: B023 - called within this iteration

        with ThreadPoolExecutor(16) as pool:
            while frontier and not targets <= seen:
                nxt = []
                for url, links in pool.map(links_of, frontier):
                    adjacency[url] = links
                    for u in links:
                        if u not in seen:
                            seen.add(u)
                            nxt.append(u)
                frontier = nxt
        assert targets <= seen, f"{a['gss_code']}: evidence not reachable by served links"
        chosen, _ = union_of_shortest_paths(home, targets, lambda u: adjacency.get(u, []))  # noqa: B023 - called within this iteration
        assert len(chosen) == a["oracle_fetches"], (a["gss_code"], a["style"], len(chosen), a["oracle_fetches"])
