"""The three hundred and second held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh real register rows; the labelling rules hold with the intended tallies; and the
committee and decision structures the set is built from are really served (a modern.gov-style system under
/committees/ on the main host whose key decision carries the strategy PDF holding the SPOC; a signed agreement linked
only from page 2 of a committee system's document search; a business district's signed agreement on a /moderngov/
host; CMIS Document.ashx papers; an agenda item served in English and Welsh (LLL=0 and LLL=1) with the signed agreement;
committee pages shown through Squiz ?sq_content_src= wrappers titled after another page, with a SPOC resolution, a
step 2 claim in an annual report appendix and a draft agreement; a signed agreement only on an outside body's page; the
same code unsigned on the main site and signed in scrutiny papers; a home-grown PHP committee site; decision notices at
?ref= addresses; FAQ answers only at ?question= addresses; step 1 in a code's version table; a code in HTML chapters
whose certificate of agreement is not published; and councils that publish nothing but carry look-alikes)."""

from __future__ import annotations

import base64
import json
from collections import Counter
from urllib.parse import unquote, urlsplit

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
    served_text as _text,
    status_tally,
)

from fixtures.heldback302.truth import TRUTH_PATH
from fixtures.heldback302.web import Heldback302Web


@pytest.fixture(scope="module")
def web() -> Heldback302Web:
    return Heldback302Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _main(web: Heldback302Web, host: str, path: str) -> str:
    return _html(web, host, path).split("<main", 1)[1].split("</main>", 1)[0]


def test_fresh_councils(web: Heldback302Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 302)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally
    for a in truth["authorities"]:
        for url in a["deliverables"]["5.1"]["pages"]:
            host = urlsplit(url).hostname or ""
            assert host == a["heldback"]["host"], ("committee papers never count for 5.1", url)


def test_committees_on_the_main_host_and_spoc_in_key_decision_strategy(web: Heldback302Web, truth: dict) -> None:
    host = "www.rbkc.gov.uk"
    cctv = "/community-and-local-life/community-safety/cctv-closed-circuit-television"
    dec = f"http://{host}/committees/ieDecisionDetails.aspx?ID=6342"
    strat = f"http://{host}/committees/documents/s158842/CCTV-Strategy-2021-2024.pdf"
    assert dec in _links(web, host, cctv) and strat in _links(web, host, "/committees/ieDecisionDetails.aspx?ID=6342")
    dec_html = _html(web, host, "/committees/ieDecisionDetails.aspx?ID=6342")
    assert "<main" not in dec_html and 'class="mgContent"' in dec_html and "Is key decision?: Yes" in dec_html
    assert "single point of contact" not in _main(web, host, cctv)
    assert "single point of contact (SPOC)" in _text(web, host, urlsplit(strat).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {strat}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.2"]["status"] == "not_met"
    assert "third-party certification" in _text(web, host, urlsplit(strat).path)


def test_signed_agreement_only_on_page_two_of_the_committee_document_search(web: Heldback302Web, truth: dict) -> None:
    host, dem = "www.newcastle.gov.uk", "democracy.newcastle.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Northumbria" and urlsplit(doc["url"]).hostname == dem
    page2 = f"http://{dem}/ieDocSearch.aspx?SS=cctv&SD=2"
    assert _linking(web, host, doc["url"]) == {page2}
    assert page2 in _links(web, dem, "/ieDocSearch.aspx?SS=cctv&SD=1")
    assert f"http://{dem}/ieDocSearch.aspx?SS=cctv&SD=1" in _links(web, dem, "/ieDocSearch.aspx")
    assert "published separately" in _text(web, dem, "/mgAi.aspx?ID=71220")
    assert _render(web, f"http://{host}/cctv").status == 404
    proc = "/local-government/access-information-and-data/cctv-procedure-release-evidence"
    assert "Data Protection Act 1998" in _main(web, host, proc) and not d["5.1"]["criteria"]["retention"]


def test_impact_assessment_is_not_certification_and_bid_agreement_is_not_police(
    web: Heldback302Web, truth: dict
) -> None:
    host, dem = "www.swindon.gov.uk", "ww5.swindon.gov.uk"
    pg = "/info/20029/people_and_communities/1048/cctv_in_swindon"
    assert "privacy impact assessment" in _main(web, host, pg) and "Surveillance Camera Commissioner" in _main(
        web, host, pg
    )
    a = _auth(truth, host)
    assert a["deliverables"]["5.2"]["status"] == "not_met" and a["deliverables"]["5.5"]["status"] == "not_met"
    bid = "/moderngov/documents/s130221/Appendix-A-monitoring-agreement.pdf"
    assert "Signed for In Swindon BID" in _text(web, dem, bid)
    assert "Award of CCTV maintenance contract" in _html(web, dem, "/moderngov/ieDecisionDetails.aspx?ID=2210")
    assert a["heldback"]["robots_forbid_search"]


def test_cmis_papers_of_a_county_that_publishes_nothing(web: Heldback302Web) -> None:
    dem = "norfolkcc.cmis.uk.com"
    meet = "/norfolkcc/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/2150/Committee/169/Default.aspx"
    links = [u for u in _links(web, dem, meet) if "Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=" in u]
    assert len(links) == 2
    for u in links:
        assert _render(web, u).header("Content-Type") == "application/pdf"
    assert "DNNContainer" in _html(web, dem, meet)


def test_agenda_item_twins_in_english_and_welsh_with_signed_agreement(web: Heldback302Web, truth: dict) -> None:
    host, dem = "www.bridgend.gov.uk", "democratic.bridgend.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Wales"
    assert _linking(web, host, doc["url"]) == {
        f"http://{dem}/mgAi.aspx?ID=12448&LLL=0",
        f"http://{dem}/mgAi.aspx?ID=12448&LLL=1",
    }
    assert '<html lang="cy">' in _html(web, dem, "/mgAi.aspx?ID=12448&LLL=1")
    assert "Signed on behalf of South Wales Police" in _text(web, dem, urlsplit(doc["url"]).path)
    en = "/my-council/customer-services/cctv-and-after-hours-customer-service"
    assert "step 2" in _main(web, host, en) and "<img" not in _main(web, host, en)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019" and not d["5.2"]["mark_displayed"]
    assert any("/cy/" in u for u in d["5.1"]["pages"])


def test_squiz_wrapper_pages_carry_the_committee_papers(web: Heldback302Web, truth: dict) -> None:
    host, dem = "www.maidstone.gov.uk", "meetings.maidstone.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.3"]["evidence"]
    parts = urlsplit(ev["url"])
    assert parts.hostname == host and parts.query.startswith("sq_content_src=%2B")
    decoded = base64.b64decode(unquote(parts.query.split("=", 1)[1])[1:]).decode()
    assert decoded == f"url=https://{dem}/mgAi.aspx?ID=2841&all=1"
    page = _html(web, host, f"{parts.path}?{parts.query}")
    assert "<title>Contact your Parish Council" in page and "RESOLVED: That the Head of Housing" in page
    assert d["5.2"]["level"] == "step2" and {urlsplit(e["url"]).hostname for e in d["5.2"]["evidence"]} == {dem}
    cctv = "/home/other-services/community-protection/tier-2-primary-areas/safer-maidstone/tier-3-primary-areas/cctv"
    assert "certification" not in _main(web, host, cctv) and "single point" not in _main(web, host, cctv)
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and ".........." in _text(web, dem, urlsplit(doc["url"]).path)


