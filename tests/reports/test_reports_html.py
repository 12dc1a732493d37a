"""Every written page, parsed with lxml: links, evidence, hostile input, accessibility basics."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from lxml import etree
from lxml import html as lxml_html

from reports_sample import HOSTILE_URLS, PAYLOADS

from reports.charts import STATUS_COLOURS, SERIES_COLOURS

SVG_NS = "{http://www.w3.org/2000/svg}"


def _pages(index: Path) -> dict[Path, lxml_html.HtmlElement]:
    site = index.parent
    return {p: lxml_html.parse(str(p)).getroot() for p in sorted(site.rglob("*.html"))}


@pytest.fixture(scope="module")
def pages(built_report: Path) -> dict[Path, lxml_html.HtmlElement]:
    return _pages(built_report)


def test_the_report_has_every_page(built_report: Path, findings: dict, pages) -> None:
    site = built_report.parent
    for name in (
        "index.html",
        "authorities.html",
        "missing.html",
        "forces.html",
        "trend.html",
        "map.html",
        "findings.csv",
        "findings.json",
        "changes.json",
        "static/govuk/govuk-frontend.min.css",
        "static/govuk/LICENSE.txt",
        "static/govuk/README.md",
        "static/app.css",
        "static/hexmap/LICENSE.txt",
    ):
        assert (site / name).is_file(), name
    la_pages = [p for p in pages if p.parent.name == "la"]
    assert len(la_pages) == len(findings["authorities"])


def test_no_broken_internal_links(built_report: Path, pages) -> None:
    site = built_report.parent.resolve()
    ids = {
        p.resolve(): {e.get("id") for e in tree.iter() if isinstance(e.tag, str) and e.get("id")}
        for p, tree in pages.items()
    }
    checked = 0
    for page, tree in pages.items():
        for el in tree.iter():
            if not isinstance(el.tag, str):
                continue
            for attr in ("href", "src"):
                ref = el.get(attr)
                if ref is None or el.tag == "svg":
                    continue
                parts = urlsplit(ref)
                if parts.scheme in ("http", "https"):
                    continue  # evidence links: to the councils' sites
                assert not parts.scheme and not parts.netloc, (page, ref)
                target = (page.parent / unquote(parts.path)).resolve() if parts.path else page.resolve()
                assert target.is_relative_to(site), (page, ref)
                assert target.exists(), (page.name, ref)
                if parts.fragment and target.suffix == ".html":
                    assert parts.fragment in ids[target], (page.name, ref)
                checked += 1
    assert checked > 5000


def test_every_met_or_partial_shows_its_evidence(findings: dict, built_report: Path) -> None:
    site = built_report.parent
    for a in findings["authorities"]:
        tree = lxml_html.parse(str(site / "la" / f"{a['gss_code']}.html")).getroot()
        for key, d in a["deliverables"].items():
            heading = tree.get_element_by_id("d" + key.replace(".", "_"))
            section_text = []
            for sib in heading.itersiblings():
                if sib.tag == "h2":
                    break
                section_text.append(sib)
            if d["status"] in ("met", "partial"):
                assert d["evidence"], (a["gss_code"], key)  # the sample honours CONTRACT
                lists = [e for s in section_text for e in s.iter("ul") if "app-evidence" in (e.get("class") or "")]
                assert lists, (a["gss_code"], key)
                items = lists[0].findall("li")
                assert len(items) == len(d["evidence"])
                for li, ev in zip(items, d["evidence"]):
                    text = li.text_content()
                    assert ev["url"].strip() in text or ev["url"] in text
                    if ev["quote"]:
                        assert " ".join(ev["quote"].split()) in " ".join(text.split())


def _all_text(pages) -> str:
    return "\n".join(" ".join(t.text_content().split()) for t in pages.values())


def test_hostile_strings_are_inert_and_shown_literally(pages) -> None:
    allowed_tags_with_src = set()
    for page, tree in pages.items():
        assert not tree.xpath("//iframe | //object | //embed | //img | //textarea"), page
        if page.parent.name == "disclosure":
            # the publishable template: one JSON-LD data block, no code, no closing tag in it
            (data,) = tree.iter("script")
            assert data.get("type") == "application/ld+json" and not data.get("src")
            assert "</" not in data.text and json.loads(data.text)["@type"]
            assert len(tree.xpath("//style")) == 1
            continue
        # scripts: only the three vendored, local files, never inline code
        root = "../" if page.parent.name == "la" else ""
        assert [s.get("src") for s in tree.iter("script")] == [
            f"{root}static/govuk/govuk-frontend.bundle.js",
            f"{root}static/moj/sortable-table.bundle.js",
            f"{root}static/app.js",
        ], page
        assert all(not (s.text or "").strip() for s in tree.iter("script")), page
        assert len(tree.xpath("//style")) == 0, page  # site pages link their CSS
        for el in tree.iter():
            if not isinstance(el.tag, str):
                continue
            for name, value in el.attrib.items():
                assert not name.lower().startswith("on"), (page, el.tag, name)
                if name in ("href", "src", "action", "formaction", "xlink:href"):
                    scheme = urlsplit(value.strip()).scheme.lower()
                    assert scheme in ("", "http", "https"), (page, value)
                    allowed_tags_with_src.add(el.tag)
    assert allowed_tags_with_src <= {"a", "link", "script", "form"}
    text = _all_text(pages)
    for payload in PAYLOADS:
        literal = " ".join(payload.split())
        assert literal in text, payload
    # evaluated, the template payload would read "49 jinja"
    assert "{{ 7*7 }} {% if true %}jinja{% endif %}" in text and "49 jinja" not in text
    for bad in HOSTILE_URLS:
        if not bad.startswith("http"):
            # shown, but only as text
            assert " ".join(bad.split()) in text, bad
    hrefs = {a.get("href") for t in pages.values() for a in t.iter("a")}
    assert not [h for h in hrefs if h and "javascript" in h.lower()]
    # The quote-breaking URL stays inside its attribute, escaped.
    attr_url = 'https://www.example.gov.uk/cctv"onmouseover="alert(13)'
    assert attr_url in hrefs


def test_no_request_leaves_the_report(built_report: Path, pages) -> None:
    for page, tree in pages.items():
        for link in tree.iter("link"):
            assert not urlsplit(link.get("href")).scheme, (page, link.get("href"))
    for css in (built_report.parent / "static").rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        assert "url(" not in text and "@import" not in text and "GDS Transport" not in text


def test_headings_are_in_order_and_tables_have_headers(pages) -> None:
    for page, tree in pages.items():
        assert tree.get("lang") == "en-GB"
        skip = tree.xpath("//a[contains(@class, 'govuk-skip-link')]")
        assert skip and skip[0].get("href") == "#main-content"
        assert tree.get_element_by_id("main-content").tag == "main"
        levels = [int(h.tag[1]) for h in tree.iter("h1", "h2", "h3", "h4", "h5", "h6")]
        assert levels[0] == 1 and levels.count(1) == 1, page
        for before, after in zip(levels, levels[1:]):
            assert after <= before + 1, (page, levels)
        for table in tree.iter("table"):
            assert table.find("caption") is not None and table.find("caption").text_content().strip()
            assert all(th.get("scope") in ("col", "row") for th in table.iter("th")), page
            assert table.find("thead") is not None
        ids = [e.get("id") for e in tree.iter() if isinstance(e.tag, str) and e.get("id")]
        assert len(ids) == len(set(ids)), page
        title = tree.find(".//title")
        assert title is not None and title.text_content().strip()


def test_charts_have_text_alternatives_and_tables(pages, built_report: Path) -> None:
    index = pages[built_report]
    svgs = index.xpath("//*[local-name()='svg']")
    assert len(svgs) == 3  # national, criteria coverage, trend
    for svg in svgs:
        assert svg.get("role") == "img"
        title_id, desc_id = svg.get("aria-labelledby").split()
        title = svg.xpath(f".//*[@id='{title_id}']")[0].text_content()
        desc = svg.xpath(f".//*[@id='{desc_id}']")[0].text_content()
        assert title and re.search(r"\d+%", desc), desc
        assert not svg.get("width")  # scales with its container
    national_desc = svgs[0].xpath(".//*[local-name()='desc']")[0].text_content()
    assert "unknown, excluded" in national_desc
    maps = pages[built_report.parent / "map.html"].xpath("//*[local-name()='svg'][@role]")
    assert len(maps) == 4
    # a group of named links, not one image: keyboard and touch reach every council
    assert all(m.get("role") == "group" and m.xpath(".//*[local-name()='desc']") for m in maps)
    swatches = pages[built_report.parent / "map.html"].xpath("//*[local-name()='svg'][not(@role)]")
    assert swatches and all(s.get("aria-hidden") == "true" for s in swatches)


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def test_chart_colours_contrast_with_the_page() -> None:
    white = _luminance("#ffffff")
    for colour in [*STATUS_COLOURS.values(), *SERIES_COLOURS]:
        ratio = (white + 0.05) / (_luminance(colour) + 0.05)
        assert ratio >= 3.0, (colour, ratio)  # WCAG 1.4.11 non-text contrast


def test_failed_crawl_says_so_and_why_in_plain_words(findings: dict, built_report: Path) -> None:
    failed = next(
        a
        for a in findings["authorities"]
        if a["crawl"]["status"] == "unreachable" and "refused" in (a["crawl"]["error"] or "")
    )
    tree = lxml_html.parse(str(built_report.parent / "la" / f"{failed['gss_code']}.html")).getroot()
    warning = " ".join(tree.get_element_by_id("crawl-failed").text_content().split())
    assert "could not read all of this site" in warning
    assert "The site refused the connection." in warning
    assert "not counted against the council" in warning
    page_text = " ".join(tree.text_content().split())
    # the technical detail stays in findings.json, never on the council's page
    assert failed["crawl"]["error"] not in page_text
    assert not any(sample in page_text for sample in failed["crawl"]["error_samples"])
    assert "Not assessed: the site could not be read" in page_text
    assert "No agreement document was found" not in page_text
    ok = next(a for a in findings["authorities"] if a["crawl"]["status"] == "ok")
    tree = lxml_html.parse(str(built_report.parent / "la" / f"{ok['gss_code']}.html")).getroot()
    assert not tree.xpath("//*[@id='crawl-failed']")
    looked = " ".join(" ".join(tree.get_element_by_id("where-we-looked").getnext().itertext()).split())
    pages = ok["crawl"]["pages_fetched"]
    assert looked.startswith(f"The audit read {pages} page{'' if pages == 1 else 's'} and ")


def test_crawl_errors_are_explained_in_plain_words() -> None:
    from reports.model import explain_error

    raw = (
        "DownloadFailedError: [<twisted.python.failure.Failure "
        "twisted.internet.error.ConnectionDone: Connection was closed cleanly.>]"
    )
    assert explain_error({"status": "error", "error": raw}) == ("The site closed the connection before sending a page.")
    assert "domain name" in explain_error({"status": "unreachable", "error": "DNSLookupError: no such host"})
    assert "robots.txt" in explain_error({"status": "robots_blocked", "error": None})
    assert explain_error({"status": "ok", "error": None}) is None


def test_xml_well_formed_svg(pages, built_report: Path) -> None:
    """Inline SVG is also valid XML, so it can be cut out and reused as an image file."""
    raw = (built_report.parent / "map.html").read_text(encoding="utf-8")
    for chunk in re.findall(r"<svg.*?</svg>", raw, flags=re.S):
        etree.fromstring(chunk.encode("utf-8"))


def test_la_page_shows_what_each_quote_evidences(findings: dict, built_report: Path) -> None:
    la = next(
        a
        for a in findings["authorities"]
        if any(e.get("criteria") for e in a["deliverables"]["5.1"]["evidence"])
        and a["deliverables"]["5.1"].get("stale")
        and a["deliverables"]["5.1"]["foi_responses"]
    )
    tree = lxml_html.parse(str(built_report.parent / "la" / f"{la['gss_code']}.html")).getroot()
    text = " ".join(tree.text_content().split())
    key = next(e for e in la["deliverables"]["5.1"]["evidence"] if e.get("criteria"))["criteria"][0]
    from reports.model import CRITERION_LABELS

    assert f"Shows: {CRITERION_LABELS[key]}" in text
    assert "Out-of-date wording found: “Data Protection Act 1998”" in text
    assert la["deliverables"]["5.1"]["foi_responses"][0] in text
    assert "Update out-of-date CCTV information" in text


def _text(tree) -> str:
    return " ".join(tree.text_content().split())


def test_council_page_starts_with_what_to_publish(findings: dict, built_report: Path) -> None:
    la = next(
        a
        for a in findings["authorities"]
        if a["crawl"]["status"] == "ok" and a["deliverables"]["5.5"]["status"] == "not_met"
    )
    tree = lxml_html.parse(str(built_report.parent / "la" / f"{la['gss_code']}.html")).getroot()
    headings = [h.get("id") for h in tree.iter("h2")]
    assert headings[:2] == ["recommendations", "scorecard"]
    assert headings.index("evidence") < headings.index("where-we-looked") < headings.index("reply")
    hrefs = {a.get("href") for a in tree.iter("a")}
    assert "https://www.gov.uk/government/publications/framework-service-level-agreement" in hrefs
    text = _text(tree)
    assert "Model wording you can adapt" in text
    assert "have signed a service level agreement" in text


def test_weak_met_is_not_plain_green_and_review_is_marked(findings: dict, built_report: Path) -> None:
    la = next(
        a
        for a in findings["authorities"]
        if a["deliverables"]["5.2"].get("needs_review") and a["deliverables"]["5.2"]["status"] == "met"
    )
    tree = lxml_html.parse(str(built_report.parent / "la" / f"{la['gss_code']}.html")).getroot()
    cell = tree.get_element_by_id("verdict-d5_2").findall("td")
    tags = cell[0].findall(".//strong")
    assert "app-tag--weak" in tags[0].get("class") and tags[0].text == "Met, weak evidence"
    assert tags[1].text == "Needs review"
    assert cell[1].text_content() == "Low confidence"
    assert "Weak evidence: image file name only" in _text(tree)
    sure = next(
        a
        for a in findings["authorities"]
        if a["deliverables"]["5.1"].get("confidence") == "high" and a["deliverables"]["5.1"]["status"] == "met"
    )
    tree = lxml_html.parse(str(built_report.parent / "la" / f"{sure['gss_code']}.html")).getroot()
    tag = tree.get_element_by_id("verdict-d5_1").find("td").find("strong")
    assert tag.get("class") == "govuk-tag govuk-tag--green" and tag.text == "Met"
    old_run = next(
        a
        for i, a in enumerate(findings["authorities"])
        if "confidence" not in a["deliverables"]["5.1"] and a["crawl"]["status"] == "ok"
    )
    tree = lxml_html.parse(str(built_report.parent / "la" / f"{old_run['gss_code']}.html")).getroot()
    assert tree.get_element_by_id("verdict-d5_1").findall("td")[1].text_content() == ("Confidence not recorded")
    assert "did not record the searches" in _text(tree)


def test_council_page_gives_the_previous_status(findings: dict, history: list[dict], built_report: Path) -> None:
    prev = {a["gss_code"]: a for a in history[-1]["authorities"]}
    la = next(
        a
        for a in findings["authorities"]
        if prev[a["gss_code"]]["deliverables"]["5.3"]["status"] != a["deliverables"]["5.3"]["status"]
    )
    tree = lxml_html.parse(str(built_report.parent / "la" / f"{la['gss_code']}.html")).getroot()
    cells = [c.text_content() for c in tree.get_element_by_id("verdict-d5_3").findall("td")]
    labels = {"met": "Met", "partial": "Partial", "not_met": "Not met", "unknown": "Unknown"}
    assert cells[2] == labels[prev[la["gss_code"]]["deliverables"]["5.3"]["status"]]
    assert "The previous audit is 2026 Q3" in _text(tree)


def test_national_page_leads_with_each_target_coverage_and_downloads(findings: dict, built_report: Path) -> None:
    tree = lxml_html.parse(str(built_report)).getroot()
    first_h2 = next(tree.iter("h2"))
    assert first_h2.get("id") == "main-points"
    statuses = [a["deliverables"]["5.3"]["status"] for a in findings["authorities"]]
    assessed = len(statuses) - statuses.count("unknown")
    share = round(100 * statuses.count("met") / assessed)
    point = " ".join(tree.get_element_by_id("point-d5_3").text_content().split())
    assert point.startswith(f"5.3 SPOC published: {share}% against a target of 100%")
    assert "percentage points since the previous audit" in point
    sure_met = sum(
        1
        for a in findings["authorities"]
        if a["deliverables"]["5.3"]["status"] == "met"
        and not (a["deliverables"]["5.3"].get("needs_review") or a["deliverables"]["5.3"].get("confidence") == "low")
        and not (
            (a["deliverables"]["5.3"].get("evidence_strength") or {}).get("weak")
            and not (a["deliverables"]["5.3"].get("evidence_strength") or {}).get("strong")
        )
    )
    could_be_met = statuses.count("met") + sum(
        1
        for a in findings["authorities"]
        if a["deliverables"]["5.3"].get("needs_review")
        and (
            a["deliverables"]["5.3"]["status"] == "not_met"
            or (
                a["deliverables"]["5.3"]["status"] == "partial"
                and not (a["deliverables"]["5.3"].get("search_effort") or {}).get("complete")
            )
        )
    )
    if sure_met != could_be_met:
        assert f"Between {round(100 * sure_met / assessed)}% and {round(100 * could_be_met / assessed)}%" in point
    row = " ".join(tree.get_element_by_id("figure-d5_3").text_content().split())
    assert f"{round(100 * sure_met / assessed)}% to {round(100 * could_be_met / assessed)}%" in row
    text = _text(tree)
    read = sum(1 for a in findings["authorities"] if a["crawl"]["status"] == "ok")
    assert f"Coverage: {read} of 339 council websites read" in text
    size = (built_report.parent / "findings.csv").stat().st_size
    assert f"findings.csv (CSV, {round(size / 1024)} KB)" in text
    assert tree.xpath("//nav[@aria-labelledby='contents-title']//a[@href='#downloads']")
