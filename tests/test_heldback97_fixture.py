"""The ninety-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 82 to 96; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a disclosure split over a parent page and three
child pages reached only by its in-page contents list; an A to Z of letters leading to 'Services starting with C'; an
annual report whose figures are a table; a signed schedule of a partnership agreement; a camera page named only by
the service's brand; an information sharing agreement that is an HTML page with its signature table; a
Welsh-language policy PDF beside an English page; a sitemap index over two child sitemaps; facts only in picture
captions; a SPOC on an information governance page; a 'Frequently asked questions' page shared by several services;
a SPOC named without a contact route; the facts only in a DPIA PDF; a draft Word memorandum; the shared website of
two councils; a step 2 claim only in a caption; one-fact councils on an offices, taxi-rank and festival page;
robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
import re
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from benchmarks.heldback_sets import set_names
from fixtures.heldback97.truth import TRUTH_PATH
from fixtures.heldback97.web import Heldback97Web


@pytest.fixture(scope="module")
def web() -> Heldback97Web:
    return Heldback97Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_82_to_96(web: Heldback97Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(82, 97) if f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 82-96 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 1,
            "County": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 10,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_parent_page_and_three_children_reached_only_by_its_contents_list(web: Heldback97Web, truth: dict) -> None:
    host = "www.royalgreenwich.gov.uk"
    top = "/info/200202/community_safety/196/cctv"
    html = _html(web, host, top)
    assert '<nav class="contents"' in html and 'class="in-section"' not in html
    kids = ("our_camera_network", "standards_and_who_is_responsible", "footage_and_your_rights")
    for kid in kids:
        assert _linking(web, host, f"http://{host}{top}/{kid}") == {f"http://{host}{top}"}, kid
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} >= {f"{top}/{k}" for k in kids}
    std = _main(web, host, f"{top}/standards_and_who_is_responsible")
    assert "Senior Responsible Officer for surveillance camera systems" in std and "@" not in std
    assert "mailto:" not in _html(web, host, f"{top}/standards_and_who_is_responsible")
    assert d["5.3"]["status"] == "met" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_a_to_z_of_letters_annual_report_table_and_signed_schedule(web: Heldback97Web, truth: dict) -> None:
    host = "www.barnsley.gov.uk"
    az = _main(web, host, "/a-z")
    assert "CCTV" not in az and 'href="/a-z/c"' in _html(web, host, "/a-z")
    cctv = f"http://{host}/services/information-and-privacy/cctv"
    assert f"http://{host}/a-z/c" in _linking(web, host, cctv)
    assert "Services starting with C" in _html(web, host, "/a-z/c")
    report = _text(web, host, "/media/28114/cctv-annual-report-2024-25.pdf")
    assert "Incidents recorded | 1,184 | 1,302" in report
    assert "1,184" not in _main(web, host, "/services/information-and-privacy/cctv")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Yorkshire" and "Schedule 4" in doc["title"]
    assert "Signed on behalf of South Yorkshire Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_brand_named_page_and_agreement_as_an_html_page(web: Heldback97Web, truth: dict) -> None:
    host = "www.bedford.gov.uk"
    path = "/environmental-issues/community-safety/borough-guardian"
    assert "cctv" not in path and "<title>Borough Guardian |" in _html(web, host, path)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    r = _render(web, doc["url"])
    assert r.status == 200 and (r.header("Content-Type") or "").startswith("text/html")
    sig = _html(web, host, urlsplit(doc["url"]).path)
    assert "<caption>Signed for and on behalf of the parties</caption>" in sig and "Bedfordshire Police" in sig
    assert doc["signed"] and doc["force"] == "Bedfordshire"
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, path)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_welsh_language_policy_pdf_beside_english_page(web: Heldback97Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    pdf = "/SiteCollectionDocuments/Cymraeg/Polisi-Teledu-Cylch-Cyfyng.pdf"
    eng = "/en/Resident/Community-Safety/CCTV.aspx"
    assert "Cedwir delweddau am 31 diwrnod" in _text(web, host, pdf)
    assert "31 days" not in _main(web, host, eng) and "31" not in _main(web, host, eng)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["criteria"]["retention"] and f"http://{host}{pdf}" in d51["pages"]
    assert f"http://{host}/cy/Preswylydd/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng.aspx" in d51["pages"]
    assert "service level agreement" in _main(web, host, eng)
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_sitemap_index_caption_facts_and_spoc_on_governance_page(web: Heldback97Web, truth: dict) -> None:
    host = "www.southribble.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az
    index = _render(web, f"http://{host}/sitemap.xml").body.decode()
    assert "<sitemapindex" in index and "<urlset" not in index
    children = re.findall(r"<loc>([^<]+)</loc>", index)
    assert len(children) == 2
    listed = " ".join(_render(web, c).body.decode() for c in children)
    assert f"http://{host}/community-and-living/crime-and-safety/public-space-cctv" in listed
    page = "/community-and-living/crime-and-safety/public-space-cctv"
    html = _html(web, host, page)
    captions = " ".join(re.findall(r"<figcaption>(.*?)</figcaption>", html))
    assert "Moss Lane underpass" in captions and "Chorley Council's monitoring station" in captions
    outside = re.sub(r"<figcaption>.*?</figcaption>", "", html)
    assert "Moss Lane" not in outside and "monitoring station" not in outside and 'alt=""' in html
    assert "single point of contact" not in _main(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/your-council/information-governance"}


def test_shared_faq_page_and_spoc_without_contact(web: Heldback97Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    faqs = _html(web, host, "/w/frequently-asked-questions")
    assert all(h in faqs for h in ("<h2>Bins and recycling</h2>", "<h2>Parking</h2>", "<h2>Public space CCTV</h2>"))
    assert '<details class="faq"><summary>How long are recordings kept?</summary>' in faqs
    main = _main(web, host, "/w/public-space-cctv")
    assert "31 days" not in main and "single point of contact for surveillance cameras" in main
    assert "mailto:" not in _html(web, host, "/w/public-space-cctv") and not re.search(r"\d{5} ?\d{6}", main)
    a = _auth(truth, host)
    assert a["deliverables"]["5.3"]["status"] == "partial" and a["heldback"]["robots_forbid_search"]


def test_facts_only_in_dpia_and_draft_word_memorandum(web: Heldback97Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    main = _main(web, host, "/CCTV")
    dpia = _text(web, host, "/sites/default/files/docs/community/cctv-dpia-2024.pdf")
    for fact in ("52 cameras", "31 days", "Signs are placed"):
        assert fact in dpia and fact not in main, fact
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_shared_website_of_two_councils_with_spoc(web: Heldback97Web, truth: dict) -> None:
    host = "www.adur-worthing.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and not site.sitemap
    assert "<h1>Adur and Worthing Councils</h1>" in _html(web, host, "/")
    main = _main(web, host, "/community-safety/cctv")
    assert "Worthing Borough Council" in main and "Adur District Council" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctv.spoc@adur-worthing.example.gov.uk"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_claim_only_in_a_caption_and_signed_protocol(web: Heldback97Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    html = _html(web, host, "/your-community/cctv/cctv-in-ashford-and-tenterden")
    (caption,) = re.findall(r"<figcaption>(.*?)</figcaption>", html)
    assert "step 2" in caption and "step 2" not in re.sub(r"<figcaption>.*?</figcaption>", "", html)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and "Joint working protocol" in doc["title"]
    assert "For Kent Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.bedford.gov.uk", "www.castlepoint.gov.uk", "www.rugby.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(web: Heldback97Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.waverley.gov.uk", "signage", "/your-council/visiting-our-offices"),
        ("www.nwleics.gov.uk", "cameras", "/licensing/taxis/taxi-ranks"),
        ("www.oadby-wigston.gov.uk", "retention", "/pages/summer_fun_day"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback97Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.kent.gov.uk", "www.castlepoint.gov.uk", "www.welhat.gov.uk"})
    cp = _html(web, "www.castlepoint.gov.uk", "/news/100-new-cctv-cameras-for-castle-point")
    assert "100 new" in cp and '<main id="main">' not in cp
    assert "drones with cameras" in _main(
        web, "www.kent.gov.uk", "/roads-travel-and-transport/highway-improvements/bridge-and-sea-wall-inspections"
    )
