"""Same seed, same web: byte for byte, in any process; another seed, another web."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from fixtures.simweb.model import SimWeb, build_web
from fixtures.simweb.register import COLUMNS, read_register
from fixtures.simweb.truth import build_truth

ROOT = Path(__file__).resolve().parents[2]


def _small_register(tmp_path: Path) -> Path:
    rows = read_register()
    keep = rows[:10] + [r for r in rows if r["nation"] == "Wales"][:4] + rows[200:208]
    path = tmp_path / "register.csv"
    with path.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(keep)
    return path


def _paths(web: SimWeb) -> list[tuple[str, str]]:
    """A spread of URLs per site: home, robots, sitemap, search, every special page and document."""
    out = []
    for site in web.sites.values():
        out += [
            (site.host, "/"),
            (site.host, "/robots.txt"),
            (site.host, "/sitemap.xml"),
            (site.host, f"{site.style.search_path}?{site.style.search_param}=cctv"),
        ]
        sk = site.skeleton()
        out += [(site.host_name(sk.nodes[i].host), sk.nodes[i].path) for i in sk.by_role.values()]
        out += [(site.host_name(n.host), n.path) for n in sk.nodes[:: max(1, len(sk.nodes) // 15)]]
    return out


def _digest(web: SimWeb) -> str:
    h = hashlib.sha256(json.dumps(build_truth(web), sort_keys=True).encode())
    for host, path in _paths(web):
        site = web.site_for_host(host)
        r = site.render(path, host=host, faults=False)
        h.update(f"{host}{path}{r.status}{r.headers}".encode() + r.body)
    return h.hexdigest()


def test_same_seed_same_bytes_in_any_process(tmp_path):
    register = _small_register(tmp_path)
    first = _digest(build_web(2026, register))
    assert _digest(build_web(2026, register)) == first
    code = (
        "import sys\nsys.path.insert(0, %r)\nfrom test_simweb_determinism import _digest\n"
        "from fixtures.simweb.model import build_web\nprint(_digest(build_web(2026, %r)))\n"
    ) % (str(Path(__file__).parent), str(register))
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == first


def test_another_seed_gives_another_web(tmp_path):
    register = _small_register(tmp_path)
    a, b = build_web(2026, register), build_web(2027, register)
    ta, tb = build_truth(a), build_truth(b)
    assert ta["authorities"] != tb["authorities"]
    differ = sum(
        a.sites[h].render("/", faults=False).body != b.sites[h].render("/", faults=False).body for h in a.sites
    )
    assert differ == len(a.sites)
    variants = lambda t: [x["sim"]["variants"] for x in t["authorities"]]
    assert variants(ta) != variants(tb)


def test_full_register_parameters_are_stable(web):
    again = build_web()
    assert [s.params for s in again.sites.values()] == [s.params for s in web.sites.values()]
