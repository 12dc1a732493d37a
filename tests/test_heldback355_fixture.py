"""The 355th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows of the brief's mix of types, none labelled by the fifteen sets before it;
the labelling rules hold with the intended tallies; and the structures the set is built from are really served, with
the camera material in plan and strategy documents: a council with no CCTV page whose facts are a section of a
partnership plan PDF and whose single point of contact is a row of an information governance framework's roles
table, both linked from a plans register whose links read only 'PDF, size'; a step 2 claim only as a row of an annual
governance statement's sources-of-assurance table on a legacy site; a partnership plan in HTML chapters with a signed
police protocol as a PDF annex linked only from chapter 4; a camera count only in a corporate plan infographic's alt
text; statistics only in a service plan PDF beside a self-assessment tool that is not certification; retention only
in a risk row of a Word service plan; another council's certification credited on the council's page and an
inter-authority agreement in a business plan; a signed three-party agreement printed inside a service plan served
without extension; a step 1 claim and a single point of contact only in a partnership plan PDF; a single point of
contact in the Lead cell of a delivery plan row; a step 2 claim only as a row of an extensionless Word delivery plan
and a signed SLA as a row of a schedules table; a step 2 claim only in a PDF footnote and a draft Word agreement;
robots.txt forbidding the search; and councils that publish nothing but carry look-alikes (one bilingual).
"""

from __future__ import annotations

import json
from collections import Counter
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

from fixtures.heldback355.truth import TRUTH_PATH
from fixtures.heldback355.web import Heldback355Web


@pytest.fixture(scope="module")
def web() -> Heldback355Web:
    return Heldback355Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _d(truth: dict, host: str) -> dict:
    return _auth(truth, host)["deliverables"]


def _paths(items: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in items}


def test_fresh_councils_of_the_brief_mix(web: Heldback355Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 355)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_no_cctv_page_facts_in_plan_pdf_spoc_in_framework_row(web: Heldback355Web, truth: dict) -> None:
    host = "www.lbbd.gov.uk"
    site = web.sites[host]
    assert not [pg for pg in site.pages.values() if pg.title.strip().lower() in ("cctv", "public space cctv")]
    plans = "/your-council/plans-policies-and-strategies"
    csp = "/sites/default/files/2023-07/safer-barking-and-dagenham-partnership-plan-2023-26.pdf"
    igf = "/sites/default/files/2024-01/information-governance-framework-v3.pdf"
    html = _html(web, host, plans)
    assert f'<a href="{csp}">PDF, 2.4 MB</a>' in html and f'<a href="{igf}">PDF, 610 KB</a>' in html
    assert _linking(web, host, f"http://{host}{csp}") == {f"http://{host}{plans}"}
    assert _linking(web, host, f"http://{host}{igf}") == {f"http://{host}{plans}"}
    text = _text(web, host, csp)
    assert "5.4 Public space CCTV" in text and "111 cameras" in text
    roles = _text(web, host, igf)
    assert "RIPA Senior Responsible Officer" in roles and "Data Protection Officer" in roles
    d = _d(truth, host)
    assert d["5.1"]["status"] == "met" and f"http://{host}{csp}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {igf}
    assert d["5.3"]["spoc"]["email"] == "cctv.spoc@lbbd.example.gov.uk"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]


def test_step_2_only_in_governance_statement_assurance_row_on_legacy_site(web: Heldback355Web, truth: dict) -> None:
    host = "www.tameside.gov.uk"
    cctv = "/communitysafety/cctv-operations-in-tameside"
    ags = "/performance-and-plans/annual-governance-statement-2023-24"
    page = _html(web, host, cctv)
    assert '<main id="main">' not in page and "step 2" not in page.lower()
    html = _html(web, host, ags)
    assert '<th scope="row">Public space CCTV</th>' in html and '<th scope="row">Cyber security</th>' in html
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-11"
    assert not d["5.2"]["mark_displayed"] and _paths(d["5.2"]["evidence"]) == {ags}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "Greater Manchester Police" in page and d["5.5"]["status"] == "not_met"


def test_plan_in_html_chapters_with_signed_protocol_annex_from_chapter_4(web: Heldback355Web, truth: dict) -> None:
    host = "www.leicester.gov.uk"
    plan = "/your-council/policies-plans-and-strategies/safer-leicester-partnership-plan"
    chapters = [u for u in _links(web, host, plan) if u.startswith(f"http://{host}{plan}/")]
    assert len(set(chapters)) == 6
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Leicestershire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{plan}/4-working-together"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "on behalf of Leicester City Council" in text and "on behalf of Leicestershire Police" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("info.governance@")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_one_fact_only_in_corporate_plan_infographic_alt_text(web: Heldback355Web, truth: dict) -> None:
    host = "www.guildford.gov.uk"
    corp = "/council/plans-and-strategies/corporate-plan-2024-2029"
    assert "CCTV" not in _main(web, host, corp)
    assert 'alt="Guildford in numbers: 150,000 residents' in _html(web, host, corp)
    d51 = _d(truth, host)["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{corp}"]


