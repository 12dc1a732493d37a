"""The two hundred and sixty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a signed Met agreement beside the code on a documents
page; a step 2 claim only on a commercial monitoring page; a contact form with a fieldset as the only CCTV contact
and a signed memorandum at an upper-case .PDF address; a Welsh twin at a Welsh slug linked by hreflang; one CCTV
paragraph on a community safety page leading to a takeover page with an enquiry form; a camera page titled 'Person
of Interest Identification' with only a DPO; one fact in a row of a partnership's who-does-what table; one fact on a
legacy community safety page with a draft police agreement only in Cabinet minutes; a signed police agreement as a
schedule of a company's contract in the contracts register; a SPOC only in a code PDF served without extension and
reached through a form; a step 2 claim only in a Word performance review; a council-owned mall whose agent runs the
cameras; robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback261.truth import TRUTH_PATH
from fixtures.heldback261.web import Heldback261Web


@pytest.fixture(scope="module")
def web() -> Heldback261Web:
    return Heldback261Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback261Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 261)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_signed_met_agreement_beside_the_code_and_bus_lane_purpose(web: Heldback261Web, truth: dict) -> None:
    host = "www.bromley.gov.uk"
    docs = f"http://{host}/crime-prevention-community-safety/cctv/documents"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {docs}
    assert "Signed on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)
    code = "/sites/default/files/2024-06/cctv-code-of-practice-2024.pdf"
    assert f"http://{host}{code}" in _links(web, host, urlsplit(docs).path)
    assert "bus lanes" in _main(web, host, "/crime-prevention-community-safety/cctv")
    assert "belong to the traders" in _main(web, host, "/business/local-parades-grant")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctvcontrol@")


def test_step_2_only_on_commercial_page_and_spoc_on_article(web: Heldback261Web, truth: dict) -> None:
    host = "www.gateshead.gov.uk"
    d = _auth(truth, host)["deliverables"]
    biz = "/article/5120/Security-services-for-businesses"
    assert "full step 2 certification" in _main(web, host, biz)
    assert "step 2" not in _main(web, host, "/article/2838/CCTV-surveillance").lower()
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-06" and not d["5.2"]["mark_displayed"]
    assert [urlsplit(e["url"]).path for e in d["5.2"]["evidence"]] == [biz]
    assert "single point of contact for all surveillance camera systems" in _main(
        web, host, "/article/2838/CCTV-surveillance"
    )
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_form_only_contact_and_upper_case_pdf_memorandum(web: Heldback261Web, truth: dict) -> None:
    host = "www.reading.gov.uk"
    d = _auth(truth, host)["deliverables"]
    frm = "/community-safety/cctv/contact-the-cctv-team"
    html = _html(web, host, frm)
    assert "<fieldset><legend>Ask the CCTV team</legend>" in html and "mailto:" not in html
    assert "mailto:" not in _html(web, host, "/community-safety/cctv")
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and not spoc["email"] and not spoc["phone"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"].endswith(".PDF") and doc["signed"] and doc["force"] == "Thames Valley"
    assert _render(web, doc["url"]).header("Content-Type") == "application/pdf"
    assert "Signed for Thames Valley Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_welsh_twin_at_a_welsh_slug_linked_by_hreflang(web: Heldback261Web, truth: dict) -> None:
    host = "www.neath-porttalbot.gov.uk"
    twin = "/preswylwyr/trosedd-a-diogelwch/teledu-cylch-cyfyng"
    html = _html(web, host, "/resident/crime-and-safety/cctv")
    assert f'<a href="{twin}" hreflang="cy" lang="cy">Cymraeg</a>' in html
    assert '<html lang="cy">' in _html(web, host, twin) and not twin.startswith("/cy")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{twin}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "information sharing agreement" in _main(web, host, "/resident/crime-and-safety/cctv/privacy-statement")


def test_one_paragraph_on_community_safety_page_leads_to_takeover_and_form(web: Heldback261Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    pg = f"http://{host}/community-safety/public-space-cctv"
    assert pg in _links(web, host, "/community-safety")
    html = _html(web, host, "/community-safety/public-space-cctv")
    assert '<div class="notice-banner" role="status"><strong>Changes from 1 April 2026.</strong>' in html
    assert "<legend>CCTV enquiry</legend>" in _html(web, host, "/contact-us/cctv-enquiry")
    assert "service it ran for the council ended" in _main(web, host, "/business/rugby-first")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"
    assert any(u.endswith("Public-Space-CCTV-Code-of-Practice-2026.pdf") for u in d["5.1"]["pages"])


def test_person_of_interest_page_and_dpo_only(web: Heldback261Web, truth: dict) -> None:
    host = "www.breckland.gov.uk"
    assert "<h1>Person of Interest Identification</h1>" in _html(web, host, "/environment/person-of-interest")
    assert "Data Protection Officer" in _main(web, host, "/privacy/cctv")
    assert "King's Lynn and West Norfolk" in _main(web, host, "/privacy/cctv")
    a = _auth(truth, host)
    assert a["deliverables"]["5.3"]["status"] == "not_met" and a["deliverables"]["5.5"]["status"] == "not_met"
    assert a["heldback"]["robots_forbid_search"]


def test_one_fact_in_a_partnership_table_row(web: Heldback261Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    html = _html(web, host, "/community/community-safety-partnership")
    assert "<td>Owns the public space CCTV cameras in Eastbourne town centre, which Sussex Police monitor</td>" in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]


def test_legacy_one_fact_and_draft_agreement_only_in_cabinet_minutes(web: Heldback261Web, truth: dict) -> None:
    host = "www.castlepoint.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/community-safety")
    d = _auth(truth, host)["deliverables"]
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["cameras"]
    (ev,) = d["5.5"]["evidence"]
    assert urlsplit(ev["url"]).hostname == "democracy.castlepoint.gov.uk" and d["5.5"]["status"] == "partial"
    assert "Essex Police" not in _text(web, host, "/community-safety").split("Public Spaces")[0]


def test_signed_agreement_as_a_contract_schedule_and_step_1_sentence(web: Heldback261Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Suffolk"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/transparency/contracts-register"}
    assert "<td>" in _html(web, host, "/your-council/transparency/contracts-register")
    assert "Signed for Suffolk Constabulary" in _text(web, host, urlsplit(doc["url"]).path)
    main = _main(web, host, "/community/community-safety/cctv")
    assert "step one (desktop) certification" in main and "SIA licence" in main
    assert "<img" not in _html(web, host, "/community/community-safety/cctv")
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]


def test_spoc_only_in_code_without_extension_reached_by_form(web: Heldback261Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.3"]["evidence"]
    assert _no_extension(ev["url"]) and d["5.3"]["status"] == "met"
    r = _render(web, ev["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "single point of contact" not in _main(
        web, host, "/resident-community-and-living/closed-circuit-television-cctv"
    )
    assert "online CCTV enquiry form" in _text(web, host, urlsplit(ev["url"]).path)
    assert "<legend>Your CCTV enquiry</legend>" in _html(web, host, "/contact/cctv")
    assert "funding agreement" in _main(
        web, host, "/resident-community-and-living/closed-circuit-television-cctv/hoddesdon-town-centre"
    )
    assert d["5.5"]["status"] == "not_met"


def test_step_2_only_in_word_performance_review(web: Heldback261Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert ev["url"].endswith(".docx")
    assert (_render(web, ev["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "step 2" not in _main(web, host, "/your-community/cctv/cctv-in-ashford-and-tenterden").lower()
    assert "full step 2 certification" in _text(web, host, urlsplit(ev["url"]).path)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.1"]["criteria"]["statistics"] and d["5.1"]["criteria"]["annual_review"]


def test_spoc_on_page_isa_mention_and_mall_agent_cameras(web: Heldback261Web, truth: dict) -> None:
    host = "www.surreyheath.gov.uk"
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctv.spoc@")
    assert "managing agent" in _main(web, host, "/business/the-mall-camberley")
    assert not any("the-mall" in u for u in d["5.1"]["pages"])
    assert d["5.5"]["status"] == "partial" and a["heldback"]["robots_forbid_search"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback261Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.surreycc.gov.uk", "www.southribble.gov.uk", "www.ne-derbyshire.gov.uk"})
    assert "district and borough councils" in _main(web, "www.surreycc.gov.uk", "/community/community-safety")
