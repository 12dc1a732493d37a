"""The report in headless Chromium at 390 px and 1280 px: no sideways overflow, no axe-core
violations, working filters and sorting, and a keyboard that reaches every map name.

Runs whenever Debian's chromium is installed (/usr/bin/chromium); it is skipped only when
chromium is absent. With chromium present, axe-core must be there too (``.ci/browser-deps``
installs both): the test fails rather than silently checking less. Chromium only loads
file:// pages of a copy of the report, with its background traffic turned off; one Chromium
start per width checks every page, which keeps the test to seconds.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reports_sample import evolve

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[2]
AXE = Path(os.environ.get("CCTV_AUDIT_AXE") or REPO / ".ci" / "node" / "node_modules" / "axe-core" / "axe.min.js")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (run .ci/browser-deps)"
)

PAGES = [
    "index.html",
    "authorities.html",
    "missing.html",
    "forces.html",
    "trend.html",
    "map.html",
    "method.html",
    "la/E06000011.html",
]

# Chromium's headless window has a minimum width, so each page is loaded in an iframe of
# exactly the width under test: its viewport, media queries included, is that wide.
PROBE = """<!DOCTYPE html><html lang="en"><head><title>probe</title></head><body style="margin:0">
<iframe id="frame" title="page under test" style="width:{width}px;height:900px;border:0"></iframe>
<pre id="results"></pre>
<script>
var pages = {pages}, axeSrc = {axe}, results = {{}}, frame = document.getElementById("frame");

function runAxe(win, doc) {{
  return new Promise(function (resolve) {{
    var s = doc.createElement("script");
    s.src = axeSrc;
    s.onload = function () {{
      win.axe.run(doc, {{resultTypes: ["violations"]}}).then(function (r) {{
        resolve(r.violations.map(function (v) {{
          return {{id: v.id, impact: v.impact,
                   nodes: v.nodes.slice(0, 3).map(function (n) {{ return n.target.join(" "); }})}};
        }}));
      }}, function (e) {{ resolve([{{id: "axe-error", nodes: [String(e)]}}]); }});
    }};
    s.onerror = function () {{ resolve([{{id: "axe-not-loaded", nodes: [axeSrc]}}]); }};
    doc.head.appendChild(s);
  }});
}}

function choose(doc, id, value) {{
  var select = doc.getElementById(id);
  select.value = value;
  select.dispatchEvent(new Event("change", {{bubbles: true}}));
}}

function visibleRows(doc, tableId) {{
  return Array.prototype.filter.call(doc.getElementById(tableId).tBodies[0].rows,
                                     function (r) {{ return !r.hidden; }});
}}

function checks(page, win, doc) {{
  var out = {{}};
  if (page === "index.html") {{
    out.minChartFont = Math.min.apply(null, Array.prototype.map.call(
      doc.querySelectorAll("svg text"), function (t) {{
        return t.getScreenCTM().a * parseFloat(t.getAttribute("font-size")); }}));
  }}
  if (page.indexOf("la/") === 0) {{
    out.actionsTop = doc.getElementById("recommendations").getBoundingClientRect().top;
  }}
  if (page === "index.html") {{
    out.mainPointsTop = doc.getElementById("point-d5_1").getBoundingClientRect().top;
  }}
  if (page === "map.html") {{
    var hexes = doc.querySelectorAll("svg a.app-hex"), focused = 0, named = 0;
    hexes.forEach(function (a) {{
      a.focus();
      if (doc.activeElement === a && a.tabIndex >= 0) {{ focused += 1; }}
      if ((a.getAttribute("aria-label") || "").indexOf(": ") > 0) {{ named += 1; }}
    }});
    out.hexes = hexes.length; out.focused = focused; out.named = named;
  }}
  if (page === "authorities.html") {{
    out.formShown = !doc.querySelector("form[data-app-filter]").hidden;
    out.sortButtons = doc.querySelectorAll("#authorities-table thead button").length;
    choose(doc, "authorities-table-verdict", "d5_5:not_met");
    choose(doc, "authorities-table-force", "Thames Valley");
    out.filtered = visibleRows(doc, "authorities-table").map(function (r) {{
      return r.querySelector("th").textContent.trim(); }});
    out.count = doc.getElementById("authorities-table-count").textContent;
    choose(doc, "authorities-table-verdict", "");
    choose(doc, "authorities-table-force", "");
    out.all = visibleRows(doc, "authorities-table").length;
    var nameButton = doc.querySelector("#authorities-table thead button[data-index='0']");
    nameButton.click();
    out.firstAfterSort = doc.getElementById("authorities-table").tBodies[0].rows[0]
      .querySelector("th").textContent.trim();
    out.sortState = nameButton.parentElement.getAttribute("aria-sort");
  }}
  if (page === "missing.html") {{
    choose(doc, "missing-table-deliverable", "5.3");
    choose(doc, "missing-table-status", "partial");
    out.filtered = visibleRows(doc, "missing-table").length;
  }}
  return out;
}}

