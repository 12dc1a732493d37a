"""The search plan in the spider, on hand-written council sites served on loopback.

Each site hides one thing where councils really file it: the police agreement under policies
while the CCTV page is found first; a CCTV page five clicks deep on a site with no search; an
agreement reached only by a partnership page because robots.txt forbids the search; an
agreement in committee papers (meetings -> committee -> meeting -> item -> appendix); and a site
with no agreement at all, whose not_met must say where the audit looked.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minisite import RecordingSite
from support import run_cli

FORCE = "Cleveland Police"
CCTV = """<p>{name} runs a public space CCTV system of 46 cameras in the town centres to help prevent crime and
make people feel safer. We follow the Surveillance Camera Code of Practice.</p>
<p>We keep recordings for 28 days before they are overwritten. You can ask for footage of yourself with a subject
access request.</p><p>Write to the CCTV Manager at cctv@example.gov.uk with any question.</p>"""
AGREEMENT = f"""CCTV INFORMATION SHARING AGREEMENT
Between {{name}} and {FORCE}
Covering the release of recorded public space CCTV images

1. Purpose
This agreement governs how the council's CCTV control room gives recorded images to {FORCE}
to prevent and detect crime.

2. Review
Both parties review this agreement every year.

Signed for and on behalf of {{name}}
Name: Alex Morgan
Position: Director of Communities
Date: 3 May 2023

Signed for and on behalf of {FORCE}
Name: Sam Patel
Position: Chief Inspector
Date: 10 May 2023
"""
NAV = [
    ("/", "Home"),
    ("/bins", "Bins and recycling"),
    ("/council-tax", "Council tax"),
    ("/community-safety", "Community safety"),
    ("/council-and-democracy", "Council and democracy"),
    ("/jobs", "Jobs"),
]


def page(title: str, main: str, search: bool) -> tuple[str, bytes]:
    form = '<form role="search" action="/search" method="get"><input type="search" name="q"></form>' if search else ""
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in NAV)
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body><header><nav><ul>{nav}</ul></nav>{form}</header><main><h1>{title}</h1>{main}</main>
<footer><a href="/a-z">A to Z</a> <a href="/cookies">Cookies</a></footer></body></html>"""
    return "text/html; charset=utf-8", html.encode()


def links(rows: list[tuple[str, str]]) -> str:
    return "<ul>" + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in rows) + "</ul>"


def results(rows: list[tuple[str, str]], search: bool = True) -> tuple[str, bytes]:
    body = links(rows) if rows else "<p>No results found.</p>"
    return page("Search results", f'<ol class="search-results">{body}</ol>', search)


def base(name: str, search: bool) -> dict[str, tuple[str, bytes]]:
    """Homepage, ordinary sections, a community safety section, council and democracy."""
    filler = ["forms", "performance", "fees", "guidance", "consultations"]
    pages = {
        "/": page(name, "<p>Welcome.</p>", search),
        "/community-safety": page(
            "Community safety",
            links([(f"/community-safety/community-safety-{p}", f"Community safety {p}") for p in filler]),
            search,
        ),
        "/council-and-democracy": page(
            "Council and democracy",
            links(
                [
                    ("/council-and-democracy/policies", "Policies, plans and strategies"),
                    ("/meetings", "Committee meetings"),
                    ("/council-and-democracy/elections", "Elections"),
                ]
            ),
            search,
        ),
        "/council-and-democracy/policies": page(
            "Policies, plans and strategies",
            links(
                [
                    ("/council-and-democracy/policies/climate", "Climate strategy"),
                    ("/council-and-democracy/policies/housing", "Housing strategy"),
                ]
            ),
            search,
        ),
        "/meetings": page("Committee meetings", links([("/meetings/planning", "Planning Committee")]), search),
        "/a-z": page("A to Z", links([(f"/a-z/{c}", c.upper()) for c in "abcdefghijklmnopqrstuvwxyz"]), search),
        "/search": results([], search),
    }
    for p in filler:
        pages[f"/community-safety/community-safety-{p}"] = page(
            f"Community safety {p}", "<p>Nothing about cameras.</p>", search
        )
    return pages


