"""The worst pages against an ordinary one: CPU seconds to read and analyse each.

    .venv/bin/python -m benchmarks.hostile_page            # prints one line per page

Issue 14 measured a 2.9 MB homepage with 60,000 links in one <nav> at 176 s of CPU (link context
re-read the whole block per link) and 3,000 links in one 144 KB paragraph at 10 s. The pages are
generated here; every figure is the thread CPU time of `crawler.engine.offload.analyse_body`, the same
call the spider makes in its analysis pool, without the per-page cap (so the work is measured,
not cut short).
"""

from __future__ import annotations

import argparse
import time

from analysis.context import AuthorityContext
from crawler.engine.offload import analyse_body

WORDS = (
    "The council runs public space CCTV cameras in the town centre to prevent and detect crime; "
    "recordings are kept for 31 days. "
)


def ordinary() -> bytes:
    nav = "".join(f'<li><a href="/s{i}">Service {i}</a></li>' for i in range(60))
    body = "".join(f"<h2>Section {i}</h2><p>{WORDS * 3}<a href='/d{i}'>details</a></p>" for i in range(12))
    return f"<html><body><nav><ul>{nav}</ul></nav><main><h1>CCTV</h1>{body}</main></body></html>".encode()


def nav_flood(n: int = 60_000) -> bytes:
    links = "".join(f'<a href="/page/{i}">Council service page {i}</a> ' for i in range(n))
    return f"<html><body><nav>{links}</nav><main><p>{WORDS}</p></main></body></html>".encode()


def paragraph_flood(n: int = 3_000) -> bytes:
    links = "".join(f'{WORDS[:20]} <a href="/p/{i}">item {i}</a> ' for i in range(n))
    return f"<html><body><main><p>{links}</p></main></body></html>".encode()


def deep(depth: int = 5_000) -> bytes:
    return (
        f"<html><body><main>{'<div>' * depth}<p>inner</p>{'</div>' * depth}<p>{WORDS}</p></main></body></html>"
    ).encode()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--links", type=int, default=60_000, help="links in the <nav> flood page")
    args = ap.parse_args()
    ctx = AuthorityContext(name="Anytown Council", website="https://www.anytown.gov.uk/", police_force=None)
    pages = {
        "ordinary page": ordinary(),
        f"{args.links} links in one nav": nav_flood(args.links),
        "3000 links in one paragraph": paragraph_flood(),
        "5000-deep nesting": deep(),
    }
    for name, body in pages.items():
        wall = time.perf_counter()
        out = analyse_body(body, "https://www.anytown.gov.uk/", "text/html; charset=utf-8", ctx, cpu_seconds=1e9)
        wall = time.perf_counter() - wall
        print(
            f"{name:32s} {len(body) / 1e6:6.2f} MB  cpu {out.cpu_seconds:7.2f} s  wall {wall:7.2f} s  "
            f"links {len(out.doc.links):5d}  warnings {len(out.doc.warnings)}"
        )


if __name__ == "__main__":
    main()
