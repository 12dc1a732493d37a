"""assess/settled on hand-built PageAnalysis lists: every status, the unknown rule, twins."""

from __future__ import annotations

import pytest

from analysis.assess import MET_CRITERIA_THRESHOLD, assess, settled
from analysis.page import Finding, PageAnalysis
from analysis.vocab import CRITERIA_KEYS

S = "https://www.anytown.gov.uk"
T = "2026-11-28T09:00:00Z"


def page(
    path: str,
    *,
    info: bool = False,
    criteria: tuple[str, ...] = (),
    findings: list[Finding] | None = None,
    decoy: str | None = None,
    cert: dict | None = None,
    spoc: dict | None = None,
    sla: list[dict] | None = None,
    lang: str | None = None,
    alternates: dict | None = None,
    no_text_layer: bool = False,
    error: str | None = None,
    secondary: bool = False,
) -> PageAnalysis:
    fs = list(findings or [])
    if info:
        fs.insert(0, Finding("cctv_info", "5.1", f"The council operates CCTV ({path}).", {}))
        fs += [Finding("criterion", "5.1", f"words for {k} on {path}", {"criterion": k}) for k in criteria]
    return PageAnalysis(
        url=S + path,
        kind="html",
        title=path,
        signals={
            "cctv_info": info,
            "spoc": any(f.type == "spoc" for f in fs),
            "certification": cert is not None,
            "sla": any(f.type == "sla" for f in fs),
        },
        criteria={k: k in criteria for k in CRITERIA_KEYS} if info else {},
        spoc=spoc,
        certification=cert,
        sla=sla or [],
        findings=fs,
        decoy=decoy,
        no_text_layer=no_text_layer,
        fetched_at=T,
        lang=lang,
        alternates=alternates or {},
        error=error,
        secondary=secondary,
    )


def spoc_finding(route: bool, role: str | None = "Community Safety Manager") -> Finding:
    return Finding(
        "spoc",
        "5.3",
        f"The {role} is the single point of contact for surveillance cameras.",
        {
            "name": None,
            "role": role,
            "email": "cctv@anytown.gov.uk" if route else None,
            "phone": None,
            "contact_route": route,
        },
    )


def sla_finding(signed: bool, force: str | None = "Devon and Cornwall Police", draft: bool = False) -> Finding:
    return Finding(
        "sla",
        "5.5",
        "Information Sharing Agreement",
        {
            "title": "Information Sharing Agreement",
            "force": force,
            "signed": signed,
            "draft": draft,
            "date": "2022-04-12",
            "url": S + "/isa.pdf",
            "kind": "document",
            "signature_quote": "Signed for and on behalf of Devon and Cornwall Police" if signed else None,
        },
    )


def assert_contract_shape(result: dict) -> None:
    assert set(result) == {"5.1", "5.2", "5.3", "5.5"}
    assert {"status", "score", "pages", "criteria", "evidence"} <= set(result["5.1"])
    assert set(result["5.1"]["criteria"]) == set(CRITERIA_KEYS)
    assert all(isinstance(v, bool) for v in result["5.1"]["criteria"].values())
    assert {"status", "level", "awarded", "mark_displayed", "evidence"} <= set(result["5.2"])
    assert {"status", "spoc", "evidence"} <= set(result["5.3"])
    assert {"status", "documents", "evidence"} <= set(result["5.5"])
    for d in result.values():
        assert d["status"] in ("met", "partial", "not_met", "unknown")
        if d["status"] in ("met", "partial"):
            assert d["evidence"], d
            for e in d["evidence"]:
                assert e["url"].startswith("https://") and e["quote"] and e["fetched_at"] == T