def policy_site(name: str) -> dict[str, tuple[str, bytes]]:
    """Search finds the CCTV page; the agreement is filed under policies and no search lists it."""
    pages = base(name, search=True)
    pages["/robots.txt"] = ("text/plain", b"User-agent: *\nDisallow: /admin/\n")
    pages["/community-safety/cctv"] = page("CCTV", CCTV.format(name=name), True)
    pages["/search?q=CCTV"] = results([("/community-safety/cctv", "CCTV")])
    pages["/council-and-democracy/policies"] = page(
        "Policies, plans and strategies",
        links(
            [
                ("/council-and-democracy/policies/climate", "Climate strategy"),
                (
                    "/docs/cctv-information-sharing-agreement.txt",
                    "CCTV information sharing agreement with Cleveland Police",
                ),
            ]
        ),
        True,
    )
    pages["/docs/cctv-information-sharing-agreement.txt"] = (
        "text/plain; charset=utf-8",
        AGREEMENT.format(name=name).encode(),
    )
    return pages


def deep_site(name: str) -> dict[str, tuple[str, bytes]]:
    """No search, no sitemap, nothing under C in the A-Z: the CCTV page is five clicks deep."""
    pages = base(name, search=False)
    pages["/robots.txt"] = ("text/plain", b"User-agent: *\nDisallow: /admin/\n")
    trail = [
        ("/community-safety", "Community safety"),
        ("/community-safety/crime", "Crime and anti-social behaviour"),
        ("/community-safety/crime/prevention", "Crime prevention"),
        ("/community-safety/crime/prevention/safer-streets", "Safer streets"),
        ("/community-safety/crime/prevention/safer-streets/town-centre-cctv", "Town centre CCTV"),
    ]
    for (url, title), (nxt, anchor) in zip(trail, trail[1:]):
        siblings = [(f"{url}/{p}", f"{title} {p}") for p in ("forms", "fees", "contacts")]
        pages[url] = page(title, links([(nxt, anchor)] + siblings), False)
        for u, t in siblings:
            pages[u] = page(t, "<p>Nothing about cameras.</p>", False)
    pages[trail[-1][0]] = page("Town centre CCTV", CCTV.format(name=name), False)
    return pages


def trail_site(name: str) -> dict[str, tuple[str, bytes]]:
    """No search, no sitemap: the CCTV page is five clicks down a community safety trail whose
    pages say little of their own ("Working in partnership", "Our priorities"), among many pages
    named after their section ("Community safety forms") and a policies section full of policies."""
    pages = base(name, search=False)
    pages["/robots.txt"] = ("text/plain", b"User-agent: *\nDisallow: /admin/\n")
    leaves = [f"/community-safety/community-safety-{p}" for p in ("forms", "performance", "fees", "guidance")]
    trail = [
        ("/community-safety/working-in-partnership", "Working in partnership"),
        ("/community-safety/working-in-partnership/our-priorities", "Our priorities"),
        ("/community-safety/working-in-partnership/our-priorities/reducing-crime", "Reducing crime and disorder"),
        ("/community-safety/working-in-partnership/our-priorities/reducing-crime/projects", "Projects and initiatives"),
    ]
    pages["/community-safety"] = page(
        "Community safety",
        links([(u, f"Community safety {u.rsplit('-', 1)[-1]}") for u in leaves] + [trail[0]]),
        False,
    )
    for url, title in trail:
        pages[url] = page(title, "<p>How the partnership works.</p>", False)
    for (url, title), (nxt, anchor) in zip(trail, trail[1:] + [(trail[-1][0] + "/cctv", "Public space CCTV")]):
        pages[url] = page(
            title,
            "<p>How the partnership works.</p>" + links([(nxt, anchor)] + [(leaves[0], "Community safety forms")]),
            False,
        )
    pages[trail[-1][0] + "/cctv"] = page("Public space CCTV", CCTV.format(name=name), False)
    policies = [(f"/council-and-democracy/policies/p{i}", f"Corporate policy {i}") for i in range(12)]
    pages["/council-and-democracy/policies"] = page("Policies, plans and strategies", links(policies), False)
    for url, title in policies:
        pages[url] = page(title, "<p>A corporate policy.</p>", False)
    return pages


