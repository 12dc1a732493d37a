"""The web's parameters: the register is fully covered, and every style, deliverable variant and
fault exists at the default seed (a benchmark that silently lacks a case proves nothing about it)."""

from __future__ import annotations

import csv
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from fixtures.simweb import DEFAULT_SEED
from fixtures.simweb.model import build_web
from fixtures.simweb.params import FAULTS, PARTIAL_KINDS, STYLES, V52, V53, V55
from fixtures.simweb.register import COLUMNS, read_register, sim_register_rows, write_sim_register

ROOT = Path(__file__).resolve().parents[2]


def test_sim_register_rewrites_https_to_http_on_the_same_host(tmp_path):
    rows = read_register()
    sim = sim_register_rows(rows)
    assert len(sim) == len(rows) == 339
    for real, fake in zip(rows, sim):
        assert real["website"].startswith("https://")
        assert fake["website"] == "http://" + real["website"].split("://", 1)[1].split("/", 1)[0] + "/"
        assert {k: v for k, v in fake.items() if k != "website"} == {k: v for k, v in real.items() if k != "website"}
    out = write_sim_register(tmp_path / "sim.csv", seed=DEFAULT_SEED)
    with out.open(newline="") as fh:
        written = list(csv.DictReader(fh))
    assert list(written[0].keys()) == COLUMNS
    assert written == sim


def test_build_web_is_cheap_and_answers_for_every_registered_host(web):
    started = time.perf_counter()
    again = build_web()
    assert time.perf_counter() - started < 3.0, "build_web must draw parameters only"
    rows = read_register()
    assert len(again.sites) == len({r["website"] for r in rows}) == 336  # three pairs of councils share a site
    for row in sim_register_rows(rows):
        host = row["website"].split("/")[2]
        site = web.site_for_host(host)
        assert site is not None and row["gss_code"] in site.params.gss_codes
        assert web.site_for_host(host.upper() + ":80") is site
    assert web.site_for_host("www.example.com") is None
    assert web.site_for_host("127.0.0.1") is None
    shared = [s for s in web.sites.values() if len(s.params.gss_codes) == 2]
    assert {s.host for s in shared} == {
        "www.adur-worthing.gov.uk",
        "www.lewes-eastbourne.gov.uk",
        "www.southnorfolkandbroadland.gov.uk",
    }
    demo = [s for s in web.sites.values() if s.params.moderngov]
    assert demo and all(web.site_for_host(s.params.democracy_host) is s for s in demo)


def test_every_style_variant_and_fault_is_present_at_the_default_seed(web):
    ok = [s.params for s in web.sites.values() if s.params.ok]
    assert set(STYLES) <= {p.style for p in ok} and len(STYLES) >= 5
    assert Counter(p.v51 for p in ok).keys() == {"met", "partial", "not_met"}
    met = [p for p in ok if p.v51 == "met"]
    assert set(V52) <= {p.v52 for p in met}
    assert set(V53) <= {p.v53 for p in met}
    assert set(V55) <= {p.v55 for p in met}
    assert set(PARTIAL_KINDS) <= {p.partial_kind for p in ok if p.v51 == "partial"}
    assert {"step1", "step2"} <= {p.cert_level for p in met if p.v52 in ("statement", "mark_alt")}
    every = [s.params for s in web.sites.values()]
    assert set(FAULTS) <= {f for p in every for f in p.faults}
    assert sum(p.bilingual for p in every) >= 2 and all(p.nation == "Wales" for p in every if p.bilingual)
    assert sum(1 for p in every if p.decoys) / len(every) > 0.7, "decoys on most sites"
    assert any(p.search_disallowed for p in ok) and any(p.crawl_delay for p in ok) and any(p.sitemap for p in ok)
    assert any(not p.search for p in ok) and any(p.moderngov for p in ok)
    assert min(p.latency_ms for p in every) >= 50 and max(p.latency_ms for p in every) <= 800


def test_fault_rate_scales_faults(web):
    calm = build_web(fault_rate=0.0)
    assert not any(s.params.faults for s in calm.sites.values())
    stormy = build_web(fault_rate=4.0)
    count = lambda w: sum(len(s.params.faults) for s in w.sites.values())
    assert count(stormy) > 2 * count(web)


def test_whole_web_stays_small_in_memory():
    """In a fresh process, serve the largest sites' pages and documents until every cache is full
    of the biggest entries (the worst case: caches bound the web's memory): growth < 200 MB."""
    code = (
        "import resource\n"
        "import lxml.html, pypdf, fpdf, PIL.Image\n"
        "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "from fixtures.simweb.model import build_web\n"
        "web = build_web()\n"
        "sites = sorted(web.sites.values(), key=lambda s: -s.params.size)[:40]\n"
        "for site in sites:\n"
        "    r = site.render('/', faults=False)\n"
        "    assert r.status == 200, site.host\n"
        "    sk = site.skeleton()\n"
        "    for node in [n for n in sk.nodes if n.kind == 'doc'][:3]:\n"
        "        site.render(node.path, host=site.host_name(node.host), faults=False)\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(base, peak)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    base_kb, peak_kb = map(int, out.stdout.split())
    assert (peak_kb - base_kb) / 1024 < 200, f"simweb used {(peak_kb - base_kb) / 1024:.0f} MB"


def test_link_depth_from_the_homepage_is_at_most_six(web):
    from fixtures.simweb.links import page_links

    sites = sorted((s for s in web.sites.values() if s.params.ok), key=lambda s: s.params.size)
    for site in (sites[0], sites[len(sites) // 2], sites[-1]):
        sk = site.skeleton()
        dist, frontier = {0: 0}, [0]
        while frontier:
            nxt = []
            for u in frontier:
                for link in page_links(sk, sk.nodes[u], site.seed):
                    if link.target not in dist and sk.nodes[link.target].host == 0:
                        dist[link.target] = dist[u] + 1
                        nxt.append(link.target)
            frontier = nxt
        main = [n.idx for n in sk.nodes if n.host == 0]
        assert set(dist) == set(main), "every page of the site is linked"
        assert 4 <= max(dist.values()) <= 6
        assert 250 <= len(sk.nodes) <= 6000
