"""Pick the fifteen councils of blind held-back sets FIRST..LAST: the brief's mix of council types, none labelled by the
fifteen sets before each (on disk, or already picked into the picks folder), least recently used first, ties broken by
SEED. The writer of set N reads only ``<picks>/N.txt`` (GSS code, name, type, website, police force; tab-separated).

    python -m benchmarks.briefs.pick FIRST LAST SEED [--picks DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("first", type=int)
    p.add_argument("last", type=int)
    p.add_argument("seed", type=int)
    p.add_argument("--picks", type=Path, default=Path("/work/wt/picks"))
    args = p.parse_args(argv)
    # the brief's mix and the sets' truths are the fixture tests' own facts (tests/heldback_served.py): read, not copied
    sys.path.insert(0, str(ROOT / "tests"))
    from heldback_served import BRIEF_TYPES, codes_of_sets

    from benchmarks.heldback import SETS
    from fixtures.simweb.register import read_register

    register = read_register()
    args.picks.mkdir(parents=True, exist_ok=True)
    used: dict[int, set[str]] = {}

    def codes(n: int) -> set[str]:
        if n not in used:
            f = args.picks / f"{n}.txt"
            if f.exists():
                used[n] = {line.split("\t")[0] for line in f.read_text().splitlines() if line.strip()}
            elif ("heldback" if n == 1 else f"heldback{n}") in SETS:
                used[n] = codes_of_sets([n])
            else:
                used[n] = set()
        return used[n]

    rng = random.Random(args.seed)
    for n in range(args.first, args.last + 1):
        recent = set().union(*(codes(k) for k in range(max(1, n - 15), n)))
        last_use = {c: k for k in range(1, n) for c in codes(k)}
        chosen = []
        for kind, count in BRIEF_TYPES.items():
            pool = [r for r in register if r["type"] == kind and r["gss_code"] not in recent]
            rng.shuffle(pool)
            pool.sort(key=lambda r: last_use.get(r["gss_code"], 0))
            if len(pool) < count:
                raise SystemExit(f"pick: set {n} needs {count} {kind} councils, {len(pool)} are fresh")
            chosen += pool[:count]
        used[n] = {r["gss_code"] for r in chosen}
        rows = (f"{r['gss_code']}\t{r['name']}\t{r['type']}\t{r['website']}\t{r['police_force']}\n" for r in chosen)
        (args.picks / f"{n}.txt").write_text("".join(rows))
        print(n, ", ".join(r["name"] for r in chosen))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