def test_signed_agreement_only_on_an_outside_body_page(web: Heldback302Web, truth: dict) -> None:
    host, dem = "www.oxford.gov.uk", "mycouncil.oxford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley"
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgOutsideBodyDetails.aspx?ID=312"}
    assert (
        "single point of contact (SPOC)" in _main(web, host, "/community-safety/cctv") and d["5.3"]["status"] == "met"
    )


def test_same_code_unsigned_on_the_main_site_and_signed_in_scrutiny_papers(web: Heldback302Web, truth: dict) -> None:
    host, dem = "www.dacorum.gov.uk", "democracy.dacorum.gov.uk"
    d = _auth(truth, host)["deliverables"]
    signed, unsigned = d["5.5"]["documents"]
    assert signed["signed"] and urlsplit(signed["url"]).hostname == dem
    assert unsigned["draft"] and urlsplit(unsigned["url"]).hostname == host
    main_copy = _text(web, host, urlsplit(unsigned["url"]).path)
    assert "Certificate of agreement" in main_copy and "Date: ........" in main_copy
    assert "Chief Inspector" in _text(web, dem, urlsplit(signed["url"]).path)
    assert _linking(web, host, signed["url"]) == {f"http://{dem}/mgAi.aspx?ID=1601"}


def test_code_in_html_chapters_without_its_certificate(web: Heldback302Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    chapters = [u for u in _links(web, host, "/article/1764/CCTV") if "/article/45" in u]
    assert len(set(chapters)) == 5
    site = web.sites[host]
    assert not any("Signed on behalf" in " ".join(d.lines) for d in site.docs.values())
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.3"]["status"] == "partial"


def test_full_certification_heading_beside_a_logo_and_spoc_card(web: Heldback302Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    pg = "/more/community-safety/cctv-in-west-lancashire.aspx"
    html = _html(web, host, pg)
    assert "<main" not in html and 'alt="cctv logo"' in html
    card = f"http://{host}/more/community-safety/contact-the-community-safety-team.aspx"
    assert _linking(web, host, card) == {f"http://{host}{pg}"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2017-02" and d["5.3"]["status"] == "met"


def test_faq_answers_only_at_question_addresses_and_step_1_in_version_table(web: Heldback302Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    assert "kept for 31 days" not in _html(web, host, "/info-pages/cctv/")
    assert "kept for 31 days" in _html(web, host, "/info-pages/cctv/?question=5594-2")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["retention"] and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2018-10"
    code = _text(web, host, "/wp-content/uploads/2023/05/CCTV-Code-of-Practice-v4.pdf")
    assert "Version 3.1 | October 2018" in code
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_home_grown_committee_site_and_decision_notices(web: Heldback302Web, truth: dict) -> None:
    dem = "committees.hastings.gov.uk"
    item = _html(web, dem, "/item.php?id=18822")
    assert "<main" not in item and "monitoring" in item and 'class="leftnav"' in item
    assert _auth(truth, "www.hastings.gov.uk")["heldback"]["democracy_host"] == dem
    host = "www.eastleigh.gov.uk"
    notice = f"http://{host}/council/decisions/notice?ref=CAB-2024-017"
    assert notice in _links(web, host, "/council/decisions") and "51 ageing" in _text(
        web, host, "/council/decisions/notice?ref=CAB-2024-017"
    )
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["subject_access"]
    d51 = _auth(truth, "www.cheltenham.gov.uk")["deliverables"]["5.1"]
    assert [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert "Town centre CCTV upgrade" in _html(web, "democracy.cheltenham.gov.uk", "/mgPlansHome.aspx")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback302Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.norfolk.gov.uk", "www.epsom-ewell.gov.uk", "www.hastings.gov.uk"})
    host = "www.epsom-ewell.gov.uk"
    assert "http://democracy.epsom-ewell.gov.uk/ieIssueDetails.aspx?IId=10295&Opt=3" in _links(
        web, host, "/council/committees"
    )
