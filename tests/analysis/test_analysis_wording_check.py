"""The wording check set: ~60 paragraphs written for this project from the patterns in docs/wording.md.

Each passage (tests/analysis/data/wording_check.jsonl) is read as `cctv-audit inspect` reads a .txt
file — no address, no page context — and its four signals are compared with the labels written
beside it. The labels follow docs/wording.md: a signal says what the text states about one council
(a third party's account of a named council's SPOC or certificate still states it); guidance about
councils in general, intentions, standards that are not the Commissioner's certification, and
agreements that are not with the police about cameras state nothing.

Run it as a script to print precision and recall per signal and the misses:
    .venv/bin/python tests/analysis/test_analysis_wording_check.py
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.page import analyse
from analysis.text import extract

SIGNALS = ("cctv_info", "spoc", "certification", "sla")
DATA = Path(__file__).parent / "data" / "wording_check.jsonl"
ITEMS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def signals_of(text: str) -> dict[str, bool]:
    pa = analyse(extract(text.encode("utf-8"), "file:///tmp/excerpt.txt", "text/plain"))
    return pa.signals


def score(part: str | None = None) -> tuple[dict[str, tuple[float, float, int, int, int]], list[str]]:
    """Per signal (precision, recall, tp, fp, fn), and a line for each miss.

    `part` "fresh" keeps the passages written after the detectors were reworked (never tuned on),
    "fresh3" those written after the third wording pass (section 11 of docs/wording.md, never tuned
    on either), "tuned" the others; None all of them.
    """
    items = [it for it in ITEMS if part is None or it.get("set", "tuned") == part]
    got = {it["id"]: signals_of(it["text"]) for it in items}
    table, misses = {}, []
    for sig in SIGNALS:
        tp = fp = fn = 0
        for it in items:
            want, have = sig in it["labels"], bool(got[it["id"]].get(sig))
            tp += want and have
            fp += have and not want
            fn += want and not have
            if want != have:
                misses.append(f"{it['id']:26} {sig:13} want {want!s:5} got {have!s:5} ({it['pattern']})")
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        table[sig] = (p, r, tp, fp, fn)
    return table, misses


def test_the_check_set_is_balanced_and_written_for_every_signal():
    for sig in SIGNALS[1:]:
        pos = sum(sig in it["labels"] for it in ITEMS)
        neg = sum(
            sig not in it["labels"] and it["id"].startswith(sig[:3] if sig != "certification" else "cert")
            for it in ITEMS
        )
        assert pos >= 8 and neg >= 8, (sig, pos, neg)
    assert len({it["id"] for it in ITEMS}) == len(ITEMS) >= 60


@pytest.fixture(scope="module")
def scored():
    return score()


@pytest.mark.parametrize("sig", SIGNALS)
def test_precision_and_recall_on_the_check_set(scored, sig):
    table, misses = scored
    p, r, *_ = table[sig]
    assert p >= 0.9 and r >= 0.9, "\n".join(m for m in misses if f" {sig} " in m)


if __name__ == "__main__":
    for part in ("tuned", "fresh", "fresh3", None):
        tab, miss = score(part)
        print(f"== {part or 'all'} ({sum(part is None or it.get('set', 'tuned') == part for it in ITEMS)} passages)")
        for line in miss:
            print("  miss", line)
        for sig, (p, r, tp, fp, fn) in tab.items():
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"{sig:14} P={p:.2f} R={r:.2f} F1={f1:.2f} (tp {tp} fp {fp} fn {fn})")
