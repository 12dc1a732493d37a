"""One excerpt read as `cctv-audit inspect` reads a .txt file (as ../shared/eval/score-real-text does):
no authority context, a file URL, plain text. Shared by the lesson tests written from text sets."""

from __future__ import annotations

from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def read(text: str) -> PageAnalysis:
    return analyse(extract(text.encode("utf-8"), "file:///tmp/excerpt.txt", "text/plain"))