def test_everything_met():
    pages = [
        page(
            "/cctv",
            info=True,
            criteria=("purpose", "retention", "cameras", "operator", "policy", "signage"),
            cert={"level": "step2", "awarded": "2019-05", "mark_displayed": True},
            findings=[
                Finding(
                    "certification",
                    "5.2",
                    "awarded full certification in May 2019",
                    {"level": "step2", "awarded": "2019-05", "mark_displayed": True},
                ),
                spoc_finding(True),
            ],
        ),
        page("/isa.pdf", findings=[sla_finding(True)]),
    ]
    r = assess(pages, "ok")
    assert_contract_shape(r)
    assert [r[k]["status"] for k in ("5.1", "5.2", "5.3", "5.5")] == ["met"] * 4
    assert r["5.1"]["score"] == round(8 / 19, 3)  # + responsible_officer and police_agreement
    assert {k: r["5.2"][k] for k in ("status", "level", "awarded", "mark_displayed")} == {
        "status": "met",
        "level": "step2",
        "awarded": "2019-05",
        "mark_displayed": True,
    }
    assert all(r[k]["confidence"] == "high" and r[k]["needs_review"] is False for k in r), r
    assert r["5.3"]["spoc"]["email"] == "cctv@anytown.gov.uk"
    assert r["5.5"]["documents"][0]["signed"] is True
    assert settled(pages)


def test_partials():
    pages = [page("/cctv", info=True, findings=[spoc_finding(False)]), page("/isa.pdf", findings=[sla_finding(False)])]
    r = assess(pages, "ok")
    assert_contract_shape(r)
    assert r["5.3"]["status"] == "partial" and r["5.5"]["status"] == "partial"
    # the SPOC and the agreement found elsewhere on the site count as 5.1 criteria too
    assert [k for k, v in r["5.1"]["criteria"].items() if v] == ["responsible_officer", "police_agreement"]
    assert r["5.1"]["status"] == "partial"
    assert not settled(pages)


def test_partial_51_below_threshold():
    r = assess([page("/cctv", info=True, criteria=("purpose",))], "ok")
    assert r["5.1"]["status"] == "partial" and r["5.1"]["score"] == round(1 / 19, 3)
    r = assess([page("/cctv", info=True, criteria=("purpose", "retention", "cameras")[:MET_CRITERIA_THRESHOLD])], "ok")
    assert r["5.1"]["status"] == "met"


def test_criteria_combine_across_pages_and_documents():
    pages = [
        page("/cctv", info=True, criteria=("purpose",)),
        page("/cctv-code.pdf", info=True, criteria=("retention", "policy")),
    ]
    r = assess(pages, "ok")
    assert r["5.1"]["status"] == "met"
    assert r["5.1"]["pages"] == [S + "/cctv-code.pdf", S + "/cctv"]
    assert {c for e in r["5.1"]["evidence"] for c in e.get("criteria", [])} == {"purpose", "retention", "policy"}


def test_nothing_found_is_not_met():
    r = assess([page("/"), page("/bins")], "ok")
    assert_contract_shape(r)
    assert all(r[k]["status"] == "not_met" for k in r)
    assert r["5.1"]["score"] == 0.0 and r["5.3"]["spoc"] is None and r["5.5"]["documents"] == []


@pytest.mark.parametrize("status", ["unreachable", "robots_blocked", "error"])
def test_site_not_read_is_unknown(status):
    for analyses in ([], [page("/", error="empty page")]):
        r = assess(analyses, status)
        assert all(r[k]["status"] == "unknown" for k in r), r
        assert all(r[k]["evidence"] == [] for k in r)


def test_no_page_read_is_unknown_even_when_the_crawl_says_ok():
    assert all(v["status"] == "unknown" for v in assess([], "ok").values())


def test_partly_read_site_keeps_what_was_found_and_never_says_not_met():
    r = assess([page("/cctv", info=True, criteria=("purpose", "retention", "cameras"))], "error")
    assert r["5.1"]["status"] == "met"
    assert r["5.2"]["status"] == r["5.3"]["status"] == r["5.5"]["status"] == "unknown"


def test_decoys_contribute_nothing():
    decoy = page(
        "/jobs/cctv-operator",
        decoy="job advert",
        findings=[Finding("decoy", None, "CCTV Operator", {"reason": "job advert"})],
    )
    # even if a detector left signals on it, a decoy page is ignored
    decoy.signals["cctv_info"] = True
    decoy.criteria = {k: True for k in CRITERIA_KEYS}
    decoy.findings.append(spoc_finding(True))
    r = assess([decoy], "ok")
    assert all(r[k]["status"] == "not_met" for k in r)


