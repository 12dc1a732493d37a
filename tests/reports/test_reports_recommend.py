"""Each gap gets a concrete recommendation in docs/domain.md's terms; unknowns get none."""

from __future__ import annotations

from analysis.domain import CRITERION_KEYS
from reports.recommend import recommendations


def _la(**deliverables) -> dict:
    base = {
        "gss_code": "E06000001",
        "name": "Hartlepool Borough Council",
        "website": "https://www.hartlepool.gov.uk/",
        "police_force": "Cleveland",
        "crawl": {"status": "ok", "pages_fetched": 41, "documents_fetched": 3},
        "deliverables": {
            "5.1": {
                "status": "met",
                "score": 1.0,
                "criteria": {k: True for k in CRITERION_KEYS},
                "evidence": [{"url": "https://www.hartlepool.gov.uk/cctv", "quote": "q"}],
            },
            "5.2": {
                "status": "met",
                "level": "step2",
                "awarded": "2019",
                "mark_displayed": False,
                "evidence": [{"url": "https://x/", "quote": "q"}],
            },
            "5.3": {
                "status": "met",
                "spoc": {"role": "CCTV Manager", "email": "cctv@hartlepool.gov.uk"},
                "evidence": [{"url": "https://x/", "quote": "q"}],
            },
            "5.5": {
                "status": "met",
                "documents": [{"title": "ISA", "force": "Cleveland", "signed": True, "draft": False}],
                "evidence": [{"url": "https://x/", "quote": "q"}],
            },
        },
    }
    for key, value in deliverables.items():
        base["deliverables"][key.replace("d", "").replace("_", ".")] = value
    return base


def _by(recs: list[dict], key: str | None) -> list[dict]:
    return [r for r in recs if r["deliverable"] == key]


def test_a_fully_compliant_council_gets_nothing_to_do() -> None:
    assert recommendations(_la()) == []


def test_missing_criteria_are_named() -> None:
    recs = recommendations(
        _la(
            d5_1={
                "status": "partial",
                "criteria": {"purpose": True},
                "evidence": [{"url": "https://x/", "quote": "CCTV"}],
            }
        )
    )
    (rec,) = _by(recs, "5.1")
    assert rec["priority"] == "high"
    text = " ".join(rec["items"])
    assert "Retention period" in text and "Subject access" in text
    assert "Purpose" not in text and len(rec["items"]) == 18
    none = recommendations(_la(d5_1={"status": "not_met"}))
    assert len(_by(none, "5.1")[0]["items"]) == 19


def test_spoc_recommendations_follow_the_kind_of_gap() -> None:
    missing = _by(recommendations(_la(d5_3={"status": "not_met"})), "5.3")[0]
    assert "single point" in missing["title"].lower()
    assert any("contact route" in i for i in missing["items"])
    no_route = _by(
        recommendations(
            _la(
                d5_3={
                    "status": "partial",
                    "spoc": {"role": "Single Point of Contact"},
                    "evidence": [{"url": "https://x/", "quote": "q"}],
                }
            )
        ),
        "5.3",
    )[0]
    assert "contact route" in no_route["title"]
    undesignated = _by(
        recommendations(
            _la(
                d5_3={
                    "status": "partial",
                    "spoc": {"role": "CCTV Control Room Manager", "phone": "01429 266522"},
                    "evidence": [{"url": "https://x/", "quote": "q"}],
                }
            )
        ),
        "5.3",
    )[0]
    assert "Designate" in undesignated["title"]
    assert "CCTV Control Room Manager" in undesignated["detail"]


