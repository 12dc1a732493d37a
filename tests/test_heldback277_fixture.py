"""The two hundred and seventy-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the governance writing the set is built from is really served (a SPOC only in a committee's action log on a
democracy host, beside RIPA, DPO and project-owner rows; a SPOC only in a Portfolio Holder's decision notice that
rejects the RIPA SRO; a SPOC and a step 1 claim only in parts 2 and 3 of a multi-part HTML annual governance
statement; a SPOC and a step 2 claim only in a Word business plan without extension; a step 2 claim only in a
Portfolio Holder's written report to Full Council; a signed police agreement reached only from an AGS's
significant-partnerships table; another only as an appendix inside a service plan PDF; another without extension
only among a partnership board's governing documents, with a Welsh twin of the camera page; a draft Word joint
controller agreement only as a committee's background paper; a councillor's portfolio page and an AGS roles list
beside a cctv@ mailbox; 'BS 7958 and SCC Code compliant' without certification; one-fact councils on a legacy
community safety page and a leisure centre page; councils that publish nothing but carry look-alikes).
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback277.truth import TRUTH_PATH
from fixtures.heldback277.web import Heldback277Web


@pytest.fixture(scope="module")
def web() -> Heldback277Web:
    return Heldback277Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils(web: Heldback277Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 277)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_only_in_a_committee_action_log(web: Heldback277Web, truth: dict) -> None:
    host, dem = "www.barnsley.gov.uk", "democracy.barnsley.gov.uk"
    item = f"http://{dem}/mgAi.aspx?ID=51207"
    html = _html(web, dem, "/mgAi.aspx?ID=51207")
    assert "<caption>Action log</caption>" in html and '<th scope="col">Owner</th>' in html
    row = html.split("AG/23/14", 1)[1].split("</tr>", 1)[0]
    assert "single point of contact for surveillance camera systems" in row and "spoc.cameras@" in row
    for near in ("Senior Responsible Officer (RIPA)", "Data Protection Officer", "Senior Responsible Owner"):
        assert near in html or near in _main(web, host, "/services/regeneration/the-glassworks"), near
    assert "single point of contact" not in _main(web, host, "/services/information-and-privacy/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {item}
    assert not any(dem in u for u in d["5.1"]["pages"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_only_in_a_portfolio_holder_decision_notice(web: Heldback277Web, truth: dict) -> None:
    host, dem = "www.surreyheath.gov.uk", "democracy.surreyheath.gov.uk"
    dec = f"http://{dem}/ieDecisionDetails.aspx?ID=2917"
    assert _linking(web, host, dec) == {f"http://{dem}/mgDelegatedDecisions.aspx"}
    main = _main(web, dem, "/ieDecisionDetails.aspx?ID=2917")
    assert (
        "Portfolio Holder for Environment and Community" in main
        and "Senior Responsible Officer for RIPA was rejected" in main
    )
    assert "single point of contact" not in _main(web, host, "/residents/community-safety/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cameras.spoc@")
    assert {e["url"] for e in d["5.3"]["evidence"]} == {dec}
    assert d["5.5"]["status"] == "not_met" and "agreement between the two councils" in _main(
        web, host, "/residents/community-safety/cctv"
    )


def test_spoc_and_step_1_only_in_parts_of_a_multi_part_governance_statement(web: Heldback277Web, truth: dict) -> None:
    host = "www.southribble.gov.uk"
    root = "/your-council/finance/annual-governance-statement-2023-24"
    gov, review = f"{root}/the-governance-framework", f"{root}/review-of-effectiveness"
    for part in (root, gov, review):
        assert 'class="guide-contents"' in _html(web, host, part)
    assert "Single Point of Contact" in _main(web, host, gov) and "step 1" not in _main(web, host, gov)
    assert "step 1 (desktop) certification" in _main(web, host, review) and "Single Point of Contact" not in _main(
        web, host, review
    )
    assert "Single Point of Contact" not in _main(web, host, root) and "step 1" not in _main(
        web, host, "/community-safety/cctv"
    )
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.3"]) == {gov} and _paths(d["5.2"]) == {review}
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2022-09" and not d["5.2"]["mark_displayed"]


def test_spoc_and_step_2_only_in_a_word_business_plan_without_extension(web: Heldback277Web, truth: dict) -> None:
    host = "www.broxtowe.gov.uk"
    bp = f"http://{host}/media/4471/community-safety-business-plan"
    assert _no_extension(bp)
    assert _linking(web, host, bp) == {f"http://{host}/about-the-council/plans-and-strategies/business-plans"}
    r = _render(web, bp)
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats") and "filename=" in (
        r.header("Content-Disposition") or ""
    )
    text = _text(web, host, urlsplit(bp).path)
    assert (
        "Single Point of Contact (SPOC) for surveillance camera systems" in text
        and "Controls for CS4: step 2 certification" in text
    )
    assert "Senior Responsible Officer for RIPA" in text
    cctv = _main(web, host, "/for-you/crime-safety-emergencies/cctv-surveillance-systems")
    assert "step 2" not in cctv and "shared services agreement" in cctv
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.3"]) == _paths(d["5.2"]) == {urlsplit(bp).path}
    assert d["5.2"]["level"] == "step2" and d["5.3"]["spoc"]["phone"] and d["5.5"]["status"] == "not_met"


def test_step_2_only_in_a_portfolio_holders_report_to_council(web: Heldback277Web, truth: dict) -> None:
    host, dem = "www.ashford.gov.uk", "democracy.ashford.gov.uk"
    rep = f"http://{dem}/documents/s41203/PortfolioHolderReportCommunitySafety.pdf"
    assert _linking(web, host, rep) == {f"http://{dem}/mgAi.aspx?ID=38852"}
    assert "re-certified at step 2" in _text(web, dem, urlsplit(rep).path)
    assert "step 2" not in _main(web, host, "/your-community/cctv/cctv-in-ashford-and-tenterden")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and {e["url"] for e in d["5.2"]["evidence"]} == {rep}
    assert "information sharing agreement between Kent Police" in _text(
        web, host, "/media/2231/cctv-code-of-practice.docx"
    )
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_signed_agreement_reached_only_from_the_governance_statement(web: Heldback277Web, truth: dict) -> None:
    host = "www.slough.gov.uk"
    ags = f"http://{host}/council-and-democracy/how-we-work/annual-governance-statement"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley" and _linking(web, host, doc["url"]) == {ags}
    assert "Significant partnerships" in _main(web, host, urlsplit(ags).path)
    assert "BS 7958 and SCC Code of Practice compliant" in _main(web, host, "/crime-safety/cctv")
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "not_met"


def test_signed_agreement_only_as_a_service_plan_appendix(web: Heldback277Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/plans-and-strategies/service-plans"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Appendix C: CCTV Information Sharing Agreement" in text and "Signed for Suffolk Constabulary" in text
    assert "service level agreement" in _main(web, host, "/community/community-safety/cctv")
    assert doc["signed"] and doc["date"] == "2024-04-16"


def test_welsh_twin_and_signed_protocol_among_partnership_documents(web: Heldback277Web, truth: dict) -> None:
    host = "www.swansea.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert '<html lang="cy">' in _html(web, host, "/teleducylchcyfyng")
    assert f"http://{host}/teleducylchcyfyng" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert _no_extension(doc["url"]) and _linking(web, host, doc["url"]) == {
        f"http://{host}/saferswansea/partnership-board"
    }
    assert "Signed on behalf of South Wales Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] == "01792 637512"


def test_draft_joint_controller_agreement_as_a_background_paper(web: Heldback277Web, truth: dict) -> None:
    host, dem = "www.arun.gov.uk", "democracy.arun.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and urlsplit(doc["url"]).hostname == dem and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=9231"}
    text = _text(web, dem, urlsplit(doc["url"]).path)
    assert "DRAFT for discussion" in text and "20__" in text


def test_portfolio_page_and_governance_roles_beside_a_mailbox(web: Heldback277Web, truth: dict) -> None:
    host, dem = "www.walthamforest.gov.uk", "democracy.walthamforest.gov.uk"
    assert "public space CCTV" in _main(web, dem, "/mgUserInfo.aspx?UID=311")
    ags = _main(web, host, "/council-and-democracy/annual-governance-statement")
    assert "Data Protection Officer" in ags and "Regulation of Investigatory Powers Act" in ags
    assert "single point of contact" not in ags.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert not any(dem in e["url"] for k in d for e in d[k]["evidence"])


def test_one_fact_councils(web: Heldback277Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.rossendale.gov.uk", "cameras", "/community-safety"),
        ("www.castlepoint.gov.uk", "retention", "/leisure-and-culture/waterside-farm-leisure-centre"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    site = web.sites["www.rossendale.gov.uk"]
    assert site.search is None and '<main id="main">' not in _html(web, "www.rossendale.gov.uk", "/community-safety")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback277Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.leicestershire.gov.uk", "www.eastcambs.gov.uk", "www.ne-derbyshire.gov.uk"}
    )
    assert _auth(truth, "www.ne-derbyshire.gov.uk")["heldback"]["robots_forbid_search"]
    assert "Senior Responsible Owner" in _main(web, "www.ne-derbyshire.gov.uk", "/regeneration/clay-cross-town-deal")
    assert "Project owner" in _main(web, "www.leicestershire.gov.uk", "/community-safety/safer-streets-projects")
