"""A register k times the size of the shipped one, for the cost curve (benchmarks.scale).

Copy 0 is the shipped register; copy i (i >= 1) repeats every council under a synthetic host
(www.hartlepool.gov.uk -> www.hartlepool-s2.gov.uk, so the council's own domain, and with it
its democracy.<domain> host, is new too) and a synthetic GSS code (E06000001 -> E06000001-s2).
The simulated web draws each site from its GSS code, so a copy is a new site of the same styles,
variants and faults in the same proportions, not the same pages again. Names stay as they are:
the sites' wording is built from them, and the analysis reads that wording.
"""

from __future__ import annotations

import csv
from pathlib import Path

from fixtures.simweb.register import COLUMNS, host_of, read_register, sim_url


def scaled_host(host: str, copy: int) -> str:
    """The host of `host` in copy `copy` of the register (copy 0: unchanged)."""
    if copy == 0:
        return host
    labels = host.split(".")
    i = len(labels) - 3 if host.endswith(".gov.uk") else len(labels) - 2
    i = max(i, 0)
    labels[i] = f"{labels[i]}-s{copy}"
    return ".".join(labels)


def scaled_rows(rows: list[dict[str, str]], scale: int) -> list[dict[str, str]]:
    """`scale` copies of the register rows, websites rewritten for the simulation (http://host/)."""
    if scale < 1:
        raise ValueError(f"scale must be at least 1, got {scale}")
    out: list[dict[str, str]] = []
    for copy in range(scale):
        for row in rows:
            new = dict(row)
            if copy:
                new["gss_code"] = f"{row['gss_code']}-s{copy}"
            new["website"] = sim_url(f"http://{scaled_host(host_of(row['website']), copy)}/")
            out.append(new)
    return out


def write_scaled_register(path: str | Path, scale: int, register_path: str | Path | None = None) -> Path:
    """Write the register `scale` times over (the shipped register by default); returns its path."""
    rows = scaled_rows(read_register(register_path), scale)
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    with p.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return p


__all__ = ["scaled_host", "scaled_rows", "write_scaled_register"]
