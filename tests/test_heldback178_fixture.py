"""The hundred-and-seventy-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh real register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a step 1 item in a compliance list and the SPOC
only in a page-owner block; a six-part release-of-evidence guide at numbered .htm addresses under /benefits/ reached by
its contents and pager; a SPOC in an <address> block and a draft West Mercia protocol with dotted lines; a Word code
with the step 2 claim and a signed Nottinghamshire Police ISA in a documents table beside a councils' shared service
agreement; a step 2 claim only in a public-notice poster PDF; a 'choose your council' interstitial on a shared
website; a SPOC in a FAQ answer beside another council's certification; a signed joint working agreement with
Staffordshire Police; committee papers on democracy hosts that count for nothing; robots.txt forbidding the search;
one-fact councils; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback178.truth import TRUTH_PATH
from fixtures.heldback178.web import Heldback178Web


@pytest.fixture(scope="module")
def web() -> Heldback178Web:
    return Heldback178Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_councils_are_fresh_register_rows(web: Heldback178Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 178)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_step_1_list_item_and_spoc_in_page_owner_block(web: Heldback178Web, truth: dict) -> None:
    host = "lewisham.gov.uk"
    pg = "/myservices/community-safety/cctv-cameras-in-the-borough"
    html = _html(web, host, pg)
    assert "<li>step one (desktop) certification" in html
    owner = html.split('<div class="page-owner">', 1)[1]
    assert (
        "single point of contact" in owner
        and "single point of contact" not in html.split('<div class="page-owner">')[0]
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Total in the six wards listed" in _main(web, host, f"{pg}/camera-locations")


def test_release_guide_at_numbered_htm_addresses_under_benefits(web: Heldback178Web, truth: dict) -> None:
    host = "www.solihull.gov.uk"
    assert "<main" not in _html(web, host, "/")
    first = f"http://{host}/benefits/cctvprocedures_1247.htm"
    last = f"http://{host}/benefits/cctvprocedures_1252.htm"
    assert _linking(web, host, last) == {first, f"http://{host}/benefits/cctvprocedures_1251.htm"}
    assert "Next page: Primary request to view data" in _html(web, host, "/benefits/cctvprocedures_1247.htm")
    assert "Contents" not in _html(web, host, "/benefits/cctvprocedures_1250.htm")
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} >= {
        "/benefits/cctvprocedures_1250.htm",
        "/benefits/cctvprocedures_1251.htm",
    }
    assert not any("eservices" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("towncentre@")


def test_spoc_in_address_block_and_draft_protocol(web: Heldback178Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    html = _html(web, host, "/community-safety/cctv/cctv-governance")
    assert "<address>Single point of contact for surveillance cameras<br>" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT - NOT FOR SIGNATURE" in text and "20__" in text
    assert "service level agreement between the two councils" in _main(web, host, "/community-safety/cctv")


def test_documents_table_with_word_code_and_signed_isa(web: Heldback178Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    pg = "/your-district/public-protection/crime-prevention/cctv/"
    html = _html(web, host, pg)
    assert '<th scope="col">Document</th><th scope="col">Format</th>' in html
    links = set(_links(web, host, pg))
    code = f"http://{host}/media/4128/cctv-code-of-practice.docx"
    assert code in links and f"http://{host}/media/4127/cctv-shared-service-agreement.pdf" in links
    assert (_render(web, code).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and [e["url"] for e in d["5.2"]["evidence"]] == [code]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire"
    assert "Signed for and on behalf of Nottinghamshire Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_step_2_only_in_poster_pdf(web: Heldback178Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    main = _main(web, host, "/your-community/cctv/cctv-in-ashford-and-tenterden")
    assert "step 2" not in main.lower() and "certif" not in main.lower()
    d = _auth(truth, host)["deliverables"]
    assert [urlsplit(e["url"]).path for e in d["5.2"]["evidence"]] == ["/media/cctv/cctv-public-notice-poster.pdf"]
    assert "step 2" in _text(web, host, "/media/cctv/cctv-public-notice-poster.pdf")
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "met"


def test_choose_your_council_interstitial_on_shared_site(web: Heldback178Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    links = set(_links(web, host, "/community-safety/cctv"))
    assert {f"http://{host}/community-safety/cctv/eastbourne", f"http://{host}/community-safety/cctv/lewes"} <= links
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}/community-safety/cctv/eastbourne"]


def test_spoc_in_faq_beside_another_councils_certification(web: Heldback178Web, truth: dict) -> None:
    host = "www.breckland.gov.uk"
    faq = _main(web, host, "/environment/surveillance-camera-faqs")
    assert "holds its own certification" in faq and "single point of contact" in faq
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_signed_joint_working_agreement(web: Heldback178Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Staffordshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/cctv/partnership-working"}
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"


def test_committee_papers_count_for_nothing(web: Heldback178Web, truth: dict) -> None:
    for host, dem in (("www.arun.gov.uk", "democracy.arun.gov.uk"), ("www.merthyr.gov.uk", "democracy.merthyr.gov.uk")):
        assert dem in web.sites[host].hosts()
        a = _auth(truth, host)
        assert not any(dem in u for d in a["deliverables"].values() for u in (e["url"] for e in d["evidence"]))
    assert "Public Facing CCTV Upgrade" in _main(web, "democracy.arun.gov.uk", "/mgAi.aspx?ID=8514")


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.dartford.gov.uk", "www.waverley.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.merthyr.gov.uk", "cameras"),
        ("www.waverley.gov.uk", "signage"),
        ("www.lewes-eastbourne.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback178Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.wokingham.gov.uk", "www.hertfordshire.gov.uk", "www.arun.gov.uk"})
