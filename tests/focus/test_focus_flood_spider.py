"""A page whose "CCTV ..." links all lead nowhere stops being trusted (the hostile soak's paragraph
flood on Torbay: 3,000 neutral links under CCTV anchors ate the site's requests before its CCTV
page was reached). Hand-written site, served through a loopback proxy."""

from __future__ import annotations

import json

import pytest

from crawler.engine.site import FLOOD_FAILURES, SiteState
from minisite import RecordingSite
from support import run_cli

FLOOD = "http://www.floodtown.gov.uk"
CCTV = """<p>Floodtown Borough Council runs public space CCTV cameras in the town centre to deter crime
and help people feel safe. The system follows the Surveillance Camera Code of Practice.</p>
<p>Recorded images are kept for 28 days and then erased. To ask for images of yourself, make a subject
access request. Questions go to the CCTV Manager at cctv@floodtown.gov.uk.</p>"""


def html(title: str, main: str, nav: list[tuple[str, str]]) -> tuple[str, bytes]:
    menu = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in nav)
    return "text/html; charset=utf-8", (
        f"<html><head><title>{title}</title></head><body><nav><ul>{menu}</ul></nav>"
        f"<main><h1>{title}</h1>{main}</main></body></html>"
    ).encode()


def floodtown(n: int = 300) -> dict[str, tuple[str, bytes]]:
    nav = [(f"{FLOOD}/", "Home"), (f"{FLOOD}/community-safety", "Community safety"), (f"{FLOOD}/bins", "Bins")]
    flood = " ".join(f'<a href="{FLOOD}/p/{i}">CCTV camera {i}</a>' for i in range(n))
    return {
        f"{FLOOD}/": html("Floodtown Borough Council", f"<p>Welcome.</p><p>{flood}</p>", nav),
        f"{FLOOD}/community-safety": html(
            "Community safety",
            f'<ul><li><a href="{FLOOD}/community-safety/crime">Crime and disorder</a></li></ul>',
            nav,
        ),
        f"{FLOOD}/community-safety/crime": html(
            "Crime and disorder",
            f'<ul><li><a href="{FLOOD}/community-safety/crime/street-cameras">Street cameras</a></li></ul>',
            nav,
        ),
        f"{FLOOD}/community-safety/crime/street-cameras": html("Public space CCTV", CCTV, nav),
        f"{FLOOD}/bins": html("Bins", "<p>Collection days.</p>", nav),
        f"{FLOOD}/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
    }


def test_a_page_is_distrusted_once_its_links_keep_failing_and_not_for_a_few_dead_ones() -> None:
    site = SiteState("E99000001", "Anytown", "http://www.anytown.gov.uk/", None, budget=60)
    cctv, home = "http://www.anytown.gov.uk/cctv", "http://www.anytown.gov.uk/"
    for _ in range(6):
        site.link_outcome(cctv, ok=True)
    for _ in range(FLOOD_FAILURES):
        site.link_outcome(cctv, ok=False)
        site.link_outcome(home, ok=False)
    assert site.distrusts(home), "every link of the page failed"
    assert not site.distrusts(cctv), "a CCTV page with a few dead document links is still followed"
    assert not site.distrusts("http://www.anytown.gov.uk/other")


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("flood")
    proxy = RecordingSite(floodtown(), delay=0.01)
    with proxy:
        register = tmp / "register.csv"
        register.write_text(
            f"gss_code,name,nation,website,police_force\nE99000095,Floodtown Borough Council,England,{FLOOD}/,Devon and Cornwall\n"
        )
        db = f"sqlite:///{tmp / 'audit.sqlite'}"
        proc = run_cli("audit", "--register", str(register), "--db", db, "--proxy", proxy.url, "--quiet", cwd=tmp)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        exported = run_cli("export", "--db", db, "--format", "json", cwd=tmp)
        assert exported.returncode == 0, exported.stderr
    doc = {a["gss_code"]: a for a in json.loads(exported.stdout)["authorities"]}
    return doc, proxy.paths()


def test_a_flood_of_dead_cctv_links_does_not_eat_the_budget_before_the_cctv_page(audited) -> None:
    doc, paths = audited
    la = doc["E99000095"]
    dead = [p for p in paths if p.startswith(f"{FLOOD}/p/")]
    assert len(dead) <= 3 * FLOOD_FAILURES, f"{len(dead)} dead links requested"
    assert f"{FLOOD}/community-safety/crime/street-cameras" in paths, paths
    assert la["deliverables"]["5.1"]["status"] in ("met", "partial")
    assert la["crawl"]["requests"] <= 40
