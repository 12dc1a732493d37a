"""The report's numbers equal the document's, counted independently here."""

from __future__ import annotations

from collections import Counter

import pytest
from lxml import html as lxml_html

from analysis.forces import FORCE_AREAS

from reports import figures
from reports.model import DELIVERABLE_KEYS, normalise

DELIVS = ("5.1", "5.2", "5.3", "5.5")


def _count(doc: dict, key: str, where=lambda a: True) -> Counter:
    return Counter(a["deliverables"][key]["status"] for a in doc["authorities"] if where(a))


def test_sample_run_is_realistic(findings: dict) -> None:
    """The generator gives what the report must cope with; guards the other tests' meaning."""
    authorities = findings["authorities"]
    assert len(authorities) == 339
    assert sum(a["nation"] == "Wales" for a in authorities) == 22
    for key in DELIVS:
        assert set(_count(findings, key)) == {"met", "partial", "not_met", "unknown"}, key
    assert {a["crawl"]["status"] for a in authorities} == {"ok", "unreachable", "robots_blocked", "error"}


def test_national_tallies_equal_independent_counts(findings: dict) -> None:
    doc = normalise(findings)
    tallies = figures.national(doc)
    for key in DELIVS:
        counts = _count(findings, key)
        t = tallies[key]
        assert (t.met, t.partial, t.not_met, t.unknown) == (
            counts["met"],
            counts["partial"],
            counts["not_met"],
            counts["unknown"],
        )
        assessed = counts["met"] + counts["partial"] + counts["not_met"]
        assert t.assessed == assessed
        assert t.share == pytest.approx(counts["met"] / assessed)


def test_unknowns_are_left_out_of_the_denominator() -> None:
    doc = normalise(
        {
            "authorities": [
                {"gss_code": "E1", "deliverables": {"5.1": {"status": "met", "evidence": [{"url": "https://a/"}]}}},
                {"gss_code": "E2", "deliverables": {"5.1": {"status": "not_met"}}},
                {"gss_code": "E3", "deliverables": {"5.1": {"status": "unknown"}}},
                {"gss_code": "E4"},  # no deliverables at all: unknown
                {"gss_code": "E5", "deliverables": {"5.1": {"status": "bogus"}}},  # unknown too
            ]
        }
    )
    t = figures.national(doc)["5.1"]
    assert (t.met, t.not_met, t.unknown, t.assessed) == (1, 1, 3, 2)
    assert t.share == 0.5
    assert figures.national(normalise({"authorities": []}))["5.3"].share is None


def test_breakdowns_partition_the_national_figures(findings: dict) -> None:
    doc = normalise(findings)
    national = figures.national(doc)
    for dim in ("nation", "region", "type", "police_force"):
        rows = figures.breakdown(doc, dim)
        assert sum(r["count"] for r in rows) == 339
        for key in DELIVS:
            assert sum(r["tallies"][key].met for r in rows) == national[key].met
            assert sum(r["tallies"][key].unknown for r in rows) == national[key].unknown
    wales = {r["group"]: r for r in figures.breakdown(doc, "nation")}["Wales"]
    expected = _count(findings, "5.3", lambda a: a["nation"] == "Wales")
    assert wales["tallies"]["5.3"].met == expected["met"]
    regions = {r["group"] for r in figures.breakdown(doc, "region")}
    assert "Wales (no English region)" in regions and "London" in regions


def test_criteria_coverage_counts_assessed_las_only(findings: dict) -> None:
    rows = {r["key"]: r for r in figures.criteria_coverage(normalise(findings))}
    assert len(rows) == 19
    assessed = [a for a in findings["authorities"] if a["deliverables"]["5.1"]["status"] != "unknown"]
    for key in ("retention", "subject_access", "police_agreement"):
        expected = sum(1 for a in assessed if a["deliverables"]["5.1"]["criteria"][key])
        assert rows[key]["count"] == expected
        assert rows[key]["assessed"] == len(assessed)


def test_missing_lists_and_force_agreements(findings: dict) -> None:
    doc = normalise(findings)
    missing = figures.missing(doc)
    for key in DELIVS:
        counts = _count(findings, key)
        assert {s: len(missing[key][s]) for s in ("not_met", "partial", "unknown")} == {
            s: counts[s] for s in ("not_met", "partial", "unknown")
        }
    forces = figures.force_agreements(doc)
    met_codes = {m["authority"]["gss_code"] for f in forces for m in f["met"]}
    assert met_codes == {a["gss_code"] for a in findings["authorities"] if a["deliverables"]["5.5"]["status"] == "met"}
    # A draft agreement with a second force never lists the LA as "signed" with that force.
    for f in forces:
        for m in f["met"]:
            assert any(x["signed"] and not x["draft"] for x in m["documents"])
    by_force = {f["force"]: f for f in forces}
    # "Bedfordshire Police" in a document and "Bedfordshire" in the register are one force.
    assert set(by_force) <= set(FORCE_AREAS)
    assert len(forces) == len({a["police_force"] for a in findings["authorities"]})
    for a in findings["authorities"]:
        if a["deliverables"]["5.5"]["status"] != "met":
            continue
        written = a["deliverables"]["5.5"]["documents"][0]["force"]
        assert a["gss_code"] in {m["authority"]["gss_code"] for m in by_force[a["police_force"]]["met"]}, written
    # every council appears under its own force area exactly once
    for f in forces:
        home = [m for s in ("met", "partial", "not_met", "unknown") for m in f[s] if m["home"]]
        assert f["councils"] == len(home)
        assert {m["authority"]["police_force"] for m in home} <= {f["force"]}
    assert sum(f["councils"] for f in forces) == len(findings["authorities"])
    shares = [f["share"] for f in forces if f["share"] is not None]
    assert shares == sorted(shares, reverse=True) and [f["rank"] for f in forces] == list(range(1, len(forces) + 1))
    assert by_force["Suffolk"]["display"] == "Suffolk Constabulary"


