"""Score ``cctv-audit inspect --json`` on a held-back set of hand-written council-style paragraphs.

Each item of the JSONL file (``{"id", "labels", "text", "kind"}``; labels from cctv_info, spoc,
certification, sla; an empty list means none) is written to a temporary .txt file, ``inspect --json``
reads them all in one call, and each item's ``signals`` are compared with its labels. Prints
precision, recall and F1 per label and every miss, then a one-line summary: the same metrics as
../shared/eval/score-real-text, on text the detectors were not written against.

    python -m benchmarks.heldtext [--file benchmarks/heldtext2.jsonl] [--exe PATH] [--json OUT]

benchmarks/heldtext2.jsonl is a held-back set: the lead measures it once the detectors are frozen.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

LABELS = ["cctv_info", "spoc", "certification", "sla"]
DEFAULT_FILE = Path(__file__).with_name("heldtext2.jsonl")


def load(path: Path) -> list[dict[str, Any]]:
    """The items of a JSONL file, checked for the fields and labels the scorer relies on."""
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for it in items:
        if not {"id", "labels", "text"} <= set(it):
            raise ValueError(f"{path}: item without id, labels or text: {it.get('id')}")
        unknown = set(it["labels"]) - set(LABELS) - {"negative"}
        if unknown:
            raise ValueError(f"{path}: {it['id']} has unknown labels {sorted(unknown)}")
    if len({it["id"] for it in items}) != len(items):
        raise ValueError(f"{path}: duplicate ids")
    return items


def default_exe() -> str:
    """The cctv-audit next to this interpreter (the project's .venv), else the one on PATH."""
    beside = Path(sys.executable).with_name("cctv-audit")
    return str(beside) if beside.exists() else (shutil.which("cctv-audit") or "cctv-audit")


def inspect(items: list[dict[str, Any]], exe: str) -> list[dict[str, Any]]:
    """One ``inspect --json`` line per item, in order (each text written as <id>.txt)."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for it in items:
            p = os.path.join(tmp, it["id"] + ".txt")
            with open(p, "w", encoding="utf-8") as f:
                f.write(it["text"])
            paths.append(p)
        res = subprocess.run([exe, "inspect", "--json", *paths], capture_output=True, text=True, timeout=600)
    if res.returncode != 0:
        raise SystemExit(f"heldtext: inspect failed (exit {res.returncode}): {res.stderr.strip()[-400:]}")
    outs = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    if len(outs) != len(items):
        raise SystemExit(f"heldtext: {len(outs)} inspect lines for {len(items)} items")
    return outs


def score(items: list[dict[str, Any]], outs: list[dict[str, Any]]) -> dict[str, Any]:
    """Precision, recall and F1 per label (as score-real-text computes them) and every miss."""
    per: dict[str, dict[str, float]] = {}
    misses: list[dict[str, Any]] = []
    for lab in LABELS:
        tp = fp = fn = 0
        for it, out in zip(items, outs):
            want = lab in it["labels"]
            got = bool((out.get("signals") or {}).get(lab))
            tp += want and got
            fp += got and not want
            fn += want and not got
            if want != got:
                misses.append({"id": it["id"], "label": lab, "want": want, "got": got, "kind": it.get("kind")})
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        per[lab] = {
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": tp,
            "fp": fp,
            "fn": fn,
        }
    return {"n": len(items), "labels": per, "misses": misses}


def print_report(name: str, r: dict[str, Any]) -> None:
    for m in r["misses"]:
        print(f"  miss {m['id']} {m['label']}: want {m['want']} got {m['got']}  {m['kind'] or ''}")
    for lab, v in r["labels"].items():
        print(
            f"{lab:14} P={v['precision']:.2f} R={v['recall']:.2f} F1={v['f1']:.2f} (tp {v['tp']} fp {v['fp']} fn {v['fn']})"
        )
    f1s = " ".join(f"{k}={v['f1']:.2f}" for k, v in r["labels"].items())
    print(f"{name}: F1 {f1s} | n={r['n']}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.heldtext")
    p.add_argument("--file", type=Path, default=DEFAULT_FILE, help="JSONL of {id, labels, text, kind}")
    p.add_argument("--exe", default=None, help="the cctv-audit executable (default: the project's)")
    p.add_argument("--json", type=Path, default=None, help="also write the scores as JSON here")
    args = p.parse_args(argv)
    items = load(args.file)
    result = score(items, inspect(items, args.exe or default_exe()))
    print_report(args.file.stem, result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