def test_welsh_twin_is_the_same_disclosure():
    en = page(
        "/en/cctv",
        info=True,
        criteria=("purpose", "retention", "cameras"),
        alternates={"cy": S + "/cy/teledu-cylch-cyfyng"},
    )
    cy = page(
        "/cy/teledu-cylch-cyfyng",
        info=True,
        criteria=("purpose", "retention", "cameras"),
        lang="cy",
        alternates={"en": S + "/en/cctv"},
    )
    r = assess([cy, en], "ok")
    assert r["5.1"]["pages"] == [S + "/en/cctv"]
    assert {e["url"] for e in r["5.1"]["evidence"]} == {S + "/en/cctv"}
    # twins by path alone (no hreflang): /cy/cctv and /cctv
    r2 = assess(
        [
            page("/cy/cctv", info=True, criteria=("purpose",), lang="cy"),
            page("/cctv", info=True, criteria=("purpose",)),
        ],
        "ok",
    )
    assert r2["5.1"]["pages"] == [S + "/cctv"]


def test_5_3_met_needs_a_route_and_cctv_contact_is_partial():
    contact = Finding(
        "cctv_contact",
        "5.3",
        "contact the CCTV Manager on 01632 960789",
        {"name": None, "role": "CCTV Manager", "email": None, "phone": "01632 960789"},
    )
    r = assess([page("/cctv", info=True, findings=[contact])], "ok")
    assert r["5.3"]["status"] == "partial"
    assert r["5.3"]["spoc"] == {"name": None, "role": "CCTV Manager", "email": None, "phone": "01632 960789"}
    r = assess([page("/cctv", info=True, findings=[contact, spoc_finding(True)])], "ok")
    assert r["5.3"]["status"] == "met" and r["5.3"]["spoc"]["role"] == "Community Safety Manager"


@pytest.mark.parametrize(
    "finding,status",
    [
        (sla_finding(True), "met"),
        (sla_finding(True, force=None), "partial"),
        (sla_finding(True, draft=True), "partial"),
        (sla_finding(False), "partial"),
        (
            Finding(
                "sla_mention",
                "5.5",
                "covered by an information sharing agreement with Kent Police",
                {"title": "information sharing agreement", "force": "Kent Police", "kind": "mention"},
            ),
            "partial",
        ),
    ],
)
def test_5_5_statuses(finding, status):
    assert assess([page("/cctv", findings=[finding])], "ok")["5.5"]["status"] == status


def test_image_only_documents_are_listed_unreadable_not_absent():
    scan = page("/downloads/signed-isa.pdf", no_text_layer=True)
    r = assess([page("/cctv", info=True, criteria=("purpose",)), scan], "ok")
    assert r["5.5"]["unreadable"] == [S + "/downloads/signed-isa.pdf"]


def test_foi_and_secondary_evidence_are_flagged():
    foi = page(
        "/foi/disclosure-log/123",
        decoy="FOI response",
        findings=[Finding("foi_response", "5.1", "Response: 86 cameras", {})],
    )
    committee = page(
        "/documents/s123/report.pdf", info=True, criteria=("annual_review", "statistics", "cameras"), secondary=True
    )
    r = assess([foi, committee], "ok")
    # a report to members shows the council has CCTV, not that it publishes its information: not met, the papers kept
    # as secondary evidence, and their criteria do not count
    assert r["5.1"]["status"] == "not_met" and r["5.1"]["secondary_only"] is True
    assert not any(r["5.1"]["criteria"].values())
    assert r["5.1"]["foi_responses"] == [S + "/foi/disclosure-log/123"]
    assert all(e.get("secondary") for e in r["5.1"]["evidence"])
    own = page("/cctv", info=True, criteria=("purpose", "retention"))
    r = assess([own, committee], "ok")
    assert r["5.1"]["status"] == "partial" and r["5.1"]["secondary_only"] is False
    assert not r["5.1"]["criteria"]["statistics"], "the committee paper's criteria stay out of the count"