def _cells(tree, row_id: str) -> list[str]:
    row = tree.get_element_by_id(row_id)
    return [" ".join(td.text_content().split()) for td in row.findall("td")]


def test_index_html_shows_the_documents_numbers(findings: dict, built_report) -> None:
    tree = lxml_html.parse(str(built_report)).getroot()
    for key in DELIVERABLE_KEYS:
        counts = _count(findings, key)
        cells = _cells(tree, "figure-d" + key.replace(".", "_"))
        # measure, met, partial, not met, unknown, figure, range once checked, target
        assert cells[1:5] == [
            str(counts["met"]),
            str(counts["partial"]),
            str(counts["not_met"]),
            str(counts["unknown"]),
        ]
        assessed = counts["met"] + counts["partial"] + counts["not_met"]
        share = round(100 * counts["met"] / assessed)
        assert cells[5] == f"{share}% ({counts['met']} of {assessed})"
    target_52 = _cells(tree, "figure-d5_2")[7]
    assert target_52.startswith("50%")
    text = tree.text_content()
    assert "the Biometrics and Surveillance Camera Commissioner" in text
    assert "21 November 2025" in text
    lapsed = sum(1 for a in findings["authorities"] if a["deliverables"]["5.2"]["mark_displayed"])
    assert f"{lapsed} LAs still display the certification mark" in " ".join(text.split())


def test_each_figure_gives_the_range_its_unsure_verdicts_allow() -> None:
    """Three sure met, one met on weak evidence only, one not_met after an incomplete search, one
    sure not_met, two partial, one unknown: the figure is 4/8 and could be 3/8 to 5/8."""
    strong = {"strong": ["a CCTV page of the council"], "weak": []}
    weak = {"strong": [], "weak": ["the mark's file name only"]}

    def la(code: str, status: str, **extra: object) -> dict:
        return {"gss_code": code, "deliverables": {"5.2": {"status": status, **extra}}}

    doc = normalise(
        {
            "authorities": [
                la("E1", "met", evidence_strength=strong, confidence="high"),
                la("E2", "met", evidence_strength=strong, confidence="high"),
                la("E3", "met", evidence_strength=strong, confidence="medium"),
                la("E4", "met", evidence_strength=weak, confidence="low", needs_review=True),
                la("E5", "not_met", needs_review=True, confidence="low"),
                la("E6", "not_met", confidence="high"),
                la("E7", "partial", confidence="medium"),
                # weak evidence of a partial after a complete search: unsure of partial, not of met
                la("E79", "partial", needs_review=True, confidence="low", search_effort={"complete": True}),
                la("E8", "unknown"),
            ]
        }
    )
    row = next(r for r in figures.headline(doc) if r["deliverable"].key == "5.2")
    assert row["share"] == pytest.approx(4 / 8)
    sp = row["span"]
    assert (sp.unsure_met, sp.unsure_other, sp.unsure) == (1, 1, 2)
    assert sp.low == pytest.approx(3 / 8) and sp.high == pytest.approx(5 / 8)
    assert sp.low <= row["share"] <= sp.high and not sp.exact
    assert figures.span([la("E9", "unknown")], "5.2") is None
    sure = figures.span(doc["authorities"][:3], "5.2")
    assert sure is not None and sure.exact and sure.low == sure.high == 1.0


def test_the_ranges_on_the_sample_run_agree_with_an_independent_count(findings: dict) -> None:
    doc = normalise(findings)
    for row in figures.headline(doc):
        key = row["deliverable"].key
        ds = [a["deliverables"][key] for a in findings["authorities"]]
        known = [d for d in ds if d["status"] in ("met", "partial", "not_met")]
        met = [d for d in known if d["status"] == "met"]
        weak_met = sum(
            1
            for d in met
            if d.get("needs_review")
            or d.get("confidence") == "low"
            or ((d.get("evidence_strength") or {}).get("weak") and not (d.get("evidence_strength") or {}).get("strong"))
        )
        review_other = sum(
            1
            for d in known
            if d["status"] != "met"
            and d.get("needs_review")
            and (d["status"] == "not_met" or not (d.get("search_effort") or {}).get("complete"))
        )
        sp = row["span"]
        assert sp.low == pytest.approx((len(met) - weak_met) / len(known)), key
        assert sp.high == pytest.approx((len(met) + review_other) / len(known)), key
    assert any(not r["span"].exact for r in figures.headline(doc))