def robots_site(name: str) -> dict[str, tuple[str, bytes]]:
    """robots.txt forbids the search; the sitemap names the CCTV page and a partnership page whose
    documents include the agreement."""
    pages = base(name, search=True)
    pages["/community-safety/cctv"] = page("CCTV", CCTV.format(name=name), True)
    pages["/community-safety/safer-streets-partnership"] = page(
        "Safer Streets Partnership",
        links(
            [
                ("/docs/partnership-plan.txt", "Partnership plan 2024"),
                ("/docs/isa-cctv-police.txt", "Information sharing agreement: CCTV images and Cleveland Police"),
            ]
        ),
        True,
    )
    pages["/docs/partnership-plan.txt"] = ("text/plain", b"Our plan for the year.")
    pages["/docs/isa-cctv-police.txt"] = ("text/plain; charset=utf-8", AGREEMENT.format(name=name).encode())
    urls = [u for u in pages if not u.startswith(("/search", "/docs"))] + [f"/news/story-{i}" for i in range(60)]
    pages["/robots.txt"] = ("text/plain", b"User-agent: *\nDisallow: /search\nSitemap: SITEMAP\n")
    pages["/sitemap.xml"] = (
        "application/xml",
        (
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>BASE{u.lstrip('/')}</loc></url>" for u in urls)
            + "</urlset>"
        ).encode(),
    )
    return pages


def committee_site(name: str) -> dict[str, tuple[str, bytes]]:
    """No search; the A-Z leads to the CCTV page; the agreement is an appendix of a committee item."""
    pages = base(name, search=False)
    pages["/robots.txt"] = ("text/plain", b"User-agent: *\nDisallow: /admin/\n")
    pages["/community-safety/cctv"] = page("CCTV", CCTV.format(name=name), False)
    pages["/a-z/c"] = page(
        "A to Z: C", links([("/community-safety/cctv", "CCTV"), ("/council-tax", "Council tax")]), False
    )
    pages["/meetings"] = page(
        "Committee meetings",
        links(
            [
                ("/meetings/planning", "Planning Committee"),
                ("/meetings/safer-communities", "Safer Communities Committee"),
                ("/meetings/audit", "Audit and Governance Committee"),
            ]
        ),
        False,
    )
    pages["/meetings/safer-communities"] = page(
        "Safer Communities Committee",
        links([("/meetings/safer-communities/2024-03-12", "Meeting, 12 March 2024")]),
        False,
    )
    pages["/meetings/safer-communities/2024-03-12"] = page(
        "Safer Communities Committee, 12 March 2024",
        links(
            [
                ("/meetings/safer-communities/2024-03-12/item-4", "Item 4: Minutes of the last meeting"),
                (
                    "/meetings/safer-communities/2024-03-12/item-6",
                    "Item 6: CCTV information sharing agreement with Cleveland Police",
                ),
            ]
        ),
        False,
    )
    pages["/meetings/safer-communities/2024-03-12/item-6"] = page(
        "Item 6",
        "<p>Report of the Director of Communities.</p>"
        + links(
            [
                (
                    "/meetings/safer-communities/2024-03-12/item-6/appendix-a.txt",
                    "Appendix A: information sharing agreement",
                )
            ]
        ),
        False,
    )
    pages["/meetings/safer-communities/2024-03-12/item-6/appendix-a.txt"] = (
        "text/plain; charset=utf-8",
        AGREEMENT.format(name=name).encode(),
    )
    return pages


