"""The two hundred and sixteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix of types; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a signed police agreement only as an appendix to
a scrutiny recommendations tracker; another only as the enclosure of a Cabinet Member's reply to a scrutiny chair;
another only as item 6 inside a partnership board meeting pack on the council's own host; another only as Annex A of
written answers to council questions; a police agreement only as a forward plan entry; a signed agreement that the
police ended, in Cabinet papers; a draft with dotted signature lines only in scrutiny papers; an agreement only
mentioned in the corporate annual report; a neighbour council's signed agreement on a shared website; a police-signed
agreement that excludes CCTV; audit papers saying there is no agreement; a combined authority's own agreement; a step 2
claim with a mark on an annual report page; a lapsed step 2 sentence in a code page; a step 1 claim only in a PDF;
SPOCs in a definition list, a code page, a governance page and on the camera page; a Welsh twin; a code paged by
number links; a legacy site without search, sitemap or A to Z; one-fact councils on park, gardens and cemetery pages;
and councils that publish nothing but carry look-alikes).
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
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback216.truth import TRUTH_PATH
from fixtures.heldback216.web import Heldback216Web


@pytest.fixture(scope="module")
def web() -> Heldback216Web:
    return Heldback216Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_fresh_councils(web: Heldback216Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 216)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally


def test_signed_agreement_only_in_scrutiny_recommendations_tracker(web: Heldback216Web, truth: dict) -> None:
    host, dem = "www.brent.gov.uk", "democracy.brent.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=61241"}
    tracker = _text(web, dem, "/documents/s150230/ScrutinyRecommendationsTracker.pdf")
    assert "Status: Complete." in tracker and "attached as Appendix 3" in tracker
    assert "Signed for and on behalf of the Metropolitan Police Service" in _text(web, dem, _path(doc["url"]))
    page = _main(web, host, "/crime-and-community-safety/cctv")
    assert "agreement" not in page.lower() and "BS 7958" in page
    assert not d["5.1"]["criteria"]["police_agreement"] and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.controlroom@")


def test_signed_agreement_only_as_enclosure_to_a_reply_to_scrutiny(web: Heldback216Web, truth: dict) -> None:
    host, dem = "www.cardiff.gov.uk", "democracy.cardiff.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["force"] == "South Wales"
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=70312"}
    reply = _text(web, dem, _path(doc["url"]))
    assert reply.index("Dear Chair") < reply.index("Enclosure") < reply.index("Signed on behalf of South Wales Police")
    assert "Signed" not in _text(web, dem, "/documents/s92001/ChairLetterCCTV.pdf")
    cctv = "/ENG/resident/Community-safety/CCTV/Pages/default.aspx"
    cy = "/CYM/preswyl/Diogelwch-cymunedol/Teledu-cylch-cyfyng/Pages/default.aspx"
    assert '<html lang="cy">' in _html(web, host, cy) and f"http://{host}{cy}" in _links(web, host, cctv)
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    code = "/ENG/Home/Privacy/service-specific-privacy-notices/CCTV-policy-code-of-practice/Pages/default.aspx"
    text = _main(web, host, code)
    assert "(step 2)" in text and "lapsed" in text and "<img" not in _html(web, host, code)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-07" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {code}


def test_signed_agreement_only_inside_a_partnership_board_pack(web: Heldback216Web, truth: dict) -> None:
    host = "www.redditchbc.gov.uk"
    board = "/community-and-living/community-safety/redditch-community-safety-partnership/board-meetings"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == host and doc["force"] == "West Mercia"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{board}"}
    pack = _text(web, host, _path(doc["url"]))
    assert pack.index("Item 6: CCTV") < pack.index("Signed for West Mercia Police") < pack.index("Item 7: Funding")
    for other in ("/media/4388/rcsp-board-pack-2024-03-12.pdf", "/media/4302/rcsp-board-pack-2023-12-05.pdf"):
        assert "agreement" not in _text(web, host, other)
    assert "agreement" not in _main(web, host, "/community-and-living/community-safety/cctv").lower()
    assert not d["5.1"]["criteria"]["police_agreement"] and not any("/media/" in u for u in d["5.1"]["pages"])


def test_signed_agreement_only_as_annex_to_written_answers_and_paged_code(web: Heldback216Web, truth: dict) -> None:
    host, dem = "www.norwich.gov.uk", "democracy.norwich.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=40221"}
    answers = _text(web, dem, _path(doc["url"]))
    assert answers.index("Question 2") < answers.index("Annex A: Information sharing agreement")
    assert "Signed for Norfolk Constabulary" in answers
    code = "/info/20328/cctv/3992/cctv_code_of_practice"
    assert f"http://{host}{code}/4" in _links(web, host, f"{code}/3")
    assert '<nav class="pager"' in _html(web, host, f"{code}/6")
    assert f"http://{host}{code}/6" in d["5.1"]["pages"] and d["5.3"]["status"] == "partial"


def test_agreement_only_as_forward_plan_entry(web: Heldback216Web, truth: dict) -> None:
    host, dem = "www.stoke.gov.uk", "democracy.stoke.gov.uk"
    a = _auth(truth, host)
    d = a["deliverables"]
    issue = f"http://{dem}/mgIssueHistoryHome.aspx?IId=31874"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {e["url"] for e in d["5.5"]["evidence"]} == {issue}
    assert _linking(web, host, issue) == {f"http://{dem}/mgListPlans.aspx?RPId=118&RD=0"}
    for pg in ("611/cctv_control_centre", "612/cctv_governance_and_contacts", "613/asking_for_cctv_footage"):
        assert "agreement" not in _main(web, host, f"/info/20009/community_safety/{pg}").lower()
    gov = _html(web, host, "/info/20009/community_safety/612/cctv_governance_and_contacts")
    assert "<dt>Single point of contact</dt>" in gov and d["5.3"]["status"] == "met"
    assert a["heldback"]["robots_forbid_search"]


def test_agreement_the_police_ended_in_cabinet_papers(web: Heldback216Web, truth: dict) -> None:
    host, dem = "www.molevalley.gov.uk", "democracy.molevalley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["signed"] and not doc["draft"] and doc["date"] == "2013-03-21"
    assert "Signed for Surrey Police" in _text(web, dem, _path(doc["url"]))
    notice = _text(web, dem, "/documents/s40219/AppendixC-SurreyPoliceNotice2023.pdf")
    assert "ending the partnership agreement of 2013" in notice
    assert "No agreement with the force has replaced it" in _text(web, dem, "/documents/s40217/FutureOfCCTVReport.pdf")
    assert "came to an end in 2023" in _main(web, host, "/crime-safety-emergencies/cctv")


def test_draft_with_dotted_signatures_only_in_scrutiny_papers(web: Heldback216Web, truth: dict) -> None:
    host, dem = "www.staffsmoorlands.gov.uk", "democracy.staffsmoorlands.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, dem, _path(doc["url"]))
    assert "DRAFT v0.4" in text and "Signed for Staffordshire Police: ........................" in text
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=16045"}
    assert d["5.1"]["status"] == "partial" and d["5.1"]["pages"] == [
        f"http://{host}/bereavement-services/leek-cemetery"
    ]


def test_agreement_only_mentioned_in_corporate_annual_report_and_step_2_mark(web: Heldback216Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    d = _auth(truth, host)["deliverables"]
    ar = f"http://{host}/council-and-democracy/annual-report-2023-24"
    assert d["5.5"]["status"] == "partial" and {e["url"] for e in d["5.5"]["evidence"]} == {ar}
    assert d["5.1"]["criteria"]["police_agreement"] and ar in d["5.1"]["pages"]
    rep = "/communities-and-health/closed-circuit-television-cctv/esc-annual-report-2022-23"
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, rep)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2023-03"
    assert not web.sites[host].az


def test_step_1_only_in_pdf_and_spoc_on_page(web: Heldback216Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "step one" not in _main(web, host, "/cctv") and "step one" in _text(
        web, host, "/media/3871/cctv-code-of-practice.pdf"
    )
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-09"
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_agreements_that_are_not_the_councils_police_agreement(web: Heldback216Web, truth: dict) -> None:
    # a police-signed data sharing agreement that is not about cameras
    dsa = _text(web, "www.chesterfield.gov.uk", "/media/5512/pubwatch-exclusion-scheme-data-sharing-agreement.pdf")
    assert "Signed for Derbyshire Constabulary" in dsa and "It does not cover recordings from the council's CCTV" in dsa
    # a neighbour council's signed agreement on a website the two councils share
    eb = _text(
        web, "www.lewes-eastbourne.gov.uk", "/media/2210/eastbourne-borough-council-sussex-police-cctv-agreement.pdf"
    )
    assert "Signed for Sussex Police" in eb and "Eastbourne's public space cameras only" in eb
    # the combined authority's own agreement and certificate, in CMIS papers
    cmis = _text(web, "cmispublic.walsall.gov.uk", "/cmis5/Document.ashx?ID=18844")
    assert "The council is not a party to that agreement" in cmis and "full certification" in cmis
    # audit papers saying there is none
    audit = _text(web, "democracy.maldon.gov.uk", "/mgAi.aspx?ID=28812")
    assert "there is no written agreement with Essex Police" in audit
    for host in ("www.chesterfield.gov.uk", "www.lewes-eastbourne.gov.uk", "go.walsall.gov.uk", "www.maldon.gov.uk"):
        d = _auth(truth, host)["deliverables"]
        assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met", host


def test_legacy_site_without_search_sitemap_or_a_to_z(web: Heldback216Web) -> None:
    site = web.sites["www.maldon.gov.uk"]
    assert site.search is None and not site.sitemap and not site.az
    assert '<main id="main">' not in _html(web, "www.maldon.gov.uk", "/pages/community-safety.html")


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("go.walsall.gov.uk", "retention", "/parks-and-green-spaces/walsall-arboretum"),
        ("www.lewes-eastbourne.gov.uk", "cameras", "/parks-and-gardens/southover-grange-gardens"),
        ("www.staffsmoorlands.gov.uk", "cameras", "/bereavement-services/leek-cemetery"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback216Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.westsussex.gov.uk", "www.southnorfolkandbroadland.gov.uk", "www.maldon.gov.uk"}
    )
    board = _main(web, "democracy.westsussex.gov.uk", "/mgAi.aspx?ID=44810")
    assert "The county council is not a party to those agreements" in board
    cab = _main(web, "democracy.southnorfolkandbroadland.gov.uk", "/mgAi.aspx?ID=51770")
    assert "the council is not a party to it" in cab
