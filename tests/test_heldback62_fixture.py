"""The sixty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 41 to 60; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in a data sharing
register and served without extension, another only on a plans and policies page, another in a code of practice
appendix, another only in joint committee papers on a democracy host; a SPOC only inside a PDF; a step 2 claim only
in a badge's alt text and another beside a mark with empty alt text; a step 1 sentence with no mark; a Welsh-first
site with a questions-and-answers page; a footage-request mailbox and a control-room telephone as the only
contacts; a page that never writes 'CCTV'; a privacy notice holding the whole statement; camera facts only in a
community safety strategy served without extension five clicks deep on a site without search, sitemap or A to Z;
an agreement mentioned only in an Executive report; a draft unsigned Word agreement; hosted guidance about
agreements; robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback62.truth import TRUTH_PATH
from fixtures.heldback62.web import Heldback62Web


@pytest.fixture(scope="module")
def web() -> Heldback62Web:
    return Heldback62Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_41_to_60(web: Heldback62Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(41, 62)), "no council of sets 41-61 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Welsh unitary authority": 2,
            "Unitary authority": 2,
            "Metropolitan district": 1,
            "County": 1,
            "Non-metropolitan district": 8,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=2, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally


def test_agreement_in_data_sharing_register_without_extension(web: Heldback62Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Staffordshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/data-sharing-register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-6:]


def test_control_room_telephone_only_contact(web: Heldback62Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "mailto:" not in _html(web, host, "/cctv").split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]


def test_footage_request_mailbox_only_contact_and_step_2_only_in_alt_text(web: Heldback62Web, truth: dict) -> None:
    host = "new.enfield.gov.uk"
    pg = "/services/community-safety/closed-circuit-television-cctv"
    d = _auth(truth, host)["deliverables"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["email"].startswith("epsc.footage@") and not spoc["phone"]
    assert 'alt="Surveillance Camera Commissioner certificate of compliance' in _html(web, host, pg)
    assert "step 2" not in _main(web, host, pg).lower()
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]


def test_empty_alt_mark_spoc_in_pdf_and_agreement_in_code_appendix(web: Heldback62Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    pg = "/community-and-safety/cctv"
    assert '<img src="/images/skdc-compliant.png" alt="">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert "single point of contact" not in _main(web, host, pg)
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/sites/default/files/2024-05/SKDC-CCTV-Code-of-Practice-2024.pdf"
    }
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Appendix C. Protocol between" in text and "Signed for and on behalf of Lincolnshire Police" in text


def test_welsh_first_site_with_questions_page(web: Heldback62Web, truth: dict) -> None:
    host = "www.swansea.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and "Croeso" in home
    assert f"http://{host}/en" in _links(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    faqs = "/en/community-safety/cctv/cctv-frequently-asked-questions"
    assert '<details class="accordion-item"' in _html(web, host, faqs)
    assert f"http://{host}{faqs}" in d["5.1"]["pages"]


def test_step_1_sentence_spoc_and_agreement_on_plans_page(web: Heldback62Web, truth: dict) -> None:
    host = "www.sefton.gov.uk"
    pg = "/your-council/community-safety/cctv.aspx"
    assert "<img" not in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Merseyside"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/plans-and-policies.aspx"}


def test_signed_agreement_only_in_joint_committee_papers(web: Heldback62Web, truth: dict) -> None:
    host = "www.north-herts.gov.uk"
    dem = "democracy.north-herts.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert d["5.1"]["status"] == "partial" and not d["5.1"]["criteria"]["statistics"]
    assert "monitoring contractor" in _text(web, host, "/files/documents/herts-cctv-monitoring-case-study.pdf")


def test_agreement_mentioned_only_in_executive_report(web: Heldback62Web, truth: dict) -> None:
    host = "www.middlesbrough.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert [urlsplit(e["url"]).hostname for e in d["5.5"]["evidence"]] == ["democracy.middlesbrough.gov.uk"]
    assert not d["5.1"]["criteria"]["police_agreement"] and not d["5.1"]["criteria"]["cameras"]
    assert "220 CCTV cameras" in _main(web, host, "/foi/disclosure-log/016153-cctv")


def test_page_that_never_writes_cctv(web: Heldback62Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    pg = "/community/safer-communities/town-centre-cameras"
    assert "cctv" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert d["5.3"]["status"] == "partial"


def test_privacy_notice_is_the_whole_statement(truth: dict) -> None:
    d = _auth(truth, "www.breckland.gov.uk")["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == ["http://www.breckland.gov.uk/privacy/cctv"]
    assert d["5.1"]["criteria"]["dpia"]
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_strategy_pdf_without_extension_five_clicks_deep(web: Heldback62Web, truth: dict) -> None:
    host = "www.warrington.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/council",
        "/council/plans-policies-and-strategies",
        "/council/plans-policies-and-strategies/community-and-public-safety",
        "/council/plans-policies-and-strategies/community-and-public-safety/safer-warrington-partnership",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    d = _auth(truth, host)["deliverables"]
    (url,) = d["5.1"]["pages"]
    assert _linking(web, host, url) == {f"http://{host}{chain[-1]}"}
    r = _render(web, url)
    assert r.header("Content-Type") == "application/pdf" and "." not in urlsplit(url).path[-6:]
    assert d["5.1"]["status"] == "met" and d["5.5"]["status"] == "partial"
    assert _auth(truth, host)["oracle_fetches"] == 6


def test_draft_word_agreement_on_partnership_page(web: Heldback62Web, truth: dict) -> None:
    host = "www.monmouthshire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/safer-monmouthshire"}
    assert "Teledu cylch cyfyng" in _html(web, host, "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng")


def test_hosted_guidance_is_not_an_agreement(web: Heldback62Web, truth: dict) -> None:
    host = "www.waverley.gov.uk"
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"
    text = _text(web, host, "/downloads/file/1822/surrey-open-space-cctv-strategy-guidance")
    assert "service level agreement" in text and "not itself an agreement" in text


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.staffordbc.gov.uk", "www.welhat.gov.uk", "www.waverley.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.middlesbrough.gov.uk", "operator"),
        ("www.north-herts.gov.uk", "operator"),
        ("www.oxfordshire.gov.uk", "retention"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback62Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.waverley.gov.uk", "www.rochford.gov.uk", "www.southribble.gov.uk"},
    )