def test_settled_needs_confidence_everywhere():
    base = page(
        "/cctv",
        info=True,
        criteria=("purpose", "retention", "cameras", "operator", "policy", "signage"),
        cert={"level": None, "awarded": None, "mark_displayed": True},
        findings=[Finding("certification", "5.2", "sc-code-mark.png", {"mark": True}), spoc_finding(True)],
    )
    isa = page("/isa.pdf", findings=[sla_finding(True)])
    assert not settled([base, isa])  # 5.2 level unknown: a later page may state it
    assert not settled([])
    base.certification["level"] = "step1"
    assert settled([base, isa])


def test_round_trip_through_dict():
    p = page("/cctv", info=True, criteria=("purpose",), findings=[spoc_finding(True)])
    q = PageAnalysis.from_dict(p.to_dict() | {"future_field": 1})
    assert q == p


# ---------------------------------------------------------------- confidence (issue 10)

COMPLETE = {
    "complete": True,
    "steps": [{"method": "site_search", "target": "information sharing agreement", "outcome": "searched"}],
    "pages_read": [S + "/", S + "/cctv"],
}


def test_every_verdict_carries_confidence_fields():
    for analyses, status in (([page("/cctv", info=True, criteria=("purpose",))], "ok"), ([], "unreachable")):
        for d in assess(analyses, status).values():
            assert d["confidence"] in ("high", "medium", "low")
            assert isinstance(d["needs_review"], bool)
            assert set(d["evidence_strength"]) == {"strong", "weak"}
            assert set(d["search_effort"]) == {"complete", "steps", "pages_read"}


def test_not_met_after_a_complete_search_is_confident_and_says_where_it_looked():
    r = assess(
        [page("/"), page("/cctv", info=True, criteria=("purpose", "retention", "cameras"))], "ok", {"5.5": COMPLETE}
    )
    d = r["5.5"]
    assert d["status"] == "not_met" and d["confidence"] == "high" and d["needs_review"] is False
    assert d["search_effort"]["pages_read"] == [S + "/", S + "/cctv"]
    assert d["evidence_strength"]["strong"] and not d["evidence_strength"]["weak"]


def test_not_met_after_an_incomplete_search_needs_review():
    incomplete = dict(COMPLETE, complete=False)
    for efforts in ({"5.5": incomplete}, None):
        d = assess([page("/")], "ok", efforts)["5.5"]
        assert d["status"] == "not_met", "the status keeps its meaning"
        assert d["confidence"] == "low" and d["needs_review"] is True
        assert any("search not complete" in w for w in d["evidence_strength"]["weak"])


def test_not_met_found_by_browsing_alone_is_medium_and_reviewed():
    browsing = {
        "complete": True,
        "steps": [
            {"method": "section", "target": S + "/policies", "outcome": "searched"},
            {"method": "site_search", "target": "CCTV", "outcome": "unavailable"},
        ],
        "pages_read": [],
    }
    d = assess([page("/")], "ok", {"5.5": browsing})["5.5"]
    assert d["confidence"] == "medium" and d["needs_review"] is True
    assert any("browsing alone" in w for w in d["evidence_strength"]["weak"])


def test_certification_resting_on_an_image_name_needs_review():
    mark = page(
        "/cctv",
        info=True,
        criteria=("purpose", "retention", "cameras"),
        cert={"level": None, "awarded": None, "mark_displayed": True},
        findings=[Finding("certification", "5.2", "sc-certification-mark.png", {"mark": True})],
    )
    d = assess([mark], "ok")["5.2"]
    assert d["status"] == "met" and d["needs_review"] is True and d["confidence"] == "low"
    assert d["evidence_strength"]["weak"] == ["certification mark image only (alt text or file name)"]