function next(i) {{
  if (i >= pages.length) {{
    document.getElementById("results").textContent = JSON.stringify(results);
    return;
  }}
  frame.onload = function () {{
    var win = frame.contentWindow, doc = frame.contentDocument, d = doc.documentElement;
    var r = {{inner: win.innerWidth, scroll: d.scrollWidth, client: d.clientWidth}};
    try {{ r.checks = checks(pages[i], win, doc); }} catch (e) {{ r.checks = {{error: String(e)}}; }}
    runAxe(win, doc).then(function (v) {{ r.violations = v; results[pages[i]] = r; next(i + 1); }});
  }};
  frame.src = pages[i];
}}
next(0);
</script></body></html>"""


def _run_probe(site: Path, width: int, pages: list[str], profile: Path) -> dict:
    probe = site / f"probe-{width}.html"
    axe = (site / "static" / "axe.min.js").as_uri()
    probe.write_text(PROBE.format(width=width, pages=json.dumps(pages), axe=json.dumps(axe)), encoding="utf-8")
    cmd = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--allow-file-access-from-files",
        f"--user-data-dir={profile}",
        f"--window-size={width + 100},1000",
        "--virtual-time-budget=600000",
        "--dump-dom",
        probe.as_uri(),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
    found = re.search(r'<pre id="results">(.*?)</pre>', result.stdout, flags=re.S)
    assert found and found.group(1), f"no results from chromium: {result.stderr[-800:]}"
    text = found.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    return json.loads(text.replace("&amp;", "&"))


@pytest.fixture(scope="module")
def small(findings: dict) -> dict:
    """A run over 30-odd councils (every Thames Valley one, the long-URL page among them):
    the same pages as the national run, small enough for axe-core to check in seconds."""
    doc = copy.deepcopy(findings)
    doc["authorities"] = [a for i, a in enumerate(doc["authorities"]) if i < 16 or a["police_force"] == "Thames Valley"]
    return doc


@pytest.fixture(scope="module")
def site_copy(small: dict, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not AXE.is_file():
        pytest.fail(f"chromium is installed but axe-core is not at {AXE}: run .ci/browser-deps")
    from reports.build import write_report

    before = evolve(small, seed=12, run_id=6, label="2026 Q3", when="2026-08-19T08:00:00Z", share=0.2)
    site = write_report(small, tmp_path_factory.mktemp("browser") / "site", history=[before]).parent
    shutil.copy(AXE, site / "static" / "axe.min.js")
    return site


@pytest.fixture(scope="module", params=[390, 1280])
def browsed(
    request: pytest.FixtureRequest, site_copy: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[int, dict]:
    width = request.param
    return width, _run_probe(site_copy, width, PAGES, tmp_path_factory.mktemp("profile"))


def test_the_probe_detects_overflow_and_violations(site_copy: Path, tmp_path: Path) -> None:
    """A page too wide and a page with an unlabelled field must be caught, or the checks
    below prove nothing."""
    (site_copy / "bad.html").write_text(
        "<!DOCTYPE html><html><head><title>bad</title></head><body>"
        '<div style="width:2000px">x</div><input type="text"></body></html>',
        encoding="utf-8",
    )
    results = _run_probe(site_copy, 390, ["bad.html"], tmp_path / "profile")["bad.html"]
    assert results["inner"] == 390
    assert results["scroll"] > results["client"]
    ids = {v["id"] for v in results["violations"]}
    assert {"label", "html-has-lang"} <= ids


def test_no_page_overflows_sideways(browsed: tuple[int, dict]) -> None:
    width, results = browsed
    assert set(results) == set(PAGES)
    for page, r in results.items():
        assert r["inner"] == width, page
        assert r["scroll"] <= r["client"], f"{page} at {width}px: content {r['scroll']}px wide"


def test_no_axe_violations(browsed: tuple[int, dict]) -> None:
    width, results = browsed
    found = {page: r["violations"] for page, r in results.items() if r["violations"]}
    assert not found, f"axe-core at {width}px: {json.dumps(found, indent=1)[:3000]}"


def test_filters_and_sorting_work(browsed: tuple[int, dict], small: dict) -> None:
    _, results = browsed
    checks = results["authorities.html"]["checks"]
    assert "error" not in checks, checks
    expected = sorted(
        a["name"]
        for a in small["authorities"]
        if a["police_force"] == "Thames Valley" and a["deliverables"]["5.5"]["status"] == "not_met"
    )
    assert expected and sorted(checks["filtered"]) == expected
    assert checks["count"] == f"Showing {len(expected)} of {len(small['authorities'])} councils."
    assert checks["formShown"] and checks["sortButtons"] == 10
    assert checks["all"] == len(small["authorities"])
    assert checks["sortState"] == "descending"  # served ascending; one click reverses
    last = max(small["authorities"], key=lambda a: a["name"].lower())["name"]
    assert checks["firstAfterSort"] == last
    partial_53 = sum(1 for a in small["authorities"] if a["deliverables"]["5.3"]["status"] == "partial")
    assert results["missing.html"]["checks"]["filtered"] == partial_53


def test_first_screen_shows_actions_and_main_points(browsed: tuple[int, dict]) -> None:
    """A council officer sees "What to publish next", the Commissioner the first national
    figure, without scrolling (a phone screen is about 750 px tall below the browser's bar)."""
    width, results = browsed
    assert results["la/E06000011.html"]["checks"]["actionsTop"] < 700, width
    assert results["index.html"]["checks"]["mainPointsTop"] < 700, width


def test_chart_text_is_readable_on_a_phone(browsed: tuple[int, dict]) -> None:
    width, results = browsed
    assert results["index.html"]["checks"]["minChartFont"] >= 12, width


def test_keyboard_reaches_every_map_name(browsed: tuple[int, dict], small: dict) -> None:
    _, results = browsed
    checks = results["map.html"]["checks"]
    from reports.hexmap import CODE_ALIASES, layout

    on_map = sum(1 for a in small["authorities"] if CODE_ALIASES.get(a["gss_code"], a["gss_code"]) in layout())
    assert checks["hexes"] == 4 * on_map
    assert checks["focused"] == checks["hexes"] and checks["named"] == checks["hexes"]