def nothing_site(name: str) -> dict[str, tuple[str, bytes]]:
    """A CCTV page and nothing else of Objective 5: no agreement anywhere."""
    pages = base(name, search=True)
    pages["/robots.txt"] = ("text/plain", b"User-agent: *\nDisallow: /admin/\n")
    pages["/community-safety/cctv"] = page("CCTV", CCTV.format(name=name), True)
    pages["/search?q=CCTV"] = results([("/community-safety/cctv", "CCTV")])
    return pages


SITES = {
    "E99000031": (policy_site, "Policyton Borough Council"),
    "E99000032": (deep_site, "Deepdale District Council"),
    "E99000033": (robots_site, "Robotsby City Council"),
    "E99000034": (committee_site, "Committeeford Borough Council"),
    "E99000035": (nothing_site, "Nothington District Council"),
    "E99000037": (trail_site, "Trailham Borough Council"),
}


def audit(tmp: Path, sites: dict, *extra: str) -> tuple[dict, dict]:
    servers = {code: RecordingSite({}, delay=0.01) for code in sites}
    for s in servers.values():
        s.__enter__()
    try:
        rows = ["gss_code,name,nation,website,police_force"]
        for code, (build, name) in sites.items():
            server, pages = servers[code], build(name)
            for key, (ctype, body, *rest) in list(pages.items()):
                pages[key] = (
                    ctype,
                    body.replace(b"SITEMAP", f"{server.url}sitemap.xml".encode()).replace(b"BASE", server.url.encode()),
                    *rest,
                )
            server.pages.update(pages)
            rows.append(f"{code},{name},England,{server.url},Cleveland")
        register = tmp / "register.csv"
        register.write_text("\n".join(rows) + "\n")
        db = f"sqlite:///{tmp / 'audit.sqlite'}"
        proc = run_cli("audit", "--register", str(register), "--db", db, "--quiet", *extra, cwd=tmp)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        exported = run_cli("export", "--db", db, "--format", "json", cwd=tmp)
        assert exported.returncode == 0, exported.stderr
    finally:
        for s in servers.values():
            s.__exit__(None, None, None)
    doc = {a["gss_code"]: a for a in json.loads(exported.stdout)["authorities"]}
    return doc, {code: s.paths() for code, s in servers.items()}


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory):
    doc, paths = audit(tmp_path_factory.mktemp("plan"), SITES)
    return {"doc": doc, "paths": paths}


def steps(d: dict, method: str) -> list[dict]:
    return [s for s in d["search_effort"]["steps"] if s["method"] == method]


def test_agreement_under_policies_is_found_after_the_cctv_page(audited) -> None:
    paths, la = audited["paths"]["E99000031"], audited["doc"]["E99000031"]
    assert paths.index("/community-safety/cctv") < paths.index("/docs/cctv-information-sharing-agreement.txt")
    assert "/search?q=sharing+agreement" in paths, "the site's search, with the agreement's words"
    d = la["deliverables"]["5.5"]
    assert d["status"] == "met" and d["confidence"] == "high" and d["needs_review"] is False
    assert la["deliverables"]["5.1"]["status"] == "met"
    assert not any(p.startswith(("/jobs", "/bins", "/council-tax")) for p in paths)
    assert la["crawl"]["requests"] <= 16, paths


def test_cctv_page_five_clicks_deep_without_search_is_reached(audited) -> None:
    paths, la = audited["paths"]["E99000032"], audited["doc"]["E99000032"]
    assert "/community-safety/crime/prevention/safer-streets/town-centre-cctv" in paths
    assert la["deliverables"]["5.1"]["status"] == "met"
    assert la["crawl"]["requests"] <= 30, paths