def test_detector_marked_weak_findings_lower_confidence():
    weak = Finding(
        "cctv_info",
        "5.1",
        "Anytown Council has CCTV, a supplier says.",
        {"strength": "weak", "why": "third-party claim"},
    )
    pa = page("/cctv", info=True, criteria=("purpose", "retention", "cameras"))
    pa.findings = [weak] + [f for f in pa.findings if f.type != "cctv_info"]
    d = assess([pa], "ok")["5.1"]
    assert d["status"] == "met"
    assert "third-party claim" in d["evidence_strength"]["weak"]


def test_secondary_only_51_and_contact_only_53_and_mention_only_55_are_weak():
    mention = Finding("sla_mention", "5.5", "We share footage with the police under an agreement.", {"force": None})
    contact = Finding(
        "cctv_contact",
        "5.3",
        "Call the CCTV control room on 01234 567890.",
        {"name": None, "role": "CCTV control room", "email": None, "phone": "01234 567890"},
    )
    pa = page(
        "/meetings/item-5.pdf",
        info=True,
        criteria=("purpose", "retention", "cameras"),
        secondary=True,
        findings=[mention, contact],
    )
    r = assess([pa], "ok")
    assert r["5.1"]["status"] == "not_met" and r["5.1"]["needs_review"] is True
    assert r["5.1"]["evidence"] and all(e.get("secondary") for e in r["5.1"]["evidence"])
    assert (
        "only committee papers or other secondary documents speak of the council's cameras"
        in r["5.1"]["evidence_strength"]["weak"]
    )
    assert r["5.3"]["status"] == "partial" and r["5.3"]["needs_review"] is True
    assert r["5.3"]["evidence_strength"]["weak"] == ["a CCTV contact not designated as the single point of contact"]
    assert r["5.5"]["status"] == "partial" and r["5.5"]["evidence_strength"]["weak"] == [
        "mention of an agreement, no document"
    ]


def test_unknown_is_low_confidence_without_review():
    d = assess([], "unreachable")["5.1"]
    assert d["status"] == "unknown" and d["confidence"] == "low" and d["needs_review"] is False


def test_an_agreement_seen_only_in_committee_papers_makes_55_not_the_51_criterion():
    """Held-back webs 35, 36 and 38 label a signed agreement published only as a cabinet appendix as 5.5 met, but
    not as the council's published CCTV information's `police_agreement` (committee papers never count for 5.1)."""
    own = page("/cctv", info=True, criteria=("purpose", "retention", "cameras"))
    appendix = page(
        "/documents/s88/appendix-isa.pdf", findings=[sla_finding(True, force="Devon & Cornwall")], secondary=True
    )
    r = assess([own, appendix], "ok")
    assert r["5.5"]["status"] == "met"
    assert r["5.1"]["criteria"]["police_agreement"] is False
    on_site = page("/policies/isa.pdf", findings=[sla_finding(True, force="Devon & Cornwall")])
    r = assess([own, on_site], "ok")
    assert r["5.5"]["status"] == "met" and r["5.1"]["criteria"]["police_agreement"] is True


def test_one_sentence_and_a_contact_line_is_a_mention_not_a_disclosure():
    """Held-back web 61's Rossendale: one sentence naming the cameras' towns and who watches them, and a line giving a
    number for questions about them, is three criteria but one statement: partial, not met."""
    said = "Cameras in three town centres are watched from the CCTV hub a neighbouring council runs."
    line = "Questions about the town centre cameras: 01632 960 418"
    findings = [
        Finding("cctv_info", "5.1", said, {}),
        Finding("criterion", "5.1", said, {"criterion": "operator"}),
        Finding("criterion", "5.1", said, {"criterion": "cameras"}),
        Finding("criterion", "5.1", line, {"criterion": "complaints"}),
    ]
    mention = page("/community-safety", info=True, criteria=("operator", "cameras", "complaints"), findings=findings)
    mention.findings = findings
    assert assess([mention], "ok")["5.1"]["status"] == "partial"
    kept = "Recordings are kept for 31 days."
    more = page("/community-safety", info=True, criteria=("operator", "cameras", "complaints", "retention"))
    more.findings = [*findings, Finding("criterion", "5.1", kept, {"criterion": "retention"})]
    assert assess([more], "ok")["5.1"]["status"] == "met"
