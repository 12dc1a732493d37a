"""The hundred-and-seventy-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Emphasis: information that lives in documents and partnerships. Checks: the councils are fresh (none in the fifteen
sets before it) and of the brief's mix of types; the labelling rules hold with the intended tallies; and the
structures the set is built from are really served (a short page whose statistics, DPIA and police agreement mention
live only in a strategy PDF; a service-level privacy notice naming the SPOC in its contact table beside a signed
release procedure as a Word signature table; a disclosure that is one jump-linked section of the corporate privacy
notice while the town cameras are the police's; a step 2 claim and figures only in an annual review PDF beside /EN
and /CY FAQ twins; a step 2 claim only in a code PDF's foreword beside a draft Word protocol; one fact on a
council-owned shopping centre's page while the review sits in scrutiny papers; one fact about a partner council's
monitoring with the fuller notice only on the partner's host; a strategy PDF with a 'preparing for' certification
near-miss and service agreements with town councils; a code served without extension whose last appendix is a signed
ISA; a code shared with a neighbouring council naming each council's SPOC; a three-party certificate of agreement and
key personnel in a code served without extension; a step 2 sentence beside a mark with the control room monitoring
other councils' cameras; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
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

from fixtures.heldback174.truth import TRUTH_PATH
from fixtures.heldback174.web import Heldback174Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback174Web:
    return Heldback174Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(auth: dict, key: str) -> set[str]:
    return {urlsplit(e["url"]).path for e in auth["deliverables"][key]["evidence"]}


def test_fresh_councils(web: Heldback174Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 174)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 4, "partial": 6, "not_met": 5}, tally
    assert tally["5.5"] == {"met": 3, "partial": 5, "not_met": 7}, tally


def test_short_page_with_the_strategy_pdf_as_the_fuller_disclosure(web: Heldback174Web, truth: dict) -> None:
    host = "www.rbkc.gov.uk"
    pg = "/community-and-local-life/community-safety/cctv-closed-circuit-television"
    strat = "/media/documents/cctv-strategy-2021-2024.pdf"
    main = _main(web, host, pg)
    assert "Last updated: 6 July 2021" in main and "arrests" not in main and "impact assessment" not in main
    assert f"http://{host}{strat}" in _links(web, host, pg)
    text = _text(web, host, strat)
    assert "8. Measuring success" in text and "212 arrests" in text and "information sharing agreement" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["statistics"] and d["5.1"]["criteria"]["dpia"]
    assert (
        d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _paths(_auth(truth, host), "5.5") == {strat}
    )
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.")


def test_spoc_in_privacy_notice_table_and_signed_word_release_procedure(web: Heldback174Web, truth: dict) -> None:
    host = "www.trafford.gov.uk"
    notice = "/about-your-council/data-protection/privacy-notices/Service-Level-Privacy-Notices/CCTV-service-privacy-notice.aspx"
    html = _html(web, host, notice)
    assert "<td>Single point of contact for surveillance camera systems</td>" in html
    a = _auth(truth, host)
    assert a["deliverables"]["5.3"]["status"] == "met" and _paths(a, "5.3") == {notice}
    (doc,) = a["deliverables"]["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester" and doc["url"].endswith(".docx")
    assert _render(web, doc["url"]).header("Content-Type") == DOCX
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/residents/community/community-safety/cctv/requesting-footage.aspx"
    }
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Party | Name | Position | Date" in text and "Signed for and on behalf of Greater Manchester Police" in text
    assert "<table>" in _html(web, host, "/residents/community/community-safety/cctv/cctv-camera-locations.aspx")


def test_disclosure_only_in_a_jump_linked_privacy_section_town_cameras_the_polices(
    web: Heldback174Web, truth: dict
) -> None:
    host = "www.cumberland.gov.uk"
    how = "/your-council/data-protection-and-privacy/privacy-notice/how-we-use-data"
    html = _html(web, host, how)
    assert '<a href="#cctv">CCTV and surveillance</a>' in html and '<section id="cctv">' in html
    a = _auth(truth, host)
    assert a["deliverables"]["5.1"]["status"] == "met"
    assert {urlsplit(u).path for u in a["deliverables"]["5.1"]["pages"]} == {
        how,
        "/your-council/data-protection-and-privacy/privacy-notice",
    }
    assert "owned by Cumbria Constabulary" in _main(web, host, "/crime-and-community-safety/town-centre-cctv")
    assert "https://www.carlisle.gov.uk/cctv" in _links(web, host, "/crime-and-community-safety/old-council-websites")
    for k in ("5.2", "5.3", "5.5"):
        assert a["deliverables"][k]["status"] == "not_met", k


def test_faq_twins_and_step_2_only_in_the_annual_review(web: Heldback174Web, truth: dict) -> None:
    host = "www.rctcbc.gov.uk"
    assert {f"http://{host}/EN", f"http://{host}/CY"} <= set(_links(web, host, "/"))
    land = "/EN/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership/CCTV/CCTV.aspx"
    faqs = "/EN/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership/CCTV/CCTVFAQs.aspx"
    review = "/SiteElements/Resources/CCTV-Annual-Review-2023-24.pdf"
    for page in (land, faqs):
        assert "step 2" not in _main(web, host, page).lower() and "<img" not in _html(web, host, page)
    assert "full step 2 certification" in _text(web, host, review)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert _paths(a, "5.2") == {review}
    assert (
        f"http://{host}/CY/Preswylwyr/ArgyfyngauDiogelwchaThrosedd/TCC/CwestiynauCyffredinTCC.aspx" in d["5.1"]["pages"]
    )
    assert '<p class="question"><strong>' in _html(web, host, faqs)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_in_code_foreword_and_draft_word_protocol(web: Heldback174Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    html = _html(web, host, "/pages/cctv")
    assert '<section class="documents"><h2>Associated documents</h2>' in html
    assert "step 2" not in _main(web, host, "/pages/cctv").lower()
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "met" and _paths(a, "5.2") == {
        "/files/documents/cctv_code_of_practice_2023/CCTV_Code_of_Practice_2023.pdf"
    }
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert _render(web, doc["url"]).header("Content-Type") == DOCX
    assert "........................" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Data Protection Act 1998" in _main(
        web, host, "/pages/how_to_apply_for_access_to_information_held_on_the_cctv_system"
    )


def test_one_fact_on_a_shopping_centre_page_review_in_scrutiny_papers(web: Heldback174Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    dem = "democracy.chorley.gov.uk"
    a = _auth(truth, host)
    d51 = a["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert d51["pages"] == [f"http://{host}/business-and-investment/market-walk-shopping-centre"]
    assert dem in web.sites[host].hosts()
    report = "/documents/s91044/CCTV-Task-Group-Final-Report.pdf"
    assert _linking(web, host, f"http://{dem}{report}") == {f"http://{dem}/mgAi.aspx?ID=32224"}
    assert "since 1996" in _text(web, dem, report)
    assert not any("democracy" in u for u in d51["pages"])


def test_one_fact_about_the_partner_council_fuller_notice_off_site(web: Heldback174Web, truth: dict) -> None:
    host = "www.malvernhills.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/")
    cs = "/community-and-living/community-safety"
    assert "https://www.wychavon.gov.uk/cctv-privacy-notice" in _links(web, host, cs)
    a = _auth(truth, host)
    d51 = a["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert a["deliverables"]["5.3"]["status"] == "partial" and a["deliverables"]["5.5"]["status"] == "not_met"
    assert "partnership agreement between the two councils" in _html(
        web, host, "/council-and-democracy/shared-services"
    )


def test_strategy_pdf_preparing_for_certification_and_town_council_agreements(web: Heldback174Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    strat = "/wp-content/uploads/2019/11/CCTV-Strategy-2019-2025.pdf"
    assert "preparing for third party certification" in _text(web, host, strat)
    a = _auth(truth, host)
    assert a["deliverables"]["5.2"]["status"] == "not_met"
    assert "service agreements between the councils" in _main(
        web, host, "/residents/crime-and-safety/cctv/cctv-for-town-and-parish-councils"
    )
    d55 = a["deliverables"]["5.5"]
    assert d55["status"] == "partial" and not d55["documents"] and _paths(a, "5.5") == {strat}
    assert a["deliverables"]["5.1"]["criteria"]["statistics"]


def test_code_without_extension_with_signed_isa_appendix(web: Heldback174Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    a = _auth(truth, host)
    (doc,) = a["deliverables"]["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == DOCX and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert (
        "Appendix D - Information sharing agreement" in text and "Signed on behalf of Lancashire Constabulary" in text
    )
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv"}
    assert "Longridge Town Council" in _main(web, host, "/community-safety/longridge-cctv")
    assert f"http://{host}/community-safety/longridge-cctv" not in a["deliverables"]["5.1"]["pages"]


def test_joint_code_with_neighbour_names_each_spoc(web: Heldback174Web, truth: dict) -> None:
    host = "www.fareham.gov.uk"
    code = "/PDF/safety/Fareham-and-Gosport-CCTV-Code-of-Practice.pdf"
    text = _text(web, host, code)
    assert "(Fareham): Head of Community Safety" in text and "(Gosport): Head of Community Safety" in text
    a = _auth(truth, host)
    assert a["deliverables"]["5.3"]["status"] == "met" and _paths(a, "5.3") == {code}
    assert "ended in 2021" in _main(web, host, "/safety/cctv/index.aspx")
    assert a["deliverables"]["5.5"]["status"] == "not_met"
    assert a["heldback"]["robots_forbid_search"]


def test_three_party_certificate_and_key_personnel_in_code_without_extension(web: Heldback174Web, truth: dict) -> None:
    host = "www.lichfielddc.gov.uk"
    a = _auth(truth, host)
    (doc,) = a["deliverables"]["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Staffordshire" and _no_extension(doc["url"])
    assert _render(web, doc["url"]).header("Content-Type") == "application/pdf"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/downloads/download/171/cctv-codes-of-practice"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Three Spires Shopping Centre" in text and "Key personnel" in text
    assert a["deliverables"]["5.3"]["status"] == "met" and _paths(a, "5.3") == {urlsplit(doc["url"]).path}
    assert (
        "single point of contact" not in _main(web, host, "/community-safety/cctv-closed-circuit-television/1").lower()
    )


def test_step_2_beside_a_mark_and_monitoring_for_other_councils(web: Heldback174Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    sr = "/community-safety/safer-runnymede"
    assert 'alt="Surveillance Camera Code compliant"' in _html(web, host, sr)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]
    assert "Spelthorne" in _main(web, host, f"{sr}/monitoring-for-other-councils")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback174Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.westsussex.gov.uk", "www.guildford.gov.uk", "www.cotswold.gov.uk"})
    assert "Cirencester Town Council" in _main(web, "www.cotswold.gov.uk", "/community-and-living/community-safety")
    assert _auth(truth, "www.cotswold.gov.uk")["heldback"]["robots_forbid_search"]
    assert "democracy.guildford.gov.uk" in web.sites["www.guildford.gov.uk"].hosts()
