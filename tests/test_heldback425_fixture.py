"""The four hundred and twenty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix (none in the fifteen sets before); the labelling rules
hold with the intended tallies; and the structures the set is built from are really served (monthly figures only at
?month= addresses beside a stepless certificate sentence and a scrutiny review on a moderngov host; a SPOC only in an
HTML service plan; an HTML annual report in chapter pages with step 2 and the only link to a signed ISA in separate
chapters; a bilingual .aspx site whose landing page only offers the two languages; a signed data sharing agreement as
an HTML page with a signatories table; a legacy site's annual report at a /doc/N/name/ address mentioning a re-signed
agreement; an annual governance statement reporting an audit finding; a draft Word agreement; one-fact councils whose
fact is only a row of a performance page; a scrutiny tracker; step 2 only as a dated row of an assessments table; a
SPOC only under a camera register; a signed Word ISA on a documents page; CMIS papers; and councils that publish
nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    evidence_urls,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback425.truth import TRUTH_PATH
from fixtures.heldback425.web import Heldback425Web


@pytest.fixture(scope="module")
def web() -> Heldback425Web:
    return Heldback425Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(urls: Iterable[str]) -> set[str]:
    return {urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in urls}


def test_fresh_councils_of_the_brief_mix(web: Heldback425Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 425)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 4, "partial": 5, "not_met": 6}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_monthly_figures_stepless_certificate_and_scrutiny_review(web: Heldback425Web, truth: dict) -> None:
    host, dem = "www.hackney.gov.uk", "hackney.moderngov.co.uk"
    d = _auth(truth, host)["deliverables"]
    months = [u for u in _links(web, host, "/cctv/statistics") if "?month=" in u]
    assert len(set(months)) == 3
    assert "1,287 incidents" in _main(web, host, "/cctv/statistics?month=2025-03")
    assert "1,287" not in _main(web, host, "/cctv") and "1,287" not in _main(web, host, "/cctv/statistics")
    assert "/cctv/statistics?month=2025-03" in _paths(d["5.1"]["pages"])
    main = _main(web, host, "/cctv")
    assert (
        "certificate of compliance" in main and "step" not in main.lower() and "<img" not in _html(web, host, "/cctv")
    )
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and not d["5.2"]["mark_displayed"]
    review = _text(web, dem, "/documents/s91876/PSS-review-final-report.pdf")
    assert "should designate a single point of contact" in review
    assert f"http://{dem}/documents/s91876/PSS-review-final-report.pdf" in set(_links(web, dem, "/mgAi.aspx?ID=40217"))
    assert not any(dem in u for u in evidence_urls(_auth(truth, host)))
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("pss.cameras@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_only_in_an_html_service_plan(web: Heldback425Web, truth: dict) -> None:
    host = "www.salford.gov.uk"
    plan = "/your-council/performance/service-plans/community-safety-2025-26"
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv")
    html = _html(web, host, plan)
    assert '<th scope="col">Role</th><th scope="col">Responsibility</th><th scope="col">Contact</th>' in html
    assert "Working towards certification" in _main(web, host, plan)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(e["url"] for e in d["5.3"]["evidence"]) == {plan}
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert "Disallow: /search" in web.sites[host].robots_txt()


def test_html_annual_report_in_chapters_step_2_and_isa_in_separate_chapters(web: Heldback425Web, truth: dict) -> None:
    host = "www.southend.gov.uk"
    root = "/crime-and-safety/cctv"
    rep = f"{root}/annual-report-2024-25"
    chapters = [u for u in _links(web, host, rep) if urlsplit(u).path.startswith(rep + "/")]
    assert len(set(chapters)) == 4
    ch3, ch4 = f"{rep}/3-how-we-are-held-to-account", f"{rep}/4-working-with-partners"
    assert "Previous: Our cameras and the control room" in _main(web, host, ch3)
    assert "Next: Working with partners" in _main(web, host, ch3)
    for page in (root, rep, ch4):
        assert "step 2" not in _main(web, host, page).lower(), page
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-09"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _linking(web, host, doc["url"]) == {f"http://{host}{ch4}"}
    assert "Signed on behalf of Essex Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Castle Point Borough Council" in _main(web, host, f"{root}/cameras-we-monitor-for-others")
    assert d["5.3"]["status"] == "met" and _paths(e["url"] for e in d["5.3"]["evidence"]) == {root}


def test_bilingual_aspx_site_and_protocol_mention(web: Heldback425Web, truth: dict) -> None:
    host = "www.torfaen.gov.uk"
    home = {urlsplit(u).path for u in _links(web, host, "/")}
    assert {"/en", "/cy"} <= home and not any(u.startswith("/en/bins") for u in home)
    d = _auth(truth, host)["deliverables"]
    cy = f"http://{host}/cy/LlesCymunedol/DiogelwchCymunedol/TCC.aspx"
    assert cy in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, urlsplit(cy).path)
    pg = "/en/CommunityWellbeing/CommunitySafety/CCTV.aspx"
    assert "<h2>How many cameras are there?</h2>" in _html(web, host, pg)
    assert "service level agreement" in _main(web, host, pg)
    release = "/en/CommunityWellbeing/CommunitySafety/CCTV-Releasing-footage.aspx"
    assert "image release protocol" in _main(web, host, release)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_signed_agreement_as_an_html_page_with_signatories(web: Heldback425Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    reg = "/your-council/transparency/data-sharing-register"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and not doc["draft"] and doc["force"] == "Suffolk"
    assert "html" in (_render(web, doc["url"]).header("Content-Type") or "")
    assert _linking(web, host, doc["url"]) == {f"http://{host}{reg}"}
    html = _html(web, host, urlsplit(doc["url"]).path)
    assert (
        '<th scope="col">Party</th><th scope="col">Signed by</th>' in html and "Signed for Suffolk Constabulary" in html
    )
    assert d["5.3"]["status"] == "partial"


def test_legacy_annual_report_mentions_a_re_signed_agreement(web: Heldback425Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/community-safety/cctv.cfm")
    rep = "/doc/208841/name/CCTV_Annual_Report_2024.pdf/"
    assert _render(web, f"http://{host}{rep}").header("Content-Type") == "application/pdf"
    assert "re-signed in October 2024" in _text(web, host, rep)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_audit_finding_in_the_annual_governance_statement_is_not_a_disclosure(web: Heldback425Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    ags = "/council/annual-governance-statement-2024-25"
    assert "no single point of contact had been designated" in _main(web, host, ags)
    a = _auth(truth, host)
    assert f"http://{host}{ags}" not in evidence_urls(a)
    assert a["deliverables"]["5.3"]["status"] == "partial"


def test_draft_word_agreement(web: Heldback425Web, truth: dict) -> None:
    host = "www.arun.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "..../..../2025" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.1"]["criteria"]["police_agreement"] and d["5.3"]["status"] == "not_met"


def test_one_fact_councils_on_performance_pages(web: Heldback425Web, truth: dict) -> None:
    for host, path in (
        ("www.surreyheath.gov.uk", "/about-council/performance/annual-performance-report-2024-25"),
        ("www.ambervalley.gov.uk", "/your-council/performance/quarter-2-2025-26"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert 'class="rag-blue">Complete</span>' in _html(web, host, path), host
    tracker = "/your-council/scrutiny/recommendations-tracker"
    assert "Derbyshire Constabulary" in _main(web, "www.ambervalley.gov.uk", tracker)
    assert _auth(truth, "www.ambervalley.gov.uk")["deliverables"]["5.5"]["status"] == "not_met"


def test_step_2_only_as_a_dated_table_row_and_spoc_on_governance_page(web: Heldback425Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    root = "/community-and-safety/cctv"
    html = _html(web, host, f"{root}/assurance-and-inspections")
    assert "<td>2022</td><td>Step 2 full certification" in html and "<td>Gold</td>" in html
    assert "step 2" not in _main(web, host, root).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert "monitoring contracts" in _main(web, host, f"{root}/monitoring-for-other-organisations")


def test_spoc_under_a_camera_register_and_signed_word_isa(web: Heldback425Web, truth: dict) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    pg = "/community-safety/cctv"
    assert "single point of contact" not in _main(web, host, pg)
    assert "<small>All systems in this register" in _html(web, host, f"{pg}/camera-register")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}/documents"}
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_cmis_papers_and_councils_that_publish_nothing(web: Heldback425Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.worcestershire.gov.uk", "www.castlepoint.gov.uk", "www.southderbyshire.gov.uk"}
    )
    dem = "castlepoint.cmis.uk.com"
    meeting = "/castlepoint/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/1520/Committee/3/Default.aspx"
    docs = [u for u in _links(web, dem, meeting) if "Document.ashx" in u]
    assert len(docs) == 2
    r = _render(web, docs[0])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Southend-on-Sea City Council" in _text(web, dem, urlsplit(docs[0]).path + "?" + urlsplit(docs[0]).query)
