"""The bench's breakdowns (per criterion, per variant, needs_review on weak verdicts, the sample)
on small hand-made findings documents whose right answers are counted by hand."""

from __future__ import annotations

import copy

from benchmarks.truth_compare import BASE, criteria_scores, review_agreement, sample_codes, variant_scores

CRIT = ("purpose", "policy", "retention")


def _authority(
    code: str,
    tags: list[str],
    statuses: dict[str, str],
    criteria: dict[str, bool],
    strength: dict[str, str] | None = None,
) -> dict:
    d = {k: {"status": v} for k, v in statuses.items()}
    d["5.1"]["criteria"] = criteria
    return {
        "gss_code": code,
        "crawl": {"status": "ok"},
        "deliverables": d,
        "sim": {"tags": tags, "expected_strength": strength or {}},
    }


def _truth() -> dict:
    met = {"5.1": "met", "5.2": "not_met", "5.3": "partial", "5.5": "met"}
    return {
        "authorities": [
            _authority(
                "E1", ["sla_in_committee"], met, {"purpose": True, "policy": True, "retention": False}, {"5.5": "weak"}
            ),
            _authority(
                "E2", ["deep_cctv", "sla_in_committee"], met, {"purpose": True, "policy": False, "retention": True}
            ),
            _authority("E3", [], {**met, "5.5": "not_met"}, {"purpose": False, "policy": False, "retention": False}),
        ]
    }


def test_criteria_scores_count_each_criterion_and_pool_them() -> None:
    truth = _truth()
    found = copy.deepcopy(truth)
    found["authorities"][0]["deliverables"]["5.1"]["criteria"]["policy"] = False  # a miss (fn)
    found["authorities"][2]["deliverables"]["5.1"]["criteria"]["retention"] = True  # a false find (fp)
    s = criteria_scores(found, truth)
    assert (s["policy"]["tp"], s["policy"]["fn"], s["policy"]["recall"]) == (0, 1, 0.0)
    assert (s["retention"]["tp"], s["retention"]["fp"], s["retention"]["precision"]) == (1, 1, 0.5)
    assert s["purpose"]["f1"] == 1.0
    assert (s["all"]["tp"], s["all"]["fp"], s["all"]["fn"], s["all"]["tn"]) == (3, 1, 1, 4)


def test_variant_scores_group_by_tag_and_list_misses() -> None:
    truth = _truth()
    found = copy.deepcopy(truth)
    found["authorities"][1]["deliverables"]["5.5"]["status"] = "not_met"
    v = variant_scores(found, truth)
    assert v["sla_in_committee"]["sites"] == 2 and v["sla_in_committee"]["accuracy"]["5.5"] == 0.5
    assert v["deep_cctv"]["accuracy"]["5.5"] == 0.0 and v["deep_cctv"]["accuracy"]["5.1"] == 1.0
    assert v[BASE]["sites"] == 1 and v[BASE]["accuracy"]["5.5"] == 1.0
    assert v["deep_cctv"]["misses"] == [{"gss_code": "E2", "what": "5.5", "found": "not_met", "truth": "met"}]


def test_requests_per_variant_beside_the_oracle() -> None:
    truth = _truth()
    for a, oracle in zip(truth["authorities"], (5, 10, 4)):
        a["oracle_fetches"] = oracle
    found = copy.deepcopy(truth)
    for a, n in zip(found["authorities"], (10, 30, 20)):
        a["crawl"]["requests"] = n
    v = variant_scores(found, truth)
    committee = v["sla_in_committee"]["requests"]  # E1: 10 of 5, E2: 30 of 10
    assert (committee["median"], committee["max"], committee["oracle_ratio_median"]) == (20.0, 30.0, 2.5)
    assert v[BASE]["requests"]["oracle_ratio_median"] == 5.0


def test_review_agreement_counts_weak_verdicts_flagged_for_review() -> None:
    truth = _truth()
    found = copy.deepcopy(truth)
    assert review_agreement(found, truth) == {"weak_verdicts": 1, "flagged_needs_review": 0, "share": 0.0}
    found["authorities"][0]["deliverables"]["5.5"]["needs_review"] = True
    assert review_agreement(found, truth)["share"] == 1.0


def test_sample_spreads_over_variants_in_register_order() -> None:
    truth = _truth()
    # rarest tag first (deep_cctv: E2), then sla_in_committee (E2 taken: E1); plain sites last
    assert sample_codes(truth, 2) == ["E1", "E2"]
    assert sample_codes(truth, 10) == ["E1", "E2", "E3"]


def test_heldback_module_is_run_when_present_and_skipped_when_absent(tmp_path) -> None:
    from benchmarks.bench import run_heldback_if_present

    assert run_heldback_if_present(tmp_path / "heldback.py", tmp_path / "out", 0.1) is None
    module = tmp_path / "heldback.py"
    module.write_text(
        "def run_heldback(out_dir, latency_scale):\n"
        "    return {'accuracy': {'5.1': 1.0}, 'out': str(out_dir), 'scale': latency_scale}\n"
    )
    got = run_heldback_if_present(module, tmp_path / "out", 0.25)
    assert got == {"accuracy": {"5.1": 1.0}, "out": str(tmp_path / "out"), "scale": 0.25}
