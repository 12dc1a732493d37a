"""The sixty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 40 to 60; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a question-and-answer camera page whose only
contact is a footage-request mailbox, with an information sharing agreement signed as an appendix of a code served
without extension; a step 2 claim only in a mark's alt text and a control-room telephone as the only contact; a
step 2 caption under an image with empty alt text; a signed agreement only in a data sharing register, served
without extension; a privacy notice that is the whole statement; a Welsh-first site; a camera fact only inside a
community safety partnership plan PDF; a page five clicks deep on a site without search, sitemap or A to Z that
never writes "CCTV", beside a signed agreement with another council rather than the police; a SPOC only inside a
PDF with a draft unsigned Word agreement on the policies page; a signed SLA only on the partnerships page; an
agreement mentioned only in a Cabinet report on a democracy host; hosted guidance about SLAs; robots.txt
forbidding the search; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback61.truth import TRUTH_PATH
from fixtures.heldback61.web import Heldback61Web


@pytest.fixture(scope="module")
def web() -> Heldback61Web:
    return Heldback61Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_40_to_60(web: Heldback61Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(40, 61))
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "Unitary authority": 2,
            "Metropolitan district": 1,
            "London borough": 1,
            "County": 1,
            "Welsh unitary authority": 2,
            "Non-metropolitan district": 8,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=2, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_faq_page_with_footage_mailbox_and_agreement_in_code_appendix(web: Heldback61Web, truth: dict) -> None:
    host = "www.hartlepool.gov.uk"
    pg = "/info/20043/community_safety/723/cctv_in_hartlepool"
    assert '<details class="accordion-item"' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial"
    assert d["5.3"]["spoc"]["email"].startswith("cctvrequests@") and not d["5.3"]["spoc"]["phone"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cleveland"
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert not urlsplit(doc["url"]).path.endswith(".pdf")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Appendix C - Information sharing agreement" in text and "Signed on behalf of Cleveland Police" in text


def test_step_2_only_in_alt_text_and_control_room_phone(web: Heldback61Web, truth: dict) -> None:
    host = "www.darlington.gov.uk"
    pg = "/your-council/cctv"
    assert "step 2" in _html(web, host, pg) and "step 2" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_empty_alt_mark_and_agreement_in_data_sharing_register(web: Heldback61Web, truth: dict) -> None:
    host = "www.brent.gov.uk"
    pg = "/your-community/crime-and-community-safety/cctv-in-brent"
    assert '<img src="/images/brent-scc-certificate.png" alt="">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2017-03"
    assert d["5.3"]["status"] == "met" and "single point of contact" in _main(web, host, pg)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/council-and-democracy/data-protection/data-sharing-register"
    }
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "." not in urlsplit(doc["url"]).path[-6:]


def test_privacy_notice_is_the_whole_statement(web: Heldback61Web, truth: dict) -> None:
    host = "www.derbyshire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["criteria"]["dpia"]
    assert all("/privacy-notices/" in u for u in d["5.1"]["pages"])
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_welsh_first_site(web: Heldback61Web, truth: dict) -> None:
    host = "www.anglesey.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and 'href="/en"' in home
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]
    assert any("/cy/" in u for u in d51["pages"]) and any("/en/" in u for u in d51["pages"])


def test_camera_fact_only_in_community_safety_plan_pdf(truth: dict) -> None:
    d51 = _auth(truth, "www.lewes-eastbourne.gov.uk")["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert all(u.endswith(".pdf") for u in d51["pages"])


def test_five_clicks_deep_never_cctv_and_agreement_with_another_council(web: Heldback61Web, truth: dict) -> None:
    host = "www.castlepoint.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    base = "/residents/community-and-safety/crime-reduction/town-centres"
    chain = [
        "/",
        "/residents",
        "/residents/community-and-safety",
        "/residents/community-and-safety/crime-reduction",
        base,
        f"{base}/public-space-surveillance-cameras",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert "cctv" not in _main(web, host, chain[-1]).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    text = _text(web, host, "/wp-content/uploads/2024/06/camera-monitoring-agreement-southend.pdf")
    assert "Signed for Southend-on-Sea City Council" in text and "Police" not in text


def test_spoc_only_in_pdf_and_draft_word_agreement(web: Heldback61Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    pg = "/community-parks-and-leisure/community-safety/cctv"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and "single point of contact" not in _text(web, host, pg)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/media/5120/cctv-code-of-practice.pdf"}
    assert d["5.2"]["status"] == "met" and not d["5.2"]["mark_displayed"] and "<img" not in _html(web, host, pg)
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/policies-and-strategies"}


def test_sla_only_on_partnerships_page(web: Heldback61Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/by-category/council-and-democracy/partnerships"}
    assert d["5.3"]["status"] == "met" and _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_agreement_mentioned_only_in_cabinet_report(web: Heldback61Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "democracy.harborough.gov.uk" in web.sites[host].hosts()
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert [urlsplit(e["url"]).hostname for e in d["5.5"]["evidence"]] == ["democracy.harborough.gov.uk"]
    assert not d["5.1"]["criteria"]["police_agreement"]
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]


def test_hosted_guidance_is_not_an_agreement(web: Heldback61Web, truth: dict) -> None:
    host = "www.bolton.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"
    text = _text(web, host, "/media/4477/gm-guide-to-cctv-service-level-agreements.pdf")
    assert "service level agreement" in text and "not itself an agreement" in text
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.anglesey.gov.uk", "retention"),
        ("www.lewes-eastbourne.gov.uk", "operator"),
        ("www.rossendale.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback61Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.pembrokeshire.gov.uk", "www.southhams.gov.uk", "www.cotswold.gov.uk"},
    )
    assert "Cirencester" in _text(web, "meetings.cotswold.gov.uk", "/mgAi.aspx?ID=9931")