def test_self_assessment_is_not_certification_and_statistics_in_service_plan(web: Heldback355Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    dem = "democracy.northdevon.gov.uk"
    cctv = "/community-safety-and-emergencies/cctv"
    splan = "/sites/default/files/2024-05/town-centres-and-cctv-service-plan-2024-25.pdf"
    main = _main(web, host, cctv)
    assert "Self-Assessment Tool" in main and "1,766" not in main
    assert "1,766 incidents" in _text(web, host, splan)
    d = _d(truth, host)
    assert d["5.2"]["status"] == "not_met" and not d["5.1"]["criteria"]["self_assessment"]
    assert d["5.1"]["criteria"]["statistics"] and f"http://{host}{splan}" in d["5.1"]["pages"]
    assert dem in web.sites[host].hosts() and not any(dem in u for u in d["5.1"]["pages"])
    assert "CCTV Annual Report" in _html(web, dem, "/mgAi.aspx?ID=19046")


def test_retention_only_in_a_risk_row_of_a_word_service_plan(web: Heldback355Web, truth: dict) -> None:
    host = "www.winchester.gov.uk"
    doc = "/media/3k2f/neighbourhood-services-service-plan-2024-25.docx"
    r = _render(web, f"http://{host}{doc}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "R4 | Recordings kept longer than needed" in _text(web, host, doc)
    d51 = _d(truth, host)["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_partner_certification_and_inter_authority_agreement(web: Heldback355Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    main = _main(web, host, "/community-parks-and-leisure/community-safety/cctv")
    assert "Safer Runnymede's control centre holds full certification" in main
    assert "inter-authority agreement" in _text(
        web, host, "/wp-content/uploads/2024/04/council-business-plan-2024-25.pdf"
    )
    d = _d(truth, host)
    assert d["5.1"]["status"] == "met"
    assert [d[k]["status"] for k in ("5.2", "5.3", "5.5")] == ["not_met", "not_met", "not_met"]


def test_signed_three_party_agreement_inside_extensionless_service_plan(web: Heldback355Web, truth: dict) -> None:
    host = "www.northwarks.gov.uk"
    site = web.sites[host]
    assert site.search is None and "<form" not in _html(web, host, "/")
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Warwickshire"
    assert _no_extension(doc["url"]) and _linking(web, host, doc["url"]) == {
        f"http://{host}/info/20004/plans_and_strategies"
    }
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.count("Signed on behalf of") == 3 and "Housing Division" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_1_and_spoc_only_in_partnership_plan_pdf(web: Heldback355Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    main = _main(web, host, "/community-safety/cctv").lower()
    assert "step 1" not in main and "single point of contact" not in main
    plan = "/downloads/download/1187/community_safety_partnership_plan_2023-2026.pdf"
    text = _text(web, host, plan)
    assert "3. Partnership achievements" in text and "5. Governance" in text
    d = _d(truth, host)
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-07" and _paths(d["5.2"]["evidence"]) == {plan}
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {plan}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_in_lead_cell_of_delivery_plan_row(web: Heldback355Web, truth: dict) -> None:
    host = "www.gravesham.gov.uk"
    plan = "/community-and-safety/community-safety/gravesham-community-safety-partnership/partnership-plan-2024-25"
    html = _html(web, host, plan)
    assert '<th scope="col">Lead</th>' in html
    assert (
        "<td>Assistant Director (Communities), the council's single point of contact for surveillance cameras</td>"
        in html
    )
    cctv = _main(web, host, "/community-and-safety/community-safety/public-space-cctv")
    assert "working towards third-party certification" in cctv and "single point of contact" not in cctv
    d = _d(truth, host)
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {plan}
    assert d["5.5"]["status"] == "partial" and "Swale Borough Council" in cctv
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_step_2_in_extensionless_word_delivery_plan_and_sla_schedule_row(web: Heldback355Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    d = _d(truth, host)
    (ev,) = d["5.2"]["evidence"]
    assert _no_extension(ev["url"])
    r = _render(web, ev["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-04"
    assert "step 2" not in _main(web, host, "/pages/cctv").lower()
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _linking(web, host, doc["url"]) == {
        f"http://{host}/pages/community_safety_partnership_plan"
    }
    assert '<th scope="row">3</th>' in _html(web, host, "/pages/community_safety_partnership_plan")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]


def test_step_2_only_in_pdf_footnote_and_draft_word_agreement(web: Heldback355Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    plan = "/community-and-living/community-safety/community-safety-partnership/partnership-plan"
    assert "step 2" not in _main(web, host, plan).lower()
    pdf = "/__data/assets/pdf_file/0012/412233/TWCSP-Partnership-Plan-2023-2026.pdf"
    text = _text(web, host, pdf)
    assert text.index("[3] The Borough CCTV control room") > text.index("Notes")
    d = _d(truth, host)
    assert d["5.2"]["level"] == "step2" and _paths(d["5.2"]["evidence"]) == {pdf}
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback355Web, truth: dict) -> None:
    nothing = {"www.eastsussex.gov.uk", "www.ceredigion.gov.uk", "www.havant.gov.uk"}
    assert_publish_nothing(web, truth, nothing)
    cy = _html(web, "www.ceredigion.gov.uk", "/cy/preswylwyr/diogelwch-cymunedol")
    assert '<html lang="cy">' in cy and "Heddlu Dyfed-Powys" in cy
    assert "consider where CCTV could improve safety" in _main(web, "www.havant.gov.uk", "/council/corporate-strategy")
    assert "none" in _main(web, "www.eastsussex.gov.uk", "/your-council/foi-disclosure-log-public-space-cctv")
    for host in nothing:
        assert not evidence_urls(_auth(truth, host))