def test_sla_recommendation_names_the_police_force() -> None:
    rec = _by(recommendations(_la(d5_5={"status": "not_met"})), "5.5")[0]
    assert "Cleveland Police" in rec["title"]
    assert any("signed for and on behalf of the council and of the police" in i for i in rec["items"])
    draft = _by(
        recommendations(
            _la(
                d5_5={
                    "status": "partial",
                    "documents": [{"title": "SLA (DRAFT)", "draft": True, "signed": False}],
                    "evidence": [{"url": "https://x/", "quote": "q"}],
                }
            )
        ),
        "5.5",
    )[0]
    assert "draft" in draft["title"] and draft["items"] == ["SLA (DRAFT)"]
    mentioned = _by(
        recommendations(
            _la(d5_5={"status": "partial", "documents": [], "evidence": [{"url": "https://x/", "quote": "q"}]})
        ),
        "5.5",
    )[0]
    assert "mentioned but not published" in mentioned["detail"]
    met_police = recommendations({**_la(d5_5={"status": "not_met"}), "police_force": "Metropolitan Police"})
    assert "Metropolitan Police" in _by(met_police, "5.5")[0]["title"]


def test_an_agreement_whose_term_ended_asks_for_the_one_in_force() -> None:
    expired = {
        "status": "partial",
        "documents": [
            {"title": "CCTV SLA 2016-2019", "force": "Cleveland", "signed": True, "draft": False, "expired": True}
        ],
        "evidence": [{"url": "https://x/", "quote": "q"}],
    }
    rec = _by(recommendations(_la(d5_5=expired)), "5.5")[0]
    assert "now in force" in rec["title"] and rec["items"] == ["CCTV SLA 2016-2019"]
    from reports.verdicts import summary

    assert summary(_la(d5_5=expired), "5.5") == "Signed agreement published, but its term has ended."
    unsigned = {**expired, "documents": [{**expired["documents"][0], "expired": False, "signed": False}]}
    assert "now in force" not in _by(recommendations(_la(d5_5=unsigned)), "5.5")[0]["title"]


def test_a_lapsed_mark_must_come_down() -> None:
    recs = recommendations(
        _la(
            d5_2={
                "status": "met",
                "level": "step2",
                "mark_displayed": True,
                "evidence": [{"url": "https://x/", "quote": "q"}],
            }
        )
    )
    (rec,) = _by(recs, "5.2")
    assert rec["title"] == "Remove the lapsed certification mark"
    assert "21 November 2025" in rec["detail"] and rec["priority"] == "high"
    not_certified = _by(recommendations(_la(d5_2={"status": "not_met"})), "5.2")[0]
    assert "no longer be obtained" in not_certified["detail"]


def test_unknown_gets_a_crawl_note_not_a_verdict() -> None:
    la = _la(**{f"d5_{k}": {"status": "unknown"} for k in ("1", "2", "3", "5")})
    la["crawl"] = {"status": "robots_blocked", "error": "robots.txt disallows /"}
    recs = recommendations(la)
    assert [r["deliverable"] for r in recs] == [None]
    assert "robots.txt" in recs[0]["detail"]
    la["crawl"] = {"status": "unreachable", "error": "connection refused"}
    (rec,) = recommendations(la)
    assert "refused the connection" in rec["detail"] and "Nothing here counts against" in rec["detail"]


def test_recommendations_are_sorted_by_priority(findings: dict) -> None:
    order = {"high": 0, "medium": 1, "low": 2}
    for a in findings["authorities"][:80]:
        recs = recommendations(a)
        assert [order[r["priority"]] for r in recs] == sorted(order[r["priority"]] for r in recs)
        for key in ("5.1", "5.3", "5.5"):
            status = a["deliverables"][key]["status"]
            if status in ("not_met", "partial"):
                assert _by(recs, key), (a["gss_code"], key)
            if status == "unknown":
                assert not _by(recs, key)


def test_stale_wording_and_committee_papers_get_their_own_advice() -> None:
    recs = recommendations(
        _la(
            d5_1={
                "status": "met",
                "criteria": {"purpose": True},
                "stale": ["Data Protection Act 1998", "£10 fee"],
                "secondary_only": True,
                "evidence": [{"url": "https://x/", "quote": "q"}],
            }
        )
    )
    titles = [r["title"] for r in _by(recs, "5.1")]
    assert "Update out-of-date CCTV information" in titles
    assert "Publish the information on the council's own pages" in titles
    stale = next(r for r in recs if r["title"].startswith("Update"))
    assert stale["items"] == ["Data Protection Act 1998", "£10 fee"]