def test_search_forbidden_by_robots_falls_back_to_sitemap_and_sections(audited) -> None:
    paths, la = audited["paths"]["E99000033"], audited["doc"]["E99000033"]
    assert not any(p.startswith("/search") for p in paths)
    assert "/sitemap.xml" in paths and "/docs/isa-cctv-police.txt" in paths
    assert not any(p.startswith("/news/") for p in paths)
    d = la["deliverables"]["5.5"]
    assert d["status"] == "met"
    assert la["deliverables"]["5.1"]["status"] == "met"
    not_met = la["deliverables"]["5.2"]
    assert not_met["status"] == "not_met"
    assert [s["outcome"] for s in steps(not_met, "site_search")] == ["refused_by_robots"]
    assert [s["outcome"] for s in steps(not_met, "sitemap")] == ["searched"]
    assert la["crawl"]["requests"] <= 20, paths


def test_agreement_in_committee_papers_is_reached(audited) -> None:
    paths, la = audited["paths"]["E99000034"], audited["doc"]["E99000034"]
    assert "/meetings/safer-communities/2024-03-12/item-6/appendix-a.txt" in paths
    assert "/meetings/planning" not in paths or paths.index("/meetings/safer-communities") < paths.index(
        "/meetings/planning"
    )
    assert la["deliverables"]["5.5"]["status"] == "met"
    assert la["crawl"]["requests"] <= 25, paths


def test_not_met_carries_its_search_effort(audited) -> None:
    paths, la = audited["paths"]["E99000035"], audited["doc"]["E99000035"]
    d = la["deliverables"]["5.5"]
    assert d["status"] == "not_met"
    effort = d["search_effort"]
    assert effort["complete"] is True and d["needs_review"] is False and d["confidence"] == "high"
    searched = [s["target"] for s in steps(d, "site_search") if s["outcome"] == "searched"]
    # the agreement's words, then "surveillance camera" (the council's CCTV policy, where an agreement
    # the CCTV page leaves out is most often named)
    assert searched == [
        "sharing agreement",
        "service level agreement",
        "police protocol",
        "surveillance camera",
    ]
    for s in searched:
        assert "/search?q=" + s.replace(" ", "+") in paths
    sections = [s for s in steps(d, "section") if s["outcome"] == "searched"]
    assert sections, effort
    assert all(s["target"].startswith("http://127.0.0.1") for s in sections)
    assert any(u.endswith("/community-safety/cctv") for u in effort["pages_read"])
    assert d["evidence_strength"]["strong"] and not d["evidence_strength"]["weak"]
    met = la["deliverables"]["5.1"]
    assert (
        met["status"] == "met" and met["search_effort"]["complete"] is True and met["confidence"] in ("high", "medium")
    )
    assert la["crawl"]["stop_reason"] == "missing_deliverables_searched"
    assert la["crawl"]["requests"] <= 16, paths


def test_not_met_on_a_search_cut_short_needs_review(tmp_path: Path) -> None:
    doc, _ = audit(tmp_path, {"E99000036": (nothing_site, "Shortbudget District Council")}, "--max-pages-per-site", "4")
    d = doc["E99000036"]["deliverables"]["5.5"]
    assert d["status"] == "not_met"
    assert d["search_effort"]["complete"] is False
    assert d["needs_review"] is True and d["confidence"] == "low"
    assert any(s["outcome"] == "failed" for s in d["search_effort"]["steps"])
    assert doc["E99000036"]["crawl"]["requests"] <= 4


def test_a_deep_cctv_page_is_reached_down_the_community_safety_trail(audited) -> None:
    """The trail is followed before the section's own pages and the policies section."""
    paths, la = audited["paths"]["E99000037"], audited["doc"]["E99000037"]
    cctv = "/community-safety/working-in-partnership/our-priorities/reducing-crime/projects/cctv"
    assert cctv in paths, paths
    assert la["deliverables"]["5.1"]["status"] == "met"
    before = paths[: paths.index(cctv)]
    # twelve policies and four of the section's own pages wait: a page or so of each at most
    assert len([p for p in before if p.startswith("/council-and-democracy/policies/p")]) <= 1, before
    assert len([p for p in before if p.startswith("/community-safety/community-safety-")]) <= 1, before
    assert la["crawl"]["requests"] <= 20, paths
