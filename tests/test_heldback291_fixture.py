"""The 291st held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served, most of them inside corporate documents: retention,
figures and footage release only in a Word service plan without extension; a step 2 recertification only in an
audit committee's action log on the democracy host; a SPOC only in a policy PDF; a signed police memorandum only as
an appendix of a directorate business plan beside camera look-alikes in the same plan; figures and a protocol
mention only in a Welsh corporate self-assessment (not the camera self-assessment tool) with a Welsh twin page; a
step 2 claim only in a risk register's controls column beside BS 7958 on the page; a SPOC only in an officer
decision record on page 2 of the decisions register; a signed three-party agreement linked only from a committee
action log and found by the site search; a step 1 row in an HTML annual review and an agreement reported signed
only in the governance statement; a SPOC only in a consultation notification document; a step 2 claim only in the
statement of accounts on a legacy site; a signed protocol as an annex of the corporate enforcement policy; one fact
in a medium term financial strategy and one in an annual performance report; and councils publishing nothing.
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
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback291.truth import TRUTH_PATH
from fixtures.heldback291.web import Heldback291Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback291Web:
    return Heldback291Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_councils(web: Heldback291Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 291)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_facts_only_in_a_word_service_plan_without_extension(web: Heldback291Web, truth: dict) -> None:
    host = "www.lbbd.gov.uk"
    plan = f"http://{host}/downloads/file/4410/enforcement-service-plan-2024-25"
    assert _no_extension(plan)
    r = _render(web, plan)
    assert r.header("Content-Type") == DOCX and ".docx" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, plan) == {f"http://{host}/council/plans-and-strategies"}
    text = _text(web, host, urlsplit(plan).path)
    assert "31 days" in text and "5,120 incidents" in text and "School Streets" in text
    page = _main(web, host, "/crime-and-safety/cctv-in-the-borough")
    assert "31 days" not in page and "5,120" not in page
    d = _auth(truth, host)["deliverables"]
    for crit in ("retention", "statistics", "disclosure"):
        assert d["5.1"]["criteria"][crit], crit
    assert plan in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_in_an_action_log_and_spoc_only_in_the_policy(web: Heldback291Web, truth: dict) -> None:
    host, dem = "my.northtyneside.gov.uk", "democracy.northtyneside.gov.uk"
    log = f"http://{dem}/mgAi.aspx?ID=33015"
    html = _html(web, dem, "/mgAi.aspx?ID=33015")
    assert '<th scope="col">Status and update</th>' in html and "Step 2 recertification" in html
    assert "webcasting cameras" in html and "camera car" in html
    for pg in ("/community-safety/cctv", "/data-protection-and-privacy/privacy-statements/cctv-privacy-notice"):
        assert "step 2" not in _main(web, host, pg).lower()
        assert "single point of contact" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-05-12"
    assert {e["url"] for e in d["5.2"]["evidence"]} == {log} and not d["5.2"]["mark_displayed"]
    assert _paths(d["5.3"]) == {"/media/4412/cctv-policy.pdf"} and d["5.3"]["status"] == "met"
    assert "single point of contact for surveillance" in _text(web, host, "/media/4412/cctv-policy.pdf")
    assert "service level agreements" in _text(web, host, "/media/4412/cctv-policy.pdf")
    assert d["5.5"]["status"] == "not_met"


def test_signed_memorandum_only_in_a_directorate_business_plan(web: Heldback291Web, truth: dict) -> None:
    host = "www.westnorthants.gov.uk"
    bp = "/media/8821/place-services-business-plan-2024-25.pdf"
    assert _linking(web, host, f"http://{host}{bp}") == {f"http://{host}/your-council/plans-policies-and-strategies"}
    text = _text(web, host, bp)
    assert "Signed for and on behalf of Northamptonshire Police" in text
    assert "Bus lane cameras" in text and "CCTV surveys of 6 km of culverts" in text
    assert "memorandum" not in _main(web, host, "/local-communities/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Northamptonshire"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.controlroom@")


def test_welsh_twin_and_figures_only_in_the_corporate_self_assessment(web: Heldback291Web, truth: dict) -> None:
    host = "www.wrexham.gov.uk"
    en, cy = "/community-and-living/community-safety/cctv", "/cy/gwasanaeth/teledu-cylch-cyfyng"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    sa = "/sites/default/files/2024-10/annual-self-assessment-2023-24.pdf"
    text = _text(web, host, sa)
    assert "Local Government and Elections (Wales) Act 2021" in text and "4,118 incidents" in text
    assert "self-assessment tool" not in text.lower() and "4,118" not in _main(web, host, en)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.1"]["criteria"]["statistics"]
    assert d["5.5"]["status"] == "partial" and _paths(d["5.5"]) == {sa}
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_2_only_in_a_risk_register_controls_column(web: Heldback291Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    rr = "/info/20120/performance/1450/significant_business_risk_register"
    assert '<th scope="col">Existing controls</th>' in _html(web, host, rr)
    assert "ANPR barrier system" in _main(web, host, rr)
    page = _main(web, host, "/info/20109/crime_and_law_enforcement/112/cctv")
    assert "BS 7958" in page and "step 2" not in page.lower() and "certification" not in page.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-07"
    assert _paths(d["5.2"]) == {rr} and d["5.1"]["criteria"]["standards"]
    assert d["5.5"]["status"] == "not_met"


def test_spoc_on_decisions_page_2_and_agreement_via_an_action_log(web: Heldback291Web, truth: dict) -> None:
    host, dem = "www.northwarks.gov.uk", "democracy.northwarks.gov.uk"
    dec = "/info/20090/council_and_democracy/1560/officer_decisions"
    odr = f"http://{host}{dec}/od-2023-041"
    assert odr not in _links(web, host, dec) and f"http://{host}{dec}?page=2" in _links(web, host, dec)
    assert _linking(web, host, odr) == {f"http://{host}{dec}?page=2"}
    assert "Coleshill Town Council towards its CCTV cameras" in _main(web, host, dec)
    agr = f"http://{host}/downloads/file/2231/atherstone_cctv_partnership_agreement"
    assert _linking(web, host, agr) == {f"http://{dem}/mgAi.aspx?ID=18802"}
    assert urlsplit(agr).path in _html(web, host, "/search?q=atherstone+partnership+agreement")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {odr}
    assert "single point of contact" not in _main(
        web, host, "/info/20196/community_safety/1144/cctv_-_closed_circuit_television"
    )
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire" and doc["url"] == agr


def test_step_1_review_row_and_agreement_only_reported_in_the_ags(web: Heldback291Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    review = "/residents/community-safety/cctv/annual-cctv-review-2024"
    assert "<td>Step 1 desktop certification was completed in October 2019" in _html(web, host, review)
    ags = "/__data/assets/pdf_file/0021/412/annual-governance-statement-2023-24.pdf"
    assert "signed by both parties in March 2024" in _text(web, host, ags)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-10"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _paths(d["5.5"]) == {ags}
    assert "Tonbridge and Malling" in _main(web, host, "/residents/community-safety/cctv")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_spoc_only_in_a_consultation_notification_document(web: Heldback291Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    cctv = "/environmental-health/community-safety/cctv-surveillance-systems/"
    page = _main(web, host, cctv)
    assert "single point of contact" not in page and "information processing agreement" in page
    note = "/wp-content/uploads/2024/01/Bingham-CCTV-notification-document.pdf"
    assert f"http://{host}{note}" in _links(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {note}
    assert d["5.5"]["status"] == "not_met" and urlsplit(d["5.1"]["pages"][0]).path.endswith("/")


def test_step_2_only_in_the_statement_of_accounts_on_a_legacy_site(web: Heldback291Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    cctv = "/by-category/community-and-living2/csp/cctv"
    html = _html(web, host, cctv)
    assert "<main" not in html and "mailto:" not in html and "step 2" not in html.lower()
    soa = "/downloads/file/3377/statement-of-accounts-2023-24"
    assert _no_extension(soa) and "number plate recognition" in _text(web, host, soa)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and _paths(d["5.2"]) == {soa}
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "partial"


def test_signed_protocol_as_an_annex_of_the_enforcement_policy(web: Heldback291Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    enf = "/sites/default/files/2024-02/Corporate-Enforcement-Policy-2024.pdf"
    listing = _main(web, host, "/your-council/policies-and-strategies")
    assert "Corporate Enforcement Policy 2024" in listing and "Covert Surveillance (RIPA) Policy" in listing
    assert "Signed for Lincolnshire Police" in _text(web, host, enf)
    assert "protocol" not in _main(web, host, "/communities-safety/cctv-public-spaces").lower()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire" and d["5.3"]["status"] == "met"


def test_one_fact_councils_in_corporate_documents(web: Heldback291Web, truth: dict) -> None:
    for host, path in (
        ("www.hyndburnbc.gov.uk", "/wp-content/uploads/2024/02/Medium-Term-Financial-Strategy-2024-2027.pdf"),
        ("www.harborough.gov.uk", "/downloads/file/3120/annual_performance_report_2024-25"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert "monitor" in _text(web, host, path)
    assert web.sites["www.hyndburnbc.gov.uk"].search is None
    assert _auth(truth, "www.harborough.gov.uk")["heldback"]["robots_forbid_search"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback291Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.oxfordshire.gov.uk", "www.north-norfolk.gov.uk", "www.rochford.gov.uk"})
    assert "does not run public space CCTV" in _main(
        web, "www.oxfordshire.gov.uk", "/council/foi-disclosure-log-public-space-cctv"
    )
    assert "Seven cameras" in _main(web, "www.rochford.gov.uk", "/news/new-cctv-on-rayleigh-high-street")
