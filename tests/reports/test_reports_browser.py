"""Rendered in headless Chromium at desktop and phone widths, nothing overflows sideways.

Runs whenever Debian's chromium is installed (/usr/bin/chromium); otherwise it is skipped
with that reason. Chromium only ever loads file:// pages of a copy of the report: the report
makes no network request, and the flags turn off Chromium's own background traffic.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's chromium at /usr/bin/chromium "
                                       "(apt-get install chromium)")

# Chromium's headless window is at least 500 px wide, so the page is measured inside an
# iframe of exactly the width under test: its viewport, media queries included, is that wide.
PROBE = """<!DOCTYPE html><html lang="en"><body style="margin:0">
<iframe id="frame" title="page under test" src="{src}"
        style="width:{width}px;height:900px;border:0"></iframe>
<script>
document.getElementById("frame").addEventListener("load", function () {{
  var win = this.contentWindow, d = this.contentDocument.documentElement;
  var out = document.createElement("div");
  out.id = "overflow-probe";
  out.setAttribute("data-scroll-width", String(d.scrollWidth));
  out.setAttribute("data-client-width", String(d.clientWidth));
  out.setAttribute("data-inner-width", String(win.innerWidth));
  document.body.appendChild(out);
}});
</script></body></html>"""


def _measure(page: Path, width: int, profile: Path, site: Path) -> dict[str, int]:
    probe = site / f"probe-{width}.html"
    probe.write_text(PROBE.format(src=page.relative_to(site).as_posix(), width=width),
                     encoding="utf-8")
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--no-first-run", "--hide-scrollbars", "--allow-file-access-from-files",
           f"--user-data-dir={profile}", f"--window-size={width + 100},1000",
           "--dump-dom", probe.as_uri()]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    found = re.search(r'id="overflow-probe" data-scroll-width="(\d+)" '
                      r'data-client-width="(\d+)" data-inner-width="(\d+)"', result.stdout)
    assert found, f"no measurement from chromium: {result.stderr[-500:]}"
    scroll, client, inner = map(int, found.groups())
    return {"scroll": scroll, "client": client, "inner": inner}


@pytest.fixture(scope="module")
def site_copy(built_report: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("browser") / "site"
    shutil.copytree(built_report.parent, dest)
    return dest


def test_the_measurement_detects_overflow(site_copy: Path, tmp_path: Path) -> None:
    """A page that is too wide must be reported as such, or the test below proves nothing."""
    wide = site_copy / "wide.html"
    wide.write_text('<!DOCTYPE html><html lang="en"><body><div style="width:2000px">x</div>'
                    "</body></html>", encoding="utf-8")
    m = _measure(wide, 390, tmp_path / "profile", site_copy)
    assert m["inner"] == 390
    assert m["scroll"] > m["client"]


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("page", ["index.html", "la/E06000011.html"])
def test_no_horizontal_overflow(site_copy: Path, tmp_path: Path, page: str, width: int,
                                findings: dict) -> None:
    # la/E06000011 carries the sample's longest unbroken URL and quote.
    long_la = findings["authorities"][10]
    assert long_la["gss_code"] == "E06000011" and len(long_la["deliverables"]["5.1"]["pages"][0]) > 300
    m = _measure(site_copy / page, width, tmp_path / "profile", site_copy)
    assert m["inner"] == width
    assert m["scroll"] <= m["client"], f"{page} at {width}px: content {m['scroll']}px wide"
